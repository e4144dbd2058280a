"""Group classes: rooms, timetables, occurrences, places, a waitlist and check-ins, with the
class's promises kept by the database on both backends and under racing desks.

- `courses.capacity` (1: a private session, as every course so far), `clients.language` (the
  language of messages to the client), `bookings.occurrence_id` (a place in a class),
  `bookings.waitlist_entry_id` (the entry a place was promoted from) and `bookings.hold_until`
  (when a promoted, unpaid place gives itself up). Added with ALTER TABLE: `bookings` is never
  rebuilt, since a rebuild would drop its triggers.
- `rooms`, `timetable_entries` (a weekly pattern), `occurrences`, `waitlist_entries`,
  `waitlist_messages` (append only) and `check_ins`.
- **Capacity.** `occurrences.active_places` is a counter under `CHECK (active_places <=
  capacity)`; the bookings' triggers alone move it (a place made, a place leaving pending, paid
  or confirmed), and a guard refuses any value but the count. Two desks taking the last place:
  on PostgreSQL the second waits for the occurrence's row and then meets the CHECK with the
  first desk's place counted; on SQLite writers take turns.
- **One place per client.** A partial unique index on `bookings (occurrence_id, client_id)` over
  the active statuses.
- **A place is its occurrence's.** A new place needs a scheduled occurrence, and its coach,
  course and times are the occurrence's (a substitute moves the places with it).
- **A coach's time.** A scheduled occurrence holds its coach's time against private bookings
  and other occurrences; places no longer take part in the bookings' own overlap rule, since a
  class's places share one time. PostgreSQL: the bookings' exclusion constraint now leaves
  places out, the occurrences have their own, and a trigger on each side locks the coach's row
  (FOR NO KEY UPDATE, as the services do) before it looks at the other table, so two desks
  writing a private booking and a class for one coach at once take turns. SQLite: triggers.
- **A room** holds one scheduled occurrence at a time (an exclusion constraint / a trigger), and
  an occurrence takes no more people than its room; a room cannot shrink below a class to come.
- **The waitlist.** One waiting entry per client and occurrence (a partial unique index); an
  entry is promoted into at most one place (a unique index on `bookings.waitlist_entry_id`),
  only while waiting, and only for its own client and occurrence; a promoted or left entry stays
  so.
- **Check-ins** only for a paid or confirmed place, undone only while the place is active.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

ACTIVE = "('pending', 'paid', 'confirmed')"
CHANNEL = "studio_desk_changes"
# Markers the services turn into sentences (services/database_refusals.py).
SLOT_MESSAGE = "studio_desk.slot_conflict"  # 0001's: the services' SlotConflict
ROOM_MESSAGE = "studio_desk.room_busy"
ROOM_CAPACITY_MESSAGE = "studio_desk.room_too_small"
COUNTERS_MESSAGE = "studio_desk.occurrence_counters"
OCCURRENCE_MESSAGE = "studio_desk.occurrence_refused"
PLACE_MESSAGE = "studio_desk.place_refused"
WAITLIST_MESSAGE = "studio_desk.waitlist_refused"
CHECK_IN_MESSAGE = "studio_desk.check_in_refused"
CAPACITY_MESSAGE = "studio_desk.course_capacity"
INSTANT_MESSAGE = "studio_desk.instant_unreadable"  # 0012's
SQLITE_INSTANT_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
TABLES = ("rooms", "timetable_entries", "occurrences", "waitlist_entries", "waitlist_messages", "check_ins")
NOTED_AS = dict.fromkeys(TABLES, "classes")
# 0014's guards of a date and a time of day, for this revision's.
DATES = {"occurrences": ("local_date",), "timetable_entries": ("starts_on", "ends_on")}
TIMES = {"timetable_entries": ("start_time",)}
DATE_OR_TIME_MESSAGE = "studio_desk.date_or_time_refused"
FIRST_DAY, LAST_DAY = "1900-01-01", "2999-12-31"
SQLITE_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
SQLITE_TIME_GLOB = "[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]"
INSTANTS = {
    "timetable_entries": ("created_at",),
    "occurrences": ("start_at", "end_at", "busy_until", "canceled_at", "created_at"),
    "waitlist_entries": ("added_at", "changed_at"),
    "waitlist_messages": ("sent_at",),
    "check_ins": ("at",),
}
# A place's coach, course and times are its occurrence's (SQL over `occurrence` and NEW).
_PLACE_FITS = (
    "occurrence.coach_id = NEW.coach_id AND occurrence.course_id = NEW.course_id "
    "AND occurrence.start_at = NEW.start_at AND occurrence.end_at = NEW.end_at"
)
_ACTIVE_PLACES_OF = (
    f"(SELECT count(*) FROM bookings WHERE occurrence_id = {{row}}.id AND status IN {ACTIVE})"
)
# The occurrence's fields that are its identity: nothing changes them.
_OCCURRENCE_FIXED = ("course_id", "timetable_entry_id", "local_date", "created_at")
_WAITLIST_FIXED = ("occurrence_id", "added_by_id", "added_at")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _create_tables(sqlite)
    op.add_column("courses", sa.Column("capacity", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("clients", sa.Column("language", sa.String(8), nullable=True))
    for column, target in (("occurrence_id", "occurrences"), ("waitlist_entry_id", "waitlist_entries")):
        if sqlite:  # SQLite adds a key only inline, with the column
            op.execute(f"ALTER TABLE bookings ADD COLUMN {column} INTEGER "
                       f"CONSTRAINT fk_bookings_{column}_{target} REFERENCES {target} (id)")
        else:
            op.add_column("bookings", sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(f"fk_bookings_{column}_{target}", "bookings", target, [column], ["id"])
    op.add_column("bookings", sa.Column("hold_until", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_bookings_occurrence_id_status", "bookings", ["occurrence_id", "status"])
    op.create_index("uq_bookings_waitlist_entry_id", "bookings", ["waitlist_entry_id"], unique=True)
    op.create_index(
        "uq_bookings_occurrence_client", "bookings", ["occurrence_id", "client_id"], unique=True,
        sqlite_where=sa.text(f"occurrence_id IS NOT NULL AND status IN {ACTIVE}"),
        postgresql_where=sa.text(f"occurrence_id IS NOT NULL AND status IN {ACTIVE}"),
    )
    op.create_index(
        "uq_waitlist_entries_waiting", "waitlist_entries", ["occurrence_id", "client_id"], unique=True,
        sqlite_where=sa.text("status = 'waiting'"), postgresql_where=sa.text("status = 'waiting'"),
    )
    if sqlite:
        _sqlite_triggers()
    else:
        _postgresql_guards()


def downgrade() -> None:
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT count(*) FROM occurrences")).scalar():
        raise RuntimeError(
            "classes exist: the schema before 0017 has no room for them, so the database stays as it is"
        )
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        for trigger in _sqlite_trigger_names():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        _sqlite_bookings_overlap(with_classes=False)
        _sqlite_fire_first("trg_bookings_no_replace")
    else:
        for table, triggers in _PG_TRIGGERS.items():
            for trigger in triggers:
                op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        op.execute("ALTER TABLE bookings DROP CONSTRAINT ex_bookings_coach_no_overlap")
        _pg_bookings_exclusion(with_classes=False)
    for index in ("uq_bookings_occurrence_client", "uq_bookings_waitlist_entry_id",
                  "ix_bookings_occurrence_id_status"):
        op.drop_index(index, table_name="bookings")
    if sqlite:
        # SQLite drops a column that a foreign key names only with the key itself gone: the
        # columns are empty here (no occurrences), so the table's own ALTER is enough once
        # alembic's batch mode is avoided; plain DROP COLUMN refuses a REFERENCES column.
        _sqlite_drop_columns()
    else:
        op.drop_constraint("fk_bookings_occurrence_id_occurrences", "bookings", type_="foreignkey")
        op.drop_constraint("fk_bookings_waitlist_entry_id_waitlist_entries", "bookings", type_="foreignkey")
        for column in ("occurrence_id", "waitlist_entry_id", "hold_until"):
            op.drop_column("bookings", column)
        op.drop_column("courses", "capacity")
        op.drop_column("clients", "language")
    for table in TABLES[::-1]:
        op.drop_table(table)
    if not sqlite:
        for function in _PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")


def _sqlite_drop_columns() -> None:
    for table, column in (("bookings", "occurrence_id"), ("bookings", "waitlist_entry_id"),
                          ("bookings", "hold_until"), ("courses", "capacity"), ("clients", "language")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


# Tables ----------------------------------------------------------------------------------------


def _fk(table: str, column: str, target: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{target}.id", name=f"fk_{table}_{column}_{target}")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True,
                   length=max(map(len, values)))


def _instant() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _instant_checks(sqlite: bool, *columns: str) -> list[sa.CheckConstraint]:
    if not sqlite:
        return []
    return [sa.CheckConstraint(f"{column} GLOB '{SQLITE_INSTANT_GLOB}'", name=f"{column}_canonical")
            for column in columns]


def _capacity_check() -> sa.CheckConstraint:
    return sa.CheckConstraint("capacity > 0 AND capacity <= 1000", name="capacity_in_range")


def _create_tables(sqlite: bool) -> None:
    op.create_table(
        "rooms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rooms"),
        sa.UniqueConstraint("name", name="uq_rooms_name"),
        _capacity_check(),
    )
    op.create_table(
        "timetable_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), _fk("timetable_entries", "course_id", "courses"), nullable=False),
        sa.Column("coach_id", sa.Integer(), _fk("timetable_entries", "coach_id", "coaches"), nullable=False),
        sa.Column("room_id", sa.Integer(), _fk("timetable_entries", "room_id", "rooms"), nullable=True),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("created_at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_timetable_entries"),
        sa.CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday_in_range"),
        _capacity_check(),
        sa.CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_after_start"),
    )
    op.create_index("ix_timetable_entries_course_id", "timetable_entries", ["course_id"])
    op.create_table(
        "occurrences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), _fk("occurrences", "course_id", "courses"), nullable=False),
        sa.Column("coach_id", sa.Integer(), _fk("occurrences", "coach_id", "coaches"), nullable=False),
        sa.Column("usual_coach_id", sa.Integer(), _fk("occurrences", "usual_coach_id", "coaches"),
                  nullable=True),
        sa.Column("room_id", sa.Integer(), _fk("occurrences", "room_id", "rooms"), nullable=True),
        sa.Column("timetable_entry_id", sa.Integer(),
                  _fk("occurrences", "timetable_entry_id", "timetable_entries"), nullable=True),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("start_at", _instant(), nullable=False),
        sa.Column("end_at", _instant(), nullable=False),
        sa.Column("busy_until", _instant(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("active_places", sa.Integer(), nullable=False),
        sa.Column("status", _enum("occurrence_status", "scheduled", "canceled"), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.Column("canceled_by_id", sa.Integer(), _fk("occurrences", "canceled_by_id", "staff"), nullable=True),
        sa.Column("canceled_at", _instant(), nullable=True),
        sa.Column("created_at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_occurrences"),
        sa.CheckConstraint("end_at > start_at", name="end_after_start"),
        sa.CheckConstraint("busy_until >= end_at", name="busy_until_after_end"),
        _capacity_check(),
        sa.CheckConstraint("active_places >= 0", name="active_places_not_negative"),
        sa.CheckConstraint("active_places <= capacity", name="active_places_within_capacity"),
        sa.CheckConstraint("price >= 0", name="price_not_negative"),
        *_instant_checks(sqlite, "start_at", "end_at", "busy_until"),
    )
    op.create_index("ix_occurrences_course_id", "occurrences", ["course_id"])
    op.create_index("ix_occurrences_coach_id_start_at", "occurrences", ["coach_id", "start_at"])
    op.create_index("ix_occurrences_start_at", "occurrences", ["start_at"])
    op.create_index("ix_occurrences_room_id_start_at", "occurrences", ["room_id", "start_at"])
    op.create_index("uq_occurrences_entry_day", "occurrences", ["timetable_entry_id", "local_date"],
                    unique=True)
    op.create_table(
        "waitlist_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurrence_id", sa.Integer(), _fk("waitlist_entries", "occurrence_id", "occurrences"),
                  nullable=False),
        sa.Column("client_id", sa.Integer(), _fk("waitlist_entries", "client_id", "clients"), nullable=False),
        sa.Column("status", _enum("waitlist_status", "waiting", "promoted", "left"), nullable=False),
        sa.Column("added_by_id", sa.Integer(), _fk("waitlist_entries", "added_by_id", "staff"), nullable=True),
        sa.Column("added_at", _instant(), nullable=False),
        sa.Column("changed_at", _instant(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_waitlist_entries"),
    )
    op.create_index("ix_waitlist_entries_occurrence_id_status", "waitlist_entries", ["occurrence_id", "status"])
    op.create_index("ix_waitlist_entries_client_id", "waitlist_entries", ["client_id"])
    op.create_table(
        "waitlist_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("waitlist_entry_id", sa.Integer(),
                  _fk("waitlist_messages", "waitlist_entry_id", "waitlist_entries"), nullable=False),
        sa.Column("sent_by_id", sa.Integer(), _fk("waitlist_messages", "sent_by_id", "staff"), nullable=True),
        sa.Column("sent_at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_waitlist_messages"),
    )
    op.create_index("ix_waitlist_messages_waitlist_entry_id", "waitlist_messages", ["waitlist_entry_id"])
    op.create_table(
        "check_ins",
        sa.Column("booking_id", sa.Integer(), _fk("check_ins", "booking_id", "bookings"), nullable=False),
        sa.Column("by_id", sa.Integer(), _fk("check_ins", "by_id", "staff"), nullable=True),
        sa.Column("at", _instant(), nullable=False),
        sa.PrimaryKeyConstraint("booking_id", name="pk_check_ins"),
    )


# Shared SQL ------------------------------------------------------------------------------------


def _private_overlaps(row: str, *, other_booking: str = "") -> str:
    """Active private bookings of `row`'s coach over `row`'s busy time (`row` is NEW)."""
    return (
        f"EXISTS (SELECT 1 FROM bookings AS other WHERE other.coach_id = {row}.coach_id "
        f"AND other.busy_until > {row}.start_at AND other.start_at < {row}.busy_until "
        f"AND other.status IN {ACTIVE} AND other.occurrence_id IS NULL {other_booking})"
    )


def _class_overlaps(row: str, *, other_occurrence: str = "") -> str:
    """Scheduled occurrences of `row`'s coach over `row`'s busy time."""
    return (
        f"EXISTS (SELECT 1 FROM occurrences AS other WHERE other.coach_id = {row}.coach_id "
        f"AND other.busy_until > {row}.start_at AND other.start_at < {row}.busy_until "
        f"AND other.status = 'scheduled' {other_occurrence})"
    )


def _room_overlaps(row: str, other_occurrence: str) -> str:
    return (
        f"EXISTS (SELECT 1 FROM occurrences AS other WHERE other.room_id = {row}.room_id "
        f"AND other.end_at > {row}.start_at AND other.start_at < {row}.end_at "
        f"AND other.status = 'scheduled' {other_occurrence})"
    )


def _too_big_for_room(row: str) -> str:
    return f"EXISTS (SELECT 1 FROM rooms WHERE rooms.id = {row}.room_id AND rooms.capacity < {row}.capacity)"


# A promotion: the entry is waiting, and for this place's client and occurrence.
_ENTRY_FITS = (
    "EXISTS (SELECT 1 FROM waitlist_entries AS entry WHERE entry.id = NEW.waitlist_entry_id "
    "AND entry.status = 'waiting' AND entry.occurrence_id = NEW.occurrence_id "
    "AND entry.client_id = NEW.client_id)"
)
_WAITLIST_MOVE_ALLOWED = (
    "(NEW.status = OLD.status OR (OLD.status = 'waiting' AND (NEW.status = 'left' OR "
    "(NEW.status = 'promoted' AND EXISTS (SELECT 1 FROM bookings WHERE bookings.waitlist_entry_id = NEW.id)))))"
)
_CHECKED_IN_PLACE = (
    "EXISTS (SELECT 1 FROM bookings WHERE bookings.id = NEW.booking_id "
    "AND bookings.occurrence_id IS NOT NULL AND bookings.status IN ('paid', 'confirmed'))"
)


# SQLite ----------------------------------------------------------------------------------------


def _sqlite_trigger_names() -> list[str]:
    return [
        "trg_occurrences_no_overlap_insert", "trg_occurrences_no_overlap_update",
        "trg_occurrences_room_insert", "trg_occurrences_room_update",
        "trg_occurrences_room_capacity_insert", "trg_occurrences_room_capacity_update",
        "trg_rooms_capacity", "trg_occurrences_new", "trg_occurrences_guard", "trg_occurrences_no_delete",
        "trg_occurrences_fixed", "trg_bookings_place_new", "trg_bookings_place_moved", "trg_bookings_place_counted",
        "trg_bookings_place_freed", "trg_bookings_promoted", "trg_bookings_promoted_mark",
        "trg_waitlist_entries_new", "trg_waitlist_entries_guard", "trg_waitlist_entries_no_delete",
        "trg_waitlist_messages_append_only_update", "trg_waitlist_messages_append_only_delete",
        "trg_waitlist_messages_no_replace",
        "trg_check_ins_new", "trg_check_ins_no_update", "trg_check_ins_undo",
        "trg_courses_capacity_insert", "trg_courses_capacity_update",
        "trg_bookings_instants_hold_insert", "trg_bookings_instants_hold_update",
        *(f"trg_{table}_dates_{event}" for table in DATES for event in ("insert", "update")),
        *(f"trg_{table}_instants_{event}" for table in INSTANTS for event in ("insert", "update")),
        *(f"trg_{table}_note_{event}" for table in NOTED_AS for event in ("insert", "update", "delete")),
    ]


def _raise(marker: str) -> str:
    return f"SELECT RAISE(ABORT, '{marker}')"


def _sqlite_trigger(name: str, when: str, table: str, body: str, timing: str = "BEFORE INSERT") -> None:
    condition = f"WHEN {when} " if when else ""
    op.execute(f"CREATE TRIGGER {name} {timing} ON {table} {condition}BEGIN {body}; END")


def _sqlite_unreadable(value: str) -> str:
    """0012's test of an instant the desk cannot read back (see there)."""
    readable = (
        f"typeof({value}) = 'text' AND {value} GLOB '{SQLITE_INSTANT_GLOB}'"
        f" AND datetime({value}, '+0 seconds') IS {value} AND {value} >= '0001-01-01 00:00:00'"
    )
    return f"({value} IS NOT NULL AND NOT ({readable}))"


