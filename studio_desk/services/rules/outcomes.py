"""What the studio's rules do to a booking when its cancel or no-show is recorded: worked out
for the person to see before confirming (`cancel_outcome`, `no_show_outcome`), and again in the
unit of work that records it (`apply_cancel_rules`, `apply_no_show_rules`), with the ledger
lines, the fee, the block and the audit line (`rule_outcomes`) it takes.

Who pays how decides what a cost means:
- paid with a pack: "the credit" keeps it used (a late cancel writes `returned` and `forfeited`,
  so the ledger tells it); "a fee" gives the credit back and the client owes the fee; "nothing"
  gives the credit back. A no-show's credit stays used unless the rule costs a fee or nothing.
- paid with a membership: there is no credit to keep, so "the credit" costs nothing more; a fee
  is owed; a no-show may block the member from booking with it for some days.
- paid with money: "the credit" keeps the money (no refund offered); "a fee" is kept from the
  money paid (a smaller refund), and what the money does not cover is owed; a no-show keeps the
  money and costs nothing more.
- not paid: only a fee means anything, and it is owed.
An admin may waive the rules with a reason: then it is as if the course had none.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    ClientBlock,
    Fee,
    FeeState,
    Pack,
    ProductKind,
    RuleCost,
    RuleEvent,
    RuleOutcome,
)
from studio_desk.services.bookings.permissions import is_admin
from studio_desk.services.bookings.reads import load_view, parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, Forbidden, ValidationError
from studio_desk.services.money.amounts import Money
from studio_desk.services.packs.credits import forfeit_credit, pack_of_booking, return_credit
from studio_desk.services.people.acting import run_read_as
from studio_desk.services.rules.cancel_rules import CancelRules, rules_of
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import to_instant
from studio_desk.services.text import REASON_LENGTH, required_text
from studio_desk.services.views import Actor, BookingView


class CreditFate(enum.StrEnum):
    NONE = "none"  # no pack paid for the booking
    RETURNED = "returned"  # back to the pack
    KEPT = "kept"  # stays used: the session counts


@dataclass(frozen=True)
class RulePreview:
    """What recording the cancel or no-show will do, as the person sees it before confirming."""

    booking_id: int
    event: RuleEvent
    rules: CancelRules | None  # the course's rules; None: it has none
    late: bool  # a cancel inside the rule's window (a no-show: True when the course has rules)
    hours_before: int | None  # a cancel: whole hours left before the start (0 once started)
    cost: RuleCost  # what applies: NOTHING when in time or without rules
    pack_id: int | None
    membership: bool
    credit: CreditFate
    paid: int  # money on the booking (payments minus refunds)
    fee: int  # the fee the rule charges (0: none)
    fee_kept: int  # of the fee, what is kept from the money paid
    fee_owed: int  # of the fee, what the client will owe
    refund_allowed: int  # the most that may be refunded: paid − fee_kept (0 when the money is kept)
    block_until: dt.date | None  # a member's last blocked day
    summary: Sentence  # one sentence of what happens, for the dialog and the history

    @property
    def applies(self) -> bool:
        """Whether a rule costs the client anything (only then may an admin waive it)."""
        return self.cost is not RuleCost.NOTHING or self.block_until is not None


IN_TIME = QT_TRANSLATE_NOOP("services", "In time: nothing is charged.")
CREDIT_BACK = QT_TRANSLATE_NOOP("services", "The credit goes back to pack #{pack}.")
LATE_CREDIT_KEPT = QT_TRANSLATE_NOOP(
    "services", "Late ({hours} h before; the rule is {window} h): the credit of pack #{pack} is kept.")
LATE_MONEY_KEPT = QT_TRANSLATE_NOOP(
    "services", "Late ({hours} h before; the rule is {window} h): the money paid is kept, no refund.")
LATE_NOTHING = QT_TRANSLATE_NOOP(
    "services", "Late ({hours} h before; the rule is {window} h), but it costs nothing.")
LATE_FEE = QT_TRANSLATE_NOOP(
    "services",
    "Late ({hours} h before; the rule is {window} h): a fee of {fee} ({kept} kept from the payment, "
    "{owed} owed).",
)
NO_SHOW_CREDIT_KEPT = QT_TRANSLATE_NOOP("services", "No-show: the credit of pack #{pack} is used.")
NO_SHOW_MONEY_KEPT = QT_TRANSLATE_NOOP("services", "No-show: the money paid is kept.")
NO_SHOW_NOTHING = QT_TRANSLATE_NOOP("services", "No-show: it costs nothing.")
NO_SHOW_FEE = QT_TRANSLATE_NOOP("services", "No-show: a fee of {fee} is owed.")
NO_SHOW_BLOCK = QT_TRANSLATE_NOOP("services", "{what} No booking with the membership until {day}.")
WAIVED = QT_TRANSLATE_NOOP("services", "{what} Waived by {admin}: {reason}")
CHANGED = QT_TRANSLATE_NOOP(
    "services", "It is now {hours} h before the session, so the cancel rules apply differently than shown. "
    "Look again.")
ONLY_ADMINS_WAIVE = QT_TRANSLATE_NOOP("services", "Only an admin may waive the studio's rules.")
NOTHING_TO_WAIVE = QT_TRANSLATE_NOOP("services", "The rules cost nothing here, so there is nothing to waive.")


def _hours_before(booking: BookingView, now: dt.datetime) -> int:
    return max(0, math.floor((booking.start_at - now).total_seconds() / 3600))


def _pack_kind(session: Session, pack_id: int | None) -> ProductKind | None:
    return None if pack_id is None else session.scalar(select(Pack.kind).where(Pack.id == pack_id))


def preview(
    session: Session, booking: BookingView, event: RuleEvent, now: dt.datetime, currency: str
) -> RulePreview:
    """What the rules do to `booking` if its cancel (or no-show) is recorded at `now`."""
    rules = rules_of(session, booking.course_id)
    pack_id = pack_of_booking(session, booking.id)
    membership = _pack_kind(session, pack_id) is ProductKind.MEMBERSHIP
    paid = max(booking.paid_total, 0)
    hours = _hours_before(booking, now) if event is RuleEvent.LATE_CANCEL else None
    if rules is None:
        late, cost, fee = False, RuleCost.NOTHING, 0
    elif event is RuleEvent.LATE_CANCEL:
        late = booking.start_at - now < dt.timedelta(hours=rules.late_cancel_hours)
        cost, fee = (rules.late_cancel_cost, rules.late_cancel_fee) if late else (RuleCost.NOTHING, 0)
    else:
        late, cost, fee = True, rules.no_show_cost, rules.no_show_fee
    if event is RuleEvent.NO_SHOW and paid > 0 and rules is not None:
        cost, fee = RuleCost.CREDIT, 0  # the money paid for the session stays with the studio
    if cost is RuleCost.CREDIT and (membership or (pack_id is None and paid == 0)):
        cost = RuleCost.NOTHING  # nothing to keep
    kept = min(fee, paid) if cost is RuleCost.FEE else 0
    owed = fee - kept if cost is RuleCost.FEE else 0
    if pack_id is None:
        credit = CreditFate.NONE
    elif cost is RuleCost.CREDIT or (event is RuleEvent.NO_SHOW and rules is None):
        credit = CreditFate.KEPT if not membership else CreditFate.NONE
    else:
        credit = CreditFate.RETURNED if not membership else CreditFate.NONE
    block_until = None
    if event is RuleEvent.NO_SHOW and membership and rules is not None and rules.member_block_days > 0:
        block_until = (now.astimezone(booking.start_at.tzinfo).date()
                       + dt.timedelta(days=rules.member_block_days - 1))
    refund_allowed = 0 if (cost is RuleCost.CREDIT and pack_id is None) else paid - kept
    summary = _summary(event, rules, late, hours, cost, pack_id, credit, Money(fee, currency),
                       Money(kept, currency), Money(owed, currency), block_until)
    return RulePreview(
        booking.id, event, rules, late, hours, cost if fee or cost is not RuleCost.FEE else RuleCost.NOTHING,
        pack_id, membership, credit, paid, fee if cost is RuleCost.FEE else 0, kept, owed, refund_allowed,
        block_until, summary,
    )


def _summary(
    event: RuleEvent, rules: CancelRules | None, late: bool, hours: int | None, cost: RuleCost,
    pack_id: int | None, credit: CreditFate, fee: Money, kept: Money, owed: Money,
    block_until: dt.date | None,
) -> Sentence:
    window = rules.late_cancel_hours if rules else 0
    if event is RuleEvent.LATE_CANCEL:
        timing = {"hours": hours, "window": window}
        if not late:
            return (Sentence(CREDIT_BACK, {"pack": pack_id}) if credit is CreditFate.RETURNED
                    else Sentence(IN_TIME))
        if cost is RuleCost.CREDIT:
            if pack_id is not None:
                return Sentence(LATE_CREDIT_KEPT, timing | {"pack": pack_id})
            return Sentence(LATE_MONEY_KEPT, timing)
        if cost is RuleCost.FEE:
            return Sentence(LATE_FEE, timing | {"fee": fee, "kept": kept, "owed": owed})
        return Sentence(LATE_NOTHING, timing)
    if cost is RuleCost.FEE:
        said = Sentence(NO_SHOW_FEE, {"fee": fee})
    elif credit is CreditFate.KEPT:
        said = Sentence(NO_SHOW_CREDIT_KEPT, {"pack": pack_id})
    elif cost is RuleCost.CREDIT:
        said = Sentence(NO_SHOW_MONEY_KEPT)
    else:
        said = Sentence(NO_SHOW_NOTHING)
    if block_until is not None:
        return Sentence(NO_SHOW_BLOCK, {"what": said, "day": block_until})
    return said


def _read_preview(db: Database, actor: Actor, booking_id: object, event: RuleEvent) -> RulePreview:
    number = parse_id(booking_id, "booking")
    settings = get_settings(db)

    def work(session: Session) -> RulePreview:
        booking = load_view(session, number, settings.zone)
        return preview(session, booking, event, db.now(), settings.currency)

    return run_read_as(db, actor, work)


def cancel_outcome(db: Database, actor: Actor, booking_id: object) -> RulePreview:
    """What canceling the booking now would cost, by its course's rules (for the cancel dialog)."""
    return _read_preview(db, actor, booking_id, RuleEvent.LATE_CANCEL)


