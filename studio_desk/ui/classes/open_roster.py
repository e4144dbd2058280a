"""Opening a class's check-in roster: the one place the views' `sig_class_opened` leads to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from studio_desk.ui.kit.desk import Desk


def open_roster(desk: Desk, occurrence_id: int, parent: QWidget) -> QDialog:
    """The roster of the class `occurrence_id`, opened over `parent` (it deletes itself when closed)."""
    # Imported when a roster is first opened: the views that ask for one (the calendar, today's
    # classes) never depend on the roster's module, which is built beside them.
    from studio_desk.ui.classes.roster_dialog import (  # type: ignore[import-not-found, import-untyped, unused-ignore]
        RosterDialog,
    )

    dialog: QDialog = RosterDialog(desk, occurrence_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
