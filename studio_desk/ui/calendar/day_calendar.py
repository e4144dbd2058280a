"""The calendar grid: one column per coach (or per day of one coach), time down the side.

Painted in one pass with QPainter, with no widget per booking, so that ten coaches with 150
bookings stay quick to draw. Geometry and the elided texts are worked out when the schedule or
the size changes; painting only draws what was laid out. The header row and the hour labels
stay in view while the grid scrolls (the page repaints the grid when its scroll bars move).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from studio_desk.services import (
    BookingView,
    DaySchedule,
    FreeSlot,
    HoursWindow,
    StudioSettings,
    WeekSchedule,
)
from studio_desk.ui.kit import formats, style
from studio_desk.ui.kit.labels import status_label

HEADER_HEIGHT = 44
GUTTER_WIDTH = 58
PIXELS_PER_HOUR = 72
MIN_COLUMN_WIDTH = 140
DEFAULT_SPAN = (7 * 60, 21 * 60)  # minutes of the day shown when nothing is on
MINUTES_IN_DAY = 24 * 60
# English, for reference; shown translated (DayCalendar.paintEvent).
NO_COACHES = "No coaches yet. An admin adds the coaches and their hours."
BLOCK_INSET = 4  # keeps a strip of the column free on both sides of a block, to click into
TEXT_PADDING = 4

GRID_LINE = QColor("#d2d2d2")
HALF_HOUR_LINE = QColor("#e6e6e6")
HEADER_FILL = QColor("#fafafa")
SUBTLE_TEXT = QColor("#666666")
TODAY_TEXT = QColor("#0b57d0")
NOW_LINE = QColor("#d93025")
NOW_LINE_WIDTH = 3  # pixels, centred on the minute: plain to see across a busy column
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
ELIDE = Qt.TextElideMode.ElideRight


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


@dataclass(frozen=True)
class CalendarSpot:
    """A place in the grid: whose column, the time there snapped down to the booking step,
    whether that time has gone by, and whether the coach can be booked then (inside their hours,
    clear of bookings and their buffers, and not past)."""

    coach_id: int
    start: dt.datetime
    free: bool
    past: bool = False


@dataclass
class _Block:
    booking: BookingView
    rect: QRect  # whole pixels: drawn without antialiasing, which is most of the painting time
    buffer: QRect | None  # the course's buffer after the session, which keeps the coach busy
    lines: list[tuple[str, bool]]  # (elided text, bold)


def hours_text(hours: Sequence[HoursWindow]) -> str:
    if not hours:
        return QCoreApplication.translate("day_calendar", "Not working")
    return ", ".join(f"{formats.time(w.start)}–{formats.time(w.end)}" for w in hours)


def column_title(day: dt.date) -> str:
    """A week view column's title: `Fri 24 Oct` (`Jum 24 Okt`)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def columns_of(schedule: DaySchedule | WeekSchedule, today: dt.date | None = None) -> list[CalendarColumn]:
    if isinstance(schedule, DaySchedule):
        return [
            CalendarColumn(c.coach_name, c.coach_id, c.day, c.hours, c.bookings, free=c.free, colour=c.colour)
            for c in schedule.coaches
        ]
    return [
        CalendarColumn(column_title(d.day), d.coach_id, d.day, d.hours, d.bookings,
                       highlighted=d.day == today, free=d.free)
        for d in schedule.days
    ]


