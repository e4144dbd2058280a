"""Moving bookings, refunds when canceling, and releasing stale holds."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from studio_desk import services
from studio_desk.services import BookingStatus, Database
from studio_desk.services.integrity import money_taken
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

S = BookingStatus


def test_reschedule_keeps_status_and_money_and_records_why(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, S.PAID)
    moved = services.reschedule_booking(
        db, studio.desk, booking.id, date="2025-10-26", start_time="14:00", reason="Client asked"
    )
    assert (moved.status, moved.paid_total) == (S.PAID, Studio.YOGA_PRICE)
    assert f"{moved.start_at:%Y-%m-%d %H:%M}-{moved.end_at:%H:%M}" == "2025-10-26 14:00-15:00"
    last = services.booking_details(db, booking.id).history[-1]
    assert last.action is services.BookingAction.RESCHEDULE
    assert str(last.reason) == "Moved from 25 Oct 2025 10:00. Client asked"
    # The old time is free again, the new one taken.
    assert "10:00" in [s.label for s in services.free_start_times(db, studio.yoga, "2025-10-25")]
    assert "14:00" not in [s.label for s in services.free_start_times(db, studio.yoga, "2025-10-26")]


def test_reschedule_to_another_coach_and_into_a_conflict(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, S.CONFIRMED)
    other = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.hiit,
                                    date="2025-10-25", start_time="10:30")
    before = snapshot(db)
    with pytest.raises(services.SlotConflict):
        services.reschedule_booking(db, studio.desk, booking.id, date="2025-10-25",
                                    start_time="10:00", coach_id=studio.coach_b)
    assert snapshot(db) == before
    moved = services.reschedule_booking(db, studio.desk, booking.id, date="2025-10-25",
                                        start_time="08:00", coach_id=studio.coach_b)
    assert (moved.coach_id, moved.coach_name) == (studio.coach_b, "Coach Sari")
    assert other.coach_id == moved.coach_id
    # A move within its own time (a little later, overlapping itself) is not a conflict.
    nudged = services.reschedule_booking(db, studio.desk, booking.id, date="2025-10-25",
                                         start_time="08:30", coach_id=studio.coach_b)
    assert f"{nudged.start_at:%H:%M}" == "08:30"


def test_cancel_paid_booking_with_full_partial_or_no_refund(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    full, partial, kept = (
        booking_in(db, studio, clock, S.PAID, start=t) for t in ("08:00", "10:00", "12:00")
    )
    taken = money_taken(db)
    services.cancel_booking(db, studio.desk, full.id, reason="Ill",
                            refund=services.Refund(Studio.YOGA_PRICE, "cash", reference="RF-1"))
    services.cancel_booking(db, studio.desk, partial.id, reason="Late notice",
                            refund=services.Refund(50_000, "cash"))
    services.cancel_booking(db, studio.desk, kept.id, reason="No-show", refund=services.NO_REFUND)
    assert money_taken(db) == taken - Studio.YOGA_PRICE - 50_000
    refunds = services.booking_details(db, full.id).payments
    assert [(p.amount, p.is_refund, p.taken_by) for p in refunds] == [
        (Studio.YOGA_PRICE, False, "Rina (desk)"), (-Studio.YOGA_PRICE, True, "Rina (desk)")
    ]
    assert services.get_booking(db, partial.id).paid_total == 100_000
    assert str(services.booking_details(db, kept.id).history[-1].reason) == "No-show (no refund)"


def test_a_coach_may_cancel_their_own_session(db: Database, studio: Studio, clock: SettableClock) -> None:
    booking = booking_in(db, studio, clock, S.CONFIRMED)
    canceled = services.cancel_booking(db, studio.coach_a_actor, booking.id, reason="Coach ill",
                                       refund=services.Refund(Studio.YOGA_PRICE, "cash"))
    assert canceled.status is S.CANCELED
    assert services.booking_details(db, booking.id).history[-1].actor == "Coach Smith"


def test_stale_holds_expire_only_when_the_hold_time_is_set(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    old = booking_in(db, studio, clock, S.PENDING, start="08:00")
    paid = booking_in(db, studio, clock, S.PAID, start="09:00")
    clock.advance(minutes=45)
    fresh = booking_in(db, studio, clock, S.PENDING, start="10:00")
    clock.advance(minutes=20)
    assert services.expire_stale_holds(db) == 0  # off by default
    services.update_settings(db, studio.admin, hold_minutes=60)
    assert services.expire_stale_holds(db) == 1
    assert services.get_booking(db, old.id).status is S.CANCELED
    assert services.get_booking(db, paid.id).status is S.PAID
    assert services.get_booking(db, fresh.id).status is S.PENDING
    line = services.booking_details(db, old.id).history[-1]
    assert (line.action, str(line.reason), line.actor, line.source) == (
        services.BookingAction.EXPIRE, "hold expired", "System", "system"
    )
    clock.advance(hours=1)
    assert services.expire_stale_holds(db) == 1
    assert services.expire_stale_holds(db) == 0


def test_settings_are_checked(db: Database, studio: Studio) -> None:
    for bad in ({"timezone": "Mars/Olympus"}, {"slot_step_minutes": 1}, {"hold_minutes": -1},
                {"currency": "rupiah"}, {"colour": "blue"}):
        with pytest.raises(services.ValidationError):
            services.update_settings(db, studio.admin, **bad)
    assert services.get_settings(db) == services.StudioSettings()
    services.update_settings(db, studio.admin, slot_step_minutes=20)
    db.settings_cache = None  # as a desk that starts afresh: read back from the database
    assert services.get_settings(db).slot_step_minutes == 20
    assert services.get_settings(db).zone.key == "Asia/Jakarta"


def test_a_booking_keeps_the_price_it_was_sold_at(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, S.PENDING)
    with db.engine.begin() as connection:  # the owner raises the price afterwards
        connection.execute(text("UPDATE courses SET price = 175000 WHERE id = :id"), {"id": studio.yoga})
    assert services.get_booking(db, booking.id).price == Studio.YOGA_PRICE
    assert services.mark_paid(db, studio.desk, booking.id, method="cash").booking.paid_total == Studio.YOGA_PRICE
    later = booking_in(db, studio, clock, S.PENDING, start="12:00")
    assert later.price == 175_000


def test_a_discount_is_written_in_the_history(db: Database, studio: Studio, clock: SettableClock) -> None:
    booking = booking_in(db, studio, clock, S.PENDING)
    paid = services.mark_paid(db, studio.desk, booking.id, method="cash", amount="120.000").booking
    assert (paid.status, paid.paid_total) == (S.PAID, 120_000)
    assert str(services.booking_details(db, booking.id).history[-1].reason) == "Paid Rp 120,000 of Rp 150,000"


def test_the_time_zone_is_fixed_once_there_are_bookings(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    services.update_settings(db, studio.admin, timezone="Asia/Makassar")  # no bookings yet: fine
    services.update_settings(db, studio.admin, timezone="Asia/Jakarta")
    booking_in(db, studio, clock, S.PENDING)
    before = snapshot(db)
    with pytest.raises(services.ValidationError, match="cannot change once there are bookings"):
        services.update_settings(db, studio.admin, timezone="Asia/Makassar")
    assert snapshot(db) == before
    services.update_settings(db, studio.admin, slot_step_minutes=15)  # the rest still may


def test_a_setting_edited_by_hand_into_nonsense_does_not_stop_the_desk(db: Database, studio: Studio) -> None:
    with db.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO studio_settings (key, value) VALUES ('slot_step_minutes', '7.5')")
        )
    db.settings_cache = None
    assert services.get_settings(db).slot_step_minutes == 30
    assert services.free_start_times(db, studio.yoga, "2025-10-25")[0].label == "07:00"
