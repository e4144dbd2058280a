"""Taking money for a booking (mark_paid) and the rules every payment or refund line obeys."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import BookingAction, Payment, PaymentMethod
from studio_desk.services.bookings import status
from studio_desk.services.bookings.reads import load_view, parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError, about_field
from studio_desk.services.money.amounts import Money, currency_digits, currency_symbol
from studio_desk.services.money.currencies import checked_currency
from studio_desk.services.money.receipt_numbers import take_receipt_number
from studio_desk.services.outbox import WebPayment
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import clean_text, shown
from studio_desk.services.views import Actor, PaymentReceipt, PaymentView

# A method inside a sentence ("refunded by card"): marked so the desk shows it translated.
METHOD_LABELS: dict[PaymentMethod, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("services", "cash"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("services", "card"),
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("services", "bank transfer"),
    PaymentMethod.QRIS: QT_TRANSLATE_NOOP("services", "QRIS"),
    PaymentMethod.EWALLET: QT_TRANSLATE_NOOP("services", "e-wallet"),
}
REFERENCE_LENGTH = 64
# A sanity bound far above any session's price, well inside a 64-bit integer.
MAX_AMOUNT = 10**12
# What a payment without its reference is refused with: a whole sentence for each method that
# needs one (all but cash).
_REFERENCE_NEEDED: dict[PaymentMethod, str] = {
    PaymentMethod.CARD: QT_TRANSLATE_NOOP(
        "services",
        "Enter the reference of the card payment (the number on the slip or in the transfer).",
    ),
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP(
        "services",
        "Enter the reference of the bank transfer payment (the number on the slip or in the transfer).",
    ),
    PaymentMethod.QRIS: QT_TRANSLATE_NOOP(
        "services",
        "Enter the reference of the QRIS payment (the number on the slip or in the transfer).",
    ),
    PaymentMethod.EWALLET: QT_TRANSLATE_NOOP(
        "services",
        "Enter the reference of the e-wallet payment (the number on the slip or in the transfer).",
    ),
}


@dataclass(frozen=True)
class _AmountRefusals:
    """What parse_amount says about one kind of amount, as whole sentences for a translator."""

    not_a_number: str  # with {example}, an amount of the studio's currency
    negative: str
    too_large: str


# The kinds of amount a person types. Each has its own sentences (a translator needs whole
# sentences, not "{what} cannot be negative"); tests/unit/test_service_messages.py checks that
# every caller names one of them.
AmountKind = Literal[
    "The amount", "The cash given", "The counted cash", "The refund", "The price", "The float", "The pay-out",
    "The fee",
]
_AMOUNT_REFUSALS: dict[str, _AmountRefusals] = {
    "The amount": _AmountRefusals(
        QT_TRANSLATE_NOOP("services", "The amount must be a number, like {example}."),
        QT_TRANSLATE_NOOP("services", "The amount cannot be negative."),
        QT_TRANSLATE_NOOP("services", "The amount is larger than any price at the studio."),
    ),
    "The cash given": _AmountRefusals(
        QT_TRANSLATE_NOOP("services", "The cash given must be a number, like {example}."),
        QT_TRANSLATE_NOOP("services", "The cash given cannot be negative."),
        QT_TRANSLATE_NOOP("services", "The cash given is larger than any price at the studio."),
    ),
    "The counted cash": _AmountRefusals(
        QT_TRANSLATE_NOOP("services", "The counted cash must be a number, like {example}."),
        QT_TRANSLATE_NOOP("services", "The counted cash cannot be negative."),
        QT_TRANSLATE_NOOP("services", "The counted cash is larger than any price at the studio."),
    ),
    "The refund": _AmountRefusals(
        QT_TRANSLATE_NOOP("services", "The refund must be a number, like {example}."),
        QT_TRANSLATE_NOOP("services", "The refund cannot be negative."),
        QT_TRANSLATE_NOOP("services", "The refund is larger than any price at the studio."),
    ),
    "The price": _AmountRefusals(
        QT_TRANSLATE_NOOP("services", "The price must be a number, like {example}."),
        QT_TRANSLATE_NOOP("services", "The price cannot be negative."),
        QT_TRANSLATE_NOOP("services", "The price is larger than any price at the studio."),
    ),
    "The float": _AmountRefusals(
        QT_TRANSLATE_NOOP("services", "The float must be a number, like {example}."),
        QT_TRANSLATE_NOOP("services", "The float cannot be negative."),
        QT_TRANSLATE_NOOP("services", "The float is larger than any amount at the studio."),
    ),
    "The fee": _AmountRefusals(
        QT_TRANSLATE_NOOP("services", "The fee must be a number, like {example}."),
        QT_TRANSLATE_NOOP("services", "The fee cannot be negative."),
        QT_TRANSLATE_NOOP("services", "The fee is larger than any price at the studio."),
    ),
    "The pay-out": _AmountRefusals(
        QT_TRANSLATE_NOOP("services", "The pay-out must be a number, like {example}."),
        QT_TRANSLATE_NOOP("services", "The pay-out cannot be negative."),
        QT_TRANSLATE_NOOP("services", "The pay-out is larger than any amount at the studio."),
    ),
}
# What the refusal shows as an amount to copy: Rp 150.000, or EUR 15.50 where there are cents.
_EXAMPLE_AMOUNT = {0: 150_000, 2: 1_550, 3: 15_500}


def parse_method(value: object) -> PaymentMethod:
    if isinstance(value, PaymentMethod):
        return value
    known = {method.value: method for method in PaymentMethod}
    typed = value.strip().lower() if isinstance(value, str) else None
    if typed not in known:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "Choose how the client paid: cash, card, bank transfer, QRIS or e-wallet."
            )
        )
    return known[typed]


def parse_amount(value: object, *, what: AmountKind = "The amount", currency: str = "IDR") -> int:
    """An amount in the currency's smallest unit: an int as it is, or text as a person types
    it: "150000", "150.000", "150,000", "Rp 150.000"; with cents, "15.50" or "1.500,50".

    A group of three digits after the last separator is thousands: in Indonesia "150.000" is
    a hundred and fifty thousand, and so it is here in any language. Fewer digits after it are
    the cents of a currency that has them (rupiah have none); only a currency of three
    decimals (the Kuwaiti dinar) reads three there as its fils, as the desk writes them.
    """
    if not (isinstance(what, str) and what in _AMOUNT_REFUSALS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "'{value}' is not a kind of amount."), value=shown(what)
        )
    code = checked_currency(currency)
    try:
        return _amount_of(value, what, code)
    except ValidationError as refusal:
        raise about_field(refusal, what) from None


def _amount_of(value: object, what: AmountKind, currency: str) -> int:
    if isinstance(value, str):
        value = _typed_amount(value, what, currency)
    elif isinstance(value, bool) or not isinstance(value, int):
        raise _not_a_number(what, currency)
    if value < 0:
        raise ValidationError(_AMOUNT_REFUSALS[what].negative)
    if value > MAX_AMOUNT:
        raise ValidationError(_AMOUNT_REFUSALS[what].too_large)
    return value


def _not_a_number(what: str, currency: str) -> ValidationError:
    example = Money(_EXAMPLE_AMOUNT[currency_digits(currency)], currency)
    return ValidationError(_AMOUNT_REFUSALS[what].not_a_number, example=example)


def _typed_amount(text: str, what: str, currency: str) -> int:
    body = text.strip()
    negative = body.startswith("-")
    body = body.removeprefix("-").strip()
    for prefix in (currency_symbol(currency), currency):
        if body.upper().startswith(prefix.upper()):
            body = body[len(prefix):].strip()
            break
    digits = currency_digits(currency)
    whole, fraction = body, ""
    point = max(body.rfind("."), body.rfind(","))
    if point >= 0 and 0 < len(body) - point - 1 <= digits:
        whole, fraction = body[:point], body[point + 1:]
        grouped = _grouped(whole, separators=(" ", "," if body[point] == "." else "."))
    else:
        grouped = _grouped(whole, separators=(".", ",", " "))
    if grouped is None or (fraction and not (fraction.isdigit() and fraction.isascii())):
        raise _not_a_number(what, currency)
    if len(grouped.lstrip("0")) > len(str(MAX_AMOUNT)):  # and Python makes no int of 5,000 digits
        raise ValidationError(_AMOUNT_REFUSALS[what].too_large)
    amount = int(grouped + fraction.ljust(digits, "0"))
    return -amount if negative else amount


def _grouped(text: str, *, separators: tuple[str, ...]) -> str | None:
    """The digits of `text` written plainly or in thousands with one of `separators`."""
    for separator in separators:
        groups = text.split(separator)
        if len(groups) > 1 and groups[0] and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            text = "".join(groups)
            break
    return text if text.isdigit() and text.isascii() else None


def clean_reference(method: PaymentMethod, reference: object) -> str | None:
    """The payment's reference; required for everything but cash, so it can be traced."""
    text = clean_text(
        reference, what="the payment reference", max_length=REFERENCE_LENGTH, required=False
    )
    if text is None and method is not PaymentMethod.CASH:
        raise about_field(ValidationError(_REFERENCE_NEEDED[method]), "the reference")
    return text


