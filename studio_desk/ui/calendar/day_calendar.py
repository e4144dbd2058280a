"""The calendar grid: one column per coach (or per day of one coach), time down the side.

Painted in one pass with QPainter, with no widget per booking, so that ten coaches with 150
bookings stay quick to draw. Geometry and the elided texts are worked out when the schedule or
the size changes; painting only draws what was laid out (the blocks: calendar_blocks.py). The
header row and the hour labels stay in view while the grid scrolls (the page repaints the grid
when its scroll bars move).

By keys: with the grid focused, the arrows walk the blocks (up and down in a column, left and
right to the nearest block of the next column) and Enter opens the one framed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from studio_desk.services import (
    BookingView,
    DaySchedule,
    FreeSlot,
    HoursWindow,
    OccurrenceView,
    StudioSettings,
    WeekSchedule,
)
from studio_desk.ui.calendar import calendar_chrome as chrome
from studio_desk.ui.calendar.calendar_blocks import (
    BLOCK_INSET,
    TEXT_PADDING,
    Block,
    Item,
    block_beside,
    block_lines,
    busy_until,
    class_tooltip,
    escape,
    lanes,
    lines_that_fit,
    paint_block,
)
from studio_desk.ui.calendar.calendar_chrome import (
    GUTTER_WIDTH,
    HEADER_HEIGHT,
    NOW_LINE,
    PIXELS_PER_HOUR,
    SUBTLE_TEXT,
    bold,
    minutes,
)
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.labels import status_label

MIN_COLUMN_WIDTH = 140
DEFAULT_SPAN = (7 * 60, 21 * 60)  # minutes of the day shown when nothing is on
MINUTES_IN_DAY = 24 * 60
# English, for reference; shown translated (DayCalendar.paintEvent).
NO_COACHES = "No coaches yet. An admin adds the coaches and their hours."

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# What other modules (and the tests) take from here.
__all__ = [
    "NOW_LINE", "TEXT_PADDING", "CalendarColumn", "CalendarSpot", "DayCalendar", "columns_of",
]


@dataclass(frozen=True)
class CalendarColumn:
    """What one column shows: a coach on a day (day view) or a day of one coach (week view)."""

    title: str
    coach_id: int
    day: dt.date
    hours: tuple[HoursWindow, ...]
    bookings: tuple[BookingView, ...]
    highlighted: bool = False
    free: tuple[FreeSlot, ...] = ()  # as the schedule says: the steps a click may book
    colour: str | None = None  # the coach's colour ("#rrggbb"): their column's header is filled with it
    classes: tuple[OccurrenceView, ...] = ()  # each one block for all its places


@dataclass(frozen=True)
class CalendarSpot:
    """A place in the grid: whose column, the time there snapped down to the booking step,
    whether that time has gone by, and whether the coach can be booked then (inside their hours,
    clear of bookings and their buffers, and not past)."""

    coach_id: int
    start: dt.datetime
    free: bool
    past: bool = False


def column_title(day: dt.date) -> str:
    """A week view column's title: `Fri 24 Oct` (`Jum 24 Okt`)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def columns_of(schedule: DaySchedule | WeekSchedule, today: dt.date | None = None) -> list[CalendarColumn]:
    if isinstance(schedule, DaySchedule):
        return [
            CalendarColumn(c.coach_name, c.coach_id, c.day, c.hours, c.bookings, free=c.free, colour=c.colour,
                           classes=c.classes)
            for c in schedule.coaches
        ]
    return [
        CalendarColumn(column_title(d.day), d.coach_id, d.day, d.hours, d.bookings,
                       highlighted=d.day == today, free=d.free, classes=d.classes)
        for d in schedule.days
    ]


