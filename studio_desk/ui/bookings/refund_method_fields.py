"""The way a refund goes back, as the desk asks for it for a booking (the cancel dialog) or a pack
(the refund dialog): the method, an admin's reason when that method did not take the money, and
the reference.

The methods come from the services (`RefundMethods`): first the ones that took money, then, after
a line, the others. Those need an admin's reason, asked for in a row that shows only while one of
them is chosen; for anyone else they are listed but cannot be chosen, so a person sees the way
exists and whose it is. Whether a reason is needed is the services' answer (`needs_reason`).

Its words keep the CancelDialog's translation context, where they were first translated (written
out at each string, not through a helper, so that lupdate still finds them there).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from studio_desk import services
from studio_desk.services import PaymentMethod, RefundMethods
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.labels import method_label


class RefundMethodFields(QObject):
    """The method, its reason and the reference, added as rows to `form`. `refund_amount()` is
    the amount the refund is for as typed (what counts when it does not read)."""

    def __init__(
        self, desk: Desk, form: QFormLayout, refund_amount: Callable[[], int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self._form = form
        self._refund_amount = refund_amount
        self.methods: RefundMethods | None = None  # what the services say a refund may go back by
        self.method = QComboBox()
        self.method_reason = QLineEdit()
        self.method_reason.setPlaceholderText(
            QCoreApplication.translate("CancelDialog", "e.g. the client's card was cancelled")
        )
        self.method_reason_label = QLabel(
            QCoreApplication.translate("CancelDialog", "&Why by this method (admin):")
        )
        self.method_reason_label.setBuddy(self.method_reason)
        self.reference = QLineEdit()
        self.reference_label = QLabel()  # worded by refresh: required or optional
        self.reference_label.setBuddy(self.reference)
        form.addRow(QCoreApplication.translate("CancelDialog", "&Given back by:"), self.method)
        form.addRow(self.method_reason_label, self.method_reason)
        form.addRow(self.reference_label, self.reference)
        self.method.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def inputs(self) -> tuple[QWidget, ...]:
        """What a person fills in, first to last."""
        return (self.method, self.method_reason, self.reference)

    def show_methods(self, methods: RefundMethods) -> None:
        """The methods that took money first (the usual one chosen), then the others, which only
        an admin may choose."""
        self.methods = methods
        self.method.blockSignals(True)
        self.method.clear()
        for method, amount in methods.took:
            text = QCoreApplication.translate("CancelDialog", "{method} (paid {amount})").format(
                method=method_label(method), amount=self.desk.money(amount)
            )
            self.method.addItem(text, method)
        if methods.took and methods.others:
            self.method.insertSeparator(self.method.count())
        model = self.method.model()
        for method in methods.others:
            text = QCoreApplication.translate("CancelDialog", "{method} (admin, with a reason)").format(
                method=method_label(method)
            )
            self.method.addItem(text, method)
            if not methods.others_allowed and isinstance(model, QStandardItemModel):
                item = model.item(self.method.count() - 1)
                item.setEnabled(False)
                item.setToolTip(
                    QCoreApplication.translate(
                        "CancelDialog", "Only an admin can refund by a method that did not take the money."
                    )
                )
        self.method.setCurrentIndex(0)
        self.method.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Word the reference as the chosen method needs it, and show the reason's row while the
        refund needs one (call again when the amount changes)."""
        # The service says which methods need a reference; the label only tells the person.
        method = self.chosen_method
        if method is not None and services.reference_required(method):
            self.reference_label.setText(QCoreApplication.translate("CancelDialog", "R&eference (required):"))
        else:
            self.reference_label.setText(QCoreApplication.translate("CancelDialog", "R&eference (optional):"))
        self._form.setRowVisible(self.method_reason, self.needs_method_reason)

    @property
    def chosen_method(self) -> PaymentMethod | None:
        """The method chosen; None until the services said which there are."""
        # Qt keeps a str enum as a plain str: turned back here.
        data = self.method.currentData()
        return None if data is None else PaymentMethod(data)

    @property
    def needs_method_reason(self) -> bool:
        """Whether the refund as chosen goes back by a method that did not take that much, so
        an admin says why (the services decide)."""
        method = self.chosen_method
        if self.methods is None or method is None:
            return False
        return self.methods.needs_reason(method, self._refund_amount())

    def method_reason_text(self) -> str | None:
        """The admin's reason for the method, passed on only while one is needed."""
        return self.method_reason.text() if self.needs_method_reason else None
