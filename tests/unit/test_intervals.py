"""The interval arithmetic under the overlap rule: half-open intervals, merged windows."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from studio_desk.services.calendar.schedule import Interval, merge, overlap

BASE = dt.datetime(2025, 10, 25, tzinfo=dt.UTC)
intervals = st.tuples(st.integers(0, 200), st.integers(1, 60)).map(
    lambda pair: (BASE + dt.timedelta(minutes=pair[0]), BASE + dt.timedelta(minutes=pair[0] + pair[1]))
)


def minutes_in(interval: Interval) -> set[int]:
    start, end = ((moment - BASE) // dt.timedelta(minutes=1) for moment in interval)
    return set(range(start, end))


@given(intervals, intervals)
def test_overlap_means_sharing_a_minute(a: Interval, b: Interval) -> None:
    assert overlap(a, b) == bool(minutes_in(a) & minutes_in(b))
    assert overlap(a, b) == overlap(b, a)


def test_touching_is_not_overlapping() -> None:
    ten, eleven, noon = (BASE + dt.timedelta(hours=h) for h in (10, 11, 12))
    assert not overlap((ten, eleven), (eleven, noon))


@given(st.lists(intervals, max_size=10))
def test_merge_covers_the_same_minutes_with_separate_sorted_pieces(pieces: list[Interval]) -> None:
    merged = merge(pieces)
    assert set().union(*map(minutes_in, merged)) == set().union(*map(minutes_in, pieces))
    for left, right in zip(merged, merged[1:], strict=False):
        assert left[1] < right[0]  # sorted, and not even touching (touching ones are joined)
