"""The hours, the overlap rule and the free start times on the days the clocks change, in zones
that change them (Berlin, New York), against a model that only watches a clock tick by.

The model: a coach's window of wall-clock hours a-b runs from the first moment the studio's
clocks show a (or have passed it) to the first moment they show b. So hours reaching into the
skipped hour keep what exists of them, and an edge inside the repeated hour is its first time.
Free start times step from the start of each stretch of hours, fit in it, are not before "now",
and keep the session and its buffer clear of every busy interval: all of it in instants.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from studio_desk.services.calendar.hours import day_windows
from studio_desk.services.calendar.schedule import free_slots, hours_intervals, overlap
from studio_desk.services.studio_time import day_bounds

MINUTE = dt.timedelta(minutes=1)
ZONES = [ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")]


def change_days(zone: ZoneInfo) -> list[dt.date]:
    days, day = [], dt.date(2025, 1, 1)
    while day.year < 2031:
        start, end = day_bounds(day, zone)
        if end - start != dt.timedelta(hours=24):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


DAYS = {zone.key: change_days(zone) for zone in ZONES}


def quarter(n: int) -> dt.time:
    return dt.time(n // 4, n % 4 * 15)


@st.composite
def studio_days(draw: st.DrawFn) -> dict[str, object]:
    zone = draw(st.sampled_from(ZONES))
    day = draw(st.sampled_from(DAYS[zone.key]))
    # Wall-clock windows around the change (it is at 02:00 or 03:00): quarters of 00:00-06:00.
    edges = draw(st.lists(st.integers(0, 24), min_size=2, max_size=6, unique=True))
    points = sorted(edges)
    windows = day_windows(
        [(quarter(a), quarter(b)) for a, b in zip(points[::2], points[1::2], strict=False)], [], [], False
    )
    start = day_bounds(day, zone)[0]
    busy = [
        (start + k * 15 * MINUTE, start + (k + length) * 15 * MINUTE)
        for k, length in draw(st.lists(st.tuples(st.integers(0, 28), st.integers(1, 8)), max_size=3))
    ]
    return {
        "zone": zone, "day": day, "windows": windows, "busy": busy,
        "duration": draw(st.sampled_from([15, 30, 45, 60, 90])) * MINUTE,
        "buffer": draw(st.sampled_from([0, 15])) * MINUTE,
        "step": draw(st.sampled_from([15, 30])) * MINUTE,
        "not_before": start + draw(st.integers(0, 28)) * 15 * MINUTE,
    }


def wall(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def model_stretches(case: dict[str, object]) -> list[tuple[dt.datetime, dt.datetime]]:
    """Watch the clock tick minute by minute through the day: a minute is in a window from the
    first minute the clock has reached its start until the first it has reached its end."""
    zone, day = case["zone"], case["day"]
    assert isinstance(zone, ZoneInfo) and isinstance(day, dt.date)
    start, end = day_bounds(day, zone)
    windows = case["windows"]
    assert isinstance(windows, list)
    reached: set[int] = set()  # windows whose start the clock has reached
    ended: set[int] = set()
    stretches: list[tuple[dt.datetime, dt.datetime]] = []
    minute = start
    while minute < end:
        shown = wall(minute, zone)
        for index, (opens, closes) in enumerate(windows):
            if shown >= dt.datetime.combine(day, opens):
                reached.add(index)
            if shown >= dt.datetime.combine(day, closes):
                ended.add(index)
        if reached - ended:
            if stretches and stretches[-1][1] == minute:
                stretches[-1] = (stretches[-1][0], minute + MINUTE)
            else:
                stretches.append((minute, minute + MINUTE))
        minute += MINUTE
    return stretches


def model_free(case: dict[str, object]) -> list[dt.datetime]:
    duration, buffer, step = case["duration"], case["buffer"], case["step"]
    not_before, busy = case["not_before"], case["busy"]
    assert isinstance(duration, dt.timedelta) and isinstance(buffer, dt.timedelta)
    assert isinstance(step, dt.timedelta) and isinstance(not_before, dt.datetime) and isinstance(busy, list)
    free = []
    for opens, closes in model_stretches(case):
        start = opens
        while start + duration <= closes:
            clear = not any(start < b_end and b_start < start + duration + buffer for b_start, b_end in busy)
            if start >= not_before and clear:
                free.append(start)
            start += step
    return free


@settings(max_examples=300, deadline=None)
@given(case=studio_days())
def test_the_hours_are_the_stretches_the_clock_runs_through(case: dict[str, object]) -> None:
    zone, day, windows = case["zone"], case["day"], case["windows"]
    assert isinstance(zone, ZoneInfo) and isinstance(day, dt.date) and isinstance(windows, list)
    assert hours_intervals(day, windows, zone) == model_stretches(case)


@settings(max_examples=300, deadline=None)
@given(case=studio_days())
def test_free_times_are_instants_that_fit_the_hours_and_clear_every_busy_time(
    case: dict[str, object],
) -> None:
    zone, day, windows = case["zone"], case["day"], case["windows"]
    assert isinstance(zone, ZoneInfo) and isinstance(day, dt.date) and isinstance(windows, list)
    busy = case["busy"]
    assert isinstance(busy, list)
    slots = free_slots(
        hours_intervals(day, windows, zone), busy, duration=case["duration"],  # type: ignore[arg-type]
        buffer=case["buffer"], step=case["step"], not_before=case["not_before"], zone=zone,  # type: ignore[arg-type]
    )
    assert [slot.instant for slot in slots] == model_free(case)
    # Each is an instant of its own, told apart from the others by what a person reads.
    assert len({slot.label for slot in slots}) == len(set(slots)) == len(slots)
    for slot in slots:
        assert slot.start_at.tzinfo is zone and slot.label.startswith(f"{slot.start_at:%H:%M}")
        assert slot.end_at.astimezone(dt.UTC) - slot.instant == case["duration"]
        assert slot.repeated == 0 or slot.label.endswith(("(first)", "(second)"))
        session = (slot.instant, slot.instant + case["duration"] + case["buffer"])  # type: ignore[operator]
        assert not any(overlap(session, b) for b in busy)


@settings(max_examples=200, deadline=None)
@given(case=studio_days())
def test_on_the_day_the_clocks_go_forward_hours_keep_what_exists_of_them(case: dict[str, object]) -> None:
    """There, the wall clock only moves on, so a window is exactly the minutes it shows a time in it."""
    zone, day, windows = case["zone"], case["day"], case["windows"]
    assert isinstance(zone, ZoneInfo) and isinstance(day, dt.date) and isinstance(windows, list)
    start, end = day_bounds(day, zone)
    if end - start > dt.timedelta(hours=24):
        return  # the clocks go back that day
    inside = set()
    minute = start
    while minute < end:
        shown = wall(minute, zone)
        if any(dt.datetime.combine(day, a) <= shown < dt.datetime.combine(day, b) for a, b in windows):
            inside.add(minute)
        minute += MINUTE
    stretches = {
        opens + n * MINUTE
        for opens, closes in hours_intervals(day, windows, zone)
        for n in range(int((closes - opens) / MINUTE))
    }
    assert stretches == inside


def test_hours_in_and_across_the_skipped_hour_keep_what_exists() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    spring = dt.date(2026, 3, 29)  # 02:00 becomes 03:00
    [(opens, closes)] = hours_intervals(spring, [(dt.time(2, 30), dt.time(3, 30))], berlin)
    assert (f"{opens.astimezone(berlin):%H:%M}", f"{closes.astimezone(berlin):%H:%M}") == ("03:00", "03:30")
    assert hours_intervals(spring, [(dt.time(2, 0), dt.time(2, 45))], berlin) == []  # none of it exists
    # Apart on the wall clock, touching in time: one stretch.
    apart = [(dt.time(1, 0), dt.time(2, 15)), (dt.time(2, 30), dt.time(4, 0))]
    [(opens, closes)] = hours_intervals(spring, apart, berlin)
    assert closes - opens == dt.timedelta(hours=2)


def test_the_night_the_clocks_go_back_lists_each_repeated_time_twice_told_apart() -> None:
    new_york = ZoneInfo("America/New_York")
    autumn = dt.date(2026, 11, 1)  # 02:00 becomes 01:00 again
    slots = free_slots(
        hours_intervals(autumn, [(dt.time(0, 30), dt.time(3, 0))], new_york), [],
        duration=dt.timedelta(minutes=30), buffer=dt.timedelta(0), step=dt.timedelta(minutes=30),
        not_before=dt.datetime(2026, 10, 1, tzinfo=dt.UTC), zone=new_york,
    )
    assert [slot.label for slot in slots] == [
        "00:30", "01:00 (first)", "01:30 (first)", "01:00 (second)", "01:30 (second)", "02:00", "02:30",
    ]
    first, second = slots[1], slots[3]
    assert first.start_at == second.start_at  # Python's word for two times of one zone ...
    assert first != second  # ... but they are an hour apart
    assert second.instant - first.instant == dt.timedelta(hours=1)
