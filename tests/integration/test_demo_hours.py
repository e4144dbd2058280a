"""The demo studio's hours are weekly patterns, with one holiday and one coach's day off, and
every active demo booking lies inside its coach's hours."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.models import CreditKind, CreditLine, Fee, FeeState, Pack, RuleEvent, RuleOutcome
from studio_desk.services import Database, ExceptionKind
from tests.support.clock import SettableClock


def test_the_demo_has_patterns_a_holiday_and_time_off(empty_database_url: URL, clock: SettableClock) -> None:
    db = Database.open(empty_database_url, clock=clock)
    try:
        services.load_demo(db)
        today = services.studio_today(db)
        coaches = {coach.name: coach.id for coach in services.list_coaches(db)}
        for coach in coaches.values():
            (pattern,) = services.weekly_hours(db, coach)
            assert pattern.on(6) == () and len(pattern.on(0)) == 2  # closed on Sundays, split days
            assert services.bookings_outside(db, coach, today - dt.timedelta(days=14)) == ()
        (holiday,) = services.list_holidays(db, today)
        assert all(coach.hours == () for coach in services.day_schedule(db, holiday.day).coaches)
        (off,) = services.hours_exceptions(db, coaches["Sari Wulandari"], today)
        assert off.kind is ExceptionKind.TIME_OFF and off.start is None
        far_monday = today + dt.timedelta(days=200 - today.weekday() + 7)
        assert services.week_schedule(db, coaches["Andi Pratama"], far_monday).days[0].hours
    finally:
        db.dispose()


def test_the_demo_sells_packs_and_leaves_a_late_cancel_and_a_no_show_fee(
    empty_database_url: URL, clock: SettableClock
) -> None:
    db = Database.open(empty_database_url, clock=clock)
    try:
        services.load_demo(db)
        with db.engine.connect() as connection:
            packs = connection.execute(select(Pack.name, Pack.balance)).all()
            forfeited = connection.scalar(select(func.count()).where(CreditLine.kind == CreditKind.FORFEITED))
            fees = connection.execute(select(Fee.cause, Fee.amount, Fee.state)).all()
            outcomes = set(connection.scalars(select(RuleOutcome.event)))
    finally:
        db.dispose()
    assert {name for name, _ in packs} == {"10 Sesi Bebas", "Member Bulanan", "5 Sesi Pilates"}
    assert forfeited == 1
    assert [tuple(fee) for fee in fees] == [(RuleEvent.NO_SHOW, 100_000, FeeState.OWED)]
    assert outcomes == {RuleEvent.LATE_CANCEL, RuleEvent.NO_SHOW}
