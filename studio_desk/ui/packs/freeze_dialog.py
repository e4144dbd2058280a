"""An admin freezes a pack or membership while its client is away: the first day, how many days
and the reason. The service (`freeze_pack`) judges all of it against the pack's terms and its
bookings; its refusal shows beside the field it is about, with everything typed kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Change, ChangeKind, PackView
from studio_desk.ui.kit.date_field import DateField
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.packs.client_packs_panel import pack_line

FROZEN = Change.of_kinds(ChangeKind.PACKS)


class FreezeDialog(DeskDialog):
    """Freeze `pack`. Emits `frozen(PackView)`, the pack as it is now."""

    frozen = Signal(object)  # PackView

    def __init__(self, desk: Desk, pack: PackView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.pack = pack
        self.setWindowTitle(
            self.tr("Freeze pack #{pack} — {client}").format(pack=pack.id, client=pack.client_name)
        )
        self.setMinimumWidth(480)

        summary = QLabel(pack_line(pack))
        summary.setWordWrap(True)
        terms = QLabel(
            self.tr("Frozen {used} of {allowed} times so far; up to {days} days at a time.").format(
                used=pack.freezes_used, allowed=pack.freezes_allowed, days=pack.freeze_days_max
            )
        )
        terms.setWordWrap(True)
        today = desk.today()
        self.start = DateField(QDate(today.year, today.month, today.day))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy")
        self.days = QLineEdit()
        self.days.setPlaceholderText(self.tr("Whole days, like 14"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Like: away on holiday"))
        self.error = InlineError()
        self.freeze_button = QPushButton(self.tr("Free&ze"))
        self.cancel_button = self.make_cancel_button()
        self.freeze_button.clicked.connect(self.freeze)

        form = QFormLayout()
        form.addRow(self.tr("Pack:"), summary)
        form.addRow("", terms)
        form.addRow(self.tr("&First day:"), self.start)
        form.addRow(self.tr("&Days:"), self.days)
        form.addRow(self.tr("&Reason (required):"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.freeze_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.set_main_button(self.freeze_button)
        self.set_first_field(self.start)
        self.watch_input(self.start, self.days, self.reason)
        # The services' names for the fields (services/packs/freezes.py), so a refusal shows by its field.
        self.name_field("the first day", self.start, lambda: True)  # any other day is worth trying
        self.name_field("the days", self.days)
        self.name_field("the reason", self.reason)

    def freeze(self) -> None:
        self.error.clear_message()
        pack_id, start = self.pack.id, self.start.date().toPython()
        assert isinstance(start, dt.date)
        days, reason = self.days.text(), self.reason.text()
        self.freeze_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.freeze_pack(
                db, actor, pack_id, start_date=start, days=days, reason=reason
            ),
            self._frozen,
            self._refused,
            change=FROZEN,
            owner=self,
        )

    def _refused(self, message: str) -> None:
        self.freeze_button.setEnabled(True)
        self.show_problem(self.error, message)

    def _frozen(self, pack: PackView) -> None:
        self.forget_input()
        self.frozen.emit(pack)
        self.accept()
