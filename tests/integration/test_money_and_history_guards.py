"""The database itself keeps the money, the history and the till's closings as written, and
refuses money dated into a closed till period, on SQLite and PostgreSQL, whoever writes: plain
SQL is refused, and the desk's own flows go on working around the guards."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

import pytest
from sqlalchemy import exc, inspect, text

from studio_desk import services
from studio_desk.services import BookingStatus, Database, PaymentMethod
from studio_desk.services.database_refusals import (
    APPEND_ONLY_MESSAGE,
    CLOSED_PERIOD_MESSAGE,
    INSTANT_MESSAGE,
    refusal_of,
)
from tests.support.builders import booking_in
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio

S = BookingStatus
DAY = dt.date(2025, 10, 24)
APPEND_ONLY = (
    "payments", "status_changes", "day_closings", "closing_payments", "cash_movements",
    "closing_cash_movements",
)


def at(hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour, minute, second), tzinfo=JAKARTA)


def instant(db: Database, moment: dt.datetime) -> object:
    """`moment` as plain SQL writes it: UTC text of the desk's format on SQLite."""
    utc = moment.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%d %H:%M:%S}" if db.backend == "sqlite" else utc


@dataclass(frozen=True)
class ClosedTill:
    booking: int  # paid in cash at 09:00, counted by the closing
    closed_at: dt.datetime


@pytest.fixture
def closed_till(db: Database, studio: Studio, clock: SettableClock) -> ClosedTill:
    """A float, a paid booking, a pay-out and a refund, all counted by a closing at 13:00: a row
    in every append-only table."""
    clock.set(at(8))
    services.record_float(db, studio.desk, 100_000)
    clock.set(at(9))
    paid = booking_in(db, studio, clock, S.PAID, date="2025-10-27", start="09:00")
    refunded = booking_in(db, studio, clock, S.PAID, date="2025-10-27", start="11:00")
    services.record_payout(db, studio.desk, 20_000, "Milk for the café")
    services.cancel_booking(
        db, studio.desk, refunded.id, reason="Ill", refund=services.Refund(50_000, PaymentMethod.CASH)
    )
    clock.set(at(13))
    closing = services.close_till(db, studio.desk, counted_cash=330_000)
    assert closing.difference == 0
    return ClosedTill(paid.id, at(13))


def rows(db: Database, table: str) -> list[tuple[object, ...]]:
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]


@pytest.mark.parametrize("table", APPEND_ONLY)
@pytest.mark.parametrize("statement", ["UPDATE {table} SET {column} = {column}", "DELETE FROM {table}"])
def test_plain_sql_cannot_change_or_remove_a_row(
    db: Database, closed_till: ClosedTill, table: str, statement: str
) -> None:
    before = rows(db, table)
    assert before, "the fixture wrote a row of every table"
    column = {"closing_payments": "closing_id", "closing_cash_movements": "closing_id"}.get(table, "id")
    with pytest.raises(exc.DBAPIError, match=f"studio_desk.{table}_append_only"), db.engine.begin() as c:
        c.execute(text(statement.format(table=table, column=column)))
    assert rows(db, table) == before


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite has no TRUNCATE
@pytest.mark.parametrize("table", [*APPEND_ONLY, "bookings"])
def test_truncate_is_refused_on_postgresql(db: Database, closed_till: ClosedTill, table: str) -> None:
    # TRUNCATE fires no row trigger; CASCADE would take the append-only tables with `bookings`.
    before = {name: rows(db, name) for name in APPEND_ONLY}
    with pytest.raises(exc.DBAPIError, match="_append_only"), db.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {table} CASCADE"))
    assert {name: rows(db, name) for name in APPEND_ONLY} == before


def test_the_history_of_a_booking_cannot_be_rewritten(db: Database, closed_till: ClosedTill) -> None:
    # Not even before any closing: the history is append-only from the first line.
    statements = (
        "UPDATE status_changes SET reason = 'nothing happened' WHERE booking_id = :b",
        "DELETE FROM status_changes WHERE booking_id = :b",
    )
    before = rows(db, "status_changes")
    for statement in statements:
        with pytest.raises(exc.DBAPIError, match="status_changes_append_only"), db.engine.begin() as c:
            c.execute(text(statement), {"b": closed_till.booking})
    assert rows(db, "status_changes") == before