def _sqlite_bad_date(value: str) -> str:
    """0014's test of a date the desk cannot use (see there)."""
    good = (
        f"typeof({value}) = 'text' AND {value} GLOB '{SQLITE_DATE_GLOB}'"
        f" AND date({value}, '+0 days') IS {value} AND {value} BETWEEN '{FIRST_DAY}' AND '{LAST_DAY}'"
    )
    return f"({value} IS NOT NULL AND NOT ({good}))"


def _sqlite_bad_time(value: str) -> str:
    """0014's test of a time of day the desk cannot use (see there)."""
    whole_seconds = f"substr({value}, 1, 8)"
    good = (
        f"typeof({value}) = 'text' AND {value} GLOB '{SQLITE_TIME_GLOB}'"
        f" AND time({whole_seconds}, '+0 seconds') IS {whole_seconds}"
    )
    return f"({value} IS NOT NULL AND NOT ({good}))"


def _sqlite_dates_and_times() -> None:
    for table, dates in DATES.items():
        times = TIMES.get(table, ())
        bad = " OR ".join([*(_sqlite_bad_date(f"NEW.{column}") for column in dates),
                           *(_sqlite_bad_time(f"NEW.{column}") for column in times)])
        columns = ", ".join((*dates, *times))
        refused = _raise(DATE_OR_TIME_MESSAGE)
        _sqlite_trigger(f"trg_{table}_dates_insert", bad, table, refused)
        _sqlite_trigger(f"trg_{table}_dates_update", bad, table, refused, timing=f"BEFORE UPDATE OF {columns}")


