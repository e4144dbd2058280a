"""The coach's and the desk's moves after payment: confirm, complete, cancel, and expiring holds."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Booking, BookingAction, BookingStatus, PaymentMethod, RuleEvent
from studio_desk.services.bookings import status
from studio_desk.services.bookings.reads import load_view, parse_id
from studio_desk.services.classes.waitlist import fill_freed_places
from studio_desk.services.errors import QT_TRANSLATE_NOOP, InvalidTransition, ValidationError
from studio_desk.services.lease import release_lease, take_lease
from studio_desk.services.money.amounts import Money
from studio_desk.services.money.payments import (
    NoRefund,
    Refund,
    add_line,
    clean_reference,
    parse_amount,
    parse_method,
)
from studio_desk.services.money.refund_methods import (
    booking_lines,
    checked_refund_method,
    clean_method_reason,
    refund_methods_of,
)
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.rules.outcomes import apply_rules, checked_waiver, preview
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import REASON_LENGTH, required_text
from studio_desk.services.unit_of_work import run_read, run_write
from studio_desk.services.views import SYSTEM_ACTOR, Actor, BookingView

# Stored as written; the desk shows it translated (as every fixed reason below).
HOLD_EXPIRED = QT_TRANSLATE_NOOP("services", "hold expired")
# A cancel's reason with what the studio's rules did ("Sick — Late (9 h before …)").
WITH_RULES = QT_TRANSLATE_NOOP("services", "{why} — {what}")
REFUND_OVER_RULES = QT_TRANSLATE_NOOP(
    "services", "By the studio's rules at most {allowed} can be refunded: {what}")
# One desk at a time releases holds; a desk that stopped halfway frees the job after this.
HOLDS_LEASE_KEY = "holds.lease"
HOLDS_LEASE = dt.timedelta(minutes=2)


def confirm_booking(db: Database, actor: Actor, booking_id: object) -> BookingView:
    """The coach accepts a paid booking."""
    return _simple_transition(db, actor, booking_id, BookingAction.CONFIRM)


def complete_booking(db: Database, actor: Actor, booking_id: object) -> BookingView:
    """The session took place: counts toward the coach's minutes and earnings."""
    return _simple_transition(db, actor, booking_id, BookingAction.COMPLETE)


def record_no_show(
    db: Database, actor: Actor, booking_id: object, *, waive_reason: str | None = None
) -> BookingView:
    """The client never came: the booking's coach or an admin ends a paid or confirmed session
    as `done` with the no-show recorded, once it has started. The web is told `done`. The
    course's rules apply as `no_show_outcome` showed (a fee, the credit, a member's block),
    unless an admin waives them with `waive_reason`."""
    booking_number = parse_id(booking_id, "booking")
    waiver = checked_waiver(actor, waive_reason)
    settings = get_settings(db)

    def work(session: Session) -> BookingView:
        booking = load_view(session, booking_number, settings.zone)
        now = db.now()
        status.check_allowed(booking, actor, BookingAction.NO_SHOW, now)
        seen = preview(session, booking, RuleEvent.NO_SHOW, now, settings.currency)
        said = apply_rules(session, booking, seen, actor, now, expected_late=None, waiver=waiver)
        return status.transition(session, booking, BookingAction.NO_SHOW, actor, now, reason=said)

    return run_write_as(db, actor, work)


def _simple_transition(
    db: Database, actor: Actor, booking_id: object, action: BookingAction
) -> BookingView:
    booking_number = parse_id(booking_id, "booking")
    zone = get_settings(db).zone

    def work(session: Session) -> BookingView:
        booking = load_view(session, booking_number, zone)
        now = db.now()
        status.check_allowed(booking, actor, action, now)
        return status.transition(session, booking, action, actor, now)

    return run_write_as(db, actor, work)


