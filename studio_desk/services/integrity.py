"""Checks of the whole database that the rules held: asked of the database, not of memory.

Used by tests, benchmarks and, later, a health check in the desk.
"""

from __future__ import annotations

from sqlalchemy import and_, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from studio_desk.db import Database
from studio_desk.models import (
    ACTIVE_STATUSES,
    Booking,
    BookingAction,
    Occurrence,
    OccurrenceStatus,
    Payment,
    StatusChange,
)
from studio_desk.services.unit_of_work import run_read


def count_overlapping_pairs(db: Database) -> int:
    """Pairs of what holds a coach's time whose busy intervals overlap: active private bookings
    and scheduled class occurrences (a class's places share its one time, so they count once,
    as their occurrence). Must be 0."""

    def work(session: Session) -> int:
        active = [status.value for status in ACTIVE_STATUSES]
        holds = union_all(
            select(literal(0).label("kind"), Booking.id, Booking.coach_id, Booking.start_at,
                   Booking.busy_until)
            .where(Booking.status.in_(active), Booking.occurrence_id.is_(None)),
            select(literal(1).label("kind"), Occurrence.id, Occurrence.coach_id, Occurrence.start_at,
                   Occurrence.busy_until)
            .where(Occurrence.status == OccurrenceStatus.SCHEDULED),
        ).subquery()
        first, second = aliased(holds), aliased(holds)
        pairs = select(func.count()).select_from(first).join(
            second,
            and_(
                first.c.coach_id == second.c.coach_id,
                or_(first.c.kind < second.c.kind,
                    and_(first.c.kind == second.c.kind, first.c.id < second.c.id)),
                first.c.start_at < second.c.busy_until,
                second.c.start_at < first.c.busy_until,
            ),
        )
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
