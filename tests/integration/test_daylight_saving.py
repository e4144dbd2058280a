"""Bookings on the days the clocks change, in a studio outside Indonesia, on both databases:
a booking is taken exactly when it fits the hours as the clock runs through them, each free
time is an instant, and dates and times that are not what a person means are refused."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio_desk import services
from studio_desk.services import Database, ValidationError
from studio_desk.services.calendar.hours import day_windows
from studio_desk.services.studio_time import to_instant
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.unit.test_dst_free_times import model_free, model_stretches

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SPRING, AUTUMN = dt.date(2026, 3, 29), dt.date(2026, 10, 25)  # Berlin's clocks forward, then back


@pytest.fixture
def berlin(db: Database, studio: Studio, clock: SettableClock) -> Database:
    services.update_settings(db, studio.admin, timezone="Europe/Berlin")
    clock.set(dt.datetime(2026, 3, 1, 8, 0, tzinfo=BERLIN))
    return db


def quarter(n: int) -> dt.time:
    return dt.time(n // 4, n % 4 * 15)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    day=st.sampled_from([SPRING, AUTUMN]),
    edges=st.lists(st.integers(0, 24), min_size=2, max_size=4, unique=True),
    minutes=st.sampled_from([30, 60]),
    start=st.integers(0, 24),
    second=st.booleans(),
)
def test_a_booking_is_taken_exactly_when_it_fits_the_hours_as_the_clock_runs(
    berlin: Database, studio: Studio, clock: SettableClock,
    day: dt.date, edges: list[int], minutes: int, start: int, second: bool,
) -> None:
    points = sorted(edges)
    windows = day_windows(
        [(quarter(a), quarter(b)) for a, b in zip(points[::2], points[1::2], strict=False)], [], [], False
    )
    coach = services.create_coach(berlin, studio.admin, name="Coach Night")
    course = services.create_course(
        berlin, studio.admin, coach_id=coach.id, title="Night", duration_minutes=minutes, price=1
    )
    for opens, closes in windows:
        services.add_extra_hours(
            berlin, studio.admin, coach_id=coach.id, date=day, start_time=opens, end_time=closes
        )
    case: dict[str, object] = {
        "zone": BERLIN, "day": day, "windows": windows, "busy": [], "duration": dt.timedelta(minutes=minutes),
        "buffer": dt.timedelta(0), "step": dt.timedelta(minutes=30), "not_before": clock(),
    }
    offered = services.free_start_times(berlin, course.id, day)
    assert [slot.instant for slot in offered] == model_free(case)
    assert len({slot.label for slot in offered}) == len(offered)  # a person tells each apart

    asked = quarter(start).replace(fold=int(second))
    try:
        instant: dt.datetime | None = to_instant(day, asked, BERLIN)
    except ValidationError:
        instant = None  # skipped by the clocks: refused as a time that does not exist
    length = dt.timedelta(minutes=minutes)
    fits = instant is not None and any(
        opens <= instant and instant + length <= closes for opens, closes in model_stretches(case)
    )
    try:
        made = services.create_booking(
            berlin, studio.desk, client_id=studio.john, course_id=course.id, date=day, start_time=asked
        )
    except ValidationError:
        assert not fits, (windows, asked)
        return
    assert fits, (windows, asked)
    assert made.start_at.astimezone(dt.UTC) == instant  # the very instant asked for, fold and all
    assert services.bookings_outside(berlin, coach.id, day) == ()  # the hours' readers agree


def test_hours_into_the_skipped_hour_keep_what_exists_of_them(berlin: Database, studio: Studio) -> None:
    coach = services.create_coach(berlin, studio.admin, name="Coach Spring")
    half = services.create_course(
        berlin, studio.admin, coach_id=coach.id, title="Half hour", duration_minutes=30, price=1
    )
    services.add_extra_hours(
        berlin, studio.admin, coach_id=coach.id, date=SPRING, start_time="02:30", end_time="03:30"
    )
    # 02:30 never happens that day: the hours are 03:00-03:30, not nothing.
    assert [slot.label for slot in services.free_start_times(berlin, half.id, SPRING)] == ["03:00"]
    [column] = [c for c in services.day_schedule(berlin, SPRING).coaches if c.coach_id == coach.id]
    assert [slot.label for slot in column.free] == ["03:00"]
    booking = services.create_booking(
        berlin, studio.desk, client_id=studio.john, course_id=half.id, date=SPRING, start_time="03:00"
    )
    assert booking.start_at.astimezone(dt.UTC) == dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC)
    assert services.bookings_outside(berlin, coach.id, SPRING) == ()


def test_the_second_of_a_repeated_time_is_its_own_free_time_and_booking(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    services.update_settings(db, studio.admin, timezone="America/New_York")
    clock.set(dt.datetime(2026, 10, 1, 8, 0, tzinfo=NEW_YORK))
    night = dt.date(2026, 11, 1)  # 02:00 becomes 01:00 again
    half = services.create_course(
        db, studio.admin, coach_id=studio.coach_a, title="Half hour", duration_minutes=30, price=1
    )
    services.add_extra_hours(
        db, studio.admin, coach_id=studio.coach_a, date=night, start_time="00:30", end_time="02:00"
    )
    slots = services.free_start_times(db, half.id, night)
    assert [slot.label for slot in slots] == [
        "00:30", "01:00 (first)", "01:30 (first)", "01:00 (second)", "01:30 (second)",
    ]
    second = slots[3]
    booked = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=half.id, date=night,
        start_time=second.start_at.time(),  # time() keeps the fold: the second 01:00
    )
    assert booked.start_at.astimezone(dt.UTC) == dt.datetime(2026, 11, 1, 6, 0, tzinfo=dt.UTC)
    assert second not in services.free_start_times(db, half.id, night)
    assert slots[1] in services.free_start_times(db, half.id, night)  # the first is still free
    typed = services.create_booking(  # typed by hand, 01:00 is the first
        db, studio.desk, client_id=studio.jane, course_id=half.id, date=night, start_time="01:00"
    )
    assert typed.start_at.astimezone(dt.UTC) == dt.datetime(2026, 11, 1, 5, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("date", "start_time", "refusal"), [
    ("20251025", "10:00", "'20251025' is not a date"),
    ("2025-W43-6", "10:00", "'2025-W43-6' is not a date"),
    ("２０２５-１０-２５", "10:00", "is not a date"),
    ("2025-10-25", "１０:００", "'１０:００' is not a time of day"),
    ("2025-10-25", "10:00+07:00", "'10:00+07:00' has a time zone or UTC offset"),
    ("2025-10-25", dt.time(10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))), "'10:00+07:00' has a time"),
])
def test_look_alike_dates_and_times_with_offsets_are_refused_and_nothing_is_booked(
    db: Database, studio: Studio, date: str, start_time: str | dt.time, refusal: str
) -> None:
    before = services.list_bookings(db).total
    with pytest.raises(ValidationError, match=re.escape(refusal)):
        services.create_booking(
            db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=date, start_time=start_time
        )
    with pytest.raises(ValidationError, match=re.escape(refusal)):
        services.add_availability(
            db, studio.admin, coach_id=studio.coach_a, date=date,
            start_time=start_time, end_time="11:00" if isinstance(start_time, str) else "23:00",
        )
    assert services.list_bookings(db).total == before
