"""When a coach can be booked: availability windows, the overlap rule, free start times.

A booking keeps its coach busy over the half-open interval [start_at, busy_until), where
busy_until is the end of the session plus the course's buffer. Two active bookings of one
coach may touch (10:00-11:00 and 11:00-12:00) but never overlap; the database enforces the
same interval (trigger on SQLite, exclusion constraint on PostgreSQL).

Writers that put a booking into a coach's time queue up on that coach: they lock the coach's
row (FOR NO KEY UPDATE, which leaves the foreign-key checks of other writers alone) before
the overlap pre-check, so the pre-check is the last word and two desks never meet inside the
exclusion index, where simultaneous inserts wait on each other and one dies as a deadlock.
SQLite needs no such lock: BEGIN IMMEDIATE already lets one writer in at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Time,
    and_,
    bindparam,
    cast,
    exists,
    func,
    literal,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from studio_desk.models import (
    ACTIVE_STATUSES,
    Absence,
    Availability,
    Booking,
    Coach,
    Holiday,
    Occurrence,
    UTCDateTime,
    WeeklyWindow,
)
from studio_desk.services.bookings.reads import AnySelect
from studio_desk.services.calendar.hours import Window, day_windows, merge
from studio_desk.services.errors import QT_TRANSLATE_NOOP, SlotConflict, ValidationError
from studio_desk.services.studio_time import first_instant_at
from studio_desk.services.unit_of_work import SLOT_CONFLICT_MESSAGE
from studio_desk.services.views import FreeSlot

Interval = tuple[dt.datetime, dt.datetime]

PAST_SLOT_MESSAGE = QT_TRANSLATE_NOOP("services", "That time has already passed. Pick a time from now on.")

# Rendered into the SQL as constants, so PostgreSQL's planner can match the partial
# exclusion index (WHERE status IN (...)) even with a generic plan.
_ACTIVE: BindParameter[list[str]] = bindparam(
    "active_statuses",
    value=sorted(status.value for status in ACTIVE_STATUSES),
    expanding=True,
    literal_execute=True,
)


def is_active() -> ColumnElement[bool]:
    return Booking.status.in_(_ACTIVE)


def overlaps_span(dialect: str) -> ColumnElement[bool]:
    """Bookings whose busy interval overlaps [:span_start, :span_end)."""
    span_start = bindparam("span_start", type_=UTCDateTime())
    span_end = bindparam("span_end", type_=UTCDateTime())
    if dialect == "postgresql":
        # The exclusion constraint's own expression, so its GiST index answers this. '[)' is
        # SQL text, not a parameter: a prepared (generic) plan matches the index only then.
        half_open: ColumnElement[str] = literal_column("'[)'")
        theirs = func.tstzrange(Booking.start_at, Booking.busy_until, half_open)
        return theirs.op("&&")(func.tstzrange(span_start, span_end, half_open))
    # busy_until first: the (coach_id, busy_until) index then skips the coach's past bookings.
    return and_(Booking.busy_until > span_start, Booking.start_at < span_end)


def _coach_bookings_in_span(dialect: str, *columns: Any) -> AnySelect:
    """The coach's active private bookings over the span. Places in a class are left out: their
    occurrence holds the coach's time for all of them (`_coach_classes_in_span`)."""
    return select(*columns).where(
        Booking.coach_id == bindparam("coach_id"),
        is_active(),
        Booking.occurrence_id.is_(None),
        overlaps_span(dialect),
        Booking.id != bindparam("ignore_id"),
    )


def _coach_classes_in_span(dialect: str, *columns: Any) -> AnySelect:
    """The coach's scheduled class occurrences whose busy time overlaps the span."""
    span_start = bindparam("span_start", type_=UTCDateTime())
    span_end = bindparam("span_end", type_=UTCDateTime())
    if dialect == "postgresql":
        half_open: ColumnElement[str] = literal_column("'[)'")
        theirs = func.tstzrange(Occurrence.start_at, Occurrence.busy_until, half_open)
        overlapping: ColumnElement[bool] = theirs.op("&&")(func.tstzrange(span_start, span_end, half_open))
    else:
        overlapping = and_(Occurrence.busy_until > span_start, Occurrence.start_at < span_end)
    return select(*columns).where(
        Occurrence.coach_id == bindparam("coach_id"),
        Occurrence.status == literal_column("'scheduled'"),
        overlapping,
    )


