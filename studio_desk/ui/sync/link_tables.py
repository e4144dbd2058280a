"""The web sync settings' tables of links: each desk coach with the web coach id, web username
and web password, each course with the web course id, typed into line edits in the cells.

What differs from the saved configuration becomes configure_sync's `coaches` and `courses`,
checked by `sync.coach_web_link` and `sync.course_web_link`. The words are the dialog's: they
keep its translation context, "SyncSettingsDialog", and are translated where its own are.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from studio_desk.services import CoachView, CourseView, sync


@dataclass
class CoachRow:
    coach: CoachView
    remote_id: QLineEdit
    username: QLineEdit
    password: QLineEdit


@dataclass
class CourseRow:
    course: CourseView
    remote_id: QLineEdit


class LinkTables:
    """The coaches' table (`coaches`) and the courses' (`courses`), for the dialog to lay out;
    `coach_rows` and `course_rows` are their line edits, by desk coach and course id."""

    def __init__(self) -> None:
        self.coaches = _table(
            (
                QCoreApplication.translate("SyncSettingsDialog", "Coach"),
                QCoreApplication.translate("SyncSettingsDialog", "Web coach id"),
                QCoreApplication.translate("SyncSettingsDialog", "Web username"),
                QCoreApplication.translate("SyncSettingsDialog", "Web password"),
            )
        )
        self.courses = _table(
            (
                QCoreApplication.translate("SyncSettingsDialog", "Course"),
                QCoreApplication.translate("SyncSettingsDialog", "Coach"),
                QCoreApplication.translate("SyncSettingsDialog", "Web course id"),
            )
        )
        self._coaches_in_view, self._courses_in_view = _KeepInView(self.coaches), _KeepInView(self.courses)
        self.coach_rows: dict[int, CoachRow] = {}
        self.course_rows: dict[int, CourseRow] = {}

    # Showing -------------------------------------------------------------------------------

    def fill(self, coaches: list[CoachView], courses: list[CourseView], config: sync.SyncConfig) -> None:
        """A row for each coach and course, with the links `config` has."""
        self._fill_coaches(coaches, config)
        self._fill_courses(courses)

    def _fill_coaches(self, coaches: list[CoachView], config: sync.SyncConfig) -> None:
        # A password not kept yet (the keyring said no) stays typed through a reload.
        typed = {coach_id: row.password.text() for coach_id, row in self.coach_rows.items()}
        self.coach_rows = {}
        self.coaches.setRowCount(len(coaches))
        for row, coach in enumerate(coaches):
            link = config.coach(coach.id)
            remote = "" if coach.remote_id is None else str(coach.remote_id)
            password = _editor(
                placeholder=QCoreApplication.translate("SyncSettingsDialog", "type to change") if link else ""
            )
            password.setEchoMode(QLineEdit.EchoMode.Password)
            password.setText(typed.get(coach.id, ""))
            found = CoachRow(
                coach,
                _editor(remote, _not_linked()),
                _editor(link.username if link else ""),
                password,
            )
            self.coaches.setItem(row, 0, _name_cell(coach.name))
            for column, editor in enumerate((found.remote_id, found.username, found.password), start=1):
                self.coaches.setCellWidget(row, column, editor)
            self.coach_rows[coach.id] = found
        self.coaches.resizeRowsToContents()

    def _fill_courses(self, courses: list[CourseView]) -> None:
        self.course_rows = {}
        self.courses.setRowCount(len(courses))
        for row, course in enumerate(courses):
            remote = "" if course.remote_id is None else str(course.remote_id)
            found = CourseRow(course, _editor(remote, _not_linked()))
            self.courses.setItem(row, 0, _name_cell(course.title))
            self.courses.setItem(row, 1, _name_cell(course.coach_name))
            self.courses.setCellWidget(row, 2, found.remote_id)
            self.course_rows[course.id] = found
        self.courses.resizeRowsToContents()

    def editors(self) -> list[QWidget]:
        """Each coach's fields, then each course's: the order Tab takes. Each scrolls its table
        to itself when it takes the focus."""
        coach_fields: list[QWidget] = [
            field for row in self.coach_rows.values() for field in (row.remote_id, row.username, row.password)
        ]
        course_fields: list[QWidget] = [row.remote_id for row in self.course_rows.values()]
        for editor in coach_fields:
            editor.installEventFilter(self._coaches_in_view)
        for editor in course_fields:
            editor.installEventFilter(self._courses_in_view)
        return coach_fields + course_fields

    # Reading what was typed ----------------------------------------------------------------

    def coach_changes(self, config: sync.SyncConfig) -> dict[int, tuple[int, str] | None]:
        """The coaches whose link differs from `config`'s: their new link, or None to unlink."""
        coaches: dict[int, tuple[int, str] | None] = {}
        for coach_id, row in self.coach_rows.items():
            link = config.coach(coach_id)
            remote, username = row.remote_id.text().strip(), row.username.text().strip()
            if (remote, username) == ((str(link.remote_id), link.username) if link else ("", "")):
                continue
            linked = bool(remote or username)
            coaches[coach_id] = _coach_link(row.coach, remote, username) if linked else None
        return coaches

    def course_changes(self) -> dict[int, int | None]:
        """The courses whose link differs from the one loaded: their new link, or None to unlink."""
        courses: dict[int, int | None] = {}
        for course_id, course_row in self.course_rows.items():
            remote = course_row.remote_id.text().strip()
            if remote == ("" if course_row.course.remote_id is None else str(course_row.course.remote_id)):
                continue
            courses[course_id] = _course_link(course_row.course, remote) if remote else None
        return courses

    def passwords(self) -> dict[str, str]:
        """The passwords typed, by the web username typed next to them."""
        return {
            row.username.text().strip(): row.password.text()
            for row in self.coach_rows.values()
            if row.password.text()
        }

    def clear_passwords(self) -> None:
        for row in self.coach_rows.values():
            row.password.clear()


def _not_linked() -> str:
    return QCoreApplication.translate("SyncSettingsDialog", "not linked")


def _editor(text: str = "", placeholder: str = "") -> QLineEdit:
    editor = QLineEdit(text)
    editor.setPlaceholderText(placeholder)
    editor.setFrame(False)
    return editor


def _table(columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # The cells to type in are line edits that take the focus themselves (LinkTables.editors,
    # chained by the dialog): the table is no Tab stop of its own.
    table.setTabKeyNavigation(False)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return table


class _KeepInView(QObject):
    """Scrolls a table to the line edit that takes the focus, so Tab into a row below the fold
    shows where the typing goes."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.table.scrollTo(self.table.indexAt(watched.pos()))
        return False


def _name_cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


def _coach_link(coach: CoachView, remote: str, username: str) -> tuple[int, str]:
    return sync.coach_web_link(remote, username, row=coach.name)  # the name says which row


def _course_link(course: CourseView, remote: str) -> int:
    return sync.course_web_link(remote, row=course.title)