def reference_required(method: PaymentMethod | str) -> bool:
    """Whether a payment by `method` needs a reference (the desk marks the field)."""
    return parse_method(method) is not PaymentMethod.CASH


def change_due(amount: object, tendered: object, currency: str = "IDR") -> int:
    """What to hand back when a client pays `amount` in cash with `tendered`."""
    to_pay = parse_amount(amount, currency=currency)
    given = parse_amount(tendered, what="The cash given", currency=currency)
    if given < to_pay:
        raise about_field(
            ValidationError(QT_TRANSLATE_NOOP("services", "The cash given is less than the amount to pay.")),
            "The cash given",
        )
    return given - to_pay


@dataclass(frozen=True)
class Refund:
    """Money given back when a paid booking is canceled. It goes back by a method that took at
    least that much on the booking; by another only with an admin's `method_reason`, which the
    cash-up shows (services/money/refund_methods.py)."""

    amount: int
    method: PaymentMethod | str
    reference: str | None = None
    method_reason: str | None = None


@dataclass(frozen=True)
class NoRefund:
    """The explicit choice to keep the money when a paid booking is canceled."""


NO_REFUND = NoRefund()


_ADD_LINE = insert(Payment).returning(Payment.id)


@dataclass(frozen=True)
class LineAdded:
    """A payment or refund line as written: its id and the number its receipt prints."""

    id: int
    receipt_number: int


