"""Extra hours on a date, and the free start times a receptionist picks from (within the hours
that calendar/hours.py computes: pattern + extra hours - time off - holiday)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Availability, Coach, Course
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.calendar import schedule
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import parse_date, parse_time
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor, AvailabilityView, FreeSlot


def add_availability(
    db: Database,
    actor: Actor,
    *,
    coach_id: object,
    date: dt.date | str,
    start_time: dt.time | str,
    end_time: dt.time | str,
) -> AvailabilityView:
    """The coach can be booked on the local `date` from `start_time` to `end_time`, on top of
    their weekly pattern: extra hours (an admin sets the coaches' hours). The Hours screen uses
    time_off.add_extra_hours, which says the same in the words of the other hours services."""
    require_admin(actor, "set the coaches' hours")
    coach = parse_id(coach_id, "coach")
    day, start, end = parse_date(date), parse_time(start_time), parse_time(end_time)
    if end <= start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The end of the hours must be after their start.")
        )

    def work(session: Session) -> AvailabilityView:
        if session.scalar(select(Coach.id).where(Coach.id == coach)) is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Coach not found"))
        availability_id = session.execute(
            insert(Availability)
            .values(coach_id=coach, date=day, start_time=start, end_time=end)
            .returning(Availability.id)
        ).scalar_one()
        return AvailabilityView(availability_id, coach, day, start, end)

    return run_write_as(db, actor, work)


def availability_of(db: Database, coach_id: object, date: dt.date | str) -> list[AvailabilityView]:
    coach = parse_id(coach_id, "coach")
    day = parse_date(date)

    def work(session: Session) -> list[AvailabilityView]:
        rows = session.scalars(
            select(Availability)
            .where(Availability.coach_id == coach, Availability.date == day)
            .order_by(Availability.start_time)
        )
        return [AvailabilityView(a.id, a.coach_id, a.date, a.start_time, a.end_time) for a in rows]

    return run_read(db, work)


_COURSE_LENGTH = select(Course.coach_id, Course.duration_minutes, Course.buffer_minutes).where(
    Course.id == bindparam("course_id")
)


def free_start_times(
    db: Database,
    course_id: object,
    date: dt.date | str,
    *,
    coach_id: object | None = None,
    ignore_booking_id: object | None = None,
) -> list[FreeSlot]:
    """Start times on the local `date` at which a session of the course fits: inside the
    coach's hours, clear of their active bookings and buffers, not in the past, every
    `slot_step_minutes` from the start of each stretch of hours.

    `coach_id` asks for another coach than the course's own, and `ignore_booking_id` leaves
    a booking out (both for moving a booking)."""
    course = parse_id(course_id, "course")
    day = parse_date(date)
    other_coach = None if coach_id is None else parse_id(coach_id, "coach")
    ignore = None if ignore_booking_id is None else parse_id(ignore_booking_id, "booking")
    settings = get_settings(db)
    zone = settings.zone

    def work(session: Session) -> list[FreeSlot]:
        offer = session.connection().execute(_COURSE_LENGTH, {"course_id": course}).first()
        if offer is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Course not found"))
        coach = offer.coach_id if other_coach is None else other_coach
        windows = schedule.availability_windows(session, coach, day, zone)
        if not windows:
            return []
        buffer = dt.timedelta(minutes=offer.buffer_minutes)
        # The last session's buffer may run past the end of the hours and still collide.
        span = (windows[0][0], windows[-1][1] + buffer)
        busy = schedule.busy_intervals(session, db.backend, coach, span, ignore)
        return schedule.free_slots(
            windows,
            busy,
            duration=dt.timedelta(minutes=offer.duration_minutes),
            buffer=buffer,
            step=dt.timedelta(minutes=settings.slot_step_minutes),
            not_before=db.now(),
            zone=zone,
        )

    return run_read(db, work)
