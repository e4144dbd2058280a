"""Desks in separate processes take payments at the same moment: the receipt numbers still run
1, 2, 3 ... without a gap or a number given twice, also where a desk lost a booking to another
after taking its number (and so gave it back by rolling back)."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import text

from studio_desk.services import BookingStatus, Database
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.race import CONFLICT, WON, pay_together
from tests.support.studio import Studio

DESKS = 4
pytestmark = pytest.mark.slow


def test_racing_desks_number_receipts_without_gaps_or_duplicates(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    bookings = tuple(
        booking_in(db, studio, clock, BookingStatus.PENDING, start=f"{hour:02d}:00").id
        for hour in range(7, 19)
    )
    url = db.url.render_as_string(hide_password=False)

    outcomes = pay_together(url, clock(), studio.desk, bookings, DESKS)

    assert [result for _, result in outcomes if result not in (WON, CONFLICT)] == []
    assert Counter(booking for booking, result in outcomes if result == WON) == {b: 1 for b in bookings}
    with db.engine.connect() as connection:
        numbered = connection.execute(
            text("SELECT booking_id, receipt_number FROM payments ORDER BY receipt_number")
        ).all()
        last = connection.scalar(text("SELECT last_number FROM receipt_counters"))
    assert [number for _, number in numbered] == list(range(1, len(bookings) + 1))
    assert sorted(booking for booking, _ in numbered) == sorted(bookings)
    assert last == len(bookings)
