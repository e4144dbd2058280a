"""Taking payment for one booking: amount, method, reference, cash and change; then the receipt.

The dialog has two pages, shown one at a time. The form asks how the client pays; the service
(`mark_paid`) decides whether that is acceptable, and its message is shown in the dialog with
everything typed kept.
After success the dialog says the booking is paid and waits for the coach, as the web platform's
success page does, and offers the receipt at once: print it, or save it as a PDF. The receipt
is what the service answered (`PaymentReceipt`), so nothing is read again to print it.

When the client has a pack that can pay for the session (`usable_packs`), the form offers it
first, chosen as New booking chooses it; paying with it uses one credit (`pay_with_pack`): no
money changes hands, so the success page offers no receipt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, PaymentMethod, PaymentReceipt, ReceiptSheet
from studio_desk.ui.bookings.booking_packs import paid_with_text
from studio_desk.ui.bookings.payment_fields import PaymentFields
from studio_desk.ui.bookings.receipt import build_receipt, print_receipt, save_receipt_pdf, session_text
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.labels import method_label
from studio_desk.ui.kit.messages import Problem
from studio_desk.ui.packs.pack_choice import PackChoiceBox

# The English text of the success message (tests compare with it); shown translated.
PAID_MESSAGE = "Paid. The booking now waits for the coach's confirmation."


class PaymentDialog(DeskDialog):
    """Take the payment of `booking`. Emits `paid(BookingView)` once the service accepted it."""

    paid = Signal(object)  # BookingView, now paid

    def __init__(self, desk: Desk, booking: BookingView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.booking = booking
        self.receipt: PaymentReceipt | None = None  # the service's answer, once paid
        self.setWindowTitle(self.tr("Take payment — {client}").format(client=booking.client_name))
        self.setMinimumWidth(480)

        # Two pages, one shown at a time; not a QStackedWidget, which keeps the larger one's size.
        self.form_page = self._build_form_page()
        self.success_page = self._build_success_page()
        self.success_page.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_page)
        layout.addWidget(self.success_page)

        self.set_main_button(self.pay_button)
        self.set_first_field(self.amount)
        self.watch_input(self.amount, self.method, self.reference, self.cash_given)
        self.name_field("The amount", self.amount, self.fields.amount_reads)
        self.name_field("The cash given", self.cash_given, self.fields.cash_covers)
        self.name_field("the reference", self.reference)
        self.amount.setFocus()
        self.amount.selectAll()
        self.pack_choice.ask(booking.client_id, booking.course_id, booking.start_at)

    # The form ---------------------------------------------------------------------------

    def _build_form_page(self) -> QWidget:
        booking = self.booking
        summary = QGroupBox(self.tr("Booking"))
        summary_form = QFormLayout(summary)
        for label, value in (
            (self.tr("Client:"), booking.client_name),
            (self.tr("Course:"), booking.course_title),
            (self.tr("Coach:"), booking.coach_name),
            (self.tr("Session:"), session_text(booking)),
            (self.tr("Price:"), self.desk.money(booking.price)),
        ):
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            summary_form.addRow(label, shown)

        # The client's packs for this session, when they have any; else the money fields alone.
        self.pack_choice = PackChoiceBox(self.desk, without_pack=self.tr("Pay &with money"))
        self.pack_choice.changed.connect(self._show_pay_way)

        # The payment's fields are shared with selling a pack (PaymentFields); kept here by name too.
        self.fields = PaymentFields(self.desk, booking.price)
        fields = self.fields
        self.amount, self.method, self.reference = fields.amount, fields.method, fields.reference
        self.cash_given, self.change = fields.cash_given, fields.change
        self.reference_label = fields.reference_label

        self.error = InlineError()
        self.pay_button = QPushButton(self.tr("&Pay"))
        self.cancel_button = self.make_cancel_button()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.pay_button)
        buttons.addWidget(self.cancel_button)

        self.pay_button.clicked.connect(self.pay)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(summary)
        layout.addWidget(self.pack_choice)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.pack_choice, self.amount)
        QWidget.setTabOrder(self.cash_given, self.pay_button)
        QWidget.setTabOrder(self.pay_button, self.cancel_button)
        return page

    def chosen_method(self) -> PaymentMethod:
        return self.fields.chosen_method()

    def set_method(self, method: PaymentMethod) -> None:
        self.fields.set_method(method)

    def _show_pay_way(self) -> None:
        """With a pack chosen, nothing about money is asked: Pay uses one of its credits."""
        with_pack = self.pack_choice.chosen_pack() is not None
        self.fields.setVisible(not with_pack)
        self.pay_button.setText(self.tr("&Pay with pack") if with_pack else self.tr("&Pay"))
        first = self.pack_choice if with_pack else self.amount
        self.set_first_field(first)
        focus = self.focusWidget()
        if with_pack and (focus is None or not self.pack_choice.isAncestorOf(focus)):
            self.pack_choice.setFocus()  # the packs arrived after the dialog opened on the amount

    def pay(self) -> None:
        """Ask the service to take the payment; its refusal is shown in the dialog."""
        self.error.clear_message()
        pack_id = self.pack_choice.chosen_pack()
        if pack_id is not None:
            self._pay_with_pack(pack_id)
            return
        method = self.chosen_method()
        amount_text = self.amount.text()
        reference, tendered = self.fields.reference_text(), self.fields.tendered_text()
        booking_id = self.booking.id
        self.pay_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.mark_paid(
                db, actor, booking_id, method=method, reference=reference, amount=amount_text,
                cash_tendered=tendered,
            ),
            self._paid,
            self._refused,
            owner=self,
        )

    def _pay_with_pack(self, pack_id: int) -> None:
        booking_id = self.booking.id
        self.pay_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.pay_with_pack(db, actor, booking_id, pack_id=pack_id),
            self._paid_with_pack,
            self._refused,
            owner=self,
        )

    def _paid_with_pack(self, booking: BookingView) -> None:
        self.show_paid_with_pack(booking)
        self.paid.emit(booking)

    def _refused(self, message: str) -> None:
        self.pay_button.setEnabled(True)
        if not (isinstance(message, Problem) and message.about):
            # A refusal about no one field: start again from the top.
            first = self.pack_choice if self.pack_choice.chosen_pack() is not None else self.amount
            first.setFocus()
        self.show_problem(self.error, message)  # one about a field puts the cursor there

    def _paid(self, receipt: PaymentReceipt) -> None:
        self.show_paid(receipt)
        self.paid.emit(receipt.booking)

    def show_paid(self, receipt: PaymentReceipt) -> None:
        """The success page and its receipt buttons for a payment's receipt: the one the service
        just answered, or one printed again later (`BookingDetails.receipt`; the screenshots)."""
        self.receipt = receipt
        self._show_success(receipt)

    # Success and the receipt ----------------------------------------------------------------

    def _build_success_page(self) -> QWidget:
        self.success_text = QLabel(self.tr("Paid. The booking now waits for the coach's confirmation."))
        self.success_text.setWordWrap(True)
        self.success_text.setStyleSheet(
            "QLabel { font-size: 13pt; font-weight: 600; color: #1d4d24; background: #d9f2dc;"
            " border: 1px solid #b5dfbb; border-radius: 4px; padding: 12px; }"
        )
        self.paid_client = QLabel()
        self.paid_session = QLabel()
        self.paid_session.setWordWrap(True)
        self.paid_amount = QLabel()
        self.change_given = QLabel()
        self.change_given.setTextFormat(Qt.TextFormat.RichText)
        self.success_form = QFormLayout()
        self.success_form.addRow(self.tr("Client:"), self.paid_client)
        self.success_form.addRow(self.tr("Session:"), self.paid_session)
        self.success_form.addRow(self.tr("Paid:"), self.paid_amount)
        self.success_form.addRow(self.tr("Give back:"), self.change_given)
        self.receipt_note = QLabel()
        self.receipt_note.setWordWrap(True)
        self.receipt_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_note.hide()
        self.print_button = QPushButton(self.tr("&Print receipt…"))
        self.save_pdf_button = QPushButton(self.tr("&Save receipt as PDF…"))
        self.close_button = QPushButton(self.tr("C&lose"))
        self.print_button.clicked.connect(self.print_receipt)
        self.save_pdf_button.clicked.connect(self.save_receipt_as_pdf)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_pdf_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.success_text)
        layout.addLayout(self.success_form)
        layout.addWidget(self.receipt_note)
        layout.addSpacing(8)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    def show_paid_with_pack(self, booking: BookingView) -> None:
        """The success page for a booking a pack paid for: no money, so no receipt or change."""
        assert booking.paid_with_pack is not None
        self.paid_amount.setText(paid_with_text(booking.paid_with_pack))
        self.success_form.setRowVisible(self.change_given, False)
        self.print_button.hide()
        self.save_pdf_button.hide()
        self._to_success_page(booking)

    def _show_success(self, receipt: PaymentReceipt) -> None:
        booking, payment = receipt.booking, receipt.payment
        self.paid_amount.setText(
            self.tr("{amount} by {method}").format(
                amount=self.desk.money(booking.paid_total),
                method=method_label(payment.method if payment else self.chosen_method()),
            )
        )
        if receipt.change is not None and receipt.cash_tendered is not None:
            big = f"<span style='font-size: 13pt; font-weight: 600'>{self.desk.money(receipt.change)}</span>"
            given = self.desk.money(receipt.cash_tendered)
            text = self.tr("{change} change, of {given} given").format(change=big, given=given)
            self.change_given.setText(text)
        self.success_form.setRowVisible(self.change_given, receipt.change is not None)
        self._to_success_page(booking)

    def _to_success_page(self, booking: BookingView) -> None:
        if booking.status is BookingStatus.CONFIRMED:  # a class's place, by the studio's setting
            self.success_text.setText(self.tr("Paid and confirmed: the place in the class is theirs."))
        self.paid_client.setText(booking.client_name)
        self.paid_session.setText(
            self.tr("{course} with {coach}, {session}").format(
                course=booking.course_title, coach=booking.coach_name, session=session_text(booking)
            )
        )
        self.form_page.hide()
        self.success_page.show()
        self.forget_input()  # taken: nothing typed is lost by closing now
        self.set_main_button(self.close_button)
        self.set_first_field(self.close_button)
        self.adjustSize()  # the success page is smaller than the form
        self.setWindowTitle(self.tr("Paid — {client}").format(client=booking.client_name))
        self.close_button.setFocus()

    def _note(self, text: str, *, problem: bool = False) -> None:
        self.receipt_note.setText(text)
        self.receipt_note.setStyleSheet("color: #7a1f1f;" if problem else "color: #333333;")
        self.receipt_note.show()

    def receipt_sheet(self) -> ReceiptSheet:
        """What the receipt says, as the services word it for the studio's settings."""
        if self.receipt is None:
            raise RuntimeError("the receipt is offered only once the payment is taken")
        return services.receipt_sheet(self.receipt, self.desk.settings)

    def receipt_document(self) -> QTextDocument:
        return build_receipt(self.receipt_sheet())

    def print_receipt(self) -> None:
        if print_receipt(self.receipt_sheet(), self):
            self._note(self.tr("The receipt went to the printer."))

    def save_receipt_as_pdf(self) -> None:
        path = self.choose_pdf_path()
        if path:
            self.save_receipt_to(path)

    def choose_pdf_path(self) -> str | None:
        """Where to save the PDF (the system's file chooser); tests call `save_receipt_to` instead."""
        # Named by day, client and number, "receipt" in the desk's language: "... struk 000012.pdf".
        name = services.receipt_file_name(self.receipt_sheet(), self.tr("receipt"))
        return self.desk.prompts.save_path(
            self, self.tr("Save receipt as PDF"), name, self.tr("PDF files (*.pdf)")
        )

    def save_receipt_to(self, path: str | Path) -> Path | None:
        try:
            saved = save_receipt_pdf(self.receipt_sheet(), path)
        except OSError as error:
            self._note(str(error), problem=True)
            return None
        self._note(self.tr("Receipt saved to {path}").format(path=saved))
        return saved
