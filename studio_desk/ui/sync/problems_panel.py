"""What the web sync needs a person for: desk bookings the web refused and web bookings that
collide with the desk's, each with what can be done about it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio_desk.services import ChangeKind, sync
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.sync.problem_box import BOX_STYLE, SyncProblemBox

CONFLICT_STYLE = BOX_STYLE.replace("syncProblem", "webConflict")


def conflict_text(conflict: sync.WebConflictView) -> str:
    when = (
        f"{formats.weekday_date(conflict.start_at)}, "
        f"{formats.time(conflict.start_at)}–{formats.time(conflict.end_at)}"
    )
    return f"{conflict.client_name} · {conflict.course_title} · {when} · {conflict.coach_name}"


def conflict_explanation(conflict: sync.WebConflictView) -> str:
    if conflict.blocking_booking_id is None:
        text = QCoreApplication.translate(
            "sync_problems_panel",
            "Booked on the web (web booking #{remote_id}, {web_status}), but a desk booking "
            "holds this time. Cancel one of the two; the next sync brings the web booking in once the "
            "time is free.",
        )
    else:
        text = QCoreApplication.translate(
            "sync_problems_panel",
            "Booked on the web (web booking #{remote_id}, {web_status}), but desk booking {booking_id} "
            "holds this time. Cancel one of the two; the next sync brings the web booking in once the "
            "time is free.",
        )
    return text.format(
        remote_id=conflict.remote_id, web_status=conflict.web_status, booking_id=conflict.blocking_booking_id
    )


class WebConflictCard(QFrame):
    sig_open_requested = Signal(int)  # the desk booking in the way

    def __init__(self, conflict: sync.WebConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setObjectName("webConflict")
        self.setStyleSheet(CONFLICT_STYLE)
        title = QLabel(conflict_text(conflict))
        title.setStyleSheet("font-weight: 600;")
        title.setWordWrap(True)
        self.explanation = QLabel(conflict_explanation(conflict))
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        self.open_button: QPushButton | None = None
        if conflict.blocking_booking_id is not None:
            self.open_button = QPushButton(
                self.tr("Open desk booking {booking_id}").format(booking_id=conflict.blocking_booking_id)
            )
            blocking = conflict.blocking_booking_id
            self.open_button.clicked.connect(lambda: self.sig_open_requested.emit(blocking))
            row = QHBoxLayout()
            row.addStretch()
            row.addWidget(self.open_button)
            layout.addLayout(row)


class SyncProblemsPanel(QWidget):
    """Reloads after every change; `sig_count` tells the dialog how many items it lists."""

    sig_count = Signal(int)
    sig_booking_opened = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, shown_by: QWidget | None = None) -> None:
        """`shown_by`: the widget whose showing makes what this panel knows visible (a dialog
        whose tab title counts the problems), when that is not the panel itself."""
        super().__init__(parent)
        self.desk = desk
        self.problems: sync.SyncProblems | None = None
        self.refused_boxes: list[SyncProblemBox] = []
        self.conflict_cards: list[WebConflictCard] = []
        self.message = InlineError()
        self.empty = QLabel(self.tr("Nothing needs you: every booking is where it should be."))
        self.empty.setStyleSheet("color: #555;")
        self.refused_title = _section(self.tr("Desk bookings the web platform refused"))
        self.conflicts_title = _section(self.tr("Web bookings that collide with the desk"))
        self.items = QVBoxLayout()
        self.items.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.empty)
        column.addLayout(self.items)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(scroll)
        # Sync problems are kept on the bookings they are about, so bookings concern this view too.
        # Its count shows on its tab while another tab is open: it reads while its window shows.
        self.live = LiveView(
            shown_by or self, desk, self._load,
            lambda change: bool(change.kinds & {ChangeKind.SYNC, ChangeKind.BOOKINGS}),
        )

    def reload(self) -> None:
        self.live.refresh()

    def _load(self) -> None:
        self.live.read(sync.sync_problems, self.show_problems, self.message.show_message)

    def show_problems(self, problems: sync.SyncProblems) -> None:
        self.problems = problems
        self.message.clear_message()
        for widget in (self.refused_title, self.conflicts_title):
            self.items.removeWidget(widget)
            widget.hide()
        for old in (*self.refused_boxes, *self.conflict_cards):
            self.items.removeWidget(old)
            old.setParent(None)
            old.deleteLater()
        self.refused_boxes, self.conflict_cards = [], []
        if problems.refused:
            self.items.addWidget(self.refused_title)
            self.refused_title.show()
        for booking in problems.refused:
            box = SyncProblemBox(self.desk, self.message.show_message, with_summary=True)
            box.show_booking(booking)
            box.sig_open_requested.connect(self.sig_booking_opened)
            self.items.addWidget(box)
            self.refused_boxes.append(box)
        if problems.web_conflicts:
            self.items.addWidget(self.conflicts_title)
            self.conflicts_title.show()
        for conflict in problems.web_conflicts:
            card = WebConflictCard(conflict)
            card.sig_open_requested.connect(self.sig_booking_opened)
            self.items.addWidget(card)
            self.conflict_cards.append(card)
        self.empty.setVisible(problems.count == 0)
        self.sig_count.emit(problems.count)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self.problems is None:
            self.reload()
        super().showEvent(event)


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft)
    label.hide()
    return label