def _sqlite_bookings_overlap(*, with_classes: bool) -> None:
    """0001's overlap triggers on bookings, made again: with classes, places leave the rule to
    their occurrence, and a private booking also keeps clear of the coach's classes."""
    op.execute("DROP TRIGGER IF EXISTS trg_bookings_no_overlap_insert")
    op.execute("DROP TRIGGER IF EXISTS trg_bookings_no_overlap_update")
    private = " AND other.occurrence_id IS NULL" if with_classes else ""
    overlapping = f"""
        SELECT RAISE(ABORT, '{SLOT_MESSAGE}')
        WHERE EXISTS (
            SELECT 1 FROM bookings AS other
            WHERE other.coach_id = NEW.coach_id
              AND other.busy_until > NEW.start_at
              AND other.start_at < NEW.busy_until
              AND other.status IN {ACTIVE}{private}
              {{same_row}}
        ){' OR ' + _class_overlaps('NEW') if with_classes else ''};
    """
    place = " AND NEW.occurrence_id IS NULL" if with_classes else ""
    op.execute(
        f"CREATE TRIGGER trg_bookings_no_overlap_insert BEFORE INSERT ON bookings "
        f"WHEN NEW.status IN {ACTIVE}{place} BEGIN {overlapping.format(same_row='')} END"
    )
    op.execute(
        f"""
        CREATE TRIGGER trg_bookings_no_overlap_update
        BEFORE UPDATE OF coach_id, start_at, end_at, busy_until, status ON bookings
        WHEN NEW.status IN {ACTIVE}{place} AND (
            OLD.status NOT IN {ACTIVE}
            OR NEW.coach_id IS NOT OLD.coach_id
            OR NEW.start_at IS NOT OLD.start_at
            OR NEW.busy_until IS NOT OLD.busy_until
        )
        BEGIN {overlapping.format(same_row="AND other.id <> NEW.id")} END
        """
    )


