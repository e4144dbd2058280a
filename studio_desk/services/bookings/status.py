"""The status machine (DESIGN.md section 3): the only code that writes Booking.status.

Every transition is a compare-and-set (UPDATE ... WHERE id = ? AND status = ? AND version = ?)
followed by one StatusChange line. Of two desks changing one booking at once, one wins and
the other is told the booking has moved on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from studio_desk.models import (
    ACTIVE_STATUSES,
    TRAIL_ACTION,
    Booking,
    BookingAction,
    BookingOrigin,
    BookingStatus,
    ChangeSource,
    CheckIn,
    StatusChange,
)
from studio_desk.services.arguments import one_of
from studio_desk.services.bookings.permissions import role_refusal
from studio_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    DomainError,
    Forbidden,
    InvalidTransition,
    NotFound,
    ValidationError,
)
from studio_desk.services.outbox import WebPayment, queue_change, settle_problem
from studio_desk.services.sentences import Sentence, to_json
from studio_desk.services.setup.settings import read_settings
from studio_desk.services.studio_time import parse_instant
from studio_desk.services.text import shown
from studio_desk.services.views import SYSTEM_ACTOR, Actor, BookingView

S = BookingStatus


@dataclass(frozen=True)
class Rule:
    from_statuses: frozenset[BookingStatus]
    to_status: BookingStatus | None  # None: the status stays (a reschedule)
    refusal: str  # a template with the field {status}: the status the booking is in


RULES: dict[BookingAction, Rule] = {
    BookingAction.PAY: Rule(
        frozenset({S.PENDING}),
        S.PAID,
        QT_TRANSLATE_NOOP(
            "services", "Only pending bookings can be marked as paid. Current status: {status}"
        ),
    ),
    BookingAction.CONFIRM: Rule(
        frozenset({S.PAID}),
        S.CONFIRMED,
        QT_TRANSLATE_NOOP("services", "Only paid bookings can be confirmed. Current status: {status}"),
    ),
    BookingAction.COMPLETE: Rule(
        frozenset({S.CONFIRMED}),
        S.DONE,
        QT_TRANSLATE_NOOP(
            "services", "Only confirmed bookings can be marked as done. Current status: {status}"
        ),
    ),
    BookingAction.CANCEL: Rule(
        ACTIVE_STATUSES,
        S.CANCELED,
        QT_TRANSLATE_NOOP(
            "services", "Only pending, paid or confirmed bookings can be canceled. Current status: {status}"
        ),
    ),
    BookingAction.EXPIRE: Rule(
        frozenset({S.PENDING}),
        S.CANCELED,
        QT_TRANSLATE_NOOP("services", "Only pending bookings can expire. Current status: {status}"),
    ),
    BookingAction.RESCHEDULE: Rule(
        ACTIVE_STATUSES,
        None,
        QT_TRANSLATE_NOOP(
            "services", "Only pending, paid or confirmed bookings can be moved. Current status: {status}"
        ),
    ),
    BookingAction.NO_SHOW: Rule(
        frozenset({S.PAID, S.CONFIRMED}),
        S.DONE,
        QT_TRANSLATE_NOOP(
            "services",
            "Only paid or confirmed bookings can be marked as a no-show. Current status: {status}",
        ),
    ),
}

# The actions a person can take on an existing booking, in the order the desk offers them.
BOOKING_ACTIONS = (
    BookingAction.PAY,
    BookingAction.CONFIRM,
    BookingAction.COMPLETE,
    BookingAction.NO_SHOW,
    BookingAction.CANCEL,
    BookingAction.RESCHEDULE,
)

PAID_ON_THE_WEB = QT_TRANSLATE_NOOP(
    "services", "This booking was made online: the client pays for it on the web platform."
)
NOT_MOVABLE_ON_THE_WEB = QT_TRANSLATE_NOOP(
    "services",
    "This booking is on the web platform too, which cannot move bookings. "
    "Cancel it and book the new time instead.",
)
SESSION_NOT_STARTED = QT_TRANSLATE_NOOP(
    "services", "The session has not started yet; it can be marked as done once it begins."
)
NO_SHOW_NOT_STARTED = QT_TRANSLATE_NOOP(
    "services", "The session has not started yet; a no-show can be recorded once it begins."
)
# The reason on the history's line of a place confirmed by the studio's setting.
CONFIRMED_ON_PAYMENT = QT_TRANSLATE_NOOP("services", "confirmed on payment (the studio's setting for classes)")
# The reason on the trail's line of a recorded no-show (stored in English, shown translated).
NO_SHOW_REASON = QT_TRANSLATE_NOOP("services", "no-show")
_NOT_BEFORE_START = {BookingAction.COMPLETE: SESSION_NOT_STARTED, BookingAction.NO_SHOW: NO_SHOW_NOT_STARTED}


def target_status(action: BookingAction, current: BookingStatus) -> BookingStatus:
    """The status `action` leads to from `current`, or InvalidTransition."""
    rule = RULES[action]
    if current not in rule.from_statuses:
        raise InvalidTransition(rule.refusal, status=current)
    return rule.to_status or current


def timing_problem(action: BookingAction, start_at: dt.datetime, now: dt.datetime) -> str | None:
    # In UTC, like every comparison of instants here: across two zones, PEP 495 makes times
    # inside the hour the clocks repeat compare oddly.
    if action in _NOT_BEFORE_START and now.astimezone(dt.UTC) < start_at.astimezone(dt.UTC):
        return _NOT_BEFORE_START[action]
    return None


def web_problem(action: BookingAction, booking: BookingView) -> str | None:
    """What the web platform's side rules out: it takes an online booking's payment itself,
    and has no way to move a booking."""
    from_web = booking.origin is BookingOrigin.WEB
    if action is BookingAction.PAY and from_web:
        return PAID_ON_THE_WEB
    if action is BookingAction.RESCHEDULE and (from_web or booking.on_web):
        return NOT_MOVABLE_ON_THE_WEB
    return None


PLACE_NOT_MOVABLE = QT_TRANSLATE_NOOP(
    "services", "A place in a class cannot be moved. Cancel it and book a place in the other class."
)


def class_problem(action: BookingAction, booking: BookingView) -> str | None:
    """A place in a class goes where its class goes: it is not moved on its own."""
    if action is BookingAction.RESCHEDULE and booking.occurrence_id is not None:
        return PLACE_NOT_MOVABLE
    return None


def refused(
    booking: BookingView, actor: Actor, action: BookingAction, now: dt.datetime
) -> DomainError | None:
    """The error `action` on `booking` by `actor` meets now, or None when it is allowed. The
    role is judged first, then the status, the timing and the web platform's side: a coach is
    told that only the front desk takes payments, not what status the booking is in."""
    by_role = role_refusal(actor, action, booking.coach_id)
    if by_role is not None:
        return Forbidden(by_role)
    rule = RULES[action]
    if booking.status not in rule.from_statuses:
        return InvalidTransition(rule.refusal, status=booking.status)
    problem = (
        timing_problem(action, booking.start_at, now) or web_problem(action, booking)
        or class_problem(action, booking)
    )
    return None if problem is None else ValidationError(problem)


def check_allowed(booking: BookingView, actor: Actor, action: BookingAction, now: dt.datetime) -> None:
    """Raise what `refused` finds: every action on an existing booking passes here first."""
    error = refused(booking, actor, action, now)
    if error is not None:
        raise error


def refusal(
    booking: BookingView, actor: Actor, action: BookingAction, now: dt.datetime | None = None
) -> Sentence | None:
    """Why `actor` may not do `action` to `booking` now, as a sentence a person reads (the desk
    translates it as it does every service's words), or None when it is allowed."""
    if not isinstance(action, BookingAction):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "'{value}' is not something to do to a booking."),
            value=shown(action),
        )
    moment = dt.datetime.now(dt.UTC) if now is None else parse_instant(now)
    error = refused(one_of(booking, BookingView), actor, action, moment)
    return None if error is None else error.sentence


