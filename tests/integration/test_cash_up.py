"""The day's cash-up against payments and refunds made through the services, and closing a day."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from studio_desk import services
from studio_desk.services import BookingStatus, Database, Forbidden, PaymentMethod, ValidationError
from tests.support.builders import booking_in
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio

S = BookingStatus
DAY_ONE, DAY_TWO = dt.date(2025, 10, 24), dt.date(2025, 10, 25)


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=JAKARTA)


def totals(cash_up: services.CashUp) -> dict[str, tuple[int, int, int, int]]:
    return {
        m.method.value: (m.taken, m.refunded, m.payments, m.refunds)
        for m in cash_up.methods
        if m.payments or m.refunds
    }


@pytest.fixture
def two_days(db: Database, studio: Studio, clock: SettableClock) -> dict[str, int]:
    """Day one: yoga paid cash, pilates by QRIS, a yoga with a discount in cash. Day two: the
    first yoga refunded in full (cash), the pilates in part (QRIS), and one more cash payment."""
    clock.set(at(DAY_ONE, 9))
    yoga = booking_in(db, studio, clock, S.PAID, date="2025-10-27", start="09:00")
    pilates = services.create_booking(
        db,
        studio.desk,
        client_id=studio.jane,
        course_id=studio.pilates,
        date="2025-10-27",
        start_time="11:00",
    )
    services.mark_paid(db, studio.desk, pilates.id, method="qris", reference="QR-1")
    discounted = services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.yoga, date="2025-10-27", start_time="13:00"
    )
    services.mark_paid(db, studio.desk, discounted.id, method="cash", amount="100.000")
    clock.set(at(DAY_TWO, 10))
    services.cancel_booking(
        db, studio.desk, yoga.id, reason="Ill", refund=services.Refund(150_000, PaymentMethod.CASH)
    )
    services.cancel_booking(
        db,
        studio.desk,
        pilates.id,
        reason="Moved away",
        refund=services.Refund(50_000, PaymentMethod.QRIS, "QR-R1"),
    )
    booking_in(db, studio, clock, S.PAID, date="2025-10-28", start="09:00")
    return {"yoga": yoga.id, "pilates": pilates.id}


def test_each_day_counts_its_own_payments_and_refunds_by_method(
    db: Database, studio: Studio, two_days: dict[str, int]
) -> None:
    first = services.cash_up(db, studio.admin, DAY_ONE)
    assert totals(first) == {"cash": (250_000, 0, 2, 0), "qris": (200_000, 0, 1, 0)}
    assert (first.taken, first.refunded, first.net, first.expected_cash) == (450_000, 0, 450_000, 250_000)
    assert first.till is None, "only today has a till to count"

    # The refund of day one's payment belongs to day two, the day the money went back.
    second = services.cash_up(db, studio.admin, "2025-10-25")
    assert totals(second) == {"cash": (150_000, 150_000, 1, 1), "qris": (0, 50_000, 0, 1)}
    assert second.net == -50_000
    assert [m.method for m in second.methods] == list(services.METHOD_ORDER)
    # The till was never closed: it holds day one's cash as well as today's.
    assert second.till is not None and second.expected_cash == 250_000


def test_the_counted_cash_gives_the_difference(
    db: Database, studio: Studio, two_days: dict[str, int]
) -> None:
    first = services.cash_up(db, studio.admin, DAY_ONE)
    assert services.cash_difference(first, "245.000") == -5_000
    assert str(services.describe_difference(-5_000, "IDR")) == "The till is Rp 5,000 short."
    assert str(services.describe_difference(2_000, "IDR")) == "The till is Rp 2,000 over."
    assert (
        str(services.describe_difference(services.cash_difference(first, 250000), "IDR"))
        == "The till matches."
    )
    with pytest.raises(ValidationError, match="counted cash"):
        services.cash_difference(first, "two hundred")


def test_closing_the_till_records_who_and_counts_everything_not_counted_yet(
    db: Database, studio: Studio, clock: SettableClock, two_days: dict[str, int]
) -> None:
    clock.set(at(DAY_TWO, 20))
    closed = services.close_day(db, studio.desk, DAY_TWO, counted_cash="251.000")
    assert closed.closing is not None and closed.closings == (closed.closing,)
    assert (closed.closing.closed_by, closed.closing.counted_cash, closed.closing.difference) == (
        studio.desk.name,
        251_000,
        1_000,
    )
    assert closed.closing.closed_at == at(DAY_TWO, 20)
    assert closed.closing.expected_cash == 250_000
    assert closed.till is not None and closed.till.expected_cash == 0, "the next closing starts empty"

    # Money is still taken after a closing; it belongs to the next one.
    pending = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.hiit, date="2025-10-29", start_time="10:00"
    )
    services.mark_paid(db, studio.desk, pending.id, method="cash")
    assert services.cash_up(db, studio.admin, DAY_TWO).expected_cash == 175_000

    with pytest.raises(Forbidden, match="front desk"):
        services.close_day(db, studio.coach_a_actor, DAY_TWO, counted_cash=0)
    with pytest.raises(ValidationError, match="only today"):
        services.close_day(db, studio.admin, "2025-10-26", counted_cash=0)
    with pytest.raises(ValidationError, match="only today"):
        services.close_day(db, studio.admin, DAY_ONE, counted_cash=0)


def test_a_closings_report_never_changes_even_if_rows_are_written_behind_the_desks_back(
    db: Database, studio: Studio, clock: SettableClock, two_days: dict[str, int]
) -> None:
    clock.set(at(DAY_TWO, 21))
    closed = services.close_day(db, studio.admin, counted_cash=250_000)
    assert closed.closing is not None and closed.closing.difference == 0
    with db.engine.begin() as connection:
        # As a program that knows the schema would: a line takes its receipt number (0009), and
        # is dated after the closing (one dated before it is refused: test_money_and_history_guards).
        connection.execute(text("UPDATE receipt_counters SET last_number = last_number + 1"))
        connection.execute(
            text(
                "INSERT INTO payments (booking_id, amount, method, taken_at, receipt_number)"
                " VALUES (:b, 999, 'cash', :t, (SELECT last_number FROM receipt_counters))"
            ),
            {
                "b": two_days["yoga"],
                "t": "2025-10-25 15:00:00" if db.backend == "sqlite" else at(DAY_TWO, 22),
            },
        )
    again = services.cash_up(db, studio.admin, DAY_TWO)
    assert again.closings == closed.closings
    assert again.till is not None and again.till.expected_cash == 999, "the next closing counts it"


def test_payment_lines_are_never_edited_or_deleted(db: Database, two_days: dict[str, int]) -> None:
    for statement in ("UPDATE payments SET amount = 1", "DELETE FROM payments"):
        with pytest.raises(DBAPIError, match="payments_append_only"), db.engine.begin() as connection:
            connection.execute(text(statement))


def test_takings_by_day_agree_with_each_days_cash_up(
    db: Database, studio: Studio, two_days: dict[str, int]
) -> None:
    days = services.takings_by_day(db, studio.admin, "2025-10-23", "2025-10-26")
    assert [d.day for d in days] == [dt.date(2025, 10, 23) + dt.timedelta(days=n) for n in range(4)]
    for day in days:
        cash_up = services.cash_up(db, studio.admin, day.day)
        assert day.by_method == {m.method: m.net for m in cash_up.methods}
    assert [d.total for d in days] == [0, 450_000, -50_000, 0]
