"""The fees the chosen client still owes (a late cancel, a no-show), as a warning line in New
booking: "Owes Rp 100,000 for a no-show on 3 Dec 2025", one line per fee, in the services' own
words (`client_fees`, owed only). Whether an unpaid fee stops the booking is the services'
decision (the studio's setting); this line only lets the desk see it before booking.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from studio_desk import services
from studio_desk.services import FeeView
from studio_desk.ui.bookings.rule_notes import NOTICE_STYLE
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.messages import translated


class OwedFeesNote(QLabel):
    """Hidden while the client owes nothing (or none is chosen)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(NOTICE_STYLE)
        self.fees: list[FeeView] = []
        self._generation = 0  # answers to older questions are dropped: only the newest counts
        self.hide()

    def ask(self, client_id: int | None) -> None:
        """Read what `client_id` owes; None (nobody chosen, or a new client): nothing."""
        self._generation += 1
        generation = self._generation
        actor = self.desk.actor
        if client_id is None or actor is None:
            self.show_fees([])
            return
        self.desk.read(
            lambda db: services.client_fees(db, actor, client_id, owed_only=True),
            lambda fees: self._answered(generation, fees),
            lambda _message: self._answered(generation, []),  # not known: booking still says so itself
            owner=self,
        )

    def _answered(self, generation: int, fees: list[FeeView]) -> None:
        if generation == self._generation:
            self.show_fees(fees)

    def show_fees(self, fees: list[FeeView]) -> None:
        self.fees = fees
        self.setText("\n".join(translated(fee.said) for fee in fees))
        self.setVisible(bool(fees))
