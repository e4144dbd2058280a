"""The payment receipt: an HTML QTextDocument built from a PaymentReceipt, printed or saved as PDF."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from studio_desk.services import BookingView, PaymentReceipt, StudioSettings
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.labels import method_label, status_label
from studio_desk.ui.kit.printing import A5, print_document, save_pdf

# The program's name, printed until the settings carry the studio's own; shown translated.
DEFAULT_STUDIO_NAME = "Studio Desk"


def studio_name(settings: StudioSettings) -> str:
    """The studio's own name once the settings carry one; the program's name until then."""
    return getattr(settings, "studio_name", None) or QCoreApplication.translate("receipt", "Studio Desk")


def long_date(day: dt.date) -> str:
    """`Friday 24 October 2025`, `Jumat 24 Oktober 2025`: the desk's language, written out."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def session_text(booking: BookingView) -> str:
    """`Friday 24 October 2025, 10:00–11:00`."""
    start, end = booking.start_at, booking.end_at
    return f"{long_date(start.date())}, {formats.time(start)}–{formats.time(end)}"


def _when(moment: dt.datetime) -> str:
    return f"{formats.date(moment.date())}, {formats.time(moment)}"


def receipt_rows(receipt: PaymentReceipt, settings: StudioSettings) -> list[tuple[str, str]]:
    """(label, value) lines of the receipt, in the order they are printed."""
    booking, payment = receipt.booking, receipt.payment

    def money(amount: int) -> str:
        return formats.money(amount, settings.currency)

    number = (
        str(payment.id) if payment
        else QCoreApplication.translate("receipt", "Booking {number}").format(number=booking.id)
    )
    paid_on = _when(payment.taken_at if payment else booking.updated_at)
    status = status_label(booking.status)
    rows = [
        (QCoreApplication.translate("receipt", "Receipt no."), number),
        (QCoreApplication.translate("receipt", "Paid on"), paid_on),
        (QCoreApplication.translate("receipt", "Client"), booking.client_name),
        (QCoreApplication.translate("receipt", "Course"), booking.course_title),
        (QCoreApplication.translate("receipt", "Coach"), booking.coach_name),
        (QCoreApplication.translate("receipt", "Session"), session_text(booking)),
        (QCoreApplication.translate("receipt", "Booking no."), f"{booking.id} ({status})"),
    ]
    amount_label = QCoreApplication.translate("receipt", "Amount")
    if payment is None:
        free = QCoreApplication.translate("receipt", "{amount} (no charge)").format(amount=money(0))
        rows.append((amount_label, free))
        return rows
    rows.append((amount_label, money(payment.amount)))
    rows.append((QCoreApplication.translate("receipt", "Paid by"), method_label(payment.method)))
    if payment.reference:
        rows.append((QCoreApplication.translate("receipt", "Reference"), payment.reference))
    if receipt.cash_tendered is not None and receipt.change is not None:
        rows.append((QCoreApplication.translate("receipt", "Cash given"), money(receipt.cash_tendered)))
        rows.append((QCoreApplication.translate("receipt", "Change given"), money(receipt.change)))
    if payment.taken_by:
        rows.append((QCoreApplication.translate("receipt", "Taken by"), payment.taken_by))
    return rows


def receipt_html(receipt: PaymentReceipt, settings: StudioSettings) -> str:
    lines = "".join(
        f"<tr><td style='color:#555555; padding:3px 16px 3px 0'>{html.escape(label)}</td>"
        f"<td style='padding:3px 0'>{html.escape(value)}</td></tr>"
        for label, value in receipt_rows(receipt, settings)
    )
    title = QCoreApplication.translate("receipt", "Payment receipt")
    thanks = QCoreApplication.translate(
        "receipt", "Thank you! Your booking is paid and waits for the coach's confirmation."
    )
    return (
        "<html><body style='font-family: sans-serif; font-size: 11pt'>"
        f"<h2 style='margin-bottom:2px'>{html.escape(studio_name(settings))}</h2>"
        f"<p style='margin-top:0; margin-bottom:10px; color:#555555'>{html.escape(title)}</p>"
        "<hr/>"
        f"<table cellspacing='0' cellpadding='0'>{lines}</table>"
        "<hr/>"
        f"<p style='margin-top:12px'>{html.escape(thanks)}</p>"
        "</body></html>"
    )


def build_receipt(receipt: PaymentReceipt, settings: StudioSettings) -> QTextDocument:
    """The receipt as a document ready to print, save as PDF or draw on screen."""
    document = QTextDocument()
    document.setDocumentMargin(24)
    document.setHtml(receipt_html(receipt, settings))
    return document


def print_receipt(document: QTextDocument, parent: QWidget | None = None) -> bool:
    """Ask which printer (the system's print dialog) and print; False when the person canceled."""
    # A5 portrait: a receipt is short, and A5 prints on the smallest common paper.
    title = QCoreApplication.translate("receipt", "Print receipt")
    return print_document(document, parent, title=title, page=A5)


def save_receipt_pdf(document: QTextDocument, path: str | Path) -> Path:
    """Write the receipt as a PDF file at `path` (overwritten if it exists)."""
    return save_pdf(document, path, what=QCoreApplication.translate("receipt", "receipt"), page=A5)
