"""Printing a QTextDocument (receipt, cash-up, coach report) or saving it as a PDF file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

A4 = QPageSize.PageSizeId.A4
A5 = QPageSize.PageSizeId.A5


def _printer(page: QPageSize.PageSizeId) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(page))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def print_document(
    document: QTextDocument, parent: QWidget | None, *, title: str, page: QPageSize.PageSizeId = A4
) -> bool:
    """Ask which printer (the system's print dialog) and print; False when the person canceled."""
    printer = _printer(page)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def save_pdf(
    document: QTextDocument, path: str | Path, *, what: str, page: QPageSize.PageSizeId = A4
) -> Path:
    """Write `document` as a PDF at `path` (overwritten if it exists); `what` names it in the
    message when it cannot be written, as in "The receipt could not be saved to ..." (pass it in
    the desk's language)."""
    target = Path(path)
    printer = _printer(page)
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
