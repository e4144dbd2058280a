"""Web sync: where each booking stands with the web platform, the coaches' web accounts, how
each outbox item ended, and web bookings that collide with the desk's.

The new columns carry no CHECK: SQLite adds one only by rebuilding the table, and rebuilding
`bookings` would drop its overlap triggers. Only the sync services write them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("bookings", sa.Column("sync_state", sa.String(8), nullable=True))
    op.add_column("bookings", sa.Column("sync_problem", sa.Text(), nullable=True))
    op.add_column("coaches", sa.Column("web_username", sa.String(150), nullable=True))
    op.add_column("outbox_items", sa.Column("outcome", sa.String(7), nullable=True))
    op.create_table(
        "web_conflicts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("remote_id", sa.BigInteger(), nullable=False),
        sa.Column("coach_id", sa.Integer(), sa.ForeignKey("coaches.id"), nullable=False),
        sa.Column("blocking_booking_id", sa.Integer(), sa.ForeignKey("bookings.id"), nullable=True),
        sa.Column("client_name", sa.String(120), nullable=False),
        sa.Column("course_title", sa.String(120), nullable=False),
        sa.Column("start_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("end_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("web_status", sa.String(16), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("remote_id", name="uq_web_conflicts_remote_id"),
    )
    op.create_index("ix_web_conflicts_blocking_booking_id", "web_conflicts", ["blocking_booking_id"])


def downgrade() -> None:
    op.drop_table("web_conflicts")
    op.drop_column("outbox_items", "outcome")
    op.drop_column("coaches", "web_username")
    op.drop_column("bookings", "sync_problem")
    op.drop_column("bookings", "sync_state")
