"""Attendance of the classes over some days: per class course and per coach, the classes held,
the places offered and taken, the check-ins, the no-shows and the fill rate."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Booking, BookingStatus, CheckIn, Coach, Course, Occurrence, OccurrenceStatus
from studio_desk.services.bookings.permissions import own_coach_report, require_coach_report
from studio_desk.services.classes.views import AttendanceRow
from studio_desk.services.people.acting import run_read_as
from studio_desk.services.reports import parse_range
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import day_bounds
from studio_desk.services.views import Actor

_taken = (
    select(func.count(Booking.id))
    .where(Booking.occurrence_id == Occurrence.id, Booking.status != BookingStatus.CANCELED)
    .correlate(Occurrence).scalar_subquery()
)
_no_shows = (
    select(func.count(Booking.id))
    .where(Booking.occurrence_id == Occurrence.id, Booking.no_show.is_(True))
    .correlate(Occurrence).scalar_subquery()
)
_check_ins = (
    select(func.count(CheckIn.booking_id)).join(Booking, Booking.id == CheckIn.booking_id)
    .where(Booking.occurrence_id == Occurrence.id)
    .correlate(Occurrence).scalar_subquery()
)


def attendance(
    db: Database, actor: Actor, start: dt.date | str, end: dt.date | str, *, by_coach: bool = False
) -> list[AttendanceRow]:
    """The scheduled classes that started between `start` and `end` (both included), summed
    per class course (or per coach, `by_coach`), by name. An admin sees every coach's; a coach
    their own classes."""
    require_coach_report(actor)
    first, last = parse_range(start, end)
    zone = get_settings(db).zone
    begin, _ = day_bounds(first, zone)
    _, finish = day_bounds(last, zone)
    own = own_coach_report(actor)
    per_coach = bool(by_coach)

    def work(session: Session) -> list[AttendanceRow]:
        query = (
            select(Occurrence.course_id, Course.title, Occurrence.coach_id, Coach.name, Occurrence.capacity,
                   _taken, _check_ins, _no_shows)
            .join(Course, Course.id == Occurrence.course_id)
            .join(Coach, Coach.id == Occurrence.coach_id)
            .where(Occurrence.status == OccurrenceStatus.SCHEDULED, Occurrence.start_at >= begin,
                   Occurrence.start_at < finish, Occurrence.start_at < db.now())
        )
        if own is not None:
            query = query.where(Occurrence.coach_id == own)
        names: dict[int, str] = {}
        sums: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
        for course_id, title, coach_id, coach_name, capacity, taken, checked, missing in session.execute(query):
            key, name = (coach_id, coach_name) if per_coach else (course_id, title)
            names[key] = name
            line = sums[key]
            for index, value in enumerate((1, capacity, taken, checked, missing)):
                line[index] += int(value or 0)
        return [AttendanceRow(key, names[key], *sums[key])
                for key in sorted(sums, key=lambda k: (names[k].casefold(), k))]

    return run_read_as(db, actor, work)
