"""Refunding a pack or membership: money back for what is left of it, and the pack closed.

What is left is worked out the same way every time: a pack's sessions left at the price paid
for each (price × sessions left ÷ sessions), a membership's whole days left that are not frozen
(price × days ÷ days it was sold for), nothing once either has run out. The front desk refunds
that; another amount, none included, is an admin's, with a reason. The money goes back by a
method that took it, as a booking's refund does (services/money/refund_methods.py).

Closing keeps the bookings already paid with the pack: their credits stay with them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import CreditKind, Pack, PackFreeze, PaymentMethod
from studio_desk.services.bookings.permissions import require_admin, require_desk
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError, about_field
from studio_desk.services.money.amounts import Money
from studio_desk.services.money.payments import (
    REFERENCE_LENGTH,
    add_line,
    clean_reference,
    parse_amount,
    parse_method,
)
from studio_desk.services.money.refund_methods import (
    REASON_FIELD,
    RefundMethods,
    checked_refund_method,
    clean_method_reason,
    pack_lines,
    refund_methods_of,
)
from studio_desk.services.packs.credits import write_line
from studio_desk.services.packs.reads import load_pack
from studio_desk.services.packs.views import PackRefund, PackState, PackView
from studio_desk.services.people.acting import run_read_as, run_write_as
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import REASON_LENGTH, clean_text
from studio_desk.services.views import Actor, PaymentView

AMOUNT_FIELD = "The refund"
_CLOSED = QT_TRANSLATE_NOOP("services", "Pack #{pack} was closed on {day}: there is nothing left to refund.")
_SAY_WHY = QT_TRANSLATE_NOOP(
    "services", "Say why pack #{pack} is refunded another amount than the {usual} the desk works out."
)
_MORE_THAN_PAID = QT_TRANSLATE_NOOP(
    "services",
    "The refund cannot be more than what was paid for pack #{pack} and not given back yet ({left}).",
)
_NO_METHOD_REASON = QT_TRANSLATE_NOOP(
    "services", "Nothing goes back, so the refund needs no reason for its method. Clear the reason."
)
REFUNDED = QT_TRANSLATE_NOOP("services", "Refunded {amount}")
CLOSED_WITHOUT_REFUND = QT_TRANSLATE_NOOP("services", "Closed with no refund")


def default_refund(db: Database, actor: Actor, pack_id: object) -> int:
    """What the desk refunds for the pack now unless an admin says otherwise (the refund
    dialog offers it): 0 for a closed pack."""
    require_desk(actor, "refund a pack")
    number = parse_id(pack_id, "pack")
    zone = get_settings(db).zone

    def work(session: Session) -> int:
        now = db.now()
        pack = load_pack(session, number, now, zone)
        if pack.state is PackState.CLOSED:
            return 0
        return _usual_refund(session, pack, now, zone)

    return run_read_as(db, actor, work)


def pack_refund_methods(db: Database, actor: Actor, pack_id: object) -> RefundMethods:
    """What a refund of the pack may go back by, for `actor` (the refund dialog asks)."""
    require_desk(actor, "refund a pack")
    number = parse_id(pack_id, "pack")
    zone = get_settings(db).zone

    def work(session: Session) -> RefundMethods:
        load_pack(session, number, db.now(), zone)  # NotFound for no such pack
        return refund_methods_of(pack_lines(session, number), actor)

    return run_read_as(db, actor, work)


def refund_pack(
    db: Database,
    actor: Actor,
    pack_id: object,
    *,
    method: PaymentMethod | str,
    reference: str | None = None,
    amount: object = None,
    reason: str | None = None,
    method_reason: str | None = None,
) -> PackRefund:
    """Give back what is left of a pack (`default_refund`, or an admin's `amount` with a
    `reason`; 0 closes it with nothing given back) by `method`, and close it: the refund's
    money line, an `adjusted` line taking its sessions left out of its ledger, and its
    closing, all at once. `method_reason`: an admin's reason to refund by a method that did not
    take the money, as for a booking's refund."""
    require_desk(actor, "refund a pack")
    number = parse_id(pack_id, "pack")
    how = parse_method(method)
    settings = get_settings(db)
    zone, currency = settings.zone, settings.currency
    typed_reference = clean_text(
        reference, what="the payment reference", max_length=REFERENCE_LENGTH, required=False
    )
    given = None if amount is None else parse_amount(amount, what="The refund", currency=currency)
    why = clean_text(reason, what="the reason", max_length=REASON_LENGTH, required=False)
    other_method_why = clean_method_reason(method_reason)

    def work(session: Session) -> PackRefund:
        now = db.now()
        # Another desk may be using or refunding this pack: wait for it, then judge what is left.
        session.execute(select(Pack.id).where(Pack.id == number).with_for_update(key_share=True))
        pack = load_pack(session, number, now, zone)
        if pack.state is PackState.CLOSED:
            assert pack.closed_at is not None
            raise ValidationError(_CLOSED, pack=pack.id, day=pack.closed_at.date())
        lines = pack_lines(session, pack.id)
        left = sum(line_amount for _, line_amount in lines)
        usual = min(_usual_refund(session, pack, now, zone), left)
        back = usual if given is None else given
        if back != usual:
            require_admin(actor, "refund another amount")
            if why is None:
                refusal = ValidationError(_SAY_WHY, pack=pack.id, usual=Money(usual, currency))
                raise about_field(refusal, REASON_FIELD)
        if back > left:
            refusal = ValidationError(_MORE_THAN_PAID, pack=pack.id, left=Money(left, currency))
            raise about_field(refusal, AMOUNT_FIELD)
        line = None
        if back > 0:
            refund = _Refund(back, how, typed_reference, other_method_why)
            line = _money_back(session, actor, pack.id, refund, lines, now, zone, currency)
        elif other_method_why is not None:
            raise about_field(ValidationError(_NO_METHOD_REASON), REASON_FIELD)
        note: str | Sentence = why if why is not None else (
            Sentence(REFUNDED, {"amount": Money(back, currency)}) if back else Sentence(CLOSED_WITHOUT_REFUND)
        )
        sessions_left = pack.balance if not pack.is_membership else 0
        # The ledger line takes the sessions left out; with none left it still links the money
        # (an adjusted line of 0 needs its payment), and with neither there is nothing to write.
        if sessions_left or line is not None:
            write_line(session, pack.id, CreditKind.ADJUSTED, -sessions_left, actor, now,
                       payment_id=None if line is None else line.id, reason=note)
        session.execute(update(Pack).where(Pack.id == pack.id).values(closed_at=now))
        return PackRefund(load_pack(session, pack.id, now, zone), line)

    return run_write_as(db, actor, work)


