"""The till closes several times a day: closings stop being one per day, each closing links the
payment lines and cash movements it counted, and float and pay-outs are recorded.

- `day_closings.day` is no longer unique (SQLite cannot drop a UNIQUE of its CREATE TABLE, so the
  table is rebuilt, and its change-notice triggers of 0006 made again; it holds no trigger of
  anything else and no table refers to it yet).
- `closing_payments` / `closing_cash_movements`: the primary key on the payment (movement) makes
  "counted by at most one closing" a database fact, on both backends.
- `cash_movements`: an opening float or a pay-out, counted by the next closing.
- Closings, their links and cash movements are append-only by trigger, as payments are (0004).

Payment lines of days closed before this revision are linked to their day's closing, so that no
closing after the upgrade counts them again.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import datetime as dt
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

APPEND_ONLY = ("day_closings", "closing_payments", "cash_movements", "closing_cash_movements")
# Notes of 0006's journal/channel: a cash movement changes the till as a closing does.
NOTED_AS = {"day_closings": "day_closings", "cash_movements": "day_closings"}
CHANNEL = "studio_desk_changes"
KINDS = ("float", "payout")
SQLITE_INSTANT = "%Y-%m-%d %H:%M:%S"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _rebuild_sqlite_closings(unique_day=False)
    else:
        op.drop_constraint("uq_day_closings_day", "day_closings", type_="unique")
    op.create_index("ix_day_closings_day", "day_closings", ["day"])
    op.create_table(
        "closing_payments",
        sa.Column("payment_id", sa.Integer(),
                  _fk("closing_payments", "payment_id", "payments"), nullable=False),
        sa.Column("closing_id", sa.Integer(),
                  _fk("closing_payments", "closing_id", "day_closings"), nullable=False),
        sa.PrimaryKeyConstraint("payment_id", name="pk_closing_payments"),
    )
    op.create_index("ix_closing_payments_closing_id", "closing_payments", ["closing_id"])
    op.create_table(
        "cash_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(*KINDS, name="cash_movement_kind", native_enum=False, create_constraint=True, length=6),
            nullable=False,
        ),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(),
                  _fk("cash_movements", "recorded_by_id", "staff"), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_cash_movements"),
        sa.CheckConstraint("amount > 0", name="amount_positive"),
    )
    op.create_table(
        "closing_cash_movements",
        sa.Column("movement_id", sa.Integer(),
                  _fk("closing_cash_movements", "movement_id", "cash_movements"), nullable=False),
        sa.Column("closing_id", sa.Integer(),
                  _fk("closing_cash_movements", "closing_id", "day_closings"), nullable=False),
        sa.PrimaryKeyConstraint("movement_id", name="pk_closing_cash_movements"),
    )
    op.create_index("ix_closing_cash_movements_closing_id", "closing_cash_movements", ["closing_id"])
    _link_closed_days(sqlite)
    if sqlite:
        _sqlite_triggers()
    else:
        _postgresql_triggers()


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in APPEND_ONLY:
        if sqlite:
            for event in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_append_only_{event}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_append_only ON {table}")
    if sqlite:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_cash_movements_note_{event}")
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_cash_movements_note ON cash_movements")
        op.execute("DROP FUNCTION IF EXISTS studio_desk_note_cash_movements()")
        op.execute("DROP FUNCTION IF EXISTS studio_desk_append_only()")
    op.drop_table("closing_cash_movements")
    op.drop_table("cash_movements")
    op.drop_table("closing_payments")
    op.drop_index("ix_day_closings_day", "day_closings")
    # A day closed twice keeps its first closing: the old schema has room for one.
    op.execute("DELETE FROM day_closings WHERE id NOT IN (SELECT min(id) FROM day_closings GROUP BY day)")
    if sqlite:
        _rebuild_sqlite_closings(unique_day=True)
    else:
        op.create_unique_constraint("uq_day_closings_day", "day_closings", ["day"])


def _fk(table: str, column: str, target: str) -> sa.ForeignKey:
    """A foreign key to `target`.id, named as the models' naming convention names it."""
    return sa.ForeignKey(f"{target}.id", name=f"fk_{table}_{column}_{target}")


