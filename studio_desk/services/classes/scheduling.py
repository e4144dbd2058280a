"""Putting one class on a date: the checks a new occurrence passes, and its insert.

The database refuses an occurrence over its coach's other sessions or in a busy room (0017);
the checks here come first so that the person hears which it was, and a date that cannot take
the class is skipped with its reason instead of stopping a whole timetable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exc, insert, or_, select
from sqlalchemy.orm import Session

from studio_desk.models import Absence, Course, Holiday, Occurrence, OccurrenceStatus, Room
from studio_desk.services.calendar import schedule
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.sentences import Sentence
from studio_desk.services.studio_time import to_instant

ROOM_NOT_FOUND = QT_TRANSLATE_NOOP("services", "Room not found")
STUDIO_CLOSED = QT_TRANSLATE_NOOP("services", "the studio is closed that day")
COACH_OFF = QT_TRANSLATE_NOOP("services", "the coach is off that day")
COACH_BUSY = QT_TRANSLATE_NOOP("services", "the coach has another session then")
ROOM_BUSY = QT_TRANSLATE_NOOP("services", "the room has another class then")
NO_SUCH_TIME = QT_TRANSLATE_NOOP("services", "that time does not exist that day (the clocks change)")
ROOM_TOO_SMALL = QT_TRANSLATE_NOOP(
    "services", "The room takes {room} people, fewer than the {capacity} places of the class."
)
NOT_A_CLASS = QT_TRANSLATE_NOOP(
    "services", "{course} is a private session (capacity 1). Give the course a capacity above 1 first."
)


@dataclass(frozen=True)
class ClassCourse:
    """What an occurrence copies from its course."""

    id: int
    title: str
    duration_minutes: int
    buffer_minutes: int
    price: int
    capacity: int


def class_course(session: Session, course_id: int) -> ClassCourse:
    row = session.execute(
        select(Course.id, Course.title, Course.duration_minutes, Course.buffer_minutes, Course.price,
               Course.capacity).where(Course.id == course_id)
    ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "Course not found"))
    course = ClassCourse(*row)
    if course.capacity <= 1:
        raise ValidationError(NOT_A_CLASS, course=course.title)
    return course


def check_room(session: Session, room_id: int | None, capacity: int) -> None:
    if room_id is None:
        return
    room = session.scalar(select(Room.capacity).where(Room.id == room_id))
    if room is None:
        raise NotFound(ROOM_NOT_FOUND)
    if room < capacity:
        raise ValidationError(ROOM_TOO_SMALL, room=room, capacity=capacity)


@dataclass(frozen=True)
class Planned:
    """A class to put on `day`."""

    course: ClassCourse
    coach_id: int
    room_id: int | None
    capacity: int
    day: dt.date
    start_time: dt.time
    entry_id: int | None = None


def why_not(session: Session, backend: str, plan: Planned, zone: ZoneInfo) -> Sentence | None:
    """Why the class cannot be on its day, or None."""
    try:
        start = to_instant(plan.day, plan.start_time, zone)
    except ValidationError:
        return Sentence(NO_SUCH_TIME)
    if session.scalar(select(Holiday.id).where(Holiday.date == plan.day)) is not None:
        return Sentence(STUDIO_CLOSED)
    off = session.execute(
        select(Absence.start_time, Absence.end_time).where(Absence.coach_id == plan.coach_id,
                                                           Absence.date == plan.day)
    ).all()
    end_time = (dt.datetime.combine(plan.day, plan.start_time)
                + dt.timedelta(minutes=plan.course.duration_minutes)).time()
    for off_start, off_end in off:
        if off_start is None or off_end is None or (off_start < end_time and plan.start_time < off_end):
            return Sentence(COACH_OFF)
    end, busy_until = _ends(start, plan.course)
    if (schedule.clashing_booking(session, backend, plan.coach_id, start, busy_until) is not None
            or schedule.clashing_class(session, backend, plan.coach_id, start, busy_until) is not None):
        return Sentence(COACH_BUSY)
    if plan.room_id is not None and session.scalar(
        select(Occurrence.id).where(
            Occurrence.room_id == plan.room_id, Occurrence.status == OccurrenceStatus.SCHEDULED,
            and_(Occurrence.end_at > start, Occurrence.start_at < end),
        ).limit(1)
    ) is not None:
        return Sentence(ROOM_BUSY)
    return None


def _ends(start: dt.datetime, course: ClassCourse) -> tuple[dt.datetime, dt.datetime]:
    end = start + dt.timedelta(minutes=course.duration_minutes)
    return end, end + dt.timedelta(minutes=course.buffer_minutes)


def insert_occurrence(session: Session, plan: Planned, zone: ZoneInfo, now: dt.datetime) -> int | None:
    """Insert the class (after `why_not` said yes), in a savepoint: when another desk took the
    coach's time or the room a moment ago, the database refuses it, and this gives None."""
    start = to_instant(plan.day, plan.start_time, zone)
    end, busy_until = _ends(start, plan.course)
    values = {
        "course_id": plan.course.id, "coach_id": plan.coach_id, "usual_coach_id": None,
        "room_id": plan.room_id, "timetable_entry_id": plan.entry_id, "local_date": plan.day,
        "start_at": start, "end_at": end, "busy_until": busy_until, "capacity": plan.capacity,
        "price": plan.course.price, "active_places": 0, "status": OccurrenceStatus.SCHEDULED,
        "created_at": now,
    }
    try:
        with session.begin_nested():
            return session.execute(insert(Occurrence).values(**values).returning(Occurrence.id)).scalar_one()
    except exc.IntegrityError:
        return None


def already_there(session: Session, entry_id: int, days: list[dt.date]) -> set[dt.date]:
    """The days the timetable entry has an occurrence on (canceled ones too: not made again)."""
    if not days:
        return set()
    rows = session.scalars(
        select(Occurrence.local_date).where(
            Occurrence.timetable_entry_id == entry_id,
            or_(*(Occurrence.local_date == day for day in days)) if len(days) < 50
            else Occurrence.local_date.between(min(days), max(days)),
        )
    )
    return set(rows)
