"""A booking is accepted exactly when it fits inside the hours the rule computes (pattern +
extra - time off - holiday), on both databases, whatever the hours are."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio_desk import services
from studio_desk.services import Database, ValidationError
from studio_desk.services.calendar.hours import day_windows
from tests.support.studio import Studio

MONDAY = dt.date(2025, 10, 27)
HOURS = st.integers(6, 21)


def at(half_hour: int) -> dt.time:
    return dt.time(half_hour // 2, half_hour % 2 * 30)


def apart_windows(edges: list[int]) -> list[tuple[dt.time, dt.time]]:
    """Windows from sorted distinct edges taken in pairs: in order and never overlapping."""
    points = sorted(set(edges))
    return [(at(a), at(b)) for a, b in zip(points[::2], points[1::2], strict=False)]


spans = st.lists(
    st.tuples(st.integers(12, 44), st.integers(1, 8)).map(lambda s: (at(s[0]), at(min(47, s[0] + s[1])))),
    max_size=2,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edges=st.lists(st.integers(12, 44), min_size=2, max_size=6),
    extra=spans,
    off=spans,
    holiday=st.booleans(),
    start=st.integers(12, 44),
)
def test_a_booking_is_accepted_exactly_when_it_fits_the_computed_hours(
    db: Database,
    studio: Studio,
    edges: list[int],
    extra: list[tuple[dt.time, dt.time]],
    off: list[tuple[dt.time, dt.time]],
    holiday: bool,
    start: int,
) -> None:
    pattern = apart_windows(edges)
    if not pattern:
        return
    coach = services.create_coach(db, studio.admin, name="Coach Property")
    course = services.create_course(
        db, studio.admin, coach_id=coach.id, title="Hour", duration_minutes=60, price=1
    )
    services.set_weekly_hours(db, studio.admin, coach_id=coach.id, valid_from=MONDAY, windows={0: pattern})
    for opens, closes in extra:
        services.add_extra_hours(
            db, studio.admin, coach_id=coach.id, date=MONDAY, start_time=opens, end_time=closes
        )
    for opens, closes in off:
        services.add_time_off(
            db, studio.admin, coach_id=coach.id, date=MONDAY, start_time=opens, end_time=closes
        )
    holidays = services.list_holidays(db, MONDAY)
    for old in holidays:
        services.remove_holiday(db, studio.admin, old.id)
    if holiday:
        services.add_holiday(db, studio.admin, date=MONDAY, name="Closed", anyway=True)

    windows = day_windows(pattern, extra, off, holiday)
    begins = at(start)
    ends = (dt.datetime.combine(MONDAY, begins) + dt.timedelta(hours=1)).time()
    fits = any(w_start <= begins and ends <= w_end for w_start, w_end in windows) and ends > begins
    try:
        services.create_booking(
            db, studio.desk, client_id=studio.john, course_id=course.id, date=MONDAY, start_time=begins
        )
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted == fits, (pattern, extra, off, holiday, begins)
    offered = {slot.start_at.time() for slot in services.free_start_times(db, course.id, MONDAY)}
    assert all(
        any(
            w_start <= t and (dt.datetime.combine(MONDAY, t) + dt.timedelta(hours=1)).time() <= w_end
            for w_start, w_end in windows
        )
        for t in offered
    )