_DIALECTS = ("sqlite", "postgresql")
_BUSY = {
    d: union_all(
        _coach_bookings_in_span(d, Booking.start_at, Booking.busy_until),
        _coach_classes_in_span(d, Occurrence.start_at, Occurrence.busy_until),
    )
    for d in _DIALECTS
}
_CLASS_CLASH = {d: _coach_classes_in_span(d, Occurrence.id).limit(1) for d in _DIALECTS}
# No ORDER BY: any clash will do, and ordering by start would make SQLite walk the coach's
# whole past through the (coach_id, start_at) index instead of the busy_until one.
_CLASH = {d: _coach_bookings_in_span(d, Booking.id).limit(1) for d in _DIALECTS}


def _day_parts() -> list[AnySelect]:
    """What makes a coach's hours on the local :day (weekday :weekday), one kind per part: the
    ruling pattern's windows (w), extra hours (x), time off (o), a studio holiday (h)."""
    coach: BindParameter[int] = bindparam("coach_id")
    day: BindParameter[dt.date] = bindparam("day", type_=WeeklyWindow.valid_from.type)
    ruling = (
        select(func.max(WeeklyWindow.valid_from))
        .where(WeeklyWindow.coach_id == coach, WeeklyWindow.valid_from <= day)
        .scalar_subquery()
    )
    no_time = cast(null(), Time)
    return [
        select(literal("w").label("kind"), WeeklyWindow.start_time, WeeklyWindow.end_time).where(
            WeeklyWindow.coach_id == coach,
            WeeklyWindow.valid_from == ruling,
            WeeklyWindow.weekday == bindparam("weekday"),
        ),
        select(literal("x"), Availability.start_time, Availability.end_time).where(
            Availability.coach_id == coach, Availability.date == day
        ),
        select(literal("o"), Absence.start_time, Absence.end_time).where(
            Absence.coach_id == coach, Absence.date == day
        ),
        select(literal("h"), no_time, no_time).where(Holiday.date == day),
    ]


# The coach's hours that day in one round trip (UNION ALL of the parts); for a booking, one
# more row (b) when the slot is taken: one round trip for both, which is most of a booking's
# cost on a database server.
_DAY_PARTS = union_all(*_day_parts())
_DAY_PARTS_AND_CLASH = {
    d: union_all(
        *_day_parts(),
        select(literal("b"), cast(null(), Time), cast(null(), Time)).where(
            exists(_coach_bookings_in_span(d, Booking.id))
        ),
        select(literal("b"), cast(null(), Time), cast(null(), Time)).where(
            exists(_coach_classes_in_span(d, Occurrence.id))
        ),
    )
    for d in _DIALECTS
}
# The coach's name and whether they take bookings, locked as the module's docstring says.
COACH_FOR_BOOKING = (
    select(Coach.name, Coach.active).where(Coach.id == bindparam("coach_id")).with_for_update(key_share=True)
)
# Booking ids start at 1: "ignore none" is id 0.
_IGNORE_NONE = 0


def overlap(a: Interval, b: Interval) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def availability_windows(
    session: Session, coach_id: int, day: dt.date, zone: ZoneInfo
) -> list[Interval]:
    """The coach's bookable hours on the local `day`, as merged UTC intervals."""
    rows = session.connection().execute(_DAY_PARTS, _day_params(coach_id, day)).all()
    return hours_intervals(day, _windows_of(rows), zone)


def _day_params(coach_id: int, day: dt.date) -> dict[str, object]:
    return {"coach_id": coach_id, "day": day, "weekday": day.weekday()}


def _windows_of(rows: Sequence[Any]) -> list[Window]:
    def part(kind: str) -> list[Any]:
        return [(row[1], row[2]) for row in rows if row[0] == kind]

    return day_windows(part("w"), part("x"), part("o"), closed=bool(part("h")))


def hours_interval(day: dt.date, start: dt.time, end: dt.time, zone: ZoneInfo) -> Interval:
    """Wall-clock hours on the local `day` as a UTC interval: from the first moment the clocks
    show `start` (or have passed it) to the first they show `end`. On the day the clocks go
    forward, hours reaching into the skipped hour keep what exists of them (02:30-03:30 with
    02:00-03:00 skipped is 03:00-03:30); on the day they go back, an edge inside the repeated
    hour is its first occurrence. Empty (start == end) when nothing of it exists."""
    return first_instant_at(day, start, zone), first_instant_at(day, end, zone)


