"""The month's takings as a bar chart drawn with QPainter: one bar per day, stacked by payment
method (one colour each, with a legend), amounts on the left axis and day numbers below.

A day's net per method comes from `takings_by_day`; a method whose refunds outweigh its
payments that day is drawn below the zero line. A click on a bar asks for that day.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from studio_desk.services import METHOD_ORDER, DayTakings, PaymentMethod
from studio_desk.ui.kit.labels import method_label

# Distinct in hue and in lightness, so the stacks still read on a grey-scale screenshot.
METHOD_COLOURS = {
    PaymentMethod.CASH: QColor("#3f8f4f"),
    PaymentMethod.CARD: QColor("#2f6db5"),
    PaymentMethod.BANK_TRANSFER: QColor("#8d6cc4"),
    PaymentMethod.QRIS: QColor("#e3912f"),
    PaymentMethod.EWALLET: QColor("#d0547d"),
}
CHOSEN_DAY_FILL = QColor("#fff3c4")
GRID = QColor("#dddddd")
AXIS = QColor("#888888")
TICKS = 5  # about this many lines across the amounts
PAD = 8


@dataclass(frozen=True)
class DayStack:
    """One bar: the day's net per method, only the methods with money, in the services' order."""

    day: dt.date
    parts: tuple[tuple[PaymentMethod, int], ...]

    @property
    def top(self) -> int:
        return sum(amount for _, amount in self.parts if amount > 0)

    @property
    def bottom(self) -> int:
        return sum(amount for _, amount in self.parts if amount < 0)

    @property
    def total(self) -> int:
        return self.top + self.bottom


def day_stacks(days: Sequence[DayTakings]) -> tuple[DayStack, ...]:
    return tuple(
        DayStack(day.day, tuple((m, day.by_method[m]) for m in METHOD_ORDER if day.by_method.get(m, 0)))
        for day in days
    )


def amount_axis(low: int, high: int, ticks: int = TICKS) -> tuple[int, int, int]:
    """(bottom, top, step) of a scale from `low` to `high` in round steps (1, 2 or 5 times a
    power of ten); zero is always on it."""
    low, high = min(low, 0), max(high, 0)
    if low == high:
        return 0, 1, 1
    raw = (high - low) / ticks
    power = 10 ** max(0, math.floor(math.log10(raw)))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


class TakingsChart(QWidget):
    sig_day_clicked = Signal(object)  # dt.date of the bar clicked

    def __init__(self, money: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._money = money
        self.stacks: tuple[DayStack, ...] = ()
        self.chosen: dt.date | None = None
        self.empty_text = self.tr("No takings in this month.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 200)
        self.setMouseTracking(True)

    def set_takings(self, days: Sequence[DayTakings], *, chosen: dt.date | None = None) -> None:
        self.stacks = day_stacks(days)
        self.chosen = chosen
        if self.stacks:
            first = self.stacks[0].day
            month = QLocale().toString(QDate(first.year, first.month, first.day), "MMMM yyyy")
            self.empty_text = self.tr("No takings in {month}.").format(month=month)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, 280)

    # Geometry ------------------------------------------------------------------------------

    def _scale(self) -> tuple[int, int, int]:
        low = min((stack.bottom for stack in self.stacks), default=0)
        return amount_axis(low, max((stack.top for stack in self.stacks), default=0))

    def _has_takings(self) -> bool:
        return any(stack.parts for stack in self.stacks)

    def _amounts(self) -> list[int]:
        """The amounts written on the left axis (only zero while there is nothing to scale)."""
        low, high, step = self._scale()
        return list(range(low, high + 1, step)) if self._has_takings() else [0]

    def _legend(self) -> list[tuple[PaymentMethod, QRect, QPoint]]:
        """Each method's colour box and label position, wrapping onto a new line when narrow."""
        metrics = self.fontMetrics()
        box, line = metrics.height() - 4, metrics.height() + 4
        start = self._left()
        x, y = start, PAD
        placed = []
        for method in METHOD_ORDER:
            width = box + 6 + metrics.horizontalAdvance(method_label(method))
            if x > start and x + width > self.width() - PAD:
                x, y = start, y + line
            placed.append((method, QRect(x, y + 2, box, box), QPoint(x + box + 6, y + metrics.ascent())))
            x += width + 18
        return placed

    def _left(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(self._money(v)) for v in self._amounts()) + 2 * PAD

    def plot_area(self) -> QRect:
        """Where the bars go: right of the amounts, above the day numbers, below the legend."""
        line = self.fontMetrics().height()
        left = self._left()
        top = self._legend()[-1][1].bottom() + 2 * PAD + line // 2
        width = max(1, self.width() - left - 2 * PAD)
        return QRect(left, top, width, max(1, self.height() - top - line - 2 * PAD))

    def _slot(self, plot: QRect) -> float:
        return plot.width() / max(1, len(self.stacks))

    def day_at(self, point: QPoint) -> dt.date | None:
        """The day whose bar (or the room around it) is under `point`."""
        plot = self.plot_area()
        if not self.stacks or not (plot.left() <= point.x() < plot.right() and point.y() <= plot.bottom()):
            return None
        index = int((point.x() - plot.left()) / self._slot(plot))
        return self.stacks[min(index, len(self.stacks) - 1)].day

    # Painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            plot = self.plot_area()
            self._paint_legend(painter)
            low, high, step = self._scale()

            def y_of(amount: int) -> float:
                return plot.bottom() - (amount - low) / (high - low) * plot.height()

            self._paint_chosen_day(painter, plot)
            self._paint_amounts(painter, plot, y_of)
            self._paint_bars(painter, plot, y_of)
            self._paint_days(painter, plot)
            painter.setPen(QPen(AXIS))
            painter.drawLine(plot.left(), round(y_of(0)), plot.right(), round(y_of(0)))
            if not self._has_takings():
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        finally:
            painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for method, box, text_at in self._legend():
            painter.fillRect(box, METHOD_COLOURS[method])
            painter.drawText(text_at, method_label(method))

    def _paint_amounts(self, painter: QPainter, plot: QRect, y_of: Callable[[int], float]) -> None:
        metrics = self.fontMetrics()
        for value in self._amounts():
            y = round(y_of(value))
            painter.setPen(QPen(GRID))
            painter.drawLine(plot.left(), y, plot.right(), y)
            label = QRect(0, y - metrics.height() // 2, plot.left() - PAD, metrics.height())
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label, right, self._money(value))

    def _paint_chosen_day(self, painter: QPainter, plot: QRect) -> None:
        slot = self._slot(plot)
        for index, stack in enumerate(self.stacks):
            if stack.day == self.chosen:
                band = QRectF(plot.left() + index * slot, plot.top(), slot, plot.height())
                painter.fillRect(band, CHOSEN_DAY_FILL)

    def _paint_bars(self, painter: QPainter, plot: QRect, y_of: Callable[[int], float]) -> None:
        slot = self._slot(plot)
        width = max(2.0, slot * 0.7)
        for index, stack in enumerate(self.stacks):
            left = plot.left() + index * slot + (slot - width) / 2
            above, below = 0, 0
            for method, amount in stack.parts:
                if amount > 0:
                    start, above = above, above + amount
                else:
                    start, below = below, below + amount
                end = start + amount
                top, bottom = y_of(max(start, end)), y_of(min(start, end))
                painter.fillRect(QRectF(left, top, width, bottom - top), METHOD_COLOURS[method])

    def _paint_days(self, painter: QPainter, plot: QRect) -> None:
        metrics = self.fontMetrics()
        slot = self._slot(plot)
        # Every day's number when they fit side by side; otherwise every 2nd, 5th ... day.
        room = metrics.horizontalAdvance("30") + 6
        every = next(n for n in (1, 2, 5, 7, 10, 15, 31) if slot * n >= room)
        y = plot.bottom() + PAD // 2
        for index, stack in enumerate(self.stacks):
            bold = stack.day == self.chosen
            # The chosen day is always numbered, in bold; a regular number too close to it is not.
            crowding = self.chosen is not None and 0 < abs((stack.day - self.chosen).days) * slot < room
            if not bold and ((stack.day.day - 1) % every or crowding):
                continue
            font = painter.font()
            font.setBold(bold)
            painter.setFont(font)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            cell = QRectF(plot.left() + index * slot - 10, y, slot + 20, metrics.height())
            centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(cell, centred, str(stack.day.day))
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)

    # Pointing ------------------------------------------------------------------------------

    def tooltip_text(self, day: dt.date) -> str:
        stack = next(s for s in self.stacks if s.day == day)
        when = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
        lines = [f"{when}: {self._money(stack.total)}"]
        lines += [f"{method_label(method)}: {self._money(amount)}" for method, amount in stack.parts]
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(day), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and day is not None:
            self.sig_day_clicked.emit(day)
        super().mousePressEvent(event)
