"""The calendar screen: a day of every coach, or a week of one, with the date to move around."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import (
    EARLIEST_DAY,
    LATEST_DAY,
    BookingStatus,
    Change,
    ChangeKind,
    CoachView,
    Database,
    DaySchedule,
    WeekSchedule,
    day_schedule,
    week_schedule,
)
from studio_desk.ui.calendar.day_calendar import DayCalendar
from studio_desk.ui.kit import style
from studio_desk.ui.kit.date_field import DateField
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.labels import status_label
from studio_desk.ui.kit.live_view import LiveView

# The view combo's entries in English, for reference (shown translated; the page goes by the index).
DAY_VIEW = "Day (all coaches)"
WEEK_VIEW = "Week"
DAY_INDEX, WEEK_INDEX = range(2)
SHOWN_STATUSES = (BookingStatus.PENDING, BookingStatus.PAID, BookingStatus.CONFIRMED, BookingStatus.DONE)
# How often the now-line moves on (and the past grows): about a pixel at the calendar's scale.
NOW_TICK_MS = 60_000


def long_date(day: dt.date) -> str:
    """'Friday 24 October 2025' ('Jumat 24 Oktober 2025'), as people write it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def week_start_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())  # weeks start on Monday


class CalendarPage(QWidget):
    new_booking_requested = Signal(int, object)  # coach id, aware start in the studio's zone
    booking_opened = Signal(int)  # booking id
    sig_class_opened = Signal(int)  # a class's block clicked (or Enter on it): the occurrence id

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.day = desk.today()
        self.coaches: list[CoachView] = []
        self._coaches_stale = True  # the week view's coach picker: read again only when they change
        self.live = LiveView(self, desk, self._load, self._concerns)

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.date_edit = DateField()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.view_combo = QComboBox()
        self.view_combo.addItems([self.tr("Day (all coaches)"), self.tr("Week")])
        self.coach_combo = QComboBox()
        self.coach_combo.setMinimumContentsLength(14)
        self.coach_label = QLabel(self.tr("Coach:"))
        self.coach_label.setBuddy(self.coach_combo)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.problem = InlineError()

        self.calendar = DayCalendar(desk.settings)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.calendar)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes straight to the grid, whose arrows walk its blocks; what it leaves (an arrow
        # with no block that way) still scrolls the area.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The header and hour labels are drawn at the visible edges: repaint them as it scrolls.
        self.scroll_area.verticalScrollBar().valueChanged.connect(self.calendar.update)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self.calendar.update)

        self._lay_out()
        self._add_day_actions()
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(self.desk.today()))
        self.date_edit.dateChanged.connect(lambda date: self.go_to(date.toPython()))
        self.view_combo.currentIndexChanged.connect(self._view_changed)
        self.coach_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.calendar.free_time_clicked.connect(self.new_booking_requested)
        self.calendar.booking_clicked.connect(self.booking_opened)
        self.calendar.sig_class_opened.connect(self.sig_class_opened)
        self.calendar.sig_block_focused.connect(self._scroll_to)
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(NOW_TICK_MS)
        self._now_timer.timeout.connect(self.tick)
        self._now_timer.start()
        desk.actor_changed.connect(self._actor_changed)
        self._view_changed()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button, self.date_edit):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.view_combo)
        bar.addWidget(self.coach_label)
        bar.addWidget(self.coach_combo)
        bar.addStretch(1)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading, 1)
        title_row.addLayout(self._legend())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(title_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.scroll_area, 1)

    def _legend(self) -> QHBoxLayout:
        """What the colours mean, in words."""
        legend = QHBoxLayout()
        legend.setSpacing(6)
        for status in SHOWN_STATUSES:
            chip = QLabel(status_label(status))
            fill, ink = style.status_fill(status), style.status_text(status)
            chip.setStyleSheet(
                f"background: {fill.name()}; color: {ink.name()}; border-left: 3px solid {ink.name()};"
                " padding: 2px 6px; border-radius: 3px;"
            )
            legend.addWidget(chip)
        # A class's block has a strip on both sides, in the classes' own colour.
        classes = ((self.tr("Class"), style.CLASS_FILL), (self.tr("Full class"), style.FULL_CLASS_FILL))
        class_ink = style.CLASS_INK
        for text, background in classes:
            chip = QLabel(text)
            chip.setStyleSheet(
                f"background: {background}; color: {class_ink}; border-left: 3px solid {class_ink};"
                f" border-right: 3px solid {class_ink}; padding: 2px 6px; border-radius: 3px;"
            )
            legend.addWidget(chip)
        free_and_past = ((self.tr("Free"), style.AVAILABILITY_FILL), (self.tr("Past"), style.PAST_FILL))
        for text, background in free_and_past:
            chip = QLabel(text)
            chip.setStyleSheet(
                f"background: {background}; color: #333333; border: 1px solid #d2d2d2;"
                " padding: 1px 6px; border-radius: 3px;"
            )
            legend.addWidget(chip)
        return legend

    def _add_day_actions(self) -> None:
        # Window-wide, so the keys work wherever the focus is (the tab bar too) while the
        # calendar is the page on screen; Qt ignores a hidden page's actions.
        self.day_actions: list[QAction] = []
        for text, keys, slot, button in (
            (self.tr("Previous day (week)"), "Alt+Left", lambda: self.step(-1), self.previous_button),
            (self.tr("Next day (week)"), "Alt+Right", lambda: self.step(1), self.next_button),
            (self.tr("Today"), "Alt+Home", lambda: self.go_to(self.desk.today()), self.today_button),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.day_actions.append(action)
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(self.tr("Shortcut: {keys}").format(keys=native))

    # Where we are ------------------------------------------------------------------------------

    @property
    def week_view(self) -> bool:
        return self.view_combo.currentIndex() == WEEK_INDEX

    def go_to(self, day: dt.date) -> None:
        day = min(max(day, EARLIEST_DAY), LATEST_DAY)  # Previous and Next stop at the desk's days
        if day == self.day and self.date_edit.date().toPython() == day:
            return
        self.day = day
        self.refresh()

    def step(self, direction: int) -> None:
        """Previous (-1) or next (+1) day, or week in the week view."""
        self.go_to(self.day + dt.timedelta(days=direction * (7 if self.week_view else 1)))

    def show_week_of(self, coach_id: int) -> None:
        index = self.coach_combo.findData(coach_id)
        if index >= 0:
            self.coach_combo.setCurrentIndex(index)
        self.view_combo.setCurrentIndex(WEEK_INDEX)

    def _scroll_to(self, block: QRect) -> None:
        """The block the arrows framed, brought into view (with a margin of grid around it)."""
        centre = block.center()
        margin = 8
        self.scroll_area.ensureVisible(centre.x(), centre.y(), block.width() // 2 + margin,
                                       block.height() // 2 + margin)

    def tick(self) -> None:
        """The clock moved on: the now-line and the past follow it (what the page's timer does)."""
        self.calendar.set_now(self.desk.now())

    def _view_changed(self) -> None:
        self.coach_label.setVisible(self.week_view)
        self.coach_combo.setVisible(self.week_view)
        self.refresh()

    # Loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the coaches and what the calendar shows again (now if it is shown)."""
        self._show_date()
        self.live.refresh()

    def _actor_changed(self, _actor: object) -> None:
        # A coach sees their own sessions (the services decide): the columns and the coach
        # picker follow who is signed in.
        self._coaches_stale = True
        self.refresh()

    def _concerns(self, change: Change) -> bool:
        if change.concerns(kinds=[ChangeKind.CATALOG]):
            self._coaches_stale = True
        # A class's places, waitlist and check-ins are noted as CLASSES, with no day: any may be ours.
        kinds = (ChangeKind.BOOKINGS, ChangeKind.HOURS, ChangeKind.CATALOG, ChangeKind.SETTINGS,
                 ChangeKind.CLASSES)
        if not self.week_view:
            return change.concerns(kinds=kinds, day=self.day)
        first = week_start_of(self.day)
        coach_id = self.coach_combo.currentData()
        return any(
            change.concerns(kinds=kinds, coach_id=coach_id, day=first + dt.timedelta(days=offset))
            for offset in range(7)
        )

    def _load(self) -> None:
        self._show_date()
        if self._coaches_stale or not self.coaches:
            self._coaches_stale = False
            self.live.read(services.list_coaches, self._coaches_loaded, self._failed)
        else:
            self._coaches_loaded(self.coaches)

    def _show_date(self) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.blockSignals(False)
        self.heading.setText(self._week_heading() if self.week_view else long_date(self.day))

    def _week_heading(self) -> str:
        first = week_start_of(self.day)
        return self.tr("Week of {date}").format(date=long_date(first))

    def _coaches_loaded(self, coaches: list[CoachView]) -> None:
        actor = self.desk.actor
        self._fill_coach_combo([coach for coach in coaches if services.sees_coach(actor, coach.id)])
        day = self.day
        if not self.week_view:
            self.live.read(lambda db: day_schedule(db, day, seen_by=actor), self._loaded, self._failed)
            return
        coach_id = self.coach_combo.currentData()
        if coach_id is None:  # no coaches yet: the empty grid says so
            self.problem.hide()
            self.calendar.set_columns([])
            return
        first = week_start_of(day)

        def work(db: Database) -> WeekSchedule:
            return week_schedule(db, coach_id, first, seen_by=actor)

        self.live.read(work, self._loaded, self._failed)

    def _fill_coach_combo(self, coaches: list[CoachView]) -> None:
        if [(c.id, c.name) for c in coaches] == [(c.id, c.name) for c in self.coaches]:
            return
        chosen = self.coach_combo.currentData()
        self.coaches = coaches
        self.coach_combo.blockSignals(True)
        self.coach_combo.clear()
        for coach in coaches:
            self.coach_combo.addItem(coach.name, coach.id)
        index = self.coach_combo.findData(chosen)
        self.coach_combo.setCurrentIndex(max(0, index))
        self.coach_combo.blockSignals(False)

    def _loaded(self, schedule: DaySchedule | WeekSchedule) -> None:
        self.problem.hide()
        self.calendar.set_now(self.desk.now())
        self.calendar.set_schedule(schedule)
        if isinstance(schedule, WeekSchedule):
            self.heading.setText(f"{self._week_heading()} · {schedule.coach_name}")

    def _failed(self, message: str) -> None:
        # Said on the page rather than in a box: it comes back on every refresh until it is fixed.
        self.problem.setText(self.tr("The calendar could not be loaded. {reason}").format(reason=message))
        self.problem.show()
