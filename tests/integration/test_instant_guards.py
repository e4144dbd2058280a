"""Every instant the database holds is one the desk can read: the database refuses anything else
from plain SQL (SQLite: the desk's one text format, a real time; PostgreSQL: a finite time of
years 1 to 9999), and a value written before it refused one is read or named, never a crash."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import exc, text

from studio_desk import services
from studio_desk.db import alembic_config
from studio_desk.models import Base, UTCDateTime
from studio_desk.services import BookingStatus, Database
from tests.support.builders import booking_in
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio

INSTANT_COLUMNS = sorted(
    (table.name, column.name)
    for table in Base.metadata.sorted_tables
    for column in table.columns
    if isinstance(column.type, UTCDateTime)
)
SQLITE_JUNK = [
    "junk",
    "",
    "2025-10-25T03:00:00",  # ISO's "T": sorts after " ", so text order would not be time order
    "2025-10-25 03:00:00.5",
    "2025-10-25 03:00:00+07:00",
    "2025-10-25 03:00",
    "2025-02-30 10:00:00",  # no such day
    "2025-13-01 10:00:00",
    "2025-10-25 24:00:00",
    "0000-01-01 00:00:00",  # no year 0 in Python
    "２０２５-10-25 03:00:00",  # full-width digits
]
PG_JUNK = ["infinity", "-infinity", "10000-01-01 00:00:00+00", "0001-01-01 00:00:00+00 BC"]


def _guarding_triggers(db: Database) -> list[str]:
    query = (
        "SELECT sql FROM sqlite_master WHERE type = 'trigger'"
        " AND name LIKE 'trg\\_%\\_instants\\_%' ESCAPE '\\'"
        if db.backend == "sqlite"
        else "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname LIKE 'trg\\_%\\_instants'"
    )
    with db.engine.connect() as connection:
        return list(connection.scalars(text(query)))


def test_every_instant_column_of_the_models_is_guarded(db: Database) -> None:
    # A table or column added later must be guarded as well (a migration like 0012's).
    triggers = _guarding_triggers(db)
    for table, column in INSTANT_COLUMNS:
        if db.backend == "sqlite":
            guarding = [t for t in triggers if f" ON {table} " in t and f"NEW.{column} " in t]
            assert len(guarding) == 2, f"{table}.{column}: insert and update"
        else:
            assert [t for t in triggers if f" ON public.{table} " in t and f"'{column}'" in t], (
                f"{table}.{column}"
            )


def _raw_payment(db: Database, booking: int, taken_at: object) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE receipt_counters SET last_number = last_number + 1"))
        connection.execute(
            text(
                "INSERT INTO payments (booking_id, amount, method, taken_at, receipt_number)"
                " VALUES (:b, 999, 'cash', :t, (SELECT last_number FROM receipt_counters))"
            ),
            {"b": booking, "t": taken_at},
        )


def _payments(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.scalar(text("SELECT count(*) FROM payments")) or 0)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("junk", [*SQLITE_JUNK, 1761361200, 2460973.5, b"2025-10-25 03:00:00"])
def test_sqlite_refuses_a_payment_dated_with_anything_but_a_real_instant(
    db: Database, studio: Studio, clock: SettableClock, junk: object
) -> None:
    booking = booking_in(db, studio, clock, BookingStatus.PENDING).id
    with pytest.raises(exc.IntegrityError, match="studio_desk.instant_unreadable"):
        _raw_payment(db, booking, junk)
    assert _payments(db) == 0
    _raw_payment(db, booking, "2025-10-24 02:00:00")  # the desk's own format goes in
    assert _payments(db) == 1


@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.parametrize("junk", PG_JUNK)
def test_postgresql_refuses_a_payment_dated_at_a_time_python_cannot_hold(
    db: Database, studio: Studio, clock: SettableClock, junk: str
) -> None:
    booking = booking_in(db, studio, clock, BookingStatus.PENDING).id
    with pytest.raises(exc.DBAPIError, match="studio_desk.instant_unreadable"):
        _raw_payment(db, booking, junk)
    assert _payments(db) == 0


# Tables the desk updates, each with an instant column: an UPDATE is checked as an INSERT is.
UPDATED = [
    ("staff", "locked_until"), ("clients", "created_at"), ("bookings", "updated_at"),
    ("outbox_items", "next_attempt_at"), ("coaches", "created_at"),
]


@pytest.mark.parametrize(("table", "column"), UPDATED)
def test_an_update_to_junk_is_refused_and_a_real_one_goes_in(
    db: Database, studio: Studio, clock: SettableClock, table: str, column: str
) -> None:
    booking_in(db, studio, clock, BookingStatus.PAID)
    junk, real = ("2025-10-25T03:00:00", "2025-10-25 03:00:00") if db.backend == "sqlite" else (
        "infinity", "2025-10-25 03:00:00+00")
    with db.engine.begin() as connection:  # sync is off: no outbox item of the desk's own
        connection.execute(
            text("INSERT INTO outbox_items (kind, payload, created_at, attempts, next_attempt_at)"
                 " VALUES ('status', '{}', :v, 0, :v)"),
            {"v": real},
        )
    update = text(f"UPDATE {table} SET {column} = :v")
    with pytest.raises(exc.DBAPIError, match="studio_desk.instant_unreadable"), db.engine.begin() as c:
        c.execute(update, {"v": junk})
    with db.engine.begin() as connection:
        assert connection.execute(update, {"v": real}).rowcount >= 1


def _back_to_0011(db: Database) -> None:
    config = alembic_config()
    with db.engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")


@pytest.mark.parametrize(
    ("written", "details"),
    [("junk", None), ("2025-10-25T10:00:00+07:00", dt.datetime(2025, 10, 25, 10, tzinfo=JAKARTA))],
    ids=["junk", "iso-with-offset"],
)
def test_an_instant_written_before_the_guard_is_read_or_named_never_a_crash(
    backend: str, db: Database, studio: Studio, clock: SettableClock, written: str, details: object
) -> None:
    """Plain SQL wrote a payment's time on a database of an older desk; after the upgrade,
    Booking details either reads it (another ISO form of a real time) or says what it holds."""
    booking = booking_in(db, studio, clock, BookingStatus.PENDING).id
    _back_to_0011(db)
    _raw_payment(db, booking, written if backend == "sqlite" else "infinity")
    db.upgrade()  # keeps the row: the guard refuses new junk, and leaves the old alone
    assert _payments(db) == 1
    if backend == "sqlite" and details is not None:
        [line] = services.booking_details(db, booking).payments
        assert line.taken_at == details
        return
    with pytest.raises(services.DamagedData) as told:
        services.booking_details(db, booking)
    assert ("'junk'" if backend == "sqlite" else "'infinity'") in str(told.value)
    assert "another program" in str(told.value)