def allowed_actions(
    booking: BookingView, actor: Actor, now: dt.datetime | None = None
) -> frozenset[BookingAction]:
    """What `actor` may do to `booking` now: the desk shows exactly these buttons. Derived from
    `refusal`, so that a button shown is never refused for a reason the desk did not give."""
    booking = one_of(booking, BookingView)
    moment = dt.datetime.now(dt.UTC) if now is None else parse_instant(now)
    return frozenset(action for action in BOOKING_ACTIONS if refusal(booking, actor, action, moment) is None)


_RECORD = insert(StatusChange)
_MOVE = (
    update(Booking)
    .where(
        Booking.id == bindparam("booking_id"),
        Booking.status == bindparam("expected"),
        Booking.version == bindparam("expected_version"),
    )
    .values(status=bindparam("new_status"), updated_at=bindparam("now"), version=Booking.version + 1)
)
_MOVE_AND_RESCHEDULE = _MOVE.values(
    coach_id=bindparam("new_coach_id"),
    start_at=bindparam("new_start_at"),
    end_at=bindparam("new_end_at"),
    busy_until=bindparam("new_busy_until"),
)
_MOVE_AS_NO_SHOW = _MOVE.values(no_show=True)
_CURRENT_STATUS = select(Booking.status).where(Booking.id == bindparam("booking_id"))


@dataclass(frozen=True)
class NewTimes:
    """Where a reschedule puts the booking: instants in UTC, and the coach's name for the view."""

    coach_id: int
    coach_name: str
    start_at: dt.datetime
    end_at: dt.datetime
    busy_until: dt.datetime


