"""Words kept with a booking (a history line's reason, a problem with the web platform) also as
their template and fields, in JSON, so each desk shows them in its own language: "Moved from
25 Okt 2025 10:00" in Indonesian, the same line in English.

`status_changes.reason` and `bookings.sync_problem` keep the English sentence, for whoever reads
the tables directly. Lines written before this revision have no JSON and are shown as written.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("status_changes", sa.Column("reason_words", sa.Text(), nullable=True))
    op.add_column("bookings", sa.Column("sync_problem_words", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("bookings", "sync_problem_words")
    op.drop_column("status_changes", "reason_words")
