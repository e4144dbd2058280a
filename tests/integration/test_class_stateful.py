"""Random days of one group class (hypothesis): book places (paid later, or with a pack at once),
join and leave the waitlist, cancel places (the waitlist moves up), let time pass so that a
promoted client's hold runs out, pay with money or a pack, check in and undo it, finish the
class with no-shows, cancel the class, in any order. A small model predicts every outcome and
who moves up; after every step the database itself is asked whether the class's promises held
(tests/support/class_rules.py), for every class in it:

- no more active places than the capacity, and the counter is their count;
- one active place per client and class;
- a waitlist entry is behind at most one place (a promoted one behind exactly one);
- the waitlist moves up in line order;
- a canceled class has no active place and no one waiting;
- a checked-in place is paid, confirmed or done;
- no coach's private bookings and classes overlap.

Each example makes a class of its own, a week after the last one's, with clients of its own, and
sets the clock two and a half days before it: examples never meet (the classes, their waitlists
and checks-ins cannot be deleted between examples, so none is: each class is left as its example
ended it, and still checked by every later example's invariants).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import count

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from studio_desk import services
from studio_desk.models import Booking, CheckIn, Pack, WaitlistEntry
from studio_desk.services import BookingStatus, Database, DomainError, WaitlistStatus
from studio_desk.services.integrity import count_overlapping_pairs
from tests.support.class_rules import class_rules
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio

S, W = BookingStatus, WaitlistStatus
ACTIVE = {S.PENDING, S.PAID, S.CONFIRMED}
FIRST_CLASS_DAY = dt.date(2025, 11, 4)
CLASS_TIME = dt.time(18, 0)
MINUTES = 60
STUDIO_HOLD_MINUTES = 480  # an unpaid place made at the desk gives itself up after this
WAITLIST_HOLD = dt.timedelta(minutes=120)  # the studio's defaults for the waitlist
WAITLIST_CUTOFF = dt.timedelta(minutes=120)
CLIENTS = 5
PACK_SESSIONS = 2
_classes = count()


@dataclass
class Place:
    id: int
    client: int
    status: BookingStatus
    entry: int | None
    hold_until: dt.datetime | None  # set only when the waitlist made it
    created_at: dt.datetime
    with_pack: bool = False
    with_money: bool = False
    checked_in: bool = False
    no_show: bool = False


@dataclass
class Entry:
    id: int
    client: int
    status: WaitlistStatus


@dataclass(frozen=True)
class Promotion:
    """A place the model expects the waitlist to make: for `entry`'s client, paid by a pack or not."""

    entry: int
    client: int
    with_pack: bool


