"""The Courses screen (admins): each course's title, coach, duration, price, buffer, location,
whether it takes bookings, and its web course. A new price is for bookings made from then on;
the services say so and decide what is valid, and their message is shown as it comes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Actor, CoachView, CourseView, Database
from studio_desk.ui.catalog.coaches_dialog import CATALOG_CHANGED, catalog_concerns
from studio_desk.ui.catalog.list_editor import lay_out_list_and_editor
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView


@dataclass(frozen=True)
class Catalog:
    courses: list[CourseView]
    coaches: list[CoachView]


def read_catalog(db: Database) -> Catalog:
    return Catalog(
        services.list_courses(db, include_inactive=True), services.list_coaches(db, include_inactive=True)
    )


class CoursesDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Courses"))
        self.courses: list[CourseView] = []
        self.editing: CourseView | None = None  # None: the form adds a new course

        self.course_list = QListWidget()
        self.course_list.setMinimumWidth(220)
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
        form.addRow("", self.active_box)
        form.addRow(self.tr("&Web course number"), self.remote_edit)
        self.price_note = QLabel(
            self.tr("A new price is for new bookings: a booking keeps the price it was sold at.")
        )
        self.price_note.setWordWrap(True)
        self.note = InlineError()
        self.name_field("the course's title", self.title_edit)

        self.save_button = QPushButton(self.tr("&Save"))
        self.new_button = QPushButton(self.tr("N&ew course"))
        close = self.make_close_button()
        lay_out_list_and_editor(
            self, (list_label, self.course_list), form, (self.price_note, self.note),
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
            self.location_edit, self.active_box, self.remote_edit,
        )

    # Reading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.live.read(read_catalog, self.show_catalog)

    def show_catalog(self, catalog: Catalog) -> None:
        chosen = self.coach_box.currentData()
        self.coach_box.clear()
        for coach in catalog.coaches:
            label = coach.name if coach.active else self.tr("{name} (inactive)").format(name=coach.name)
            self.coach_box.addItem(label, coach.id)
        self.coach_box.setCurrentIndex(max(0, self.coach_box.findData(chosen)))
        self.courses = catalog.courses
        keep = self.editing.id if self.editing else None
        self.course_list.blockSignals(True)
        self.course_list.clear()
        for course in catalog.courses:
            text = f"{course.title} · {course.coach_name}"
            inactive = self.tr("{course} (inactive)").format(course=text)
            self.course_list.addItem(text if course.active else inactive)
        self.course_list.blockSignals(False)
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
        self.active_box.setChecked(course.active)
        self.remote_edit.setText("" if course.remote_id is None else str(course.remote_id))
        self.note.hide()
        self.watch_input(*self.fields())

    def start_new(self) -> None:
        self.editing = None
        self.course_list.clearSelection()
        for field in (self.title_edit, self.duration_edit, self.price_edit, self.location_edit):
            field.clear()
        self.remote_edit.clear()
        self.buffer_edit.setText("0")
        self.active_box.setChecked(True)
        self.note.hide()
        self.watch_input(*self.fields())
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Changing ----------------------------------------------------------------------------------

    def save(self) -> None:
        coach_id = self.coach_box.currentData() if self.coach_box.count() else ""
        title, duration, price = self.title_edit.text(), self.duration_edit.text(), self.price_edit.text()
        buffer, location, remote = self.buffer_edit.text(), self.location_edit.text(), self.remote_edit.text()
        active, course = self.active_box.isChecked(), self.editing

        def work(db: Database, actor: Actor) -> CourseView:
            if course is None:
                return services.create_course(
                    db, actor, coach_id=coach_id, title=title, duration_minutes=duration, price=price,
                    buffer_minutes=buffer, location=location, remote_id=remote, active=active,
                )
            return services.update_course(
                db, actor, course.id, coach_id=coach_id, title=title, duration_minutes=duration, price=price,
                buffer_minutes=buffer, location=location, remote_id=remote, active=active,
            )

        self.desk.act(work, self.saved, self.refused, change=CATALOG_CHANGED, owner=self)

    def saved(self, course: CourseView) -> None:
        self.editing = course
        self.forget_input()
        self.live.refresh()

    def refused(self, message: str) -> None:
        self.show_problem(self.note, message)