def add_line(
    session: Session,
    booking_id: int | None,
    amount: int,
    method: PaymentMethod,
    reference: str | None,
    actor: Actor,
    now: dt.datetime,
    zone: ZoneInfo,
    method_reason: str | None = None,
    *,
    pack_id: int | None = None,
    fee_id: int | None = None,
) -> LineAdded:
    """Add one payment (or, negative, refund) line for a booking or (`pack_id`, booking None)
    a pack's sale or refund, dated `now`, with the next receipt number, and return both. Money
    is taken at any time: a line after a closing of the till belongs to the next closing.
    `method_reason`: an admin's reason for a refund by a method that did not take the money."""
    added = session.connection().execute(
        _ADD_LINE,
        {
            "method_reason": method_reason,
            "booking_id": booking_id,
            "pack_id": pack_id,
            "fee_id": fee_id,
            "amount": amount,
            "method": method,
            "reference": reference,
            "taken_by_id": actor.staff_id,
            "taken_at": now,
            "receipt_number": (number := take_receipt_number(session)),
        },
    )
    return LineAdded(added.scalar_one(), number)


def _amount_to_take(price: int, given: int | None, currency: str) -> int:
    """The booking's price unless less was agreed (a discount, recorded in its history); never
    more: change for a larger note is the till's business, not the booking's."""
    if given is None:
        return price
    if given > price:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "The amount cannot be more than the price ({price}). Give change for the rest."
            ),
            price=Money(price, currency),
        )
    if given == 0 and price > 0:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Enter the amount paid."))
    return given


def mark_paid(
    db: Database,
    actor: Actor,
    booking_id: object,
    *,
    method: PaymentMethod | str,
    reference: str | None = None,
    amount: object = None,
    cash_tendered: object = None,
) -> PaymentReceipt:
    """Take the payment of a pending booking: records the money, makes the booking paid and
    returns what its receipt prints, so the desk needs no second read to print it.

    `amount` defaults to the price as booked and may be less (a discount), never more;
    `reference` is the `payment_id` of the web API and is required for all but cash.
    `cash_tendered` is what the client handed over in cash, for the change due; it may not be
    less than the amount, and a payment by any other method is refused with it (the desk asks
    for it only with cash, so one given with a card is a mistake, not something to drop).
    """
    booking_number = parse_id(booking_id, "booking")
    how = parse_method(method)
    ref = clean_reference(how, reference)
    settings = get_settings(db)
    zone, currency = settings.zone, settings.currency
    given = None if amount is None else parse_amount(amount, currency=currency)
    tendered = checked_tendered(how, cash_tendered, currency)

    def work(session: Session) -> PaymentReceipt:
        booking = load_view(session, booking_number, zone)
        now = db.now()
        status.check_allowed(booking, actor, BookingAction.PAY, now)
        taken = _amount_to_take(booking.price, given, currency)
        change = None if tendered is None else change_due(taken, tendered, currency)
        line = None
        if taken:  # a free session (price 0) is paid with no money line
            added = add_line(session, booking.id, taken, how, ref, actor, now, zone)
            line = PaymentView(
                id=added.id,
                receipt_number=added.receipt_number,
                booking_id=booking.id,
                amount=taken,
                method=how,
                reference=ref,
                taken_by=None if actor.staff_id is None else actor.name,
                taken_at=now.astimezone(zone),
            )
        if not taken:
            note: Sentence | None = Sentence(QT_TRANSLATE_NOOP("services", "No charge"))
        elif taken < booking.price:
            note = Sentence(
                QT_TRANSLATE_NOOP("services", "Paid {paid} of {price}"),
                {"paid": Money(taken, currency), "price": Money(booking.price, currency)},
            )
        else:
            note = None
        paid = status.transition(
            session, booking, BookingAction.PAY, actor, now, reason=note, money=taken,
            payment=WebPayment(how, ref),
        )
        return PaymentReceipt(paid, line, tendered, change)

    return run_write_as(db, actor, work)


def checked_tendered(method: PaymentMethod, tendered: object, currency: str) -> int | None:
    """What the client handed over in cash, as an amount; only a cash payment has one."""
    if tendered is None:
        return None
    if method is not PaymentMethod.CASH:
        raise about_field(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "services", "The cash given is only for cash payments; clear it or choose cash."
                )
            ),
            "The cash given",
        )
    return parse_amount(tendered, what="The cash given", currency=currency)
