"""Hours that hold for as far ahead as anyone looks: weekly patterns, time off and holidays.

- `weekly_windows`: a coach's weekly pattern, valid from a date until their next pattern. The
  windows of one pattern and weekday never overlap: a trigger on SQLite, an exclusion
  constraint on PostgreSQL (the services refuse first, with a sentence).
- `absences`: a coach's time off, a whole local day or hours of it.
- `holidays`: days the whole studio is closed.
- `availabilities` stay as they are and now mean extra hours on a date, so an old database
  keeps every hour it had.

The new tables note their changes like the others (migration 0006), as hours.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NOTICES = importlib.import_module("studio_desk.migrations.versions.0006_scoped_change_notices")
OVERLAP_MESSAGE = "studio_desk.weekly_windows_overlap"
EXCLUSION = "ex_weekly_windows_no_overlap"
# A pattern's note carries its coach but no day: it may change any day from valid_from on.
FACTS: dict[str, dict[str, str]] = {
    "weekly_windows": {"coach_id": "{row}.coach_id"},
    "absences": {"coach_id": "{row}.coach_id", "day": "{row}.date"},
    "holidays": {"day": "{row}.date"},
}


def upgrade() -> None:
    op.create_table(
        "weekly_windows",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("coach_id", sa.Integer(), sa.ForeignKey("coaches.id"), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.CheckConstraint("end_time > start_time", name=op.f("ck_weekly_windows_end_after_start")),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_weekly_windows_weekday_in_week")),
    )
    op.create_index("ix_weekly_windows_coach_id_valid_from", "weekly_windows", ["coach_id", "valid_from"])
    op.create_table(
        "absences",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("coach_id", sa.Integer(), sa.ForeignKey("coaches.id"), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.CheckConstraint(
            "(start_time IS NULL AND end_time IS NULL) OR end_time > start_time",
            name=op.f("ck_absences_whole_day_or_hours"),
        ),
    )
    op.create_index("ix_absences_coach_id_date", "absences", ["coach_id", "date"])
    op.create_table(
        "holidays",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.UniqueConstraint("date", name=op.f("uq_holidays_date")),
    )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_guard_and_notes()
    else:
        _postgresql_guard_and_notes()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for event in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_weekly_windows_no_overlap_{event}")
    else:
        for table in FACTS:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_note ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS studio_desk_note_{table}()")
    # Dropping a table drops its SQLite triggers with it.
    for table in ("holidays", "absences", "weekly_windows"):
        op.drop_table(table)


def _sqlite_guard_and_notes() -> None:
    # Times are text of one fixed format (SQLAlchemy's), so they compare as text.
    for event in ("insert", "update"):
        op.execute(
            f"""
            CREATE TRIGGER trg_weekly_windows_no_overlap_{event} BEFORE {event.upper()} ON weekly_windows
            WHEN EXISTS (
                SELECT 1 FROM weekly_windows AS other
                WHERE other.coach_id = NEW.coach_id AND other.valid_from = NEW.valid_from
                  AND other.weekday = NEW.weekday AND other.id IS NOT NEW.id
                  AND other.start_time < NEW.end_time AND NEW.start_time < other.end_time
            )
            BEGIN SELECT RAISE(ABORT, '{OVERLAP_MESSAGE}'); END
            """
        )
    for table, facts in FACTS.items():
        for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            columns = {"table_name": f"'{table}'"}
            columns.update({name: NOTICES._sqlite_fact(name, sql, row) for name, sql in facts.items()})
            if event == "update":
                columns.update(
                    {f"old_{name}": NOTICES._sqlite_fact(name, sql, "OLD") for name, sql in facts.items()}
                )
            op.execute(
                f"CREATE TRIGGER trg_{table}_note_{event} AFTER {event.upper()} ON {table} "
                f"BEGIN INSERT INTO {NOTICES.JOURNAL} ({', '.join(columns)}) "
                f"VALUES ({', '.join(columns.values())}); END"
            )


def _postgresql_guard_and_notes() -> None:
    # btree_gist (migration 0001) lets the equalities share the GiST index with the range.
    op.execute(
        f"ALTER TABLE weekly_windows ADD CONSTRAINT {EXCLUSION} EXCLUDE USING gist ("
        "coach_id WITH =, valid_from WITH =, weekday WITH =, "
        "tsrange(DATE '2000-01-03' + start_time, DATE '2000-01-03' + end_time) WITH &&)"
    )
    for table, facts in FACTS.items():
        moved = "ROW({}) IS DISTINCT FROM ROW({})".format(
            *(
                ", ".join(NOTICES._pg_fact(name, sql, row) for name, sql in facts.items())
                for row in ("OLD", "NEW")
            )
        )
        fields = [f"'t', '{table}'", "'a', current_setting('application_name')"]
        for name, sql in facts.items():
            new, old = NOTICES._pg_fact(name, sql, "NEW"), NOTICES._pg_fact(name, sql, "OLD")
            fields.append(
                f"'{NOTICES.PAYLOAD_KEYS[name]}', "
                f"CASE WHEN TG_OP = 'DELETE' THEN json_build_array({old}) "
                f"WHEN TG_OP = 'UPDATE' AND {moved} THEN json_build_array({old}, {new}) "
                f"ELSE json_build_array({new}) END"
            )
        op.execute(
            f"""
            CREATE FUNCTION studio_desk_note_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{NOTICES.CHANNEL}', json_build_object({", ".join(fields)})::text);
                RETURN NULL;
            END
            $$
            """
        )
        op.execute(
            f"CREATE TRIGGER trg_{table}_note AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION studio_desk_note_{table}()"
        )
