"""What a receipt says, decided here and only laid out by the desk: the studio at the top, the
receipt number, the lines, the tax inside the price, the words that fit the booking's status,
the studio's own footer and the paper it is printed on; and the name of its PDF file. A receipt
for money that is not a booking's (a pack sold, a fee collected) has a ReceiptSubject instead of
a booking: services/money/sale_receipts.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_desk.db import Database
from studio_desk.models import BookingStatus
from studio_desk.services.arguments import one_of, yes_or_no
from studio_desk.services.bookings.permissions import require_desk
from studio_desk.services.bookings.queries import booking_details
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.money.amounts import Money
from studio_desk.services.money.receipt_numbers import receipt_number_text
from studio_desk.services.money.tax import IncludedTax, included_tax
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import StudioSettings, get_settings
from studio_desk.services.text import shown
from studio_desk.services.views import Actor, BookingView, PaymentReceipt, PaymentView

S = BookingStatus
# The words under a receipt, by the booking's status as it is when the receipt is printed.
_FOOTERS: dict[BookingStatus, str] = {
    S.PENDING: QT_TRANSLATE_NOOP("services", "This booking still waits for its payment."),
    S.PAID: QT_TRANSLATE_NOOP(
        "services", "Thank you! Your booking is paid and waits for the coach's confirmation."
    ),
    S.CONFIRMED: QT_TRANSLATE_NOOP(
        "services", "Thank you! Your coach has confirmed the session. See you there."
    ),
    S.DONE: QT_TRANSLATE_NOOP("services", "Thank you for training with us. This session took place."),
    S.CANCELED: QT_TRANSLATE_NOOP("services", "This booking was canceled."),
}
_REFUNDED = QT_TRANSLATE_NOOP("services", "This booking was canceled and {amount} was refunded.")
NOT_PAID_YET = QT_TRANSLATE_NOOP("services", "This booking has not been paid, so it has no receipt yet.")
# How long a client's name may be in a file name; the rest of a very long name is left out.
_FILE_NAME_CLIENT_LENGTH = 60


@dataclass(frozen=True)
class StudioHeader:
    """Who the studio is, as the top of its receipts says (empty parts are left out)."""

    name: str
    address: str
    phone: str
    tax_number: str


@dataclass(frozen=True)
class ReceiptSubject:
    """What a receipt is for when it is not a booking: a pack or membership sold, a fee
    collected. `what` is its one line ("Pack #12: 10 sessions, ..., good through 22 Jan 2026")."""

    client_name: str
    what: Sentence


@dataclass(frozen=True)
class ReceiptSheet:
    """One receipt, ready to lay out: every number and which lines there are. It is for a
    booking (`booking`) or for something else paid for (`subject`), never both."""

    studio: StudioHeader
    booking: BookingView | None  # None: the receipt is for `subject`
    payment: PaymentView | None  # None: a free session, paid with no money line
    refunds: tuple[PaymentView, ...]
    cash_tendered: int | None
    change: int | None
    tax: IncludedTax | None  # the tax inside the amount paid; None when none is printed
    footer: Sentence  # what fits the booking's status
    studio_footer: str  # the studio's own words, as set
    paper: str  # services/money/tax.py PAPER_SIZES
    currency: str
    copy: bool  # printed again later: the receipt says COPY
    subject: ReceiptSubject | None = None  # what was paid for, when it is not a booking

    @property
    def number(self) -> str | None:
        """`000123`; None when no money changed hands (nothing to number)."""
        number = None if self.payment is None else self.payment.receipt_number
        return None if number is None else receipt_number_text(number)

    @property
    def paid_on(self) -> dt.datetime:
        if self.payment is not None:
            return self.payment.taken_at
        # Only a booking's receipt goes without a money line (a free session).
        assert self.booking is not None
        return self.booking.updated_at

    @property
    def client_name(self) -> str:
        if self.booking is not None:
            return self.booking.client_name
        assert self.subject is not None
        return self.subject.client_name

    @property
    def refunded(self) -> int:
        return -sum(line.amount for line in self.refunds)


def studio_header(settings: StudioSettings) -> StudioHeader:
    return StudioHeader(
        settings.studio_name, settings.studio_address, settings.studio_phone, settings.tax_number
    )


def receipt_tax(paid: int, settings: StudioSettings) -> IncludedTax | None:
    """The tax inside `paid` as the studio's settings print it; None when nothing was paid."""
    if not paid:
        return None
    return included_tax(
        paid, settings.tax_mode,
        regional_name=settings.regional_tax_name, regional_percent=settings.regional_tax_percent,
    )


def _footer(booking: BookingView, refunded: int, currency: str) -> Sentence:
    if booking.status is S.CANCELED and refunded:
        return Sentence(_REFUNDED, {"amount": Money(refunded, currency)})
    return Sentence(_FOOTERS[booking.status])


def receipt_sheet(
    receipt: PaymentReceipt,
    settings: StudioSettings,
    *,
    refunds: tuple[PaymentView, ...] = (),
    copy: bool = False,
) -> ReceiptSheet:
    """The receipt of `receipt` under the studio's `settings`: no database needed, so the Paid
    dialog prints the payment's answer as it is."""
    receipt, settings = one_of(receipt, PaymentReceipt), one_of(settings, StudioSettings)
    copy = yes_or_no(copy)
    if not (isinstance(refunds, tuple) and all(isinstance(line, PaymentView) for line in refunds)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The desk was given '{value}' where it expects something else."),
            value=shown(refunds),
        )
    tax = receipt_tax(receipt.payment.amount if receipt.payment else 0, settings)
    refunded = -sum(line.amount for line in refunds)
    return ReceiptSheet(
        studio=studio_header(settings),
        booking=receipt.booking,
        payment=receipt.payment,
        refunds=refunds,
        cash_tendered=receipt.cash_tendered,
        change=receipt.change,
        tax=tax,
        footer=_footer(receipt.booking, refunded, settings.currency),
        studio_footer=settings.receipt_footer,
        paper=settings.paper_size,
        currency=settings.currency,
        copy=copy,
    )


def reprint_receipt(db: Database, actor: Actor, booking_id: object) -> ReceiptSheet:
    """The receipt of a booking's payment, printed again (from its details): marked COPY, with
    the footer of the status it is in now and any refund since."""
    require_desk(actor, "print a receipt again")
    details = booking_details(db, booking_id)
    if not details.has_receipt:
        raise ValidationError(NOT_PAID_YET)
    return receipt_sheet(details.receipt, get_settings(db), refunds=details.refunds, copy=True)


def receipt_file_name(sheet: ReceiptSheet, word: str = "receipt") -> str:
    """`2026-12-02 Ayu Lestari receipt 000123.pdf`: the day paid, the client and the number,
    in characters every file system takes. `word` is "receipt" in the desk's language."""
    sheet = one_of(sheet, ReceiptSheet)
    if not isinstance(word, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The desk was given '{value}' where it expects something else."),
            value=shown(word),
        )
    client = "".join(char if char.isalnum() or char in " -" else " " for char in sheet.client_name)
    client = " ".join(client.split())[:_FILE_NAME_CLIENT_LENGTH].strip()
    safe_word = "".join(char for char in word if char.isalnum() or char == " ").strip() or "receipt"
    number = sheet.number or ("" if sheet.booking is None else str(sheet.booking.id))
    parts = [f"{sheet.paid_on:%Y-%m-%d}", client, safe_word, number]
    return " ".join(part for part in parts if part) + ".pdf"
