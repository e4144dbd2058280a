"""The demo's group classes (issue 18): two rooms, three class courses, a weekly timetable that
began a week ago, places paid with money and with pack credits, past classes checked in and
finished (some with a no-show), two full classes with a waitlist, a client moved up from one,
and the latest class to have started left open for the roster to check in.

Made in two steps through the classes' own services, at set moments of the database's clock:
`plan_classes` before the private sessions are booked (so they keep out of the classes' times,
as at a real desk), `fill_classes` after the packs are sold and before the till's day (money may
not be dated before a closing). Nothing random is drawn: the seed still makes the same studio.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import count

from studio_desk.db import Database
from studio_desk.services.bookings import lifecycle
from studio_desk.services.classes import places, rooms, roster, timetable
from studio_desk.services.classes.reads import occurrences_between
from studio_desk.services.classes.views import OccurrenceView
from studio_desk.services.classes.waitlist import record_message_sent
from studio_desk.services.errors import DomainError
from studio_desk.services.money import payments
from studio_desk.services.packs.products import ProductView
from studio_desk.services.packs.sales import sell_pack
from studio_desk.services.people import catalog
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.views import Actor, CourseView

# Coach windows as the demo sets them: {coach id: [("07:00", "12:00"), ...]} on working days.
Hours = dict[int, list[tuple[str, str]]]

DAYS_BACK, DAYS_FILLED_AHEAD = 7, 7  # the timetable's first day; how far ahead places are booked
_ROOMS = (("Studio A", 12), ("Reformer room", 6))


@dataclass(frozen=True)
class _ClassCourse:
    coach: str
    title: str
    minutes: int
    price: int
    places: int
    room: int  # index into _ROOMS
    lines: tuple[tuple[int, str], ...]  # (weekday, start), every week; inside the coach's hours
    free: tuple[int, ...]  # places left free in turn in past classes (0: full)


# Named apart from the coaches' private "Vinyasa Flow" and "Pilates Reformer"; "Pilates" in the
# title puts the reformer class in the Pilates pack (demo_products).
_CLASSES = (
    _ClassCourse("Andi Pratama", "Vinyasa Group", 60, 120_000, 12, 0,
                 ((0, "07:00"), (2, "07:00"), (4, "07:00"), (1, "18:30"), (3, "18:30")), (3, 5, 1, 4)),
    _ClassCourse("Sari Wulandari", "Reformer Pilates Group", 50, 200_000, 6, 1,
                 ((1, "09:00"), (3, "09:00"), (5, "10:00"), (0, "17:30"), (2, "17:30")), (0, 1, 2, 1)),
    _ClassCourse("Budi Santoso", "HIIT Circuit", 45, 100_000, 10, 0,
                 ((0, "18:30"), (2, "18:30"), (4, "18:30"), (5, "08:00")), (2, 4, 3, 5)),
)
_METHODS = ("cash", "qris", "card", "cash", "ewallet", "bank_transfer")


@dataclass(frozen=True)
class DemoClasses:
    courses: tuple[CourseView, ...]
    first_day: dt.date


@contextmanager
def _clock_at(db: Database, moment: dt.datetime) -> Iterator[None]:
    real = db.clock
    db.clock = lambda: moment
    try:
        yield
    finally:
        db.clock = real


def plan_classes(
    db: Database, admin: Actor, coaches: dict[str, int], hours: Hours, today: dt.date
) -> DemoClasses:
    """The rooms, the class courses and their weekly lines from DAYS_BACK days ago (made as if
    two days before that, so the past classes exist), and, when no class is on now, a one-off
    class that started a quarter of an hour ago if a coach's hours hold it."""
    zone = get_settings(db).zone
    first_day = today - dt.timedelta(days=DAYS_BACK)
    room_ids = [rooms.add_room(db, admin, name=name, capacity=size).id for name, size in _ROOMS]
    courses: list[CourseView] = []
    with _clock_at(db, dt.datetime.combine(first_day - dt.timedelta(days=2), dt.time(12), tzinfo=zone)):
        for spec in _CLASSES:
            course = catalog.create_course(
                db, admin, coach_id=coaches[spec.coach], title=spec.title, duration_minutes=spec.minutes,
                price=spec.price, location="Studio Kemang", capacity=spec.places,
            )
            courses.append(course)
            for weekday, start in spec.lines:
                timetable.add_timetable_entry(
                    db, admin, course_id=course.id, weekday=weekday, start_time=start, starts_on=first_day,
                    room_id=room_ids[spec.room],
                )
    timetable.schedule_classes(db)  # the weeks to come, from today, as an open desk does
    now = db.now()
    if not any(o.start_at <= now < o.end_at for o in occurrences_between(db, today, today)):
        _class_on_now(db, admin, courses, room_ids, hours, now.astimezone(zone))
    return DemoClasses(tuple(courses), first_day)


