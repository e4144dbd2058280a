"""The Coach report page: each coach's sessions done, minutes, earnings, cancellations and
no-shows (and how many a pack or a membership paid for) between two dates, with the total line;
printed or saved as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Change, ChangeKind, CoachReport
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.printing import print_document, save_pdf
from studio_desk.ui.reports.report_documents import (
    build_document,
    coach_class_note,
    coach_headers,
    coach_lines,
    coach_note,
    coach_pack_note,
    coach_report_html,
)
from studio_desk.ui.reports.report_widgets import FiguresTable, date_edit, day_of, set_days


class CoachReportPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.report: CoachReport | None = None

        today = desk.today()
        self.from_edit = date_edit(today.replace(day=1))  # this month so far
        self.to_edit = date_edit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.refresh)
        self.month_button = QPushButton(self.tr("This month"))
        self.month_button.setToolTip(self.tr("From the 1st of this month to today"))
        self.month_button.clicked.connect(self.this_month)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_as_pdf)
        self.table = FiguresTable(coach_headers())
        self.error = InlineError()
        self.explained = QLabel(coach_note())
        self.explained.setWordWrap(True)
        self.explained.setStyleSheet("color: #555555;")
        self.class_note = QLabel(coach_class_note())
        self.class_note.setWordWrap(True)
        self.class_note.setStyleSheet("color: #555555;")
        self.pack_note = QLabel(coach_pack_note())
        self.pack_note.setWordWrap(True)
        self.pack_note.setStyleSheet("color: #555555;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()

        bar = QHBoxLayout()
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, to_label, self.to_edit, self.month_button):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explained)
        layout.addWidget(self.class_note)
        layout.addWidget(self.pack_note)
        layout.addWidget(self.note)
        layout.addStretch()

        self.live = LiveView(self, desk, self._load, self._concerns)
        desk.actor_changed.connect(self.refresh)  # a coach sees their own line, an admin all
        self.refresh()

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        return day_of(self.from_edit), day_of(self.to_edit)

    def set_span(self, start: dt.date, end: dt.date) -> None:
        set_days(self.from_edit, self.to_edit, start, end)
        self.refresh()

    def this_month(self) -> None:
        today = self.desk.today()
        self.set_span(today.replace(day=1), today)

    def refresh(self) -> None:
        """Read the report of the chosen dates again (now if it is shown)."""
        self.live.refresh()

    def _concerns(self, change: Change) -> bool:
        return change.concerns(kinds=(ChangeKind.BOOKINGS, ChangeKind.CATALOG), between=self.span)

    def _load(self) -> None:
        start, end = self.span
        self.note.hide()
        actor = self.desk.actor
        if not services.may_see_coach_report(actor):
            return  # the page is not offered to them (ReportsPage)
        self.live.read(lambda db: services.coach_report(db, actor, start, end), self._show, self._refused)

    def _show(self, report: CoachReport) -> None:
        self.report = report
        self.error.clear_message()
        rows, total = coach_lines(report, self.desk.money)
        self.table.show_rows(rows, total)
        self.table.fit_rows(len(rows) + 1, fixed=False)
        self._enable_paper(True)

    def _refused(self, message: str) -> None:
        """The dates do not make a report (the service says why): nothing old stays on show."""
        self.report = None
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
        if self.report is None:
            raise RuntimeError("the coach report is printed only once it is read")
        settings = self.desk.settings
        printed_at = self.desk.now().astimezone(settings.zone)
        return build_document(coach_report_html(self.report, settings, printed_at))

    def print_report(self) -> None:
        if self.report is None:
            return
        if print_document(self.document(), self, title=self.tr("Print the coach report")):
            self._say(self.tr("The coach report went to the printer."))

    def save_as_pdf(self) -> None:
        start, end = self.span
        path = self.desk.prompts.save_path(
            self, self.tr("Save the coach report as PDF"),
            f"coach-report-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}.pdf", self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: str | Path) -> Path | None:
        """Save the report as a PDF at `path` (the file chooser's answer; tests call this)."""
        if self.report is None:
            return None
        try:
            saved = save_pdf(self.document(), path, what=self.tr("coach report"))
        except OSError as error:
            self._say(str(error), problem=True)
            return None
        self._say(self.tr("Saved to {path}").format(path=saved))
        return saved
