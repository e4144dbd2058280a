"""Who may do what to a booking (DESIGN.md section 3). The only place that decides it."""

from __future__ import annotations

from studio_desk.models import BookingAction, StaffRole
from studio_desk.services.errors import QT_TRANSLATE_NOOP, Forbidden
from studio_desk.services.people.acting import checked_actor, optional_actor
from studio_desk.services.views import Actor

_DESK = frozenset({StaffRole.ADMIN, StaffRole.RECEPTIONIST})

# Roles that may act on any booking; a coach may act on their own bookings when listed in
# _OWN_COACH. The system (role None) may only expire holds.
_ROLES: dict[BookingAction, frozenset[StaffRole]] = {
    BookingAction.CREATE: _DESK,
    BookingAction.PAY: _DESK,
    BookingAction.CONFIRM: frozenset({StaffRole.ADMIN}),
    BookingAction.COMPLETE: frozenset({StaffRole.ADMIN}),
    BookingAction.NO_SHOW: frozenset({StaffRole.ADMIN}),
    BookingAction.CANCEL: _DESK,
    BookingAction.RESCHEDULE: _DESK,
    BookingAction.EXPIRE: frozenset(),
}
_OWN_COACH = frozenset(
    {BookingAction.CONFIRM, BookingAction.COMPLETE, BookingAction.NO_SHOW, BookingAction.CANCEL}
)

_REFUSALS: dict[BookingAction, str] = {
    BookingAction.CREATE: QT_TRANSLATE_NOOP("services", "Only the front desk can make bookings."),
    BookingAction.PAY: QT_TRANSLATE_NOOP("services", "Only the front desk can take payments."),
    BookingAction.CONFIRM: QT_TRANSLATE_NOOP(
        "services", "Only the booking's coach or an admin can confirm it."
    ),
    BookingAction.COMPLETE: QT_TRANSLATE_NOOP(
        "services", "Only the booking's coach or an admin can mark it done."
    ),
    BookingAction.NO_SHOW: QT_TRANSLATE_NOOP(
        "services", "Only the booking's coach or an admin can record a no-show."
    ),
    BookingAction.CANCEL: QT_TRANSLATE_NOOP(
        "services", "Only the front desk or the booking's coach can cancel it."
    ),
    BookingAction.RESCHEDULE: QT_TRANSLATE_NOOP("services", "Only the front desk can move a booking."),
    BookingAction.EXPIRE: QT_TRANSLATE_NOOP("services", "Only the system releases expired holds."),
}

# The whole sentence for each `what` the services pass to require_admin and require_desk, so that
# a translator sees sentences (tests/unit/test_service_messages.py checks every caller's is here).
_ADMIN_ONLY: dict[str, str] = {
    "add coaches": QT_TRANSLATE_NOOP("services", "Only an admin can add coaches."),
    "add courses": QT_TRANSLATE_NOOP("services", "Only an admin can add courses."),
    "change coaches": QT_TRANSLATE_NOOP("services", "Only an admin can change coaches."),
    "change courses": QT_TRANSLATE_NOOP("services", "Only an admin can change courses."),
    "add products": QT_TRANSLATE_NOOP("services", "Only an admin can add products."),
    "change products": QT_TRANSLATE_NOOP("services", "Only an admin can change products."),
    "set the cancellation rules": QT_TRANSLATE_NOOP(
        "services", "Only an admin can set the cancellation rules."
    ),
    "waive fees": QT_TRANSLATE_NOOP("services", "Only an admin can waive fees."),
    "add rooms": QT_TRANSLATE_NOOP("services", "Only an admin can add rooms."),
    "change rooms": QT_TRANSLATE_NOOP("services", "Only an admin can change rooms."),
    "change the timetable": QT_TRANSLATE_NOOP("services", "Only an admin can change the timetable."),
    "cancel classes": QT_TRANSLATE_NOOP("services", "Only an admin can cancel a class."),
    "add people to the desk": QT_TRANSLATE_NOOP("services", "Only an admin can add people to the desk."),
    "look after the desk's people": QT_TRANSLATE_NOOP(
        "services", "Only an admin can look after the people who use the desk."
    ),
    "set the coaches' hours": QT_TRANSLATE_NOOP("services", "Only an admin can set the coaches' hours."),
    "set the studio's holidays": QT_TRANSLATE_NOOP(
        "services", "Only an admin can set the studio's holidays."
    ),
    "change the studio's settings": QT_TRANSLATE_NOOP(
        "services", "Only an admin can change the studio's settings."
    ),
    "set up the web sync": QT_TRANSLATE_NOOP("services", "Only an admin can set up the web sync."),
    "export payments and bookings": QT_TRANSLATE_NOOP(
        "services", "Only an admin can export payments and bookings."
    ),
    "merge clients": QT_TRANSLATE_NOOP("services", "Only an admin can merge clients."),
    "import clients": QT_TRANSLATE_NOOP("services", "Only an admin can import clients."),
    "freeze packs": QT_TRANSLATE_NOOP("services", "Only an admin can freeze a pack or membership."),
    "change the sessions of a pack": QT_TRANSLATE_NOOP(
        "services", "Only an admin can change the sessions left on a pack."
    ),
    "refund another amount": QT_TRANSLATE_NOOP(
        "services", "Only an admin can refund a pack for another amount than the desk works out."
    ),
}
_DESK_ONLY: dict[str, str] = {
    "close the day": QT_TRANSLATE_NOOP("services", "Only the front desk can close the day."),
    "change a client's details": QT_TRANSLATE_NOOP(
        "services", "Only the front desk can change a client's details."
    ),
    "see the studio's takings": QT_TRANSLATE_NOOP(
        "services", "Only the front desk can see the studio's takings and the till."
    ),
    "put money in the till": QT_TRANSLATE_NOOP("services", "Only the front desk can put money in the till."),
    "take money out of the till": QT_TRANSLATE_NOOP(
        "services", "Only the front desk can take money out of the till."
    ),
    "send a booking to the web platform again": QT_TRANSLATE_NOOP(
        "services", "Only the front desk can send a booking to the web platform again."
    ),
    "decide about the web platform": QT_TRANSLATE_NOOP(
        "services", "Only the front desk can decide about the web platform."
    ),
    "print a receipt again": QT_TRANSLATE_NOOP("services", "Only the front desk can print a receipt again."),
    "see the packs' reports": QT_TRANSLATE_NOOP(
        "services", "Only the front desk can see the reports of packs and memberships."
    ),
    "refund a pack": QT_TRANSLATE_NOOP("services", "Only the front desk can refund a pack or membership."),
    "see the waitlists": QT_TRANSLATE_NOOP("services", "Only the front desk can see the waitlists."),
    "tell clients about their place": QT_TRANSLATE_NOOP(
        "services", "Only the front desk can tell clients about their place."
    ),
}


