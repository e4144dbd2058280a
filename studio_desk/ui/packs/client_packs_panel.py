"""A client's packs and memberships on the Clients screen: one line each, with what is left, the
last day and the state, as the services count them (`client_packs`), with Freeze and Adjust (an
admin) and Refund (the front desk) for the chosen pack in its `pack_buttons` row.

Who may do which is the services' decision (`is_desk`, `is_admin`). A button is enabled by what
the services say of the pack (its state, its freezes used of those allowed) only so that a person
is not offered what cannot be; the services still judge each one and say why not. The panel only
asks: the Clients screen opens the dialogs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
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


def last_day_text(pack: PackView) -> str:
    """"last day 22 Nov 2025"; a pack valid from its first use, not used yet, says so."""
    if pack.last_day is None:
        # The words New booking uses for the same thing, already translated there.
        return QCoreApplication.translate("pack_choice", "starts with its first session")
    last = QCoreApplication.translate("client_packs", "last day {day}")
    return last.format(day=formats.date(pack.last_day))


def pack_line(pack: PackView) -> str:
    """"#12 · 10 sessions · 7 of 10 left · last day 22 Nov 2025 · Open"."""
    return " · ".join(
        (f"#{pack.id}", pack.name, what_is_left(pack), last_day_text(pack), pack_state_label(pack.state))
    )


def may_offer_freeze(pack: PackView) -> bool:
    """A running pack with a freeze of its terms left (the services judge the days and dates)."""
    return pack.state is PackState.OPEN and pack.freezes_used < pack.freezes_allowed


def may_offer_adjust(pack: PackView) -> bool:
    """A pack with sessions, not closed or ended (a membership has none to change)."""
    return not pack.is_membership and pack.state not in (PackState.CLOSED, PackState.EXPIRED)


def may_offer_refund(pack: PackView) -> bool:
    """Any pack not closed yet: one that ended is closed with what the services work out (nothing)."""
    return pack.state is not PackState.CLOSED


class ClientPacksPanel(QWidget):
    """The packs of the client `show_client` was last given. `chosen_changed` follows the
    chosen pack (None: none); `freeze_asked`, `adjust_asked` and `refund_asked` carry it when its
    button is pressed."""

    chosen_changed = Signal(object)  # PackView | None
    freeze_asked = Signal(object)  # PackView
    adjust_asked = Signal(object)  # PackView
    refund_asked = Signal(object)  # PackView

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
        # The Clients screen has few letters left: these three are free there in both languages.
        self.freeze = QPushButton(self.tr("Free&ze…"))
        self.adjust = QPushButton(self.tr("Ad&just…"))
        self.refund = QPushButton(self.tr("&Refund…"))
        for button in (self.freeze, self.adjust, self.refund):
            self.pack_buttons.addWidget(button)
        self.pack_buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.pack_buttons)
        self.chosen_changed.connect(self._enable)
        self.list.currentRowChanged.connect(lambda _row: self.chosen_changed.emit(self.chosen_pack()))
        self.freeze.clicked.connect(lambda: self._ask(self.freeze_asked, may_offer_freeze))
        self.adjust.clicked.connect(lambda: self._ask(self.adjust_asked, may_offer_adjust))
        self.refund.clicked.connect(lambda: self._ask(self.refund_asked, may_offer_refund))
        desk.actor_changed.connect(self._signed_in_changed)  # a method: let go with the panel
        self._show_allowed()
        self._enable(None)

    def _signed_in_changed(self, _actor: object) -> None:
        self._show_allowed()
        self.show_client(self.client_id)  # signed out, nothing was read; now it can be

    def _show_allowed(self) -> None:
        admin = services.is_admin(self.desk.actor)
        self.freeze.setVisible(admin)
        self.adjust.setVisible(admin)
        self.refund.setVisible(services.is_desk(self.desk.actor))  # money is the front desk's

    def _enable(self, pack: PackView | None) -> None:
        self.freeze.setEnabled(pack is not None and may_offer_freeze(pack))
        self.adjust.setEnabled(pack is not None and may_offer_adjust(pack))
        self.refund.setEnabled(pack is not None and may_offer_refund(pack))

    def _ask(self, asked: SignalInstance, offered: Callable[[PackView], bool]) -> None:
        pack = self.chosen_pack()
        if pack is not None and offered(pack):
            asked.emit(pack)

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
