"""Bookings in any status, made through the services the way the desk makes them."""

from __future__ import annotations

import datetime as dt

from studio_desk import services
from studio_desk.services import Actor, BookingAction, BookingStatus, BookingView, Database
from tests.support.clock import SettableClock
from tests.support.studio import Studio

S = BookingStatus


def booking_in(
    db: Database,
    studio: Studio,
    clock: SettableClock,
    status: BookingStatus,
    *,
    date: dt.date | str = "2025-10-25",
    start: str = "10:00",
    course: int | None = None,
    client: int | None = None,
) -> BookingView:
    """A yoga booking (or `course`) by John (or `client`) that has been walked to `status`."""
    booking = services.create_booking(
        db, studio.desk, client_id=client or studio.john, course_id=course or studio.yoga,
        date=date, start_time=start,
    )
    if status is S.CANCELED:
        return services.cancel_booking(db, studio.desk, booking.id, reason="Changed plans")
    if status is S.PENDING:
        return booking
    booking = services.mark_paid(db, studio.desk, booking.id, method="cash").booking
    if status is S.PAID:
        return booking
    booking = services.confirm_booking(db, studio.admin, booking.id)
    if status is S.CONFIRMED:
        return booking
    real_now = clock.now
    clock.set(booking.end_at)
    try:
        return services.complete_booking(db, studio.admin, booking.id)
    finally:
        clock.set(real_now)


def perform(db: Database, actor: Actor, booking: BookingView, action: BookingAction) -> BookingView:
    """`action` on `booking` by `actor` as the desk does it: cash, a reason, no refund of what
    was paid, a move to 27 October at 15:00."""
    if action is BookingAction.PAY:
        return services.mark_paid(db, actor, booking.id, method="cash").booking
    if action is BookingAction.CONFIRM:
        return services.confirm_booking(db, actor, booking.id)
    if action is BookingAction.COMPLETE:
        return services.complete_booking(db, actor, booking.id)
    if action is BookingAction.NO_SHOW:
        return services.record_no_show(db, actor, booking.id)
    if action is BookingAction.CANCEL:
        refund = services.NO_REFUND if booking.paid_total else None
        return services.cancel_booking(db, actor, booking.id, reason="Test", refund=refund)
    return services.reschedule_booking(db, actor, booking.id, date="2025-10-27", start_time="15:00")