def _sqlite_fire_first(name: str) -> None:
    """Make trigger `name` again, so that it is the newest: SQLite fires the newest first, and
    0014's refusal of a REPLACE over a booking must speak before the overlap triggers made again
    here (which would otherwise refuse the row for overlapping itself)."""
    connection = op.get_bind()
    sql = connection.execute(sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
                             {"name": name}).scalar()
    if sql is not None:
        op.execute(f"DROP TRIGGER {name}")
        op.execute(sql)


def _sqlite_triggers() -> None:
    _sqlite_bookings_overlap(with_classes=True)
    _sqlite_fire_first("trg_bookings_no_replace")
    scheduled = "NEW.status = 'scheduled'"
    coach_busy = f"{_private_overlaps('NEW')} OR {_class_overlaps('NEW', other_occurrence='AND other.id <> NEW.id')}"
    _sqlite_trigger("trg_occurrences_no_overlap_insert", f"{scheduled} AND ({coach_busy})", "occurrences",
                    _raise(SLOT_MESSAGE))
    moved = ("(OLD.status <> 'scheduled' OR NEW.coach_id IS NOT OLD.coach_id "
             "OR NEW.start_at IS NOT OLD.start_at OR NEW.busy_until IS NOT OLD.busy_until)")
    _sqlite_trigger("trg_occurrences_no_overlap_update", f"{scheduled} AND {moved} AND ({coach_busy})",
                    "occurrences", _raise(SLOT_MESSAGE),
                    timing="BEFORE UPDATE OF coach_id, start_at, end_at, busy_until, status")
    room_busy = f"{scheduled} AND NEW.room_id IS NOT NULL AND {_room_overlaps('NEW', 'AND other.id <> NEW.id')}"
    _sqlite_trigger("trg_occurrences_room_insert", room_busy, "occurrences", _raise(ROOM_MESSAGE))
    _sqlite_trigger("trg_occurrences_room_update", room_busy, "occurrences", _raise(ROOM_MESSAGE),
                    timing="BEFORE UPDATE OF room_id, start_at, end_at, status")
    _sqlite_trigger("trg_occurrences_room_capacity_insert", _too_big_for_room("NEW"), "occurrences",
                    _raise(ROOM_CAPACITY_MESSAGE))
    _sqlite_trigger("trg_occurrences_room_capacity_update", _too_big_for_room("NEW"), "occurrences",
                    _raise(ROOM_CAPACITY_MESSAGE), timing="BEFORE UPDATE OF room_id, capacity")
    _sqlite_trigger(
        "trg_rooms_capacity",
        "EXISTS (SELECT 1 FROM occurrences WHERE occurrences.room_id = NEW.id AND status = 'scheduled' "
        "AND end_at > datetime('now') AND capacity > NEW.capacity)",
        "rooms", _raise(ROOM_CAPACITY_MESSAGE), timing="BEFORE UPDATE OF capacity",
    )
    _sqlite_trigger(
        "trg_occurrences_new",
        "NEW.active_places <> 0 OR NEW.status <> 'scheduled' OR NEW.canceled_at IS NOT NULL "
        "OR EXISTS (SELECT 1 FROM occurrences AS kept WHERE NEW.id IS NOT -1 AND kept.id = NEW.id)",
        "occurrences", _raise(OCCURRENCE_MESSAGE),
    )
    fixed = " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in _OCCURRENCE_FIXED)
    _sqlite_trigger(
        "trg_occurrences_guard",
        f"NEW.active_places IS NOT {_ACTIVE_PLACES_OF.format(row='NEW')}",
        "occurrences", _raise(COUNTERS_MESSAGE), timing="BEFORE UPDATE",
    )
    _sqlite_trigger(
        "trg_occurrences_no_delete", "", "occurrences", _raise(OCCURRENCE_MESSAGE), timing="BEFORE DELETE",
    )
    # The identity and a canceled occurrence stay as they are (a second guard, so each says why).
    op.execute(
        f"CREATE TRIGGER trg_occurrences_fixed BEFORE UPDATE ON occurrences "
        f"WHEN {fixed} OR NEW.id IS NOT OLD.id OR (OLD.status = 'canceled' AND NEW.status <> 'canceled') "
        f"BEGIN {_raise(OCCURRENCE_MESSAGE)}; END"
    )
    _sqlite_trigger(
        "trg_bookings_place_new",
        f"NEW.occurrence_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM occurrences AS occurrence "
        f"WHERE occurrence.id = NEW.occurrence_id AND occurrence.status = 'scheduled' AND {_PLACE_FITS})",
        "bookings", _raise(PLACE_MESSAGE),
    )
    _sqlite_trigger(
        "trg_bookings_place_moved",
        "NEW.occurrence_id IS NOT OLD.occurrence_id OR NEW.waitlist_entry_id IS NOT OLD.waitlist_entry_id "
        "OR (NEW.occurrence_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM occurrences AS occurrence "
        f"WHERE occurrence.id = NEW.occurrence_id AND {_PLACE_FITS}))",
        "bookings", _raise(PLACE_MESSAGE),
        timing="BEFORE UPDATE OF occurrence_id, waitlist_entry_id, coach_id, course_id, start_at, end_at",
    )
    _sqlite_trigger(
        "trg_bookings_place_counted", f"NEW.occurrence_id IS NOT NULL AND NEW.status IN {ACTIVE}", "bookings",
        "UPDATE occurrences SET active_places = active_places + 1 WHERE id = NEW.occurrence_id",
        timing="AFTER INSERT",
    )
    _sqlite_trigger(
        "trg_bookings_place_freed",
        f"NEW.occurrence_id IS NOT NULL AND OLD.status IN {ACTIVE} AND NEW.status NOT IN {ACTIVE}", "bookings",
        "UPDATE occurrences SET active_places = active_places - 1 WHERE id = NEW.occurrence_id",
        timing="AFTER UPDATE OF status",
    )
    _sqlite_trigger("trg_bookings_promoted", f"NEW.waitlist_entry_id IS NOT NULL AND NOT {_ENTRY_FITS}",
                    "bookings", _raise(WAITLIST_MESSAGE))
    _sqlite_trigger(
        "trg_bookings_promoted_mark", "NEW.waitlist_entry_id IS NOT NULL", "bookings",
        "UPDATE waitlist_entries SET status = 'promoted', changed_at = NEW.created_at "
        "WHERE id = NEW.waitlist_entry_id",
        timing="AFTER INSERT",
    )
    _sqlite_trigger(
        "trg_waitlist_entries_new",
        "NEW.status <> 'waiting' OR NEW.changed_at IS NOT NULL "
        "OR EXISTS (SELECT 1 FROM waitlist_entries AS kept WHERE NEW.id IS NOT -1 AND kept.id = NEW.id)",
        "waitlist_entries", _raise(WAITLIST_MESSAGE),
    )
    fixed = " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in (*_WAITLIST_FIXED, "id"))
    _sqlite_trigger("trg_waitlist_entries_guard", f"{fixed} OR NOT {_WAITLIST_MOVE_ALLOWED}", "waitlist_entries",
                    _raise(WAITLIST_MESSAGE), timing="BEFORE UPDATE")
    _sqlite_trigger("trg_waitlist_entries_no_delete", "", "waitlist_entries", _raise(WAITLIST_MESSAGE),
                    timing="BEFORE DELETE")
    refused = _raise("studio_desk.waitlist_messages_append_only")
    for event in ("UPDATE", "DELETE"):
        _sqlite_trigger(f"trg_waitlist_messages_append_only_{event.lower()}", "", "waitlist_messages", refused,
                        timing=f"BEFORE {event}")
    _sqlite_trigger(
        "trg_waitlist_messages_no_replace",
        "NEW.id IS NOT -1 AND EXISTS (SELECT 1 FROM waitlist_messages AS kept WHERE kept.id = NEW.id)",
        "waitlist_messages", refused,
    )
    _sqlite_trigger(
        "trg_check_ins_new",
        f"NOT {_CHECKED_IN_PLACE} OR EXISTS (SELECT 1 FROM check_ins AS kept WHERE kept.booking_id = NEW.booking_id)",
        "check_ins", _raise(CHECK_IN_MESSAGE),
    )
    _sqlite_trigger("trg_check_ins_no_update", "", "check_ins", _raise(CHECK_IN_MESSAGE), timing="BEFORE UPDATE")
    _sqlite_trigger(
        "trg_check_ins_undo",
        f"NOT EXISTS (SELECT 1 FROM bookings WHERE bookings.id = OLD.booking_id AND bookings.status IN {ACTIVE})",
        "check_ins", _raise(CHECK_IN_MESSAGE), timing="BEFORE DELETE",
    )
    capacity_wrong = "NEW.capacity IS NULL OR typeof(NEW.capacity) <> 'integer' OR NEW.capacity < 1 " \
        "OR NEW.capacity > 1000"
    _sqlite_trigger("trg_courses_capacity_insert", capacity_wrong, "courses", _raise(CAPACITY_MESSAGE))
    _sqlite_trigger("trg_courses_capacity_update", capacity_wrong, "courses", _raise(CAPACITY_MESSAGE),
                    timing="BEFORE UPDATE OF capacity")
    _sqlite_dates_and_times()
    hold = _sqlite_unreadable("NEW.hold_until")
    _sqlite_trigger("trg_bookings_instants_hold_insert", hold, "bookings", _raise(INSTANT_MESSAGE))
    _sqlite_trigger("trg_bookings_instants_hold_update", hold, "bookings", _raise(INSTANT_MESSAGE),
                    timing="BEFORE UPDATE OF hold_until")
    for table, columns in INSTANTS.items():
        unreadable = " OR ".join(_sqlite_unreadable(f"NEW.{column}") for column in columns)
        _sqlite_trigger(f"trg_{table}_instants_insert", unreadable, table, _raise(INSTANT_MESSAGE))
        _sqlite_trigger(f"trg_{table}_instants_update", unreadable, table, _raise(INSTANT_MESSAGE),
                        timing=f"BEFORE UPDATE OF {', '.join(columns)}")
    for table, noted in NOTED_AS.items():
        for event in ("insert", "update", "delete"):
            _sqlite_trigger(f"trg_{table}_note_{event}", "", table,
                            f"INSERT INTO change_notices (table_name) VALUES ('{noted}')",
                            timing=f"AFTER {event.upper()}")


