"""Checks of the whole database that the rules held: asked of the database, not of memory.

Used by tests, benchmarks and, later, a health check in the desk.
"""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from studio_desk.db import Database
from studio_desk.models import ACTIVE_STATUSES, Booking, BookingAction, Payment, StatusChange
from studio_desk.services.unit_of_work import run_read


def count_overlapping_pairs(db: Database) -> int:
    """Pairs of active bookings of one coach whose busy intervals overlap. Must be 0. The places
    of one class share its time by design, so two of them are not a pair."""

    def work(session: Session) -> int:
        first, second = aliased(Booking), aliased(Booking)
        active = [status.value for status in ACTIVE_STATUSES]
        pairs = select(func.count()).select_from(first).join(
            second,
            and_(
                first.coach_id == second.coach_id,
                first.id < second.id,
                first.start_at < second.busy_until,
                second.start_at < first.busy_until,
                or_(first.occurrence_id.is_(None), second.occurrence_id.is_(None),
                    first.occurrence_id != second.occurrence_id),
            ),
        ).where(first.status.in_(active), second.status.in_(active))
        return int(session.scalar(pairs) or 0)

    return run_read(db, work)


def bookings_without_matching_history(db: Database) -> list[int]:
    """Bookings whose last history line does not end in their current status, or that have
    no line recording their creation (web bookings are recorded when pulled)."""

    def work(session: Session) -> list[int]:
        last = (
            select(StatusChange.booking_id, func.max(StatusChange.id).label("last_id"))
            .group_by(StatusChange.booking_id)
            .subquery()
        )
        created = select(StatusChange.booking_id).where(
            StatusChange.action == BookingAction.CREATE
        )
        mismatched = (
            select(Booking.id)
            .outerjoin(last, last.c.booking_id == Booking.id)
            .outerjoin(StatusChange, StatusChange.id == last.c.last_id)
            .where(
                (StatusChange.id.is_(None))
                | (StatusChange.to_status != Booking.status)
                | Booking.id.not_in(created)
            )
            .order_by(Booking.id)
        )
        return list(session.scalars(mismatched))

    return run_read(db, work)


def money_taken(db: Database) -> int:
    """Payments minus refunds, over every booking."""
    return run_read(
        db, lambda session: int(session.scalar(select(func.coalesce(func.sum(Payment.amount), 0))) or 0)
    )
