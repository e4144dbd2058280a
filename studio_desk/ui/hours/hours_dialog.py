"""Hours (admins): pick a coach, edit their weekly pattern from a date, add and remove time off,
extra hours and studio holidays, and see the bookings a change left outside the hours.

The rules (what overlaps, what a pattern needs, which bookings are in the way) are the
services'; this screen asks and shows. Time off or a holiday over bookings comes back as a
refusal listing them, and the screen asks "save anyway?" before saving again with `anyway`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
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
from studio_desk.services import (
    Actor,
    BookingsInTheWay,
    BookingView,
    Change,
    ChangeKind,
    CoachView,
    Database,
    ExceptionKind,
    HolidayView,
    HoursChange,
    HoursException,
    WeeklyPattern,
)
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.date_field import DateField
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.messages import problem_of

HOURS_CHANGE = Change.of_kinds(ChangeKind.HOURS)


@dataclass(frozen=True)
class CoachHours:
    """Everything the screen shows of one coach, read in one go."""

    patterns: tuple[WeeklyPattern, ...]
    exceptions: tuple[HoursException, ...]
    holidays: tuple[HolidayView, ...]
    outside: tuple[BookingView, ...]


def read_coach_hours(db: Database, coach_id: int, today: dt.date) -> CoachHours:
    return CoachHours(
        services.weekly_hours(db, coach_id),
        services.hours_exceptions(db, coach_id, today),
        services.list_holidays(db, today),
        services.bookings_outside(db, coach_id, today),
    )


def ruling_pattern(patterns: tuple[WeeklyPattern, ...], day: dt.date) -> WeeklyPattern | None:
    """The pattern that rules `day`, else the first one to come."""
    before = [p for p in patterns if p.valid_from <= day]
    return before[-1] if before else (patterns[0] if patterns else None)


class HoursDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.live = LiveView(self, desk, self._load, self._concerns)
        self.setWindowTitle(self.tr("Hours"))
        self._filled_for: int | None = None  # the coach whose pattern the fields hold

        self.coach = QComboBox()
        self.valid_from = DateField()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("ddd d MMM yyyy")
        self.valid_from.setDate(_qdate(desk.today()))
        day_labels = [
            self.tr("&Monday"),
            self.tr("&Tuesday"),
            self.tr("&Wednesday"),
            self.tr("T&hursday"),
            self.tr("F&riday"),
            self.tr("S&aturday"),
            self.tr("S&unday"),
        ]
        self.days = [QLineEdit() for _ in day_labels]
        pattern_box = QGroupBox(self.tr("Weekly hours"))
        pattern_form = QFormLayout(pattern_box)
        pattern_form.addRow(self.tr("Valid &from"), self.valid_from)
        # Wide enough for a split day with an evening: three windows.
        wide = self.fontMetrics().horizontalAdvance("08:00-12:00, 13:00-17:00, 18:00-21:00") + 16
        for label, field in zip(day_labels, self.days, strict=True):
            field.setMinimumWidth(wide)
            field.setPlaceholderText(self.tr("not working"))
            pattern_form.addRow(label, field)
        self.patterns_note = QLabel()
        self.patterns_note.setWordWrap(True)
        pattern_form.addRow(self.patterns_note)
        self.save_pattern = QPushButton(self.tr("&Save weekly hours"))
        self.save_pattern.clicked.connect(self.save_weekly_hours)
        pattern_form.addRow(self.save_pattern)

        self.exceptions = QListWidget()
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.day = DateField()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setDate(_qdate(desk.today()))
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("empty: the whole day"))
        self.holiday_name = QLineEdit()
        self.add_off = QPushButton(self.tr("Add time &off"))
        self.add_off.clicked.connect(self.add_time_off)
        self.add_extra = QPushButton(self.tr("Add e&xtra hours"))
        self.add_extra.clicked.connect(self.add_extra_hours)
        self.add_holiday_button = QPushButton(self.tr("Add holida&y"))
        self.add_holiday_button.clicked.connect(self.add_holiday)
        exceptions_box = QGroupBox(self.tr("Time off, extra hours and holidays"))
        grid = QGridLayout(exceptions_box)
        exceptions_label = QLabel(self.tr("&Exceptions and holidays from today"))
        exceptions_label.setBuddy(self.exceptions)
        grid.addWidget(exceptions_label, 0, 0, 1, 2)
        grid.addWidget(self.exceptions, 1, 0, 1, 2)
        grid.addWidget(self.remove_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        entry = QFormLayout()
        entry.addRow(self.tr("&Date"), self.day)
        entry.addRow(self.tr("T&ime"), self.hours)
        entry.addRow(self.tr("Holiday &name"), self.holiday_name)
        grid.addLayout(entry, 3, 0, 1, 2)
        adds = QHBoxLayout()
        for button in (self.add_off, self.add_extra, self.add_holiday_button):
            adds.addWidget(button)
        grid.addLayout(adds, 4, 0, 1, 2)

        self.outside = QListWidget()
        self.outside.setMaximumHeight(self.fontMetrics().height() * 7)
        outside_label = QLabel(self.tr("&Bookings outside the hours (they stay booked)"))
        outside_label.setBuddy(self.outside)

        self.message = InlineError()
        top = QFormLayout()
        top.addRow(self.tr("&Coach"), self.coach)
        columns = QHBoxLayout()
        columns.addWidget(pattern_box, 1)
        columns.addWidget(exceptions_box, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.make_close_button())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns)
        layout.addWidget(outside_label)
        layout.addWidget(self.outside)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.set_main_button(self.save_pattern)
        self.set_first_field(self.coach)
        self.watch_input(*self.days, self.hours, self.holiday_name)

        self.coach.currentIndexChanged.connect(lambda _index: self.live.refresh())
        desk.read(services.list_coaches, self._show_coaches, self.message.show_message, owner=self)

    # Reading ------------------------------------------------------------------------------

    @property
    def coach_id(self) -> int | None:
        value = self.coach.currentData()
        return value if isinstance(value, int) else None

    def _show_coaches(self, coaches: list[CoachView]) -> None:
        self.coach.blockSignals(True)
        for coach in coaches:
            self.coach.addItem(coach.name, coach.id)
        self.coach.blockSignals(False)
        self.live.refresh()

    def _concerns(self, change: Change) -> bool:
        return change.concerns(kinds=(ChangeKind.HOURS, ChangeKind.BOOKINGS), coach_id=self.coach_id)

    def _load(self) -> None:
        coach, today = self.coach_id, self.desk.today()
        if coach is not None:
            self.live.read(
                lambda db: read_coach_hours(db, coach, today), self._show, self.message.show_message
            )

    def _show(self, hours: CoachHours) -> None:
        if self._filled_for != self.coach_id:  # a refresh never overwrites what is being typed
            self._filled_for = self.coach_id
            pattern = ruling_pattern(hours.patterns, self.desk.today())
            for weekday, field in enumerate(self.days):
                windows = pattern.on(weekday) if pattern else ()
                field.setText(", ".join(f"{formats.time(w.start)}-{formats.time(w.end)}" for w in windows))
            self.forget_input()
        starts = ", ".join(formats.date(p.valid_from) for p in hours.patterns)
        self.patterns_note.setText(
            self.tr("Weekly patterns from: {dates}").format(dates=starts)
            if starts
            else self.tr("No weekly hours yet: the coach works only their extra hours.")
        )
        self.exceptions.clear()
        rows: list[tuple[dt.date, str, HoursException | HolidayView]]
        rows = [(e.day, self._exception_text(e), e) for e in hours.exceptions]
        rows += [(h.day, self.tr("Holiday: {name}").format(name=h.name), h) for h in hours.holidays]
        for day, text, item in sorted(rows, key=lambda row: row[0]):
            entry = QListWidgetItem(f"{formats.weekday_date(day)} · {text}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.exceptions.addItem(entry)
        self._show_outside(hours.outside)

    def _exception_text(self, exception: HoursException) -> str:
        if exception.start is None or exception.end is None:
            return self.tr("Time off, the whole day")
        span = f"{formats.time(exception.start)}-{formats.time(exception.end)}"
        if exception.kind is ExceptionKind.TIME_OFF:
            return self.tr("Time off {hours}").format(hours=span)
        return self.tr("Extra hours {hours}").format(hours=span)

    def _show_outside(self, bookings: tuple[BookingView, ...]) -> None:
        self.outside.clear()
        for booking in bookings:
            self.outside.addItem(self._booking_text(booking))
        if not bookings:
            self.outside.addItem(self.tr("None: every booking fits the hours."))

    def _booking_text(self, booking: BookingView) -> str:
        return (
            f"{formats.weekday_date(booking.start_at.date())} {formats.time(booking.start_at)} · "
            f"{booking.client_name} · {booking.course_title} ({booking.coach_name})"
        )

    # Changing -----------------------------------------------------------------------------

    def save_weekly_hours(self) -> None:
        coach, valid_from = self.coach_id, _day_of(self.valid_from.date())
        texts = [field.text() for field in self.days]

        def work(db: Database, actor: Actor) -> HoursChange:
            windows = {weekday: services.parse_windows(text) for weekday, text in enumerate(texts)}
            return services.set_weekly_hours(
                db, actor, coach_id=coach, valid_from=valid_from, windows=windows
            )

        self._act(work)

    def add_time_off(self, anyway: bool = False) -> None:
        coach, day, text = self.coach_id, _day_of(self.day.date()), self.hours.text()

        def work(db: Database, actor: Actor) -> HoursChange | BookingsInTheWay:
            windows = services.parse_windows(text)
            start, end = windows[0] if windows else (None, None)
            return _or_in_the_way(
                lambda: services.add_time_off(
                    db, actor, coach_id=coach, date=day, start_time=start, end_time=end, anyway=anyway
                )
            )

        self._act(work, again=lambda: self.add_time_off(anyway=True))

    def add_extra_hours(self) -> None:
        coach, day, text = self.coach_id, _day_of(self.day.date()), self.hours.text()

        def work(db: Database, actor: Actor) -> HoursChange:
            windows: list[tuple[dt.time | str, dt.time | str]] = list(services.parse_windows(text))
            # No hours typed: the service says what it needs.
            start, end = windows[0] if windows else ("", "")
            return services.add_extra_hours(
                db, actor, coach_id=coach, date=day, start_time=start, end_time=end
            )

        self._act(work)

    def add_holiday(self, anyway: bool = False) -> None:
        day, name = _day_of(self.day.date()), self.holiday_name.text()

        def work(db: Database, actor: Actor) -> HoursChange | BookingsInTheWay:
            return _or_in_the_way(lambda: services.add_holiday(db, actor, date=day, name=name, anyway=anyway))

        self._act(work, again=lambda: self.add_holiday(anyway=True))

    def remove_selected(self) -> None:
        item = self.exceptions.currentItem()
        chosen = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if chosen is None:
            self.message.show_message(self.tr("Pick the time off, extra hours or holiday to remove."))
            return

        def work(db: Database, actor: Actor) -> HoursChange:
            if isinstance(chosen, HolidayView):
                services.remove_holiday(db, actor, chosen.id)
            elif chosen.kind is ExceptionKind.TIME_OFF:
                services.remove_time_off(db, actor, chosen.id)
            else:
                return services.remove_extra_hours(db, actor, chosen.id)
            return HoursChange()

        self._act(work)

    def _act(
        self, work: Callable[[Database, Actor], object], again: Callable[[], None] | None = None
    ) -> None:
        self.message.clear_message()

        def done(result: object) -> None:
            if isinstance(result, BookingsInTheWay):
                listed = "\n".join(self._booking_text(b) for b in result.bookings)  # type: ignore[arg-type]
                question = self.tr("{refusal}\n\n{bookings}\n\nSave anyway?").format(
                    refusal=problem_of(result), bookings=listed
                )
                if again is not None and self.desk.prompts.confirm(self, question, default=False):
                    again()
                return
            self.forget_input()
            outside = result.outside if isinstance(result, HoursChange) else ()
            if outside:
                self.desk.prompts.info(
                    self,
                    self.tr(
                        "Saved. These bookings are now outside the hours; they stay booked:\n\n{bookings}"
                    ).format(bookings="\n".join(self._booking_text(b) for b in outside)),
                )

        self.desk.act(work, done, self.message.show_message, change=HOURS_CHANGE, owner=self)


def _or_in_the_way(save: Callable[[], HoursChange]) -> HoursChange | BookingsInTheWay:
    # The refusal carries the bookings; a failed action hands the screen only its words.
    try:
        return save()
    except BookingsInTheWay as refused:
        return refused


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day_of(value: QDate) -> dt.date:
    day: dt.date = value.toPython()  # type: ignore[assignment]
    return day