def may(actor: Actor, action: BookingAction, booking_coach_id: int | None = None) -> bool:
    actor = checked_actor(actor)
    if actor.role is None:
        # The system releases holds, and pays a place promoted from a waitlist with a pack.
        return action in (BookingAction.EXPIRE, BookingAction.PAY)
    if actor.role in _ROLES[action]:
        return True
    return (
        actor.role is StaffRole.COACH
        and action in _OWN_COACH
        and actor.coach_id is not None
        and actor.coach_id == booking_coach_id
    )


def role_refusal(actor: Actor, action: BookingAction, booking_coach_id: int | None = None) -> str | None:
    """Why `actor`'s role rules `action` out (a template without fields), or None when it allows it."""
    return None if may(actor, action, booking_coach_id) else _REFUSALS[action]


def require(actor: Actor, action: BookingAction, booking_coach_id: int | None = None) -> None:
    refused = role_refusal(actor, action, booking_coach_id)
    if refused is not None:
        raise Forbidden(refused)


def require_admin(actor: Actor | None, what: str) -> None:
    """Setting the studio up (people, coaches, courses, hours, settings) is an admin's job."""
    if not is_admin(actor):
        raise Forbidden(_ADMIN_ONLY[what])


def is_admin(actor: Actor | None) -> bool:
    """Whether `actor` sets the studio up: the administration screens are theirs alone."""
    actor = optional_actor(actor)
    return actor is not None and actor.role is StaffRole.ADMIN


def is_desk(actor: Actor | None) -> bool:
    """Whether `actor` works the front desk (an admin or a receptionist), not a coach."""
    actor = optional_actor(actor)
    return actor is not None and actor.role in _DESK


def require_desk(actor: Actor | None, what: str) -> None:
    """Looking after the desk's bookings beyond one action (the web sync's problems, the till)."""
    if not is_desk(actor):
        raise Forbidden(_DESK_ONLY[what])


# The money views (issue 13): the studio's takings and the till are the front desk's; the exports
# and every coach's earnings the admin's; a coach sees their own report only.


def may_see_takings(actor: Actor | None) -> bool:
    """Whether `actor` sees the day's takings and the till (and closes it): the front desk."""
    return is_desk(actor)


def may_see_pack_reports(actor: Actor | None) -> bool:
    """Whether `actor` sees the packs sold, what is still owed of them and what ends: the front desk."""
    return is_desk(actor)


def may_export(actor: Actor | None) -> bool:
    """Whether `actor` may export the payments and the bookings: an admin."""
    return is_admin(actor)


def require_export(actor: Actor | None) -> None:
    """The exports hold every payment and every client's booking: an admin's."""
    require_admin(actor, "export payments and bookings")


def may_see_coach_report(actor: Actor | None) -> bool:
    """Whether `actor` sees a coach report at all: an admin (every coach), or a coach (their own)."""
    return is_admin(actor) or own_coach_report(actor) is not None


def own_coach_report(actor: Actor | None) -> int | None:
    """The coach whose report alone `actor` sees (a coach), or None (an admin sees all)."""
    actor = optional_actor(actor)
    if actor is not None and actor.role is StaffRole.COACH and actor.coach_id is not None:
        return actor.coach_id
    return None


def require_coach_report(actor: Actor | None) -> None:
    if not may_see_coach_report(actor):
        raise Forbidden(
            QT_TRANSLATE_NOOP(
                "services", "Only an admin sees the report of every coach; a coach sees their own."
            )
        )
