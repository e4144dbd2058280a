"""Setting the coaches' hours (admins): weekly patterns valid from a date, time off, extra hours
and the studio's holidays. Changing hours never silently orphans a booking: what a change leaves
outside the hours is returned (and stays valid); time off or a holiday over bookings is refused,
listing them, unless the admin says to save anyway."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Absence, Availability, Coach, Holiday, WeeklyWindow
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.calendar.hours_reads import bookings_outside_hours
from studio_desk.services.calendar.schedule import COACH_FOR_BOOKING
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import parse_date, parse_time
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor, BookingView

DAYS_OF_WEEK = range(7)  # 0 is Monday, as Python's weekday()

TimeInput = dt.time | str
WindowsByWeekday = Mapping[int, Sequence[tuple[TimeInput, TimeInput]]]


@dataclass(frozen=True)
class WeekWindow:
    weekday: int  # 0 is Monday
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class WeeklyPattern:
    """A coach's hours each week from `valid_from` until their next pattern begins."""

    coach_id: int
    valid_from: dt.date
    windows: tuple[WeekWindow, ...]  # by weekday, then start

    def on(self, weekday: int) -> tuple[WeekWindow, ...]:
        return tuple(w for w in self.windows if w.weekday == weekday)


class ExceptionKind(enum.StrEnum):
    TIME_OFF = "time_off"
    EXTRA = "extra"


@dataclass(frozen=True)
class HoursException:
    """Time off (no times: the whole day) or extra hours of one coach on one local date."""

    id: int
    kind: ExceptionKind
    coach_id: int
    day: dt.date
    start: dt.time | None
    end: dt.time | None


@dataclass(frozen=True)
class HolidayView:
    id: int
    day: dt.date
    name: str


@dataclass(frozen=True)
class HoursChange:
    """What a change of hours left outside them: active bookings, still valid, for a person to
    move or keep."""

    outside: tuple[BookingView, ...] = ()


# Reads ------------------------------------------------------------------------------------------


def weekly_hours(db: Database, coach_id: object) -> tuple[WeeklyPattern, ...]:
    """Every weekly pattern of the coach, oldest first."""
    coach = parse_id(coach_id, "coach")

    def work(session: Session) -> tuple[WeeklyPattern, ...]:
        rows = session.execute(
            select(
                WeeklyWindow.valid_from, WeeklyWindow.weekday, WeeklyWindow.start_time, WeeklyWindow.end_time
            )
            .where(WeeklyWindow.coach_id == coach)
            .order_by(WeeklyWindow.valid_from, WeeklyWindow.weekday, WeeklyWindow.start_time)
        ).all()
        by_date: dict[dt.date, list[WeekWindow]] = {}
        for row in rows:
            by_date.setdefault(row.valid_from, []).append(
                WeekWindow(row.weekday, row.start_time, row.end_time)
            )
        return tuple(WeeklyPattern(coach, day, tuple(windows)) for day, windows in by_date.items())

    return run_read(db, work)


def hours_exceptions(db: Database, coach_id: object, from_date: dt.date | str) -> tuple[HoursException, ...]:
    """The coach's time off and extra hours from the local `from_date` on, by date."""
    coach, first = parse_id(coach_id, "coach"), parse_date(from_date)

    def work(session: Session) -> tuple[HoursException, ...]:
        off = session.execute(
            select(Absence.id, Absence.date, Absence.start_time, Absence.end_time).where(
                Absence.coach_id == coach, Absence.date >= first
            )
        ).all()
        extra = session.execute(
            select(Availability.id, Availability.date, Availability.start_time, Availability.end_time).where(
                Availability.coach_id == coach, Availability.date >= first
            )
        ).all()
        found = [
            HoursException(r.id, ExceptionKind.TIME_OFF, coach, r.date, r.start_time, r.end_time) for r in off
        ]
        found += [
            HoursException(r.id, ExceptionKind.EXTRA, coach, r.date, r.start_time, r.end_time) for r in extra
        ]
        return tuple(sorted(found, key=lambda e: (e.day, e.start or dt.time.min, e.kind, e.id)))

    return run_read(db, work)


def list_holidays(db: Database, from_date: dt.date | str) -> tuple[HolidayView, ...]:
    first = parse_date(from_date)

    def work(session: Session) -> tuple[HolidayView, ...]:
        rows = session.execute(
            select(Holiday.id, Holiday.date, Holiday.name).where(Holiday.date >= first).order_by(Holiday.date)
        )
        return tuple(HolidayView(row.id, row.date, row.name) for row in rows)

    return run_read(db, work)


def bookings_outside(db: Database, coach_id: object, from_date: dt.date | str) -> tuple[BookingView, ...]:
    """The coach's active bookings from the local `from_date` on that do not fit their hours
    (left there by a change of hours; they stay valid until a person moves or cancels them)."""
    coach, first = parse_id(coach_id, "coach"), parse_date(from_date)
    zone = get_settings(db).zone
    return run_read(db, lambda session: bookings_outside_hours(session, zone, from_day=first, coach_id=coach))


# Weekly patterns --------------------------------------------------------------------------------