class DayCalendar(QWidget):
    free_time_clicked = Signal(int, object)  # coach id, aware start in the studio's zone
    booking_clicked = Signal(int)  # booking id

    def __init__(self, settings: StudioSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = settings.zone
        self.step_minutes = settings.slot_step_minutes  # to name the step a click falls in
        self.schedule: DaySchedule | WeekSchedule | None = None
        self.columns: list[CalendarColumn] = []
        self.now: dt.datetime | None = None
        self.first_minute, self.last_minute = DEFAULT_SPAN
        self._blocks: list[list[_Block]] = []
        self._laid_out_width: int | None = None  # the width the blocks were laid out for
        self._pressed: object = None
        self._fonts_changed()
        self.setMouseTracking(True)
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
        starts = [_minutes(w.start) for c in self.columns for w in c.hours]
        ends = [_minutes(w.end) for c in self.columns for w in c.hours]
        for column in self.columns:
            for booking in column.bookings:
                starts.append(self._minute_of(booking.start_at, column.day))
                ends.append(self._minute_of(booking.busy_until, column.day))
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

    def _past_until(self, column: CalendarColumn) -> float | None:
        """How far down `column` its time has gone by: the whole column for a day before today,
        none of it for a day after."""
        if self.now is None:
            return None
        minute = self._minute_of(self.now, column.day)
        return self.y_of(min(max(minute, self.first_minute), self.last_minute))

    def block_rect(self, booking_id: int) -> QRect | None:
        """Where a booking's block is drawn (for tests and for scrolling it into view)."""
        for blocks in self._laid_out_blocks():
            for block in blocks:
                if block.booking.id == booking_id:
                    return QRect(block.rect)
        return None

    def block_text(self, booking_id: int) -> list[str]:
        """The lines written in a booking's block, as shortened to fit it."""
        for blocks in self._laid_out_blocks():
            for block in blocks:
                if block.booking.id == booking_id:
                    return [text for text, _ in block.lines[: self._lines_that_fit(block)]]
        return []

    def _lines_that_fit(self, block: _Block) -> int:
        return max(1, (block.rect.height() - 2) // self._metrics.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._fonts_changed()
            self._relayout()
        super().changeEvent(event)

    def _fonts_changed(self) -> None:
        self._bold_font = _bold(self.font())
        self._metrics, self._bold_metrics = QFontMetrics(self.font()), QFontMetrics(self._bold_font)

    def _relayout(self) -> None:
        self.setMinimumSize(self.minimumSizeHint())
        self._laid_out_width = None
        self.updateGeometry()
        self.update()

    def _laid_out_blocks(self) -> list[list[_Block]]:
        # Laid out on first use at the current width: a hidden widget hears of a resize late.
        if self._laid_out_width != self.width():
            self._blocks = [self._lay_out_column(i, c) for i, c in enumerate(self.columns)]
            self._laid_out_width = self.width()
        return self._blocks

    def _lay_out_column(self, index: int, column: CalendarColumn) -> list[_Block]:
        area = self.column_rect(index).adjusted(BLOCK_INSET, 0, -BLOCK_INSET - 1, 0)
        spans = [
            (self._minute_of(b.start_at, column.day), self._minute_of(b.end_at, column.day),
             self._minute_of(b.busy_until, column.day), b)
            for b in column.bookings
        ]
        blocks = []
        for (start, end, busy_until, booking), lane, lanes in _lanes(spans):
            width = area.width() / lanes
            left = area.left() + lane * width
            top, bottom = self.y_of(max(start, self.first_minute)), self.y_of(min(end, self.last_minute))
            gap = 2 if lanes > 1 else 0
            rect = QRect(round(left), round(top), int(width) - gap, max(round(bottom - top), 12))
            buffer = None
            if busy_until > end:
                buffer_end = round(self.y_of(min(busy_until, self.last_minute)))
                buffer = QRect(rect.left(), rect.bottom() + 1, rect.width(), buffer_end - rect.bottom() - 1)
            blocks.append(_Block(booking, rect, buffer, self._block_lines(booking, rect)))
        return blocks

    def _block_lines(self, booking: BookingView, rect: QRect) -> list[tuple[str, bool]]:
        metrics, bold = self._metrics, self._bold_metrics
        room = rect.width() - 2 * TEXT_PADDING - 3
        fits = max(1, (rect.height() - 2) // metrics.height())
        start, end = booking.start_at.astimezone(self.zone), booking.end_at.astimezone(self.zone)
        times = f"{formats.time(start)}–{formats.time(end)}"
        if fits == 1:
            wanted = [(f"{formats.time(start)} {booking.client_name}", True)]
        elif fits == 2:
            wanted = [(f"{times} {booking.client_name}", True), (booking.course_title, False)]
        else:
            wanted = [(f"{times} · {status_label(booking.status)}", False),
                      (booking.client_name, True), (booking.course_title, False)]
        return [
            ((bold if strong else metrics).elidedText(text, ELIDE, room), strong)
            for text, strong in wanted
        ]

    # Hit testing -----------------------------------------------------------------------------

    def _view(self) -> QRect:
        """The part of the grid on screen: the header and hour labels are drawn at its edges."""
        visible = self.visibleRegion().boundingRect()
        return visible if not visible.isEmpty() else self.rect()

    def _in_body(self, point: QPoint) -> bool:
        view = self._view()
        return point.x() >= view.left() + GUTTER_WIDTH and point.y() >= view.top() + HEADER_HEIGHT

    def booking_at(self, point: QPoint) -> BookingView | None:
        if not self._in_body(point):
            return None
        for blocks in self._laid_out_blocks():
            for block in blocks:
                if block.rect.contains(point):
                    return block.booking
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
        window = next((w for w in column.hours if _minutes(w.start) <= minute < _minutes(w.end)), None)
        origin = _minutes(window.start) if window else 0
        snapped = origin + (whole - origin) // self.step_minutes * self.step_minutes
        start = dt.datetime.combine(column.day, dt.time(snapped // 60, snapped % 60), tzinfo=self.zone)
        past = self.now is not None and start < self.now
        return CalendarSpot(column.coach_id, start, free=False, past=past)

    # Mouse -----------------------------------------------------------------------------------

    def _target(self, point: QPoint) -> BookingView | CalendarSpot | None:
        booking = self.booking_at(point)
        if booking is not None:
            return booking
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
        if isinstance(target, BookingView) and isinstance(pressed, BookingView) and target.id == pressed.id:
            self.booking_clicked.emit(target.id)
        elif isinstance(target, CalendarSpot) and target == pressed:
            self.free_time_clicked.emit(target.coach_id, target.start)

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
        booking = self.booking_at(point)
        if booking is not None:
            start, end = booking.start_at.astimezone(self.zone), booking.end_at.astimezone(self.zone)
            return self.tr(
                "<b>{client}</b><br>{course} with {coach}<br>{start}–{end} · {status}<br>"
                "<i>Click for details</i>"
            ).format(
                client=_escape(booking.client_name), course=_escape(booking.course_title),
                coach=_escape(booking.coach_name), start=formats.time(start), end=formats.time(end),
                status=status_label(booking.status),
            )
        spot = self.time_at(point)
        if spot is not None and spot.past:
            return self.tr("{time} is past: a booking starts from now on.").format(time=formats.time(spot.start))
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
                self._paint_column_background(painter, area, column)
        self._paint_grid_lines(painter)
        for blocks in self._laid_out_blocks():
            for block in blocks:
                if block.rect.intersects(exposed) or (block.buffer and block.buffer.intersects(exposed)):
                    self._paint_block(painter, block)
        view = self._view()
        self._paint_hour_labels(painter, view)
        self._paint_now(painter, view)
        self._paint_header(painter, view)
        if not self.columns:
            painter.setPen(SUBTLE_TEXT)
            painter.drawText(QRectF(view).adjusted(GUTTER_WIDTH, HEADER_HEIGHT, 0, 0),
                             Qt.AlignmentFlag.AlignCenter,
                             self.tr("No coaches yet. An admin adds the coaches and their hours."))

    def _paint_column_background(self, painter: QPainter, area: QRectF, column: CalendarColumn) -> None:
        painter.fillRect(area, QColor(style.UNAVAILABLE_FILL))
        # Hatched, so that closed time reads as closed next to open time even in grey-scale.
        painter.fillRect(area, QBrush(QColor("#dcdcdc"), Qt.BrushStyle.BDiagPattern))
        past_until = self._past_until(column)
        for window in column.hours:
            top = self.y_of(max(_minutes(window.start), self.first_minute))
            bottom = self.y_of(min(_minutes(window.end), self.last_minute))
            open_hours = QRectF(area.left(), top, area.width(), bottom - top)
            painter.fillRect(open_hours, QColor(style.AVAILABILITY_FILL))
            if past_until is not None and past_until > top:
                # Open hours that have gone by are not offered: they must not look free.
                gone = QRectF(area.left(), top, area.width(), min(bottom, past_until) - top)
                painter.fillRect(gone, QColor(style.PAST_FILL))

    def _paint_grid_lines(self, painter: QPainter) -> None:
        right = GUTTER_WIDTH + self.column_width() * len(self.columns)
        for minute in range(self.first_minute, self.last_minute + 1, 30):
            painter.setPen(GRID_LINE if minute % 60 == 0 else HALF_HOUR_LINE)
            y = round(self.y_of(minute))
            painter.drawLine(GUTTER_WIDTH, y, int(right), y)
        painter.setPen(GRID_LINE)
        bottom = int(self.y_of(self.last_minute))
        for index in range(len(self.columns) + 1):
            x = round(GUTTER_WIDTH + index * self.column_width())
            painter.drawLine(x, HEADER_HEIGHT, x, bottom)

    def _paint_block(self, painter: QPainter, block: _Block) -> None:
        fill, ink = style.status_fill(block.booking.status), style.status_text(block.booking.status)
        rect = block.rect
        if block.buffer is not None:
            painter.fillRect(block.buffer, QBrush(ink.lighter(220), Qt.BrushStyle.FDiagPattern))
        # The border is the fill with the ink behind it, opaque: fast to draw, and a hairline
        # between two blocks that touch.
        painter.fillRect(rect, _mixed(ink, fill, 0.45))
        painter.fillRect(rect.adjusted(1, 1, -1, -1), fill)
        painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), ink)
        painter.setPen(ink)
        line_height, ascent = self._metrics.height(), self._metrics.ascent()
        x, y = rect.left() + TEXT_PADDING + 3, rect.top() + 1 + ascent
        for text, strong in block.lines[: self._lines_that_fit(block)]:
            painter.setFont(self._bold_font if strong else self.font())
            painter.drawText(x, y, text)
            y += line_height

    def _paint_now(self, painter: QPainter, view: QRect) -> None:
        """A red line across today's columns, and the time it is in red in the hour labels."""
        y = self.now_line_y()
        if y is None or self.now is None:
            return
        today = self.now.astimezone(self.zone).date()
        for index, column in enumerate(self.columns):
            if column.day == today:
                area = self.column_rect(index)
                painter.fillRect(QRect(round(area.left()), y - NOW_LINE_WIDTH // 2, round(area.width()),
                                       NOW_LINE_WIDTH), NOW_LINE)
        height = self._bold_metrics.height()
        label = QRect(view.left(), y - height // 2, GUTTER_WIDTH - 2, height)
        painter.fillRect(label, Qt.GlobalColor.white)
        painter.setFont(self._bold_font)
        painter.setPen(NOW_LINE)
        painter.drawText(label.adjusted(0, 0, -6, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         formats.time(self.now.astimezone(self.zone)))
        painter.setFont(self.font())

    def _paint_hour_labels(self, painter: QPainter, view: QRect) -> None:
        left = view.left()
        painter.fillRect(QRectF(left, HEADER_HEIGHT, GUTTER_WIDTH, self.height()), Qt.GlobalColor.white)
        painter.setPen(GRID_LINE)
        painter.drawLine(left + GUTTER_WIDTH - 1, HEADER_HEIGHT, left + GUTTER_WIDTH - 1, self.height())
        painter.setPen(SUBTLE_TEXT)
        for minute in range(self.first_minute, self.last_minute, 60):
            label = QRectF(left, self.y_of(minute) + 2, GUTTER_WIDTH - 8, PIXELS_PER_HOUR / 2)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             formats.time(dt.time(minute // 60)))

    def _paint_header(self, painter: QPainter, view: QRect) -> None:
        top = view.top()
        painter.fillRect(QRectF(view.left(), top, view.width(), HEADER_HEIGHT), HEADER_FILL)
        title_font, small_font = _bold(self.font()), QFont(self.font())
        small_font.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        width = self.column_width()
        for index, column in enumerate(self.columns):
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
        painter.setFont(self.font())
        painter.fillRect(QRectF(view.left(), top, GUTTER_WIDTH, HEADER_HEIGHT), HEADER_FILL)
        painter.setPen(GRID_LINE)
        painter.drawLine(view.left(), top + HEADER_HEIGHT - 1, view.right(), top + HEADER_HEIGHT - 1)


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def _mixed(a: QColor, b: QColor, share_of_a: float) -> QColor:
    def mix(x: int, y: int) -> int:
        return round(x * share_of_a + y * (1 - share_of_a))

    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()))


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _lanes(
    spans: list[tuple[int, int, int, BookingView]],
) -> list[tuple[tuple[int, int, int, BookingView], int, int]]:
    """Side by side lanes for blocks that overlap (a done session next to a new booking, or data
    from the web), so that no block hides another: each span with its lane and its group's lanes."""
    placed: list[tuple[tuple[int, int, int, BookingView], int, int]] = []
    group: list[tuple[tuple[int, int, int, BookingView], int]] = []
    lane_ends: list[int] = []
    group_end = -1

    def close_group() -> None:
        placed.extend((span, lane, len(lane_ends)) for span, lane in group)

    for span in sorted(spans, key=lambda s: (s[0], s[1], s[3].id)):
        start, end = span[0], span[1]
        if start >= group_end and group:
            close_group()
            group, lane_ends = [], []
        lane = next((i for i, lane_end in enumerate(lane_ends) if lane_end <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        group.append((span, lane))
        group_end = max(group_end, end) if len(group) > 1 else end
    if group:
        close_group()
    return placed
