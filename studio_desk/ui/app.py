"""Starting the desk: the QApplication and its main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from studio_desk.services import Database
from studio_desk.ui.main_window import MainWindow


def run_desk(db: Database) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Studio Desk")
    window = MainWindow(db)
    window.show()
    return app.exec()
