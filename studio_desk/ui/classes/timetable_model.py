"""What the Timetable screen reads and shows: everything its form offers in one read, a line
ended with the classes that stay, and the weekly lines as a table (day, time, course, coach,
room, places, first and last day, in the services' order: by weekday and time)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from studio_desk import services
from studio_desk.services import (
    Actor,
    CoachView,
    CourseView,
    Database,
    OccurrenceView,
    RoomView,
    TimetableEntryView,
)
from studio_desk.ui.kit import formats

AnyIndex = QModelIndex | QPersistentModelIndex

# How far past a line's last day its classes with places are looked for: further than the
# timetable makes them (eight weeks), and then some.
STILL_ON_DAYS = 120


@dataclass(frozen=True)
class TimetableSetup:
    entries: list[TimetableEntryView]
    courses: list[CourseView]  # the group classes only
    coaches: list[CoachView]
    rooms: list[RoomView]


def read_setup(db: Database, today: dt.date) -> TimetableSetup:
    return TimetableSetup(
        services.list_timetable(db, on=today),
        [course for course in services.list_courses(db) if course.is_class],
        services.list_coaches(db),
        services.list_rooms(db),
    )


@dataclass(frozen=True)
class LineEnded:
    last_day: dt.date
    canceled: int
    still_on: list[OccurrenceView]  # after the last day, with places booked


def end_line(db: Database, actor: Actor, entry_id: int, last_day: dt.date) -> LineEnded:
    canceled = services.end_timetable_entry(db, actor, entry_id, last_day=last_day)
    first = last_day + dt.timedelta(days=1)
    if first > services.LATEST_DAY:
        return LineEnded(last_day, canceled, [])
    until = min(last_day + dt.timedelta(days=STILL_ON_DAYS), services.LATEST_DAY)
    later = services.occurrences_between(db, first, until)
    return LineEnded(last_day, canceled, [found for found in later if found.timetable_entry_id == entry_id])


class Column(enum.IntEnum):
    DAY = 0
    TIME = enum.auto()
    COURSE = enum.auto()
    COACH = enum.auto()
    ROOM = enum.auto()
    PLACES = enum.auto()
    FROM = enum.auto()
    TO = enum.auto()


def weekday_name(weekday: int) -> str:
    """Monday for 0, in the desk's language (Qt counts Monday as 1)."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def class_times(start: dt.time, minutes: int) -> str:
    """`18:00–19:00`."""
    end = (dt.datetime.combine(dt.date(2000, 1, 3), start) + dt.timedelta(minutes=minutes)).time()
    return f"{formats.time(start)}–{formats.time(end)}"


class TimetableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[TimetableEntryView] = []

    def set_entries(self, entries: list[TimetableEntryView]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> TimetableEntryView | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, entry_id: int) -> int | None:
        return next((row for row, entry in enumerate(self.entries) if entry.id == entry_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.DAY: self.tr("Day"),
            Column.TIME: self.tr("Time"),
            Column.COURSE: self.tr("Course"),
            Column.COACH: self.tr("Coach"),
            Column.ROOM: self.tr("Room"),
            Column.PLACES: self.tr("Places"),
            Column.FROM: self.tr("From"),
            Column.TO: self.tr("To"),
        }[Column(section)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.PLACES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.text(entry, column)

    def text(self, entry: TimetableEntryView, column: Column) -> str:
        if column is Column.DAY:
            return weekday_name(entry.weekday)
        if column is Column.TIME:
            return class_times(entry.start_time, entry.duration_minutes)
        if column is Column.COURSE:
            return entry.course_title
        if column is Column.COACH:
            return entry.coach_name
        if column is Column.ROOM:
            return entry.room_name or self.tr("no room")
        if column is Column.PLACES:
            return str(entry.capacity)
        if column is Column.FROM:
            return formats.date(entry.starts_on)
        return formats.date(entry.ends_on) if entry.ends_on is not None else self.tr("no end")