@dataclass(frozen=True)
class _Refund:
    amount: int
    method: PaymentMethod
    reference: str | None
    method_reason: str | None


def _money_back(
    session: Session, actor: Actor, pack_id: int, refund: _Refund, lines: list[tuple[PaymentMethod, int]],
    now: dt.datetime, zone: ZoneInfo, currency: str,
) -> PaymentView:
    """The refund's money line, by a method that took the money on the pack (or an admin's
    other one, with a reason), with the reference all but cash need."""
    reference = clean_reference(refund.method, refund.reference)
    kept_reason = checked_refund_method(
        refund_methods_of(lines, actor), actor, amount=refund.amount, method=refund.method,
        reason=refund.method_reason, currency=currency, subject="pack",
    )
    added = add_line(session, None, -refund.amount, refund.method, reference, actor, now, zone,
                     method_reason=kept_reason, pack_id=pack_id)
    return PaymentView(
        id=added.id, receipt_number=added.receipt_number, booking_id=None, amount=-refund.amount,
        method=refund.method, reference=reference, taken_by=None if actor.staff_id is None else actor.name,
        taken_at=now.astimezone(zone), method_reason=kept_reason,
    )


def _usual_refund(session: Session, pack: PackView, now: dt.datetime, zone: ZoneInfo) -> int:
    """What is left of the pack in money at the price paid for it; 0 once it has run out."""
    if pack.state in (PackState.EXPIRED, PackState.CLOSED):
        return 0
    if not pack.is_membership:
        assert pack.sessions is not None
        return pack.price * pack.balance // pack.sessions
    days = min(_days_left(session, pack, now, zone), pack.valid_days)
    return pack.price * days // pack.valid_days


def _days_left(session: Session, pack: PackView, now: dt.datetime, zone: ZoneInfo) -> int:
    """A membership's whole days after today up to its last day, less those inside a freeze
    (each freeze moved its last day on by its days: those are not days to pay back)."""
    if pack.last_day is None:  # valid from its first use, never used: all of them
        return pack.valid_days
    today = now.astimezone(zone).date()
    days = max((pack.last_day - today).days, 0)
    freezes = session.execute(
        select(PackFreeze.starts_at, PackFreeze.ends_at).where(PackFreeze.pack_id == pack.id)
    ).all()
    for freeze in freezes:
        first = max(freeze.starts_at.astimezone(zone).date(), today + dt.timedelta(days=1))
        after = min(freeze.ends_at.astimezone(zone).date(), pack.last_day + dt.timedelta(days=1))
        days -= max((after - first).days, 0)
    return max(days, 0)
