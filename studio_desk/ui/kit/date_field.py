"""A date field that Tab leaves at once, as every other field does."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateField(QDateEdit):
    """QDateEdit's own Tab walks day, month and year first, three stops where a person expects
    one; here Tab moves on. Up and Down still step the date, and the calendar pops up."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        return QWidget.focusNextPrevChild(self, forward)
