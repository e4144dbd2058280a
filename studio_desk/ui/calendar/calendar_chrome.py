"""What the calendar grid paints around its blocks: closed, open and past hours, the grid lines,
the hour labels down the side, the red now-line and the header row of column titles.

The hour labels and the header are drawn at the edges of the part on screen (`view`), so that
they stay in view while the grid scrolls under them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter

from studio_desk.services import HoursWindow
from studio_desk.ui.calendar.calendar_blocks import ELIDE
from studio_desk.ui.kit import formats, style

if TYPE_CHECKING:
    from studio_desk.ui.calendar.day_calendar import CalendarColumn, DayCalendar

HEADER_HEIGHT = 44
GUTTER_WIDTH = 58
PIXELS_PER_HOUR = 72
GRID_LINE = QColor("#d2d2d2")
HALF_HOUR_LINE = QColor("#e6e6e6")
HEADER_FILL = QColor("#fafafa")
SUBTLE_TEXT = QColor("#666666")
TODAY_TEXT = QColor("#0b57d0")
NOW_LINE = QColor("#d93025")
NOW_LINE_WIDTH = 3  # pixels, centred on the minute: plain to see across a busy column
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def hours_text(hours: Sequence[HoursWindow]) -> str:
    if not hours:
        return QCoreApplication.translate("day_calendar", "Not working")
    return ", ".join(f"{formats.time(w.start)}–{formats.time(w.end)}" for w in hours)


def minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def bold(font: QFont) -> QFont:
    thick = QFont(font)
    thick.setBold(True)
    return thick


def paint_column_background(
    grid: DayCalendar, painter: QPainter, area: QRectF, column: CalendarColumn
) -> None:
    painter.fillRect(area, QColor(style.UNAVAILABLE_FILL))
    # Hatched, so that closed time reads as closed next to open time even in grey-scale.
    painter.fillRect(area, QBrush(QColor("#dcdcdc"), Qt.BrushStyle.BDiagPattern))
    past_until = grid.past_until(column)
    for window in column.hours:
        top = grid.y_of(max(minutes(window.start), grid.first_minute))
        bottom = grid.y_of(min(minutes(window.end), grid.last_minute))
        open_hours = QRectF(area.left(), top, area.width(), bottom - top)
        painter.fillRect(open_hours, QColor(style.AVAILABILITY_FILL))
        if past_until is not None and past_until > top:
            # Open hours that have gone by are not offered: they must not look free.
            gone = QRectF(area.left(), top, area.width(), min(bottom, past_until) - top)
            painter.fillRect(gone, QColor(style.PAST_FILL))


def paint_grid_lines(grid: DayCalendar, painter: QPainter) -> None:
    right = GUTTER_WIDTH + grid.column_width() * len(grid.columns)
    for minute in range(grid.first_minute, grid.last_minute + 1, 30):
        painter.setPen(GRID_LINE if minute % 60 == 0 else HALF_HOUR_LINE)
        y = round(grid.y_of(minute))
        painter.drawLine(GUTTER_WIDTH, y, int(right), y)
    painter.setPen(GRID_LINE)
    bottom = int(grid.y_of(grid.last_minute))
    for index in range(len(grid.columns) + 1):
        x = round(GUTTER_WIDTH + index * grid.column_width())
        painter.drawLine(x, HEADER_HEIGHT, x, bottom)


def paint_now(grid: DayCalendar, painter: QPainter, view: QRect) -> None:
    """A red line across today's columns, and the time it is in red in the hour labels."""
    y = grid.now_line_y()
    if y is None or grid.now is None:
        return
    today = grid.now.astimezone(grid.zone).date()
    for index, column in enumerate(grid.columns):
        if column.day == today:
            area = grid.column_rect(index)
            painter.fillRect(QRect(round(area.left()), y - NOW_LINE_WIDTH // 2, round(area.width()),
                                   NOW_LINE_WIDTH), NOW_LINE)
    height = grid.bold_metrics.height()
    label = QRect(view.left(), y - height // 2, GUTTER_WIDTH - 2, height)
    painter.fillRect(label, Qt.GlobalColor.white)
    painter.setFont(grid.bold_font)
    painter.setPen(NOW_LINE)
    painter.drawText(label.adjusted(0, 0, -6, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     formats.time(grid.now.astimezone(grid.zone)))
    painter.setFont(grid.font())


def paint_hour_labels(grid: DayCalendar, painter: QPainter, view: QRect) -> None:
    left = view.left()
    painter.fillRect(QRectF(left, HEADER_HEIGHT, GUTTER_WIDTH, grid.height()), Qt.GlobalColor.white)
    painter.setPen(GRID_LINE)
    painter.drawLine(left + GUTTER_WIDTH - 1, HEADER_HEIGHT, left + GUTTER_WIDTH - 1, grid.height())
    painter.setPen(SUBTLE_TEXT)
    for minute in range(grid.first_minute, grid.last_minute, 60):
        label = QRectF(left, grid.y_of(minute) + 2, GUTTER_WIDTH - 8, PIXELS_PER_HOUR / 2)
        painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         formats.time(dt.time(minute // 60)))


def paint_header(grid: DayCalendar, painter: QPainter, view: QRect) -> None:
    top = view.top()
    painter.fillRect(QRectF(view.left(), top, view.width(), HEADER_HEIGHT), HEADER_FILL)
    title_font, small_font = bold(grid.font()), QFont(grid.font())
    small_font.setPointSizeF(max(6.0, grid.font().pointSizeF() * 0.85))
    width = grid.column_width()
    for index, column in enumerate(grid.columns):
        left = GUTTER_WIDTH + index * width
        if left + width < view.left() or left > view.right():
            continue
        if column.colour:
            painter.fillRect(QRectF(left, top, width, HEADER_HEIGHT), QColor(column.colour))
        cell = QRectF(left + 6, top + 4, width - 12, HEADER_HEIGHT - 8)
        painter.setFont(title_font)
        painter.setPen(TODAY_TEXT if column.highlighted else Qt.GlobalColor.black)
        title = QFontMetrics(title_font).elidedText(column.title, ELIDE, int(cell.width()))
        painter.drawText(cell, TOP_LEFT, title)
        painter.setFont(small_font)
        painter.setPen(SUBTLE_TEXT)
        hours = QFontMetrics(small_font).elidedText(hours_text(column.hours), ELIDE, int(cell.width()))
        painter.drawText(cell, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, hours)
        painter.setPen(GRID_LINE)
        painter.drawLine(QPointF(left, top), QPointF(left, top + HEADER_HEIGHT))
    painter.setFont(grid.font())
    painter.fillRect(QRectF(view.left(), top, GUTTER_WIDTH, HEADER_HEIGHT), HEADER_FILL)
    painter.setPen(GRID_LINE)
    painter.drawLine(view.left(), top + HEADER_HEIGHT - 1, view.right(), top + HEADER_HEIGHT - 1)
