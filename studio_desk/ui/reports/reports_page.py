"""The Reports tab: the day's takings (with the month's chart), the coach report, the pack
reports and the classes' attendance, one page each, each shown to whom the services let see it
(the front desk the takings and the packs, a coach their own report and classes, an admin all),
following who is signed in."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Actor
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.reports.attendance_page import AttendancePage
from studio_desk.ui.reports.coach_report_page import CoachReportPage
from studio_desk.ui.reports.packs_page import PacksPage
from studio_desk.ui.reports.takings_page import TakingsPage

TAKINGS_PAGE, COACH_PAGE, PACKS_PAGE, ATTENDANCE_PAGE = range(4)


class ReportsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.takings = TakingsPage(desk)
        self.coaches = CoachReportPage(desk)
        self.packs = PacksPage(desk)
        self.attendance = AttendancePage(desk)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.takings, self.tr("Day's takings"))
        self.pages.addTab(self.coaches, self.tr("Coach report"))
        self.pages.addTab(self.packs, self.tr("P&acks"))
        self.pages.addTab(self.attendance, self.tr("Attendance"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        desk.actor_changed.connect(self._show_allowed)
        self._show_allowed(desk.actor)

    def _show_allowed(self, actor: Actor | None) -> None:
        self.pages.setTabVisible(TAKINGS_PAGE, services.may_see_takings(actor))
        self.pages.setTabVisible(COACH_PAGE, services.may_see_coach_report(actor))
        self.pages.setTabVisible(PACKS_PAGE, services.may_see_pack_reports(actor))
        # The attendance of classes is the coach report's kind: every coach's, or one's own.
        self.pages.setTabVisible(ATTENDANCE_PAGE, services.may_see_coach_report(actor))

    def show_takings(self) -> None:
        self.pages.setCurrentIndex(TAKINGS_PAGE)
        self.takings.focus_count()

    def show_coach_report(self) -> None:
        self.pages.setCurrentIndex(COACH_PAGE)
        self.coaches.from_edit.setFocus()

    def show_packs(self) -> None:
        self.pages.setCurrentIndex(PACKS_PAGE)
        self.packs.from_edit.setFocus()

    def show_attendance(self) -> None:
        self.pages.setCurrentIndex(ATTENDANCE_PAGE)
        self.attendance.from_edit.setFocus()

    # File > Print prints the report on screen, as its own Print… button does.

    def _print_button(self) -> QPushButton:
        pages: dict[int, TakingsPage | CoachReportPage | PacksPage | AttendancePage] = {
            TAKINGS_PAGE: self.takings, COACH_PAGE: self.coaches, PACKS_PAGE: self.packs,
            ATTENDANCE_PAGE: self.attendance,
        }
        return pages[self.pages.currentIndex()].print_button

    def can_print(self) -> bool:
        return self._print_button().isEnabled()

    def print_current(self) -> None:
        self._print_button().click()
