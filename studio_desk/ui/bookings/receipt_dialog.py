"""A receipt shown as it will print, with Print and Save as PDF: a booking's printed again (from
Booking details, marked COPY), a pack's just sold, a fee's just collected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import ReceiptSheet
from studio_desk.ui.bookings.receipt import build_receipt, print_receipt, save_receipt_pdf
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog


class ReceiptDialog(DeskDialog):
    """Show `sheet` (services.reprint_receipt, pack_sale_sheet, fee_payment_sheet, ...) and print
    it or save it as a PDF. `note`: what the desk says above the buttons (the change to give)."""

    def __init__(
        self, desk: Desk, sheet: ReceiptSheet, parent: QWidget | None = None, *, note: str = ""
    ) -> None:
        super().__init__(desk, parent)
        self.sheet = sheet
        self.setWindowTitle(self.tr("Receipt — {client}").format(client=sheet.client_name))
        self.preview = QTextBrowser()
        self.preview.setDocument(build_receipt(sheet))
        self.preview.setMinimumSize(420, 420)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = self.make_close_button()
        self.print_button.clicked.connect(self.print_it)
        self.save_button.clicked.connect(self.save_as_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        # As on the Paid page: Enter closes; printing asks the system's dialog, by its Alt+letter.
        self.set_main_button(self.close_button)
        self.set_first_field(self.close_button)
        if note:
            self._say(note)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet("color: #7a1f1f;" if problem else "color: #333333;")
        self.note.show()

    def print_it(self) -> None:
        if print_receipt(self.sheet, self):
            self._say(self.tr("The receipt went to the printer."))

    def save_as_pdf(self) -> None:
        name = services.receipt_file_name(self.sheet, self.tr("receipt"))
        title, files = self.tr("Save receipt as PDF"), self.tr("PDF files (*.pdf)")
        path = self.desk.prompts.save_path(self, title, name, files)
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> Path | None:
        try:
            saved = save_receipt_pdf(self.sheet, path)
        except OSError as error:
            self._say(str(error), problem=True)
            return None
        self._say(self.tr("Receipt saved to {path}").format(path=saved))
        return saved


def open_receipt(desk: Desk, sheet: ReceiptSheet, parent: QWidget | None, note: str = "") -> ReceiptDialog:
    """Open the receipt of money just taken (a pack sold, a fee collected) over `parent`, as the
    Paid page does for a booking: to print, save or close by Enter or Escape. It goes with its
    closing."""
    dialog = ReceiptDialog(desk, sheet, parent, note=note)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
