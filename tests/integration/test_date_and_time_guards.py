"""Every date and time of day the database holds is one the desk can read and use (migration
0014): plain SQL is refused anything else (SQLite: the desk's one text format, a real date of
the years 1900 to 2999 or a real time; PostgreSQL: no 'infinity', no year outside those, no
24:00), and a value written before the guard is read or named, never a crash."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import Date, DateTime, Time, create_engine, exc, text

from studio_desk import services
from studio_desk.db import alembic_config
from studio_desk.models import Base, LocalDate, TimeOfDay
from studio_desk.services import ChangeKind, Database
from studio_desk.services.database_refusals import DATE_OR_TIME_MESSAGE, refusal_of
from tests.integration.test_change_notices import Changes
from tests.support.classes import make_class
from tests.support.studio import Studio

MONDAY = dt.date(2025, 10, 27)
MARKER = "studio_desk.date_or_time_refused"
DATE_COLUMNS = sorted(
    (table.name, column.name)
    for table in Base.metadata.sorted_tables
    for column in table.columns
    if isinstance(column.type, LocalDate)
)
TIME_COLUMNS = sorted(
    (table.name, column.name)
    for table in Base.metadata.sorted_tables
    for column in table.columns
    if isinstance(column.type, TimeOfDay)
)
SQLITE_BAD_DATES = [
    "junk", "", "2025-02-30", "2025-13-01", "2025-10-25 00:00:00", "20251025", "2025-W43-6",
    "1899-12-31", "3000-01-01", "0000-01-01", "２０２５-10-25", 20251025, 2460973.5, b"2025-10-25",
]
SQLITE_BAD_TIMES = [
    "junk", "", "09:00", "09:00:00", "9:00:00.000000", "24:00:00.000000", "10:60:00.000000",
    "09:00:00.000000+07:00", "09:00:00.5", "０９:00:00.000000", 900, b"09:00:00.000000",
]
PG_BAD_DATES = ["infinity", "-infinity", "1899-12-31", "3000-01-01", "20000-01-01", "0001-01-01 BC"]


def test_every_date_and_time_column_is_read_by_the_desk_and_guarded(db: Database) -> None:
    # A column added later as a plain Date or Time would read junk as a ValueError.
    plain = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, Date | Time) and not isinstance(column.type, DateTime)
    ]
    assert plain == []
    assert {
        "holidays", "absences", "availabilities", "weekly_windows", "day_closings", "occurrences",
        "timetable_entries",
    } == {
        table for table, _ in DATE_COLUMNS
    }
    query = (
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg\\_%\\_dates\\_%' ESCAPE '\\'"
        if db.backend == "sqlite"
        else "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname LIKE 'trg\\_%\\_dates'"
        " OR tgname LIKE 'trg\\_%\\_times'"
    )
    with db.engine.connect() as connection:
        triggers = list(connection.scalars(text(query)))
    for table, column in DATE_COLUMNS + TIME_COLUMNS:
        if db.backend == "sqlite":
            guarding = [t for t in triggers if f" ON {table} " in t and f"NEW.{column} " in t]
            assert len(guarding) == 2, f"{table}.{column}: insert and update"
        else:
            guarding = [t for t in triggers if f" ON public.{table} " in t and f"'{column}'" in t]
            assert guarding, f"{table}.{column}"


def _holiday(db: Database, day: object) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO holidays (date, name) VALUES (:day, 'Closed')"), {"day": day})


def _time_off(db: Database, coach: int, start: object, end: object, day: object = "2025-10-28") -> None:
    with db.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO absences (coach_id, date, start_time, end_time) VALUES (:c, :d, :s, :e)"),
            {"c": coach, "d": day, "s": start, "e": end},
        )


def _count(db: Database, table: str) -> int:
    with db.engine.connect() as connection:
        return int(connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0)


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("junk", SQLITE_BAD_DATES)
def test_sqlite_refuses_a_date_that_is_not_a_real_day_in_the_desks_format(db: Database, junk: object) -> None:
    with pytest.raises(exc.IntegrityError, match=MARKER):
        _holiday(db, junk)
    assert _count(db, "holidays") == 0


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("junk", SQLITE_BAD_TIMES)
def test_sqlite_refuses_a_time_that_is_not_a_real_time_in_the_desks_format(
    db: Database, studio: Studio, junk: object
) -> None:
    with pytest.raises(exc.IntegrityError, match=MARKER):
        _time_off(db, studio.coach_a, junk, "23:00:00.000000")
    with pytest.raises(exc.IntegrityError, match=MARKER):
        _time_off(db, studio.coach_a, "00:00:00.000000", junk)
    assert _count(db, "absences") == 0


@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.parametrize("junk", PG_BAD_DATES)
def test_postgresql_refuses_a_date_the_desk_cannot_use(db: Database, studio: Studio, junk: str) -> None:
    with pytest.raises(exc.DBAPIError, match=MARKER):
        _holiday(db, junk)
    with pytest.raises(exc.DBAPIError, match=MARKER):
        _time_off(db, studio.coach_a, None, None, day=junk)
    assert _count(db, "holidays") == _count(db, "absences") == 0


@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgresql_refuses_the_end_of_the_day_as_a_time(db: Database, studio: Studio) -> None:
    # PostgreSQL's time holds 24:00:00; Python's has no such time.
    with pytest.raises(exc.DBAPIError, match=MARKER):
        _time_off(db, studio.coach_a, "22:00:00", "24:00:00")
    assert _count(db, "absences") == 0


def test_the_edges_of_the_range_go_in_and_are_read(db: Database, studio: Studio) -> None:
    sqlite = db.backend == "sqlite"
    for day in ("1900-01-01", "2999-12-31"):
        _holiday(db, day)
    _time_off(db, studio.coach_a, "00:00:00.000000" if sqlite else "00:00", "23:59:59.999999")
    assert [h.day for h in services.list_holidays(db, "2000-01-01")] == [dt.date(2999, 12, 31)]
    read = services.hours_exceptions(db, studio.coach_a, "2025-10-28")
    assert (dt.time(0), dt.time(23, 59, 59, 999999)) in {(e.start, e.end) for e in read}


@pytest.fixture
def hours_of_every_kind(db: Database, studio: Studio) -> None:
    """A row in each table with a date or time, written by the desk (extra hours are seeded)."""
    services.set_weekly_hours(
        db, studio.admin, coach_id=studio.coach_b, valid_from=MONDAY,
        windows={0: [("09:00", "12:00"), ("13:00", "17:00")]},
    )
    services.add_time_off(db, studio.admin, coach_id=studio.coach_b, date="2025-11-04", start_time="09:00",
                          end_time="10:30")
    services.add_holiday(db, studio.admin, date="2025-12-25", name="Christmas")
    services.close_till(db, studio.desk, counted_cash=0)


def a_weekly_class(db: Database, studio: Studio) -> None:
    """A weekly class that ends on a day: its line has both dates and a time, its classes a day
    (not in hours_of_every_kind: a database with classes does not go back before 0017)."""
    made = make_class(db, studio)
    services.end_timetable_entry(db, studio.admin, made.entry.entry.id, last_day="2025-11-25")


UPDATED = [(table, column) for table, column in DATE_COLUMNS + TIME_COLUMNS if table != "day_closings"]


@pytest.mark.parametrize(("table", "column"), UPDATED)
def test_an_update_to_junk_is_refused_and_what_the_desk_wrote_passes(
    db: Database, studio: Studio, hours_of_every_kind: None, table: str, column: str
) -> None:
    if table in ("occurrences", "timetable_entries"):
        a_weekly_class(db, studio)
    dated = (table, column) in DATE_COLUMNS
    junk = ("2025-02-30" if dated else "25:00:00.000000") if db.backend == "sqlite" else (
        "infinity" if dated else "24:00:00")
    with pytest.raises(exc.DBAPIError, match=MARKER), db.engine.begin() as connection:
        connection.execute(text(f"UPDATE {table} SET {column} = :junk"), {"junk": junk})
    with db.engine.begin() as connection:  # the desk's own values, in its own format, pass
        assert connection.execute(text(f"UPDATE {table} SET {column} = {column}")).rowcount >= 1


def test_a_refusal_is_told_as_a_sentence(db: Database) -> None:
    with pytest.raises(exc.DBAPIError) as refused:
        _holiday(db, "3000-01-01")
    told = refusal_of(refused.value, db)
    assert isinstance(told, services.ValidationError) and told.template == DATE_OR_TIME_MESSAGE
    assert "1900 to 2999" in str(told)


def _back_to_0013(db: Database) -> None:
    config = alembic_config()
    with db.engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")


def test_a_date_or_time_written_before_the_guard_is_named_never_a_crash(
    db: Database, studio: Studio, hours_of_every_kind: None
) -> None:
    """Plain SQL wrote a junk holiday and junk time off on the database of an older desk; the
    upgrade keeps them, and the desk says what the database holds instead of crashing."""
    _back_to_0013(db)
    sqlite = db.backend == "sqlite"
    _holiday(db, "junk" if sqlite else "infinity")
    # Text order keeps SQLite's CHECK end_time > start_time content with these.
    _time_off(db, studio.coach_a, *(("25:00:00.000000", "26:00:00.000000") if sqlite else ("23:00", "24:00")))
    db.upgrade()
    assert _count(db, "holidays") == 2 and _count(db, "absences") == 2
    with pytest.raises(services.DamagedData) as told:
        services.list_holidays(db, "2020-01-01")
    assert ("'junk'" if sqlite else "'infinity'") in str(told.value)
    assert "another program" in str(told.value)
    with pytest.raises(services.DamagedData, match="'25:00:00.000000'" if sqlite else "'24:00:00'"):
        services.hours_exceptions(db, studio.coach_a, "2025-10-01")
    # The rest of the desk goes on: another coach's hours, and a new holiday.
    assert services.hours_exceptions(db, studio.coach_b, "2025-10-01")
    services.add_holiday(db, studio.admin, date="2025-12-26", name="Boxing Day")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_date_of_another_iso_form_written_before_the_guard_is_read(db: Database) -> None:
    _back_to_0013(db)
    _holiday(db, "2025-W52-4")  # an ISO week date (20251225 would be kept as a number)
    db.upgrade()
    assert [h.day for h in services.list_holidays(db, "2020-01-01")] == [dt.date(2025, 12, 25)]


def test_other_desks_hear_of_a_junk_holiday_deleted_by_hand(db: Database) -> None:
    """Whoever mends the database deletes the junk row; the note of the delete carries the junk
    date, and every watching desk still hears of it (as a change of any day's hours)."""
    _back_to_0013(db)
    _holiday(db, "junk" if db.backend == "sqlite" else "infinity")
    db.upgrade()
    watching = Changes(db)
    other_program = create_engine(db.url)  # not the desk's: PostgreSQL names the desk's own writes
    watching.watcher.start()
    try:
        assert watching.watcher.wait_listening(10)
        with other_program.begin() as connection:
            connection.execute(text("DELETE FROM holidays"))
        heard = watching.until(lambda change: ChangeKind.HOURS in change.kinds)
    finally:
        watching.watcher.stop()
        other_program.dispose()
    assert heard.concerns(kinds=[ChangeKind.HOURS], day=MONDAY)
    assert services.list_holidays(db, "2020-01-01") == ()
