"""Change notices that say what changed and who changed it: row-level triggers on both databases.

Every insert, update or delete of a row the desks show is noted in the changing transaction
itself, so any writer is seen (another desk, the sync, a command, raw SQL), exactly when it
commits. The note carries the table, the booking, the coaches and session starts of the old
and the new row (a move refreshes both days), a studio-local date for hours, a settings key,
and the writer (studio_desk.services.change.Notice reads these facts).

- PostgreSQL: `pg_notify` on `studio_desk_changes` (replacing 0003's statement-level notices)
  with a small JSON payload: {"t": table, "a": application_name, "b": booking, "c": [coaches],
  "s": [starts, epoch seconds], "d": [dates], "k": key}. Rows without ids give the same
  payload within a transaction, and PostgreSQL sends identical payloads once: a bulk update of
  clients is one notice, not thousands. Each desk names its connections (application_name),
  so it can tell its own notices.
- SQLite has no NOTIFY: the triggers write the same facts to the `change_notices` journal.
  AUTOINCREMENT never reuses an id, and writers are serialised, so ids commit in order; a desk
  reads the rows after the last id it saw when `PRAGMA data_version` moves. Triggers cannot
  know the connection, so a desk stamps `desk` on its own rows before it commits
  (services/change_journal.py), which also prunes the journal now and then. Rows of raw SQL
  keep `desk` NULL and every desk sees them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

import importlib

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CHANNEL = "studio_desk_changes"
JOURNAL = "change_notices"

# Per table: the facts of a row, as SQL over the row `{row}` (NEW or OLD). `booking_id` and
# `setting_key` never change with an update; coach, start and day are noted for the old and
# the new row. A note about a booking's payment or history carries the booking's coach and
# session start, so that it concerns no other coach's day. The same table list as 0003, with
# the settings and till closings added.
SAME_IN_OLD_AND_NEW = ("booking_id", "setting_key")
FACTS: dict[str, dict[str, str]] = {
    "bookings": {"booking_id": "{row}.id", "coach_id": "{row}.coach_id", "start_at": "{row}.start_at"},
    "status_changes": {
        "booking_id": "{row}.booking_id",
        "coach_id": "(SELECT coach_id FROM bookings WHERE id = {row}.booking_id)",
        "start_at": "(SELECT start_at FROM bookings WHERE id = {row}.booking_id)",
    },
    "payments": {
        "booking_id": "{row}.booking_id",
        "coach_id": "(SELECT coach_id FROM bookings WHERE id = {row}.booking_id)",
        "start_at": "(SELECT start_at FROM bookings WHERE id = {row}.booking_id)",
    },
    "availabilities": {"coach_id": "{row}.coach_id", "day": "{row}.date"},
    "studio_settings": {"setting_key": "{row}.key"},
    "clients": {},
    "coaches": {},
    "courses": {},
    "staff": {},
    "day_closings": {},
    "web_conflicts": {},
}
# 0003's statement-level notices: replaced by the upgrade, put back by the downgrade.
STATEMENT_NOTICES = importlib.import_module("studio_desk.migrations.versions.0003_change_notices")
# A history line is noted as its booking's change: with the same facts as the booking's own
# note, PostgreSQL sends the two notes of one transition as one.
NOTED_AS = {"status_changes": "bookings"}
# The JSON key of each fact in a PostgreSQL payload.
PAYLOAD_KEYS = {"booking_id": "b", "coach_id": "c", "start_at": "s", "day": "d", "setting_key": "k"}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _create_journal()
    else:
        STATEMENT_NOTICES.downgrade()
        _create_row_notices()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in FACTS:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_note_{event}")
        op.execute(f"DROP TABLE IF EXISTS {JOURNAL}")
        return
    for table in FACTS:
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_note ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS studio_desk_note_{table}()")
    STATEMENT_NOTICES.upgrade()


# SQLite ----------------------------------------------------------------------------------------


def _create_journal() -> None:
    op.execute(
        f"""
        CREATE TABLE {JOURNAL} (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            booking_id INTEGER,
            coach_id INTEGER,
            start_at INTEGER,
            day TEXT,
            setting_key TEXT,
            old_coach_id INTEGER,
            old_start_at INTEGER,
            old_day TEXT,
            desk TEXT,
            noted_at INTEGER NOT NULL DEFAULT (CAST(strftime('%s', 'now') AS INTEGER))
        )
        """
    )
    for table, facts in FACTS.items():
        for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            columns = {"table_name": f"'{NOTED_AS.get(table, table)}'"}
            columns.update({name: _sqlite_fact(name, sql, row) for name, sql in facts.items()})
            if event == "update":
                columns.update(
                    {f"old_{name}": _sqlite_fact(name, sql, "OLD") for name, sql in facts.items()
                     if name not in SAME_IN_OLD_AND_NEW}
                )
            op.execute(
                f"CREATE TRIGGER trg_{table}_note_{event} AFTER {event.upper()} ON {table} "
                f"BEGIN INSERT INTO {JOURNAL} ({', '.join(columns)}) VALUES ({', '.join(columns.values())}); END"
            )


def _sqlite_fact(name: str, sql: str, row: str) -> str:
    # Instants are UTC text of one fixed format (models/base.py): noted as epoch seconds.
    return _fact(name, sql, row, epoch="CAST(strftime('%s', {value}) AS INTEGER)")


def _fact(name: str, sql: str, row: str, *, epoch: str) -> str:
    """The SQL of fact `name` of `row`; an instant as epoch seconds by the `epoch` template."""
    value = sql.format(row=row)
    return epoch.format(value=value) if name == "start_at" else value


# PostgreSQL ------------------------------------------------------------------------------------


def _create_row_notices() -> None:
    for table, facts in FACTS.items():
        per_version = [name for name in facts if name not in SAME_IN_OLD_AND_NEW]
        moved = "ROW({}) IS DISTINCT FROM ROW({})".format(
            *(", ".join(_pg_fact(name, facts[name], row) for name in per_version) for row in ("OLD", "NEW"))
        )
        fields = [f"'t', '{NOTED_AS.get(table, table)}'", "'a', current_setting('application_name')"]
        for name, sql in facts.items():
            new, old = _pg_fact(name, sql, "NEW"), _pg_fact(name, sql, "OLD")
            if name in SAME_IN_OLD_AND_NEW:
                value = f"coalesce({new}, {old})"
            else:
                # An update that kept the coach and the start notes one version, like an insert.
                value = (
                    f"CASE WHEN TG_OP = 'DELETE' THEN json_build_array({old}) "
                    f"WHEN TG_OP = 'UPDATE' AND {moved} THEN json_build_array({old}, {new}) "
                    f"ELSE json_build_array({new}) END"
                )
            fields.append(f"'{PAYLOAD_KEYS[name]}', {value}")
        # NEW is NULL in a delete and OLD in an insert (PostgreSQL 11 and later).
        op.execute(
            f"""
            CREATE FUNCTION studio_desk_note_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{CHANNEL}', json_build_object({', '.join(fields)})::text);
                RETURN NULL;
            END
            $$
            """
        )
        op.execute(
            f"CREATE TRIGGER trg_{table}_note AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION studio_desk_note_{table}()"
        )


def _pg_fact(name: str, sql: str, row: str) -> str:
    return _fact(name, sql, row, epoch="extract(epoch FROM {value})::bigint")