@pytest.mark.parametrize("backend", ["sqlite"])  # PostgreSQL always enforces foreign keys
def test_a_booking_with_history_stays_even_where_foreign_keys_are_off(
    db: Database, closed_till: ClosedTill
) -> None:
    # SQLite leaves foreign keys off unless a program turns them on, as a database tool may.
    assert db.url.database
    connection = sqlite3.connect(db.url.database)
    try:
        assert connection.execute("PRAGMA foreign_keys").fetchone() == (0,)
        with pytest.raises(sqlite3.IntegrityError, match="studio_desk.booking_has_history"):
            connection.execute("DELETE FROM bookings WHERE id = ?", (closed_till.booking,))
    finally:
        connection.close()
    assert services.get_booking(db, closed_till.booking).id == closed_till.booking


def _insert_payment(db: Database, booking: int, taken_at: dt.datetime) -> None:
    with db.engine.begin() as connection:
        # As a program that knows the schema would: a line takes its receipt number (0009).
        connection.execute(text("UPDATE receipt_counters SET last_number = last_number + 1"))
        connection.execute(
            text(
                "INSERT INTO payments (booking_id, amount, method, taken_at, receipt_number)"
                " VALUES (:b, 999, 'cash', :t, (SELECT last_number FROM receipt_counters))"
            ),
            {"b": booking, "t": instant(db, taken_at)},
        )


def _insert_pay_out(db: Database, recorded_at: dt.datetime) -> None:
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cash_movements (kind, amount, reason, recorded_at)"
                " VALUES ('payout', 5, 'x', :t)"
            ),
            {"t": instant(db, recorded_at)},
        )


@pytest.mark.parametrize("taken_at", [at(10), at(12, 59, 59), at(8, 0, 0) - dt.timedelta(days=300)])
def test_no_payment_is_dated_into_a_closed_period(
    db: Database, closed_till: ClosedTill, taken_at: dt.datetime
) -> None:
    payments, counter = rows(db, "payments"), rows(db, "receipt_counters")
    with pytest.raises(exc.DBAPIError, match="studio_desk.closed_period"):
        _insert_payment(db, closed_till.booking, taken_at)
    with pytest.raises(exc.DBAPIError, match="studio_desk.closed_period"):
        _insert_pay_out(db, taken_at)
    assert (rows(db, "payments"), rows(db, "receipt_counters")) == (payments, counter)


def test_money_from_the_closings_second_on_belongs_to_the_next_closing(
    db: Database, studio: Studio, clock: SettableClock, closed_till: ClosedTill
) -> None:
    # Instants are kept to the second: a line of the closing's own second may have been taken
    # just after it, so it is let in, and the next closing counts it.
    _insert_payment(db, closed_till.booking, closed_till.closed_at)
    _insert_payment(db, closed_till.booking, at(14))
    _insert_pay_out(db, at(14))
    clock.set(at(15))
    evening = services.close_till(db, studio.desk, counted_cash=0)
    assert evening.count is not None and evening.expected_cash == 2 * 999 - 5


# SQLite needs no such test: a desk's write transaction holds the write lock from its first
# statement (BEGIN IMMEDIATE), before it reads the clock, so no closing can commit inside it.
@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_closing_that_commits_while_a_payment_is_written_sends_it_to_the_next_closing(
    db: Database, studio: Studio, clock: SettableClock, closed_till: ClosedTill
) -> None:
    """The desk dated a payment 14:00:00; before it wrote it, another desk closed the till at
    14:00:01. The database refuses the line as dated into the closed period; the desk tries
    again with a fresh time, and the payment belongs to the next closing."""
    clock.set(at(13, 30))
    booking = booking_in(db, studio, clock, S.PENDING, date="2025-10-27", start="13:00").id
    other_desk = Database.open(db.url, migrate=False, clock=lambda: at(14, 0, 1).astimezone(dt.UTC))
    raced: list[dt.datetime] = []

    def racing_clock() -> dt.datetime:
        if not raced:
            raced.append(at(14))
            services.close_till(other_desk, studio.desk, counted_cash=0)  # commits at once
            return at(14).astimezone(dt.UTC)
        return at(14, 0, 2).astimezone(dt.UTC)

    db.clock = racing_clock
    try:
        receipt = services.mark_paid(db, studio.desk, booking, method="cash")
    finally:
        other_desk.dispose()
    assert receipt.payment is not None and receipt.payment.taken_at == at(14, 0, 2)
    db.clock = lambda: at(15).astimezone(dt.UTC)
    last = services.close_till(db, studio.desk, counted_cash=studio.YOGA_PRICE)
    assert last.count is not None and last.difference == 0, "counted by the closing after the race"