def _rebuild_sqlite_closings(*, unique_day: bool) -> None:
    unique = ", CONSTRAINT uq_day_closings_day UNIQUE (day)" if unique_day else ""
    op.execute(
        f"""
        CREATE TABLE day_closings_rebuilt (
            id INTEGER NOT NULL,
            day DATE NOT NULL,
            closed_by_id INTEGER,
            closed_at DATETIME NOT NULL,
            counted_cash BIGINT NOT NULL,
            report TEXT NOT NULL,
            CONSTRAINT pk_day_closings PRIMARY KEY (id),
            CONSTRAINT fk_day_closings_closed_by_id_staff
                FOREIGN KEY(closed_by_id) REFERENCES staff (id){unique}
        )
        """
    )
    op.execute(
        "INSERT INTO day_closings_rebuilt "
        "SELECT id, day, closed_by_id, closed_at, counted_cash, report FROM day_closings"
    )
    op.execute("DROP TABLE day_closings")  # its triggers go with it
    op.execute("ALTER TABLE day_closings_rebuilt RENAME TO day_closings")
    _sqlite_notes("day_closings")


def _sqlite_notes(table: str) -> None:
    """0006's journal notes for a table whose notes carry no facts but the table."""
    for event in ("insert", "update", "delete"):
        op.execute(
            f"CREATE TRIGGER trg_{table}_note_{event} AFTER {event.upper()} ON {table} "
            f"BEGIN INSERT INTO change_notices (table_name) VALUES ('{NOTED_AS[table]}'); END"
        )


def _sqlite_triggers() -> None:
    _sqlite_notes("cash_movements")
    for table in APPEND_ONLY:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER trg_{table}_append_only_{event.lower()} BEFORE {event} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'studio_desk.{table}_append_only'); END"
            )


def _postgresql_triggers() -> None:
    op.execute(
        f"""
        CREATE FUNCTION studio_desk_note_cash_movements() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', json_build_object(
                't', 'day_closings', 'a', current_setting('application_name'))::text);
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER trg_cash_movements_note AFTER INSERT OR UPDATE OR DELETE ON cash_movements "
        "FOR EACH ROW EXECUTE FUNCTION studio_desk_note_cash_movements()"
    )
    op.execute(
        """
        CREATE FUNCTION studio_desk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'studio_desk.%_append_only', TG_TABLE_NAME;
        END
        $$
        """
    )
    for table in APPEND_ONLY:
        op.execute(
            f"CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION studio_desk_append_only()"
        )


def _link_closed_days(sqlite: bool) -> None:
    """Each closing made before this revision counted its whole local day: link those lines."""
    connection = op.get_bind()
    zone_name = connection.execute(
        sa.text("SELECT value FROM studio_settings WHERE key = 'timezone'")
    ).scalar()
    try:
        zone = ZoneInfo(zone_name or "Asia/Jakarta")
    except (ValueError, KeyError, OSError):
        zone = ZoneInfo("Asia/Jakarta")
    for closing_id, day in connection.execute(sa.text("SELECT id, day FROM day_closings")).all():
        local_day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])
        bounds = [
            dt.datetime.combine(local_day + dt.timedelta(days=n), dt.time(), tzinfo=zone)
            .astimezone(dt.UTC)
            for n in (0, 1)
        ]
        start, end = (b.strftime(SQLITE_INSTANT) for b in bounds) if sqlite else bounds
        connection.execute(
            sa.text(
                "INSERT INTO closing_payments (payment_id, closing_id) SELECT id, :closing FROM payments "
                "WHERE taken_at >= :start AND taken_at < :end"
            ),
            {"closing": closing_id, "start": start, "end": end},
        )