# PostgreSQL ------------------------------------------------------------------------------------

_PG_FUNCTIONS = (
    "studio_desk_bookings_class_clear", "studio_desk_occurrences_coach_clear", "studio_desk_occurrences_room",
    "studio_desk_rooms_capacity", "studio_desk_occurrences_new", "studio_desk_occurrences_guard",
    "studio_desk_bookings_place_new", "studio_desk_bookings_place_moved", "studio_desk_bookings_place_counted",
    "studio_desk_bookings_place_freed", "studio_desk_bookings_promoted", "studio_desk_waitlist_entries_new",
    "studio_desk_waitlist_entries_guard", "studio_desk_check_ins_new", "studio_desk_check_ins_undo",
    "studio_desk_courses_capacity",
)
_PG_TRIGGERS: dict[str, tuple[str, ...]] = {
    "bookings": (
        "trg_bookings_class_clear", "trg_bookings_class_clear_update", "trg_bookings_place_new", "trg_bookings_place_moved",
        "trg_bookings_place_counted", "trg_bookings_place_freed", "trg_bookings_promoted",
        "trg_bookings_hold_instants",
    ),
    "occurrences": (
        "trg_occurrences_coach_clear", "trg_occurrences_coach_clear_update", "trg_occurrences_room", "trg_occurrences_new", "trg_occurrences_guard",
        "trg_occurrences_no_delete", "trg_occurrences_no_truncate", "trg_occurrences_instants",
        "trg_occurrences_dates",
        "trg_occurrences_note",
    ),
    "rooms": ("trg_rooms_capacity", "trg_rooms_note"),
    "timetable_entries": (
        "trg_timetable_entries_instants", "trg_timetable_entries_note", "trg_timetable_entries_dates",
        "trg_timetable_entries_times",
    ),
    "waitlist_entries": (
        "trg_waitlist_entries_new", "trg_waitlist_entries_guard", "trg_waitlist_entries_no_delete",
        "trg_waitlist_entries_no_truncate", "trg_waitlist_entries_instants", "trg_waitlist_entries_note",
    ),
    "waitlist_messages": (
        "trg_waitlist_messages_append_only", "trg_waitlist_messages_no_truncate",
        "trg_waitlist_messages_instants", "trg_waitlist_messages_note",
    ),
    "check_ins": ("trg_check_ins_new", "trg_check_ins_no_update", "trg_check_ins_undo", "trg_check_ins_instants", "trg_check_ins_note"),
    "courses": ("trg_courses_capacity",),
}