def _class_on_now(
    db: Database, admin: Actor, courses: list[CourseView], room_ids: list[int], hours: Hours, now: dt.datetime
) -> None:
    quarter = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
    start = quarter - dt.timedelta(minutes=15)
    if start.date() != now.date() or start.weekday() == 6:  # closed on Sundays
        return
    for spec, course in zip(_CLASSES, courses, strict=True):
        end = start + dt.timedelta(minutes=spec.minutes)
        fits = end.date() == start.date() and any(
            dt.time.fromisoformat(opens) <= start.time() and end.time() <= dt.time.fromisoformat(closes)
            for opens, closes in hours.get(course.coach_id, ())
        )
        if not fits:
            continue
        try:
            with _clock_at(db, now - dt.timedelta(days=2)):
                timetable.add_class(db, admin, course_id=course.id, date=start.date(),
                                    start_time=start.time(), room_id=room_ids[spec.room])
            return
        except DomainError:
            continue  # the coach or the room is taken then: another class may fit


class _Places:
    """Books places for the demo's regulars in turn, paying with a pack when theirs can."""

    def __init__(self, db: Database, desk: Actor, clients: Sequence[int], packs: dict[int, int]) -> None:
        self.db, self.desk, self.clients, self.packs = db, desk, clients, packs
        self._next = count()
        self._method = count()
        self._money: dict[int, tuple[str, str | None]] = {}  # booking: the method and reference that paid

    def next_clients(self, number: int) -> list[int]:
        return [self.clients[next(self._next) % len(self.clients)] for _ in range(number)]

    def book(self, occurrence: int, client: int, at: dt.datetime, *, paid: bool = True) -> int:
        """The booking id of `client`'s place, booked (and paid, unless `paid` is False) at `at`."""
        with _clock_at(self.db, at):
            pack = self.packs.get(client)
            if paid and pack is not None:
                try:
                    return places.book_place(self.db, self.desk, occurrence_id=occurrence, client_id=client,
                                             pack_id=pack).id
                except DomainError:
                    pass  # the pack is used up or not for this class: money then
            place = places.book_place(self.db, self.desk, occurrence_id=occurrence, client_id=client)
            if paid:
                self.pay(place.id)
            return place.id

    def pay(self, booking_id: int) -> None:
        method = _METHODS[next(self._method) % len(_METHODS)]
        reference = None if method == "cash" else f"CLS-{booking_id:06d}"
        payments.mark_paid(self.db, self.desk, booking_id, method=method, reference=reference)
        self._money[booking_id] = (method, reference)

    def refund_of(self, booking_id: int, price: int) -> payments.Refund | None:
        """The place's money back in full by the method that took it; None for a pack's credit
        (it goes back to the pack, with no choice to make)."""
        if booking_id not in self._money:
            return None
        method, reference = self._money[booking_id]
        return payments.Refund(price, method, reference)