class ClassDays(RuleBasedStateMachine):
    def __init__(self, db: Database, studio: Studio, clock: SettableClock, course: int, room: int,
                 product: int) -> None:
        super().__init__()
        self.db, self.studio, self.clock = db, studio, clock
        self.course, self.room, self.product = course, room, product
        self.places: dict[int, Place] = {}
        self.entries: list[Entry] = []
        self.canceled = False
        self.credits: dict[int, int] = {}  # client -> credits left on their pack
        self.packs: dict[int, int] = {}  # client -> their pack

    @initialize(capacity=st.integers(1, 3), with_packs=st.integers(0, 2), booked=st.integers(0, 3),
                paid=st.integers(0, 3), waiting=st.integers(0, 2))
    def a_class_and_its_clients(
        self, capacity: int, with_packs: int, booked: int, paid: int, waiting: int
    ) -> None:
        """The class, its clients (the first `with_packs` with a pack of their own), and often
        places taken (`paid` of them paid) and clients waiting already, so that the waitlist
        moves and the roster has someone to check in within a few steps."""
        number = next(_classes)
        day = FIRST_CLASS_DAY + dt.timedelta(weeks=number)
        self.start = dt.datetime.combine(day, CLASS_TIME, JAKARTA)
        self.end = self.start + dt.timedelta(minutes=MINUTES)
        self.clock.set(self.start - dt.timedelta(days=2, hours=10))
        occurrence = services.add_class(self.db, self.studio.admin, course_id=self.course, date=day,
                                        start_time=CLASS_TIME, room_id=self.room, capacity=capacity)
        self.occurrence, self.capacity = occurrence.id, capacity
        self.clients = [services.create_client(self.db, name=f"Kelas {number} klien {n}").id
                        for n in range(CLIENTS)]
        for client in self.clients[:with_packs]:
            sale = services.sell_pack(self.db, self.studio.desk, client_id=client, product_id=self.product,
                                      method="cash")
            self.packs[client], self.credits[client] = sale.pack.id, PACK_SESSIONS
        booked = min(booked, capacity)
        for client in self.clients[CLIENTS - booked:]:  # those without a pack first
            place = services.book_place(self.db, self.studio.desk, occurrence_id=self.occurrence,
                                        client_id=client)
            self.places[place.id] = Place(place.id, client, S.PENDING, None, None, self.now)
            if paid > len(self.places) - 1:
                services.mark_paid(self.db, self.studio.desk, place.id, method="cash")
                self.places[place.id].status, self.places[place.id].with_money = S.CONFIRMED, True
        if booked == capacity:
            for client in self.clients[:min(waiting, CLIENTS - booked)]:
                joined = services.join_waitlist(self.db, self.studio.desk, occurrence_id=self.occurrence,
                                                client_id=client)
                self.entries.append(Entry(joined.entry_id, client, W.WAITING))

    # -- what the model knows ------------------------------------------------------------------

    @property
    def now(self) -> dt.datetime:
        return self.clock.now

    def _active(self) -> list[Place]:
        return [p for p in self.places.values() if p.status in ACTIVE]

    def _active_of(self, client: int) -> Place | None:
        return next((p for p in self._active() if p.client == client), None)

    def _waiting_of(self, client: int) -> Entry | None:
        return next((e for e in self.entries if e.client == client and e.status is W.WAITING), None)

    def _can_pay_with_pack(self, client: int) -> bool:
        return self.credits.get(client, 0) > 0

    def _use_credit(self, place: Place) -> None:
        self.credits[place.client] -= 1
        place.with_pack, place.status = True, S.CONFIRMED  # paid, and confirmed by the studio's setting

    def _give_back(self, place: Place) -> None:
        """The place leaves: canceled, its pack's credit back (no course has late rules here)."""
        place.status = S.CANCELED
        place.checked_in = False
        if place.with_pack:
            self.credits[place.client] += 1

    def _fill(self) -> list[Promotion]:
        """Who the waitlist moves up into the free places now, first in line first."""
        if self.canceled or not self.now < self.start - WAITLIST_CUTOFF:
            return []
        made: list[Promotion] = []
        free = self.capacity - len(self._active())
        for entry in self.entries:
            if free <= 0:
                break
            if entry.status is not W.WAITING:
                continue
            entry.status = W.PROMOTED
            made.append(Promotion(entry.id, entry.client, self._can_pay_with_pack(entry.client)))
            free -= 1
        return made

    def _take_in(self, expected: list[Promotion]) -> None:
        """The places the waitlist made, found in the database by their entries."""
        with self.db.engine.connect() as connection:
            made = {row.waitlist_entry_id: row for row in connection.execute(
                select(Booking.id, Booking.waitlist_entry_id, Booking.hold_until).where(
                    Booking.occurrence_id == self.occurrence, Booking.waitlist_entry_id.is_not(None),
                    Booking.id.not_in(list(self.places) or [0]))
            )}
        assert set(made) == {promotion.entry for promotion in expected}
        for promotion in expected:
            event("moved up from the waitlist" + (", paid with a pack" if promotion.with_pack else ""))
            row = made[promotion.entry]
            hold = min(self.now + WAITLIST_HOLD, self.start)
            assert row.hold_until == hold
            place = Place(row.id, promotion.client, S.PENDING, promotion.entry, hold, self.now)
            if promotion.with_pack:
                self._use_credit(place)
            self.places[row.id] = place

    def _pick(self, data: st.DataObject, fitting: set[BookingStatus], any_place: bool) -> Place:
        """A place in one of the `fitting` statuses when there is one (unless `any_place`), so
        that most steps do something; the others show what is refused."""
        every = sorted(self.places.values(), key=lambda p: p.id)
        fit = [p for p in every if p.status in fitting]
        return data.draw(st.sampled_from(every if any_place or not fit else fit))

    def _call(self, expected: type[DomainError] | None, call: object) -> object:
        if expected is None:
            return call()  # type: ignore[operator]
        with pytest.raises(expected):
            call()  # type: ignore[operator]
        return None

    # -- the desk's steps ----------------------------------------------------------------------

    @rule(data=st.data(), with_pack=st.booleans())
    def book_a_place(self, data: st.DataObject, with_pack: bool) -> None:
        client = data.draw(st.sampled_from(self.clients))
        expected: type[DomainError] | None = None
        if self.canceled or self.now >= self.end or self._active_of(client) is not None:
            expected = services.ValidationError
        elif len(self._active()) >= self.capacity:
            expected = services.ClassFull
        elif with_pack and not self._can_pay_with_pack(client):
            expected = services.ValidationError
        made = self._call(expected, lambda: services.book_place(
            self.db, self.studio.desk, occurrence_id=self.occurrence, client_id=client, with_pack=with_pack))
        if made is None:
            return
        waiting = self._waiting_of(client)
        if waiting is not None:
            waiting.status = W.PROMOTED  # the place takes the entry along
        place = Place(made.id, client, S.PENDING, None if waiting is None else waiting.id, None,  # type: ignore[attr-defined]
                      self.now)
        if with_pack:
            self._use_credit(place)
        self.places[place.id] = place

    @rule(data=st.data())
    def join_the_waitlist(self, data: st.DataObject) -> None:
        client = data.draw(st.sampled_from(self.clients))
        expected = None
        if (self.canceled or self.now >= self.start or self._active_of(client) is not None
                or self._waiting_of(client) is not None or len(self._active()) < self.capacity):
            expected = services.ValidationError
        joined = self._call(expected, lambda: services.join_waitlist(
            self.db, self.studio.desk, occurrence_id=self.occurrence, client_id=client))
        if joined is not None:
            position = sum(e.status is W.WAITING for e in self.entries) + 1
            assert joined.position == position  # type: ignore[attr-defined]
            self.entries.append(Entry(joined.entry_id, client, W.WAITING))  # type: ignore[attr-defined]

    @precondition(lambda self: bool(self.entries))
    @rule(data=st.data())
    def leave_the_waitlist(self, data: st.DataObject) -> None:
        entry = data.draw(st.sampled_from(self.entries))
        expected = None if entry.status is W.WAITING else services.NotFound
        self._call(expected, lambda: services.leave_waitlist(self.db, self.studio.desk, entry.id))
        if expected is None:
            entry.status = W.LEFT

    @precondition(lambda self: bool(self.places))
    @rule(data=st.data(), any_place=st.booleans())
    def cancel_a_place(self, data: st.DataObject, any_place: bool) -> None:
        place = self._pick(data, ACTIVE, any_place)
        expected = None if place.status in ACTIVE else services.InvalidTransition
        refund = services.NO_REFUND if place.with_money else None
        self._call(expected, lambda: services.cancel_booking(
            self.db, self.studio.desk, place.id, reason="Berhalangan", refund=refund))
        if expected is None:
            event("a checked-in place canceled" if place.checked_in else "a place canceled")
            self._give_back(place)
            self._take_in(self._fill())

    @rule(minutes=st.sampled_from([30, 90, 240, 720, 1440]))
    def time_passes(self, minutes: int) -> None:
        """Time passes, and the desk's timer gives up the holds that ran out (every class's: an
        earlier example's too, which is not modelled here)."""
        self.clock.advance(minutes=minutes)
        services.expire_stale_holds(self.db)
        studio_cutoff = self.now - dt.timedelta(minutes=STUDIO_HOLD_MINUTES)
        for place in self._active():
            stale = (place.hold_until <= self.now if place.hold_until is not None
                     else place.created_at <= studio_cutoff)
            if place.status is S.PENDING and stale:
                event("a promoted hold ran out" if place.hold_until is not None
                      else "an unpaid place ran out")
                self._give_back(place)
        self._take_in(self._fill())

    @precondition(lambda self: bool(self.places))
    @rule(data=st.data(), with_pack=st.booleans(), any_place=st.booleans())
    def pay(self, data: st.DataObject, with_pack: bool, any_place: bool) -> None:
        place = self._pick(data, {S.PENDING}, any_place)
        expected: type[DomainError] | None = None
        if place.status is not S.PENDING:
            expected = services.InvalidTransition if not with_pack else DomainError
        elif with_pack and not self._can_pay_with_pack(place.client):
            expected = services.ValidationError
        if with_pack:
            self._call(expected, lambda: services.pay_with_pack(self.db, self.studio.desk, place.id))
        else:
            self._call(expected, lambda: services.mark_paid(self.db, self.studio.desk, place.id,
                                                            method="cash"))
        if expected is not None:
            return
        if with_pack:
            self._use_credit(place)
        else:
            place.with_money, place.status = True, S.CONFIRMED

    @precondition(lambda self: bool(self.places))
    @rule(data=st.data(), any_place=st.booleans())
    def check_in(self, data: st.DataObject, any_place: bool) -> None:
        place = self._pick(data, {S.PAID, S.CONFIRMED}, any_place)
        expected: type[DomainError] | None = None
        if place.status is S.PENDING:
            expected = services.ValidationError
        elif place.status not in (S.PAID, S.CONFIRMED):
            expected = services.InvalidTransition
        self._call(expected, lambda: services.check_in(self.db, self.studio.desk, place.id))
        if expected is None:
            event("checked in")
            place.checked_in = True

    @precondition(lambda self: any(p.checked_in for p in self.places.values()))
    @rule(data=st.data())
    def undo_a_check_in(self, data: st.DataObject) -> None:
        place = data.draw(st.sampled_from(sorted((p for p in self.places.values() if p.checked_in),
                                                 key=lambda p: p.id)))
        expected = None if place.status in ACTIVE else DomainError
        self._call(expected, lambda: services.undo_check_in(self.db, self.studio.desk, place.id))
        if expected is None:
            place.checked_in = False

    @rule(data=st.data())
    def finish_the_class(self, data: st.DataObject) -> None:
        missing = sorted(p.id for p in self.places.values()
                         if p.status in (S.PAID, S.CONFIRMED) and not p.checked_in)
        absent = data.draw(st.lists(st.sampled_from(missing), unique=True) if missing else st.just([]))
        expected = None if self.now >= self.end else services.ValidationError
        finished = self._call(expected, lambda: services.finish_class(
            self.db, self.studio.desk, self.occurrence, no_shows=absent))
        if finished is None:
            return
        event("class finished")
        done = no_shows = unpaid = 0
        for place in self.places.values():
            if place.status is S.PENDING:
                place.status, unpaid = S.CANCELED, unpaid + 1
            elif place.status in (S.PAID, S.CONFIRMED):
                place.status = S.DONE
                place.no_show = place.id in absent
                no_shows += place.no_show
                done += not place.no_show
        assert (finished.done, finished.no_shows, finished.unpaid_canceled) == (done, no_shows, unpaid)  # type: ignore[attr-defined]

    @rule(chance=st.integers(0, 7))
    def cancel_the_class(self, chance: int) -> None:
        if chance != 7:
            return  # rarely: after it every step is refused, which is a short day to learn from
        expected = services.ValidationError if self.canceled else None
        self._call(expected, lambda: services.cancel_occurrence(
            self.db, self.studio.admin, self.occurrence, reason="Pelatih sakit"))
        if expected is not None:
            return
        event("class canceled")
        self.canceled = True
        for place in self._active():
            self._give_back(place)
        for entry in self.entries:
            if entry.status is W.WAITING:
                entry.status = W.LEFT

    # -- what the database must say ------------------------------------------------------------

    @invariant()
    def the_database_keeps_the_class_promises(self) -> None:
        if not hasattr(self, "occurrence"):
            return
        # This class's only: one an earlier example broke would fail every later one, and
        # hypothesis could not replay the failure it found.
        with self.db.read_session() as session:
            broken = class_rules(session.connection(), self.occurrence).broken()
        assert broken == {}
        assert count_overlapping_pairs(self.db) == 0

    @invariant()
    def the_class_is_as_the_model_says(self) -> None:
        if not hasattr(self, "occurrence"):
            return
        with self.db.engine.connect() as connection:
            places = {row.id: (row.client_id, row.status, row.waitlist_entry_id, row.no_show)
                      for row in connection.execute(
                          select(Booking.id, Booking.client_id, Booking.status, Booking.waitlist_entry_id,
                                 Booking.no_show).where(Booking.occurrence_id == self.occurrence))}
            entries = {row.id: (row.client_id, row.status) for row in connection.execute(
                select(WaitlistEntry.id, WaitlistEntry.client_id, WaitlistEntry.status)
                .where(WaitlistEntry.occurrence_id == self.occurrence))}
            checked = set(connection.scalars(
                select(CheckIn.booking_id).join(Booking, Booking.id == CheckIn.booking_id)
                .where(Booking.occurrence_id == self.occurrence)))
            balances = {row.client_id: row.balance for row in connection.execute(
                select(Pack.client_id, Pack.balance).where(Pack.id.in_(list(self.packs.values()) or [0])))}
        assert places == {p.id: (p.client, p.status, p.entry, p.no_show) for p in self.places.values()}
        assert entries == {e.id: (e.client, e.status) for e in self.entries}
        assert checked == {p.id for p in self.places.values() if p.checked_in}
        assert balances == self.credits
        shown = services.get_occurrence(self.db, self.occurrence)
        assert shown.active_places == len(self._active())
        status = services.OccurrenceStatus
        assert shown.status is (status.CANCELED if self.canceled else status.SCHEDULED)


@pytest.mark.slow
def test_random_days_of_a_class(db: Database, studio: Studio, clock: SettableClock, backend: str) -> None:
    services.update_settings(db, studio.admin, hold_minutes=STUDIO_HOLD_MINUTES)
    coach = services.create_coach(db, studio.admin, name="Coach Kelas").id
    course = services.create_course(db, studio.admin, coach_id=coach, title="Vinyasa Kelas",
                                    duration_minutes=MINUTES, price=100_000, capacity=10).id
    room = services.add_room(db, studio.admin, name="Studio Atas", capacity=10).id
    product = add_product(db, name="Paket 2 kelas", sessions=PACK_SESSIONS, valid_days=365 * 3)
    run_state_machine_as_test(
        lambda: ClassDays(db, studio, clock, course, room, product),
        settings=settings(
            max_examples=60 if backend == "sqlite" else 30,
            stateful_step_count=40,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