def _pg_function(name: str, body: str, declare: str = "") -> None:
    op.execute(
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"{'DECLARE ' + declare if declare else ''} BEGIN {body} END $$"
    )


def _pg_trigger(
    name: str, timing: str, table: str, function: str, when: str = "", *, statement: bool = False
) -> None:
    condition = f"WHEN ({when}) " if when else ""
    each = "STATEMENT" if statement else "ROW"
    op.execute(f"CREATE TRIGGER {name} {timing} ON {table} FOR EACH {each} "
               f"{condition}EXECUTE FUNCTION {function}")


def _pg_refuse_if(condition: str, marker: str, errcode: str = "") -> str:
    using = f" USING ERRCODE = '{errcode}'" if errcode else ""
    return f"IF {condition} THEN RAISE EXCEPTION '{marker}'{using}; END IF;"


def _pg_bookings_exclusion(*, with_classes: bool) -> None:
    places_out = " AND occurrence_id IS NULL" if with_classes else ""
    op.execute(
        f"ALTER TABLE bookings ADD CONSTRAINT ex_bookings_coach_no_overlap "
        f"EXCLUDE USING gist (coach_id WITH =, tstzrange(start_at, busy_until, '[)') WITH &&) "
        f"WHERE (status IN {ACTIVE}{places_out})"
    )


