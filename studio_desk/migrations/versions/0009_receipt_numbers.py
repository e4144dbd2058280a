"""Receipt numbers without gaps: a one-row counter, and each payment or refund line's number.

A line takes the next number by `UPDATE receipt_counters ... RETURNING` in its own transaction
(services/money/receipt_numbers.py): the row lock makes two desks wait for each other, and a
line rolled back gives its number back. The database keeps the promise on both backends:

- a new payment line must carry the number the counter gives now (the one just taken);
- the counter only ever moves up by one, and its row cannot go;
- the numbers are unique.

Lines paid before this migration are numbered in the order they were taken.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

NUMBER_MESSAGE = "studio_desk.receipt_number_not_taken"
COUNTER_MESSAGE = "studio_desk.receipt_counter_steps_by_one"
# 0004's guard against editing a payment line, lifted for the numbering of the old lines only.
APPEND_ONLY_MESSAGE = "studio_desk.payments_append_only"
_CURRENT = "(SELECT last_number FROM receipt_counters WHERE id = 1)"


def upgrade() -> None:
    op.create_table(
        "receipt_counters",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("last_number", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_receipt_counters_one_row")),
        sa.CheckConstraint("last_number >= 0", name=op.f("ck_receipt_counters_last_number_not_negative")),
    )
    op.add_column("payments", sa.Column("receipt_number", sa.BigInteger(), nullable=True))
    # A unique index, not a constraint: SQLite adds no constraint to a table without rebuilding it.
    op.create_index("uq_payments_receipt_number", "payments", ["receipt_number"], unique=True)
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
    else:
        _postgresql_upgrade()


def _number_old_lines() -> None:
    op.execute(
        "UPDATE payments SET receipt_number = numbered.n FROM "
        "(SELECT id, row_number() OVER (ORDER BY id) AS n FROM payments) AS numbered "
        "WHERE numbered.id = payments.id"
    )
    op.execute("INSERT INTO receipt_counters (id, last_number) SELECT 1, count(*) FROM payments")


def _sqlite_upgrade() -> None:
    op.execute("DROP TRIGGER trg_payments_append_only_update")
    _number_old_lines()
    op.execute(
        "CREATE TRIGGER trg_payments_append_only_update BEFORE UPDATE ON payments "
        f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
    )
    op.execute(
        "CREATE TRIGGER trg_payments_receipt_number BEFORE INSERT ON payments "
        f"WHEN NEW.receipt_number IS NULL OR NEW.receipt_number IS NOT {_CURRENT} "
        f"BEGIN SELECT RAISE(ABORT, '{NUMBER_MESSAGE}'); END"
    )
    op.execute(
        "CREATE TRIGGER trg_receipt_counters_step BEFORE UPDATE ON receipt_counters "
        "WHEN NEW.id IS NOT OLD.id OR NEW.last_number IS NOT OLD.last_number + 1 "
        f"BEGIN SELECT RAISE(ABORT, '{COUNTER_MESSAGE}'); END"
    )
    # A second row is refused by the CHECK on id already.
    op.execute(
        "CREATE TRIGGER trg_receipt_counters_no_delete BEFORE DELETE ON receipt_counters "
        f"BEGIN SELECT RAISE(ABORT, '{COUNTER_MESSAGE}'); END"
    )


def _postgresql_upgrade() -> None:
    op.execute("ALTER TABLE payments DISABLE TRIGGER trg_payments_append_only")
    _number_old_lines()
    op.execute("ALTER TABLE payments ENABLE TRIGGER trg_payments_append_only")
    op.execute(
        f"""
        CREATE FUNCTION studio_desk_payments_receipt_number() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.receipt_number IS NULL OR NEW.receipt_number IS DISTINCT FROM {_CURRENT} THEN
                RAISE EXCEPTION '{NUMBER_MESSAGE}';
            END IF;
            RETURN NEW;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER trg_payments_receipt_number BEFORE INSERT ON payments "
        "FOR EACH ROW EXECUTE FUNCTION studio_desk_payments_receipt_number()"
    )
    op.execute(
        f"""
        CREATE FUNCTION studio_desk_receipt_counters_step() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'UPDATE' OR NEW.id IS DISTINCT FROM OLD.id
               OR NEW.last_number IS DISTINCT FROM OLD.last_number + 1 THEN
                RAISE EXCEPTION '{COUNTER_MESSAGE}';
            END IF;
            RETURN NEW;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER trg_receipt_counters_step BEFORE UPDATE OR DELETE ON receipt_counters "
        "FOR EACH ROW EXECUTE FUNCTION studio_desk_receipt_counters_step()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("trg_payments_receipt_number", "trg_receipt_counters_step",
                        "trg_receipt_counters_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.drop_index("uq_payments_receipt_number", table_name="payments")
        # DROP COLUMN in place (SQLite 3.35+), not a rebuild, which would lose the table's triggers.
        op.execute("ALTER TABLE payments DROP COLUMN receipt_number")
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_payments_receipt_number ON payments")
        op.execute("DROP FUNCTION IF EXISTS studio_desk_payments_receipt_number()")
        op.execute("DROP TRIGGER IF EXISTS trg_receipt_counters_step ON receipt_counters")
        op.execute("DROP FUNCTION IF EXISTS studio_desk_receipt_counters_step()")
        op.drop_index("uq_payments_receipt_number", table_name="payments")
        op.drop_column("payments", "receipt_number")
    op.drop_table("receipt_counters")
