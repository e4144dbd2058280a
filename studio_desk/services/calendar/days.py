"""What the day and week calendars show: the coaches' hours, bookings, classes and free times, read
in one go.

Canceled bookings are left out: they no longer hold the coach's time, and a receptionist reads
the calendar to find free time. They stay in the booking list. Done bookings are shown (the day's
history), in their own colour. A class is shown once, as its occurrence with its fill: its places
are not among the bookings (a dozen of them would pile up in the coach's column).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import ACTIVE_STATUSES, Booking, BookingStatus, Coach
from studio_desk.services.bookings.reads import booking_view_query, parse_id, to_view
from studio_desk.services.bookings.visibility import own_coach_of, require_sees_coach
from studio_desk.services.calendar import schedule
from studio_desk.services.calendar.hours_reads import coach_hours
from studio_desk.services.classes.reads import read_occurrences
from studio_desk.services.classes.views import OccurrenceView
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import day_bounds, parse_date
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor, BookingView, FreeSlot

WEEK_DAYS = 7


@dataclass(frozen=True)
class HoursWindow:
    """A stretch of a coach's bookable hours: local wall-clock times of the studio."""

    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class CoachDay:
    """One coach on one local day: their hours (merged, in order), private bookings and scheduled
    classes (each by start)."""

    coach_id: int
    coach_name: str
    day: dt.date
    hours: tuple[HoursWindow, ...]
    bookings: tuple[BookingView, ...]
    # The steps of the booking grid at which the coach is free: inside their hours, clear of
    # active bookings, classes and their buffers, not in the past. A click inside one books from
    # its start.
    free: tuple[FreeSlot, ...] = ()
    colour: str | None = None  # the coach's calendar colour, "#rrggbb"; None: the calendar picks
    classes: tuple[OccurrenceView, ...] = ()  # the places in them are not among `bookings`


@dataclass(frozen=True)
class DaySchedule:
    """Every coach who works with the desk that day, ordered by name."""

    day: dt.date
    coaches: tuple[CoachDay, ...]


@dataclass(frozen=True)
class WeekSchedule:
    """One coach over seven days from `week_start`."""

    coach_id: int
    coach_name: str
    week_start: dt.date
    days: tuple[CoachDay, ...]


def day_schedule(db: Database, day: dt.date | str, *, seen_by: Actor | None = None) -> DaySchedule:
    """The active coaches' hours, bookings and classes on the local `day`. A coach who was made
    inactive keeps a column on a day they still have bookings or classes, so that none goes
    missing. With `seen_by` a coach, only that coach's column."""
    local_day = parse_date(day)
    own = own_coach_of(seen_by)
    grid = _Grid.of(db)
    start, end = day_bounds(local_day, grid.zone)

    def work(session: Session) -> DaySchedule:
        bookings = _bookings(session, start, end, own)
        classes = read_occurrences(session, start, end, grid.zone, own)
        booked_coaches = {row.coach_id for row in bookings} | {o.coach_id for o in classes}
        shown = select(Coach.id, Coach.name, Coach.colour).where(
            or_(Coach.active.is_(True), Coach.id.in_(sorted(booked_coaches)))
        )
        if own is not None:
            shown = shown.where(Coach.id == own)
        coaches = session.execute(shown.order_by(Coach.name, Coach.id)).all()
        hours = _hours(session, [coach.id for coach in coaches], local_day, local_day)
        views = [to_view(row, grid.zone) for row in bookings]
        return DaySchedule(
            day=local_day,
            coaches=tuple(
                dataclasses.replace(
                    grid.coach_day(
                        coach.id, coach.name, local_day, hours.get((coach.id, local_day), ()),
                        tuple(b for b in views if b.coach_id == coach.id),
                        tuple(o for o in classes if o.coach_id == coach.id),
                    ),
                    colour=coach.colour,
                )
                for coach in coaches
            ),
        )

    return run_read(db, work)


