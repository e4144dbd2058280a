"""Pieces the owner's report screens share: a date field, and a read-only table of figures whose
last line is the total."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from studio_desk.ui.kit.date_field import within_the_desks_days

TOTAL_FILL = "#eef1f5"


def date_edit(day: dt.date) -> QDateEdit:
    """A date field with a calendar drop-down, showing "24 Oct 2025"."""
    edit = within_the_desks_days(QDateEdit(QDate(day.year, day.month, day.day)))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())


def set_day(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def set_days(first: QDateEdit, last: QDateEdit, start: dt.date, end: dt.date) -> None:
    """Show a range in its two fields without either announcing a change: the page reads the
    range once, after both are set."""
    for edit in (first, last):
        edit.blockSignals(True)
    set_day(first, start)
    set_day(last, end)
    for edit in (first, last):
        edit.blockSignals(False)


class FiguresTable(QTableWidget):
    """Rows of text with the first `names` columns words (a name, a time, who) and the rest
    figures (right-aligned); the last row, the total, in bold on a light fill. Read-only: these
    are reports, not forms."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, *, names: int = 1) -> None:
        super().__init__(0, len(headers), parent)
        self._names = names
        for column, text in enumerate(headers):
            heading = QTableWidgetItem(text)
            if column >= names:
                heading.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setHorizontalHeaderItem(column, heading)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # Names as wide as they need; the figures share the rest evenly.
        for column in range(names):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(names, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def show_rows(self, rows: Sequence[Sequence[str]], total: Sequence[str]) -> None:
        self.clearContents()
        self.setRowCount(len(rows) + 1)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, texts in enumerate([*rows, total]):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column >= self._names:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row == len(rows):
                    item.setFont(bold)
                    item.setBackground(QColor(TOTAL_FILL))
                self.setItem(row, column, item)

    def fit_rows(self, rows: int, *, fixed: bool = True) -> None:
        """Tall enough for `rows` lines without a scroll bar: exactly (the cash-up's six lines),
        or at most, so that a short report is not followed by an empty box."""
        header = self.horizontalHeader().sizeHint().height()
        lines = rows * self.verticalHeader().defaultSectionSize()
        height = header + lines + 2 * self.frameWidth() + 2
        if fixed:
            self.setFixedHeight(height)
        else:
            self.setMaximumHeight(height)

    def texts(self) -> list[list[str]]:
        """What the table says, row by row (for tests and for reading it aloud)."""
        def text(row: int, column: int) -> str:
            item = self.item(row, column)
            return item.text() if item is not None else ""

        return [[text(row, column) for column in range(self.columnCount())] for row in range(self.rowCount())]
