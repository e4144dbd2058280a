"""What a booking's screens say of the client's packs: "With pack #12" for a booking a pack paid
for, that pack's balance in Booking details ("Paid with pack #12 (10 Sesi Bebas): 6 of 10 left"),
and a short "Packs:" line of the client's open packs and owed fees.

The counting is the services' (`client_packs`, `client_fees`); the lines are the Clients
screen's (`what_is_left`, `last_day_text`, the fees' own sentences), not worded again here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Actor, Database, FeeView, Forbidden, PackState, PackView
from studio_desk.ui.bookings.owed_fees import OwedFeesNote
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.packs.client_packs_panel import last_day_text, what_is_left

# A pack that can still pay for a session: the ones worth a line beside a booking.
OPEN_STATES = (PackState.OPEN, PackState.NOT_STARTED)


@dataclass(frozen=True)
class PackFacts:
    """A client's packs (every one, newest first) and the fees they still owe."""

    packs: list[PackView] = field(default_factory=list)
    fees: list[FeeView] = field(default_factory=list)


def read_pack_facts(db: Database, actor: Actor | None, client_id: int) -> PackFacts:
    """The client's packs and owed fees, for a screen that reads them with its own answer (one
    read, on the desk's worker); none signed out, or where the services keep them from `actor`."""
    if actor is None:
        return PackFacts()
    try:
        return PackFacts(
            services.client_packs(db, actor, client_id),
            services.client_fees(db, actor, client_id, owed_only=True),
        )
    except Forbidden:
        return PackFacts()  # the booking's details still show


def paid_with_text(pack_id: int) -> str:
    """What "Paid:" says of a booking a pack paid for: "With pack #12" (not "Rp 0")."""
    return QCoreApplication.translate("booking_packs", "With pack #{pack}").format(pack=pack_id)


def pack_payment_text(pack_id: int, pack: PackView | None) -> str:
    """"Paid with pack #12 (10 Sesi Bebas): 6 of 10 left"; the pack's number alone until it is read."""
    if pack is None:
        # The services' own words for it, as the booking's history says them.
        return QCoreApplication.translate("services", "Paid with pack #{pack}").format(pack=pack_id)
    if pack.is_membership:
        text = QCoreApplication.translate("booking_packs", "Paid with membership #{pack} ({name}): {left}")
    else:
        text = QCoreApplication.translate("booking_packs", "Paid with pack #{pack} ({name}): {left}")
    return text.format(pack=pack.id, name=pack.name, left=what_is_left(pack))


def open_pack_line(pack: PackView) -> str:
    """"#12 10 Sesi Bebas — 6 of 10 left, last day 22 Jan 2026"."""
    return f"#{pack.id} {pack.name} — {what_is_left(pack)}, {last_day_text(pack)}"


class ClientPacksNote(QWidget):
    """The client's open packs, one line each, and below them the fees they owe, as the screen
    that holds it read them (`show_facts`); `has_facts`: whether there is anything to show."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.packs: list[PackView] = []  # every pack of the client, open or not
        self.open_packs = QLabel()
        self.open_packs.setWordWrap(True)
        self.open_packs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.owed = OwedFeesNote(desk)  # its lines only: the fees come with the packs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_packs)
        layout.addWidget(self.owed)
        self.show_facts(PackFacts())

    def show_facts(self, facts: PackFacts) -> None:
        self.packs = facts.packs
        lines = [open_pack_line(pack) for pack in facts.packs if pack.state in OPEN_STATES]
        self.open_packs.setText("\n".join(lines))
        self.open_packs.setVisible(bool(lines))
        self.owed.show_fees(facts.fees)

    def pack(self, pack_id: int) -> PackView | None:
        """The client's pack `pack_id` as last read, whatever its state; None when not read."""
        return next((pack for pack in self.packs if pack.id == pack_id), None)

    def has_facts(self) -> bool:
        return bool(self.open_packs.text()) or bool(self.owed.fees)
