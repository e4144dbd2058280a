"""The guards of 0012, closed where they still leaked: no REPLACE on SQLite, every date and time
of day readable, and no password left in the stored sync server address.

- SQLite: `REPLACE` and `INSERT OR REPLACE` on an append-only table are refused (and so are
  `INSERT OR IGNORE`, `ON CONFLICT DO UPDATE` and `DO NOTHING` of a row already there). A REPLACE conflict deletes the old row without firing its
  DELETE triggers (SQLite leaves recursive_triggers off), so it rewrote a payment, a closing or
  a line of history that UPDATE and DELETE could not touch. A BEFORE INSERT trigger refuses
  any row whose primary key or UNIQUE key is already there: a plain INSERT with such a key
  failed anyway, so nothing the desk does changes. The same holds for the receipt counter's one
  row and for a booking with history or payments (0012 keeps those from a DELETE).
  PostgreSQL has no REPLACE, and `ON CONFLICT DO UPDATE` fires the UPDATE triggers that already
  refuse it; `DO NOTHING` changes nothing.
- Every date and time-of-day column holds one the desk can read and use: on SQLite, text of
  the one fixed format SQLAlchemy writes ('YYYY-MM-DD', 'HH:MM:SS.ffffff': text order is time
  order, which 0007's overlap trigger relies on) naming a real date or time; on PostgreSQL,
  whose types already hold only real ones, no 'infinity' and no 24:00. Dates lie in the years
  1900 to 2999: far wider than the days the desk offers (2000 to 2099, services/studio_time.py),
  so that these may widen without a migration, and narrow enough that no day's arithmetic
  overflows. By triggers, as 0012's instants: rows already there are not checked (the desk
  reads those it can and names those it cannot), and nothing is rebuilt.
- The sync server address loses its user information (`https://owner:secret@host` becomes
  `https://host`), as the desk has kept it since it refused such an address: an older desk's
  stayed in the database and in every backup. A password is dropped, not moved anywhere; the
  sync status says so once (its "last problem", which the next round replaces).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

import json
from urllib.parse import urlsplit, urlunsplit

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Markers the services turn into sentences (services/database_refusals.py). The append-only
# ones are 0004's, 0008's and 0012's: studio_desk.<table>_append_only.
COUNTER_MESSAGE = "studio_desk.receipt_counter_steps_by_one"  # 0009's
KEEP_HISTORY_MESSAGE = "studio_desk.booking_has_history"  # 0012's
DATE_OR_TIME_MESSAGE = "studio_desk.date_or_time_refused"

# Frozen copies of the schema as it is at this revision: each append-only table's keys, one
# tuple of columns per primary or UNIQUE key.
APPEND_ONLY_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "payments": (("id",), ("receipt_number",)),
    "status_changes": (("id",),),
    "day_closings": (("id",),),
    "closing_payments": (("payment_id",),),
    "cash_movements": (("id",),),
    "closing_cash_movements": (("movement_id",),),
}
# Every date and every time-of-day column (instants are 0012's).
DATES: dict[str, tuple[str, ...]] = {
    "availabilities": ("date",),
    "weekly_windows": ("valid_from",),
    "absences": ("date",),
    "holidays": ("date",),
    "day_closings": ("day",),
}
TIMES: dict[str, tuple[str, ...]] = {
    "availabilities": ("start_time", "end_time"),
    "weekly_windows": ("start_time", "end_time"),
    "absences": ("start_time", "end_time"),
}
FIRST_DAY, LAST_DAY = "1900-01-01", "2999-12-31"
SQLITE_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
SQLITE_TIME_GLOB = "[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]"

SERVER_KEY, LAST_ERROR_KEY = "sync.server", "sync.last_error"
# services/sync/run.py's PASSWORD_REMOVED, kept as a sentence (services/sentences.py's JSON) so
# each desk shows it in its own language; a test keeps the two the same.
PASSWORD_REMOVED = (
    "The web platform's address held a password; it was removed from the database. Type the "
    "coaches' web passwords in the desk's sync settings."
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_no_replace()
        _sqlite_dates_and_times()
    else:
        _postgresql_dates_and_times()
    _bare_server()


def downgrade() -> None:
    # The server keeps losing its user information: the password is gone, as it should be.
    if op.get_bind().dialect.name == "sqlite":
        for trigger in _sqlite_trigger_names():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        for table in DATES:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_dates ON {table}")
        for table in TIMES:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_times ON {table}")
        op.execute("DROP FUNCTION IF EXISTS studio_desk_dates()")
        op.execute("DROP FUNCTION IF EXISTS studio_desk_times()")


# SQLite: no REPLACE ---------------------------------------------------------------------------


def _sqlite_trigger_names() -> list[str]:
    return [
        *(f"trg_{table}_no_replace" for table in (*APPEND_ONLY_KEYS, "receipt_counters", "bookings")),
        *(f"trg_{table}_dates_{event}" for table in _dated_tables() for event in ("insert", "update")),
    ]


def _taken(table: str, key: tuple[str, ...]) -> str:
    """SQL that is true when a row of `table` already holds NEW's `key`. An INTEGER PRIMARY KEY
    left out of the INSERT reads -1 in a BEFORE INSERT trigger: that is a new row, whatever row
    another program may have written with id -1."""
    match = " AND ".join(f"kept.{column} = NEW.{column}" for column in key)
    new_row = " AND ".join(f"NEW.{column} IS NOT -1" for column in key if column == "id")
    taken = f"EXISTS (SELECT 1 FROM {table} AS kept WHERE {match})"
    return f"({new_row} AND {taken})" if new_row else taken


def _sqlite_no_replace() -> None:
    for table, keys in APPEND_ONLY_KEYS.items():
        op.execute(
            f"CREATE TRIGGER trg_{table}_no_replace BEFORE INSERT ON {table} "
            f"WHEN {' OR '.join(_taken(table, key) for key in keys)} "
            f"BEGIN SELECT RAISE(ABORT, 'studio_desk.{table}_append_only'); END"
        )
    # The counter's one row only ever steps up by one (0009): REPLACE would set it anywhere.
    op.execute(
        "CREATE TRIGGER trg_receipt_counters_no_replace BEFORE INSERT ON receipt_counters "
        f"WHEN EXISTS (SELECT 1 FROM receipt_counters) BEGIN SELECT RAISE(ABORT, '{COUNTER_MESSAGE}'); END"
    )
    # REPLACE on a booking's id or web id deletes the booking, and a program that leaves foreign
    # keys off would orphan its history and payments (0012's trg_bookings_keep_history).
    op.execute(
        "CREATE TRIGGER trg_bookings_no_replace BEFORE INSERT ON bookings "
        "WHEN EXISTS (SELECT 1 FROM bookings AS kept "
        "WHERE ((NEW.id IS NOT -1 AND kept.id = NEW.id) OR kept.remote_id = NEW.remote_id) "
        "AND (EXISTS (SELECT 1 FROM status_changes WHERE booking_id = kept.id) "
        "OR EXISTS (SELECT 1 FROM payments WHERE booking_id = kept.id))) "
        f"BEGIN SELECT RAISE(ABORT, '{KEEP_HISTORY_MESSAGE}'); END"
    )


# Dates and times of day -----------------------------------------------------------------------


def _dated_tables() -> list[str]:
    return list(dict.fromkeys([*DATES, *TIMES]))


def _sqlite_bad_date(value: str) -> str:
    """SQL true when `value` is not NULL and not a date of the fixed format that is a real day
    (normalising it changes nothing: no 30 February) of the years 1900 to 2999. NULL is each
    column's own business."""
    good = (
        f"typeof({value}) = 'text' AND {value} GLOB '{SQLITE_DATE_GLOB}'"
        f" AND date({value}, '+0 days') IS {value} AND {value} BETWEEN '{FIRST_DAY}' AND '{LAST_DAY}'"
    )
    return f"({value} IS NOT NULL AND NOT ({good}))"


