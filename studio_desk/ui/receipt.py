"""The payment receipt: an HTML QTextDocument built from a booking's details, printed or saved as PDF."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from studio_desk import services
from studio_desk.services import BookingDetails, PaymentMethod, PaymentView, StudioSettings, ValidationError
from studio_desk.ui.labels import method_label, status_label
from studio_desk.ui.printing import A5, print_document, save_pdf

DEFAULT_STUDIO_NAME = "Studio Desk"


def studio_name(settings: StudioSettings) -> str:
    """The studio's own name once the settings carry one; the program's name until then."""
    return getattr(settings, "studio_name", None) or DEFAULT_STUDIO_NAME


def receipt_payment(details: BookingDetails) -> PaymentView | None:
    """The money line the receipt is for: the latest payment that is not a refund (None when the
    session was free, which is paid with no money line)."""
    return next((p for p in reversed(details.payments) if not p.is_refund), None)


def _when(moment: dt.datetime) -> str:
    return f"{moment:%d %b %Y, %H:%M}"


def _session(details: BookingDetails) -> str:
    booking = details.booking
    return f"{booking.start_at:%A %d %B %Y}, {booking.start_at:%H:%M}–{booking.end_at:%H:%M}"


def receipt_rows(
    details: BookingDetails, settings: StudioSettings, *, cash_tendered: int | None = None
) -> list[tuple[str, str]]:
    """(label, value) lines of the receipt, in the order they are printed."""
    booking = details.booking

    def money(amount: int) -> str:
        return services.format_money(amount, settings.currency)

    payment = receipt_payment(details)
    rows = [
        ("Receipt no.", str(payment.id) if payment else f"Booking {booking.id}"),
        ("Paid on", _when(payment.taken_at if payment else booking.updated_at)),
        ("Client", booking.client_name),
        ("Course", booking.course_title),
        ("Coach", booking.coach_name),
        ("Session", _session(details)),
        ("Booking no.", f"{booking.id} ({status_label(booking.status)})"),
    ]
    if payment is None:
        rows.append(("Amount", f"{money(0)} (no charge)"))
        return rows
    rows.append(("Amount", money(payment.amount)))
    rows.append(("Paid by", method_label(payment.method)))
    if payment.reference:
        rows.append(("Reference", payment.reference))
    if payment.method is PaymentMethod.CASH and cash_tendered is not None:
        try:
            change = services.change_due(payment.amount, cash_tendered)
        except ValidationError:
            change = None  # a tendered amount that does not cover the payment is not printed
        if change is not None:
            rows.append(("Cash given", money(cash_tendered)))
            rows.append(("Change given", money(change)))
    if payment.taken_by:
        rows.append(("Taken by", payment.taken_by))
    return rows


def receipt_html(
    details: BookingDetails, settings: StudioSettings, *, cash_tendered: int | None = None
) -> str:
    lines = "".join(
        f"<tr><td style='color:#555555; padding:3px 16px 3px 0'>{html.escape(label)}</td>"
        f"<td style='padding:3px 0'>{html.escape(value)}</td></tr>"
        for label, value in receipt_rows(details, settings, cash_tendered=cash_tendered)
    )
    return (
        "<html><body style='font-family: sans-serif; font-size: 11pt'>"
        f"<h2 style='margin-bottom:2px'>{html.escape(studio_name(settings))}</h2>"
        "<p style='margin-top:0; margin-bottom:10px; color:#555555'>Payment receipt</p>"
        "<hr/>"
        f"<table cellspacing='0' cellpadding='0'>{lines}</table>"
        "<hr/>"
        "<p style='margin-top:12px'>Thank you! Your booking is paid and waits for the coach's "
        "confirmation.</p>"
        "</body></html>"
    )


def build_receipt(
    details: BookingDetails, settings: StudioSettings, *, cash_tendered: int | None = None
) -> QTextDocument:
    """The receipt as a document ready to print, save as PDF or draw on screen."""
    document = QTextDocument()
    document.setDocumentMargin(24)
    document.setHtml(receipt_html(details, settings, cash_tendered=cash_tendered))
    return document


def print_receipt(document: QTextDocument, parent: QWidget | None = None) -> bool:
    """Ask which printer (the system's print dialog) and print; False when the person canceled."""
    # A5 portrait: a receipt is short, and A5 prints on the smallest common paper.
    return print_document(document, parent, title="Print receipt", page=A5)


def save_receipt_pdf(document: QTextDocument, path: str | Path) -> Path:
    """Write the receipt as a PDF file at `path` (overwritten if it exists)."""
    return save_pdf(document, path, what="receipt", page=A5)
