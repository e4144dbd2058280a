"""The Timetable screen (admins): the weekly classes by weekday and time; a new weekly line or a
one-off class, with how many classes the services scheduled and each date they skipped and why;
and a line ended on its last day. Ending cancels the line's later classes that have no places;
those with places stay and are listed, for the desk to cancel one by one with their clients told.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import (
    Actor,
    CourseView,
    Database,
    OccurrenceView,
    TimetableEntryView,
    TimetableResult,
)
from studio_desk.ui.classes.rooms_dialog import CLASSES_CHANGED, classes_concern
from studio_desk.ui.classes.timetable_model import (
    LineEnded,
    TimetableModel,
    TimetableSetup,
    class_times,
    end_line,
    read_setup,
    weekday_name,
)
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.date_field import DateField
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.messages import translated

NO_ROOM = 0  # the room box's "no room" (a combo box finds no None)
TABLE_ROWS = 8


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day_of(field: DateField) -> dt.date:
    date = field.date()
    return dt.date(date.year(), date.month(), date.day())


def _date_field(day: dt.date) -> DateField:
    field = DateField()
    field.setCalendarPopup(True)
    field.setDisplayFormat("ddd d MMM yyyy")
    field.setDate(_qdate(day))
    return field


class TimetableDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Timetable"))
        self.setMinimumWidth(760)
        self.courses: list[CourseView] = []
        self.select_after_reading: int | None = None  # the line just added

        self.model = TimetableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table rather than walking its cells
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().height() * (TABLE_ROWS + 2))
        table_label = QLabel(self.tr("&Timetable (weekly classes)"))
        table_label.setBuddy(self.table)

        self.last_day = _date_field(desk.today())
        last_label = QLabel(self.tr("Last &day:"))
        last_label.setBuddy(self.last_day)
        self.end_button = QPushButton(self.tr("&End line"))
        self.end_button.setEnabled(False)  # until a line is chosen
        end_row = QHBoxLayout()
        for part in (last_label, self.last_day, self.end_button):
            end_row.addWidget(part)
        end_row.addStretch(1)

        self.weekly_option = QRadioButton(self.tr("Every &week"))
        self.once_option = QRadioButton(self.tr("O&nce"))
        self.weekly_option.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.weekly_option)
        choice.addButton(self.once_option)
        how_often = QWidget()
        often_row = QHBoxLayout(how_often)
        often_row.setContentsMargins(0, 0, 0, 0)
        often_row.addWidget(self.weekly_option)
        often_row.addWidget(self.once_option)
        often_row.addStretch(1)
        self.course_box = QComboBox()
        self.weekday_box = QComboBox()
        for weekday in range(7):
            self.weekday_box.addItem(weekday_name(weekday), weekday)
        self.weekday_box.setCurrentIndex(desk.today().weekday())
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText("18:00")
        self.coach_box = QComboBox()
        self.room_box = QComboBox()
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, services.MAX_CAPACITY)
        self.first_day = _date_field(desk.today())
        self.first_day_label = QLabel()
        self.first_day_label.setBuddy(self.first_day)
        self.until_box = QCheckBox(self.tr("&Until"))
        self.until_day = _date_field(desk.today() + dt.timedelta(weeks=12))
        self.until_day.setEnabled(False)
        self.until_row = QWidget()
        until_layout = QHBoxLayout(self.until_row)
        until_layout.setContentsMargins(0, 0, 0, 0)
        until_layout.addWidget(self.until_box)
        until_layout.addWidget(self.until_day, 1)
        self.add_button = QPushButton(self.tr("&Add"))
        self.form = QFormLayout()
        self.form.addRow("", how_often)
        self.form.addRow(self.tr("C&ourse"), self.course_box)
        self.form.addRow(self.tr("Day of the wee&k"), self.weekday_box)
        self.form.addRow(self.tr("Start ti&me"), self.time_edit)
        self.form.addRow(self.tr("Coac&h"), self.coach_box)
        self.form.addRow(self.tr("&Room"), self.room_box)
        self.form.addRow(self.tr("&Places"), self.capacity_spin)
        self.form.addRow(self.first_day_label, self.first_day)
        self.form.addRow("", self.until_row)
        self.form.addRow("", self.add_button)
        self.no_class_note = QLabel(
            self.tr("No course is a group class yet: give a course a capacity above 1 in Settings › Courses.")
        )
        self.no_class_note.setWordWrap(True)
        self.no_class_note.hide()
        adding = QGroupBox(self.tr("Add a class"))
        adding_layout = QVBoxLayout(adding)
        adding_layout.addLayout(self.form)
        adding_layout.addWidget(self.no_class_note)

        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.details = QListWidget()
        self.details.setWordWrap(True)  # a reason is read whole, not behind a scroll bar
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_label = QLabel()
        self.details_label.setBuddy(self.details)
        self.details_label.setWordWrap(True)
        for widget in (self.outcome, self.details_label, self.details):
            widget.hide()
        outcome_column = QVBoxLayout()
        outcome_column.addWidget(self.outcome)
        outcome_column.addWidget(self.details_label)
        outcome_column.addWidget(self.details, 1)
        outcome_column.addStretch(0)
        lower = QHBoxLayout()
        lower.addWidget(adding, 3)
        lower.addLayout(outcome_column, 2)

        self.note = InlineError()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.make_close_button())
        layout = QVBoxLayout(self)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(end_row)
        layout.addLayout(lower)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add)
        self.end_button.clicked.connect(self.end_chosen_line)
        self.weekly_option.toggled.connect(self.show_mode)
        self.until_box.toggled.connect(self.until_day.setEnabled)
        self.course_box.currentIndexChanged.connect(self.course_chosen)
        self.table.selectionModel().selectionChanged.connect(self.line_chosen)
        # The row the keys move to is the line chosen (Qt would only move the cursor there).
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.table.selectRow(current.row()) if current.isValid() else None
        )
        self.set_main_button(self.add_button)
        self.set_first_field(self.course_box)
        self.show_mode()
        self.watch_input(*self.fields())
        self.live = LiveView(self, desk, self.reload, classes_concern)

    def fields(self) -> tuple[QWidget, ...]:
        return (
            self.weekly_option, self.course_box, self.weekday_box, self.time_edit, self.coach_box,
            self.room_box, self.capacity_spin, self.first_day, self.until_box, self.until_day,
        )

    # Reading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        today = self.desk.today()
        self.live.read(lambda db: read_setup(db, today), self.show_setup, self.refused)

    def show_setup(self, setup: TimetableSetup) -> None:
        typed = self.has_typed_input()
        course_before = self.course_box.currentData()
        self.courses = setup.courses
        _refill(self.course_box, [
            (self.tr("{course} with {coach}, {capacity} places").format(
                course=course.title, coach=course.coach_name, capacity=course.capacity), course.id)
            for course in setup.courses
        ])
        _refill(self.coach_box, [(coach.name, coach.id) for coach in setup.coaches])
        _refill(self.room_box, [(self.tr("No room"), NO_ROOM)] + [
            (self.tr("{room} ({capacity} people)").format(room=room.name, capacity=room.capacity), room.id)
            for room in setup.rooms
        ])
        if self.course_box.currentData() != course_before:
            self.course_chosen()
        self.no_class_note.setVisible(not setup.courses)
        if not typed:  # the lists filled in, and the course's coach and places: nothing typed
            self.forget_input()

        chosen = self.chosen_entry()
        keep = self.select_after_reading or (chosen.id if chosen is not None else None)
        self.select_after_reading = None
        self.model.set_entries(setup.entries)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.line_chosen()

    def chosen_entry(self) -> TimetableEntryView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    # The form ----------------------------------------------------------------------------------

    def course_chosen(self) -> None:
        """A course brings its own coach and number of places, for the person to change."""
        course = next((c for c in self.courses if c.id == self.course_box.currentData()), None)
        if course is None:
            return
        self.coach_box.setCurrentIndex(max(0, self.coach_box.findData(course.coach_id)))
        self.capacity_spin.setValue(course.capacity)

    def show_mode(self) -> None:
        weekly = self.weekly_option.isChecked()
        self.form.setRowVisible(self.weekday_box, weekly)
        self.form.setRowVisible(self.until_row, weekly)
        self.first_day_label.setText(self.tr("&First day") if weekly else self.tr("Date o&f the class"))

    def line_chosen(self) -> None:
        self.end_button.setEnabled(self.chosen_entry() is not None)

    # Adding ------------------------------------------------------------------------------------

    def add(self) -> None:
        course = self.course_box.currentData()
        if not isinstance(course, int):
            self.show_problem(self.note, self.no_class_note.text())
            return
        self.note.clear_message()
        start, first = self.time_edit.text(), _day_of(self.first_day)
        coach, capacity = self.coach_box.currentData(), self.capacity_spin.value()
        room = self.room_box.currentData() or None
        if self.once_option.isChecked():

            def one_off(db: Database, actor: Actor) -> OccurrenceView:
                return services.add_class(
                    db, actor, course_id=course, date=first, start_time=start, coach_id=coach, room_id=room,
                    capacity=capacity,
                )

            self.desk.act(one_off, self.class_added, self.refused, change=CLASSES_CHANGED, owner=self)
            return
        weekday = self.weekday_box.currentData()
        last = _day_of(self.until_day) if self.until_box.isChecked() else None

        def weekly(db: Database, actor: Actor) -> TimetableResult:
            return services.add_timetable_entry(
                db, actor, course_id=course, weekday=weekday, start_time=start, starts_on=first, ends_on=last,
                coach_id=coach, room_id=room, capacity=capacity,
            )

        self.desk.act(weekly, self.line_added, self.refused, change=CLASSES_CHANGED, owner=self)

    def line_added(self, result: TimetableResult) -> None:
        self.forget_input()
        entry = result.entry
        added = self.tr("Added: {course}, every {weekday}, {time}.").format(
            course=entry.course_title, weekday=weekday_name(entry.weekday),
            time=class_times(entry.start_time, entry.duration_minutes),
        )
        if result.scheduled == 1:
            scheduled = self.tr("1 class scheduled.")
        else:
            scheduled = self.tr("{count} classes scheduled.").format(count=result.scheduled)
        self.show_outcome(f"{added} {scheduled}", self.tr("Dates &skipped:"), [
            f"{formats.weekday_date(skipped.day)}: {translated(skipped.why)}" for skipped in result.skipped
        ])
        self.select_after_reading = entry.id
        self.live.refresh()

    def class_added(self, made: OccurrenceView) -> None:
        self.forget_input()
        self.show_outcome(self.tr("Added a one-off class: {course} with {coach}, {day}, {time}.").format(
            course=made.course_title, coach=made.coach_name, day=formats.weekday_date(made.start_at.date()),
            time=f"{formats.time(made.start_at)}–{formats.time(made.end_at)}",
        ), "", [])

    # Ending a line -----------------------------------------------------------------------------

    def end_chosen_line(self) -> None:
        entry = self.chosen_entry()
        if entry is None:
            return
        last = _day_of(self.last_day)
        question = self.tr(
            "End {course} on {weekday} after {day}? Its classes after that day without places are canceled."
        ).format(course=entry.course_title, weekday=weekday_name(entry.weekday), day=formats.date(last))
        if not self.desk.prompts.confirm(self, question, default=False):
            return
        self.note.clear_message()
        self.desk.act(
            lambda db, actor: end_line(db, actor, entry.id, last),
            lambda ended: self.line_ended(entry, ended), self.refused, change=CLASSES_CHANGED, owner=self,
        )

    def line_ended(self, entry: TimetableEntryView, ended: LineEnded) -> None:
        text = self.tr("{course} on {weekday} ends on {day}. Classes canceled after it: {count}.").format(
            course=entry.course_title, weekday=weekday_name(entry.weekday), day=formats.date(ended.last_day),
            count=ended.canceled,
        )
        self.show_outcome(
            text,
            self.tr("Classes &still on: they have places booked. Cancel each one so its clients are told."),
            [
                self.tr("{day}, {time}: {places} places booked").format(
                    day=formats.weekday_date(found.start_at.date()), time=formats.time(found.start_at),
                    places=found.active_places,
                )
                for found in ended.still_on
            ],
        )

    # Showing what happened ---------------------------------------------------------------------

    def show_outcome(self, text: str, details_title: str, details: list[str]) -> None:
        self.outcome.setText(text)
        self.outcome.show()
        self.details.clear()
        self.details.addItems(details)
        self.details_label.setText(details_title)
        self.details_label.setVisible(bool(details))
        self.details.setVisible(bool(details))

    def refused(self, message: str) -> None:
        self.show_problem(self.note, message)


def _refill(box: QComboBox, items: list[tuple[str, int]]) -> None:
    """`box` holding `items` (text, id), the one chosen before still chosen when it is there."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, value in items:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(False)
