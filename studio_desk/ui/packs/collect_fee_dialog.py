"""Collecting a fee a client owes: the fee's sentence, then the payment as the desk takes any
payment (PaymentFields), for the fee's own amount. The service (`collect_fee`) decides; its
refusal shows in the dialog with everything typed kept. Once collected, the receipt opens (to
print, save as PDF or close) with the change to give said above its buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Change, ChangeKind, FeePayment, FeeView
from studio_desk.ui.bookings.payment_fields import PaymentFields
from studio_desk.ui.bookings.receipt_dialog import ReceiptDialog, open_receipt
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.messages import Problem, translated

# The fee's state and the till's money: the Clients screen and the day's takings read again.
COLLECTED = Change.of_kinds(ChangeKind.PACKS, ChangeKind.PAYMENTS)


class CollectFeeDialog(DeskDialog):
    """Take the money for `fee`. Emits `collected(FeePayment)`."""

    collected = Signal(object)  # FeePayment

    def __init__(self, desk: Desk, fee: FeeView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.fee = fee
        self.payment: FeePayment | None = None
        self.receipt_dialog: ReceiptDialog | None = None  # the fee's receipt, once collected
        self.setWindowTitle(self.tr("Collect a fee — {client}").format(client=fee.client_name))
        self.setMinimumWidth(480)

        said = QLabel(translated(fee.said))
        said.setWordWrap(True)
        self.fields = PaymentFields(desk, fee.amount)
        # The fee's amount is what is owed: it is shown, not typed (the service takes it whole).
        self.fields.amount.setReadOnly(True)
        self.error = InlineError()
        self.collect_button = QPushButton(self.tr("Collec&t"))
        self.cancel_button = self.make_cancel_button()
        self.collect_button.clicked.connect(self.collect)

        top = QFormLayout()
        top.addRow(self.tr("Client:"), QLabel(fee.client_name))
        top.addRow(self.tr("Fee:"), said)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.collect_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        chain = [*self.fields.inputs(), self.collect_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.set_main_button(self.collect_button)
        self.set_first_field(self.fields.method)  # the amount is fixed: how it is paid comes first
        self.watch_input(*self.fields.inputs())
        self.name_field("The cash given", self.fields.cash_given, self.fields.cash_covers)
        self.name_field("the reference", self.fields.reference)

    def collect(self) -> None:
        self.error.clear_message()
        fields, fee_id = self.fields, self.fee.id
        method, reference, tendered = fields.chosen_method(), fields.reference_text(), fields.tendered_text()
        self.collect_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.collect_fee(
                db, actor, fee_id, method=method, reference=reference, cash_tendered=tendered
            ),
            self._collected,
            self._refused,
            change=COLLECTED,
            owner=self,
        )

    def _refused(self, message: str) -> None:
        self.collect_button.setEnabled(True)
        if not (isinstance(message, Problem) and message.about):
            self.fields.method.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_problem(self.error, message)

    def _collected(self, payment: FeePayment) -> None:
        self.payment = payment
        self.forget_input()
        self.collected.emit(payment)
        self.accept()
        sheet, note = services.fee_payment_sheet(payment, self.desk.settings), self.collected_note(payment)
        self.receipt_dialog = open_receipt(self.desk, sheet, self.parentWidget(), note)

    def collected_note(self, payment: FeePayment) -> str:
        """"Collected Rp 100,000 from Jane Roe. Receipt 000031. Give back Rp 50,000 change."."""
        fee = payment.fee
        note = self.tr("Collected {amount} from {client}.").format(
            amount=self.desk.money(fee.amount), client=fee.client_name
        )
        if payment.line.receipt_number is not None:
            note += " " + self.tr("Receipt {number}.").format(number=payment.line.receipt_number)
        if payment.change:
            note += " " + self.tr("Give back {change} change.").format(change=self.desk.money(payment.change))
        return note
