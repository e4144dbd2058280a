"""A booking the web platform refused: why, and the buttons that settle it (send again, or keep
it at the desk only). Shown in the booking's details and in the sync settings' list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio_desk.services import Actor, BookingView, Database, SyncState, sync
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.messages import service_words

# Amber, like a pending booking: it needs attention, nothing is lost.
BOX_STYLE = (
    "QFrame#syncProblem { background: #fff4cc; border: 1px solid #e6cf80; border-radius: 4px; }"
    " QFrame#syncProblem QLabel { color: #5c4400; border: none; background: transparent; }"
)
# Only a booking the web refused outright can be tried again; a refused change is put aside.
SENDABLE = (SyncState.CONFLICT, SyncState.REJECTED)


def booking_summary(booking: BookingView) -> str:
    when = (
        f"{formats.weekday_date(booking.start_at)}, "
        f"{formats.time(booking.start_at)}–{formats.time(booking.end_at)}"
    )
    return f"{booking.client_name} · {booking.course_title} · {when} · {booking.coach_name}"


class SyncProblemBox(QFrame):
    """Hidden unless the booking shown has a sync problem. The buttons act as the signed-in
    person; the change signal that follows refreshes whoever shows the booking."""

    sig_open_requested = Signal(int)  # booking id; only with `with_summary`

    def __init__(
        self,
        desk: Desk,
        on_failed: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        with_summary: bool = False,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self._on_failed = on_failed
        self.booking: BookingView | None = None
        self.setObjectName("syncProblem")
        self.setStyleSheet(BOX_STYLE)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_again_button = QPushButton(self.tr("Send &again"))
        self.send_again_button.setToolTip(self.tr("Try once more to make this booking on the web platform."))
        self.keep_button = QPushButton(self.tr("&Keep at desk only"))
        self.keep_button.setToolTip(self.tr("Leave the booking at the desk and stop trying to send it."))
        self.open_button = QPushButton(self.tr("Open booking"))
        self.send_again_button.clicked.connect(self.send_again)
        self.keep_button.clicked.connect(self.keep_at_desk_only)
        self.open_button.clicked.connect(self._open)
        self.open_button.setVisible(with_summary)
        if with_summary:  # one of many boxes in a list: a shortcut key would be ambiguous
            self.send_again_button.setText(self.tr("Send again"))
            self.keep_button.setText(self.tr("Keep at desk only"))
        self._with_summary = with_summary

        buttons = QHBoxLayout()
        buttons.addStretch()
        if with_summary:
            buttons.addWidget(self.open_button)
        buttons.addWidget(self.send_again_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.hide()

    def show_booking(self, booking: BookingView | None) -> None:
        self.booking = booking
        if booking is None or booking.sync_problem is None:
            self.hide()
            return
        self.title.setText(
            booking_summary(booking) if self._with_summary
            else self.tr("The web platform did not take this booking")
        )
        self.problem.setText(service_words(booking.sync_problem))
        self.send_again_button.setVisible(booking.sync_state in SENDABLE)
        self._set_busy(False)
        self.show()

    def send_again(self) -> None:
        self._run(sync.send_again)

    def keep_at_desk_only(self) -> None:
        self._run(sync.keep_at_desk_only)

    def _run(self, work: Callable[[Database, Actor, int], BookingView]) -> None:
        booking = self.booking
        if booking is None:
            return
        booking_id = booking.id
        self._set_busy(True)
        self.desk.act(lambda db, actor: work(db, actor, booking_id), self.show_booking, self._failed)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self._on_failed(message)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.send_again_button, self.keep_button):
            button.setEnabled(not busy)

    def _open(self) -> None:
        if self.booking is not None:
            self.sig_open_requested.emit(self.booking.id)