def test_a_clock_behind_the_last_closing_is_told_and_nothing_is_saved(
    db: Database, studio: Studio, clock: SettableClock, closed_till: ClosedTill
) -> None:
    booking = booking_in(db, studio, clock, S.PENDING, date="2025-10-27", start="13:00").id
    before = {table: rows(db, table) for table in ("payments", "receipt_counters", "cash_movements")}
    clock.set(at(12, 58))  # this computer's clock is behind the desk that closed at 13:00
    with pytest.raises(services.ValidationError) as refused:
        services.mark_paid(db, studio.desk, booking, method="cash")
    assert refused.value.template == CLOSED_PERIOD_MESSAGE
    assert refused.value.fields == {"closed": at(13)}, "the closing's time shows which clock is off"
    assert "last closed at 24 Oct 2025 13:00" in str(refused.value)
    with pytest.raises(services.ValidationError, match="later than the time on this computer"):
        services.record_payout(db, studio.desk, 10_000, "Ice")
    assert services.get_booking(db, booking).status is S.PENDING
    assert {table: rows(db, table) for table in before} == before


def test_a_refusal_of_the_databases_guards_is_a_sentence(db: Database, closed_till: ClosedTill) -> None:
    with pytest.raises(exc.DBAPIError) as refused, db.engine.begin() as connection:
        connection.execute(text("DELETE FROM day_closings"))
    told = refusal_of(refused.value, db)
    assert isinstance(told, services.ValidationError) and told.template == APPEND_ONLY_MESSAGE
    with pytest.raises(exc.DBAPIError) as refused, db.engine.begin() as connection:
        junk = "2025-10-24T08:00:00" if db.backend == "sqlite" else "infinity"
        connection.execute(text("UPDATE staff SET locked_until = :junk"), {"junk": junk})
    told = refusal_of(refused.value, db)
    assert isinstance(told, services.ValidationError) and told.template == INSTANT_MESSAGE


def test_the_desks_own_flows_work_after_a_closing(
    db: Database, studio: Studio, clock: SettableClock, closed_till: ClosedTill
) -> None:
    """Merging clients, refunds, no-shows and receipts never update or delete a guarded row."""
    clock.set(at(14))
    janes = booking_in(db, studio, clock, S.PAID, date="2025-10-28", start="10:00", client=studio.jane)
    services.cancel_booking(
        db, studio.desk, janes.id, reason="Moved", refund=services.Refund(50_000, PaymentMethod.CASH)
    )
    history = {table: rows(db, table) for table in ("payments", "status_changes")}
    services.merge_clients(db, studio.admin, studio.john, studio.jane)
    merged = services.client_history(db, studio.john)
    assert janes.id in {b.id for b in merged.bookings}
    assert {table: rows(db, table) for table in history} == history, "moved with their bookings"

    clock.set(dt.datetime(2025, 10, 27, 10, 30, tzinfo=JAKARTA))  # after the 09:00 session
    services.record_no_show(db, studio.admin, closed_till.booking)
    details = services.booking_details(db, closed_till.booking)
    assert details.booking.no_show and details.payments
    assert services.reprint_receipt(db, studio.desk, closed_till.booking).number is not None
    closing = services.close_till(db, studio.desk, counted_cash=150_000 - 50_000)
    assert closing.difference == 0


