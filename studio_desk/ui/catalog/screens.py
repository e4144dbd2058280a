"""The Coaches and Courses screens in the Settings menu, for admins only (add_administration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from studio_desk.ui.catalog.coaches_dialog import CoachesDialog
from studio_desk.ui.catalog.courses_dialog import CoursesDialog

if TYPE_CHECKING:
    from studio_desk.ui.main_window import MainWindow


def add_catalog_screens(window: MainWindow) -> tuple[QAction, QAction]:
    """The "Coaches…" and "Courses…" actions, added to the window's administration screens."""
    coaches = QAction(QCoreApplication.translate("CatalogScreens", "&Coaches…"), window)
    coaches.triggered.connect(lambda _checked=False: window.show_dialog(CoachesDialog(window.desk, window)))
    courses = QAction(QCoreApplication.translate("CatalogScreens", "C&ourses…"), window)
    courses.triggered.connect(lambda _checked=False: window.show_dialog(CoursesDialog(window.desk, window)))
    for action in (coaches, courses):
        window.desk_actions.add_administration(action)
    return coaches, courses
