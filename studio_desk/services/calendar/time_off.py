"""Exceptions to the weekly hours (admins): a coach's time off and extra hours on a date, and
days the whole studio is closed. Time off or a holiday over active bookings is refused with
the bookings listed, unless the admin says `anyway`: then it is saved and they stay valid."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningDelete

from studio_desk.db import Database
from studio_desk.models import TITLE_LENGTH, Absence, Availability, Holiday
from studio_desk.services.arguments import yes_or_no
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.calendar.hours_admin import (
    HoursChange,
    checked_window,
    lock_every_coach,
    require_coach,
)
from studio_desk.services.calendar.hours_reads import bookings_outside_hours
from studio_desk.services.errors import QT_TRANSLATE_NOOP, BookingsInTheWay, NotFound, ValidationError
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import parse_date
from studio_desk.services.text import required_text
from studio_desk.services.views import Actor, BookingView

IN_THE_WAY_MESSAGE = QT_TRANSLATE_NOOP(
    "services",
    "Active bookings fall in that time ({count}). Nothing was saved: move them first, "
    "or save anyway and they stay booked.",
)


def add_time_off(
    db: Database,
    actor: Actor,
    *,
    coach_id: object,
    date: dt.date | str,
    start_time: dt.time | str | None = None,
    end_time: dt.time | str | None = None,
    anyway: bool = False,
) -> HoursChange:
    """The coach is off on the local `date`: the whole day, or from `start_time` to `end_time`."""
    require_admin(actor, "set the coaches' hours")
    coach, day = parse_id(coach_id, "coach"), parse_date(date)
    anyway = yes_or_no(anyway)
    if _no_time(start_time) and _no_time(end_time):
        hours = None
    elif start_time is not None and end_time is not None and not (_no_time(start_time) or _no_time(end_time)):
        hours = checked_window(start_time, end_time)
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "Give both the start and the end of the time off, or neither for the whole day."
            )
        )
    zone = get_settings(db).zone

    def work(session: Session) -> HoursChange:
        require_coach(session, coach)
        session.execute(
            insert(Absence).values(
                coach_id=coach,
                date=day,
                start_time=None if hours is None else hours[0],
                end_time=None if hours is None else hours[1],
            )
        )
        return _outside_or_refuse(session, zone, day, coach, anyway=anyway)

    return run_write_as(db, actor, work)


def _no_time(value: object) -> bool:
    """Whether a time of a form is left empty (None, or nothing typed)."""
    return value is None or (isinstance(value, str) and not value.strip())


def add_extra_hours(
    db: Database,
    actor: Actor,
    *,
    coach_id: object,
    date: dt.date | str,
    start_time: dt.time | str,
    end_time: dt.time | str,
) -> HoursChange:
    """The coach also works from `start_time` to `end_time` on the local `date` (on top of
    their weekly pattern; time off and holidays still win)."""
    require_admin(actor, "set the coaches' hours")
    coach, day = parse_id(coach_id, "coach"), parse_date(date)
    opens, closes = checked_window(start_time, end_time)

    def work(session: Session) -> HoursChange:
        require_coach(session, coach)
        session.execute(
            insert(Availability).values(coach_id=coach, date=day, start_time=opens, end_time=closes)
        )
        return HoursChange()

    return run_write_as(db, actor, work)


def remove_time_off(db: Database, actor: Actor, time_off_id: object) -> None:
    """The coach works that time again, as their hours say."""
    require_admin(actor, "set the coaches' hours")
    absence = parse_id(time_off_id, "time off")
    _remove(db, actor, delete(Absence).where(Absence.id == absence).returning(Absence.id))


def remove_extra_hours(db: Database, actor: Actor, extra_hours_id: object) -> HoursChange:
    """The extra hours go; returns the active bookings that were in them (they stay valid)."""
    require_admin(actor, "set the coaches' hours")
    extra = parse_id(extra_hours_id, "extra hours")
    zone = get_settings(db).zone

    def work(session: Session) -> HoursChange:
        owner = session.scalar(select(Availability.coach_id).where(Availability.id == extra))
        if owner is not None:
            require_coach(session, owner)
        row = session.execute(
            delete(Availability)
            .where(Availability.id == extra)
            .returning(Availability.coach_id, Availability.date)
        ).first()
        if row is None:
            raise _gone()
        return HoursChange(_outside(session, zone, row.date, row.coach_id))

    return run_write_as(db, actor, work)


def add_holiday(
    db: Database, actor: Actor, *, date: dt.date | str, name: object, anyway: bool = False
) -> HoursChange:
    """The whole studio is closed on the local `date`: no coach can be booked."""
    require_admin(actor, "set the studio's holidays")
    day = parse_date(date)
    anyway = yes_or_no(anyway)
    title = required_text(name, what="the holiday's name", max_length=TITLE_LENGTH)
    zone = get_settings(db).zone

    def work(session: Session) -> HoursChange:
        lock_every_coach(session)
        already = session.scalar(select(Holiday.name).where(Holiday.date == day))
        if already is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "That day is already a holiday: {name}."), name=already
            )
        session.execute(insert(Holiday).values(date=day, name=title))
        return _outside_or_refuse(session, zone, day, None, anyway=anyway)

    return run_write_as(db, actor, work)


def remove_holiday(db: Database, actor: Actor, holiday_id: object) -> None:
    """The studio opens on that day again, with each coach's hours."""
    require_admin(actor, "set the studio's holidays")
    holiday = parse_id(holiday_id, "holiday")
    _remove(db, actor, delete(Holiday).where(Holiday.id == holiday).returning(Holiday.id))


def _remove(db: Database, actor: Actor, statement: ReturningDelete[tuple[int]]) -> None:
    def work(session: Session) -> None:
        if session.execute(statement).first() is None:
            raise _gone()

    run_write_as(db, actor, work)


def _gone() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("services", "That is no longer there: someone removed it already."))


def _outside(session: Session, zone: ZoneInfo, day: dt.date, coach: int | None) -> tuple[BookingView, ...]:
    return bookings_outside_hours(session, zone, from_day=day, last_day=day, coach_id=coach)


def _outside_or_refuse(
    session: Session, zone: ZoneInfo, day: dt.date, coach: int | None, *, anyway: bool
) -> HoursChange:
    outside = _outside(session, zone, day, coach)
    if outside and not anyway:
        # Raised inside the unit of work: what was just written rolls back with it.
        raise BookingsInTheWay(IN_THE_WAY_MESSAGE, outside, count=len(outside))
    return HoursChange(outside)
