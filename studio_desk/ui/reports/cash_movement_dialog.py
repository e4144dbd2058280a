"""Cash put into the till (an opening float) or taken out of it (a pay-out, with what for): the
next closing of the till expects it (services.record_float / record_payout decide the rules)."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Change, ChangeKind
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError


class CashMovement(enum.Enum):
    FLOAT = "float"
    PAYOUT = "payout"


class CashMovementDialog(DeskDialog):
    def __init__(self, desk: Desk, kind: CashMovement, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.kind = kind
        payout = kind is CashMovement.PAYOUT
        self.setWindowTitle(
            self.tr("Take cash out of the till") if payout else self.tr("Put a float in the till")
        )
        self.setMinimumWidth(420)
        explained = QLabel(
            self.tr("Cash taken out for the studio, such as milk for the café. The next closing expects "
                    "that much less in the till.")
            if payout
            else self.tr("The change put in the till to start with. The next closing expects it in the till.")
        )
        explained.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(formats.amount(200_000, desk.settings.currency))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Milk for the café"))
        self.error = InlineError()
        self.record_button = QPushButton(self.tr("&Record"))
        self.record_button.clicked.connect(self.record)
        cancel = self.make_cancel_button()

        form = QFormLayout()
        amount_label = QLabel(self.tr("&Amount:"))
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, self.amount)
        if payout:
            reason_label = QLabel(self.tr("&What for:"))
            reason_label.setBuddy(self.reason)
            form.addRow(reason_label, self.reason)
        else:
            self.reason.hide()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.record_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(explained)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addLayout(buttons)
        self.set_main_button(self.record_button)
        self.set_first_field(self.amount)
        self.watch_input(self.amount, self.reason)
        for what in ("The amount", "The float", "The pay-out"):
            self.name_field(what, self.amount)
        self.name_field("the reason", self.reason)

    def record(self) -> None:
        amount, reason = self.amount.text(), self.reason.text()
        if self.kind is CashMovement.PAYOUT:
            def work(db: services.Database, actor: services.Actor) -> int:
                return services.record_payout(db, actor, amount, reason)
        else:
            def work(db: services.Database, actor: services.Actor) -> int:
                return services.record_float(db, actor, amount)
        self.record_button.setEnabled(False)
        self.desk.act(
            work, self._recorded, self._refused, change=Change.of_kinds(ChangeKind.CLOSINGS), owner=self
        )

    def _recorded(self, _movement: int) -> None:
        self.forget_input()
        self.accept()

    def _refused(self, message: str) -> None:
        self.record_button.setEnabled(True)
        self.show_problem(self.error, message)