def cancel_booking(
    db: Database,
    actor: Actor,
    booking_id: object,
    *,
    reason: str,
    refund: Refund | NoRefund | None = None,
    expected_late: bool | None = None,
    waive_reason: str | None = None,
) -> BookingView:
    """Cancel an active booking and free the coach's time. A reason is required; a booking
    with money on it needs an explicit choice: a Refund, or NO_REFUND. A refund goes back by a
    method that took at least that much on the booking, or by another with an admin's reason.

    The course's cancellation rules apply as `cancel_outcome` showed: a credit given back or
    kept, a fee kept from the refund or owed. `expected_late` is whether the person was shown a
    late cancel: if the window passed meanwhile, nothing is saved and they are asked to look
    again. An admin may waive the rules with `waive_reason`."""
    booking_number = parse_id(booking_id, "booking")
    why = required_text(reason, what="the reason for canceling", max_length=REASON_LENGTH)
    if refund is not None and not isinstance(refund, Refund | NoRefund):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Choose a refund or 'no refund'."))
    if expected_late is not None and not isinstance(expected_late, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Say whether the cancel was shown as late: yes or no.")
        )
    waiver = checked_waiver(actor, waive_reason)
    settings = get_settings(db)
    refund_line = _checked_refund(refund, settings.currency) if isinstance(refund, Refund) else None

    def work(session: Session) -> BookingView:
        booking = load_view(session, booking_number, settings.zone)
        held, now = booking.paid_total, db.now()
        status.check_allowed(booking, actor, BookingAction.CANCEL, now)
        seen = preview(session, booking, RuleEvent.LATE_CANCEL, now, settings.currency)
        allowed = held if waiver is not None else min(held, seen.refund_allowed)
        note: str | Sentence = why
        given_back = 0
        if held > 0:
            if refund is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "This booking has {paid} paid. Choose a refund or 'no refund' before canceling.",
                    ),
                    paid=Money(held, settings.currency),
                )
            if refund_line is not None:
                given_back, method, reference, method_reason = refund_line
                if given_back > held:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "services", "The refund cannot be more than what was paid ({paid})."
                        ),
                        paid=Money(held, settings.currency),
                    )
                if given_back > allowed:
                    raise ValidationError(
                        REFUND_OVER_RULES, allowed=Money(allowed, settings.currency), what=seen.summary
                    )
                methods = refund_methods_of(booking_lines(session, booking.id), actor)
                kept_reason = checked_refund_method(
                    methods, actor, amount=given_back, method=method, reason=method_reason,
                    currency=settings.currency,
                )
                add_line(
                    session, booking.id, -given_back, method, reference, actor, now, settings.zone,
                    method_reason=kept_reason,
                )
            else:
                note = Sentence(QT_TRANSLATE_NOOP("services", "{why} (no refund)"), {"why": why})
        elif refund_line is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "services", "Nothing was paid for this booking, so there is nothing to refund."
                )
            )
        said = apply_rules(session, booking, seen, actor, now, expected_late=expected_late, waiver=waiver)
        if said is not None:
            note = Sentence(WITH_RULES, {"why": note, "what": said})
        canceled = status.transition(
            session, booking, BookingAction.CANCEL, actor, now, reason=note, money=-given_back
        )
        if booking.occurrence_id is not None:
            fill_freed_places(db, session, booking.occurrence_id, now)
        return canceled

    return run_write_as(db, actor, work)


def _checked_refund(refund: Refund, currency: str) -> tuple[int, PaymentMethod, str | None, str | None]:
    amount = parse_amount(refund.amount, what="The refund", currency=currency)
    if amount == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "A refund of nothing is 'no refund': choose that instead.")
        )
    method = parse_method(refund.method)
    reference = clean_reference(method, refund.reference)
    return amount, method, reference, clean_method_reason(refund.method_reason)


def expire_stale_holds(db: Database) -> int:
    """Cancel pending bookings older than the hold time (a setting; 0 turns this off).
    Returns how many were released."""
    settings = get_settings(db)
    hold, zone = settings.hold_minutes, settings.zone
    now = db.now()
    # A place promoted from a waitlist has a hold of its own, whatever the studio's.
    held_too_long = Booking.hold_until <= now
    if hold > 0:
        held_too_long = or_(
            and_(Booking.hold_until.is_(None), Booking.created_at <= now - dt.timedelta(minutes=hold)),
            held_too_long,
        )

    def work(session: Session) -> int:
        stale = session.scalars(
            select(Booking.id).where(Booking.status == BookingStatus.PENDING, held_too_long)
        ).all()
        released = 0
        for booking_id in stale:
            booking = load_view(session, booking_id, zone)
            try:
                status.transition(
                    session, booking, BookingAction.EXPIRE, SYSTEM_ACTOR, db.now(),
                    reason=Sentence(HOLD_EXPIRED),
                )
                released += 1
                if booking.occurrence_id is not None:
                    fill_freed_places(db, session, booking.occurrence_id, db.now())
            except InvalidTransition:
                continue  # paid by another desk a moment ago: no longer stale
        return released

    return run_write(db, work)


def release_stale_holds(db: Database) -> int:
    """What every open desk does each minute: `expire_stale_holds`, by one desk at a time (the
    others get 0 while it holds the "holds" lease). Returns how many were released."""
    if get_settings(db).hold_minutes <= 0 and not _promoted_holds_due(db):
        return 0  # off, and no promoted place is due: no lease to write every minute on every desk
    if not take_lease(db, HOLDS_LEASE_KEY, HOLDS_LEASE):
        return 0
    try:
        return expire_stale_holds(db)
    finally:
        release_lease(db, HOLDS_LEASE_KEY)


def _promoted_holds_due(db: Database) -> bool:
    now = db.now()
    return run_read(db, lambda session: session.scalar(
        select(Booking.id).where(Booking.status == BookingStatus.PENDING, Booking.hold_until <= now).limit(1)
    )) is not None
