"""A refund line keeps why it went back by a method that did not take the money.

`payments.method_reason` is an admin's reason for refunding by another method than the ones
that took the money on the booking (a cash payment given back by bank transfer); NULL on every
other line. A CHECK keeps it off payments (money in). On SQLite the column comes with its CHECK
in one ALTER TABLE ADD COLUMN, so the table is not rebuilt (a rebuild would drop its triggers).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_CHECK = "ck_payments_method_reason_only_on_refunds"
_RULE = "method_reason IS NULL OR amount < 0"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE payments ADD COLUMN method_reason TEXT CONSTRAINT {_CHECK} CHECK ({_RULE})")
        return
    op.add_column("payments", sa.Column("method_reason", sa.Text(), nullable=True))
    op.create_check_constraint(op.f(_CHECK), "payments", _RULE)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f(_CHECK), "payments", type_="check")
    # SQLite drops a column together with its own CHECK.
    op.drop_column("payments", "method_reason")
