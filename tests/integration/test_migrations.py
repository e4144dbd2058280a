"""Migrations: a new database reaches the newest schema, and it matches the models exactly."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.schema import CreateTable

from studio_desk import services
from studio_desk.db import Database, alembic_config, include_in_autogenerate
from studio_desk.db_schema import HEAD_REVISION
from studio_desk.models import Base
from studio_desk.models import BookingStatus as S
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio


def newest_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def differences(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_in_autogenerate}
        )
        return list(compare_metadata(context, Base.metadata))


def test_a_new_database_is_migrated_to_the_newest_schema_on_open(empty_database_url: URL) -> None:
    db = Database.open(empty_database_url)
    try:
        assert db.current_revision() == newest_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert {"bookings", "payments", "status_changes", "staff", "coaches", "courses", "clients",
                "availabilities", "outbox_items", "studio_settings"} <= tables
        Database.open(empty_database_url).dispose()  # a second open finds nothing to do
        assert db.current_revision() == newest_revision()
    finally:
        db.dispose()


def test_the_desk_knows_its_newest_migration() -> None:
    # A desk at start compares the database with this constant and skips alembic when they match:
    # a migration added without it would never run on a database at the one before.
    newest = newest_revision()
    assert newest == HEAD_REVISION, f"the newest migration is {newest}: set db_schema.HEAD_REVISION to it"


def _db_upgrade_imports(url: URL) -> tuple[str, str]:
    """`studio-desk db upgrade` on `url`, as a person runs it: what it says, and the modules it
    imported (PYTHONPROFILEIMPORTTIME lists each on stderr)."""
    address = url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, "-m", "studio_desk", "db", "upgrade", "--db", address],
        capture_output=True, text=True, timeout=120, env=os.environ | {"PYTHONPROFILEIMPORTTIME": "1"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


def test_a_database_at_the_newest_schema_opens_without_alembic(empty_database_url: URL) -> None:
    said, imported = _db_upgrade_imports(empty_database_url)  # a new database: alembic makes it
    assert f"schema version {HEAD_REVISION}" in said
    assert " alembic.command" in imported, "the check sees alembic when it is imported"
    said, imported = _db_upgrade_imports(empty_database_url)  # what nearly every start finds
    assert f"schema version {HEAD_REVISION}" in said
    assert "alembic" not in imported


def test_models_and_the_newest_migration_agree(empty_database_url: URL) -> None:
    db = Database.open(empty_database_url)
    try:
        assert differences(db) == []
    finally:
        db.dispose()


def test_check_constraints_carry_the_models_names(empty_database_url: URL) -> None:
    # Autogenerate does not compare CHECK constraints; a later migration that drops one by
    # name needs the database to use the name the models give it.
    db = Database.open(empty_database_url)
    try:
        inspector = inspect(db.engine)
        for table in Base.metadata.sorted_tables:
            in_database = {check["name"] for check in inspector.get_check_constraints(table.name)}
            # What the models themselves would create on this database (some are SQLite's only).
            ddl = str(CreateTable(table).compile(dialect=db.engine.dialect))
            expected = set(re.findall(r"CONSTRAINT (\w+) CHECK", ddl))
            assert expected <= in_database, table.name
    finally:
        db.dispose()


def test_the_overlap_guard_is_in_place(empty_database_url: URL) -> None:
    db = Database.open(empty_database_url)
    try:
        with db.engine.connect() as connection:
            if db.backend == "sqlite":
                found = connection.scalars(text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                    " AND name NOT LIKE '%\\_note\\_%' ESCAPE '\\' ORDER BY name"
                )).all()
                append_only = ("payments", "status_changes", "day_closings", "closing_payments",
                               "cash_movements", "closing_cash_movements")
                assert {
                    "trg_bookings_no_overlap_insert", "trg_bookings_no_overlap_update",
                    "trg_weekly_windows_no_overlap_insert", "trg_weekly_windows_no_overlap_update",
                    "trg_payments_receipt_number",
                    "trg_receipt_counters_no_delete", "trg_receipt_counters_step",
                    "trg_payments_closed_period", "trg_cash_movements_closed_period",
                    "trg_bookings_keep_history",
                    *(f"trg_{table}_append_only_{event}"
                      for table in append_only for event in ("delete", "update")),
                    *(f"trg_{table}_no_replace" for table in (*append_only, "receipt_counters", "bookings")),
                } <= set(found)
            else:
                definition = connection.scalar(text(
                    "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                    " WHERE conname = 'ex_bookings_coach_no_overlap'"
                ))
                assert "EXCLUDE USING gist" in definition
                assert "tstzrange(start_at, busy_until, '[)'::text) WITH &&" in definition
                hours = connection.scalar(text(
                    "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                    " WHERE conname = 'ex_weekly_windows_no_overlap'"
                ))
                assert "EXCLUDE USING gist" in hours
                triggers = set(
                    connection.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
                )
                assert {
                    "trg_payments_append_only", "trg_status_changes_append_only",
                    "trg_payments_closed_period", "trg_cash_movements_closed_period",
                    "trg_status_changes_no_truncate", "trg_day_closings_no_truncate",
                } <= triggers
    finally:
        db.dispose()


def test_downgrade_and_upgrade_again(empty_database_url: URL) -> None:
    db = Database.open(empty_database_url)
    try:
        config = alembic_config()
        with db.engine.connect() as connection, connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        db.upgrade()
        assert db.current_revision() == newest_revision()
        assert differences(db) == []
    finally:
        db.dispose()


NOTED_TABLES = ("bookings", "payments", "status_changes", "clients", "coaches", "courses", "availabilities", "staff")
NOTIFIED_BY_0003 = NOTED_TABLES + ("web_conflicts",)


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {table: connection.scalar(text(f"SELECT count(*) FROM {table}")) for table in NOTED_TABLES}


def _notice_triggers(db: Database) -> set[str]:
    query = (
        "SELECT name FROM sqlite_master WHERE type = 'trigger'" if db.backend == "sqlite"
        else "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    )
    with db.engine.connect() as connection:
        return {name for name in connection.scalars(text(query)) if "_note" in name or "_notify" in name}


def test_scoped_notices_down_and_up_again_keep_the_data(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    services.mark_paid(db, studio.desk, booking_in(db, studio, clock, S.PENDING).id, method="cash")
    before = _counts(db)
    config = alembic_config()
    with db.engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert _counts(db) == before
    assert "change_notices" not in inspect(db.engine).get_table_names()
    # 0003's statement-level notices are back on PostgreSQL; SQLite had none.
    back = _notice_triggers(db)
    assert back == (set() if db.backend == "sqlite" else {f"trg_{table}_notify" for table in NOTIFIED_BY_0003})

    db.upgrade()
    assert _counts(db) == before
    assert db.current_revision() == newest_revision()
    assert differences(db) == []
    row_level = {"trg_bookings_note_update", "trg_payments_note_insert"} if db.backend == "sqlite" else {
        "trg_bookings_note", "trg_payments_note"}
    assert row_level <= _notice_triggers(db)
    services.create_client(db, name="After the round trip")  # a write, its notes stamped
