"""The receipt laid out on its paper: A4, A5, or an 80 mm or 58 mm thermal roll.

What it says (the number, the tax, which lines, the footer) is the services' ReceiptSheet; here
it is only worded in the desk's language and laid out. A roll's page is cut to the receipt's
length; the 58 mm roll puts each value under its label, as two columns would cut it off.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSizeF
from PySide6.QtGui import QPageSize, QTextDocument, QTextOption
from PySide6.QtWidgets import QWidget

from studio_desk.services import BookingView, ReceiptSheet, StudioSettings
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.labels import method_label, status_label
from studio_desk.ui.kit.messages import translated
from studio_desk.ui.kit.printing import Page, print_document, save_pdf

# Qt lays a document out at this many units per inch before printing scales it to the paper.
LAYOUT_DPI = 96.0


@dataclass(frozen=True)
class Paper:
    """A receipt paper: its width, its height (None: a roll, cut to length), the margin the
    printer keeps, the type size, and whether values go under their labels."""

    width_mm: float
    height_mm: float | None
    margin_mm: float
    font_pt: float
    stacked: bool

    @property
    def text_width(self) -> float:
        """The width the receipt is laid out at, in the document's units."""
        return (self.width_mm - 2 * self.margin_mm) / 25.4 * LAYOUT_DPI


PAPERS: dict[str, Paper] = {
    "a4": Paper(210, 297, 15, 11, False),
    "a5": Paper(148, 210, 10, 10, False),
    "80mm": Paper(80, None, 3, 8, False),
    "58mm": Paper(58, None, 2, 7, True),
}


def studio_name(settings: StudioSettings) -> str:
    """The studio's own name once the settings carry one; the program's name until then."""
    return settings.studio_name or QCoreApplication.translate("receipt", "Studio Desk")


