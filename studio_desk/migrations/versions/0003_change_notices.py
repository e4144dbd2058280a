"""PostgreSQL announces every change to the desk's data on the channel `studio_desk_changes`.

A statement-level trigger calls pg_notify in the changing transaction itself, so a notice goes
out exactly when the change commits, whichever program made it, at no extra round trip. Desks
LISTEN and refresh. SQLite needs nothing here: desks watch `PRAGMA data_version` instead.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CHANNEL = "studio_desk_changes"
# What the desk shows; not the outbox or the settings, which the sync writes every round.
TABLES = (
    "bookings", "payments", "status_changes", "clients", "courses", "coaches", "availabilities",
    "staff", "web_conflicts",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE FUNCTION studio_desk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END
        $$
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER trg_{table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION studio_desk_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS studio_desk_notify_change()")
