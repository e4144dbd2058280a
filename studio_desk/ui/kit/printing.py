"""Printing a QTextDocument (receipt, cash-up, coach report) or saving it as a PDF file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

A4 = QPageSize.PageSizeId.A4
A5 = QPageSize.PageSizeId.A5

# A page: one of Qt's sizes, or a size of its own (a thermal roll cut to the receipt's length).
Page = QPageSize.PageSizeId | QPageSize


def _printer(page: Page, margins_mm: float | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(page if isinstance(page, QPageSize) else QPageSize(page))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    if margins_mm is not None:  # a roll's few millimetres, where the system's default eats half of it
        margins = QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm)
        printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    return printer


def print_document(
    document: QTextDocument, parent: QWidget | None, *, title: str, page: Page = A4,
    margins_mm: float | None = None,
) -> bool:
    """Ask which printer (the system's print dialog) and print; False when the person canceled."""
    printer = _printer(page, margins_mm)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def save_pdf(
    document: QTextDocument, path: str | Path, *, what: str, page: Page = A4,
    margins_mm: float | None = None,
) -> Path:
    """Write `document` as a PDF at `path` (overwritten if it exists); `what` names it in the
    message when it cannot be written, as in "The receipt could not be saved to ..." (pass it in
    the desk's language)."""
    target = Path(path)
    printer = _printer(page, margins_mm)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setDocName(what[:1].upper() + what[1:])
    document.print_(printer)
    # QPrinter says nothing when it cannot write (a read-only folder, a full disk).
    if not target.is_file() or target.stat().st_size == 0:
        raise OSError(
            QCoreApplication.translate(
                "printing", "The {what} could not be saved to {path}. Choose another folder."
            ).format(what=what, path=target)
        )
    return target
