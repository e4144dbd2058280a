"""The hours rule (pattern + extra - time off - holiday) as a property: whatever goes in, the
windows that come out are in order, never overlap or touch, never end before they start, and
cover exactly the minutes the rule says."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from studio_desk.services.calendar.hours import PatternWindow, day_windows, pattern_windows_on

QUARTERS = st.integers(0, 95)


def at(quarter: int) -> dt.time:
    return dt.time(quarter // 4, quarter % 4 * 15)


windows = st.lists(
    st.tuples(QUARTERS, QUARTERS).filter(lambda w: w[0] < w[1]).map(lambda w: (at(w[0]), at(w[1]))),
    max_size=5,
)
time_off = st.lists(
    st.one_of(
        st.just((None, None)),
        st.tuples(QUARTERS, QUARTERS).filter(lambda w: w[0] < w[1]).map(lambda w: (at(w[0]), at(w[1]))),
    ),
    max_size=3,
)


def inside(moment: dt.time, spans: list[tuple[dt.time, dt.time]]) -> bool:
    return any(start <= moment < end for start, end in spans)


@given(pattern=windows, extra=windows, off=time_off, closed=st.booleans())
def test_the_windows_of_a_day_are_ordered_apart_and_exactly_the_rule(
    pattern: list[tuple[dt.time, dt.time]],
    extra: list[tuple[dt.time, dt.time]],
    off: list[tuple[dt.time | None, dt.time | None]],
    closed: bool,
) -> None:
    result = day_windows(pattern, extra, off, closed)
    assert all(start < end for start, end in result)
    assert all(earlier[1] < later[0] for earlier, later in zip(result, result[1:], strict=False))
    whole_day_off = any(start is None for start, _ in off)
    partly_off = [(s, e) for s, e in off if s is not None and e is not None]
    for quarter in range(96):
        moment = at(quarter)
        expected = (
            not closed
            and not whole_day_off
            and inside(moment, pattern + extra)
            and not inside(moment, partly_off)
        )
        assert inside(moment, result) == expected, moment


def test_the_latest_pattern_on_or_before_a_day_rules_it() -> None:
    monday = dt.date(2025, 10, 27)
    stored = [
        PatternWindow(monday - dt.timedelta(weeks=4), 0, dt.time(8), dt.time(12)),
        PatternWindow(monday - dt.timedelta(weeks=4), 0, dt.time(13), dt.time(17)),
        PatternWindow(monday, 1, dt.time(9), dt.time(10)),  # from this Monday: Tuesdays only
        PatternWindow(monday + dt.timedelta(weeks=1), 0, dt.time(6), dt.time(7)),
    ]
    assert pattern_windows_on(stored, monday - dt.timedelta(weeks=1)) == [
        (dt.time(8), dt.time(12)),
        (dt.time(13), dt.time(17)),
    ]
    assert pattern_windows_on(stored, monday) == []
    assert pattern_windows_on(stored, monday + dt.timedelta(days=1)) == [(dt.time(9), dt.time(10))]
    assert pattern_windows_on(stored, monday + dt.timedelta(weeks=30)) == [(dt.time(6), dt.time(7))]
    assert pattern_windows_on(stored, monday - dt.timedelta(weeks=5)) == []
