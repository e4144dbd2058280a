"""A closing of the till and money being written at the same moment, by desks in separate
processes, one of them holding its transaction open just before COMMIT: whichever comes first,
the money is in exactly one closing and never dated before a closing that did not count it.

- Money in flight when the till closes: the closing waits for it and counts it.
- A closing in flight when money is written: the money waits for it, is refused as dated into
  the period just closed, and the desk writes it again with a fresh time; the next closing
  counts it.

On PostgreSQL that is migration 0015: the money's INSERT trigger takes a lock on day_closings
that conflicts with the closing's. On SQLite one writer at a time (BEGIN IMMEDIATE) gives it.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import exc, text

from studio_desk import services
from studio_desk.services import BookingStatus, Database
from tests.support.builders import booking_in
from tests.support.clock import JAKARTA, SettableClock
from tests.support.held_open import (
    CLOSING,
    MONEY,
    PAID_OUT,
    PAYMENT,
    PAYOUT,
    REFUND,
    REFUNDED,
    Write,
    close_elsewhere,
    do,
    hold_open,
)
from tests.support.studio import Studio

S = BookingStatus
DAY = dt.date(2025, 10, 24)
# The money is dated a second before the closing, and written again, on a refusal, after it.
MONEY_AT, CLOSED_AT, AGAIN_AT, LAST_CLOSED_AT = (
    dt.datetime.combine(DAY, dt.time(10, 0, second), tzinfo=JAKARTA) for second in (0, 1, 2, 3)
)
# The table each kind of money is written to.
TABLES = {PAYMENT: "payments", REFUND: "payments", PAYOUT: "cash_movements"}
# SQLite serialises writers by design; one kind shows it. PostgreSQL runs every kind.
KINDS = [
    *(pytest.param("postgresql", kind, marks=pytest.mark.pg) for kind in MONEY),
    ("sqlite", PAYMENT),
]


def url_of(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def booking_for(db: Database, studio: Studio, clock: SettableClock, kind: str) -> int | None:
    """A pending booking to pay, or a paid one to refund (paid at 09:00); none for a pay-out."""
    clock.set(dt.datetime.combine(DAY, dt.time(9), tzinfo=JAKARTA))
    if kind == PAYOUT:
        return None
    status = S.PENDING if kind == PAYMENT else S.PAID
    return booking_in(db, studio, clock, status, date="2025-10-27", start="10:00").id


def newest(db: Database, kind: str) -> tuple[int, dt.datetime]:
    """The id and the date (in Jakarta) of the newest line (or cash movement) of `kind`."""
    column = "recorded_at" if kind == PAYOUT else "taken_at"
    with db.engine.connect() as connection:
        row = connection.execute(
            text(f"SELECT id, {column} FROM {TABLES[kind]} ORDER BY id DESC LIMIT 1")
        ).one()
    stored = row[1]
    if not isinstance(stored, dt.datetime):  # SQLite: UTC text of the desk's format
        stored = dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC)
    return row[0], stored.astimezone(JAKARTA)


def counted_by(db: Database, kind: str, row_id: int) -> int | None:
    """The closing that counted the row, if one did."""
    link, column = (
        ("closing_cash_movements", "movement_id") if kind == PAYOUT else ("closing_payments", "payment_id")
    )
    with db.engine.connect() as connection:
        return connection.execute(
            text(f"SELECT closing_id FROM {link} WHERE {column} = :id"), {"id": row_id}
        ).scalar()


def dated_into_a_closed_period(db: Database) -> list[tuple[str, int]]:
    """Money dated before a closing that did not count it while an earlier one did not either
    (or none has counted it yet): a line the closed period missed. (A line of the closing's own
    second may be the next closing's: instants are kept to the second.)"""
    found: list[tuple[str, int]] = []
    with db.engine.connect() as connection:
        for table, column, link, key in (
            ("payments", "taken_at", "closing_payments", "payment_id"),
            ("cash_movements", "recorded_at", "closing_cash_movements", "movement_id"),
        ):
            rows = connection.execute(
                text(
                    f"SELECT m.id FROM {table} m LEFT JOIN {link} l ON l.{key} = m.id"
                    " WHERE EXISTS (SELECT 1 FROM day_closings c"
                    f" WHERE c.closed_at > m.{column} AND (l.closing_id IS NULL OR c.id < l.closing_id))"
                )
            )
            found += [(table, row.id) for row in rows]
    return found


def every_line_in_one_closing(db: Database) -> bool:
    with db.engine.connect() as connection:
        return bool(
            connection.execute(
                text(
                    "SELECT (SELECT count(*) FROM payments) = (SELECT count(*) FROM closing_payments)"
                    " AND (SELECT count(*) FROM cash_movements)"
                    " = (SELECT count(*) FROM closing_cash_movements)"
                )
            ).scalar()
        )


def close_last(db: Database, studio: Studio) -> int:
    """Whatever came after the race, closed, so that every line is in a closing."""
    db.clock = lambda: LAST_CLOSED_AT.astimezone(dt.UTC)
    return services.close_till(db, studio.desk, counted_cash=0).id


@pytest.mark.parametrize(("backend", "kind"), KINDS)
def test_a_closing_waits_for_money_being_written_and_counts_it(
    db: Database, studio: Studio, clock: SettableClock, kind: str
) -> None:
    booking = booking_for(db, studio, clock, kind)
    money = hold_open(Write(kind, url_of(db), studio.desk, MONEY_AT, booking))
    money.wait_until_holding()  # written, dated 10:00:00, not committed

    clock.set(CLOSED_AT)
    closing = services.close_till(db, studio.desk, counted_cash=0)
    closed_at = time.time()
    assert money.outcome() == "done"

    row, dated = newest(db, kind)
    assert dated == MONEY_AT
    assert counted_by(db, kind, row) == closing.id, "the closing waited for the money and counted it"
    assert closing.count is not None
    if kind == PAYOUT:
        assert closing.count.paid_out == PAID_OUT
    else:
        assert sum(m.refunded for m in closing.count.methods) == (REFUNDED if kind == REFUND else 0)
    assert closed_at >= money.hold_ends.value, "the closing waited for the money's commit"
    close_last(db, studio)
    assert dated_into_a_closed_period(db) == []
    assert every_line_in_one_closing(db)


@pytest.mark.parametrize(("backend", "kind"), KINDS)
def test_money_written_while_a_closing_commits_is_dated_again_for_the_next_closing(
    db: Database, studio: Studio, clock: SettableClock, kind: str
) -> None:
    booking = booking_for(db, studio, clock, kind)
    closing = hold_open(Write(CLOSING, url_of(db), studio.desk, CLOSED_AT))
    closing.wait_until_holding()  # locked, counted and written at 10:00:01, not committed

    # This desk's clock says 10:00:00 until the closing has committed, and 10:00:02 after.
    db.clock = lambda: (AGAIN_AT if closing.committed.is_set() else MONEY_AT).astimezone(dt.UTC)
    do(db, Write(kind, url_of(db), studio.desk, MONEY_AT, booking))
    closed = closing.outcome()
    assert isinstance(closed, int), closed

    row, dated = newest(db, kind)
    assert dated == AGAIN_AT, "refused as dated into the closed period, and written again"
    assert counted_by(db, kind, row) is None, "the closing had counted before the money came"
    last = close_last(db, studio)
    assert counted_by(db, kind, row) == last
    assert dated_into_a_closed_period(db) == []
    assert every_line_in_one_closing(db)


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.pg)])
def test_the_reviewers_sequence_ends_with_the_payment_counted(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    """A inserts a payment (and a pay-out) at 10:00:00 by plain SQL and does not commit; B, the
    desk, closes the till at 10:00:01; A commits. B waits for A and counts both."""
    booking = booking_for(db, studio, clock, PAYMENT)
    seen_waiting = False
    with db.engine.connect() as a:
        a.begin()
        a.execute(text("UPDATE receipt_counters SET last_number = last_number + 1"))
        payment = a.execute(
            text(
                "INSERT INTO payments (booking_id, amount, method, taken_by_id, taken_at, receipt_number)"
                " VALUES (:b, 999, 'cash', :staff, :t, (SELECT last_number FROM receipt_counters))"
                " RETURNING id"
            ),
            {"b": booking, "staff": studio.desk.staff_id, "t": MONEY_AT},
        ).scalar_one()
        movement = a.execute(
            text(
                "INSERT INTO cash_movements (kind, amount, reason, recorded_at)"
                " VALUES ('payout', 5, 'x', :t) RETURNING id"
            ),
            {"t": MONEY_AT},
        ).scalar_one()
        b, results = close_elsewhere(url_of(db), studio.desk, CLOSED_AT)
        deadline = time.monotonic() + 30
        with db.engine.connect() as watcher:
            while b.is_alive() and time.monotonic() < deadline and not seen_waiting:
                seen_waiting = bool(
                    watcher.execute(
                        text(
                            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            " AND wait_event_type = 'Lock' AND query LIKE 'LOCK TABLE day_closings%'"
                        )
                    ).scalar()
                )
                watcher.rollback()
                time.sleep(0.02)
        a.commit()
    closed = results.get(timeout=60)
    b.join(timeout=30)
    assert isinstance(closed, int), closed

    assert counted_by(db, PAYMENT, payment) == closed
    assert counted_by(db, PAYOUT, movement) == closed
    assert dated_into_a_closed_period(db) == []
    assert seen_waiting, "the closing waited on its lock for A to commit"


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.pg)])
@pytest.mark.parametrize("isolation", ["REPEATABLE READ", "SERIALIZABLE"])
def test_money_is_refused_from_a_transaction_that_would_not_see_a_new_closing(
    db: Database, studio: Studio, clock: SettableClock, isolation: str
) -> None:
    """Such a transaction keeps the snapshot of its first statement, so the closed-period check
    could miss a closing committed since: a program writing money must use READ COMMITTED."""
    booking = booking_for(db, studio, clock, PAYMENT)
    other_program = db.engine.execution_options(isolation_level=isolation)
    with (
        pytest.raises(exc.DBAPIError, match="studio_desk.money_needs_read_committed"),
        other_program.begin() as connection,
    ):
        connection.execute(
            text(
                "INSERT INTO cash_movements (kind, amount, reason, recorded_at)"
                " VALUES ('payout', 5, 'x', :t)"
            ),
            {"t": MONEY_AT},
        )
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM cash_movements")).scalar() == 0
    receipt = services.mark_paid(db, studio.desk, booking, method="cash")  # in READ COMMITTED
    assert receipt.payment is not None