def fill_classes(
    db: Database, desk: Actor, coaches: dict[int, Actor], classes: DemoClasses, clients: Sequence[int],
    products: Sequence[ProductView],
) -> int:
    """The classes' places from the timetable's first day to DAYS_FILLED_AHEAD days ahead; returns
    how many places it booked. `clients` are the regulars (no fee owed); `products` the demo's
    (the first a pack for every course, the last the Pilates pack)."""
    zone = get_settings(db).zone
    now = db.now()
    today = now.astimezone(zone).date()
    # Money is taken before the till's last closing (demo_till): yesterday's, or earlier.
    money_by = min(dt.datetime.combine(today - dt.timedelta(days=1), dt.time(18), tzinfo=zone),
                   now - dt.timedelta(hours=8))
    packs = {}
    sold_at = dt.datetime.combine(classes.first_day - dt.timedelta(days=3), dt.time(10), tzinfo=zone)
    with _clock_at(db, sold_at):
        for client, product in zip(clients[:3], (products[0], products[0], products[-1]), strict=True):
            packs[client] = sell_pack(db, desk, client_id=client, product_id=product.id, method="card",
                                      reference=f"EDC-{client:05d}").pack.id
    booker = _Places(db, desk, clients, packs)
    found = occurrences_between(db, classes.first_day, today + dt.timedelta(days=DAYS_FILLED_AHEAD))
    spec_of = {course.id: spec for spec, course in zip(_CLASSES, classes.courses, strict=True)}
    ours = [o for o in found if o.course_id in spec_of]
    started = [o for o in ours if o.start_at <= now]
    open_class = started[-1] if started else None
    to_come = [o for o in ours if o.start_at > now]
    full = {_first(to_come, classes.courses[1]), _first(to_come, classes.courses[2])} - {None}
    made = 0
    for number, occurrence in enumerate(ours):
        spec = spec_of[occurrence.course_id]
        free = spec.free[number % len(spec.free)]
        if occurrence is open_class:
            made += _open(db, desk, booker, occurrence, occurrence.capacity - free, now)
        elif occurrence.start_at <= now:
            made += _past(db, desk, coaches[occurrence.coach_id], booker, occurrence,
                          occurrence.capacity - free, no_show=number % 3 == 0)
        elif occurrence.id in full:
            promote = occurrence.course_id == classes.courses[1].id
            made += _full(db, desk, booker, occurrence, money_by, promote=promote)
        else:
            made += _to_come(booker, occurrence, (occurrence.capacity - free) // 3 + 1, money_by)
    return made


def _first(occurrences: list[OccurrenceView], course: CourseView) -> int | None:
    return next((o.id for o in occurrences if o.course_id == course.id), None)


def _day_before(occurrence: OccurrenceView) -> dt.datetime:
    return occurrence.start_at.astimezone(dt.UTC) - dt.timedelta(days=1)


def _past(
    db: Database, desk: Actor, coach: Actor, booker: _Places, occurrence: OccurrenceView, taken: int,
    *, no_show: bool,
) -> int:
    """Booked and paid the day before, everyone checked in at the start, finished by the coach
    after the end; with `no_show`, the last client never came."""
    booked = [booker.book(occurrence.id, client, _day_before(occurrence))
              for client in booker.next_clients(taken)]
    start, end = occurrence.start_at.astimezone(dt.UTC), occurrence.end_at.astimezone(dt.UTC)
    with _clock_at(db, start + dt.timedelta(minutes=5)):
        roster.check_in_all(db, desk, occurrence.id)
        if no_show and booked:
            roster.undo_check_in(db, desk, booked[-1])
    with _clock_at(db, end + dt.timedelta(minutes=10)):
        roster.finish_class(db, coach, occurrence.id, no_shows=booked[-1:] if no_show else [])
    return len(booked)


def _open(
    db: Database, desk: Actor, booker: _Places, occurrence: OccurrenceView, taken: int, now: dt.datetime
) -> int:
    """The class on now (or the last one to have started): paid places, one to pay at the desk,
    the first half checked in; not finished, for the roster."""
    regulars = booker.next_clients(max(taken, 2))
    booked = [booker.book(occurrence.id, client, _day_before(occurrence)) for client in regulars[:-1]]
    booker.book(occurrence.id, regulars[-1], _day_before(occurrence), paid=False)
    with _clock_at(db, min(occurrence.start_at.astimezone(dt.UTC) + dt.timedelta(minutes=5), now)):
        for place in booked[: len(booked) // 2]:
            roster.check_in(db, desk, place)
    return len(regulars)


def _to_come(booker: _Places, occurrence: OccurrenceView, taken: int, money_by: dt.datetime) -> int:
    """A class to come, a third full: the last place booked still to be paid at the desk."""
    at = min(_day_before(occurrence) - dt.timedelta(days=1), money_by)
    for n, client in enumerate(booker.next_clients(taken)):
        booker.book(occurrence.id, client, at, paid=n < taken - 1)
    return taken


def _full(
    db: Database, desk: Actor, booker: _Places, occurrence: OccurrenceView, money_by: dt.datetime, *,
    promote: bool,
) -> int:
    """A class booked full with three clients waiting. With `promote`, a client (one who paid with
    a pack, if any: the credit goes back; else refunded) cancels an hour later, the first waiting
    client moves up, the desk sends them the message and they pay: full again, two waiting."""
    at = min(_day_before(occurrence) - dt.timedelta(days=2), money_by - dt.timedelta(hours=2))
    regulars = booker.next_clients(occurrence.capacity + 3)
    booked = [booker.book(occurrence.id, client, at) for client in regulars[: occurrence.capacity]]
    with _clock_at(db, at + dt.timedelta(minutes=10)):
        for client in regulars[occurrence.capacity:]:
            places.join_waitlist(db, desk, occurrence_id=occurrence.id, client_id=client)
    if not promote:
        return len(booked)
    leaving = next((place for place, client in zip(booked, regulars, strict=False) if client in booker.packs),
                   booked[0])
    with _clock_at(db, at + dt.timedelta(hours=1)):
        lifecycle.cancel_booking(db, desk, leaving, reason="Ada urusan keluarga",
                                 refund=booker.refund_of(leaving, occurrence.price))
    promoted = roster.class_roster(db, desk, occurrence.id).promotions
    with _clock_at(db, at + dt.timedelta(hours=1, minutes=20)):
        for promotion in promoted:
            record_message_sent(db, desk, promotion.entry_id)
            if promotion.paid_with_pack is None:
                booker.pay(promotion.booking_id)
    return len(booked) + len(promoted)