def long_date(day: dt.date) -> str:
    """`Friday 24 October 2025`, `Jumat 24 Oktober 2025`: the desk's language, written out."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def session_text(booking: BookingView) -> str:
    """`Friday 24 October 2025, 10:00–11:00`."""
    start, end = booking.start_at, booking.end_at
    return f"{long_date(start.date())}, {formats.time(start)}–{formats.time(end)}"


def _when(moment: dt.datetime) -> str:
    return f"{formats.date(moment.date())}, {formats.time(moment)}"


def receipt_rows(sheet: ReceiptSheet) -> list[tuple[str, str]]:
    """(label, value) lines of the receipt, in the order they are printed."""
    booking, payment = sheet.booking, sheet.payment

    def money(amount: int) -> str:
        return formats.money(amount, sheet.currency)

    number = sheet.number
    if number is None and booking is not None:
        number = QCoreApplication.translate("receipt", "Booking {number}").format(number=booking.id)
    rows = [
        (QCoreApplication.translate("receipt", "Receipt no."), number or ""),
        (QCoreApplication.translate("receipt", "Paid on"), _when(sheet.paid_on)),
        (QCoreApplication.translate("receipt", "Client"), sheet.client_name),
    ]
    if booking is not None:
        rows += [
            (QCoreApplication.translate("receipt", "Course"), booking.course_title),
            (QCoreApplication.translate("receipt", "Coach"), booking.coach_name),
            (QCoreApplication.translate("receipt", "Session"), session_text(booking)),
            (QCoreApplication.translate("receipt", "Booking no."),
             f"{booking.id} ({status_label(booking.status)})"),
        ]
    elif sheet.subject is not None:  # a pack sold, a fee collected: its one line
        rows.append((QCoreApplication.translate("receipt", "For"), translated(sheet.subject.what)))
    if payment is None:
        free = QCoreApplication.translate("receipt", "{amount} (no charge)").format(amount=money(0))
        rows.append((QCoreApplication.translate("receipt", "Amount"), free))
        return rows
    rows.append((QCoreApplication.translate("receipt", "Amount"), money(payment.amount)))
    tax = sheet.tax
    if tax is not None:
        rows.append((QCoreApplication.translate("receipt", "Price before tax"), money(tax.before_tax)))
        if tax.name == "PPN":
            rows.append((QCoreApplication.translate("receipt", "Tax base (DPP 11/12)"), money(tax.base)))
        label = QCoreApplication.translate("receipt", "{tax} {rate}% (included)").format(
            tax=tax.name, rate=tax.rate_percent
        )
        rows.append((label, money(tax.tax)))
    rows.append((QCoreApplication.translate("receipt", "Paid by"), method_label(payment.method)))
    if payment.reference:
        rows.append((QCoreApplication.translate("receipt", "Reference"), payment.reference))
    if sheet.cash_tendered is not None and sheet.change is not None:
        rows.append((QCoreApplication.translate("receipt", "Cash given"), money(sheet.cash_tendered)))
        rows.append((QCoreApplication.translate("receipt", "Change given"), money(sheet.change)))
    if payment.taken_by:
        rows.append((QCoreApplication.translate("receipt", "Taken by"), payment.taken_by))
    for refund in sheet.refunds:
        refund_number = f" ({refund.receipt_number:06d})" if refund.receipt_number else ""
        label = QCoreApplication.translate("receipt", "Refunded on {day}").format(day=_when(refund.taken_at))
        rows.append((label, f"{money(-refund.amount)}{refund_number}"))
    return rows


def _header(sheet: ReceiptSheet, settings_name: str) -> str:
    studio = sheet.studio
    lines = [html.escape(line) for line in studio.address.splitlines() if line.strip()]
    if studio.phone:
        phone = QCoreApplication.translate("receipt", "Phone {number}").format(number=studio.phone)
        lines.append(html.escape(phone))
    if studio.tax_number:
        npwp = QCoreApplication.translate("receipt", "NPWP {number}").format(number=studio.tax_number)
        lines.append(html.escape(npwp))
    details = "<br/>".join(lines)
    return (
        "<p align='center' style='margin:0; font-size:large; font-weight:600'>"
        f"{html.escape(settings_name)}</p>"
        + (f"<p align='center' style='margin:0; color:#444444'>{details}</p>" if details else "")
    )


def _body(rows: list[tuple[str, str]], paper: Paper) -> str:
    if paper.stacked:
        return "".join(
            f"<p style='margin:4px 0 0 0; color:#555555'>{html.escape(label)}</p>"
            f"<p style='margin:0'>{html.escape(value)}</p>"
            for label, value in rows
        )
    lines = "".join(
        f"<tr><td style='color:#555555; padding:2px 8px 2px 0'>{html.escape(label)}</td>"
        f"<td style='padding:2px 0'>{html.escape(value)}</td></tr>"
        for label, value in rows
    )
    return f"<table width='100%' cellspacing='0' cellpadding='0'>{lines}</table>"


def receipt_html(sheet: ReceiptSheet) -> str:
    paper = PAPERS[sheet.paper]
    name = sheet.studio.name or QCoreApplication.translate("receipt", "Studio Desk")
    title = QCoreApplication.translate("receipt", "Payment receipt")
    # A receipt printed again later says so, so that it is not taken for a second payment.
    copy_word = html.escape(QCoreApplication.translate("receipt", "COPY"))
    copy = (
        f"<p align='center' style='margin:6px 0; font-size:large; font-weight:700'>{copy_word}</p>"
        if sheet.copy else ""
    )
    own_words = "".join(
        f"<p align='center' style='margin:0'>{html.escape(line)}</p>"
        for line in sheet.studio_footer.splitlines() if line.strip()
    )
    return (
        f"<html><body style='font-family: sans-serif; font-size: {paper.font_pt}pt'>"
        f"{_header(sheet, name)}"
        f"<p align='center' style='margin-top:6px; margin-bottom:4px; color:#444444'>{html.escape(title)}</p>"
        f"{copy}<hr/>{_body(receipt_rows(sheet), paper)}<hr/>"
        f"<p style='margin-top:8px'>{html.escape(translated(sheet.footer))}</p>"
        f"{own_words}"
        "</body></html>"
    )


def build_receipt(sheet: ReceiptSheet) -> QTextDocument:
    """The receipt as a document laid out for its paper, ready to print, save or draw."""
    paper = PAPERS[sheet.paper]
    document = QTextDocument()
    document.setDocumentMargin(2 if paper.height_mm is None else 8)
    option = QTextOption()
    # A long reference or e-mail breaks anywhere rather than run off a narrow roll.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(receipt_html(sheet))
    document.setTextWidth(paper.text_width)
    height = (
        document.size().height() if paper.height_mm is None
        else (paper.height_mm - 2 * paper.margin_mm) / 25.4 * LAYOUT_DPI
    )
    # A page size of its own: without one, Qt prints with 2 cm margins, half of an 80 mm roll.
    document.setPageSize(QSizeF(paper.text_width, height))
    return document


def receipt_page(sheet: ReceiptSheet, document: QTextDocument) -> tuple[Page, float]:
    """The paper to print `document` on and its margin in mm: a roll is cut to its length."""
    paper = PAPERS[sheet.paper]
    if paper.height_mm is not None:
        size = QPageSize.PageSizeId.A4 if sheet.paper == "a4" else QPageSize.PageSizeId.A5
        return size, paper.margin_mm
    length = document.pageSize().height() / LAYOUT_DPI * 25.4 + 2 * paper.margin_mm
    roll = QPageSize(QSizeF(paper.width_mm, length), QPageSize.Unit.Millimeter, sheet.paper)
    return roll, paper.margin_mm


def print_receipt(sheet: ReceiptSheet, parent: QWidget | None = None) -> bool:
    """Ask which printer (the system's print dialog) and print; False when the person canceled."""
    document = build_receipt(sheet)
    page, margin = receipt_page(sheet, document)
    title = QCoreApplication.translate("receipt", "Print receipt")
    return print_document(document, parent, title=title, page=page, margins_mm=margin)


def save_receipt_pdf(sheet: ReceiptSheet, path: str | Path) -> Path:
    """Write the receipt as a PDF file at `path` (overwritten if it exists)."""
    document = build_receipt(sheet)
    page, margin = receipt_page(sheet, document)
    what = QCoreApplication.translate("receipt", "receipt")
    return save_pdf(document, path, what=what, page=page, margins_mm=margin)