def no_show_outcome(db: Database, actor: Actor, booking_id: object) -> RulePreview:
    """What recording the booking as a no-show now would cost, by its course's rules."""
    return _read_preview(db, actor, booking_id, RuleEvent.NO_SHOW)


def checked_waiver(actor: Actor, waive_reason: object) -> str | None:
    """An admin's reason for waiving the rules, or None when they are not waived."""
    if waive_reason is None:
        return None
    if not is_admin(actor):
        raise Forbidden(ONLY_ADMINS_WAIVE)
    return required_text(waive_reason, what="the reason", max_length=REASON_LENGTH)


def apply_rules(
    session: Session, booking: BookingView, seen: RulePreview, actor: Actor, now: dt.datetime, *,
    expected_late: bool | None, waiver: str | None,
) -> Sentence | None:
    """Write what `seen` (worked out in this unit of work) does: the ledger lines, the fee, the
    block and the audit line; return the sentence for the booking's history (None: nothing to
    say). `expected_late`: what the person was shown, refused when it no longer holds; `waiver`:
    an admin's reason (checked_waiver) to let the rules go, as if the course had none."""
    if expected_late is not None and expected_late != seen.late and seen.event is RuleEvent.LATE_CANCEL:
        raise ValidationError(CHANGED, hours=seen.hours_before)
    if waiver is not None and not seen.applies:
        raise ValidationError(NOTHING_TO_WAIVE)
    has_rules = seen.rules is not None
    if waiver is not None:
        return_credit(session, booking.id, actor, now)  # no pack: nothing happens
        _record(session, booking, seen, actor, now, waiver=waiver)
        return Sentence(WAIVED, {"what": seen.summary, "admin": actor.name, "reason": waiver})
    if seen.credit is CreditFate.RETURNED:
        return_credit(session, booking.id, actor, now)
    elif seen.credit is CreditFate.KEPT and seen.event is RuleEvent.LATE_CANCEL and seen.pack_id is not None:
        forfeit_credit(session, booking.id, seen.pack_id, actor, now, seen.summary)
    if seen.fee_kept:
        _fee(session, booking, seen, seen.fee_kept, FeeState.KEPT, actor, now)
    if seen.fee_owed:
        _fee(session, booking, seen, seen.fee_owed, FeeState.OWED, actor, now)
    if seen.block_until is not None:
        zone = booking.start_at.tzinfo
        assert isinstance(zone, dt.tzinfo)
        until = to_instant(seen.block_until + dt.timedelta(days=1), dt.time(0), zone)  # type: ignore[arg-type]
        session.execute(insert(ClientBlock), {"client_id": booking.client_id, "booking_id": booking.id,
                                              "until": until, "at": now})
    if has_rules and seen.late:
        _record(session, booking, seen, actor, now, waiver=None)
    if seen.applies or (has_rules and seen.late) or seen.credit is CreditFate.RETURNED:
        return seen.summary
    return None


def _fee(
    session: Session, booking: BookingView, seen: RulePreview, amount: int, state: FeeState, actor: Actor,
    now: dt.datetime,
) -> None:
    session.execute(insert(Fee), {
        "client_id": booking.client_id, "booking_id": booking.id, "cause": seen.event, "amount": amount,
        "state": state, "actor_id": actor.staff_id, "created_at": now,
    })


def _record(session: Session, booking: BookingView, seen: RulePreview, actor: Actor, now: dt.datetime, *,
            waiver: str | None) -> None:
    session.execute(insert(RuleOutcome), {
        "booking_id": booking.id, "event": seen.event, "hours_before": seen.hours_before, "cost": seen.cost,
        "fee": seen.fee, "block_days": seen.rules.member_block_days if seen.block_until and seen.rules else 0,
        "waived": waiver is not None, "waiver_reason": waiver, "actor_id": actor.staff_id, "at": now,
    })
