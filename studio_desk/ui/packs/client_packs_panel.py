"""A client's packs and memberships on the Clients screen: one line each, with what is left, the
last day and the state, as the services count them (`client_packs`). The panel only shows; the
buttons for what may be done to the chosen pack go in its `pack_buttons` row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import PackState, PackView
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk


def pack_state_label(state: PackState) -> str:
    return {
        PackState.OPEN: QCoreApplication.translate("client_packs", "Open"),
        PackState.NOT_STARTED: QCoreApplication.translate("client_packs", "Not started"),
        PackState.USED_UP: QCoreApplication.translate("client_packs", "Used up"),
        PackState.EXPIRED: QCoreApplication.translate("client_packs", "Expired"),
        PackState.CLOSED: QCoreApplication.translate("client_packs", "Closed"),
    }[state]


def what_is_left(pack: PackView) -> str:
    """"7 of 10 left"; a membership: "unlimited, 2 of 3 bookings open"."""
    if pack.is_membership:
        text = QCoreApplication.translate("client_packs", "unlimited, {open} of {most} bookings open")
        return text.format(open=pack.active_bookings, most=pack.max_active)
    text = QCoreApplication.translate("client_packs", "{left} of {sessions} left")
    return text.format(left=pack.balance, sessions=pack.sessions)


def pack_line(pack: PackView) -> str:
    """"#12 · 10 sessions · 7 of 10 left · last day 22 Nov 2025 · Open"."""
    if pack.last_day is None:
        # The words New booking uses for the same thing, already translated there.
        last = QCoreApplication.translate("pack_choice", "starts with its first session")
    else:
        last = QCoreApplication.translate("client_packs", "last day {day}")
        last = last.format(day=formats.date(pack.last_day))
    return " · ".join((f"#{pack.id}", pack.name, what_is_left(pack), last, pack_state_label(pack.state)))


class ClientPacksPanel(QWidget):
    """The packs of the client `show_client` was last given. `chosen_changed` follows the
    chosen pack (None: none)."""

    chosen_changed = Signal(object)  # PackView | None

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.client_id: int | None = None
        self.packs: list[PackView] = []
        self._generation = 0  # answers to older questions are dropped: only the newest counts
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a line longer than the column goes on to the next, not out of sight
        title = QLabel(self.tr("P&acks and memberships:"))
        title.setBuddy(self.list)
        # Where the buttons for the chosen pack go (freeze, adjust, refund), next to its list.
        self.pack_buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.pack_buttons)
        self.list.currentRowChanged.connect(lambda _row: self.chosen_changed.emit(self.chosen_pack()))
        desk.actor_changed.connect(self._signed_in_changed)  # a method: let go with the panel

    def _signed_in_changed(self, _actor: object) -> None:
        self.show_client(self.client_id)  # signed out, nothing was read; now it can be

    def show_client(self, client_id: int | None) -> None:
        """Read the packs of `client_id` (None: nobody chosen, nothing shown)."""
        self._generation += 1
        generation = self._generation
        self.client_id = client_id
        actor = self.desk.actor
        if client_id is None or actor is None:  # signed out: the desk asks to sign in first
            self.show_packs([])
            return
        self.desk.read(
            lambda db: services.client_packs(db, actor, client_id),
            lambda packs: self._answered(generation, packs),
            lambda _message: self._answered(generation, []),  # the rest of the screen still works
            owner=self,
        )

    def _answered(self, generation: int, packs: list[PackView]) -> None:
        if generation == self._generation:
            self.show_packs(packs)

    def show_packs(self, packs: list[PackView]) -> None:
        """One line per pack, newest first as the services list them; the pack chosen before
        stays chosen."""
        kept = self.chosen_pack()
        self.packs = packs
        self.list.blockSignals(True)
        self.list.clear()
        for pack in packs:
            item = QListWidgetItem(pack_line(pack))
            item.setData(Qt.ItemDataRole.UserRole, pack.id)
            self.list.addItem(item)
        again = next((row for row, pack in enumerate(packs) if kept is not None and pack.id == kept.id), None)
        self.list.setCurrentRow(again if again is not None else (0 if packs else -1))
        self.list.blockSignals(False)
        self.chosen_changed.emit(self.chosen_pack())

    def chosen_pack(self) -> PackView | None:
        row = self.list.currentRow()
        return self.packs[row] if 0 <= row < len(self.packs) else None
