"""What the class's proofs found and the services now do, on both databases: a canceled place
leaves the roster's check-ins, the whole-database overlap check counts a class once, and a
place refused by a unique index is told as a sentence on SQLite as on PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc, select, text

from studio_desk import services
from studio_desk.models import CheckIn
from studio_desk.services import Database, database_refusals, integrity
from tests.support.classes import make_class
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio


def test_a_checked_in_place_that_is_canceled_leaves_the_roster_and_the_attendance(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    made = make_class(db, studio, capacity=3)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john)
    services.mark_paid(db, studio.desk, place.id, method="cash")
    services.check_in(db, studio.desk, place.id)
    assert services.get_occurrence(db, made.first).checked_in == 1

    services.cancel_booking(db, studio.desk, place.id, reason="Had to leave", refund=services.NO_REFUND)

    with db.engine.connect() as connection:
        assert connection.scalars(select(CheckIn.booking_id)).all() == []
    roster = services.class_roster(db, studio.desk, made.first)
    assert [p.checked_in_at for p in roster.places] == [None]
    assert services.get_occurrence(db, made.first).checked_in == 0


def test_a_canceled_class_takes_its_check_ins_with_its_places(db: Database, studio: Studio) -> None:
    made = make_class(db, studio, capacity=3)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.jane)
    services.mark_paid(db, studio.desk, place.id, method="cash")
    services.check_in(db, studio.desk, place.id)
    services.cancel_occurrence(db, studio.admin, made.first, reason="Power cut")
    with db.engine.connect() as connection:
        assert connection.scalars(select(CheckIn.booking_id)).all() == []


def test_the_overlap_check_counts_a_class_once_and_sees_a_class_over_a_booking(
    db: Database, studio: Studio
) -> None:
    made = make_class(db, studio, capacity=3)
    for client in (studio.john, studio.jane):
        services.book_place(db, studio.desk, occurrence_id=made.first, client_id=client)
    assert integrity.count_overlapping_pairs(db) == 0  # two places of one class share its time
    # A private booking under the class, written past every guard, is counted.
    booking = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                      date="2025-10-29", start_time="18:00")
    with db.engine.begin() as connection:
        if db.backend == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            connection.execute(text("ALTER TABLE bookings DROP CONSTRAINT ex_bookings_coach_no_overlap"))
        else:
            for (name,) in connection.execute(text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'bookings'")).all():
                connection.execute(text(f"DROP TRIGGER {name}"))
        start = connection.execute(
            text("SELECT start_at, end_at, busy_until FROM occurrences WHERE id = :id"), {"id": made.first}
        ).one()
        connection.execute(
            text("UPDATE bookings SET start_at = :s, end_at = :e, busy_until = :b WHERE id = :id"),
            {"s": start[0], "e": start[1], "b": start[2], "id": booking.id},
        )
    assert integrity.count_overlapping_pairs(db) == 1


@pytest.mark.parametrize("marker", ["uq_bookings_occurrence_client", "uq_waitlist_entries_waiting"])
def test_a_class_unique_index_refusal_is_a_sentence_on_both_databases(
    db: Database, studio: Studio, marker: str
) -> None:
    made = make_class(db, studio, capacity=1)
    services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john)
    services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=studio.jane)
    now = "2025-10-24 01:00:00" if db.backend == "sqlite" else "2025-10-24 01:00:00+00"
    twice = {
        "uq_bookings_occurrence_client": (
            "INSERT INTO bookings (client_id, coach_id, course_id, start_at, end_at, busy_until, status, "
            "version, price, origin, no_show, created_at, updated_at, occurrence_id) "
            "SELECT :client, coach_id, course_id, start_at, end_at, busy_until, 'pending', 1, price, 'desk', "
            "false, :now, :now, id FROM occurrences WHERE id = :occurrence", studio.john),
        "uq_waitlist_entries_waiting": (
            "INSERT INTO waitlist_entries (occurrence_id, client_id, status, added_at) "
            "VALUES (:occurrence, :client, 'waiting', :now)", studio.jane),
    }
    sql, client = twice[marker]
    with pytest.raises(exc.IntegrityError) as refused, db.engine.begin() as connection:
        connection.execute(text(sql), {"client": client, "now": now, "occurrence": made.first})
    told = database_refusals.refusal_of(refused.value, db)
    assert told is not None and told.message == database_refusals.CLASS_REFUSALS[marker]


def test_finishing_a_class_names_only_its_own_places_as_no_shows(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    made = make_class(db, studio, capacity=3)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john)
    services.mark_paid(db, studio.desk, place.id, method="cash")
    private = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
                                      date="2025-10-27", start_time="10:00")
    clock.set(made.occurrences[0].end_at)
    with pytest.raises(services.ValidationError, match=f"#{private.id} is not a place in this class"):
        services.finish_class(db, studio.desk, made.first, no_shows=[private.id])
    with pytest.raises(services.ValidationError, match="Say which places"):
        services.finish_class(db, studio.desk, made.first, no_shows=bytearray(b"1"))
    assert services.get_booking(db, place.id).status is services.BookingStatus.CONFIRMED  # nothing finished
    finished = services.finish_class(db, studio.desk, made.first, no_shows=[place.id])
    assert (finished.done, finished.no_shows) == (0, 1)


def test_a_place_is_for_one_client_chosen_or_typed_and_a_pack_is_yes_or_no(
    db: Database, studio: Studio
) -> None:
    made = make_class(db, studio, capacity=3)
    with pytest.raises(services.ValidationError, match="Choose one client"):
        services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john,
                            new_client=services.NewClient("Walk In", None))
    with pytest.raises(services.ValidationError, match="not yes or no"):
        services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john,
                            with_pack="no")  # type: ignore[arg-type]
    with pytest.raises(services.ValidationError, match="expects something else"):
        services.join_waitlist(db, studio.desk, occurrence_id=made.first,
                               new_client="Walk In")  # type: ignore[arg-type]
    assert services.get_occurrence(db, made.first).active_places == 0


def test_the_roster_refuses_nobody_signed_in(db: Database, studio: Studio) -> None:
    made = make_class(db, studio, capacity=3)
    with pytest.raises(services.Forbidden):
        services.class_roster(db, None, made.first)  # type: ignore[arg-type]
    roster = services.class_roster(db, studio.coach_a_actor, made.first)  # the class's own coach
    with pytest.raises(services.Forbidden):
        services.class_roster(db, studio.coach_b_actor, made.first)
    assert services.missing_places(roster) == []
    with pytest.raises(services.ValidationError):
        services.missing_places("roster")  # type: ignore[arg-type]


def test_the_whatsapp_message_takes_only_what_it_can_write() -> None:
    start = dt.datetime(2025, 10, 28, 18, 0, tzinfo=JAKARTA)
    text = services.whatsapp_text("en", name="Ana", course="Vinyasa", start=start, studio="", pack=12,
                                  pay_by=None)
    assert "pack #12" in text
    with pytest.raises(services.ValidationError, match="Indonesian"):
        services.whatsapp_text("fr", name="Ana", course="Vinyasa", start=start, studio="", pack=None,
                               pay_by=None)
    with pytest.raises(services.ValidationError):
        services.whatsapp_text("id", name="Ana", course=10**4400, start=start, studio="", pack=None,  # type: ignore[arg-type]
                               pay_by=None)
    assert services.whatsapp_url("+62 813-5555-0003", "Halo \ud800") == "https://wa.me/6281355550003?text=Halo%20%3F"
    assert services.whatsapp_url(None, "Halo") is None
    with pytest.raises(services.ValidationError):
        services.whatsapp_url(6281355550003, "Halo")  # type: ignore[arg-type]
