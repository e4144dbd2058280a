"""The one rule for a coach's hours on a local day: pattern + extra hours - time off - holiday.

Pure functions over wall-clock windows, so the booking check, the calendar, the free start
times and the list of bookings left outside the hours all read the same hours. The database
reads that feed them are in hours_reads.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

Moment = TypeVar("Moment", dt.datetime, dt.time)
Window = tuple[dt.time, dt.time]
# Time off: (None, None) is the whole day.
Off = tuple[dt.time | None, dt.time | None]


@dataclass(frozen=True)
class PatternWindow:
    """One window of a weekly pattern as stored: from `valid_from`, on `weekday` (0 is Monday)."""

    valid_from: dt.date
    weekday: int
    start: dt.time
    end: dt.time


def pattern_windows_on(windows: Iterable[PatternWindow], day: dt.date) -> list[Window]:
    """The windows of the pattern that rules `day`: the one with the latest `valid_from` on or
    before it (a later pattern replaces an older one from its own date on)."""
    ruling: dt.date | None = None
    mine: list[PatternWindow] = []
    for window in windows:
        if window.valid_from > day or (ruling is not None and window.valid_from < ruling):
            continue
        if ruling is None or window.valid_from > ruling:
            ruling, mine = window.valid_from, []
        mine.append(window)
    return [(w.start, w.end) for w in mine if w.weekday == day.weekday()]


def day_windows(
    pattern: Iterable[Window], extra: Iterable[Window], off: Iterable[Off], closed: bool
) -> list[Window]:
    """The bookable windows of one day: sorted, merged (never touching or overlapping), each
    ending after it starts."""
    if closed:
        return []
    windows = merge([*pattern, *extra])
    for start, end in off:
        if start is None or end is None:
            return []
        windows = subtract(windows, (start, end))
    return [(start, end) for start, end in windows if end > start]


def subtract(windows: Sequence[Window], taken: Window) -> list[Window]:
    """`windows` without the time of `taken`."""
    left: list[Window] = []
    for start, end in windows:
        if taken[1] <= start or end <= taken[0]:
            left.append((start, end))
            continue
        if start < taken[0]:
            left.append((start, taken[0]))
        if taken[1] < end:
            left.append((taken[1], end))
    return left


def merge(intervals: Iterable[tuple[Moment, Moment]]) -> list[tuple[Moment, Moment]]:
    """Sorted, with touching or overlapping intervals joined into one (of instants or of
    wall-clock times)."""
    merged: list[tuple[Moment, Moment]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
