"""A client's fees for late cancels and no-shows on the Clients screen: the services' sentence
for each ("Owes Rp 100,000 for a no-show on 3 Dec 2025") and its state, the owed ones marked,
with Collect (the front desk) and Waive (an admin) for the chosen one. Who may do which is the
services' decision (`is_desk`, `is_admin`); the panel only asks, and the Clients screen opens
the dialogs it asks for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import FeeState, FeeView
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.messages import translated

# The inline error's colours: what is owed reads as something to see to.
OWED_TEXT = QColor("#7a1f1f")
OWED_BACKGROUND = QColor("#fbe0e0")


def fee_state_label(state: FeeState) -> str:
    return {
        FeeState.OWED: QCoreApplication.translate("client_fees", "Owed"),
        FeeState.COLLECTED: QCoreApplication.translate("client_fees", "Collected"),
        FeeState.WAIVED: QCoreApplication.translate("client_fees", "Waived"),
        FeeState.KEPT: QCoreApplication.translate("client_fees", "Kept from the payment"),
    }[state]


def fee_line(fee: FeeView) -> str:
    """"Owes Rp 100,000 for a no-show on 03 Dec 2025 · Owed", in the desk's language."""
    return f"{translated(fee.said)} · {fee_state_label(fee.state)}"


class FeesPanel(QWidget):
    """The fees of the client `show_client` was last given. `collect_asked` and `waive_asked`
    carry the chosen fee when its button is pressed."""

    collect_asked = Signal(object)  # FeeView
    waive_asked = Signal(object)  # FeeView

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id: int | None = None
        self.fees: list[FeeView] = []
        self._generation = 0  # answers to older questions are dropped: only the newest counts
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a line longer than the column goes on to the next, not out of sight
        title = QLabel(self.tr("Fees, owe&d and settled:"))
        title.setBuddy(self.list)
        # The sum owed, above the list: the chosen line's own colour hides under the selection's.
        self.owed = QLabel()
        self.owed.setStyleSheet(f"font-weight: 600; color: {OWED_TEXT.name()};")
        self.owed.hide()
        self.collect = QPushButton(self.tr("Collec&t fee…"))
        self.waive = QPushButton(self.tr("&Waive fee…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.collect)
        buttons.addWidget(self.waive)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.owed)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.collect.clicked.connect(lambda: self._ask(self.collect_asked))
        self.waive.clicked.connect(lambda: self._ask(self.waive_asked))
        desk.actor_changed.connect(self._signed_in_changed)  # a method: let go with the panel
        self._show_allowed()

    def _signed_in_changed(self, _actor: object) -> None:
        self._show_allowed()
        self.show_client(self.client_id)  # signed out, nothing was read; now it can be

    def _show_allowed(self) -> None:
        self.collect.setVisible(services.is_desk(self.desk.actor))  # money is the front desk's
        self.waive.setVisible(services.is_admin(self.desk.actor))

    def show_client(self, client_id: int | None) -> None:
        """Read the fees of `client_id` (None: nobody chosen, nothing shown)."""
        self._generation += 1
        generation = self._generation
        self.client_id = client_id
        actor = self.desk.actor
        if client_id is None or actor is None:  # signed out: the desk asks to sign in first
            self.show_fees([])
            return
        self.desk.read(
            lambda db: services.client_fees(db, actor, client_id),
            lambda fees: self._answered(generation, fees),
            lambda _message: self._answered(generation, []),  # the rest of the screen still works
            owner=self,
        )

    def _answered(self, generation: int, fees: list[FeeView]) -> None:
        if generation == self._generation:
            self.show_fees(fees)

    def show_fees(self, fees: list[FeeView]) -> None:
        """One line per fee, newest first; the fee chosen before stays chosen, else the first
        one owed (what the desk is most likely to see to)."""
        kept = self.chosen_fee()
        self.fees = fees
        self.list.blockSignals(True)
        self.list.clear()
        for fee in fees:
            item = QListWidgetItem(fee_line(fee))
            if fee.state is FeeState.OWED:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(OWED_TEXT))
                item.setBackground(QBrush(OWED_BACKGROUND))
            self.list.addItem(item)
        rows = range(len(fees))
        again = [row for row in rows if kept is not None and fees[row].id == kept.id]
        owed = [row for row in rows if fees[row].state is FeeState.OWED]
        self.list.setCurrentRow((again or owed or [0 if fees else -1])[0])
        self.list.blockSignals(False)
        self._enable()
        owed_total = sum(fee.amount for fee in fees if fee.state is FeeState.OWED)
        self.owed.setText(self.tr("Owed now: {amount}").format(amount=self.desk.money(owed_total)))
        self.owed.setVisible(owed_total > 0)

    def chosen_fee(self) -> FeeView | None:
        row = self.list.currentRow()
        return self.fees[row] if 0 <= row < len(self.fees) else None

    def _enable(self) -> None:
        fee = self.chosen_fee()
        owed = fee is not None and fee.state is FeeState.OWED
        self.collect.setEnabled(owed)
        self.waive.setEnabled(owed)

    def _ask(self, asked: SignalInstance) -> None:
        fee = self.chosen_fee()
        if fee is not None and fee.state is FeeState.OWED:
            asked.emit(fee)
