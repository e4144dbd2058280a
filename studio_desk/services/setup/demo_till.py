"""The demo's till: last night's closing, and today closed twice, with a float, cash taken at
the desk and a pay-out between, so that the Day's takings page shows a real day at the drawer.

Made through the till's own services, at set moments of the database's clock, after the rest of
the demo: the first closing counts everything the demo took before today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from studio_desk.db import Database
from studio_desk.services.bookings import make as bookings
from studio_desk.services.calendar import availability
from studio_desk.services.errors import SlotConflict, ValidationError
from studio_desk.services.money import cash_up, payments, till
from studio_desk.services.views import Actor


@contextmanager
def _clock_at(db: Database, moment: dt.datetime) -> Iterator[None]:
    real = db.clock
    db.clock = lambda: moment
    try:
        yield
    finally:
        db.clock = real


def _walk_in(db: Database, desk: Actor, course_id: int, client_id: int, today: dt.date) -> int | None:
    """A booking made now for the first free time of `course_id` in the coming days, paid in cash."""
    for ahead in range(1, 8):
        day = today + dt.timedelta(days=ahead)
        for slot in availability.free_start_times(db, course_id, day):
            try:
                booking = bookings.create_booking(
                    db, desk, client_id=client_id, course_id=course_id, date=day,
                    start_time=slot.start_at.time(),
                )
            except (SlotConflict, ValidationError):
                continue
            payments.mark_paid(db, desk, booking.id, method="cash")
            return booking.id
    return None


def _expected(db: Database, desk: Actor, zone: dt.tzinfo) -> int:
    """What the till holds now by the desk's own reckoning: the demo's counts come out exact."""
    return cash_up.cash_up(db, desk, db.now().astimezone(zone).date()).expected_cash


def load_till_day(
    db: Database, desk: Actor, zone: dt.tzinfo, course_ids: list[int], client_ids: list[int]
) -> int:
    """Last night's closing, then today: a float, two cash walk-ins, a closing Rp 5.000 short, a
    pay-out for milk, one more walk-in, and a second closing that matches. Returns how many
    walk-ins were booked (the demo's count of bookings includes them)."""
    now = db.now()
    today = now.astimezone(zone).date()
    # Today's moments, before now however early the demo is made.
    start = min(dt.datetime.combine(today, dt.time(7), tzinfo=zone), now - dt.timedelta(hours=6))
    yesterday_evening = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(21), tzinfo=zone)
    last_night = min(yesterday_evening, start - dt.timedelta(hours=1))
    with _clock_at(db, last_night):
        till.close_till(db, desk, counted_cash=_expected(db, desk, zone))

    def at(hours: float) -> dt.datetime:
        return start + dt.timedelta(hours=hours)

    with _clock_at(db, at(0)):
        till.record_float(db, desk, 500_000)
    walk_ins = 0
    for n, hours in enumerate((0.5, 1.5, 4)):
        with _clock_at(db, at(hours)):
            course, client = course_ids[n % len(course_ids)], client_ids[n % len(client_ids)]
            booked = _walk_in(db, desk, course, client, today)
        walk_ins += booked is not None
        if n == 1:
            with _clock_at(db, at(2)):
                till.close_till(db, desk, counted_cash=max(0, _expected(db, desk, zone) - 5_000))
            with _clock_at(db, at(3)):
                till.record_payout(db, desk, 45_000, "Milk and ice for the café")
    with _clock_at(db, at(5)):
        till.close_till(db, desk, counted_cash=max(0, _expected(db, desk, zone)))
    return walk_ins
