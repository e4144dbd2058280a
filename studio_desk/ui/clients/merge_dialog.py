"""Merge a duplicate into a client: pick the other record of the same person, say yes to a
question that names both, and the services move everything of it onto the kept client."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Change, ChangeKind, ClientView
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError


class MergeClientsDialog(DeskDialog):
    def __init__(self, desk: Desk, keep: ClientView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.keep = keep
        self.merged: ClientView | None = None
        self.setWindowTitle(self.tr("Merge a duplicate"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Choose the other record of {name}. Its bookings and payments move to {name}, its "
                "notes, phone and email are kept in {name}'s record, and it is removed."
            ).format(name=keep.name)
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Part of the name, or the start of the phone number"))
        self.search.setText(keep.name.split()[0] if keep.name.split() else "")
        self.found = QListWidget()
        self.message = InlineError()
        self.merge = QPushButton(self.tr("&Merge"))
        cancel = self.make_cancel_button()
        find_label = QLabel(self.tr("&Find the duplicate:"))
        find_label.setBuddy(self.search)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(find_label)
        layout.addWidget(self.search)
        layout.addWidget(self.found, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.set_main_button(self.merge)
        self.set_first_field(self.search)
        self.search.textChanged.connect(lambda _text: self._find())
        self.merge.clicked.connect(self._merge)
        self._find()

    def _find(self) -> None:
        typed = self.search.text()
        self.desk.read(lambda db: services.list_clients(db, typed), self._show, owner=self)

    def _show(self, found: list[ClientView]) -> None:
        self.found.clear()
        for client in found:
            if client.id == self.keep.id:
                continue
            phone = self.desk.phone(client.phone)
            item = QListWidgetItem(f"{client.name} — {phone}" if phone else client.name)
            item.setData(Qt.ItemDataRole.UserRole, client)
            self.found.addItem(item)
        self.found.setCurrentRow(0 if self.found.count() else -1)

    def _merge(self) -> None:
        item = self.found.currentItem()
        if item is None:
            self.show_problem(self.message, self.tr("Choose the duplicate to merge from the list first."))
            return
        other: ClientView = item.data(Qt.ItemDataRole.UserRole)
        question = self.tr(
            "Merge {other} into {keep}? Every booking and payment of {other} moves to {keep}, and "
            "{other} is removed. This cannot be undone."
        ).format(other=other.name, keep=self.keep.name)
        if not self.desk.prompts.confirm(self, question, default=False):
            return
        keep_id, other_id = self.keep.id, other.id
        self.desk.act(
            lambda db, actor: services.merge_clients(db, actor, keep_id, other_id),
            self._merged,
            lambda text: self.show_problem(self.message, text),
            change=Change.of_kinds(ChangeKind.CLIENTS, ChangeKind.BOOKINGS, ChangeKind.PAYMENTS),
            owner=self,
        )

    def _merged(self, client: ClientView) -> None:
        self.merged = client
        self.accept()
