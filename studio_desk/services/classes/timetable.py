"""A class course's timetable: weekly lines, one-off classes, and the occurrences they make.

A weekly line makes its occurrences SCHEDULE_WEEKS ahead when it is saved, and every open desk
extends them each minute (`schedule_classes`, one desk at a time under a lease), so the
calendar always shows the weeks to come. A date that cannot take the class (the studio closed,
the coach off or busy, the room taken) is skipped with its reason; a canceled occurrence is
never made again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, insert, select, update
from sqlalchemy.orm import Session, aliased

from studio_desk.db import Database
from studio_desk.models import Coach, Course, Occurrence, OccurrenceStatus, Room, TimetableEntry
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.classes.reads import load_occurrence
from studio_desk.services.classes.scheduling import (
    Planned,
    already_there,
    check_room,
    class_course,
    insert_occurrence,
    why_not,
)
from studio_desk.services.classes.views import (
    OccurrenceView,
    SkippedDate,
    TimetableEntryView,
    TimetableResult,
)
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.lease import release_lease, take_lease
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.people.catalog import parse_capacity
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import parse_date, parse_time
from studio_desk.services.unit_of_work import run_read, run_write
from studio_desk.services.views import Actor

SCHEDULE_WEEKS = 8
TIMETABLE_LEASE_KEY = "timetable.lease"
TIMETABLE_LEASE = dt.timedelta(minutes=2)
ENTRY_NOT_FOUND = QT_TRANSLATE_NOOP("services", "Timetable line not found")
BAD_WEEKDAY = QT_TRANSLATE_NOOP("services", "Choose a day of the week.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("services", "The last day cannot be before the first.")
ALREADY_IN_TIMETABLE = QT_TRANSLATE_NOOP(
    "services", "This class is already in the timetable on that day of the week at that time."
)
CLASS_NOT_SCHEDULED = QT_TRANSLATE_NOOP("services", "The class could not be put on {day}: {why}.")
# Another desk took the coach's time or the room between the checks and the insert.
TAKEN_MEANWHILE = QT_TRANSLATE_NOOP("services", "another desk took that time a moment ago")

_coach = aliased(Coach)
_ENTRIES = (
    select(
        TimetableEntry.id, TimetableEntry.course_id, Course.title.label("course_title"),
        TimetableEntry.coach_id, _coach.name.label("coach_name"), TimetableEntry.room_id,
        Room.name.label("room_name"), TimetableEntry.weekday, TimetableEntry.start_time,
        Course.duration_minutes, TimetableEntry.starts_on, TimetableEntry.ends_on, TimetableEntry.capacity,
    )
    .join(Course, Course.id == TimetableEntry.course_id)
    .join(_coach, _coach.id == TimetableEntry.coach_id)
    .outerjoin(Room, Room.id == TimetableEntry.room_id)
)


def _entry_view(row: Row[*tuple[Any, ...]]) -> TimetableEntryView:
    return TimetableEntryView(**row._mapping)


def _weekday(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
        raise ValidationError(BAD_WEEKDAY)
    return value


def _coach_of(session: Session, coach_id: int | None, course_id: int) -> int:
    if coach_id is None:
        found = session.scalar(select(Course.coach_id).where(Course.id == course_id))
    else:
        found = session.scalar(select(Coach.id).where(Coach.id == coach_id, Coach.active.is_(True)))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "Coach not found"))
    return found


def _room_of(session: Session, room_id: int | None) -> int | None:
    if room_id is not None and session.scalar(
        select(Room.id).where(Room.id == room_id, Room.active.is_(True))
    ) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "That room is not in use any more."))
    return room_id


def add_timetable_entry(
    db: Database, actor: Actor, *, course_id: object, weekday: object, start_time: dt.time | str,
    starts_on: dt.date | str, ends_on: dt.date | str | None = None, coach_id: object = None,
    room_id: object = None, capacity: object = None,
) -> TimetableResult:
    """A class course every week on `weekday` (0 Monday) at the local `start_time`, from
    `starts_on` (to `ends_on`), with its coach (the course's unless given), a room and a
    capacity (the course's unless given; never more than the room's). Its occurrences for the
    coming weeks are made at once; the dates that could not take it come back with why."""
    require_admin(actor, "change the timetable")
    course = parse_id(course_id, "course")
    day_of_week = _weekday(weekday)
    at = parse_time(start_time)
    first = parse_date(starts_on)
    last = None if ends_on is None or ends_on == "" else parse_date(ends_on)
    if last is not None and last < first:
        raise ValidationError(ENDS_BEFORE_START)
    coach = None if coach_id is None else parse_id(coach_id, "coach")
    room = None if room_id is None else parse_id(room_id, "room")
    people = None if capacity is None else parse_capacity(capacity)
    zone = get_settings(db).zone

    def work(session: Session) -> TimetableResult:
        offered = class_course(session, course)
        places = people or offered.capacity
        check_room(session, _room_of(session, room), places)
        _refuse_a_twin(session, course, day_of_week, at, first, last)
        entry_id = session.execute(
            insert(TimetableEntry).values(
                course_id=course, coach_id=_coach_of(session, coach, course), room_id=room,
                weekday=day_of_week, start_time=at, starts_on=first, ends_on=last, capacity=places,
                created_at=db.now(),
            ).returning(TimetableEntry.id)
        ).scalar_one()
        made, skipped = _schedule_entry(session, db, entry_id, zone)
        entry = _entry_view(session.execute(_ENTRIES.where(TimetableEntry.id == entry_id)).one())
        return TimetableResult(entry, made, tuple(skipped))

    return run_write_as(db, actor, work)


def _refuse_a_twin(
    session: Session, course: int, weekday: int, at: dt.time, first: dt.date, last: dt.date | None
) -> None:
    """The same class on the same weekday and time, running over some of the same days, is
    already in the timetable: a second line would only skip every date."""
    twin = session.scalar(
        select(TimetableEntry.id).where(
            TimetableEntry.course_id == course, TimetableEntry.weekday == weekday,
            TimetableEntry.start_time == at,
            (TimetableEntry.ends_on.is_(None)) | (TimetableEntry.ends_on >= first),
            *(() if last is None else (TimetableEntry.starts_on <= last,)),
        ).limit(1)
    )
    if twin is not None:
        raise ValidationError(ALREADY_IN_TIMETABLE)


def end_timetable_entry(db: Database, actor: Actor, entry_id: object, *, last_day: dt.date | str) -> int:
    """The weekly class stops after `last_day`: its later occurrences without places are
    canceled (those with places stay, for an admin to cancel with their clients told).
    Returns how many were canceled."""
    require_admin(actor, "change the timetable")
    number = parse_id(entry_id, "timetable line")
    last = parse_date(last_day)

    def work(session: Session) -> int:
        starts_on = session.scalar(select(TimetableEntry.starts_on).where(TimetableEntry.id == number))
        if starts_on is None:
            raise NotFound(ENTRY_NOT_FOUND)
        session.execute(update(TimetableEntry).where(TimetableEntry.id == number)
                        .values(ends_on=max(last, starts_on)))
        now = db.now()
        dropped = session.connection().execute(
            update(Occurrence)
            .where(Occurrence.timetable_entry_id == number, Occurrence.local_date > last,
                   Occurrence.status == OccurrenceStatus.SCHEDULED, Occurrence.active_places == 0)
            .values(status=OccurrenceStatus.CANCELED, canceled_at=now, canceled_by_id=actor.staff_id,
                    cancel_reason="the timetable line ended")
        )
        return int(dropped.rowcount or 0)

    return run_write_as(db, actor, work)


def list_timetable(db: Database, *, on: dt.date | str | None = None) -> list[TimetableEntryView]:
    """The weekly lines, by weekday and time; `on`: only those running on or after that day."""
    since = None if on is None else parse_date(on)

    def work(session: Session) -> list[TimetableEntryView]:
        query = _ENTRIES.order_by(TimetableEntry.weekday, TimetableEntry.start_time, TimetableEntry.id)
        if since is not None:
            query = query.where((TimetableEntry.ends_on.is_(None)) | (TimetableEntry.ends_on >= since))
        return [_entry_view(row) for row in session.execute(query)]

    return run_read(db, work)


def _days(first: dt.date, last: dt.date, weekday: int) -> list[dt.date]:
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    days = []
    while day <= last:
        days.append(day)
        day += dt.timedelta(days=7)
    return days


def _schedule_entry(
    session: Session, db: Database, entry_id: int, zone: ZoneInfo
) -> tuple[int, list[SkippedDate]]:
    entry = session.execute(select(TimetableEntry).where(TimetableEntry.id == entry_id)).scalar_one()
    now = db.now()
    today = now.astimezone(zone).date()
    horizon = today + dt.timedelta(weeks=SCHEDULE_WEEKS)
    last = horizon if entry.ends_on is None else min(entry.ends_on, horizon)
    days = _days(max(entry.starts_on, today), last, entry.weekday)
    there = already_there(session, entry_id, days)
    course = class_course(session, entry.course_id)
    made, skipped = 0, []
    for day in days:
        if day in there:
            continue
        plan = Planned(course, entry.coach_id, entry.room_id, entry.capacity, day, entry.start_time, entry_id)
        if to_instant_passed(plan, zone, now):
            continue
        why = why_not(session, db.backend, plan, zone)
        if why is None and insert_occurrence(session, plan, zone, now) is not None:
            made += 1
        else:
            skipped.append(SkippedDate(day, why if why is not None else Sentence(TAKEN_MEANWHILE)))
    return made, skipped


def to_instant_passed(plan: Planned, zone: ZoneInfo, now: dt.datetime) -> bool:
    """A class of today whose time has passed is not made any more."""
    start = dt.datetime.combine(plan.day, plan.start_time, tzinfo=zone)
    return start.astimezone(dt.UTC) <= now.astimezone(dt.UTC)


def schedule_classes(db: Database) -> int:
    """Make the timetable's occurrences for the coming weeks (what is there stays). Returns
    how many were made."""
    zone = get_settings(db).zone

    def work(session: Session) -> int:
        today = db.now().astimezone(zone).date()
        entries = session.scalars(
            select(TimetableEntry.id).where((TimetableEntry.ends_on.is_(None)) | (TimetableEntry.ends_on >= today))
        ).all()
        return sum(_schedule_entry(session, db, entry, zone)[0] for entry in entries)

    return run_write(db, work)


def keep_timetable_scheduled(db: Database) -> int:
    """What every open desk does each minute: `schedule_classes`, by one desk at a time."""
    if run_read(db, lambda session: session.scalar(select(TimetableEntry.id).limit(1))) is None:
        return 0  # no timetable: no lease to write every minute
    if not take_lease(db, TIMETABLE_LEASE_KEY, TIMETABLE_LEASE):
        return 0
    try:
        return schedule_classes(db)
    finally:
        release_lease(db, TIMETABLE_LEASE_KEY)


def add_class(
    db: Database, actor: Actor, *, course_id: object, date: dt.date | str, start_time: dt.time | str,
    coach_id: object = None, room_id: object = None, capacity: object = None,
) -> OccurrenceView:
    """A one-off class on a date (outside the weekly timetable)."""
    require_admin(actor, "change the timetable")
    course = parse_id(course_id, "course")
    day, at = parse_date(date), parse_time(start_time)
    coach = None if coach_id is None else parse_id(coach_id, "coach")
    room = None if room_id is None else parse_id(room_id, "room")
    people = None if capacity is None else parse_capacity(capacity)
    zone = get_settings(db).zone

    def work(session: Session) -> OccurrenceView:
        offered = class_course(session, course)
        places = people or offered.capacity
        check_room(session, _room_of(session, room), places)
        plan = Planned(offered, _coach_of(session, coach, course), room, places, day, at)
        now = db.now()
        if to_instant_passed(plan, zone, now):
            raise ValidationError(QT_TRANSLATE_NOOP("services", "That time has already passed. Pick a time from now on."))
        why = why_not(session, db.backend, plan, zone)
        made = None if why is not None else insert_occurrence(session, plan, zone, now)
        if made is None:
            told = why if why is not None else Sentence(TAKEN_MEANWHILE)
            raise ValidationError(CLASS_NOT_SCHEDULED, day=day, why=told)
        return load_occurrence(session, made, zone)

    return run_write_as(db, actor, work)