def record(
    session: Session,
    booking_id: int,
    action: BookingAction,
    from_status: BookingStatus | None,
    to_status: BookingStatus,
    actor: Actor,
    now: dt.datetime,
    *,
    reason: str | Sentence | None = None,
    source: ChangeSource = ChangeSource.DESK,
) -> None:
    """Append one line to the booking's history. A reason a person typed is a str; one the
    desk words is a Sentence, kept as its English and as itself for other languages."""
    session.connection().execute(
        _RECORD,
        {
            "booking_id": booking_id,
            "action": action,
            "from_status": from_status,
            "to_status": to_status,
            "actor_id": actor.staff_id,
            "at": now,
            "reason": None if reason is None else str(reason),
            "reason_words": to_json(reason) if isinstance(reason, Sentence) else None,
            # A change the system makes on its own is the system's; one it brings from the web
            # platform stays the web's.
            "source": ChangeSource.SYSTEM if actor.is_system and source is ChangeSource.DESK else source,
        },
    )


def transition(
    session: Session,
    booking: BookingView,
    action: BookingAction,
    actor: Actor,
    now: dt.datetime,
    *,
    reason: str | Sentence | None = None,
    source: ChangeSource = ChangeSource.DESK,
    money: int = 0,
    times: NewTimes | None = None,
    payment: WebPayment | None = None,
) -> BookingView:
    """Move `booking` (as read in this unit of work) along `action` by compare-and-set on its
    status and version, record it, and return the booking as it is now. `money` is what this
    action added to its payments (negative for a refund); `times` moves it (a reschedule);
    `payment` is what the web platform hears of a payment. A desk change to a booking that is
    on the web goes into the outbox in this same transaction."""
    new_status = target_status(action, booking.status)
    params: dict[str, object] = {
        "booking_id": booking.id, "expected": booking.status, "expected_version": booking.version,
        "new_status": new_status, "now": now,
    }
    if times is not None:
        params |= {
            "new_coach_id": times.coach_id, "new_start_at": times.start_at,
            "new_end_at": times.end_at, "new_busy_until": times.busy_until,
        }
    connection = session.connection()
    statement = _MOVE if times is None else _MOVE_AND_RESCHEDULE
    if action is BookingAction.NO_SHOW:
        statement = _MOVE_AS_NO_SHOW
        reason = Sentence(NO_SHOW_REASON) if reason is None else reason
    if new_status is S.CANCELED and booking.occurrence_id is not None:
        # A place given up is no longer in the class, so neither is its check-in (the roster
        # and the attendance count only places that stay). The database lets a check-in go
        # only while its place is active: before the move.
        connection.execute(delete(CheckIn).where(CheckIn.booking_id == booking.id))
    moved = connection.execute(statement, params)
    if moved.rowcount != 1:
        current = connection.execute(_CURRENT_STATUS, {"booking_id": booking.id}).scalar()
        if current is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Booking not found"))
        target_status(action, current)  # raises with the status another desk left it in
        raise InvalidTransition(
            QT_TRANSLATE_NOOP(
                "services", "Someone else changed this booking just now (it is {status}). Look again."
            ),
            status=current,
        )
    trail_action = TRAIL_ACTION.get(action, action)  # a no-show is "complete" to the trail and the web
    record(
        session, booking.id, trail_action, booking.status, new_status, actor, now,
        reason=reason, source=source,
    )
    if booking.on_web and source is not ChangeSource.WEB:
        queue_change(session, booking.id, trail_action, now, payment)
    elif new_status is S.CANCELED and booking.sync_problem is not None:
        settle_problem(session, booking.id)  # a canceled booking's quarrel with the web is over
    if action is BookingAction.PAY and booking.occurrence_id is not None and _confirms_on_payment(session):
        after_pay = _after(booking, new_status, now, money, action)
        return transition(session, after_pay, BookingAction.CONFIRM, SYSTEM_ACTOR, now,
                          reason=Sentence(CONFIRMED_ON_PAYMENT))
    after = _after(booking, new_status, now, money, action)
    if times is None:
        return after
    zone = booking.start_at.tzinfo
    return dataclasses.replace(
        after,
        coach_id=times.coach_id,
        coach_name=times.coach_name,
        start_at=times.start_at.astimezone(zone),
        end_at=times.end_at.astimezone(zone),
        busy_until=times.busy_until.astimezone(zone),
    )


def _confirms_on_payment(session: Session) -> bool:
    """The studio's setting: a paid place in a class is confirmed at once."""
    return read_settings(session).confirm_places_on_payment


def _after(
    booking: BookingView, new_status: BookingStatus, now: dt.datetime, money: int, action: BookingAction
) -> BookingView:
    zone = booking.start_at.tzinfo
    return dataclasses.replace(
        booking,
        status=new_status,
        updated_at=now.astimezone(zone),
        paid_total=booking.paid_total + money,
        version=booking.version + 1,
        no_show=booking.no_show or action is BookingAction.NO_SHOW,
    )
