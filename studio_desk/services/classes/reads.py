"""Reading occurrences as the desk shows them: one, or those between two instants."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, and_, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from studio_desk.db import Database
from studio_desk.models import (
    Booking,
    CheckIn,
    Coach,
    Course,
    Occurrence,
    OccurrenceStatus,
    Room,
    WaitlistEntry,
    WaitlistStatus,
)
from studio_desk.services.arguments import yes_or_no
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.classes.views import OccurrenceView
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import day_bounds, parse_date
from studio_desk.services.unit_of_work import run_read

OCCURRENCE_NOT_FOUND = QT_TRANSLATE_NOOP("services", "Class not found")
_usual = aliased(Coach)
_waiting = (
    select(func.count(WaitlistEntry.id))
    .where(WaitlistEntry.occurrence_id == Occurrence.id, WaitlistEntry.status == WaitlistStatus.WAITING)
    .correlate(Occurrence)
    .scalar_subquery()
)
_checked_in = (
    select(func.count(CheckIn.booking_id))
    .join(Booking, Booking.id == CheckIn.booking_id)
    .where(Booking.occurrence_id == Occurrence.id)
    .correlate(Occurrence)
    .scalar_subquery()
)
OCCURRENCES = (
    select(
        Occurrence.id, Occurrence.course_id, Course.title.label("course_title"), Occurrence.coach_id,
        Coach.name.label("coach_name"), _usual.name.label("usual_coach_name"), Occurrence.room_id,
        Room.name.label("room_name"), Occurrence.start_at, Occurrence.end_at, Occurrence.capacity,
        Occurrence.active_places, _waiting.label("waiting"), Occurrence.price, Occurrence.status,
        Occurrence.timetable_entry_id, _checked_in.label("checked_in"), Occurrence.busy_until,
    )
    .join(Course, Course.id == Occurrence.course_id)
    .join(Coach, Coach.id == Occurrence.coach_id)
    .outerjoin(_usual, _usual.id == Occurrence.usual_coach_id)
    .outerjoin(Room, Room.id == Occurrence.room_id)
)
_ONE = OCCURRENCES.where(Occurrence.id == bindparam("occurrence_id"))


def occurrence_view(row: Row[*tuple[Any, ...]], zone: ZoneInfo) -> OccurrenceView:
    values = dict(row._mapping)
    values["start_at"] = row.start_at.astimezone(zone)
    values["end_at"] = row.end_at.astimezone(zone)
    values["busy_until"] = row.busy_until.astimezone(zone)
    values["waiting"] = int(row.waiting or 0)
    values["checked_in"] = int(row.checked_in or 0)
    return OccurrenceView(**values)


def load_occurrence(session: Session, occurrence_id: int, zone: ZoneInfo) -> OccurrenceView:
    row = session.execute(_ONE, {"occurrence_id": occurrence_id}).first()
    if row is None:
        raise NotFound(OCCURRENCE_NOT_FOUND)
    return occurrence_view(row, zone)


def lock_occurrence(session: Session, occurrence_id: int) -> None:
    """Wait for the occurrence's row: what frees or takes its places takes turns here, so the
    waitlist is read after the other desk's promotion, never beside it."""
    found = session.execute(
        select(Occurrence.id).where(Occurrence.id == occurrence_id).with_for_update(key_share=True)
    ).scalar()
    if found is None:
        raise NotFound(OCCURRENCE_NOT_FOUND)


def get_occurrence(db: Database, occurrence_id: object) -> OccurrenceView:
    number = parse_id(occurrence_id, "class")
    zone = get_settings(db).zone
    return run_read(db, lambda session: load_occurrence(session, number, zone))


def occurrences_between(
    db: Database, first_day: dt.date | str, last_day: dt.date | str, *, coach_id: object = None,
    include_canceled: bool = False,
) -> list[OccurrenceView]:
    """The classes on the studio's local days `first_day` to `last_day` (both included), in time
    order: the calendar's day and week."""
    first, last = parse_date(first_day), parse_date(last_day)
    coach = None if coach_id is None else parse_id(coach_id, "coach")
    canceled_too = yes_or_no(include_canceled)
    zone = get_settings(db).zone
    since, _ = day_bounds(first, zone)
    _, until = day_bounds(last, zone)

    return run_read(db, lambda session: read_occurrences(session, since, until, zone, coach, canceled_too))


def read_occurrences(
    session: Session, since: dt.datetime, until: dt.datetime, zone: ZoneInfo, coach_id: int | None = None,
    canceled_too: bool = False,
) -> list[OccurrenceView]:
    """The classes that start in [since, until), in time order, in the caller's unit of work."""
    query = OCCURRENCES.where(and_(Occurrence.start_at >= since, Occurrence.start_at < until))
    if coach_id is not None:
        query = query.where(Occurrence.coach_id == coach_id)
    if not canceled_too:
        query = query.where(Occurrence.status == OccurrenceStatus.SCHEDULED)
    rows = session.execute(query.order_by(Occurrence.start_at, Occurrence.id))
    return [occurrence_view(row, zone) for row in rows]


def ended(occurrence: OccurrenceView, now: dt.datetime) -> bool:
    return now.astimezone(dt.UTC) >= occurrence.end_at.astimezone(dt.UTC)