def week_schedule(
    db: Database, coach_id: object, week_start: dt.date | str, *, seen_by: Actor | None = None
) -> WeekSchedule:
    """One coach's hours, bookings and classes on the seven local days from `week_start`. With
    `seen_by` a coach, another coach's week is refused."""
    coach = parse_id(coach_id, "coach")
    require_sees_coach(seen_by, coach)
    first = parse_date(week_start)
    last = first + dt.timedelta(days=WEEK_DAYS - 1)
    grid = _Grid.of(db)
    start, end = day_bounds(first, grid.zone)[0], day_bounds(last, grid.zone)[1]

    def work(session: Session) -> WeekSchedule:
        name = session.scalar(select(Coach.name).where(Coach.id == coach))
        if name is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Coach not found"))
        hours = _hours(session, [coach], first, last)
        views = [to_view(row, grid.zone) for row in _bookings(session, start, end, coach)]
        classes = read_occurrences(session, start, end, grid.zone, coach)
        days = [first + dt.timedelta(days=offset) for offset in range(WEEK_DAYS)]
        return WeekSchedule(
            coach_id=coach,
            coach_name=name,
            week_start=first,
            days=tuple(
                grid.coach_day(
                    coach, name, day, hours.get((coach, day), ()),
                    tuple(b for b in views if b.start_at.date() == day),
                    tuple(o for o in classes if o.start_at.date() == day),
                )
                for day in days
            ),
        )

    return run_read(db, work)


@dataclass(frozen=True)
class _Grid:
    """What decides which times of a calendar are free: the studio's zone and booking step, and now."""

    zone: ZoneInfo
    step: dt.timedelta
    now: dt.datetime

    @classmethod
    def of(cls, db: Database) -> _Grid:
        settings = get_settings(db)
        return cls(settings.zone, dt.timedelta(minutes=settings.slot_step_minutes), db.now())

    def coach_day(
        self, coach_id: int, name: str, day: dt.date, hours: tuple[HoursWindow, ...],
        bookings: tuple[BookingView, ...], classes: tuple[OccurrenceView, ...],
    ) -> CoachDay:
        windows = schedule.hours_intervals(day, ((w.start, w.end) for w in hours), self.zone)
        busy = [
            (b.start_at.astimezone(dt.UTC), b.busy_until.astimezone(dt.UTC))
            for b in bookings
            if b.status in ACTIVE_STATUSES
        ] + [(o.start_at.astimezone(dt.UTC), (o.busy_until or o.end_at).astimezone(dt.UTC)) for o in classes]
        # Steps of the grid, each a session of one step with no buffer: free where it fits.
        free = schedule.free_slots(
            windows, busy, duration=self.step, buffer=dt.timedelta(0), step=self.step,
            not_before=self.now, zone=self.zone,
        )
        return CoachDay(coach_id, name, day, hours, bookings, tuple(free), classes=classes)


def _bookings(
    session: Session, start: dt.datetime, end: dt.datetime, coach_id: int | None = None
) -> list[Row[Any]]:
    """The private bookings that start in [start, end), canceled ones left out, in order of time
    (a place in a class is shown as its class)."""
    query = booking_view_query().where(
        Booking.start_at >= start, Booking.start_at < end, Booking.status != BookingStatus.CANCELED,
        Booking.occurrence_id.is_(None),
    )
    if coach_id is not None:
        query = query.where(Booking.coach_id == coach_id)
    return list(session.execute(query.order_by(Booking.start_at, Booking.id)).all())


def _hours(
    session: Session, coach_ids: list[int], first: dt.date, last: dt.date
) -> dict[tuple[int, dt.date], tuple[HoursWindow, ...]]:
    """The hours of each (coach, local day) that has any (patterns, extra hours, time off and
    holidays, read for all of them in a few queries), as the booking rules read them."""
    return {
        key: tuple(HoursWindow(start, end) for start, end in windows)
        for key, windows in coach_hours(session, coach_ids, first, last).items()
    }
