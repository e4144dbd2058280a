"""PostgreSQL: money being written and a closing of the till wait for each other, so no line is
dated into a period a closing closed without counting it.

0012's check (a line dated before the latest closing is refused) read max(closed_at) when the
line was inserted. Under READ COMMITTED that missed a closing in flight: desk A inserts a
payment at 10:00:00 and has not committed; desk B locks day_closings, counts what is committed
(not A's payment), writes its closing at 10:00:01 and commits; A commits. The payment was then
dated inside the closed period, and the closing that closed it had not counted it.

Now the check first takes LOCK TABLE day_closings IN ROW EXCLUSIVE MODE. The desk's closing
holds SHARE ROW EXCLUSIVE from before it counts until it commits (services/money/till.py), and
the two modes conflict (money does not block money, nor readers):
- Money in flight when a closing starts: the closing waits until the money commits (or rolls
  back), then counts it, reading with a statement after its lock.
- A closing in flight when money is inserted: the insert waits until the closing commits, then
  reads max(closed_at) with a fresh snapshot (each statement of a VOLATILE plpgsql function
  takes one under READ COMMITTED), sees the closing, and refuses a line dated before it; the
  desk writes the line again with a fresh time (services/unit_of_work.py).
Either way a line is counted by the first closing after it, never skipped by one dated after it.
No deadlock: a closing takes its lock before it writes anything, and then waits for no row a
money transaction holds (it reads, inserts its own rows, and its foreign keys key-share only
the staff row and the lines it counts, which nothing locks); so money waiting for a closing
(holding the receipt counter's and the booking's rows) never waits in a circle. A role that
writes money needs INSERT on day_closings for the lock (the desk's role closes the till too).

A fresh snapshot is READ COMMITTED's: a REPEATABLE READ or SERIALIZABLE transaction keeps the
one of its first statement, and would miss a closing that committed since. Such a transaction
is refused money (the desk writes in READ COMMITTED, PostgreSQL's default, so never meets it).

SQLite needs nothing: one writer at a time. The desk begins every write with BEGIN IMMEDIATE,
and any writer holds the one write lock from its first write to its commit, reading the newest
data (WAL refuses a write from an older snapshot). So a closing counts every line committed
before it, and a line inserted after it sees it in the check of 0012.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

CLOSED_PERIOD_MESSAGE = "studio_desk.closed_period"
READ_COMMITTED_MESSAGE = "studio_desk.money_needs_read_committed"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    # Same name and arguments: 0012's triggers on payments and cash_movements call it as they are.
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION studio_desk_closed_period() RETURNS trigger
        LANGUAGE plpgsql VOLATILE AS $$
        BEGIN
            IF current_setting('transaction_isolation') <> 'read committed' THEN
                RAISE EXCEPTION '{READ_COMMITTED_MESSAGE}'
                    USING HINT = 'Write payments and cash movements in READ COMMITTED transactions, '
                                 'so that the closed-period check sees every closing of the till.';
            END IF;
            -- Conflicts with the closing's SHARE ROW EXCLUSIVE: waits for a closing in flight,
            -- and keeps the next closing waiting until this transaction ends.
            LOCK TABLE day_closings IN ROW EXCLUSIVE MODE;
            IF (to_jsonb(NEW) ->> TG_ARGV[0])::timestamptz < (SELECT max(closed_at) FROM day_closings) THEN
                RAISE EXCEPTION '{CLOSED_PERIOD_MESSAGE}';
            END IF;
            RETURN NEW;
        END
        $$
        """
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION studio_desk_closed_period() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF (to_jsonb(NEW) ->> TG_ARGV[0])::timestamptz < (SELECT max(closed_at) FROM day_closings) THEN
                RAISE EXCEPTION '{CLOSED_PERIOD_MESSAGE}';
            END IF;
            RETURN NEW;
        END
        $$
        """
    )
