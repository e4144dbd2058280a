"""The till closed several times a day, with a float and pay-outs: each closing counts what came
since the one before, and nothing counted can be changed afterwards."""

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
DAY = dt.date(2025, 10, 24)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=JAKARTA)


def test_a_day_closed_twice_counts_each_part_once_with_float_and_pay_outs(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    clock.set(at(8))
    services.record_float(db, studio.desk, "500.000")
    booking_in(db, studio, clock, S.PAID, date="2025-10-27", start="09:00")  # 150,000 cash
    services.record_payout(db, studio.desk, "20.000", "Milk for the café")
    clock.set(at(13))
    midday = services.close_till(db, studio.desk, counted_cash="630.000")
    assert midday.count is not None
    assert (midday.count.float_in, midday.count.paid_out, midday.expected_cash) == (500_000, 20_000, 630_000)
    assert midday.difference == 0

    # After the closing: a card payment, a cash payment and a cash refund, for the evening.
    clock.set(at(15))
    card = services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.pilates, date="2025-10-27",
        start_time="11:00",
    )
    services.mark_paid(db, studio.desk, card.id, method="card", reference="EDC-7")
    late = booking_in(db, studio, clock, S.PAID, date="2025-10-27", start="13:00")
    services.cancel_booking(
        db, studio.desk, late.id, reason="Ill", refund=services.Refund(50_000, PaymentMethod.CASH)
    )
    clock.set(at(21))
    evening = services.close_day(db, studio.admin, counted_cash="95.000")
    assert [c.closed_at for c in evening.closings] == [at(13), at(21)]
    last = evening.closings[-1]
    assert last.count is not None
    assert (last.count.float_in, last.count.paid_out) == (0, 0), "the float was counted at midday"
    assert last.expected_cash == 100_000  # 150,000 in, 50,000 back
    assert last.difference == -5_000 and last.closed_by == studio.admin.name
    # The day's takings are the whole day's, whatever the closings.
    assert (evening.taken, evening.refunded) == (500_000, 50_000)
    assert sum(c.count.methods[1].taken for c in evening.closings if c.count) == 200_000  # card
    assert evening.till is not None and evening.till.expected_cash == 0


def test_an_empty_till_can_be_closed_and_tomorrow_starts_from_the_last_closing(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    clock.set(at(9))
    empty = services.close_till(db, studio.desk, counted_cash=0)
    assert (empty.expected_cash, empty.difference) == (0, 0)
    booking_in(db, studio, clock, S.PAID, date="2025-10-27", start="09:00")
    tomorrow = DAY + dt.timedelta(days=1)
    clock.set(at(9, day=tomorrow))
    # Yesterday's cash was never counted: it is still in the drawer for today's first closing.
    assert services.cash_up(db, studio.admin, tomorrow).expected_cash == 150_000
    assert services.cash_up(db, studio.admin, tomorrow).closings == ()
    assert len(services.cash_up(db, studio.admin, DAY).closings) == 1


def test_float_and_pay_outs_are_checked_and_for_the_front_desk(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    clock.set(at(9))
    with pytest.raises(ValidationError, match="what the cash was taken out for"):
        services.record_payout(db, studio.desk, 10_000, "  ")
    with pytest.raises(ValidationError, match="pay-out must be a number"):
        services.record_payout(db, studio.desk, "ten", "Milk")
    with pytest.raises(ValidationError, match="float cannot be negative"):
        services.record_float(db, studio.desk, "-5.000")
    with pytest.raises(ValidationError, match="larger than nothing"):
        services.record_float(db, studio.desk, 0)
    with pytest.raises(Forbidden, match="Only the front desk can take money out of the till."):
        services.record_payout(db, studio.coach_a_actor, 10_000, "Milk")
    with pytest.raises(Forbidden, match="Only the front desk can put money in the till."):
        services.record_float(db, studio.coach_a_actor, 10_000)
    with pytest.raises(Forbidden):
        services.close_till(db, studio.coach_a_actor, counted_cash=0)
    assert services.cash_up(db, studio.admin, DAY).expected_cash == 0, "nothing half-written"


@pytest.mark.parametrize(
    "table", ["day_closings", "closing_payments", "cash_movements", "closing_cash_movements"]
)
def test_the_till_is_append_only_in_the_database(
    db: Database, studio: Studio, clock: SettableClock, table: str
) -> None:
    clock.set(at(9))
    services.record_float(db, studio.desk, 100_000)
    booking_in(db, studio, clock, S.PAID, date="2025-10-27", start="09:00")
    services.close_till(db, studio.desk, counted_cash=250_000)
    for statement in (f"UPDATE {table} SET closing_id = closing_id" if "closing_" in table
                      else f"UPDATE {table} SET id = id", f"DELETE FROM {table}"):
        with pytest.raises(DBAPIError, match=f"{table}_append_only"), db.engine.begin() as connection:
            connection.execute(text(statement))


def test_a_payment_line_is_counted_by_one_closing_at_most(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    clock.set(at(9))
    booking_in(db, studio, clock, S.PAID, date="2025-10-27", start="09:00")
    first = services.close_till(db, studio.desk, counted_cash=150_000)
    second = services.close_till(db, studio.desk, counted_cash=0)
    with pytest.raises(DBAPIError), db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO closing_payments (payment_id, closing_id) "
                "SELECT payment_id, :c FROM closing_payments"
            ),
            {"c": second.id},
        )
    assert first.id != second.id


def test_the_money_views_follow_the_roles(db: Database, studio: Studio, clock: SettableClock) -> None:
    clock.set(at(9))
    booking_in(db, studio, clock, S.PAID, date="2025-10-24", start="09:00")
    hiit = services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.hiit, date="2025-10-24", start_time="10:00"
    )
    services.mark_paid(db, studio.desk, hiit.id, method="cash")
    coach = studio.coach_a_actor

    # A coach: nothing of the studio's money, and their own report only.
    for call in (
        lambda: services.cash_up(db, coach, DAY),
        lambda: services.takings_by_day(db, coach, DAY, DAY),
    ):
        with pytest.raises(Forbidden, match="Only the front desk can see the studio's takings and the till."):
            call()
    with pytest.raises(Forbidden, match="Only an admin can export payments and bookings."):
        services.payment_lines(db, coach, DAY, DAY)
    own = services.coach_report(db, coach, DAY, DAY)
    assert [line.coach_id for line in own.coaches] == [studio.coach_a]
    assert own.total.sessions_done == own.coaches[0].sessions_done
    assert own.total.coach_id is None
    everyone = services.coach_report(db, studio.admin, DAY, DAY)
    assert {line.coach_id for line in everyone.coaches} == {studio.coach_a, studio.coach_b}
    assert services.may_see_coach_report(coach) and not services.may_see_takings(coach)
    assert not services.may_export(coach)

    # The front desk: the takings and the till, not the exports nor every coach's earnings.
    assert services.cash_up(db, studio.desk, DAY).taken == 325_000
    assert services.may_see_takings(studio.desk) and not services.may_export(studio.desk)
    with pytest.raises(Forbidden, match="Only an admin can export payments and bookings."):
        services.payment_lines(db, studio.desk, DAY, DAY)
    with pytest.raises(Forbidden, match="a coach sees their own"):
        services.coach_report(db, studio.desk, DAY, DAY)
    # Nobody signed in: nothing.
    with pytest.raises(Forbidden):
        services.cash_up(db, None, DAY)
    # The admin: everything.
    assert len(services.payment_lines(db, studio.admin, DAY, DAY)) == 2
    assert services.may_export(studio.admin) and services.may_see_takings(studio.admin)
