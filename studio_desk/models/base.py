"""The declarative base: naming convention, UTC instants and enums stored as strings."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, Dialect, Enum, MetaData
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator, TypeEngine

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite has no time type: instants are text, compared as text by the overlap trigger. One
# fixed width (no fractions, no zone, a space between date and time) keeps text order equal
# to time order; a CHECK on the bookings table refuses anything else.
SQLITE_INSTANT_FORMAT = "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d"
SQLITE_INSTANT_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]"


_SQLITE_INSTANT = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})")


class UnreadableValue(ValueError):
    """A stored value the desk cannot read: written by another program before the database
    refused such values. The services name it to the person instead of crashing."""

    what = "value"

    def __init__(self, value: object) -> None:
        super().__init__(f"unreadable {self.what} {value!r}")
        self.value = value


class UnreadableInstant(UnreadableValue):
    """A stored instant that is no time (the database refuses new ones since migration 0012)."""

    what = "instant"


def read_sqlite_instant(value: object) -> dt.datetime:
    """A SQLite instant as a naive UTC datetime: the desk's own format, or else any ISO 8601
    form another program may have written ("T", fractions, an offset); UnreadableInstant for
    anything that is no time of years 1 to 9999."""
    if not isinstance(value, str):
        raise UnreadableInstant(value)
    try:
        if match := _SQLITE_INSTANT.fullmatch(value):
            year, month, day, hour, minute, second = (int(part) for part in match.groups())
            return dt.datetime(year, month, day, hour, minute, second)
        parsed = dt.datetime.fromisoformat(value)
        if parsed.utcoffset() is None:
            return parsed.replace(tzinfo=None)
        return parsed.astimezone(dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        raise UnreadableInstant(value) from None


class _SQLiteInstant(sqlite.DATETIME):
    """SQLite's DATETIME written in the one fixed format, read by read_sqlite_instant."""

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        def process(value: Any) -> dt.datetime | None:
            return None if value is None else read_sqlite_instant(value)

        return process


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant: accepts only aware datetimes, stores UTC, returns aware UTC datetimes."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(
                _SQLiteInstant(storage_format=SQLITE_INSTANT_FORMAT)  # type: ignore[no-untyped-call]
            )
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: instants must carry a time zone")
        utc = value.astimezone(dt.UTC).replace(microsecond=0)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def str_enum(enum_class: type[enum.StrEnum], name: str) -> Enum:
    """An enum column stored as its lowercase words in a VARCHAR with a CHECK of the values."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(member.value) for member in enum_class),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def plain_str_enum(enum_class: type[enum.StrEnum]) -> Enum:
    """As str_enum, without the CHECK: for a column added to an existing table (see its use)."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=max(len(member.value) for member in enum_class),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def sqlite_instant_check(column: str) -> CheckConstraint:
    """On SQLite, a CHECK that `column` holds an instant of the one fixed format (text order is
    time order); PostgreSQL's timestamptz needs none."""
    return CheckConstraint(
        f"{column} GLOB '{SQLITE_INSTANT_GLOB}'", name=f"{column}_canonical"
    ).ddl_if(dialect="sqlite")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
