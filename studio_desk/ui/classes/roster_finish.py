"""Finishing a class once it is over (`finish_class`): the places checked in become done, the
paid places not checked in are offered as no-shows, each ticked (the receptionist unticks one
who was there after all), with what the course's rules do to it (`no_show_outcome`), and the
places never paid are canceled. Enter finishes, Escape leaves the class as it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from studio_desk.services import BookingStatus, Change, ChangeKind, FinishedClass, RosterView, RulePreview
from studio_desk.ui.bookings.rule_notes import NOTICE_STYLE
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.messages import translated

# Finishing writes the places' ends, and a no-show's rule may keep a credit or charge a fee.
FINISHED = Change.of_kinds(ChangeKind.CLASSES, ChangeKind.BOOKINGS, ChangeKind.PAYMENTS, ChangeKind.PACKS)


class FinishClassDialog(DeskDialog):
    """Finish the class of `roster`. Emits `sig_finished(FinishedClass)` once it is done."""

    sig_finished = Signal(object)  # FinishedClass

    def __init__(self, desk: Desk, roster: RosterView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.roster = roster
        self.missing = services.missing_places(roster)
        self.setWindowTitle(self.tr("Finish class — {course}").format(course=roster.occurrence.course_title))
        self.setMinimumWidth(480)

        if self.missing:
            intro = QLabel(self.tr(
                "Everyone checked in is marked done. The places ticked below are recorded as no-shows, "
                "under the course's rules: untick anyone who was there after all."
            ))
        else:
            intro = QLabel(self.tr("Everyone checked in is marked done."))
        intro.setWordWrap(True)
        self.no_shows = QListWidget()
        for place in self.missing:
            item = QListWidgetItem(place.client_name)
            item.setData(Qt.ItemDataRole.UserRole, place.booking_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.no_shows.addItem(item)
        if self.missing:
            self.no_shows.setCurrentRow(0)
        list_label = QLabel(self.tr("&No-shows (not checked in):"))
        list_label.setBuddy(self.no_shows)
        self.everyone_came = QLabel(self.tr("Everyone with a paid place checked in: nobody is a no-show."))
        self.everyone_came.setWordWrap(True)
        unpaid = [p.client_name for p in roster.places if p.status is BookingStatus.PENDING]
        self.unpaid_note = QLabel(
            self.tr("Never paid, so their places are canceled: {names}").format(names=", ".join(unpaid))
        )
        self.unpaid_note.setWordWrap(True)
        self.unpaid_note.setStyleSheet(NOTICE_STYLE)
        self.error = InlineError()
        self.finish_button = QPushButton(self.tr("&Finish class"))
        self.finish_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.make_cancel_button())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.no_shows)
        layout.addWidget(self.everyone_came)
        layout.addWidget(self.unpaid_note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        for shown in (list_label, self.no_shows):
            shown.setVisible(bool(self.missing))
        self.everyone_came.setVisible(not self.missing)
        self.unpaid_note.setVisible(bool(unpaid))

        self.set_main_button(self.finish_button)
        self.set_first_field(self.no_shows if self.missing else self.finish_button)
        self._read_outcomes()

    def _read_outcomes(self) -> None:
        actor = self.desk.actor
        ids = [place.booking_id for place in self.missing]
        if actor is None or not ids:
            return
        self.desk.read(
            lambda db: [services.no_show_outcome(db, actor, booking_id) for booking_id in ids],
            self._show_outcomes,
            lambda _message: None,  # the list still says who; finishing says what went wrong
            owner=self,
        )

    def _show_outcomes(self, previews: list[RulePreview]) -> None:
        for row, (place, preview) in enumerate(zip(self.missing, previews, strict=True)):
            summary = translated(preview.summary)
            item = self.no_shows.item(row)
            item.setText(f"{place.client_name} — {summary}" if summary else place.client_name)
            item.setToolTip(summary)

    def chosen_no_shows(self) -> list[int]:
        """The places still ticked: who did not come."""
        items = (self.no_shows.item(row) for row in range(self.no_shows.count()))
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def finish(self) -> None:
        self.error.clear_message()
        occurrence_id, no_shows = self.roster.occurrence.id, self.chosen_no_shows()
        self.finish_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.finish_class(db, actor, occurrence_id, no_shows=no_shows),
            self._finished,
            self._refused,
            change=FINISHED,
            owner=self,
        )

    def _finished(self, finished: FinishedClass) -> None:
        self.accept()
        self.sig_finished.emit(finished)

    def _refused(self, message: str) -> None:
        self.finish_button.setEnabled(True)
        self.show_problem(self.error, message)
