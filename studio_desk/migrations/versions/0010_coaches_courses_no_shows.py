"""Coaches get a calendar colour; bookings record a no-show.

`coaches.colour` is "#rrggbb" (NULL: the calendar picks one). `bookings.no_show` is true on a
`done` booking whose client never came. Both are added with ALTER TABLE ADD COLUMN: on SQLite
the bookings table is never rebuilt, since a rebuild would drop its overlap triggers.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("coaches", sa.Column("colour", sa.String(length=7), nullable=True))
    op.add_column(
        "bookings", sa.Column("no_show", sa.Boolean(), server_default=sa.false(), nullable=False)
    )


def downgrade() -> None:
    op.drop_column("bookings", "no_show")
    op.drop_column("coaches", "colour")
