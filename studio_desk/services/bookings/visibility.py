"""Whose sessions a person sees: a coach their own, the front desk and admins every coach's.

The calendar and the booking list pass the signed-in person as `seen_by`; the queries narrow
themselves here, so that no screen decides it on its own.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement

from studio_desk.models import Booking, StaffRole
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, Forbidden
from studio_desk.services.people.acting import optional_actor
from studio_desk.services.views import Actor

OTHER_COACH = QT_TRANSLATE_NOOP("services", "A coach sees their own sessions only.")


def own_coach_of(actor: Actor | None) -> int | None:
    """The coach whose sessions alone `actor` sees (a coach: their own); None: every coach's.
    Nobody signed in sees what the desk shows before anyone signs in: everything, read-only."""
    actor = optional_actor(actor)
    if actor is not None and actor.role is StaffRole.COACH:
        return actor.coach_id
    return None


def sees_coach(actor: Actor | None, coach_id: int) -> bool:
    """Whether `actor` sees `coach_id`'s sessions."""
    coach = parse_id(coach_id, "coach")
    own = own_coach_of(actor)
    return own is None or own == coach


def require_sees_coach(actor: Actor | None, coach_id: int) -> None:
    if not sees_coach(actor, coach_id):
        raise Forbidden(OTHER_COACH)


def bookings_seen_by(actor: Actor | None) -> list[ColumnElement[bool]]:
    """The conditions on bookings that keep to what `actor` sees (none for the front desk)."""
    own = own_coach_of(actor)
    return [] if own is None else [Booking.coach_id == own]
