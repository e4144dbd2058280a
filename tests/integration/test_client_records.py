"""The client list looked after: edit, see a client's bookings and payments, merge duplicates,
and one way of showing a phone number."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from studio_desk import services
from studio_desk.services import BookingStatus, Database
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio


def test_the_list_shows_everyone_or_what_was_typed(db: Database, studio: Studio) -> None:
    assert [c.name for c in services.list_clients(db)] == ["Jane Roe", "John Doe"]
    assert [c.name for c in services.list_clients(db, "0813")] == ["Jane Roe"]
    assert [c.name for c in services.list_clients(db, "john")] == ["John Doe"]


def test_the_desk_corrects_a_clients_details(db: Database, studio: Studio) -> None:
    changed = services.update_client(
        db, studio.desk, studio.john, name=" John Doe Jr ", phone="0899 1111 2222",
        email="john@example.com", notes="Prefers mornings",
    )
    assert changed == services.ClientView(
        studio.john, "John Doe Jr", "6289911112222", "john@example.com", "Prefers mornings"
    )
    assert services.get_client(db, studio.john) == changed


def test_a_bad_edit_is_refused_and_nothing_changes(db: Database, studio: Studio) -> None:
    before = services.get_client(db, studio.john)
    with pytest.raises(services.ValidationError, match="does not look like a phone number"):
        services.update_client(db, studio.desk, studio.john, name="John", phone="call me")
    with pytest.raises(services.Forbidden, match="front desk"):
        services.update_client(db, studio.coach_a_actor, studio.john, name="John")
    with pytest.raises(services.NotFound):
        services.update_client(db, studio.desk, 999_999, name="Nobody")
    assert services.get_client(db, studio.john) == before


def test_a_clients_bookings_and_payments(db: Database, studio: Studio, clock: SettableClock) -> None:
    paid = booking_in(db, studio, clock, BookingStatus.PAID)
    pending = booking_in(db, studio, clock, BookingStatus.PENDING, start="12:00")
    booking_in(db, studio, clock, BookingStatus.PAID, start="14:00", client=studio.jane)
    history = services.client_history(db, studio.john)
    assert history.client.name == "John Doe"
    assert {b.id for b in history.bookings} == {paid.id, pending.id}
    assert [p.booking_id for p in history.payments] == [paid.id]
    assert history.paid_total == studio.YOGA_PRICE
    assert history.no_shows is None  # not recorded by bookings yet


def test_merging_keeps_every_booking_and_payment(db: Database, studio: Studio, clock: SettableClock) -> None:
    twin = services.create_client(db, name="Jon Doe", phone="0877 5555 6666", email="jon@example.com",
                                  notes="Knee injury")
    services.update_client(db, studio.desk, studio.john, name="John Doe", phone="0812-3456-7890",
                           notes="Regular")
    kept_booking = booking_in(db, studio, clock, BookingStatus.PAID)
    moved = booking_in(db, studio, clock, BookingStatus.DONE, start="12:00", client=twin.id)
    canceled = booking_in(db, studio, clock, BookingStatus.CANCELED, start="14:00", client=twin.id)

    merged = services.merge_clients(db, studio.admin, studio.john, twin.id)

    assert merged.phone == "6281234567890" and merged.email == "jon@example.com"
    assert merged.notes == "Regular\nMerged: Jon Doe, +6287755556666\nKnee injury"
    history = services.client_history(db, studio.john)
    assert {b.id for b in history.bookings} == {kept_booking.id, moved.id, canceled.id}
    assert {p.booking_id for p in history.payments} == {kept_booking.id, moved.id}
    assert history.paid_total == 2 * studio.YOGA_PRICE
    with pytest.raises(services.NotFound):
        services.get_client(db, twin.id)
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM payments")).scalar_one() == 2


def test_only_an_admin_merges_and_a_refused_merge_changes_nothing(db: Database, studio: Studio) -> None:
    twin = services.create_client(db, name="Jon Doe")
    with pytest.raises(services.Forbidden, match="Only an admin can merge clients"):
        services.merge_clients(db, studio.desk, studio.john, twin.id)
    with pytest.raises(services.ValidationError, match="two different clients"):
        services.merge_clients(db, studio.admin, studio.john, studio.john)
    with pytest.raises(services.NotFound):
        services.merge_clients(db, studio.admin, studio.john, 999_999)
    assert services.get_client(db, twin.id).name == "Jon Doe"
    assert services.get_client(db, studio.john).notes is None


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("6281322221111", "0813-2222-1111"),  # the studio's own country: as it writes them
        ("442079460958", "+44 20 7946 0958"),  # any other: international
        ("123456", "+123456"),  # no country dials it: shown as stored, never hidden
        (None, ""),
    ],
)
def test_a_phone_is_shown_one_way(stored: str | None, shown: str) -> None:
    assert services.format_phone(stored, "62") == shown


def test_exports_keep_the_international_form_for_machines() -> None:
    assert services.e164_phone("6281322221111") == "+6281322221111"
    assert services.e164_phone(None) == ""
