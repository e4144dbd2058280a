"""The Rooms and Timetable screens in the Settings menu, after Products, for admins only
(add_administration)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from studio_desk.ui.classes.rooms_dialog import RoomsDialog
from studio_desk.ui.classes.timetable_dialog import TimetableDialog

if TYPE_CHECKING:
    from studio_desk.ui.main_window import MainWindow


def add_timetable_screens(window: MainWindow) -> tuple[QAction, QAction]:
    """The "Rooms…" and "Timetable…" actions, added to the window's administration screens."""
    rooms = QAction(QCoreApplication.translate("ClassScreens", "&Rooms…"), window)
    rooms.triggered.connect(lambda _checked=False: window.show_dialog(RoomsDialog(window.desk, window)))
    timetable = QAction(QCoreApplication.translate("ClassScreens", "T&imetable…"), window)
    timetable.triggered.connect(
        lambda _checked=False: window.show_dialog(TimetableDialog(window.desk, window))
    )
    for action in (rooms, timetable):
        window.desk_actions.add_administration(action)
    return rooms, timetable
