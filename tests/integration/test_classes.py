"""Group classes (issue 18) on both databases: the timetable, places, the waitlist moving up,
check-in, finishing a class, canceling one, a substitute, and what the database refuses by
itself."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc, select, text

from studio_desk import services
from studio_desk.models import Booking, Occurrence, WaitlistEntry
from studio_desk.services import (
    BookingStatus,
    ClassFull,
    Database,
    NewClient,
    SlotConflict,
    ValidationError,
    WaitlistStatus,
)
from tests.support.classes import make_class
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio


def clients(db: Database, studio: Studio, count: int) -> list[int]:
    return [services.create_client(db, name=f"Member {n}", phone=f"0812000000{n:02d}").id for n in range(count)]


def test_a_weekly_line_makes_eight_weeks_of_classes(db: Database, studio: Studio) -> None:
    made = make_class(db, studio)
    assert made.entry.scheduled == 8  # eight weeks ahead: Tuesdays from 28 October through 16 December
    first = made.occurrences[0]
    assert first.start_at == dt.datetime(2025, 10, 28, 18, 0, tzinfo=JAKARTA)
    assert (first.capacity, first.active_places, first.fill_text, first.room_name) == (3, 0, "0/3", "Room for Vinyasa Flow")
    assert services.schedule_classes(db) == 0  # nothing made twice


def test_places_up_to_the_capacity_then_the_waitlist(db: Database, studio: Studio) -> None:
    made = make_class(db, studio, capacity=2)
    one, two, three = clients(db, studio, 3)
    services.book_place(db, studio.desk, occurrence_id=made.first, client_id=one)
    with pytest.raises(ValidationError, match="already has a place"):
        services.book_place(db, studio.desk, occurrence_id=made.first, client_id=one)
    services.book_place(db, studio.desk, occurrence_id=made.first, client_id=two)
    with pytest.raises(ClassFull):
        services.book_place(db, studio.desk, occurrence_id=made.first, client_id=three)
    waiting = services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=three)
    assert waiting.position == 1
    assert services.get_occurrence(db, made.first).waiting == 1


def test_a_private_booking_cannot_take_a_class_time(db: Database, studio: Studio) -> None:
    make_class(db, studio)
    with pytest.raises(SlotConflict):
        services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                date="2025-10-28", start_time="18:30")
    # ... and the free times leave it out.
    free = services.free_start_times(db, course_id=studio.yoga, date="2025-10-28")
    assert all(not (dt.time(17, 1) <= slot.start_at.time() <= dt.time(18, 59)) for slot in free)


def test_a_class_skips_a_date_the_coach_is_booked(db: Database, studio: Studio) -> None:
    services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                            date="2025-11-04", start_time="18:00")
    made = make_class(db, studio)
    assert [s.day for s in made.entry.skipped] == [dt.date(2025, 11, 4)]
    assert made.entry.scheduled == 7


def test_a_cancel_moves_the_first_waiting_client_up_with_a_hold(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    made = make_class(db, studio, capacity=1)
    one, two, three = clients(db, studio, 3)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=one)
    services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=two)
    services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=three)
    services.cancel_booking(db, studio.desk, place.id, reason="Sick")
    roster = services.class_roster(db, studio.desk, made.first)
    active = [p for p in roster.places if p.status is BookingStatus.PENDING]
    assert [p.client_id for p in active] == [two] and active[0].promoted
    assert [w.status for w in roster.waitlist] == [WaitlistStatus.PROMOTED, WaitlistStatus.WAITING]
    [promotion] = roster.promotions
    assert promotion.whatsapp_url is not None and promotion.whatsapp_url.startswith("https://wa.me/6281200000001?text=")
    assert "Vinyasa" in services.whatsapp_text("id", name="X", course="Vinyasa", start=promotion.start_at,
                                               studio="", pack=None, pay_by=None)
    assert services.untold_promotions(db, studio.desk) == [promotion]
    services.record_message_sent(db, studio.desk, promotion.entry_id)
    assert services.untold_promotions(db, studio.desk) == []
    # Unpaid past the hold (two hours): the place moves on to the next.
    clock.advance(hours=2, minutes=1)
    assert services.expire_stale_holds(db) == 1
    roster = services.class_roster(db, studio.desk, made.first)
    assert [p.client_id for p in roster.places if p.status is BookingStatus.PENDING] == [three]


def test_a_waiting_client_with_a_pack_moves_up_paid(db: Database, studio: Studio) -> None:
    made = make_class(db, studio, capacity=1)
    one, two = clients(db, studio, 2)
    services.sell_pack(db, studio.desk, client_id=two, product_id=add_product(db, valid_days=60), method="cash",
                       cash_tendered=2_000_000)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=one)
    services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=two)
    services.cancel_booking(db, studio.desk, place.id, reason="Travel")
    roster = services.class_roster(db, studio.desk, made.first)
    [moved] = [p for p in roster.places if p.client_id == two]
    # Paid with the pack, and confirmed at once by the studio's setting.
    assert moved.status is BookingStatus.CONFIRMED and moved.paid_with_pack is not None


def test_no_promotion_after_the_cut_off(db: Database, studio: Studio, clock: SettableClock) -> None:
    made = make_class(db, studio, capacity=1)
    one, two = clients(db, studio, 2)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=one)
    services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=two)
    clock.set(dt.datetime(2025, 10, 28, 16, 30, tzinfo=JAKARTA))  # 90 minutes before: past the 120
    services.cancel_booking(db, studio.desk, place.id, reason="Sick")
    roster = services.class_roster(db, studio.desk, made.first)
    assert not roster.promotion_open
    assert [w.status for w in roster.waitlist] == [WaitlistStatus.WAITING]


def test_check_in_and_finish_the_class(db: Database, studio: Studio, clock: SettableClock) -> None:
    made = make_class(db, studio, capacity=4)
    one, two, three, four = clients(db, studio, 4)
    paid = []
    for client in (one, two, three):
        place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=client)
        services.mark_paid(db, studio.desk, place.id, method="cash")
        paid.append(place.id)
    unpaid = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=four)
    with pytest.raises(ValidationError, match="not paid"):
        services.check_in(db, studio.desk, unpaid.id)
    roster = services.check_in(db, studio.desk, paid[0])
    flags = {p.client_id: p.flags for p in roster.places}
    assert flags[four].not_paid and flags[four].no_usable_credit and not flags[one]
    result = services.check_in_all(db, studio.desk, made.first)
    assert (result.checked_in, result.not_paid) == (2, ("Member 3",))
    services.undo_check_in(db, studio.desk, paid[2])
    with pytest.raises(ValidationError, match="not ended"):
        services.finish_class(db, studio.desk, made.first, no_shows=[paid[2]])
    clock.set(dt.datetime(2025, 10, 28, 19, 5, tzinfo=JAKARTA))
    roster = services.class_roster(db, studio.desk, made.first)
    assert [p.booking_id for p in services.missing_places(roster)] == [paid[2]]
    finished = services.finish_class(db, studio.desk, made.first, no_shows=[paid[2]])
    assert (finished.done, finished.no_shows, finished.unpaid_canceled) == (2, 1, 1)
    rows = services.attendance(db, studio.admin, "2025-10-28", "2025-10-28")
    [row] = rows
    assert (row.occurrences, row.capacity, row.places, row.check_ins, row.no_shows) == (1, 4, 3, 2, 1)
    report = services.coach_report(db, studio.admin, "2025-10-28", "2025-10-28")
    assert report.total.minutes == 60 and report.total.sessions_done == 2


def test_cancel_a_class_refunds_and_returns_credits(db: Database, studio: Studio) -> None:
    made = make_class(db, studio, capacity=3)
    one, two, three = clients(db, studio, 3)
    services.sell_pack(db, studio.desk, client_id=two, product_id=add_product(db, valid_days=60), method="cash",
                       cash_tendered=2_000_000)
    cash = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=one)
    services.mark_paid(db, studio.desk, cash.id, method="card", reference="EDC-1")
    services.book_place(db, studio.desk, occurrence_id=made.first, client_id=two, with_pack=True)
    services.book_place(db, studio.desk, occurrence_id=made.first, client_id=three)
    with pytest.raises(services.Forbidden):
        services.cancel_occurrence(db, studio.desk, made.first, reason="Coach ill")
    done = services.cancel_occurrence(db, studio.admin, made.first, reason="Coach ill")
    assert sorted((p.client_name, p.refunded, p.credit_returned_to is not None) for p in done.places) == [
        ("Member 0", 100_000, False), ("Member 1", 0, True), ("Member 2", 0, False)]
    assert done.occurrence.status is services.OccurrenceStatus.CANCELED
    assert services.get_occurrence(db, made.first).active_places == 0
    with pytest.raises(ValidationError, match="canceled"):
        services.book_place(db, studio.desk, occurrence_id=made.first, client_id=one)


def test_a_substitute_takes_one_class_with_its_places(db: Database, studio: Studio) -> None:
    made = make_class(db, studio)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john)
    moved = services.substitute_coach(db, studio.admin, made.first, coach_id=studio.coach_b)
    assert (moved.coach_id, moved.usual_coach_name) == (studio.coach_b, "Coach Smith")
    assert services.get_booking(db, place.id).coach_id == studio.coach_b
    # Coach B now has the class: a private HIIT session then is refused.
    with pytest.raises(SlotConflict):
        services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.hiit,
                                date="2025-10-28", start_time="18:00")


def test_a_walk_in_gets_a_place_in_one_step(db: Database, studio: Studio) -> None:
    made = make_class(db, studio)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, new_client=NewClient("Walk In", "0813999"))
    assert place.client_name == "Walk In" and place.occurrence_id == made.first


def test_a_class_course_is_not_booked_as_a_private_session(db: Database, studio: Studio) -> None:
    made = make_class(db, studio)
    with pytest.raises(ValidationError, match="group class"):
        services.create_booking(db, studio.desk, client_id=studio.john, course_id=made.course,
                                date="2025-10-28", start_time="10:00")


def _raw_place(db: Database, occurrence: int, client: int) -> None:
    with db.engine.begin() as connection:
        row = connection.execute(select(Occurrence).where(Occurrence.id == occurrence)).one()
        now = dt.datetime(2025, 10, 24, 1, tzinfo=dt.UTC)
        connection.execute(
            Booking.__table__.insert().values(
                client_id=client, coach_id=row.coach_id, course_id=row.course_id, start_at=row.start_at,
                end_at=row.end_at, busy_until=row.busy_until, status="paid", version=1, price=1, origin="desk",
                created_at=now, updated_at=now, occurrence_id=occurrence, no_show=False,
            )
        )


def test_the_database_refuses_an_extra_place_and_a_second_place(db: Database, studio: Studio) -> None:
    made = make_class(db, studio, capacity=1)
    one, two = clients(db, studio, 2)
    _raw_place(db, made.first, one)
    with pytest.raises(exc.IntegrityError, match="active_places_within_capacity"):
        _raw_place(db, made.first, two)
    with pytest.raises(exc.IntegrityError):
        _raw_place(db, made.first, one)
    with db.engine.begin() as connection, pytest.raises(exc.DBAPIError, match="occurrence_counters"):
        connection.execute(text("UPDATE occurrences SET active_places = 0"))


def test_the_database_refuses_a_room_twice_and_a_class_bigger_than_its_room(db: Database, studio: Studio) -> None:
    made = make_class(db, studio, capacity=3, room_capacity=5)
    with pytest.raises(ValidationError, match="room has another class"):
        services.add_class(db, studio.admin, course_id=made.course, date="2025-10-28", start_time="18:30",
                           coach_id=studio.coach_b, room_id=made.room)
    with pytest.raises(ValidationError, match="takes 5 people"):
        services.add_class(db, studio.admin, course_id=made.course, date="2025-10-29", start_time="18:30",
                           room_id=made.room, capacity=6)
    with pytest.raises(ValidationError, match="has 3 places"):
        services.update_room(db, studio.admin, made.room, name="Small", capacity=2)
    with db.engine.begin() as connection, pytest.raises(exc.DBAPIError):
        connection.execute(text(f"UPDATE occurrences SET capacity = 9 WHERE id = {made.first}"))


def test_promoting_one_entry_twice_is_refused(db: Database, studio: Studio) -> None:
    made = make_class(db, studio, capacity=1)
    one, two = clients(db, studio, 2)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=one)
    services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=two)
    services.cancel_booking(db, studio.desk, place.id, reason="Sick")
    with db.engine.connect() as connection:
        entry = connection.scalar(select(WaitlistEntry.id))
    with db.engine.begin() as connection, pytest.raises(exc.DBAPIError):
        connection.execute(text(f"UPDATE waitlist_entries SET status = 'waiting' WHERE id = {entry}"))


def test_the_coach_confirms_the_paid_places_at_once_when_the_studio_wants_it(db: Database, studio: Studio) -> None:
    services.update_settings(db, studio.admin, confirm_places_on_payment=False)
    made = make_class(db, studio)
    one, two = clients(db, studio, 2)
    for client in (one, two):
        place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=client)
        assert services.mark_paid(db, studio.desk, place.id, method="cash").booking.status is BookingStatus.PAID
    with pytest.raises(services.Forbidden):
        services.confirm_class(db, studio.coach_b_actor, made.first)
    assert services.confirm_class(db, studio.coach_a_actor, made.first) == 2
    roster = services.class_roster(db, studio.coach_a_actor, made.first)
    assert {p.status for p in roster.places} == {BookingStatus.CONFIRMED}


def test_with_the_setting_on_the_history_says_the_studio_confirmed(db: Database, studio: Studio) -> None:
    made = make_class(db, studio)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john)
    paid = services.mark_paid(db, studio.desk, place.id, method="cash").booking
    assert paid.status is BookingStatus.CONFIRMED
    history = services.booking_details(db, place.id).history
    assert [(line.to_status, line.actor) for line in history][-2:] == [
        (BookingStatus.PAID, studio.desk.name), (BookingStatus.CONFIRMED, "System")]
    assert "setting" in str(history[-1].reason)


def test_the_message_asks_for_payment_only_while_the_place_waits_for_it(db: Database, studio: Studio) -> None:
    made = make_class(db, studio, capacity=1)
    one, two = clients(db, studio, 2)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=one)
    services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=two)
    services.cancel_booking(db, studio.desk, place.id, reason="Sick")
    [promotion] = services.class_roster(db, studio.desk, made.first).promotions
    assert promotion.hold_until is not None and "bayar" in str(promotion.whatsapp_url)
    services.mark_paid(db, studio.desk, promotion.booking_id, method="cash")
    [promotion] = services.class_roster(db, studio.desk, made.first).promotions
    assert promotion.hold_until is None and "bayar" not in str(promotion.whatsapp_url)


def test_the_same_weekly_line_twice_is_refused(db: Database, studio: Studio) -> None:
    made = make_class(db, studio)
    with pytest.raises(ValidationError, match="already in the timetable"):
        services.add_timetable_entry(db, studio.admin, course_id=made.course, weekday=1, start_time="18:00",
                                     starts_on="2025-11-01")
    # Another time that day is another class.
    services.add_timetable_entry(db, studio.admin, course_id=made.course, weekday=1, start_time="07:00",
                                 starts_on="2025-11-01", coach_id=studio.coach_b)
