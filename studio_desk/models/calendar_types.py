"""Local dates and times of day (a holiday, a coach's hours, the day a closing was made): their
column types, which read a value another program wrote that is no date or time as
UnreadableDateOrTime, for the services to name, instead of a bare ValueError.

SQLite keeps them as text of SQLAlchemy's fixed formats ('2025-10-25', '09:00:00.000000'), and
migration 0014 refuses new values of any other; PostgreSQL's date and time hold only real ones,
and what Python cannot hold ('infinity', 24:00) fails in the driver, which the unit of work
names (services/database_refusals.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, Dialect, Time
from sqlalchemy.types import TypeDecorator

from studio_desk.models.base import UnreadableValue


class UnreadableDateOrTime(UnreadableValue):
    """A stored date or time of day that is none (the database refuses new ones since 0014)."""

    what = "date or time"


def read_sqlite_date(value: object) -> dt.date:
    """A SQLite date: the desk's format or any other ISO 8601 date; else UnreadableDateOrTime."""
    if not isinstance(value, str):
        raise UnreadableDateOrTime(value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UnreadableDateOrTime(value) from None


def read_sqlite_time(value: object) -> dt.time:
    """A SQLite time of day: the desk's format or any other ISO 8601 time without a zone (the
    columns are the studio's wall clock); else UnreadableDateOrTime."""
    if not isinstance(value, str):
        raise UnreadableDateOrTime(value)
    try:
        parsed = dt.time.fromisoformat(value)
    except ValueError:
        raise UnreadableDateOrTime(value) from None
    if parsed.tzinfo is not None:
        raise UnreadableDateOrTime(value)
    return parsed


def _reading(read: Callable[[object], object]) -> Callable[[Any], Any]:
    def process(value: Any) -> object:
        return None if value is None else read(value)

    return process


# The readers replace SQLAlchemy's own on SQLite (its fromisoformat raises a bare ValueError).
# Overridden here, not in a dialect type: pysqlite swaps any DATE for its own class.
class LocalDate(TypeDecorator[dt.date]):
    """A date of the studio's calendar: a DATE, read on SQLite by read_sqlite_date."""

    impl = Date
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        if dialect.name == "sqlite":
            return _reading(read_sqlite_date)
        return super().result_processor(dialect, coltype)


class TimeOfDay(TypeDecorator[dt.time]):
    """A time on the studio's wall clock: a TIME, read on SQLite by read_sqlite_time."""

    impl = Time
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        if dialect.name == "sqlite":
            return _reading(read_sqlite_time)
        return super().result_processor(dialect, coltype)
