"""Moving a booking to another day, time or coach, picked from the free start times."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
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
from studio_desk.services import BookingView, Change, ChangeKind, CoachView, FreeSlot
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.date_field import within_the_desks_days
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.messages import translated


class RescheduleDialog(DeskDialog):
    def __init__(self, desk: Desk, booking: BookingView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        # First, so that every signal wired below finds it. The free times follow other desks'
        # bookings; a late answer (a date clicked past quickly) is dropped.
        self.live = LiveView(self, desk, self._load_times, self._concerns)
        self.booking = booking
        self.setWindowTitle(self.tr("Reschedule booking"))
        self.setMinimumSize(480, 420)
        self._asked_to_pick = False

        now = f"{formats.weekday_date(booking.start_at.date())}, {formats.time(booking.start_at)}"
        summary = QLabel(
            self.tr("<b>{client}</b> · {course} ({minutes} min)<br>Now: {when} with {coach}").format(
                client=booking.client_name,
                course=booking.course_title,
                minutes=booking.duration_minutes,
                when=now,
                coach=booking.coach_name,
            )
        )
        self.date = within_the_desks_days(QDateEdit())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setMinimumDate(_qdate(desk.today()))
        self.date.setDate(_qdate(max(booking.start_at.date(), desk.today())))
        self.coach = QComboBox()
        self.coach.addItem(booking.coach_name, booking.coach_id)
        self.times = QListWidget()
        self.times.setFlow(QListWidget.Flow.LeftToRight)
        self.times.setWrapping(True)
        # One cell size for every time, wide enough for the booking's own one, "10:00 (now)".
        metrics = self.times.fontMetrics()
        cell_width = metrics.horizontalAdvance(self._now_mark("00:00")) + 24
        self.times.setGridSize(QSize(cell_width, metrics.height() + 14))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Optional, e.g. the client asked for the afternoon"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("C&oach:"), self.coach)
        self.no_times = QLabel(self.tr("No free times that day. Try another day or coach."))
        self.no_times.setWordWrap(True)
        self.no_times.hide()
        times_box = QVBoxLayout()
        times_box.addWidget(self.times)
        times_box.addWidget(self.no_times)
        times_label = QLabel(self.tr("Free &times:"))
        times_label.setBuddy(self.times)
        form.addRow(times_label, times_box)
        form.addRow(self.tr("&Reason:"), self.reason)

        self.message = InlineError()
        self.move_button = QPushButton(self.tr("&Move booking"))
        self.move_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.make_cancel_button())
        buttons.addWidget(self.move_button)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.set_main_button(self.move_button)
        self.set_first_field(self.times)
        self.watch_input(self.reason)

        self.times.itemSelectionChanged.connect(self._selection_changed)
        self.times.itemDoubleClicked.connect(lambda _item: self.submit())
        self.date.dateChanged.connect(self.load_times)
        self.coach.currentIndexChanged.connect(self.load_times)
        desk.read(services.list_coaches, self._show_coaches, self._show_message)
        self.load_times()

    def _now_mark(self, time: str) -> str:
        """The booking's own time in the list: "10:00 (now)"."""
        return self.tr("{time} (now)").format(time=time)

    # Choices ------------------------------------------------------------------------------

    @property
    def chosen_date(self) -> dt.date:
        day: dt.date = self.date.date().toPython()  # type: ignore[assignment]
        return day

    @property
    def chosen_coach_id(self) -> int:
        coach_id: int = self.coach.currentData()
        return coach_id

    @property
    def chosen_slot(self) -> FreeSlot | None:
        item = self.times.currentItem()
        if item is None or not item.isSelected():
            return None
        slot: FreeSlot | None = item.data(Qt.ItemDataRole.UserRole)
        return slot

    def select_time(self, label: str) -> None:
        """Select the free time shown as `label` ("14:00"), as a click would."""
        for row in range(self.times.count()):
            item = self.times.item(row)
            slot = item.data(Qt.ItemDataRole.UserRole)
            if slot is not None and slot.label == label:
                self.times.setCurrentItem(item)
                return
        raise LookupError(f"{label} is not among the free times")

    def free_time_labels(self) -> list[str]:
        return [
            slot.label
            for row in range(self.times.count())
            if (slot := self.times.item(row).data(Qt.ItemDataRole.UserRole)) is not None
        ]

    def _show_coaches(self, coaches: list[CoachView]) -> None:
        self.coach.blockSignals(True)
        self.coach.clear()
        for coach in coaches:
            self.coach.addItem(coach.name, coach.id)
        index = self.coach.findData(self.booking.coach_id)
        if index < 0:  # the booking's coach has left: still the default
            self.coach.insertItem(0, self.booking.coach_name, self.booking.coach_id)
            index = 0
        self.coach.setCurrentIndex(index)
        self.coach.blockSignals(False)

    # Free times ---------------------------------------------------------------------------

    def load_times(self) -> None:
        """Ask for the free times of the chosen day and coach (again, after a change there)."""
        self.live.refresh()

    def _concerns(self, change: Change) -> bool:
        kinds = (ChangeKind.BOOKINGS, ChangeKind.HOURS)
        return change.concerns(kinds=kinds, coach_id=self.chosen_coach_id, day=self.chosen_date)

    def _load_times(self) -> None:
        course_id, booking_id = self.booking.course_id, self.booking.id
        day, coach_id = self.chosen_date, self.chosen_coach_id

        def work(db: services.Database) -> list[FreeSlot]:
            return services.free_start_times(
                db, course_id, day, coach_id=coach_id, ignore_booking_id=booking_id
            )

        self.live.read(work, self._show_times, self._show_message)

    def _show_times(self, slots: list[FreeSlot]) -> None:
        self.times.clear()
        current = self.booking.start_at.astimezone(dt.UTC)  # an instant: see FreeSlot
        for slot in slots:
            same = slot.instant == current and self.chosen_coach_id == self.booking.coach_id
            words = translated(slot.words)
            item = QListWidgetItem(self._now_mark(words) if same else words)
            item.setData(Qt.ItemDataRole.UserRole, slot)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.times.addItem(item)
        self.times.setVisible(bool(slots))
        self.no_times.setVisible(not slots)
        self._selection_changed()

    def _selection_changed(self) -> None:
        if self._asked_to_pick and self.chosen_slot is not None:
            self._asked_to_pick = False
            self.message.clear_message()  # "Pick one of the free times" is answered

    # Moving -------------------------------------------------------------------------------

    def submit(self) -> None:
        slot = self.chosen_slot
        if slot is None:
            self._show_message(self.tr("Pick one of the free times."))
            self._asked_to_pick = True
            return
        booking_id, reason, coach_id = self.booking.id, self.reason.text(), self.chosen_coach_id
        # time() keeps the fold, which tells the two 01:30s of a night the clocks go back apart.
        day, start = slot.start_at.date(), slot.start_at.time()

        def work(db: services.Database, actor: services.Actor) -> BookingView:
            return services.reschedule_booking(
                db, actor, booking_id, date=day, start_time=start, coach_id=coach_id, reason=reason
            )

        self.message.hide()
        self.move_button.setEnabled(False)
        before = self.booking
        # Both places it was and is now: the day it left shows a free time again.
        self.desk.act(
            work, self._moved, self._move_failed, change=lambda moved: Change.of_bookings(before, moved)
        )

    def _moved(self, _booking: BookingView) -> None:
        self.accept()

    def _move_failed(self, text: str) -> None:
        # Usually someone took the time meanwhile: say so and show what is free now.
        self.move_button.setEnabled(True)
        self._show_message(text)
        self.load_times()

    def _show_message(self, text: str) -> None:
        self.message.show_message(text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
