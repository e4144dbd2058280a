"""Desks in separate processes take payments while another closes the till again and again, on
SQLite and PostgreSQL: afterwards every payment is in exactly one closing, and the closings'
reports add up to all the money taken."""

from __future__ import annotations

import json
import time
from collections import Counter

import pytest
from sqlalchemy import text

from studio_desk import services
from studio_desk.services import Database
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.till_race import CLOSER, DeskClock, pay_while_closing

PAYING_DESKS = 4
PAYMENTS_PER_DESK = 12
CLOSINGS = 15
pytestmark = pytest.mark.slow


def _pending_bookings(db: Database, studio: Studio) -> list[tuple[int, ...]]:
    """PAYING_DESKS lists of pending bookings, on both coaches' free hours."""
    made: list[int] = []
    for day in ("2025-10-27", "2025-10-28", "2025-10-29"):
        for course in (studio.yoga, studio.hiit):
            for hour in range(7, 21):
                made.append(services.create_booking(
                    db, studio.desk, client_id=studio.john, course_id=course, date=day,
                    start_time=f"{hour:02d}:00",
                ).id)
    needed = PAYING_DESKS * PAYMENTS_PER_DESK
    assert len(made) >= needed
    return [tuple(made[desk:needed:PAYING_DESKS]) for desk in range(PAYING_DESKS)]


@pytest.mark.parametrize("clocks", ["standing", "ticking"])
def test_every_payment_taken_while_the_till_closes_is_in_exactly_one_closing(
    db: Database, studio: Studio, clock: SettableClock, clocks: str
) -> None:
    bookings = _pending_bookings(db, studio)
    url = db.url.render_as_string(hide_password=False)
    # Ticking (a minute a second, so that a write often spans a change of second): a payment
    # may be dated before a closing that commits first; the database refuses it as dated into
    # the closed period and the desk pays again, with a fresh time.
    desk_clock = DeskClock(clock(), time.time() if clocks == "ticking" else None, pace=60)
    outcomes = pay_while_closing(url, desk_clock, studio.desk, bookings, CLOSINGS)

    assert [o for o in outcomes if o not in ("paid", CLOSER)] == []
    assert Counter(outcomes) == {"paid": PAYING_DESKS * PAYMENTS_PER_DESK, CLOSER: CLOSINGS}
    last = services.close_till(db, studio.desk, counted_cash=0)  # whatever came after the race
    assert last.count is not None

    with db.engine.connect() as connection:
        payments = {row.id: row.amount for row in connection.execute(text("SELECT id, amount FROM payments"))}
        links = connection.execute(text("SELECT payment_id, closing_id FROM closing_payments")).all()
        reports = connection.execute(text("SELECT id, report FROM day_closings")).all()
    assert len(payments) == PAYING_DESKS * PAYMENTS_PER_DESK
    assert sorted(payment for payment, _ in links) == sorted(payments), "each payment in one closing"
    # Each closing's kept report is exactly the payments it linked.
    linked_sum: Counter[int] = Counter()
    for payment, closing in links:
        linked_sum[closing] += payments[payment]
    for closing, report in reports:
        assert sum(m["taken"] - m["refunded"] for m in json.loads(report)["methods"]) == linked_sum[closing]
    assert sum(linked_sum.values()) == sum(payments.values())
    assert len(reports) == CLOSINGS + 1
    assert len(linked_sum) >= 2, "the payments of the two halves are in different closings"
