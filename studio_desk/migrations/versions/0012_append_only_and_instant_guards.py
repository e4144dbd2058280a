"""What the database itself refuses, whoever writes: the history, the money and the till's
closings only grow; no payment is dated into a closed till period; every instant is readable.

- `status_changes`, each booking's history, becomes append-only as payments (0004) and the
  till's tables (0008) are: UPDATE and DELETE are refused. The desk never does either (a client
  merge moves bookings, and their history and payments move with them by their booking).
- PostgreSQL: TRUNCATE, which fires no row trigger, is refused on every append-only table.
- SQLite: a booking with history or payments cannot be deleted even by a program that leaves
  foreign keys off (SQLite's default, unlike the desk): its history and payments would be left
  pointing at no booking. PostgreSQL always enforces the foreign keys.
- A payment (or refund) line or a cash movement dated before the latest closing of the till is
  refused: the period up to a closing is closed, and money for it would change what the
  closing counted. A line dated in the very second of the closing is let in, because instants
  are kept to the second and a line taken in that second after the closing is the next
  closing's. The desk dates a line when it takes it; should a closing commit between that
  moment and the insert (another desk, PostgreSQL) the unit of work tries again with a fresh
  time (services/unit_of_work.py).
- Every instant column holds a time the desk can read: on SQLite, UTC text of the one fixed
  format of models/base.py that names a real moment of years 1 to 9999; on PostgreSQL, a finite
  time of those years (not 'infinity'). By triggers, not CHECKs: SQLite adds a CHECK only by
  rebuilding a table, and rebuilding `bookings` would drop its overlap triggers (0001). Rows
  already there are not checked; the desk reads those it can and names those it cannot.
- An index on `day_closings.closed_at` keeps the closed-period check a single index lookup.

A later migration that must rewrite rows of an append-only table lifts the guard for its own
statements and puts it back, as 0009 did for the receipt numbers.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Markers the services turn into sentences (services/database_refusals.py).
CLOSED_PERIOD_MESSAGE = "studio_desk.closed_period"
KEEP_HISTORY_MESSAGE = "studio_desk.booking_has_history"
INSTANT_MESSAGE = "studio_desk.instant_unreadable"
# Each table's append-only marker is studio_desk.<table>_append_only, as in 0004 and 0008.
APPEND_ONLY = (
    "payments", "status_changes", "day_closings", "closing_payments", "cash_movements",
    "closing_cash_movements",
)
# Frozen copies of the schema as it is at this revision: every instant column of every table.
INSTANTS: dict[str, tuple[str, ...]] = {
    "bookings": ("start_at", "end_at", "busy_until", "created_at", "updated_at"),
    "payments": ("taken_at",),
    "status_changes": ("at",),
    "day_closings": ("closed_at",),
    "cash_movements": ("recorded_at",),
    "outbox_items": ("created_at", "next_attempt_at", "sent_at"),
    "coaches": ("created_at",),
    "staff": ("locked_until", "created_at"),
    "clients": ("created_at",),
    "web_conflicts": ("start_at", "end_at", "first_seen_at"),
}
# The money of a till period, and the instant it is dated by.
DATED_MONEY = {"payments": "taken_at", "cash_movements": "recorded_at"}
SQLITE_INSTANT_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
# Years Python's datetime can hold, as PostgreSQL bounds.
PG_FIRST, PG_AFTER_LAST = "0001-01-01 00:00:00+00", "10000-01-01 00:00:00+00"


def upgrade() -> None:
    op.create_index("ix_day_closings_closed_at", "day_closings", ["closed_at"])
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
    else:
        _postgresql_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in _sqlite_trigger_names():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        for table in APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_no_truncate ON {table}")
        op.execute("DROP TRIGGER IF EXISTS trg_status_changes_append_only ON status_changes")
        for table in DATED_MONEY:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_closed_period ON {table}")
        for table in INSTANTS:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_instants ON {table}")
        op.execute("DROP FUNCTION IF EXISTS studio_desk_closed_period()")
        op.execute("DROP FUNCTION IF EXISTS studio_desk_instants()")
    op.drop_index("ix_day_closings_closed_at", table_name="day_closings")


# SQLite ----------------------------------------------------------------------------------------


def _sqlite_trigger_names() -> list[str]:
    return [
        *(f"trg_status_changes_append_only_{event}" for event in ("update", "delete")),
        "trg_bookings_keep_history",
        *(f"trg_{table}_closed_period" for table in DATED_MONEY),
        *(f"trg_{table}_instants_{event}" for table in INSTANTS for event in ("insert", "update")),
    ]


def _sqlite_unreadable(value: str) -> str:
    """SQL that is true when `value` is not NULL and not an instant the desk can read back:
    text of the fixed format, a real date and time (normalising it changes nothing: no 30
    February, no 24:00), of year 1 or later. NULL is each column's own business: SQLite
    refuses it where the column is NOT NULL."""
    readable = (
        f"typeof({value}) = 'text' AND {value} GLOB '{SQLITE_INSTANT_GLOB}'"
        f" AND datetime({value}, '+0 seconds') IS {value} AND {value} >= '0001-01-01 00:00:00'"
    )
    return f"({value} IS NOT NULL AND NOT ({readable}))"


def _sqlite_upgrade() -> None:
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER trg_status_changes_append_only_{event.lower()} BEFORE {event} "
            "ON status_changes BEGIN SELECT RAISE(ABORT, 'studio_desk.status_changes_append_only'); END"
        )
    op.execute(
        "CREATE TRIGGER trg_bookings_keep_history BEFORE DELETE ON bookings "
        "WHEN EXISTS (SELECT 1 FROM status_changes WHERE booking_id = OLD.id) "
        "OR EXISTS (SELECT 1 FROM payments WHERE booking_id = OLD.id) "
        f"BEGIN SELECT RAISE(ABORT, '{KEEP_HISTORY_MESSAGE}'); END"
    )
    # Instants are text of one fixed format, so text order is time order (the instant triggers
    # below keep it so for new rows).
    for table, column in DATED_MONEY.items():
        op.execute(
            f"CREATE TRIGGER trg_{table}_closed_period BEFORE INSERT ON {table} "
            f"WHEN NEW.{column} < (SELECT max(closed_at) FROM day_closings) "
            f"BEGIN SELECT RAISE(ABORT, '{CLOSED_PERIOD_MESSAGE}'); END"
        )
    for table, columns in INSTANTS.items():
        unreadable = " OR ".join(_sqlite_unreadable(f"NEW.{column}") for column in columns)
        op.execute(
            f"CREATE TRIGGER trg_{table}_instants_insert BEFORE INSERT ON {table} "
            f"WHEN {unreadable} BEGIN SELECT RAISE(ABORT, '{INSTANT_MESSAGE}'); END"
        )
        op.execute(
            f"CREATE TRIGGER trg_{table}_instants_update BEFORE UPDATE OF {', '.join(columns)} "
            f"ON {table} WHEN {unreadable} BEGIN SELECT RAISE(ABORT, '{INSTANT_MESSAGE}'); END"
        )


# PostgreSQL ------------------------------------------------------------------------------------


def _postgresql_upgrade() -> None:
    # studio_desk_append_only() of 0008 names the table in its message.
    op.execute(
        "CREATE TRIGGER trg_status_changes_append_only BEFORE UPDATE OR DELETE ON status_changes "
        "FOR EACH ROW EXECUTE FUNCTION studio_desk_append_only()"
    )
    for table in APPEND_ONLY:
        op.execute(
            f"CREATE TRIGGER trg_{table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION studio_desk_append_only()"
        )
    # One function for both tables: the instant column is the trigger's argument.
    op.execute(
        f"""
        CREATE FUNCTION studio_desk_closed_period() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF (to_jsonb(NEW) ->> TG_ARGV[0])::timestamptz < (SELECT max(closed_at) FROM day_closings) THEN
                RAISE EXCEPTION '{CLOSED_PERIOD_MESSAGE}';
            END IF;
            RETURN NEW;
        END
        $$
        """
    )
    for table, column in DATED_MONEY.items():
        op.execute(
            f"CREATE TRIGGER trg_{table}_closed_period BEFORE INSERT ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION studio_desk_closed_period('{column}')"
        )
    # timestamptz holds only real times; what Python cannot read is 'infinity' and the years
    # outside 1 to 9999. The columns to check are the trigger's arguments.
    op.execute(
        f"""
        CREATE FUNCTION studio_desk_instants() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            row_values jsonb := to_jsonb(NEW);
            column_name text;
            instant timestamptz;
        BEGIN
            FOREACH column_name IN ARRAY TG_ARGV LOOP
                instant := (row_values ->> column_name)::timestamptz;
                IF instant < '{PG_FIRST}' OR instant >= '{PG_AFTER_LAST}' THEN
                    RAISE EXCEPTION '{INSTANT_MESSAGE}';
                END IF;
            END LOOP;
            RETURN NEW;
        END
        $$
        """
    )
    for table, columns in INSTANTS.items():
        arguments = ", ".join(f"'{column}'" for column in columns)
        op.execute(
            f"CREATE TRIGGER trg_{table}_instants BEFORE INSERT OR UPDATE OF {', '.join(columns)} "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION studio_desk_instants({arguments})"
        )
