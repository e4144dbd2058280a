"""Random days of packs under the studio's rules (hypothesis): sell, book, cancel (late on Yoga,
whose rules keep the credit; in time on HIIT, which has none), record no-shows (Yoga's cost a
fee and give the credit back), freeze, adjust, refund, and let time pass until short packs run
out and the minute job writes them off. A model predicts each pack's balance and open bookings
and the fees owed; after every step the database is asked:

- no balance below zero; each balance is its ledger's sum (bought − used + returned − forfeited
  − expired ± adjusted) and the model's;
- one `used` line per booking, and used − returned ∈ {0, 1} for each;
- no membership over its limit, and each counter is the count of its active bookings;
- the fees owed are the model's.

Each example lives on days of its own (three per example) with a client of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import count

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import case, func, select

from studio_desk import services
from studio_desk.models import (
    ACTIVE_STATUSES,
    Booking,
    CreditKind,
    CreditLine,
    Fee,
    FeeState,
    Pack,
    ProductKind,
)
from studio_desk.services import BookingStatus, Database, DomainError, SlotConflict, ValidationError
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio

FIRST_DAY = dt.date(2025, 10, 26)
NO_SHOW_FEE = 100_000
_examples = count()


@dataclass
class PackModel:
    id: int
    membership: bool
    limit: int
    balance: int
    expires: dt.datetime
    open: set[int] = field(default_factory=set)
    closed: bool = False
    frozen_day: dt.date | None = None

    def ended(self, now: dt.datetime) -> bool:
        return self.closed or self.expires <= now

    def pays_for(self, start: dt.datetime, now: dt.datetime) -> bool:
        if self.ended(now) or start >= self.expires or start.date() == self.frozen_day:
            return False
        return len(self.open) < self.limit if self.membership else self.balance > 0


@dataclass
class BookedModel:
    id: int
    pack: int
    course: str  # "yoga" (rules) or "hiit" (none)
    start: dt.datetime
    done: bool = False


class PackRuleDays(RuleBasedStateMachine):
    packs = Bundle("packs")

    def __init__(self, db: Database, studio: Studio, clock: SettableClock, products: dict[str, int]) -> None:
        super().__init__()
        self.db, self.studio, self.clock, self.products = db, studio, clock, products
        self.day = FIRST_DAY + dt.timedelta(days=3 * (next(_examples) % 11))
        clock.set(dt.datetime.combine(self.day - dt.timedelta(days=1), dt.time(8), tzinfo=JAKARTA))
        self.phase = 0
        self.client = services.create_client(db, name=f"Klien {self.day} {id(self)}").id
        self.model: dict[int, PackModel] = {}
        self.booked: dict[int, BookedModel] = {}
        self.fees_owed = 0
        self.hours = {(course, day): iter(range(7, 21)) for course in ("yoga", "hiit") for day in (0, 1)}

    @property
    def now(self) -> dt.datetime:
        return self.clock.now

    @rule(target=packs, kind=st.sampled_from(["pack", "short", "member"]))
    def sell(self, kind: str) -> int:
        pack = services.sell_pack(self.db, self.studio.desk, client_id=self.client,
                                  product_id=self.products[kind], method="cash").pack
        assert pack.expires_at is not None
        self.model[pack.id] = PackModel(pack.id, kind == "member", 2 if kind == "member" else 2,
                                        0 if kind == "member" else 2, pack.expires_at)
        return pack.id

    @rule(pack=packs, course=st.sampled_from(["yoga", "hiit"]), later=st.booleans())
    def book(self, pack: int, course: str, later: bool) -> None:
        day = self.day + dt.timedelta(days=int(later))
        hour = next((h for h in self.hours[(course, int(later))]
                     if dt.datetime.combine(day, dt.time(h), tzinfo=JAKARTA) > self.now), None)
        if hour is None:
            return
        start = dt.datetime.combine(day, dt.time(hour), tzinfo=JAKARTA)
        model = self.model[pack]
        try:
            booking = services.book_with_pack(
                self.db, self.studio.desk, client_id=self.client,
                course_id=self.studio.yoga if course == "yoga" else self.studio.hiit,
                date=day, start_time=dt.time(hour), pack_id=pack,
            )
        except SlotConflict:
            return  # another example's booking on a day reused
        except ValidationError:
            assert not model.pays_for(start, self.now)
            return
        assert model.pays_for(start, self.now) and booking.status is BookingStatus.PAID
        model.open.add(booking.id)
        if not model.membership:
            model.balance -= 1
        self.booked[booking.id] = BookedModel(booking.id, pack, course, start)

    def _credit_back(self, model: PackModel) -> None:
        if not model.membership and not model.ended(self.now):
            model.balance += 1  # a credit back to an ended pack ends with it at once

    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        active = sorted(b for b, m in self.booked.items() if not m.done and m.start > self.now)
        if not active:
            return
        booking = self.booked.pop(data.draw(st.sampled_from(active)))
        services.cancel_booking(self.db, self.studio.desk, booking.id, reason="Berhalangan")
        model = self.model[booking.pack]
        model.open.discard(booking.id)
        if booking.course == "hiit":  # no rules: in time, the credit goes back
            self._credit_back(model)
        # Yoga's rules (late from 30 days ahead) keep the credit: returned and forfeited

    @rule(data=st.data())
    def no_show(self, data: st.DataObject) -> None:
        started = sorted(b for b, m in self.booked.items() if not m.done and m.start <= self.now)
        if not started:
            return
        booking = self.booked[data.draw(st.sampled_from(started))]
        services.record_no_show(self.db, self.studio.admin, booking.id)
        booking.done = True
        model = self.model[booking.pack]
        model.open.discard(booking.id)
        if booking.course == "yoga":  # a fee, and the credit back
            self.fees_owed += NO_SHOW_FEE
            self._credit_back(model)

    @rule(pack=packs)
    def freeze_the_second_day(self, pack: int) -> None:
        model = self.model[pack]
        second = self.day + dt.timedelta(days=1)
        try:
            services.freeze_pack(self.db, self.studio.admin, pack, start_date=second, days=1, reason="Pergi")
        except ValidationError:
            return  # ended, frozen already, a booking in the way, or a day past: nothing changed
        assert not model.ended(self.now) and model.frozen_day is None
        model.frozen_day = second
        model.expires += dt.timedelta(days=1)

    @rule(pack=packs, delta=st.sampled_from([-2, -1, 1, 2]))
    def adjust(self, pack: int, delta: int) -> None:
        model = self.model[pack]
        try:
            services.adjust_credits(self.db, self.studio.admin, pack, delta=delta, reason="Koreksi")
        except ValidationError:
            assert model.membership or model.ended(self.now) or model.balance + delta < 0
            return
        assert not model.membership and not model.ended(self.now) and model.balance + delta >= 0
        model.balance += delta

    @rule(pack=packs)
    def refund(self, pack: int) -> None:
        model = self.model[pack]
        try:
            services.refund_pack(self.db, self.studio.desk, pack, method="cash")
        except DomainError:
            assert model.closed
            return
        model.closed, model.balance = True, 0

    @rule()
    def time_passes(self) -> None:
        if self.phase == 0:
            self.clock.set(dt.datetime.combine(self.day, dt.time(12), tzinfo=JAKARTA))
        elif self.phase == 1:
            self.clock.set(dt.datetime.combine(self.day + dt.timedelta(days=1), dt.time(6), tzinfo=JAKARTA))
            services.release_expired_packs(self.db)
            for model in self.model.values():
                if not model.closed and model.expires <= self.now and not model.membership:
                    model.balance = 0
        self.phase += 1

    @invariant()
    def the_database_keeps_the_ledger_and_the_fees(self) -> None:
        if not self.model:
            return
        ids = list(self.model)
        with self.db.engine.connect() as connection:
            sums = dict(connection.execute(
                select(CreditLine.pack_id, func.sum(CreditLine.delta)).where(CreditLine.pack_id.in_(ids))
                .group_by(CreditLine.pack_id)).all())
            active = dict(connection.execute(
                select(CreditLine.pack_id, func.count()).join(Booking, Booking.id == CreditLine.booking_id)
                .where(CreditLine.pack_id.in_(ids), CreditLine.kind == CreditKind.USED,
                       Booking.status.in_(ACTIVE_STATUSES)).group_by(CreditLine.pack_id)).all())
            rows = connection.execute(
                select(Pack.id, Pack.kind, Pack.balance, Pack.active_bookings, Pack.max_active)
                .where(Pack.id.in_(ids))).all()
            held = connection.execute(
                select(CreditLine.booking_id,
                       func.sum(case((CreditLine.kind == CreditKind.USED, 1), else_=0)),
                       func.sum(case((CreditLine.kind == CreditKind.RETURNED, 1), else_=0)))
                .where(CreditLine.pack_id.in_(ids), CreditLine.booking_id.is_not(None))
                .group_by(CreditLine.booking_id)).all()
            owed = connection.scalar(select(func.coalesce(func.sum(Fee.amount), 0))
                                     .where(Fee.client_id == self.client, Fee.state == FeeState.OWED))
        for pack_id, kind, balance, open_bookings, limit in rows:
            model = self.model[pack_id]
            assert balance >= 0
            assert balance == sums[pack_id] == model.balance, (pack_id, balance, sums[pack_id], model)
            assert open_bookings == active.get(pack_id, 0) == len(model.open)
            if kind is ProductKind.MEMBERSHIP:
                assert open_bookings <= limit
        for _, used, returned in held:
            assert used == 1 and used - returned in (0, 1)
        assert int(owed) == self.fees_owed


@pytest.mark.slow
def test_random_days_of_packs_under_the_rules(
    db: Database, studio: Studio, clock: SettableClock, backend: str
) -> None:
    services.set_cancel_rules(db, studio.admin, studio.yoga, late_cancel_hours=720, late_cancel_cost="credit",
                              no_show_cost="fee", no_show_fee=NO_SHOW_FEE)
    products = {
        "pack": add_product(db, name="Paket 2", sessions=2, valid_days=60, freezes_allowed=1,
                            freeze_days_max=3),
        "short": add_product(db, name="Paket kilat", sessions=2, valid_days=2, freezes_allowed=1,
                             freeze_days_max=3),
        "member": add_product(db, name="Member", kind=ProductKind.MEMBERSHIP, max_active=2, valid_days=60,
                              freezes_allowed=1, freeze_days_max=3),
    }
    run_state_machine_as_test(
        lambda: PackRuleDays(db, studio, clock, products),
        settings=settings(
            max_examples=30 if backend == "sqlite" else 12,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
