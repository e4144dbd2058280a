"""A clock the tests set by hand, so "now", "past" and "not started yet" are exact."""

from __future__ import annotations

import datetime as dt

JAKARTA = dt.timezone(dt.timedelta(hours=7))
# Friday 24 October 2025, 08:00 in Jakarta: the day before the guide's example booking.
DEFAULT_NOW = dt.datetime(2025, 10, 24, 8, 0, tzinfo=JAKARTA)


class SettableClock:
    def __init__(self, now: dt.datetime = DEFAULT_NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now.astimezone(dt.UTC)

    def set(self, moment: dt.datetime) -> None:
        self.now = moment

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)
