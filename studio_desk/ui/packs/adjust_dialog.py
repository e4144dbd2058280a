"""An admin corrects the sessions left on a pack: how many to add (2) or take away (-2), and the
reason, which the service keeps in the pack's ledger (`adjust_credits`). Its refusal shows beside
the field it is about, with everything typed kept."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Change, ChangeKind, PackView
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.packs.client_packs_panel import pack_line

ADJUSTED = Change.of_kinds(ChangeKind.PACKS)


class AdjustDialog(DeskDialog):
    """Add sessions to `pack` or take some away. Emits `adjusted(PackView)`, the pack as it is now."""

    adjusted = Signal(object)  # PackView

    def __init__(self, desk: Desk, pack: PackView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.pack = pack
        self.setWindowTitle(
            self.tr("Adjust pack #{pack} — {client}").format(pack=pack.id, client=pack.client_name)
        )
        self.setMinimumWidth(480)

        summary = QLabel(pack_line(pack))
        summary.setWordWrap(True)
        self.sessions = QLineEdit()
        self.sessions.setPlaceholderText(self.tr("Like 2 to add two, or -1 to take one away"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Like: two sessions given as a goodwill gesture"))
        self.error = InlineError()
        self.adjust_button = QPushButton(self.tr("&Adjust"))
        self.cancel_button = self.make_cancel_button()
        self.adjust_button.clicked.connect(self.adjust)

        form = QFormLayout()
        form.addRow(self.tr("Pack:"), summary)
        form.addRow(self.tr("&Sessions (+ to add, - to take away):"), self.sessions)
        form.addRow(self.tr("&Reason (required):"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.adjust_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.set_main_button(self.adjust_button)
        self.set_first_field(self.sessions)
        self.watch_input(self.sessions, self.reason)
        # The services' names for the fields (services/packs/adjust.py), so a refusal shows by its field.
        self.name_field("the sessions", self.sessions)
        self.name_field("the reason", self.reason)

    def adjust(self) -> None:
        self.error.clear_message()
        pack_id, delta, reason = self.pack.id, self.sessions.text(), self.reason.text()
        self.adjust_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.adjust_credits(db, actor, pack_id, delta=delta, reason=reason),
            self._adjusted,
            self._refused,
            change=ADJUSTED,
            owner=self,
        )

    def _refused(self, message: str) -> None:
        self.adjust_button.setEnabled(True)
        self.show_problem(self.error, message)

    def _adjusted(self, pack: PackView) -> None:
        self.forget_input()
        self.adjusted.emit(pack)
        self.accept()