# REPLACE and upserts ----------------------------------------------------------------------------
# On SQLite a REPLACE conflict deletes the row it replaces without firing its DELETE triggers,
# so each append-only table refuses any new row whose key is already there (0014). PostgreSQL
# has no REPLACE; its upsert updates, and the UPDATE triggers refuse that.


@dataclass(frozen=True)
class Rewrite:
    """A new row for `table` made of the row with the smallest (or largest) `key`, with
    `changes` (SQL; None leaves the column out, so the database picks a new id)."""

    table: str
    key: str
    changes: dict[str, str | None]
    refused_as: str
    pick: str = "min"
    prelude: str = ""


_NEXT_RECEIPT = "UPDATE receipt_counters SET last_number = last_number + 1"
REWRITES = {
    # The review's payment: a counted line turned into Rp 1 by card, under a fresh receipt number.
    "payment": Rewrite(
        "payments", "id",
        {"amount": "1", "method": "'card'", "taken_at": ":later",
         "receipt_number": "(SELECT last_number FROM receipt_counters)"},
        "studio_desk.payments_append_only", prelude=_NEXT_RECEIPT,
    ),
    # A new line under the last receipt number (the one the counter gives now) replaces that line.
    "receipt number": Rewrite(
        "payments", "receipt_number",
        {"id": None, "amount": "1", "method": "'card'", "taken_at": ":later"},
        "studio_desk.payments_append_only", pick="max",
    ),
    "history": Rewrite(
        "status_changes", "id", {"reason": "'rewritten'"}, "studio_desk.status_changes_append_only"
    ),
    "closing": Rewrite(
        "day_closings", "id", {"counted_cash": "1", "report": "'{}'"}, "studio_desk.day_closings_append_only"
    ),
    "payment counted": Rewrite(
        "closing_payments", "payment_id", {"closing_id": "(SELECT max(id) FROM day_closings)"},
        "studio_desk.closing_payments_append_only",
    ),
    "cash movement": Rewrite(
        "cash_movements", "id", {"amount": "1", "recorded_at": ":later"},
        "studio_desk.cash_movements_append_only",
    ),
    "cash movement counted": Rewrite(
        "closing_cash_movements", "movement_id", {"closing_id": "(SELECT max(id) FROM day_closings)"},
        "studio_desk.closing_cash_movements_append_only",
    ),
    "receipt counter": Rewrite(
        "receipt_counters", "id", {"last_number": "0"}, "studio_desk.receipt_counter_steps_by_one"
    ),
    # Not append-only, but its history and payments keep it (0012); PostgreSQL's upsert of a
    # booking is an update, which the desk makes too.
    "booking with history": Rewrite("bookings", "id", {"price": "1"}, "studio_desk.booking_has_history"),
}
SQLITE_FORMS = {
    "REPLACE": "REPLACE INTO {table} ({columns}) {select}",
    "INSERT OR REPLACE": "INSERT OR REPLACE INTO {table} ({columns}) {select}",
    "INSERT OR IGNORE": "INSERT OR IGNORE INTO {table} ({columns}) {select}",
    "UPSERT": "INSERT INTO {table} ({columns}) {select} ON CONFLICT ({key}) DO UPDATE SET {set}",
    "UPSERT DO NOTHING": "INSERT INTO {table} ({columns}) {select} ON CONFLICT DO NOTHING",
}
GUARDED = (*APPEND_ONLY, "receipt_counters", "bookings")


def _statement(db: Database, rewrite: Rewrite, form: str) -> str:
    columns = [column["name"] for column in inspect(db.engine).get_columns(rewrite.table)
               if rewrite.changes.get(column["name"], column["name"]) is not None]
    values = [rewrite.changes.get(column) or column for column in columns]
    # SQLite reads ON CONFLICT after a SELECT only when the SELECT has a WHERE.
    select = (
        f"SELECT {', '.join(values)} FROM {rewrite.table} "
        f"WHERE {rewrite.key} = (SELECT {rewrite.pick}({rewrite.key}) FROM {rewrite.table})"
    )
    updated = next(column for column in rewrite.changes if column != rewrite.key and rewrite.changes[column])
    return SQLITE_FORMS[form].format(
        table=rewrite.table, columns=", ".join(columns), select=select, key=rewrite.key,
        set=f"{updated} = excluded.{updated}",
    )




