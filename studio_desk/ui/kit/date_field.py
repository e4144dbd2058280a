"""Date fields: within the days the desk works with, and one Tab stop each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from studio_desk.services import EARLIEST_DAY, LATEST_DAY


def within_the_desks_days(edit: QDateEdit) -> QDateEdit:
    """`edit` offering only the days the services work with: Qt's own range runs to 31 Dec 9999,
    a day no calendar, cash-up or report can be read for."""
    edit.setDateRange(
        QDate(EARLIEST_DAY.year, EARLIEST_DAY.month, EARLIEST_DAY.day),
        QDate(LATEST_DAY.year, LATEST_DAY.month, LATEST_DAY.day),
    )
    return edit


class DateField(QDateEdit):
    """QDateEdit's own Tab walks day, month and year first, three stops where a person expects
    one; here Tab moves on. Up and Down still step the date, and the calendar pops up."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        within_the_desks_days(self)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        return QWidget.focusNextPrevChild(self, forward)
