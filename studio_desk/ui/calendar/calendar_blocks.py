"""The calendar grid's blocks: a private booking or a class as a rectangle with its lines of text,
lanes for blocks that overlap, and how each kind is painted.

A class is one block for all its places, with its fill ("7/12") and its waitlist: a dozen places
drawn one by one would pile up in the coach's column. It is violet, a colour no booking status
has, and a full class is a darker violet (kit/style.py), so that a receptionist sees at a glance
where a walk-in still fits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from studio_desk.services import BookingView, OccurrenceView
from studio_desk.ui.kit import formats, style
from studio_desk.ui.kit.labels import status_label

T = TypeVar("T")

BLOCK_INSET = 4  # keeps a strip of the column free on both sides of a block, to click into
TEXT_PADDING = 4
ELIDE = Qt.TextElideMode.ElideRight
CLASS_FILL, FULL_CLASS_FILL = QColor(style.CLASS_FILL), QColor(style.FULL_CLASS_FILL)
CLASS_INK = QColor(style.CLASS_INK)
FOCUS_FRAME = QColor("#0b57d0")

Item = BookingView | OccurrenceView


@dataclass
class Block:
    """A booking or a class as laid out: where, its buffer after, and its (elided) lines."""

    item: Item
    rect: QRect  # whole pixels: drawn without antialiasing, which is most of the painting time
    buffer: QRect | None  # the course's buffer after the session, which keeps the coach busy
    lines: list[tuple[str, bool]]  # (elided text, bold)

    @property
    def key(self) -> tuple[bool, int]:
        """What tells this block from every other: a class's id and a booking's may be equal."""
        return isinstance(self.item, OccurrenceView), self.item.id


def busy_until(item: Item) -> dt.datetime:
    if isinstance(item, OccurrenceView):
        return item.busy_until or item.end_at
    return item.busy_until


def fill_text(occurrence: OccurrenceView) -> str:
    """"7/12", "12/12 full", with "· 3 waiting" when anyone waits."""
    text = occurrence.fill_text
    if occurrence.full:
        text = QCoreApplication.translate("calendar_blocks", "{fill} full").format(fill=text)
    if occurrence.waiting:
        waiting = QCoreApplication.translate("calendar_blocks", "{count} waiting")
        waiting = waiting.format(count=occurrence.waiting)
        text = f"{text} · {waiting}"
    return text


def block_lines(
    item: Item, rect: QRect, zone: ZoneInfo, metrics: QFontMetrics, bold: QFontMetrics
) -> list[tuple[str, bool]]:
    """The lines that fit `rect`, each cut short to its width: the most telling first."""
    room = rect.width() - 2 * TEXT_PADDING - 3
    fits = lines_that_fit(rect, metrics)
    start, end = item.start_at.astimezone(zone), item.end_at.astimezone(zone)
    times = f"{formats.time(start)}–{formats.time(end)}"
    wanted: list[tuple[str, bool]]
    if isinstance(item, OccurrenceView):
        fill = fill_text(item)
        if fits == 1:
            wanted = [(f"{formats.time(start)} {item.course_title} {item.fill_text}", True)]
        elif fits == 2:
            wanted = [(f"{times} {item.course_title}", True), (fill, False)]
        else:
            where = item.room_name or QCoreApplication.translate("calendar_blocks", "Class")
            wanted = [(f"{times} · {where}", False), (item.course_title, True), (fill, False)]
    elif fits == 1:
        wanted = [(f"{formats.time(start)} {item.client_name}", True)]
    elif fits == 2:
        wanted = [(f"{times} {item.client_name}", True), (item.course_title, False)]
    else:
        wanted = [(f"{times} · {status_label(item.status)}", False),
                  (item.client_name, True), (item.course_title, False)]
    return [((bold if strong else metrics).elidedText(text, ELIDE, room), strong) for text, strong in wanted]


def block_beside(columns: Sequence[Sequence[Block]], block: Block | None, key: int) -> Block | None:
    """The block the arrow `key` leads to from `block` (the grid's columns of blocks, each top to
    bottom): the next or previous one in its column (on into the next column), or the nearest in
    time in the next column over that has any. With nothing framed yet, the first block."""
    walk = [b for blocks in columns for b in blocks]
    if block is None or block not in walk:
        return walk[0] if walk else None
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        position = walk.index(block) + (1 if key == Qt.Key.Key_Down else -1)
        return walk[position] if 0 <= position < len(walk) else None
    step = 1 if key == Qt.Key.Key_Right else -1
    index = next(i for i, blocks in enumerate(columns) if block in blocks) + step
    while 0 <= index < len(columns):
        if columns[index]:
            middle = block.rect.center().y()
            return min(columns[index], key=lambda b: abs(b.rect.center().y() - middle))
        index += step
    return None


def lines_that_fit(rect: QRect, metrics: QFontMetrics) -> int:
    return max(1, (rect.height() - 2) // metrics.height())


def colours(item: Item) -> tuple[QColor, QColor]:
    """(fill, ink) of a block."""
    if isinstance(item, OccurrenceView):
        return (FULL_CLASS_FILL if item.full else CLASS_FILL), CLASS_INK
    return style.status_fill(item.status), style.status_text(item.status)


def paint_block(
    painter: QPainter, block: Block, font: QFont, bold_font: QFont, metrics: QFontMetrics, *, focused: bool
) -> None:
    fill, ink = colours(block.item)
    rect = block.rect
    if block.buffer is not None:
        painter.fillRect(block.buffer, QBrush(ink.lighter(220), Qt.BrushStyle.FDiagPattern))
    # The border is the fill with the ink behind it, opaque: fast to draw, and a hairline
    # between two blocks that touch.
    painter.fillRect(rect, mixed(ink, fill, 0.45))
    painter.fillRect(rect.adjusted(1, 1, -1, -1), fill)
    painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), ink)
    if isinstance(block.item, OccurrenceView):
        # A second strip on the right: a class reads as a class in grey-scale too.
        painter.fillRect(QRect(rect.right() - 2, rect.top(), 3, rect.height()), ink)
    painter.setPen(ink)
    line_height = metrics.height()
    x, y = rect.left() + TEXT_PADDING + 3, rect.top() + 1 + metrics.ascent()
    for text, strong in block.lines[: lines_that_fit(rect, metrics)]:
        painter.setFont(bold_font if strong else font)
        painter.drawText(x, y, text)
        y += line_height
    if focused:
        pen = QPen(FOCUS_FRAME, 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.setFont(font)


def class_tooltip(occurrence: OccurrenceView, zone: ZoneInfo) -> str:
    start, end = occurrence.start_at.astimezone(zone), occurrence.end_at.astimezone(zone)
    coach = escape(occurrence.coach_name)
    if occurrence.usual_coach_name:
        coach = QCoreApplication.translate("calendar_blocks", "{coach} (for {usual})").format(
            coach=coach, usual=escape(occurrence.usual_coach_name))
    room = f", {escape(occurrence.room_name)}" if occurrence.room_name else ""
    return QCoreApplication.translate(
        "calendar_blocks", "<b>{course}</b> · class<br>with {coach}{room}<br>{start}–{end} · {fill}<br>"
        "<i>Click for the roster</i>"
    ).format(course=escape(occurrence.course_title), coach=coach, room=room, start=formats.time(start),
             end=formats.time(end), fill=fill_text(occurrence))


def mixed(a: QColor, b: QColor, share_of_a: float) -> QColor:
    def mix(x: int, y: int) -> int:
        return round(x * share_of_a + y * (1 - share_of_a))

    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()))


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


Span = tuple[int, int, int, T]  # start, end and busy-until minutes, and what is drawn


def lanes(spans: Sequence[Span[T]]) -> list[tuple[Span[T], int, int]]:
    """Side by side lanes for blocks that overlap (a done session next to a new booking, or data
    from the web), so that no block hides another: each span with its lane and its group's lanes.
    Spans that start and end together keep the order they were given in."""
    placed: list[tuple[Span[T], int, int]] = []
    group: list[tuple[Span[T], int]] = []
    lane_ends: list[int] = []
    group_end = -1

    def close_group() -> None:
        placed.extend((span, lane, len(lane_ends)) for span, lane in group)

    for span in sorted(spans, key=lambda s: (s[0], s[1])):
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