class DayCalendar(QWidget):
    free_time_clicked = Signal(int, object)  # coach id, aware start in the studio's zone
    booking_clicked = Signal(int)  # booking id
    sig_class_opened = Signal(int)  # a class's block clicked, or Enter on it: the occurrence id
    sig_block_focused = Signal(QRect)  # the arrows framed this block: to scroll it into view

    def __init__(self, settings: StudioSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = settings.zone
        self.step_minutes = settings.slot_step_minutes  # to name the step a click falls in
        self.schedule: DaySchedule | WeekSchedule | None = None
        self.columns: list[CalendarColumn] = []
        self.now: dt.datetime | None = None
        self.first_minute, self.last_minute = DEFAULT_SPAN
        self._blocks: list[list[Block]] = []
        self._laid_out_width: int | None = None  # the width the blocks were laid out for
        self._pressed: object = None
        self._focused: tuple[bool, int] | None = None  # the block the arrows framed (Block.key)
        self._fonts_changed()
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._relayout()

    # Data ------------------------------------------------------------------------------------

    def set_schedule(self, schedule: DaySchedule | WeekSchedule) -> None:
        self.schedule = schedule
        self.set_columns(columns_of(schedule, self._today()))

    def set_columns(self, columns: Sequence[CalendarColumn]) -> None:
        self.columns = list(columns)
        self.first_minute, self.last_minute = self._span()
        self._relayout()

    def set_now(self, now: dt.datetime | None) -> None:
        """Where the red "now" line goes, what is past (and which week day is today); None
        hides the line and treats no time as past."""
        self.now = now
        span = self._span()
        if span == (self.first_minute, self.last_minute):
            self.update()
            return
        self.first_minute, self.last_minute = span
        self._relayout()

    def _today(self) -> dt.date | None:
        return self.now.astimezone(self.zone).date() if self.now else None

    def _now_minute(self) -> int | None:
        """The minute of the day it is now, when today is one of the columns."""
        if self.now is None:
            return None
        today = self.now.astimezone(self.zone).date()
        if not any(column.day == today for column in self.columns):
            return None
        return self._minute_of(self.now, today)

    def _span(self) -> tuple[int, int]:
        starts = [minutes(w.start) for c in self.columns for w in c.hours]
        ends = [minutes(w.end) for c in self.columns for w in c.hours]
        for column in self.columns:
            items: tuple[Item, ...] = (*column.bookings, *column.classes)
            for item in items:
                starts.append(self._minute_of(item.start_at, column.day))
                ends.append(self._minute_of(busy_until(item), column.day))
        first, last = (min(starts), max(ends)) if starts else DEFAULT_SPAN
        now = self._now_minute()
        if now is not None:
            # Late in the evening or early in the morning the now-line stays in view: the grid
            # grows to the hour around it.
            first, last = min(first, now), max(last, now + 1)
        first = max(0, first // 60 * 60)
        last = min(MINUTES_IN_DAY, -(-last // 60) * 60)
        return first, max(last, first + 60)

    def _minute_of(self, moment: dt.datetime, day: dt.date) -> int:
        local = moment.astimezone(self.zone)
        return (local.date() - day).days * MINUTES_IN_DAY + local.hour * 60 + local.minute

    # Geometry --------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.minimumSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hours = (self.last_minute - self.first_minute) / 60
        return QSize(GUTTER_WIDTH + max(1, len(self.columns)) * MIN_COLUMN_WIDTH,
                     HEADER_HEIGHT + int(hours * PIXELS_PER_HOUR) + 1)

    def column_width(self) -> float:
        return max(float(MIN_COLUMN_WIDTH), (self.width() - GUTTER_WIDTH) / max(1, len(self.columns)))

    def y_of(self, minute: float) -> float:
        return HEADER_HEIGHT + (minute - self.first_minute) * PIXELS_PER_HOUR / 60

    def column_rect(self, index: int) -> QRectF:
        width = self.column_width()
        top = self.y_of(self.first_minute)
        return QRectF(GUTTER_WIDTH + index * width, top, width, self.y_of(self.last_minute) - top)

    def now_line_y(self) -> int | None:
        """The row of pixels the now-line is drawn through; None when today is not shown."""
        minute = self._now_minute()
        return None if minute is None else round(self.y_of(minute))

    def past_until(self, column: CalendarColumn) -> float | None:
        """How far down `column` its time has gone by: the whole column for a day before today,
        none of it for a day after."""
        if self.now is None:
            return None
        minute = self._minute_of(self.now, column.day)
        return self.y_of(min(max(minute, self.first_minute), self.last_minute))

    def block_rect(self, booking_id: int) -> QRect | None:
        """Where a booking's block is drawn (for tests and for scrolling it into view)."""
        block = self._block((False, booking_id))
        return QRect(block.rect) if block else None

    def block_text(self, booking_id: int) -> list[str]:
        """The lines written in a booking's block, as shortened to fit it."""
        return self._text_of(self._block((False, booking_id)))

    def class_rect(self, occurrence_id: int) -> QRect | None:
        """Where a class's block is drawn."""
        block = self._block((True, occurrence_id))
        return QRect(block.rect) if block else None

    def class_text(self, occurrence_id: int) -> list[str]:
        """The lines written in a class's block, as shortened to fit it."""
        return self._text_of(self._block((True, occurrence_id)))

    def _block(self, key: tuple[bool, int] | None) -> Block | None:
        for blocks in self._laid_out_blocks():
            for block in blocks:
                if block.key == key:
                    return block
        return None

    def _text_of(self, block: Block | None) -> list[str]:
        if block is None:
            return []
        return [text for text, _ in block.lines[: lines_that_fit(block.rect, self._metrics)]]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._fonts_changed()
            self._relayout()
        super().changeEvent(event)

    def _fonts_changed(self) -> None:
        self.bold_font = bold(self.font())
        self._metrics, self.bold_metrics = QFontMetrics(self.font()), QFontMetrics(self.bold_font)

    def _relayout(self) -> None:
        self.setMinimumSize(self.minimumSizeHint())
        self._laid_out_width = None
        self.updateGeometry()
        self.update()

    def _laid_out_blocks(self) -> list[list[Block]]:
        # Laid out on first use at the current width: a hidden widget hears of a resize late.
        if self._laid_out_width != self.width():
            self._blocks = [self._lay_out_column(i, c) for i, c in enumerate(self.columns)]
            self._laid_out_width = self.width()
        return self._blocks

    def _lay_out_column(self, index: int, column: CalendarColumn) -> list[Block]:
        area = self.column_rect(index).adjusted(BLOCK_INSET, 0, -BLOCK_INSET - 1, 0)
        items: list[Item] = [*column.bookings, *column.classes]
        spans = [
            (self._minute_of(item.start_at, column.day), self._minute_of(item.end_at, column.day),
             self._minute_of(busy_until(item), column.day), item)
            for item in items
        ]
        blocks = []
        for (start, end, busy, item), lane, lane_count in lanes(spans):
            width = area.width() / lane_count
            left = area.left() + lane * width
            top, bottom = self.y_of(max(start, self.first_minute)), self.y_of(min(end, self.last_minute))
            gap = 2 if lane_count > 1 else 0
            rect = QRect(round(left), round(top), int(width) - gap, max(round(bottom - top), 12))
            buffer = None
            if busy > end:
                buffer_end = round(self.y_of(min(busy, self.last_minute)))
                buffer = QRect(rect.left(), rect.bottom() + 1, rect.width(), buffer_end - rect.bottom() - 1)
            lines = block_lines(item, rect, self.zone, self._metrics, self.bold_metrics)
            blocks.append(Block(item, rect, buffer, lines))
        blocks.sort(key=lambda block: (block.rect.top(), block.rect.left()))  # the order the arrows walk
        return blocks

    # Hit testing -----------------------------------------------------------------------------

    def _view(self) -> QRect:
        """The part of the grid on screen: the header and hour labels are drawn at its edges."""
        visible = self.visibleRegion().boundingRect()
        return visible if not visible.isEmpty() else self.rect()

    def _in_body(self, point: QPoint) -> bool:
        view = self._view()
        return point.x() >= view.left() + GUTTER_WIDTH and point.y() >= view.top() + HEADER_HEIGHT

    def booking_at(self, point: QPoint) -> BookingView | None:
        item = self.item_at(point)
        return item if isinstance(item, BookingView) else None

    def class_at(self, point: QPoint) -> OccurrenceView | None:
        item = self.item_at(point)
        return item if isinstance(item, OccurrenceView) else None

    def item_at(self, point: QPoint) -> Item | None:
        """The booking or class whose block is under `point`."""
        block = self._block_at(point)
        return block.item if block else None

    def _block_at(self, point: QPoint) -> Block | None:
        if not self._in_body(point):
            return None
        for blocks in self._laid_out_blocks():
            for block in blocks:
                if block.rect.contains(point):
                    return block
        return None

    def time_at(self, point: QPoint) -> CalendarSpot | None:
        """The column and time under `point`, or None off the grid."""
        if not self._in_body(point) or not self.columns:
            return None
        index = int((point.x() - GUTTER_WIDTH) // self.column_width())
        minute = self.first_minute + (point.y() - HEADER_HEIGHT) * 60 / PIXELS_PER_HOUR
        if not (0 <= index < len(self.columns) and self.first_minute <= minute < self.last_minute):
            return None
        column = self.columns[index]
        whole = int(minute)
        at = dt.datetime.combine(column.day, dt.time(whole // 60, whole % 60), tzinfo=self.zone)
        # The schedule decides what is free (never the past); a click inside a free step books from its start.
        step = next((slot for slot in column.free if slot.start_at <= at < slot.end_at), None)
        # The schedule was read a while ago; a step that has begun since is past now.
        if step is not None and (self.now is None or step.start_at >= self.now):
            return CalendarSpot(column.coach_id, step.start_at, free=True)
        # Elsewhere the click names the step it falls in, counted from the start of the hours as
        # the free steps are; past once that step has begun, as the services refuse it then.
        window = next((w for w in column.hours if minutes(w.start) <= minute < minutes(w.end)), None)
        origin = minutes(window.start) if window else 0
        snapped = origin + (whole - origin) // self.step_minutes * self.step_minutes
        start = dt.datetime.combine(column.day, dt.time(snapped // 60, snapped % 60), tzinfo=self.zone)
        past = self.now is not None and start < self.now
        return CalendarSpot(column.coach_id, start, free=False, past=past)

    # Mouse -----------------------------------------------------------------------------------

    def _target(self, point: QPoint) -> Block | CalendarSpot | None:
        block = self._block_at(point)
        if block is not None:
            return block
        spot = self.time_at(point)
        return spot if spot is not None and spot.free else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pressed = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        self._pressed = self._target(point)
        spot = self.time_at(point) if self._pressed is None else None
        if spot is not None and spot.past:
            # Nothing opens, so say why right where the person clicked.
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_at(point), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pressed, self._pressed = self._pressed, None
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        target = self._target(event.position().toPoint())
        if isinstance(target, Block) and isinstance(pressed, Block) and target.key == pressed.key:
            self._focus_block(target)
            self._open(target)
        elif isinstance(target, CalendarSpot) and target == pressed:
            self.free_time_clicked.emit(target.coach_id, target.start)

    def _open(self, block: Block) -> None:
        if isinstance(block.item, OccurrenceView):
            self.sig_class_opened.emit(block.item.id)
        else:
            self.booking_clicked.emit(block.item.id)

    # Keys ------------------------------------------------------------------------------------

    def focused_item(self) -> Item | None:
        """The booking or class the arrows framed (what Enter opens)."""
        block = self._block(self._focused)
        return block.item if block else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        block = self._block(self._focused)
        key = event.key()
        if plain and key in ENTER_KEYS and block is not None:
            self._open(block)
        elif plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            moved = block_beside(self._laid_out_blocks(), block, key)
            if moved is None:
                super().keyPressEvent(event)  # no block that way: the scroll area scrolls
                return
            self._focus_block(moved)
        else:
            super().keyPressEvent(event)

    def _focus_block(self, block: Block) -> None:
        self._focused = block.key
        self.sig_block_focused.emit(QRect(block.rect))
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self._block(self._focused) is None and event.reason() != Qt.FocusReason.MouseFocusReason:
            first = block_beside(self._laid_out_blocks(), None, Qt.Key.Key_Down)
            if first is not None:
                self._focus_block(first)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()  # the frame goes with the focus
        super().focusOutEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        clickable = self._target(event.position().toPoint()) is not None
        shape = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        if self.cursor().shape() != shape:
            self.setCursor(shape)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPoint) -> str:
        occurrence = self.class_at(point)
        if occurrence is not None:
            return class_tooltip(occurrence, self.zone)
        booking = self.booking_at(point)
        if booking is not None:
            start, end = booking.start_at.astimezone(self.zone), booking.end_at.astimezone(self.zone)
            return self.tr(
                "<b>{client}</b><br>{course} with {coach}<br>{start}–{end} · {status}<br>"
                "<i>Click for details</i>"
            ).format(
                client=escape(booking.client_name), course=escape(booking.course_title),
                coach=escape(booking.coach_name), start=formats.time(start), end=formats.time(end),
                status=status_label(booking.status),
            )
        spot = self.time_at(point)
        if spot is not None and spot.past:
            past = self.tr("{time} is past: a booking starts from now on.")
            return past.format(time=formats.time(spot.start))
        if spot is not None and spot.free:
            return self.tr("Free at {time}. Click to book.").format(time=formats.time(spot.start))
        return ""

    # Painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        exposed = event.rect()
        painter.fillRect(exposed, Qt.GlobalColor.white)
        for index, column in enumerate(self.columns):
            area = self.column_rect(index)
            if area.intersects(QRectF(exposed)):
                chrome.paint_column_background(self, painter, area, column)
        chrome.paint_grid_lines(self, painter)
        framed = self._focused if self.hasFocus() else None
        for blocks in self._laid_out_blocks():
            for block in blocks:
                if block.rect.intersects(exposed) or (block.buffer and block.buffer.intersects(exposed)):
                    paint_block(painter, block, self.font(), self.bold_font, self._metrics,
                                focused=block.key == framed)
        view = self._view()
        chrome.paint_hour_labels(self, painter, view)
        chrome.paint_now(self, painter, view)
        chrome.paint_header(self, painter, view)
        if not self.columns:
            painter.setPen(SUBTLE_TEXT)
            painter.drawText(QRectF(view).adjusted(GUTTER_WIDTH, HEADER_HEIGHT, 0, 0),
                             Qt.AlignmentFlag.AlignCenter,
                             self.tr("No coaches yet. An admin adds the coaches and their hours."))