# The coach's row, locked as the services lock it (schedule.py): a private booking and a class
# of one coach written at once take turns here, so each sees the other before it is saved.
_LOCK_COACH = "PERFORM 1 FROM coaches WHERE id = NEW.coach_id FOR NO KEY UPDATE;"


def _postgresql_guards() -> None:
    op.execute("ALTER TABLE bookings DROP CONSTRAINT ex_bookings_coach_no_overlap")
    _pg_bookings_exclusion(with_classes=True)
    op.execute(
        "ALTER TABLE occurrences ADD CONSTRAINT ex_occurrences_coach_no_overlap "
        "EXCLUDE USING gist (coach_id WITH =, tstzrange(start_at, busy_until, '[)') WITH &&) "
        "WHERE (status = 'scheduled')"
    )
    op.execute(
        "ALTER TABLE occurrences ADD CONSTRAINT ex_occurrences_room_no_overlap "
        "EXCLUDE USING gist (room_id WITH =, tstzrange(start_at, end_at, '[)') WITH &&) "
        "WHERE (status = 'scheduled' AND room_id IS NOT NULL)"
    )
    _pg_function(
        "studio_desk_bookings_class_clear",
        _LOCK_COACH + _pg_refuse_if(_class_overlaps("NEW"), SLOT_MESSAGE, "23P01") + " RETURN NEW;",
    )
    # Only a change that can create an overlap is looked at (as 0001's SQLite triggers do): a
    # booking becoming active, or an active one moving in time or to another coach.
    private = f"NEW.status IN {ACTIVE} AND NEW.occurrence_id IS NULL"
    _pg_trigger("trg_bookings_class_clear", "BEFORE INSERT", "bookings", "studio_desk_bookings_class_clear()",
                private)
    _pg_trigger("trg_bookings_class_clear_update", "BEFORE UPDATE OF coach_id, start_at, busy_until, status",
                "bookings", "studio_desk_bookings_class_clear()",
                f"{private} AND (OLD.status NOT IN {ACTIVE} OR NEW.coach_id IS DISTINCT FROM OLD.coach_id "
                "OR NEW.start_at IS DISTINCT FROM OLD.start_at OR NEW.busy_until IS DISTINCT FROM OLD.busy_until)")
    _pg_function(
        "studio_desk_occurrences_coach_clear",
        _LOCK_COACH + _pg_refuse_if(_private_overlaps("NEW"), SLOT_MESSAGE, "23P01") + " RETURN NEW;",
    )
    _pg_trigger("trg_occurrences_coach_clear", "BEFORE INSERT", "occurrences",
                "studio_desk_occurrences_coach_clear()", "NEW.status = 'scheduled'")
    _pg_trigger("trg_occurrences_coach_clear_update", "BEFORE UPDATE OF coach_id, start_at, busy_until, status",
                "occurrences", "studio_desk_occurrences_coach_clear()",
                "NEW.status = 'scheduled' AND (OLD.status <> 'scheduled' OR NEW.coach_id IS DISTINCT FROM "
                "OLD.coach_id OR NEW.start_at IS DISTINCT FROM OLD.start_at "
                "OR NEW.busy_until IS DISTINCT FROM OLD.busy_until)")
    _pg_function("studio_desk_occurrences_room",
                 _pg_refuse_if(_too_big_for_room("NEW"), ROOM_CAPACITY_MESSAGE) + " RETURN NEW;")
    _pg_trigger("trg_occurrences_room", "BEFORE INSERT OR UPDATE OF room_id, capacity", "occurrences",
                "studio_desk_occurrences_room()", "NEW.room_id IS NOT NULL")
    _pg_function(
        "studio_desk_rooms_capacity",
        _pg_refuse_if("EXISTS (SELECT 1 FROM occurrences WHERE occurrences.room_id = NEW.id "
                      "AND status = 'scheduled' AND end_at > now() AND capacity > NEW.capacity)",
                      ROOM_CAPACITY_MESSAGE) + " RETURN NEW;",
    )
    _pg_trigger("trg_rooms_capacity", "BEFORE UPDATE OF capacity", "rooms", "studio_desk_rooms_capacity()")
    _pg_function(
        "studio_desk_occurrences_new",
        _pg_refuse_if("NEW.active_places <> 0 OR NEW.status <> 'scheduled' OR NEW.canceled_at IS NOT NULL",
                      OCCURRENCE_MESSAGE) + " RETURN NEW;",
    )
    _pg_trigger("trg_occurrences_new", "BEFORE INSERT", "occurrences", "studio_desk_occurrences_new()")
    fixed = " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in (*_OCCURRENCE_FIXED, "id"))
    _pg_function(
        "studio_desk_occurrences_guard",
        _pg_refuse_if(f"{fixed} OR (OLD.status = 'canceled' AND NEW.status <> 'canceled')", OCCURRENCE_MESSAGE)
        + _pg_refuse_if(f"NEW.active_places IS DISTINCT FROM {_ACTIVE_PLACES_OF.format(row='NEW')}",
                        COUNTERS_MESSAGE)
        + " RETURN NEW;",
    )
    _pg_trigger("trg_occurrences_guard", "BEFORE UPDATE", "occurrences", "studio_desk_occurrences_guard()")
    for table, marker in (("occurrences", OCCURRENCE_MESSAGE), ("waitlist_entries", WAITLIST_MESSAGE)):
        _pg_trigger(f"trg_{table}_no_delete", "BEFORE DELETE", table, f"studio_desk_refuse('{marker}')")
        _pg_trigger(f"trg_{table}_no_truncate", "BEFORE TRUNCATE", table, f"studio_desk_refuse('{marker}')",
                    statement=True)
    _pg_function(
        "studio_desk_bookings_place_new",
        _pg_refuse_if(f"NOT EXISTS (SELECT 1 FROM occurrences AS occurrence WHERE occurrence.id = NEW.occurrence_id "
                      f"AND occurrence.status = 'scheduled' AND {_PLACE_FITS})", PLACE_MESSAGE) + " RETURN NEW;",
    )
    _pg_trigger("trg_bookings_place_new", "BEFORE INSERT", "bookings", "studio_desk_bookings_place_new()",
                "NEW.occurrence_id IS NOT NULL")
    _pg_function(
        "studio_desk_bookings_place_moved",
        _pg_refuse_if(
            "NEW.occurrence_id IS DISTINCT FROM OLD.occurrence_id "
            "OR NEW.waitlist_entry_id IS DISTINCT FROM OLD.waitlist_entry_id "
            "OR (NEW.occurrence_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM occurrences AS occurrence "
            f"WHERE occurrence.id = NEW.occurrence_id AND {_PLACE_FITS}))", PLACE_MESSAGE) + " RETURN NEW;",
    )
    _pg_trigger("trg_bookings_place_moved",
                "BEFORE UPDATE OF occurrence_id, waitlist_entry_id, coach_id, course_id, start_at, end_at",
                "bookings", "studio_desk_bookings_place_moved()")
    _pg_function("studio_desk_bookings_place_counted",
                 "UPDATE occurrences SET active_places = active_places + 1 WHERE id = NEW.occurrence_id; "
                 "RETURN NULL;")
    _pg_trigger("trg_bookings_place_counted", "AFTER INSERT", "bookings", "studio_desk_bookings_place_counted()",
                f"NEW.occurrence_id IS NOT NULL AND NEW.status IN {ACTIVE}")
    _pg_function("studio_desk_bookings_place_freed",
                 "UPDATE occurrences SET active_places = active_places - 1 WHERE id = NEW.occurrence_id; "
                 "RETURN NULL;")
    _pg_trigger("trg_bookings_place_freed", "AFTER UPDATE OF status", "bookings",
                "studio_desk_bookings_place_freed()",
                f"NEW.occurrence_id IS NOT NULL AND OLD.status IN {ACTIVE} AND NEW.status NOT IN {ACTIVE}")
    # The entry's row lock: of two desks promoting one entry, the second waits, then finds it
    # promoted (and the unique index on waitlist_entry_id would refuse it anyway).
    _pg_function(
        "studio_desk_bookings_promoted",
        "UPDATE waitlist_entries SET status = 'promoted', changed_at = NEW.created_at "
        "WHERE id = NEW.waitlist_entry_id AND status = 'waiting' AND occurrence_id = NEW.occurrence_id "
        "AND client_id = NEW.client_id; " + _pg_refuse_if("NOT FOUND", WAITLIST_MESSAGE) + " RETURN NULL;",
    )
    _pg_trigger("trg_bookings_promoted", "AFTER INSERT", "bookings", "studio_desk_bookings_promoted()",
                "NEW.waitlist_entry_id IS NOT NULL")
    _pg_function("studio_desk_waitlist_entries_new",
                 _pg_refuse_if("NEW.status <> 'waiting' OR NEW.changed_at IS NOT NULL", WAITLIST_MESSAGE)
                 + " RETURN NEW;")
    _pg_trigger("trg_waitlist_entries_new", "BEFORE INSERT", "waitlist_entries", "studio_desk_waitlist_entries_new()")
    fixed = " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in (*_WAITLIST_FIXED, "id"))
    _pg_function("studio_desk_waitlist_entries_guard",
                 _pg_refuse_if(f"{fixed} OR NOT coalesce({_WAITLIST_MOVE_ALLOWED}, false)", WAITLIST_MESSAGE)
                 + " RETURN NEW;")
    _pg_trigger("trg_waitlist_entries_guard", "BEFORE UPDATE", "waitlist_entries",
                "studio_desk_waitlist_entries_guard()")
    _pg_trigger("trg_waitlist_messages_append_only", "BEFORE UPDATE OR DELETE", "waitlist_messages",
                "studio_desk_append_only()")
    _pg_trigger("trg_waitlist_messages_no_truncate", "BEFORE TRUNCATE", "waitlist_messages",
                "studio_desk_append_only()", statement=True)
    _pg_function("studio_desk_check_ins_new",
                 _pg_refuse_if(f"NOT {_CHECKED_IN_PLACE}", CHECK_IN_MESSAGE) + " RETURN NEW;")
    _pg_trigger("trg_check_ins_new", "BEFORE INSERT", "check_ins", "studio_desk_check_ins_new()")
    _pg_trigger("trg_check_ins_no_update", "BEFORE UPDATE", "check_ins", f"studio_desk_refuse('{CHECK_IN_MESSAGE}')")
    _pg_function(
        "studio_desk_check_ins_undo",
        _pg_refuse_if(f"NOT EXISTS (SELECT 1 FROM bookings WHERE bookings.id = OLD.booking_id "
                      f"AND bookings.status IN {ACTIVE})", CHECK_IN_MESSAGE) + " RETURN OLD;",
    )
    _pg_trigger("trg_check_ins_undo", "BEFORE DELETE", "check_ins", "studio_desk_check_ins_undo()")
    _pg_function("studio_desk_courses_capacity",
                 _pg_refuse_if("NEW.capacity < 1 OR NEW.capacity > 1000", CAPACITY_MESSAGE) + " RETURN NEW;")
    _pg_trigger("trg_courses_capacity", "BEFORE INSERT OR UPDATE OF capacity", "courses",
                "studio_desk_courses_capacity()")
    # 0014's studio_desk_dates() and studio_desk_times() take the columns as arguments.
    for kind, tables in (("dates", DATES), ("times", TIMES)):
        for table, columns in tables.items():
            arguments = ", ".join(f"'{column}'" for column in columns)
            _pg_trigger(f"trg_{table}_{kind}", f"BEFORE INSERT OR UPDATE OF {', '.join(columns)}", table,
                        f"studio_desk_{kind}({arguments})")
    _pg_trigger("trg_bookings_hold_instants", "BEFORE INSERT OR UPDATE OF hold_until", "bookings",
                "studio_desk_instants('hold_until')")
    for table, columns in INSTANTS.items():
        arguments = ", ".join(f"'{column}'" for column in columns)
        _pg_trigger(f"trg_{table}_instants", "BEFORE INSERT OR UPDATE", table,
                    f"studio_desk_instants({arguments})")
    for table, noted in NOTED_AS.items():
        _pg_trigger(f"trg_{table}_note", "AFTER INSERT OR UPDATE OR DELETE", table,
                    f"studio_desk_note_table('{noted}')")