def hours_intervals(day: dt.date, windows: Iterable[Window], zone: ZoneInfo) -> list[Interval]:
    """A day's wall-clock windows as UTC intervals, merged and none empty: windows apart on the
    wall clock may touch in time (01:00-02:15 and 02:30-04:00 when 02:00-03:00 is skipped), and
    a session across the two then fits, as it does in every reader of the hours."""
    intervals = (hours_interval(day, start, end, zone) for start, end in windows)
    return merge(interval for interval in intervals if interval[1] > interval[0])


def _span_params(
    coach_id: int, start: dt.datetime, end: dt.datetime, ignore_booking_id: int | None
) -> dict[str, object]:
    ignore = _IGNORE_NONE if ignore_booking_id is None else ignore_booking_id
    return {"coach_id": coach_id, "span_start": start, "span_end": end, "ignore_id": ignore}


def busy_intervals(
    session: Session,
    dialect: str,
    coach_id: int,
    span: Interval,
    ignore_booking_id: int | None = None,
) -> list[Interval]:
    """Busy intervals of the coach's active private bookings and scheduled classes that overlap
    `span`."""
    rows = session.connection().execute(
        _BUSY[dialect], _span_params(coach_id, *span, ignore_booking_id)
    )
    return [(start, end) for start, end in rows]


def clashing_booking(
    session: Session, dialect: str, coach_id: int, start: dt.datetime, busy_until: dt.datetime
) -> int | None:
    """An active private booking of the coach whose busy time overlaps [start, busy_until), if any."""
    return session.connection().execute(
        _CLASH[dialect], _span_params(coach_id, start, busy_until, None)
    ).scalar()


def clashing_class(
    session: Session, dialect: str, coach_id: int, start: dt.datetime, busy_until: dt.datetime
) -> int | None:
    """A scheduled class occurrence of the coach whose busy time overlaps [start, busy_until)."""
    return session.connection().execute(
        _CLASS_CLASH[dialect], _span_params(coach_id, start, busy_until, None)
    ).scalar()


def check_slot(
    session: Session,
    dialect: str,
    *,
    coach_id: int,
    start: dt.datetime,
    end: dt.datetime,
    busy_until: dt.datetime,
    zone: ZoneInfo,
    now: dt.datetime,
    ignore_booking_id: int | None = None,
) -> None:
    """Refuse a slot in the past, outside the coach's hours, or overlapping their bookings."""
    if start < now:
        raise ValidationError(PAST_SLOT_MESSAGE)
    local_day = start.astimezone(zone).date()
    rows = session.connection().execute(
        _DAY_PARTS_AND_CLASH[dialect],
        {**_day_params(coach_id, local_day), **_span_params(coach_id, start, busy_until, ignore_booking_id)},
    ).all()
    windows = hours_intervals(local_day, _windows_of(rows), zone)
    if not any(w_start <= start and end <= w_end for w_start, w_end in windows):
        raise _outside_hours(windows, zone)
    if any(row[0] == "b" for row in rows):
        raise SlotConflict(SLOT_CONFLICT_MESSAGE)


def _outside_hours(windows: Sequence[Interval], zone: ZoneInfo) -> ValidationError:
    if not windows:
        return ValidationError(
            QT_TRANSLATE_NOOP("services", "The coach is not available on that day. Pick another day.")
        )
    hours = ", ".join(
        f"{start.astimezone(zone):%H:%M}-{end.astimezone(zone):%H:%M}" for start, end in windows
    )
    return ValidationError(
        QT_TRANSLATE_NOOP("services", "The session must fit within the coach's hours that day ({hours})."),
        hours=hours,
    )


def free_slots(
    windows: Sequence[Interval],
    busy: Sequence[Interval],
    *,
    duration: dt.timedelta,
    buffer: dt.timedelta,
    step: dt.timedelta,
    not_before: dt.datetime,
    zone: ZoneInfo,
) -> list[FreeSlot]:
    """Start times, every `step` from each window's start, where the session fits the window
    and its busy interval (session plus buffer) overlaps nothing in `busy`."""
    busy_sorted = merge(busy)
    slots: list[FreeSlot] = []
    for w_start, w_end in windows:
        start = w_start
        while start + duration <= w_end:
            candidate = (start, start + duration + buffer)
            if start >= not_before and not any(overlap(candidate, b) for b in busy_sorted):
                slots.append(FreeSlot(start.astimezone(zone), (start + duration).astimezone(zone)))
            start += step
    return slots
