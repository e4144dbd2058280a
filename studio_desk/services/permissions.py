"""Who may do what to a booking (DESIGN.md section 3). The only place that decides it."""

from __future__ import annotations

from studio_desk.models import BookingAction, StaffRole
from studio_desk.services.errors import Forbidden
from studio_desk.services.views import Actor

_DESK = frozenset({StaffRole.ADMIN, StaffRole.RECEPTIONIST})

# Roles that may act on any booking; a coach may act on their own bookings when listed in
# _OWN_COACH. The system (role None) may only expire holds.
_ROLES: dict[BookingAction, frozenset[StaffRole]] = {
    BookingAction.CREATE: _DESK,
    BookingAction.PAY: _DESK,
    BookingAction.CONFIRM: frozenset({StaffRole.ADMIN}),
    BookingAction.COMPLETE: frozenset({StaffRole.ADMIN}),
    BookingAction.CANCEL: _DESK,
    BookingAction.RESCHEDULE: _DESK,
    BookingAction.EXPIRE: frozenset(),
}
_OWN_COACH = frozenset({BookingAction.CONFIRM, BookingAction.COMPLETE, BookingAction.CANCEL})

_REFUSALS: dict[BookingAction, str] = {
    BookingAction.CREATE: "Only the front desk can make bookings.",
    BookingAction.PAY: "Only the front desk can take payments.",
    BookingAction.CONFIRM: "Only the booking's coach or an admin can confirm it.",
    BookingAction.COMPLETE: "Only the booking's coach or an admin can mark it done.",
    BookingAction.CANCEL: "Only the front desk or the booking's coach can cancel it.",
    BookingAction.RESCHEDULE: "Only the front desk can move a booking.",
    BookingAction.EXPIRE: "Only the system releases expired holds.",
}


def may(actor: Actor, action: BookingAction, booking_coach_id: int | None = None) -> bool:
    if actor.role is None:
        return action is BookingAction.EXPIRE
    if actor.role in _ROLES[action]:
        return True
    return (
        actor.role is StaffRole.COACH
        and action in _OWN_COACH
        and actor.coach_id is not None
        and actor.coach_id == booking_coach_id
    )


def require(actor: Actor, action: BookingAction, booking_coach_id: int | None = None) -> None:
    if not may(actor, action, booking_coach_id):
        raise Forbidden(_REFUSALS[action])


def require_admin(actor: Actor, what: str) -> None:
    """Setting the studio up (people, coaches, courses, hours, settings) is an admin's job."""
    if actor.role is not StaffRole.ADMIN:
        raise Forbidden(f"Only an admin can {what}.")


def require_desk(actor: Actor, what: str) -> None:
    """Looking after the desk's bookings beyond one action (the web sync's problems)."""
    if actor.role not in _DESK:
        raise Forbidden(f"Only the front desk can {what}.")
