"""Several desks, in separate processes released at the same moment, fight over one coach's
times: each contested time goes to exactly one desk and the database holds no overlap."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from studio_desk import services
from studio_desk.services import Database
from studio_desk.services.integrity import count_overlapping_pairs
from tests.support.clock import SettableClock
from tests.support.race import CONFLICT, WON, Attempts, holiday_while_booking, race
from tests.support.studio import Studio

DESKS = 6
pytestmark = pytest.mark.slow


def _attempts(db: Database, studio: Studio, clock: SettableClock, starts: list[str]) -> Attempts:
    return Attempts(
        url=db.url.render_as_string(hide_password=False),
        actor=studio.desk,
        client_id=studio.john,
        course_id=studio.yoga,  # 60 minutes, coach A
        date="2025-10-25",
        starts=tuple(starts),
        now=clock(),
    )


def test_each_contested_hour_goes_to_exactly_one_desk(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    hours = [f"{hour:02d}:00" for hour in range(7, 20)]
    outcomes = race(_attempts(db, studio, clock, hours), DESKS)

    assert [result for _, result in outcomes if result not in (WON, CONFLICT)] == []
    winners = Counter(start for start, result in outcomes if result == WON)
    assert winners == {hour: 1 for hour in hours}
    assert len(outcomes) == DESKS * len(hours)
    assert count_overlapping_pairs(db) == 0
    booked = services.list_bookings(db, services.BookingFilter(coach_id=studio.coach_a))
    assert sorted(f"{b.start_at:%H:%M}" for b in booked.rows) == hours


def test_overlapping_wishes_leave_no_overlap(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    # Every quarter hour: each wish overlaps its three neighbours on either side.
    wishes = [f"{hour:02d}:{minute:02d}" for hour in range(7, 12) for minute in (0, 15, 30, 45)]
    outcomes = race(_attempts(db, studio, clock, wishes), DESKS)

    assert [result for _, result in outcomes if result not in (WON, CONFLICT)] == []
    assert count_overlapping_pairs(db) == 0
    won = sorted({start for start, result in outcomes if result == WON})
    assert len(won) == len([start for start, result in outcomes if result == WON])  # one each
    booked = services.list_bookings(db, services.BookingFilter(coach_id=studio.coach_a))
    assert sorted(f"{b.start_at:%H:%M}" for b in booked.rows) == won
    # Every refused wish really collided with a booking that won.
    taken = [dt.datetime.strptime(start, "%H:%M") for start in won]
    for wish in wishes:
        at = dt.datetime.strptime(wish, "%H:%M")
        assert any(abs((at - other).total_seconds()) < 3600 for other in taken), wish


def test_a_holiday_saved_while_desks_book_that_day_lists_every_booking_it_closes_over(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    # Each booking either committed first and is in the holiday's list, or came after and was
    # refused: none is left outside the hours unseen.
    hours = [f"{hour:02d}:00" for hour in range(8, 16)]
    outcomes = holiday_while_booking(_attempts(db, studio, clock, hours), studio.admin)

    assert [value for _, value in outcomes if isinstance(value, str)] == []
    (listed,) = [set(value) for kind, value in outcomes if kind == "holiday"]
    booked = {value for kind, value in outcomes if kind == "booking" and value is not None}
    assert booked == listed
    on_the_day = services.list_bookings(db, services.BookingFilter(coach_id=studio.coach_a)).rows
    assert {b.id for b in on_the_day} == booked