def set_weekly_hours(
    db: Database, actor: Actor, *, coach_id: object, valid_from: dt.date | str, windows: WindowsByWeekday
) -> HoursChange:
    """The coach works these windows each week from `valid_from` (replacing a pattern from the
    same date) until their next pattern. Returns the active bookings from then on that are
    now outside the coach's hours."""
    require_admin(actor, "set the coaches' hours")
    coach, first = parse_id(coach_id, "coach"), parse_date(valid_from)
    pattern = _checked_pattern(windows)
    zone = get_settings(db).zone

    def work(session: Session) -> HoursChange:
        require_coach(session, coach)
        session.execute(
            delete(WeeklyWindow).where(WeeklyWindow.coach_id == coach, WeeklyWindow.valid_from == first)
        )
        session.execute(
            insert(WeeklyWindow),
            [
                {
                    "coach_id": coach,
                    "valid_from": first,
                    "weekday": w.weekday,
                    "start_time": w.start,
                    "end_time": w.end,
                }
                for w in pattern
            ],
        )
        return HoursChange(bookings_outside_hours(session, zone, from_day=first, coach_id=coach))

    return run_write_as(db, actor, work)


def remove_weekly_hours(
    db: Database, actor: Actor, *, coach_id: object, valid_from: dt.date | str
) -> HoursChange:
    """The pattern from `valid_from` goes; the one before it rules those days again."""
    require_admin(actor, "set the coaches' hours")
    coach, first = parse_id(coach_id, "coach"), parse_date(valid_from)
    zone = get_settings(db).zone

    def work(session: Session) -> HoursChange:
        require_coach(session, coach)
        gone = session.execute(
            delete(WeeklyWindow)
            .where(WeeklyWindow.coach_id == coach, WeeklyWindow.valid_from == first)
            .returning(WeeklyWindow.id)
        ).all()
        if not gone:
            raise NotFound(QT_TRANSLATE_NOOP("services", "That weekly pattern is no longer there."))
        return HoursChange(bookings_outside_hours(session, zone, from_day=first, coach_id=coach))

    return run_write_as(db, actor, work)


def _checked_pattern(windows: WindowsByWeekday) -> list[WeekWindow]:
    pattern: list[WeekWindow] = []
    if not isinstance(windows, Mapping):
        raise _not_windows()
    for weekday, day_windows in windows.items():
        if isinstance(weekday, bool) or not isinstance(weekday, int) or weekday not in DAYS_OF_WEEK:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "A day of the week is a number from 0 (Monday) to 6 (Sunday).")
            )
        if not (isinstance(day_windows, list | tuple) and all(_is_pair(window) for window in day_windows)):
            raise _not_windows()
        parsed = sorted(checked_window(start, end) for start, end in day_windows)
        for earlier, later in zip(parsed, parsed[1:], strict=False):
            if later[0] < earlier[1]:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "Two windows on the same day overlap ({first} and {second}). "
                        "Make them one window, or move one.",
                    ),
                    first=span(*earlier),
                    second=span(*later),
                )
        pattern += [WeekWindow(weekday, start, end) for start, end in parsed]
    if not pattern:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services",
                "A weekly pattern needs at least one window of hours. To mark a coach as not working, "
                "add time off for those days, or make the coach inactive.",
            )
        )
    return pattern


def _is_pair(window: object) -> bool:
    return isinstance(window, list | tuple) and len(window) == 2


def _not_windows() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "services", "Give the weekly hours as windows (start and end) by day of the week, 0 being Monday."
        )
    )


def parse_windows(text: str) -> list[tuple[dt.time, dt.time]]:
    """Windows of one day as a person types them: "08:00-12:00, 13:00-17:00"; empty is none."""
    if not isinstance(text, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "Write hours as start-end, like 08:00-12:00, with a comma between windows."
            )
        )
    windows = []
    for piece in (part.strip() for part in text.split(",")):
        if not piece:
            continue
        start, dash, end = piece.partition("-")
        if not dash:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "services", "Write hours as start-end, like 08:00-12:00, with a comma between windows."
                )
            )
        windows.append(checked_window(start, end))
    return windows


def checked_window(start: TimeInput, end: TimeInput) -> tuple[dt.time, dt.time]:
    opens, closes = parse_time(start), parse_time(end)
    if closes <= opens:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "A window of hours must end after it starts ({hours})."),
            hours=span(opens, closes),
        )
    return opens, closes


def span(start: dt.time, end: dt.time) -> str:
    return f"{start:%H:%M}-{end:%H:%M}"


def require_coach(session: Session, coach: int) -> None:
    """The coach exists; their row is locked as a booking locks it (calendar/schedule.py), so a
    booking made at the same moment either is in what this change lists or sees the new hours."""
    if session.execute(COACH_FOR_BOOKING, {"coach_id": coach}).first() is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "Coach not found"))


def lock_every_coach(session: Session) -> None:
    """A holiday changes every coach's hours: wait for, and hold off, bookings of any coach."""
    session.execute(select(Coach.id).with_for_update(key_share=True)).all()