@pytest.fixture
def two_closings(db: Database, studio: Studio, clock: SettableClock, closed_till: ClosedTill) -> ClosedTill:
    """The closed till, and a second closing at 13:30 for a link to be moved to."""
    clock.set(at(13, 30))
    services.close_till(db, studio.desk, counted_cash=0)
    return closed_till


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("form", SQLITE_FORMS)
@pytest.mark.parametrize("rewrite", REWRITES.values(), ids=REWRITES.keys())
def test_sqlite_refuses_replace_and_upserts_on_every_guarded_table(
    db: Database, two_closings: ClosedTill, rewrite: Rewrite, form: str
) -> None:
    before = {table: rows(db, table) for table in GUARDED}
    statement = text(_statement(db, rewrite, form))
    with pytest.raises(exc.IntegrityError, match=rewrite.refused_as), db.engine.begin() as connection:
        if rewrite.prelude:
            connection.execute(text(rewrite.prelude))
        connection.execute(statement, {"later": instant(db, at(14))})
    assert {table: rows(db, table) for table in GUARDED} == before


@pytest.mark.parametrize("backend", ["sqlite"])
def test_sqlite_refuses_replace_even_where_foreign_keys_are_off(
    db: Database, two_closings: ClosedTill
) -> None:
    # As the review's database tool did it: without the desk's PRAGMA foreign_keys=ON, REPLACE
    # met no foreign key either.
    assert db.url.database
    before = {table: rows(db, table) for table in GUARDED}
    statements = [(rewrite, _statement(db, rewrite, "REPLACE")) for rewrite in REWRITES.values()]
    connection = sqlite3.connect(db.url.database)
    try:
        for rewrite, statement in statements:
            with pytest.raises(sqlite3.IntegrityError, match=rewrite.refused_as), connection:
                if rewrite.prelude:
                    connection.execute(rewrite.prelude)
                connection.execute(statement, {"later": instant(db, at(14))})
    finally:
        connection.close()
    assert {table: rows(db, table) for table in GUARDED} == before


@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.parametrize(
    "rewrite", [r for r in REWRITES.values() if r.table != "bookings"],
    ids=[name for name, r in REWRITES.items() if r.table != "bookings"],
)
def test_postgresql_refuses_an_upsert_and_does_nothing_on_do_nothing(
    db: Database, two_closings: ClosedTill, rewrite: Rewrite
) -> None:
    """ON CONFLICT DO UPDATE fires the UPDATE triggers, which refuse; DO NOTHING changes nothing."""
    before = {table: rows(db, table) for table in GUARDED}
    upsert, do_nothing = (text(_statement(db, rewrite, form)) for form in ("UPSERT", "UPSERT DO NOTHING"))
    with pytest.raises(exc.DBAPIError, match=rewrite.refused_as), db.engine.begin() as connection:
        if rewrite.prelude:
            connection.execute(text(rewrite.prelude))
        connection.execute(upsert, {"later": instant(db, at(14))})
    assert {table: rows(db, table) for table in GUARDED} == before
    with db.engine.connect() as connection:
        if rewrite.prelude:
            connection.execute(text(rewrite.prelude))
        assert connection.execute(do_nothing, {"later": instant(db, at(14))}).rowcount == 0
        connection.rollback()  # the receipt number the prelude took goes back
    assert {table: rows(db, table) for table in GUARDED} == before


def test_a_replace_refused_is_told_as_a_sentence(db: Database, two_closings: ClosedTill) -> None:
    statement = text(_statement(db, REWRITES["closing"], "REPLACE" if db.backend == "sqlite" else "UPSERT"))
    with pytest.raises(exc.DBAPIError) as refused, db.engine.begin() as connection:
        connection.execute(statement)
    told = refusal_of(refused.value, db)
    assert isinstance(told, services.ValidationError) and told.template == APPEND_ONLY_MESSAGE
