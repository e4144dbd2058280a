"""A coach's hours over a range of local days, read in four queries (patterns, extra hours,
time off, holidays) and computed by hours.py, and the active bookings that fall outside them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_desk.models import Absence, Availability, Booking, Holiday, WeeklyWindow
from studio_desk.services.bookings.reads import booking_view_query, to_view
from studio_desk.services.calendar.hours import Off, PatternWindow, Window, day_windows, pattern_windows_on
from studio_desk.services.calendar.schedule import hours_intervals, is_active
from studio_desk.services.studio_time import day_bounds
from studio_desk.services.views import BookingView

HoursByDay = dict[tuple[int, dt.date], list[Window]]


def coach_hours(session: Session, coach_ids: Sequence[int], first: dt.date, last: dt.date) -> HoursByDay:
    """The windows of each (coach, local day) from `first` to `last` that has any."""
    if not coach_ids or last < first:
        return {}
    ids = sorted(set(coach_ids))
    patterns: dict[int, list[PatternWindow]] = {}
    for row in session.execute(
        select(
            WeeklyWindow.coach_id,
            WeeklyWindow.valid_from,
            WeeklyWindow.weekday,
            WeeklyWindow.start_time,
            WeeklyWindow.end_time,
        ).where(WeeklyWindow.coach_id.in_(ids), WeeklyWindow.valid_from <= last)
    ):
        patterns.setdefault(row.coach_id, []).append(
            PatternWindow(row.valid_from, row.weekday, row.start_time, row.end_time)
        )
    extra: dict[tuple[int, dt.date], list[Window]] = {}
    for extra_row in session.execute(
        select(
            Availability.coach_id, Availability.date, Availability.start_time, Availability.end_time
        ).where(Availability.coach_id.in_(ids), Availability.date >= first, Availability.date <= last)
    ):
        key = (extra_row.coach_id, extra_row.date)
        extra.setdefault(key, []).append((extra_row.start_time, extra_row.end_time))
    off: dict[tuple[int, dt.date], list[Off]] = {}
    for off_row in session.execute(
        select(Absence.coach_id, Absence.date, Absence.start_time, Absence.end_time).where(
            Absence.coach_id.in_(ids), Absence.date >= first, Absence.date <= last
        )
    ):
        off.setdefault((off_row.coach_id, off_row.date), []).append((off_row.start_time, off_row.end_time))
    closed = set(session.scalars(select(Holiday.date).where(Holiday.date >= first, Holiday.date <= last)))

    hours: HoursByDay = {}
    for coach in ids:
        day = first
        while day <= last:
            key = (coach, day)
            windows = day_windows(
                pattern_windows_on(patterns.get(coach, ()), day),
                extra.get(key, ()),
                off.get(key, ()),
                closed=day in closed,
            )
            if windows:
                hours[key] = windows
            day += dt.timedelta(days=1)
    return hours


def bookings_outside_hours(
    session: Session,
    zone: ZoneInfo,
    *,
    from_day: dt.date,
    coach_id: int | None = None,
    last_day: dt.date | None = None,
) -> tuple[BookingView, ...]:
    """Active bookings from the local `from_day` on (to `last_day`), of one coach or all, whose
    session does not fit inside their coach's hours that day. They stay valid: a person decides."""
    query = booking_view_query().where(is_active(), Booking.start_at >= day_bounds(from_day, zone)[0])
    if last_day is not None:
        query = query.where(Booking.start_at < day_bounds(last_day, zone)[1])
    if coach_id is not None:
        query = query.where(Booking.coach_id == coach_id)
    bookings = [to_view(row, zone) for row in session.execute(query.order_by(Booking.start_at, Booking.id))]
    if not bookings:
        return ()
    days = [b.start_at.date() for b in bookings]
    hours = coach_hours(session, [b.coach_id for b in bookings], min(days), max(days))
    outside = []
    for booking in bookings:
        day = booking.start_at.date()
        windows = hours_intervals(day, hours.get((booking.coach_id, day), ()), zone)
        start, end = booking.start_at.astimezone(dt.UTC), booking.end_at.astimezone(dt.UTC)
        if not any(w_start <= start and end <= w_end for w_start, w_end in windows):
            outside.append(booking)
    return tuple(outside)