def _sqlite_bad_time(value: str) -> str:
    """As _sqlite_bad_date, for a time of day of the fixed format: no 24:00, no 10:60."""
    whole_seconds = f"substr({value}, 1, 8)"
    good = (
        f"typeof({value}) = 'text' AND {value} GLOB '{SQLITE_TIME_GLOB}'"
        f" AND time({whole_seconds}, '+0 seconds') IS {whole_seconds}"
    )
    return f"({value} IS NOT NULL AND NOT ({good}))"


def _sqlite_dates_and_times() -> None:
    for table in _dated_tables():
        dates, times = DATES.get(table, ()), TIMES.get(table, ())
        bad = " OR ".join(
            [*(_sqlite_bad_date(f"NEW.{column}") for column in dates),
             *(_sqlite_bad_time(f"NEW.{column}") for column in times)]
        )
        columns = ", ".join((*dates, *times))
        op.execute(
            f"CREATE TRIGGER trg_{table}_dates_insert BEFORE INSERT ON {table} "
            f"WHEN {bad} BEGIN SELECT RAISE(ABORT, '{DATE_OR_TIME_MESSAGE}'); END"
        )
        op.execute(
            f"CREATE TRIGGER trg_{table}_dates_update BEFORE UPDATE OF {columns} ON {table} "
            f"WHEN {bad} BEGIN SELECT RAISE(ABORT, '{DATE_OR_TIME_MESSAGE}'); END"
        )


