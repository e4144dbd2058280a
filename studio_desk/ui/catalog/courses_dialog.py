"""The Courses screen (admins): each course's title, coach, duration, price, buffer, location,
capacity (1: private sessions; more: a group class), whether it takes bookings, its web course,
and its cancellation rules. A new price is for bookings made from then on; the services say so
and decide what is valid (a course with bookings stays private or a class), and their message
is shown as it comes.

Saving a course saves its rules too (or clears them when it no longer has any), just after the
course itself: a new course needs its number first. Rules refused then leave the course saved
and what was typed for the rules in place, with the refusal beside it."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Actor, CancelRules, CoachView, CourseView, Database, DomainError
from studio_desk.ui.catalog.cancel_rules_form import CancelRulesForm, TypedRules
from studio_desk.ui.catalog.coaches_dialog import CATALOG_CHANGED, catalog_concerns
from studio_desk.ui.catalog.list_editor import lay_out_list_and_editor
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.messages import Problem, problem_of

LIST_WIDTH = 220  # at least; wider when a course's name needs it


@dataclass(frozen=True)
class Catalog:
    courses: list[CourseView]
    coaches: list[CoachView]
    rules: dict[int, CancelRules] = dataclass_field(default_factory=dict)  # by course; a course without: none


def read_catalog(db: Database, actor: Actor | None = None) -> Catalog:
    """The courses, the coaches, and (for a signed-in person) each course's rules."""
    courses = services.list_courses(db, include_inactive=True)
    rules = {}
    if actor is not None:
        for course in courses:
            found = services.get_cancel_rules(db, actor, course.id)
            if found is not None:
                rules[course.id] = found
    return Catalog(courses, services.list_coaches(db, include_inactive=True), rules)


@dataclass(frozen=True)
class CourseSaved:
    """A course saved, and the services' refusal of its rules (None: they were saved too)."""

    course: CourseView
    rules_refused: DomainError | None = None


@dataclass(frozen=True)
class UnsavedRules:
    """Rules typed for a course that the services refused: shown again over what is stored."""

    course_id: int
    typed: TypedRules
    problem: Problem


class CoursesDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Courses"))
        self.courses: list[CourseView] = []
        self.rules: dict[int, CancelRules] = {}
        self.editing: CourseView | None = None  # None: the form adds a new course
        self.unsaved_rules: UnsavedRules | None = None

        self.course_list = QListWidget()
        self.course_list.setMinimumWidth(LIST_WIDTH)
        list_label = QLabel(self.tr("Cou&rses"))
        list_label.setBuddy(self.course_list)

        self.title_edit = QLineEdit()
        self.coach_box = QComboBox()
        self.duration_edit = QLineEdit()
        self.duration_edit.setPlaceholderText(self.tr("minutes"))
        self.price_edit = QLineEdit()
        self.buffer_edit = QLineEdit()
        self.buffer_edit.setPlaceholderText(self.tr("minutes kept free after each session"))
        self.location_edit = QLineEdit()
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, services.MAX_CAPACITY)
        # 1 reads as what it means; more makes a group class, whose times the Timetable sets.
        self.capacity_spin.setSpecialValueText(self.tr("1: private sessions"))
        self.capacity_spin.setToolTip(self.tr("More than 1: a group class; the Timetable sets its times."))
        self.active_box = QCheckBox(self.tr("&Active: takes new bookings"))
        self.remote_edit = QLineEdit()
        self.remote_edit.setPlaceholderText(self.tr("empty: not on the web"))
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("Coac&h"), self.coach_box)
        form.addRow(self.tr("&Duration (minutes)"), self.duration_edit)
        form.addRow(self.tr("&Price ({currency})").format(currency=desk.settings.currency), self.price_edit)
        form.addRow(self.tr("&Buffer (minutes)"), self.buffer_edit)
        form.addRow(self.tr("Locatio&n"), self.location_edit)
        form.addRow(self.tr("Capacit&y (people)"), self.capacity_spin)
        form.addRow("", self.active_box)
        form.addRow(self.tr("&Web course number"), self.remote_edit)
        self.price_note = QLabel(
            self.tr("A new price is for new bookings: a booking keeps the price it was sold at.")
        )
        self.price_note.setWordWrap(True)
        self.rules_form = CancelRulesForm(desk.settings.currency)
        self.note = InlineError()
        self.name_field("the course's title", self.title_edit)
        for what, widget in (
            ("the late-cancel window", self.rules_form.window_edit),
            ("the late-cancel cost", self.rules_form.late_cost),
            ("the late-cancel fee", self.rules_form.late_fee),
            ("the no-show cost", self.rules_form.no_show_cost),
            ("the no-show fee", self.rules_form.no_show_fee),
            ("the block days", self.rules_form.block_edit),
        ):
            self.name_field(what, widget)

        self.save_button = QPushButton(self.tr("&Save"))
        self.new_button = QPushButton(self.tr("N&ew course"))
        close = self.make_close_button()
        lay_out_list_and_editor(
            self, (list_label, self.course_list), form, (self.price_note, self.rules_form, self.note),
            (self.save_button, self.new_button), close,
        )

        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        self.course_list.currentRowChanged.connect(self.show_course)
        self.set_main_button(self.save_button)
        self.set_first_field(self.title_edit)
        self.start_new()
        self.live = LiveView(self, desk, self.reload, catalog_concerns)

    def fields(self) -> tuple[QWidget, ...]:
        return (
            self.title_edit, self.coach_box, self.duration_edit, self.price_edit, self.buffer_edit,
            self.location_edit, self.capacity_spin, self.active_box, self.remote_edit,
            *self.rules_form.fields(),
        )

    # Reading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        actor = self.desk.actor
        self.live.read(lambda db: read_catalog(db, actor), self.show_catalog)

    def show_catalog(self, catalog: Catalog) -> None:
        chosen = self.coach_box.currentData()
        self.coach_box.clear()
        for coach in catalog.coaches:
            label = coach.name if coach.active else self.tr("{name} (inactive)").format(name=coach.name)
            self.coach_box.addItem(label, coach.id)
        self.coach_box.setCurrentIndex(max(0, self.coach_box.findData(chosen)))
        self.courses = catalog.courses
        self.rules = catalog.rules
        keep = self.editing.id if self.editing else None
        self.course_list.blockSignals(True)
        self.course_list.clear()
        for course in catalog.courses:
            text = f"{course.title} · {course.coach_name}"
            if course.is_class:
                text = self.tr("{course} · class of {capacity}").format(course=text, capacity=course.capacity)
            inactive = self.tr("{course} (inactive)").format(course=text)
            self.course_list.addItem(text if course.active else inactive)
        self.course_list.blockSignals(False)
        # As wide as its longest entry (a class's runs long): a name is not cut off.
        frame = 2 * self.course_list.frameWidth() + self.course_list.verticalScrollBar().sizeHint().width()
        self.course_list.setMinimumWidth(max(LIST_WIDTH, self.course_list.sizeHintForColumn(0) + frame))
        rows = [index for index, course in enumerate(catalog.courses) if course.id == keep]
        if rows:
            self.course_list.setCurrentRow(rows[0])
        else:
            self.start_new()

    def show_course(self, row: int) -> None:
        if not 0 <= row < len(self.courses):
            return
        course = self.courses[row]
        self.editing = course
        self.title_edit.setText(course.title)
        self.coach_box.setCurrentIndex(max(0, self.coach_box.findData(course.coach_id)))
        self.duration_edit.setText(str(course.duration_minutes))
        self.price_edit.setText(formats.amount(course.price, self.desk.settings.currency))
        self.buffer_edit.setText(str(course.buffer_minutes))
        self.location_edit.setText(course.location or "")
        self.capacity_spin.setValue(course.capacity)
        self.active_box.setChecked(course.active)
        self.remote_edit.setText("" if course.remote_id is None else str(course.remote_id))
        self.rules_form.show_rules(self.rules.get(course.id))
        self.note.hide()
        self.watch_input(*self.fields())
        unsaved = self.unsaved_rules
        if unsaved is not None and unsaved.course_id == course.id:
            # Typed, refused, not saved: still the person's to put right (and Escape asks first).
            self.rules_form.put_back(unsaved.typed)
            self.show_problem(self.note, unsaved.problem)
        else:
            self.unsaved_rules = None

    def start_new(self) -> None:
        self.editing = None
        self.unsaved_rules = None
        self.course_list.clearSelection()
        for field in (self.title_edit, self.duration_edit, self.price_edit, self.location_edit):
            field.clear()
        self.remote_edit.clear()
        self.buffer_edit.setText("0")
        self.capacity_spin.setValue(1)
        self.active_box.setChecked(True)
        self.rules_form.show_rules(None)
        self.note.hide()
        self.watch_input(*self.fields())
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Changing ----------------------------------------------------------------------------------

    def save(self) -> None:
        coach_id = self.coach_box.currentData() if self.coach_box.count() else ""
        title, duration, price = self.title_edit.text(), self.duration_edit.text(), self.price_edit.text()
        buffer, location, remote = self.buffer_edit.text(), self.location_edit.text(), self.remote_edit.text()
        active, course, capacity = self.active_box.isChecked(), self.editing, self.capacity_spin.value()
        rules, had_rules, typed = self.rules_form.wanted(), self.rules_form.had_rules, self.rules_form.typed()
        self.name_field("The fee", self._fee_refused_first())

        def work(db: Database, actor: Actor) -> CourseSaved:
            if course is None:
                saved = services.create_course(
                    db, actor, coach_id=coach_id, title=title, duration_minutes=duration, price=price,
                    buffer_minutes=buffer, location=location, remote_id=remote, active=active,
                    capacity=capacity,
                )
            else:
                saved = services.update_course(
                    db, actor, course.id, coach_id=coach_id, title=title, duration_minutes=duration,
                    price=price, buffer_minutes=buffer, location=location, remote_id=remote, active=active,
                    capacity=capacity,
                )
            try:
                if rules is not None:
                    services.set_cancel_rules(db, actor, saved.id, **rules)
                elif had_rules:
                    services.clear_cancel_rules(db, actor, saved.id)
            except DomainError as refusal:
                return CourseSaved(saved, refusal)
            return CourseSaved(saved)

        self.desk.act(
            work, lambda result: self.saved(result, typed), self.refused, change=CATALOG_CHANGED, owner=self
        )

    def _fee_refused_first(self) -> QWidget:
        """The fee a refusal about "the fee" is about: the services read the late-cancel fee
        first, so it is that one unless it reads and the no-show's does not."""
        form = self.rules_form
        for fee in (form.late_fee, form.no_show_fee):
            if fee.isEnabled() and not _reads_as_amount(fee.text(), self.desk.settings.currency):
                return fee
        return form.late_fee

    def saved(self, result: CourseSaved, typed: TypedRules) -> None:
        self.editing = result.course
        refused = result.rules_refused
        if refused is None:
            self.unsaved_rules = None
            self.forget_input()
        else:
            self.unsaved_rules = UnsavedRules(result.course.id, typed, problem_of(refused))
        self.live.refresh()

    def refused(self, message: str) -> None:
        self.show_problem(self.note, message)


def _reads_as_amount(text: str, currency: str) -> bool:
    try:
        services.parse_amount(text, what="The fee", currency=currency)
    except services.ValidationError:
        return False
    return True
