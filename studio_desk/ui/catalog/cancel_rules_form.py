"""A course's cancellation rules, as the Courses screen edits them: whether the course has rules,
the late-cancel window, what a late cancel and a no-show cost (the credit or the money paid, a
fee, or nothing), and for how many days a member who did not show may not book with the
membership. The services check every value (set_cancel_rules); the form only gathers them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from studio_desk.services import CancelRules, RuleCost
from studio_desk.ui.kit import formats

DEFAULT_WINDOW_HOURS = "24"


@dataclass(frozen=True)
class TypedRules:
    """What the form holds, to put back after a save that kept the course but refused the rules."""

    on: bool
    window_hours: str
    late_cost: int
    late_fee: str
    no_show_cost: int
    no_show_fee: str
    block_days: str


class CancelRulesForm(QGroupBox):
    """The "Cancellation rules" group. `wanted()` is what to save: the arguments of
    set_cancel_rules, or None for a course without rules."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cancellation rules"), parent)
        self.currency = currency
        self.had_rules = False  # the course had rules when shown: unticked, saving clears them
        self.on_box = QCheckBox(self.tr("R&ules for this course"))
        self.window_edit = QLineEdit()
        self.window_edit.setPlaceholderText(self.tr("a cancel later than this is late"))
        self.late_cost = self._cost_box()
        self.late_fee = QLineEdit()
        self.no_show_cost = self._cost_box()
        self.no_show_fee = QLineEdit()
        self.block_edit = QLineEdit()
        self.block_edit.setPlaceholderText(self.tr("0: members are not blocked"))
        for fee in (self.late_fee, self.no_show_fee):
            fee.setPlaceholderText(self.tr("the fee"))
            fee.setAccessibleName(self.tr("Fee ({currency})").format(currency=currency))

        form = QFormLayout(self)
        form.addRow(self.on_box)
        form.addRow(self.tr("Late-cancel w&indow (hours):"), self.window_edit)
        # A label's Alt+letter goes to the cost's box, not to the row around it.
        late_label = QLabel(self.tr("A late &cancel costs:"))
        late_label.setBuddy(self.late_cost)
        form.addRow(late_label, self._cost_row(self.late_cost, self.late_fee))
        no_show_label = QLabel(self.tr("A n&o-show costs:"))
        no_show_label.setBuddy(self.no_show_cost)
        form.addRow(no_show_label, self._cost_row(self.no_show_cost, self.no_show_fee))
        form.addRow(self.tr("&Membership blocked after a no-show (days):"), self.block_edit)

        self.on_box.toggled.connect(self._enable)
        self.late_cost.currentIndexChanged.connect(self._enable)
        self.no_show_cost.currentIndexChanged.connect(self._enable)
        self.show_rules(None)

    def _cost_box(self) -> QComboBox:
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.addItem(self.tr("the credit or the money paid"), RuleCost.CREDIT.value)
        box.addItem(self.tr("a fee"), RuleCost.FEE.value)
        box.addItem(self.tr("nothing"), RuleCost.NOTHING.value)
        return box

    def _cost_row(self, cost: QComboBox, fee: QLineEdit) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(cost)
        layout.addWidget(QLabel(self.tr("Fee ({currency}):").format(currency=self.currency)))
        # Room for a fee in the millions (and its placeholder) however the cost's words run.
        fee.setMinimumWidth(fee.fontMetrics().horizontalAdvance("00,000,000") + 24)
        layout.addWidget(fee, 1)
        return row

    def fields(self) -> tuple[QWidget, ...]:
        return (
            self.on_box, self.window_edit, self.late_cost, self.late_fee, self.no_show_cost, self.no_show_fee,
            self.block_edit,
        )

    def _enable(self) -> None:
        """The values only while the course has rules; a fee's amount only where it costs a fee."""
        on = self.on_box.isChecked()
        for field in (self.window_edit, self.late_cost, self.no_show_cost, self.block_edit):
            field.setEnabled(on)
        self.late_fee.setEnabled(on and self.late_cost.currentData() == RuleCost.FEE.value)
        self.no_show_fee.setEnabled(on and self.no_show_cost.currentData() == RuleCost.FEE.value)

    def show_rules(self, rules: CancelRules | None) -> None:
        """A course's rules as stored; None: a course without rules (the fields offer a start)."""
        self.had_rules = rules is not None
        self.on_box.setChecked(rules is not None)
        if rules is None:
            self.window_edit.setText(DEFAULT_WINDOW_HOURS)
            self._show_cost(self.late_cost, self.late_fee, RuleCost.CREDIT, 0)
            self._show_cost(self.no_show_cost, self.no_show_fee, RuleCost.CREDIT, 0)
            self.block_edit.setText("0")
        else:
            self.window_edit.setText(str(rules.late_cancel_hours))
            self._show_cost(self.late_cost, self.late_fee, rules.late_cancel_cost, rules.late_cancel_fee)
            self._show_cost(self.no_show_cost, self.no_show_fee, rules.no_show_cost, rules.no_show_fee)
            self.block_edit.setText(str(rules.member_block_days))
        self._enable()

    def _show_cost(self, box: QComboBox, fee: QLineEdit, cost: RuleCost, amount: int) -> None:
        box.setCurrentIndex(max(0, box.findData(cost.value)))
        fee.setText(formats.amount(amount, self.currency) if amount else "")

    def wanted(self) -> dict[str, object] | None:
        """The rules as typed, for set_cancel_rules; None when the course is to have none."""
        if not self.on_box.isChecked():
            return None
        late, no_show = self.late_cost.currentData(), self.no_show_cost.currentData()
        return {
            "late_cancel_hours": self.window_edit.text(),
            "late_cancel_cost": late,
            "late_cancel_fee": self.late_fee.text() if late == RuleCost.FEE.value else 0,
            "no_show_cost": no_show,
            "no_show_fee": self.no_show_fee.text() if no_show == RuleCost.FEE.value else 0,
            "member_block_days": self.block_edit.text(),
        }

    def typed(self) -> TypedRules:
        return TypedRules(
            self.on_box.isChecked(), self.window_edit.text(), self.late_cost.currentIndex(),
            self.late_fee.text(), self.no_show_cost.currentIndex(), self.no_show_fee.text(),
            self.block_edit.text(),
        )

    def put_back(self, typed: TypedRules) -> None:
        self.on_box.setChecked(typed.on)
        self.window_edit.setText(typed.window_hours)
        self.late_cost.setCurrentIndex(typed.late_cost)
        self.late_fee.setText(typed.late_fee)
        self.no_show_cost.setCurrentIndex(typed.no_show_cost)
        self.no_show_fee.setText(typed.no_show_fee)
        self.block_edit.setText(typed.block_days)
        self._enable()
