"""The roster's waitlist pane: who waits for a place in the class, in turn, and who moved up or
left; "Add to waitlist…" (the roster opens the client finder) and taking a client off it
(`leave_waitlist`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Change, ChangeKind, WaitingClient, WaitlistStatus
from studio_desk.ui.kit.desk import Desk

LEFT_THE_LIST = Change.of_kinds(ChangeKind.CLASSES)


class RosterWaitlist(QWidget):
    """The list and its two buttons. What it did, or why not, goes to the roster's messages."""

    sig_add_requested = Signal()
    sig_told = Signal(str)  # what was done, for the roster's note
    sig_refused = Signal(str)  # why not, for the roster's error line

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setHeaderLabels([self.tr("No."), self.tr("Client"), self.tr("Phone"), self.tr("Status")])
        self.tree.setMaximumHeight(120)
        label = QLabel(self.tr("Wai&tlist:"))
        label.setBuddy(self.tree)
        self.add_button = QPushButton(self.tr("&Add to waitlist…"))
        self.remove_button = QPushButton(self.tr("&Remove from waitlist"))
        self.add_button.clicked.connect(self.sig_add_requested.emit)
        self.remove_button.clicked.connect(self.remove_chosen)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.tree, 1, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addLayout(row)

    def status_text(self, status: WaitlistStatus) -> str:
        return {
            WaitlistStatus.WAITING: self.tr("waiting"),
            WaitlistStatus.PROMOTED: self.tr("moved up"),
            WaitlistStatus.LEFT: self.tr("left the list"),
        }[status]

    def show_waitlist(self, waiting: tuple[WaitingClient, ...]) -> None:
        """Every entry in the order they joined; the waiting ones numbered, 1 first in line."""
        kept = self.chosen()
        self.tree.clear()
        for entry in waiting:
            position = str(entry.position) if entry.position else ""
            item = QTreeWidgetItem([position, entry.client_name, self.desk.phone(entry.client_phone),
                                    self.status_text(entry.status)])
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            self.tree.addTopLevelItem(item)
            if kept is not None and entry.entry_id == kept.entry_id:
                self.tree.setCurrentItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)

    def entries(self) -> list[WaitingClient]:
        items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def chosen(self) -> WaitingClient | None:
        item = self.tree.currentItem()
        entry = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        return entry if isinstance(entry, WaitingClient) else None

    def remove_chosen(self) -> None:
        """Take the chosen client off the list, once the person says so (they lose their turn)."""
        entry = self.chosen()
        if entry is None or entry.status is not WaitlistStatus.WAITING:
            self.sig_refused.emit(self.tr("Choose a client who is still waiting in the waitlist first."))
            return
        question = self.tr("Take {client} off the waitlist? They lose their turn.")
        if not self.desk.prompts.confirm(self, question.format(client=entry.client_name), default=False):
            return
        entry_id, client = entry.entry_id, entry.client_name
        self.desk.act(
            lambda db, actor: services.leave_waitlist(db, actor, entry_id),
            lambda _none: self.sig_told.emit(self.tr("{client} is off the waitlist.").format(client=client)),
            self.sig_refused.emit,
            change=LEFT_THE_LIST,
            owner=self,
        )
