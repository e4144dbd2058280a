"""An admin lets a fee go: the fee's sentence and the reason, which the service requires and
keeps with who and when (`waive_fee`). Its refusal shows beside the reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Change, ChangeKind, FeeView
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.messages import translated

WAIVED = Change.of_kinds(ChangeKind.PACKS)


class WaiveFeeDialog(DeskDialog):
    """Waive `fee`. Emits `waived(FeeView)`, the fee as it is now."""

    waived = Signal(object)  # FeeView

    def __init__(self, desk: Desk, fee: FeeView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.fee = fee
        self.setWindowTitle(self.tr("Waive a fee — {client}").format(client=fee.client_name))
        self.setMinimumWidth(480)

        said = QLabel(translated(fee.said))
        said.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Like: first time, the road was flooded"))
        self.error = InlineError()
        self.waive_button = QPushButton(self.tr("&Waive"))
        self.cancel_button = self.make_cancel_button()
        self.waive_button.clicked.connect(self.waive)

        form = QFormLayout()
        form.addRow(self.tr("Client:"), QLabel(fee.client_name))
        form.addRow(self.tr("Fee:"), said)
        form.addRow(self.tr("&Reason (required):"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.waive_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.set_main_button(self.waive_button)
        self.set_first_field(self.reason)
        self.watch_input(self.reason)
        self.name_field("the reason", self.reason)

    def waive(self) -> None:
        self.error.clear_message()
        fee_id, reason = self.fee.id, self.reason.text()
        self.waive_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.waive_fee(db, actor, fee_id, reason=reason),
            self._waived,
            self._refused,
            change=WAIVED,
            owner=self,
        )

    def _refused(self, message: str) -> None:
        self.waive_button.setEnabled(True)
        self.show_problem(self.error, message)

    def _waived(self, fee: FeeView) -> None:
        self.forget_input()
        self.waived.emit(fee)
        self.accept()
