"""The Attendance page of the Reports tab: the group classes held between two dates, per class
course or per coach, with the places offered and taken, the check-ins, the no-shows and the
fill rate, and the total line; printed or saved as PDF.

Every figure is the services' (`attendance`); who sees the page is theirs too (an admin every
coach's classes, a coach their own: `may_see_coach_report`).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import AttendanceRow, Change, ChangeKind
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.printing import print_document, save_pdf
from studio_desk.ui.reports.report_documents import Lines, build_document, page_html, short_day, table_html
from studio_desk.ui.reports.report_widgets import FiguresTable, date_edit, day_of, set_days

# Places, check-ins and waitlists are the classes' own; a course or a coach renamed shows too.
_CONCERNS = (ChangeKind.CLASSES, ChangeKind.BOOKINGS, ChangeKind.CATALOG)


def attendance_headers(by_coach: bool) -> tuple[str, ...]:
    first = (QCoreApplication.translate("attendance_page", "Coach") if by_coach
             else QCoreApplication.translate("attendance_page", "Class"))
    return (
        first,
        QCoreApplication.translate("attendance_page", "Classes held"),
        QCoreApplication.translate("attendance_page", "Places offered"),
        QCoreApplication.translate("attendance_page", "Places taken"),
        QCoreApplication.translate("attendance_page", "Check-ins"),
        QCoreApplication.translate("attendance_page", "No-shows"),
        QCoreApplication.translate("attendance_page", "Fill rate"),
    )


def fill_rate(taken: int, offered: int) -> str:
    """"75%": the places taken out of those offered, to the whole percent."""
    return f"{taken / offered:.0%}" if offered else "–"


def attendance_lines(rows: Sequence[AttendanceRow]) -> Lines:
    """One line per class course (or coach), then the total of them all."""

    def line(name: str, held: int, offered: int, taken: int, checked: int, missed: int) -> list[str]:
        figures = (held, offered, taken, checked, missed)
        return [name, *(str(figure) for figure in figures), fill_rate(taken, offered)]

    lines = [line(r.name, r.occurrences, r.capacity, r.places, r.check_ins, r.no_shows) for r in rows]
    total = line(
        QCoreApplication.translate("attendance_page", "All classes"),
        sum(r.occurrences for r in rows), sum(r.capacity for r in rows), sum(r.places for r in rows),
        sum(r.check_ins for r in rows), sum(r.no_shows for r in rows),
    )
    return lines, total


def attendance_note() -> str:
    return QCoreApplication.translate(
        "attendance_page",
        "Classes count on the day they start, once they have started; canceled classes are left "
        "out. Places taken are the places not canceled, no-shows included. The fill rate is the "
        "places taken out of the places offered.",
    )


class AttendancePage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[AttendanceRow] | None = None

        today = desk.today()
        self.from_edit = date_edit(today.replace(day=1))  # this month so far
        self.to_edit = date_edit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.refresh)
        self.month_button = QPushButton(self.tr("This month"))
        self.month_button.setToolTip(self.tr("From the 1st of this month to today"))
        self.month_button.clicked.connect(self.this_month)
        # L and O: free beside the window's tabs and menus, and M and T of the dates.
        self.by_class = QRadioButton(self.tr("By c&lass"))
        self.by_coach_button = QRadioButton(self.tr("By c&oach"))
        self.by_class.setChecked(True)
        self.grouping = QButtonGroup(self)
        for button in (self.by_class, self.by_coach_button):
            self.grouping.addButton(button)
        self.by_coach_button.toggled.connect(self._grouping_changed)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_as_pdf)
        self.table = FiguresTable(attendance_headers(by_coach=False))
        self.error = InlineError()
        self.explained = QLabel(attendance_note())
        self.explained.setWordWrap(True)
        self.explained.setStyleSheet("color: #555555;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()

        bar = QHBoxLayout()
        from_label = QLabel(self.tr("Fro&m:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, to_label, self.to_edit, self.month_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.by_class)
        bar.addWidget(self.by_coach_button)
        bar.addStretch()
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explained)
        layout.addWidget(self.note)
        layout.addStretch()

        self.live = LiveView(self, desk, self._load, self._concerns)
        desk.actor_changed.connect(self.refresh)  # a coach sees their own classes, an admin all
        self._enable_paper(False)
        self.refresh()

    # Which days, grouped how ---------------------------------------------------------------

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        return day_of(self.from_edit), day_of(self.to_edit)

    @property
    def by_coach(self) -> bool:
        return self.by_coach_button.isChecked()

    def set_span(self, start: dt.date, end: dt.date) -> None:
        set_days(self.from_edit, self.to_edit, start, end)
        self.refresh()

    def this_month(self) -> None:
        today = self.desk.today()
        self.set_span(today.replace(day=1), today)

    def _grouping_changed(self) -> None:
        heading = self.table.horizontalHeaderItem(0)
        if heading is not None:
            heading.setText(attendance_headers(self.by_coach)[0])
        self.refresh()

    def refresh(self) -> None:
        """Read the report of the chosen dates again (now if it is shown)."""
        self.live.refresh()

    def _concerns(self, change: Change) -> bool:
        return change.concerns(kinds=_CONCERNS, between=self.span)

    def _load(self) -> None:
        start, end = self.span
        by_coach = self.by_coach
        self.note.hide()
        actor = self.desk.actor
        if actor is None or not services.may_see_coach_report(actor):
            return  # the page is not offered to them (ReportsPage)
        self.live.read(lambda db: services.attendance(db, actor, start, end, by_coach=by_coach),
                       self._show, self._refused)

    def _show(self, rows: list[AttendanceRow]) -> None:
        self.rows = rows
        self.error.clear_message()
        lines, total = attendance_lines(rows)
        self.table.show_rows(lines, total)
        self.table.fit_rows(len(lines) + 1, fixed=False)
        self._enable_paper(True)

    def _refused(self, message: str) -> None:
        """The dates do not make a report (the service says why): nothing old stays on show."""
        self.rows = None
        self.table.setRowCount(0)
        self.error.show_message(message)
        self._enable_paper(False)

    def _enable_paper(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet("color: #7a1f1f;" if problem else "color: #333333;")
        self.note.show()

    # On paper ------------------------------------------------------------------------------

    def document(self) -> QTextDocument:
        if self.rows is None:
            raise RuntimeError("the attendance report is printed only once it is read")
        start, end = self.span
        span = self.tr("{start} to {end}").format(start=short_day(start), end=short_day(end))
        body = table_html(attendance_headers(self.by_coach), attendance_lines(self.rows)) + (
            f"<p style='margin-top:12px; color:#555555'>{html.escape(attendance_note())}</p>"
        )
        title = self.tr("Class attendance by coach") if self.by_coach else self.tr("Class attendance")
        settings = self.desk.settings
        printed_at = self.desk.now().astimezone(settings.zone)
        return build_document(page_html(settings, title, span, body, printed_at))

    def print_report(self) -> None:
        if self.rows is None:
            return
        if print_document(self.document(), self, title=self.tr("Print the attendance report")):
            self._say(self.tr("The attendance report went to the printer."))

    def save_as_pdf(self) -> None:
        start, end = self.span
        path = self.desk.prompts.save_path(
            self, self.tr("Save the attendance report as PDF"),
            f"attendance-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}.pdf", self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: str | Path) -> Path | None:
        """Save the report as a PDF at `path` (the file chooser's answer; tests call this)."""
        if self.rows is None:
            return None
        try:
            saved = save_pdf(self.document(), path, what=self.tr("attendance report"))
        except OSError as error:
            self._say(str(error), problem=True)
            return None
        self._say(self.tr("Saved to {path}").format(path=saved))
        return saved
