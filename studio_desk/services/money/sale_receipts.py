"""Receipts for money that is not a booking's: a pack or membership sold, a fee collected.

They are ReceiptSheets like a booking's (services/money/receipts.py): the studio at the top, the
number of the money line, the tax inside the amount as the settings print it, the method, the
reference, the cash given and the change, the studio's own footer; only the line saying what
was paid for is the pack's or the fee's, and so are the words under it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Payment, RuleEvent, Staff
from studio_desk.services.arguments import one_of
from studio_desk.services.bookings.permissions import require_desk
from studio_desk.services.bookings.reads import parse_id, payment_view
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.money.amounts import Money
from studio_desk.services.money.receipts import ReceiptSheet, ReceiptSubject, receipt_tax, studio_header
from studio_desk.services.packs.reads import load_pack
from studio_desk.services.packs.views import PackSale, PackState, PackView
from studio_desk.services.people.acting import run_read_as
from studio_desk.services.rules.fees import FeePayment, FeeView
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import StudioSettings, get_settings
from studio_desk.services.views import Actor, PaymentView

# What the receipt says was bought: the pack's number, its name, what it holds and how long.
_PACK_THROUGH = QT_TRANSLATE_NOOP("services", "Pack #{pack}: {name}, {sessions} sessions, good through {day}")
_PACK_FIRST_USE = QT_TRANSLATE_NOOP(
    "services", "Pack #{pack}: {name}, {sessions} sessions, {days} days from first use"
)
_MEMBERSHIP_THROUGH = QT_TRANSLATE_NOOP(
    "services", "Membership #{pack}: {name}, unlimited, {limit} at a time, good through {day}"
)
_MEMBERSHIP_FIRST_USE = QT_TRANSLATE_NOOP(
    "services", "Membership #{pack}: {name}, unlimited, {limit} at a time, {days} days from first use"
)
_FEE_ON = {
    RuleEvent.LATE_CANCEL: QT_TRANSLATE_NOOP("services", "Fee: late cancel on {day}"),
    RuleEvent.NO_SHOW: QT_TRANSLATE_NOOP("services", "Fee: no-show on {day}"),
}
_FEE = {  # a fee whose session is no longer known
    RuleEvent.LATE_CANCEL: QT_TRANSLATE_NOOP("services", "Fee: late cancel"),
    RuleEvent.NO_SHOW: QT_TRANSLATE_NOOP("services", "Fee: no-show"),
}
# The words under the receipt.
_PACK_READY = QT_TRANSLATE_NOOP("services", "Thank you! Your pack is ready to book with.")
_MEMBERSHIP_READY = QT_TRANSLATE_NOOP("services", "Thank you! Your membership is ready to book with.")
_PACK_CLOSED = QT_TRANSLATE_NOOP("services", "This pack was closed.")
_MEMBERSHIP_CLOSED = QT_TRANSLATE_NOOP("services", "This membership was closed.")
_PACK_REFUNDED = QT_TRANSLATE_NOOP("services", "This pack was closed and {amount} was refunded.")
_MEMBERSHIP_REFUNDED = QT_TRANSLATE_NOOP("services", "This membership was closed and {amount} was refunded.")
_FEE_PAID = QT_TRANSLATE_NOOP("services", "Thank you! This fee is paid.")
NO_MONEY_TAKEN = QT_TRANSLATE_NOOP("services", "No money was taken for pack #{pack}, so it has no receipt.")


def pack_line(pack: PackView) -> Sentence:
    """"Pack #12: 10 Sesi Bebas, 10 sessions, good through 22 Jan 2026"."""
    fields: dict[str, object] = {"pack": pack.id, "name": pack.name}
    if pack.is_membership:
        fields["limit"] = pack.max_active
    else:
        fields["sessions"] = pack.sessions
    if pack.last_day is None:  # valid from its first use, not used yet
        template = _MEMBERSHIP_FIRST_USE if pack.is_membership else _PACK_FIRST_USE
        fields["days"] = pack.valid_days
    else:
        template = _MEMBERSHIP_THROUGH if pack.is_membership else _PACK_THROUGH
        fields["day"] = pack.last_day
    return Sentence(template, fields)


def fee_line(fee: FeeView) -> Sentence:
    """"Fee: no-show on 3 Dec 2025"."""
    if fee.session_day is None:
        return Sentence(_FEE[fee.cause])
    return Sentence(_FEE_ON[fee.cause], {"day": fee.session_day})


def _pack_footer(pack: PackView, refunded: int, currency: str) -> Sentence:
    if pack.state is not PackState.CLOSED:
        return Sentence(_MEMBERSHIP_READY if pack.is_membership else _PACK_READY)
    if refunded:
        template = _MEMBERSHIP_REFUNDED if pack.is_membership else _PACK_REFUNDED
        return Sentence(template, {"amount": Money(refunded, currency)})
    return Sentence(_MEMBERSHIP_CLOSED if pack.is_membership else _PACK_CLOSED)


def _sheet(
    subject: ReceiptSubject, line: PaymentView, settings: StudioSettings, footer: Sentence, *,
    tendered: int | None = None, change: int | None = None, refunds: tuple[PaymentView, ...] = (),
    copy: bool = False,
) -> ReceiptSheet:
    return ReceiptSheet(
        studio=studio_header(settings), booking=None, payment=line, refunds=refunds, cash_tendered=tendered,
        change=change, tax=receipt_tax(line.amount, settings), footer=footer,
        studio_footer=settings.receipt_footer, paper=settings.paper_size, currency=settings.currency,
        copy=copy, subject=subject,
    )


def pack_sale_sheet(sale: PackSale, settings: StudioSettings) -> ReceiptSheet:
    """The receipt of a pack or membership just sold (sell_pack's answer), under the studio's
    `settings`: no database needed, as a booking's payment prints its answer as it is."""
    sale, settings = one_of(sale, PackSale), one_of(settings, StudioSettings)
    pack = sale.pack
    if sale.line is None:  # a free product: no money line, nothing to number
        raise ValidationError(NO_MONEY_TAKEN, pack=pack.id)
    subject = ReceiptSubject(pack.client_name, pack_line(pack))
    footer = _pack_footer(pack, 0, settings.currency)
    return _sheet(subject, sale.line, settings, footer, tendered=sale.tendered, change=sale.change)


def fee_payment_sheet(payment: FeePayment, settings: StudioSettings) -> ReceiptSheet:
    """The receipt of a fee just collected (collect_fee's answer), under the studio's `settings`."""
    payment, settings = one_of(payment, FeePayment), one_of(settings, StudioSettings)
    fee = payment.fee
    subject = ReceiptSubject(fee.client_name, fee_line(fee))
    return _sheet(
        subject, payment.line, settings, Sentence(_FEE_PAID), tendered=payment.tendered, change=payment.change
    )


def reprint_pack_receipt(db: Database, actor: Actor, pack_id: object) -> ReceiptSheet:
    """The receipt of a pack's sale, printed again: marked COPY, the pack as it is now (its last
    day once first used), with any refund since. What cash was handed over is not kept, as for
    a booking's copy."""
    require_desk(actor, "print a receipt again")
    number = parse_id(pack_id, "pack")
    settings = get_settings(db)

    def work(session: Session) -> tuple[PackView, list[PaymentView]]:
        pack = load_pack(session, number, db.now(), settings.zone)
        rows = session.execute(
            select(Payment, Staff.name).outerjoin(Staff, Staff.id == Payment.taken_by_id)
            .where(Payment.pack_id == number).order_by(Payment.taken_at, Payment.id)
        )
        return pack, [payment_view(line, taken_by, settings.zone) for line, taken_by in rows]

    pack, lines = run_read_as(db, actor, work)
    sale = next((line for line in lines if line.amount > 0), None)
    if sale is None:
        raise ValidationError(NO_MONEY_TAKEN, pack=pack.id)
    refunds = tuple(line for line in lines if line.is_refund)
    footer = _pack_footer(pack, -sum(line.amount for line in refunds), settings.currency)
    subject = ReceiptSubject(pack.client_name, pack_line(pack))
    return _sheet(subject, sale, settings, footer, refunds=refunds, copy=True)
