"""The demo's packs (issue 17): three sold on past days (a pack, a membership, a Pilates pack),
sessions booked with them (one done, some to come), the Yoga course's cancellation rules, a late
cancel that kept its credit and a member's no-show that left a fee owed.

Loaded before the till's day (demo_till), since money may not be dated before a closing, and
without drawing anything random, so the seed still makes the same studio.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from studio_desk.db import Database
from studio_desk.services.bookings import lifecycle
from studio_desk.services.calendar import availability
from studio_desk.services.errors import SlotConflict, ValidationError
from studio_desk.services.packs import use
from studio_desk.services.packs.products import ProductView
from studio_desk.services.packs.sales import sell_pack
from studio_desk.services.rules.cancel_rules import set_cancel_rules
from studio_desk.services.views import Actor, BookingView, CourseView

NO_SHOW_FEE = 100_000


@contextmanager
def _clock_at(db: Database, moment: dt.datetime) -> Iterator[None]:
    real = db.clock
    db.clock = lambda: moment
    try:
        yield
    finally:
        db.clock = real


def _book(
    db: Database, desk: Actor, course: CourseView, client: int, pack: int, day: dt.date
) -> BookingView | None:
    """The first free time of `course` on `day` or a later day, booked a day before with `pack`."""
    for extra in range(7):
        on = day + dt.timedelta(days=extra)
        before = dt.datetime.combine(on - dt.timedelta(days=1), dt.time(12), tzinfo=dt.UTC)
        with _clock_at(db, min(before, db.now())):
            slots = availability.free_start_times(db, course.id, on)
        for slot in slots:
            booked_at = min(slot.start_at.astimezone(dt.UTC) - dt.timedelta(days=1), db.now())
            try:
                with _clock_at(db, booked_at):
                    return use.book_with_pack(
                        db, desk, client_id=client, course_id=course.id, date=on,
                        start_time=slot.start_at.time(), pack_id=pack,
                    )
            except (SlotConflict, ValidationError):
                continue
    return None


def load_packs(
    db: Database, admin: Actor, desk: Actor, coaches: dict[int, Actor], courses: list[CourseView],
    clients: list[int], products: list[ProductView], today: dt.date,
) -> int:
    """Sell, book and record as the module says; returns how many bookings it made."""
    free, member, pilates = products
    yoga = courses[0]
    coach = coaches[yoga.coach_id]
    set_cancel_rules(
        db, admin, yoga.id, late_cancel_hours=12, late_cancel_cost="credit", no_show_cost="fee",
        no_show_fee=NO_SHOW_FEE, member_block_days=0,
    )
    now = db.now()

    def days_ago(days: int) -> dt.datetime:
        return now - dt.timedelta(days=days)

    with _clock_at(db, days_ago(20)):
        regular = sell_pack(db, desk, client_id=clients[0], product_id=free.id, method="card",
                            reference="EDC-20411")
    with _clock_at(db, days_ago(12)):
        monthly = sell_pack(db, desk, client_id=clients[1], product_id=member.id, method="qris",
                            reference="QR-88120")
    with _clock_at(db, days_ago(6)):
        five = sell_pack(db, desk, client_id=clients[2], product_id=pilates.id, method="cash")
    made: list[BookingView | None] = []
    done = _book(db, desk, yoga, clients[0], regular.pack.id, today - dt.timedelta(days=9))
    if done is not None:
        with _clock_at(db, days_ago(9)):
            lifecycle.confirm_booking(db, coach, done.id)
        with _clock_at(db, done.end_at.astimezone(dt.UTC)):
            lifecycle.complete_booking(db, coach, done.id)
    late = _book(db, desk, yoga, clients[0], regular.pack.id, today - dt.timedelta(days=3))
    if late is not None:  # three hours before, with the rule at twelve: the credit stays used
        with _clock_at(db, late.start_at.astimezone(dt.UTC) - dt.timedelta(hours=3)):
            lifecycle.cancel_booking(db, desk, late.id, reason="Terjebak macet")
    missed = _book(db, desk, yoga, clients[1], monthly.pack.id, today - dt.timedelta(days=5))
    if missed is not None:  # the member never came: the no-show fee is owed
        with _clock_at(db, missed.start_at.astimezone(dt.UTC) - dt.timedelta(hours=20)):
            lifecycle.confirm_booking(db, coach, missed.id)
        with _clock_at(db, missed.start_at.astimezone(dt.UTC) + dt.timedelta(minutes=15)):
            lifecycle.record_no_show(db, coach, missed.id)
    made.extend([done, late, missed])
    made.append(_book(db, desk, yoga, clients[0], regular.pack.id, today + dt.timedelta(days=2)))
    made.append(_book(db, desk, yoga, clients[1], monthly.pack.id, today + dt.timedelta(days=3)))
    pilates_course = next((course for course in courses if course.id in pilates.course_ids), None)
    if pilates_course is not None:
        made.append(_book(db, desk, pilates_course, clients[2], five.pack.id, today + dt.timedelta(days=1)))
    return sum(booking is not None for booking in made)
