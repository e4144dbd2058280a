"""How a client pays, as the desk takes it for a booking or a pack: amount, method, reference,
cash given and the change due, live. The services decide what is acceptable; these fields only
ask, and show the services' words where the change cannot be given.

Its words keep the PaymentDialog's translation context, where they were first translated
(written out at each string, not through a helper, so that lupdate still finds them there).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from studio_desk import services
from studio_desk.services import PaymentMethod, ValidationError
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.labels import method_label
from studio_desk.ui.kit.messages import translated

NO_CHANGE_YET = "—"


class PaymentFields(QGroupBox):
    """The "Payment" box, its amount starting at `price`."""

    def __init__(self, desk: Desk, price: int, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PaymentDialog", "Payment"), parent)
        self.desk = desk
        self.amount = QLineEdit(formats.amount(price, desk.settings.currency))
        self.method = QComboBox()
        for method in services.METHOD_LABELS:
            # Qt keeps a str enum as a plain str; the value is turned back in chosen_method.
            self.method.addItem(method_label(method), method.value)
        self.reference = QLineEdit()
        self.cash_given = QLineEdit()
        self.cash_given.setPlaceholderText(
            QCoreApplication.translate("PaymentDialog", "What the client handed over, like {amount}").format(
                amount=formats.amount(200_000, desk.settings.currency)
            )
        )
        self.change = QLabel(NO_CHANGE_YET)
        self.change.setWordWrap(True)
        self.change.setStyleSheet("font-weight: 600;")

        self.form = QFormLayout(self)
        self.form.addRow(QCoreApplication.translate("PaymentDialog", "&Amount:"), self.amount)
        self.form.addRow(QCoreApplication.translate("PaymentDialog", "&Method:"), self.method)
        self.reference_label = QLabel()  # worded by _method_changed: required or optional
        self.reference_label.setBuddy(self.reference)
        self.form.addRow(self.reference_label, self.reference)
        self.form.addRow(QCoreApplication.translate("PaymentDialog", "Cash &given:"), self.cash_given)
        self.form.addRow(QCoreApplication.translate("PaymentDialog", "Change:"), self.change)

        self.method.currentIndexChanged.connect(self._method_changed)
        self.amount.textChanged.connect(self._update_change)
        self.cash_given.textChanged.connect(self._update_change)
        QWidget.setTabOrder(self.amount, self.method)
        QWidget.setTabOrder(self.method, self.reference)
        QWidget.setTabOrder(self.reference, self.cash_given)
        self._method_changed()

    def inputs(self) -> tuple[QWidget, ...]:
        """What a person fills in, first to last (for the dialog's watch_input and tab order)."""
        return (self.amount, self.method, self.reference, self.cash_given)

    def chosen_method(self) -> PaymentMethod:
        return PaymentMethod(self.method.currentData())

    def set_method(self, method: PaymentMethod) -> None:
        self.method.setCurrentIndex(self.method.findData(method.value))

    def reference_text(self) -> str | None:
        return self.reference.text().strip() or None

    def tendered_text(self) -> str | None:
        """The cash given, for cash only (what was typed before switching to card is not sent)."""
        if self.chosen_method() is not PaymentMethod.CASH:
            return None
        return self.cash_given.text().strip() or None

    def _method_changed(self) -> None:
        method = self.chosen_method()
        required = services.reference_required(method)
        if required:
            label = QCoreApplication.translate("PaymentDialog", "&Reference (required):")
            hint = QCoreApplication.translate("PaymentDialog", "The number on the slip or in the transfer")
        else:
            label = QCoreApplication.translate("PaymentDialog", "&Reference (optional):")
            hint = QCoreApplication.translate("PaymentDialog", "Not needed for cash")
        self.reference_label.setText(label)
        self.reference.setPlaceholderText(hint)
        is_cash = method is PaymentMethod.CASH
        self.form.setRowVisible(self.cash_given, is_cash)
        self.form.setRowVisible(self.change, is_cash)
        self._update_change()

    def _update_change(self) -> None:
        """Change due, live as the receptionist types; the service's words when it cannot be given."""
        if not self.cash_given.text().strip():
            self._show_change(NO_CHANGE_YET, problem=False)
            return
        try:
            currency = self.desk.settings.currency
            change = services.change_due(self.amount.text(), self.cash_given.text(), currency)
        except ValidationError as error:
            self._show_change(translated(error), problem=True)
        else:
            self._show_change(self.desk.money(change), problem=False)

    def _show_change(self, text: str, *, problem: bool) -> None:
        self.change.setText(text)
        weight = "400" if problem else "600"
        colour = "#7a1f1f" if problem else "#1d4d24"
        self.change.setStyleSheet(f"font-weight: {weight}; color: {colour};")

    def amount_reads(self) -> bool:
        try:
            services.parse_amount(self.amount.text(), what="The amount", currency=self.desk.settings.currency)
        except ValidationError:
            return False
        return True

    def cash_covers(self) -> bool:
        try:
            services.change_due(self.amount.text(), self.cash_given.text(), self.desk.settings.currency)
        except ValidationError:
            return False
        return True
