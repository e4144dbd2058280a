"""Closing a day's takings: the day_closings table, and payments made append-only in the database.

A payment or refund line is never edited or deleted: a correction is a new line on the day it is
made. The services never do either; these triggers make sure no other program does.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

APPEND_ONLY_MESSAGE = "studio_desk.payments_append_only"


def upgrade() -> None:
    op.create_table(
        "day_closings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("closed_by_id", sa.Integer(), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counted_cash", sa.BigInteger(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.UniqueConstraint("day", name="uq_day_closings_day"),
    )
    if op.get_bind().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER trg_payments_append_only_{event.lower()} BEFORE {event} ON payments "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
            )
    else:
        op.execute(
            f"""
            CREATE FUNCTION studio_desk_payments_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}';
            END
            $$
            """
        )
        op.execute(
            "CREATE TRIGGER trg_payments_append_only BEFORE UPDATE OR DELETE ON payments "
            "FOR EACH ROW EXECUTE FUNCTION studio_desk_payments_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_payments_append_only_update")
        op.execute("DROP TRIGGER IF EXISTS trg_payments_append_only_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_payments_append_only ON payments")
        op.execute("DROP FUNCTION IF EXISTS studio_desk_payments_append_only()")
    op.drop_table("day_closings")
