"""Shared helpers of the benchmarks: throw-away databases, a seeded studio, percentiles, output."""

from __future__ import annotations

import datetime as dt
import json
import secrets
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from studio_desk import services
from studio_desk.db import Database, resolve_url

# The clock of every benchmark. Fixed, not the real now, so that a run books the same local
# times whatever the day, and every booked day below lies after it in any time zone.
BENCH_NOW = dt.datetime(2030, 1, 1, 0, 0, tzinfo=dt.UTC)
FIRST_DAY = dt.date(2030, 1, 7)
PG_NAME_PREFIX = "benchtmp_"
STAFF_PIN = "2222"
ADMIN_PIN = "1111"
PRICE = 150_000


class BenchError(Exception):
    """The benchmark cannot run as asked (a database that exists, an unsupported URL)."""


@dataclass
class Outcome:
    """What a benchmark hands back: its figures, and the broken rules it found (none, we hope)."""

    figures: dict[str, object]
    problems: list[str] = field(default_factory=list)


def bench_clock() -> dt.datetime:
    # Module level, not a lambda, so processes started with 'spawn' can import it by name.
    return BENCH_NOW


def open_database(url: URL, *, migrate: bool = True) -> Database:
    return Database.open(url, clock=bench_clock, migrate=migrate)


@contextmanager
def fresh_database(db_arg: str | None) -> Iterator[URL]:
    """The URL of an empty database for one run; removed afterwards if the harness made it.

    No argument: a SQLite file in a temporary folder. A SQLite path or URL: that file, which
    must not exist yet (kept afterwards for a look). A PostgreSQL URL: a throw-away database
    `benchtmp_<random>` on that server, dropped at the end; the database named in the URL is
    only used to create and drop it.
    """
    if not db_arg:  # "" too: resolve_url would take it for the desk's own default database
        with tempfile.TemporaryDirectory(prefix="studio-bench-") as folder:
            yield URL.create("sqlite", database=str(Path(folder) / "bench.sqlite3"))
        return
    url = resolve_url(db_arg)
    backend = url.get_backend_name()
    if backend == "sqlite":
        yield _new_sqlite_file(url)
    elif backend == "postgresql":
        with _throwaway_pg_database(url) as fresh:
            yield fresh
    else:
        raise BenchError(f"unsupported database {backend!r}: use a SQLite file or PostgreSQL")


def _new_sqlite_file(url: URL) -> URL:
    if not url.database or url.database == ":memory:":
        # The race opens the file from other processes; an in-memory database is per connection.
        raise BenchError("give SQLite as a file path; an in-memory database cannot be shared")
    path = Path(url.database)
    for existing in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")):
        if existing.exists():
            raise BenchError(f"{existing} exists; benchmarks write a fresh file and never overwrite one")
    return url


@contextmanager
def _throwaway_pg_database(server: URL) -> Iterator[URL]:
    name = PG_NAME_PREFIX + secrets.token_hex(6)
    admin_url = server.set(database=server.database or "postgres")
    # AUTOCOMMIT: CREATE/DROP DATABASE cannot run inside a transaction. NullPool: no idle
    # connection of ours lingers on the server during the run.
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    where = f"{server.host or 'localhost'}:{server.port or 5432}"
    asked_to_create = False
    try:
        try:
            connection = admin.connect()
        except OperationalError as error:
            raise BenchError(f"cannot reach PostgreSQL at {where}: {error.orig}") from error
        with connection:
            # Set before the statement: an interrupt during it may still leave the database made.
            asked_to_create = True
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        print(f"created throw-away database {name} on {where}")
        yield server.set(database=name)
    finally:
        if asked_to_create:
            with admin.connect() as connection:
                # FORCE: a desk process that died mid-run may still hold a connection.
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            print(f"dropped throw-away database {name}")
        admin.dispose()


@dataclass(frozen=True)
class Studio:
    """What a benchmark books with: the course of coach i is course_ids[i]."""

    actor: services.Actor
    coach_ids: tuple[int, ...]
    course_ids: tuple[int, ...]
    client_ids: tuple[int, ...]
    days: tuple[dt.date, ...]
    admin: services.Actor  # for what only an admin sets up (a coach's weekly hours)


def seed_studio(
    db: Database,
    *,
    coaches: int,
    days: int,
    clients: int,
    opens: dt.time,
    closes: dt.time,
    duration_minutes: int = 60,
) -> Studio:
    """Coaches with one course each and hours from `opens` to `closes` on `days` days from
    FIRST_DAY, a receptionist, and clients: all made through the services, as the desk does."""
    began = time.perf_counter()
    # Once per run each: the PIN hash is deliberately slow.
    first = services.create_staff(db, None, name="Dewi (admin)", role="admin", pin=ADMIN_PIN)
    admin = services.Actor(first.id, first.name, first.role)
    coach_ids: list[int] = []
    course_ids: list[int] = []
    for number in range(1, coaches + 1):
        coach = services.create_coach(db, admin, name=f"Coach {number}")
        course = services.create_course(
            db, admin, coach_id=coach.id, title=f"Session with coach {number}",
            duration_minutes=duration_minutes, price=PRICE,
        )
        coach_ids.append(coach.id)
        course_ids.append(course.id)
    day_list = tuple(FIRST_DAY + dt.timedelta(days=offset) for offset in range(days))
    for day in day_list:
        for coach_id in coach_ids:
            services.add_availability(
                db, admin, coach_id=coach_id, date=day, start_time=opens, end_time=closes
            )
    client_ids = tuple(
        services.create_client(db, name=f"Client {number}", phone=f"0812 {number:04d} {number:04d}").id
        for number in range(1, clients + 1)
    )
    staff = services.create_staff(db, admin, name="Rina (desk)", role="receptionist", pin=STAFF_PIN)
    actor = services.Actor(staff.id, staff.name, staff.role, staff.coach_id)
    print(
        f"seeded {coaches} coach(es), {days} day(s) of hours {opens:%H:%M}-{closes:%H:%M}, "
        f"{clients} client(s), 1 receptionist in {time.perf_counter() - began:.2f} s"
    )
    return Studio(actor, tuple(coach_ids), tuple(course_ids), client_ids, day_list, admin)


def start_times(
    opens: dt.time, closes: dt.time, *, step_minutes: int, duration_minutes: int
) -> list[dt.time]:
    """Start times every `step_minutes` from `opens` at which a session still ends by `closes`."""
    day = dt.date(2000, 1, 1)  # any day: only the wall-clock arithmetic matters
    start, end = dt.datetime.combine(day, opens), dt.datetime.combine(day, closes)
    session, step = dt.timedelta(minutes=duration_minutes), dt.timedelta(minutes=step_minutes)
    times: list[dt.time] = []
    while start + session <= end:
        times.append(start.time())
        start += step
    return times


def percentile_ms(samples_ns: Sequence[int], fraction: float) -> float:
    """The `fraction` (0 to 1) quantile of nanosecond samples, in milliseconds, interpolated
    linearly between the two nearest ranks."""
    if not samples_ns:
        raise ValueError("no samples")
    ordered = sorted(samples_ns)
    position = fraction * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    value = ordered[low] + (ordered[high] - ordered[low]) * (position - low)
    return value / 1e6


def verdict(value: float, target: float) -> str:
    return "met" if value <= target else "MISSED"


def print_figures_last(figures: Mapping[str, object]) -> None:
    """The machine-readable line; the caller prints nothing after it."""
    print(json.dumps(dict(figures)), flush=True)
