"""Refunding a pack or membership and closing it: the amount the services work out for what is
left (`default_refund`), chosen already, and the way it goes back, as for a booking's refund
(RefundMethodFields: the methods that took the money first). An admin may refund another
amount, none included, with a reason. The service (`refund_pack`) decides; its refusal shows
beside the field it is about, with everything typed kept. Once refunded, the desk says the
receipt's number."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Change, ChangeKind, PackRefund, PackView, RefundMethods
from studio_desk.ui.bookings.refund_method_fields import RefundMethodFields
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.messages import Problem
from studio_desk.ui.packs.client_packs_panel import pack_line

# The pack closes and money goes back: the Clients screen and the day's takings read again.
REFUNDED = Change.of_kinds(ChangeKind.PACKS, ChangeKind.PAYMENTS)
# The services' names for the fields (services/packs/refunds.py and money/refund_methods.py).
AMOUNT_FIELD: Final = "The refund"
REASON_FIELD = "the reason"


class RefundDialog(DeskDialog):
    """Refund `pack` and close it. Emits `refunded(PackRefund)`."""

    refunded = Signal(object)  # PackRefund

    def __init__(self, desk: Desk, pack: PackView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.pack = pack
        self.refund: PackRefund | None = None
        self.usual: int | None = None  # what the services work out, once they answered
        self.setWindowTitle(
            self.tr("Refund pack #{pack} — {client}").format(pack=pack.id, client=pack.client_name)
        )
        self.setMinimumWidth(520)
        admin = services.is_admin(desk.actor)

        summary = QLabel(pack_line(pack))
        summary.setWordWrap(True)
        closes = QLabel(
            self.tr("The pack closes. Bookings already paid with it keep their sessions.")
        )
        closes.setWordWrap(True)
        self.amount = QLineEdit()
        # The front desk refunds what the services work out; another amount is an admin's.
        self.amount.setReadOnly(not admin)
        self.usual_note = QLabel()
        self.usual_note.setWordWrap(True)
        self.amount_reason = QLineEdit()
        self.amount_reason.setPlaceholderText(self.tr("Like: moved abroad, half given back as agreed"))
        self.error = InlineError()
        self.refund_button = QPushButton(self.tr("&Refund"))
        self.cancel_button = self.make_cancel_button()
        self.refund_button.clicked.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("Pack:"), summary)
        form.addRow("", closes)
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow("", self.usual_note)
        self.refund_way = RefundMethodFields(desk, form, self._refund_amount, self)
        form.addRow(self.tr("Rea&son for another amount (admin):"), self.amount_reason)
        form.setRowVisible(self.amount_reason, admin)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        chain = [
            self.amount, *self.refund_way.inputs(), self.amount_reason, self.refund_button, self.cancel_button
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.set_main_button(self.refund_button)
        # The amount is set for the front desk: how it goes back comes first; an admin may change it.
        self.set_first_field(self.amount if admin else self.refund_way.method)
        self.watch_input(self.amount, self.amount_reason, *self.refund_way.inputs())
        self.name_field(AMOUNT_FIELD, self.amount, self._amount_reads)
        self.name_field("the reference", self.refund_way.reference)
        self.name_field("the refund method", self.refund_way.method)
        self.name_field(REASON_FIELD, self.amount_reason)
        self.amount.textChanged.connect(self.refund_way.refresh)

        actor, pack_id = desk.actor, pack.id
        if actor is not None:  # signed out: Refund asks the person to sign in
            desk.read(lambda db: services.default_refund(db, actor, pack_id), self._show_usual,
                      self._failed, owner=self)
            desk.read(lambda db: services.pack_refund_methods(db, actor, pack_id), self._show_methods,
                      self._failed, owner=self)

    def _show_usual(self, usual: int) -> None:
        self.usual = usual
        self.amount.setText(formats.amount(usual, self.desk.settings.currency))
        self.usual_note.setText(
            self.tr("What is left of it comes to {amount}.").format(amount=self.desk.money(usual))
        )
        self.watch_input(self.amount)  # filled in by the desk: nothing typed yet

    def _show_methods(self, methods: RefundMethods) -> None:
        self.refund_way.show_methods(methods)
        self.watch_input(self.refund_way.method)  # chosen by the desk: nothing typed yet

    def _refund_amount(self) -> int:
        """The refund as typed; one that does not read counts as what the services work out."""
        try:
            return services.parse_amount(
                self.amount.text(), what="The refund", currency=self.desk.settings.currency
            )
        except services.ValidationError:
            return self.usual or 0

    def _amount_reads(self) -> bool:
        try:
            services.parse_amount(self.amount.text(), what="The refund", currency=self.desk.settings.currency)
        except services.ValidationError:
            return False
        return True

    def _another_amount(self) -> bool:
        """Whether the amount is not the one the services worked out, as shown."""
        shown = None if self.usual is None else formats.amount(self.usual, self.desk.settings.currency)
        return self.amount.text() != shown

    def submit(self) -> None:
        self.error.clear_message()
        # Read everything on the GUI thread; the work below only passes plain values on.
        pack_id, method = self.pack.id, self.refund_way.chosen_method
        reference = self.refund_way.reference.text()
        # The amount shown as worked out is passed as none: the services work it out again then.
        amount = self.amount.text() if self._another_amount() else None
        reason = self.amount_reason.text().strip() or None
        method_reason = self.refund_way.method_reason_text()
        # "the reason" is the amount's while another amount has none yet, else the method's (the
        # services ask for the amount's first).
        method_first = self.refund_way.needs_method_reason and not (amount is not None and reason is None)
        self.name_field(REASON_FIELD, self.refund_way.method_reason if method_first else self.amount_reason)
        self.refund_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.refund_pack(
                db, actor, pack_id, method=method or "", reference=reference, amount=amount, reason=reason,
                method_reason=method_reason,
            ),
            self._refunded,
            self._failed,
            change=REFUNDED,
            owner=self,
        )

    def _failed(self, message: str) -> None:
        self.refund_button.setEnabled(True)
        if not (isinstance(message, Problem) and message.about):
            self.refund_way.method.setFocus()
        self.show_problem(self.error, message)

    def _refunded(self, refund: PackRefund) -> None:
        self.refund = refund
        self.forget_input()
        self.refunded.emit(refund)
        self.accept()
        self.desk.prompts.info(self.parentWidget(), self.refunded_note(refund))

    def refunded_note(self, refund: PackRefund) -> str:
        """"Refunded Rp 840,000 for pack #12; it is closed. Receipt 000031."."""
        line = refund.line
        if line is None:
            return self.tr("Pack #{pack} is closed with nothing given back.").format(pack=refund.pack.id)
        note = self.tr("Refunded {amount} for pack #{pack}; it is closed.").format(
            amount=self.desk.money(-line.amount), pack=refund.pack.id
        )
        if line.receipt_number is not None:
            note += " " + self.tr("Receipt {number}.").format(number=line.receipt_number)
        return note