def _postgresql_dates_and_times() -> None:
    # date and time hold only real ones; what the desk cannot use is 'infinity', years outside
    # its range, and 24:00 (Python has no such time). The columns are the trigger's arguments.
    checks = {
        "dates": ("date", f"checked < '{FIRST_DAY}' OR checked > '{LAST_DAY}'"),
        "times": ("time", "checked >= '24:00:00'"),
    }
    for kind, (sql_type, refused) in checks.items():
        op.execute(
            f"""
            CREATE FUNCTION studio_desk_{kind}() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                row_values jsonb := to_jsonb(NEW);
                column_name text;
                checked {sql_type};
            BEGIN
                FOREACH column_name IN ARRAY TG_ARGV LOOP
                    checked := (row_values ->> column_name)::{sql_type};
                    IF {refused} THEN
                        RAISE EXCEPTION '{DATE_OR_TIME_MESSAGE}';
                    END IF;
                END LOOP;
                RETURN NEW;
            END
            $$
            """
        )
    for kind, tables in (("dates", DATES), ("times", TIMES)):
        for table, columns in tables.items():
            arguments = ", ".join(f"'{column}'" for column in columns)
            op.execute(
                f"CREATE TRIGGER trg_{table}_{kind} BEFORE INSERT OR UPDATE OF {', '.join(columns)} "
                f"ON {table} FOR EACH ROW EXECUTE FUNCTION studio_desk_{kind}({arguments})"
            )


# The sync server without user information -----------------------------------------------------


def without_user_info(server: str) -> tuple[str, str]:
    """`server` without what comes before an '@' in its host part, and that user information:
    the rule of the desk's services/sync/config.py, copied (a migration does not import the
    desk). Text urlsplit cannot read (an unclosed IPv6 bracket) is cut by hand the same way: the
    host part runs from '//' to the first '/', '?' or '#'."""
    try:
        parts = urlsplit(server)
    except ValueError:
        scheme, slashes, rest = server.partition("//")
        end = min((at for at in map(rest.find, "/?#") if at >= 0), default=len(rest))
        user_info, _, host = rest[:end].rpartition("@")
        return scheme + slashes + host + rest[end:], user_info
    user_info, at, host = parts.netloc.rpartition("@")
    if not at:
        return server, ""
    return urlunsplit(parts._replace(netloc=host)), user_info


def _bare_server() -> None:
    connection = op.get_bind()
    settings = sa.table("studio_settings", sa.column("key", sa.String), sa.column("value", sa.Text))
    server = connection.execute(
        sa.select(settings.c.value).where(settings.c.key == SERVER_KEY)
    ).scalar()
    if not isinstance(server, str):
        return
    bare, user_info = without_user_info(server)
    if bare == server:
        return
    connection.execute(settings.update().where(settings.c.key == SERVER_KEY).values(value=bare))
    if ":" not in user_info:
        return  # a user name alone: nothing secret went, nothing to type again
    note = json.dumps({"template": PASSWORD_REMOVED, "fields": {}}, ensure_ascii=False)
    updated = connection.execute(
        settings.update().where(settings.c.key == LAST_ERROR_KEY).values(value=note)
    ).rowcount
    if not updated:
        connection.execute(settings.insert().values(key=LAST_ERROR_KEY, value=note))
