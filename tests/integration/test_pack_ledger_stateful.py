"""Random days of packs at the desk (hypothesis): sell packs and memberships, book with them
(the desk's pick or the person's), pay a pending booking with one, cancel in time, in any
order. A small model predicts every outcome; after every step the database itself is asked
whether the ledger's rules held:

- no balance below zero, and each pack's balance is its ledger's sum
  (bought − used + returned − forfeited − expired ± adjusted) and the model's;
- a booking uses at most one credit, and has it back at most once;
- a membership never has more active bookings than it allows, and its counter is their count.

Each example books on a day of its own with new clients, so examples never meet.
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
from studio_desk.models import ACTIVE_STATUSES, Booking, CreditKind, CreditLine, Pack, ProductKind
from studio_desk.services import BookingStatus, Database, SlotConflict, ValidationError
from tests.support.clock import SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio

FIRST_DAY = dt.date(2025, 10, 25)
_days = count()


@dataclass
class PackModel:
    id: int
    membership: bool
    limit: int  # sessions (pack) or open bookings (membership)
    balance: int
    open: set[int] = field(default_factory=set)  # its active bookings

    def usable(self) -> bool:
        return len(self.open) < self.limit if self.membership else self.balance > 0


class PackDays(RuleBasedStateMachine):
    packs = Bundle("packs")

    def __init__(self, db: Database, studio: Studio, products: dict[tuple[bool, int], int]) -> None:
        super().__init__()
        self.db, self.studio, self.products = db, studio, products
        self.day = (FIRST_DAY + dt.timedelta(days=next(_days) % 36)).isoformat()
        self.client = services.create_client(db, name=f"Klien {self.day}").id
        self.model: dict[int, PackModel] = {}
        self.booked: dict[int, int | None] = {}  # booking -> pack that paid (None: pending)
        self.slots = iter([(course, f"{hour:02d}:00") for hour in range(7, 21)
                           for course in (studio.yoga, studio.hiit)])

    @rule(target=packs, membership=st.booleans(), size=st.integers(1, 3))
    def sell(self, membership: bool, size: int) -> int:
        sale = services.sell_pack(self.db, self.studio.desk, client_id=self.client,
                                  product_id=self.products[(membership, size)], method="cash")
        pack = sale.pack
        self.model[pack.id] = PackModel(pack.id, membership, size, 0 if membership else size)
        return pack.id

    def _usable_first(self) -> PackModel | None:
        # every product here is valid from the sale for 60 days: the first sold ends first
        usable = [pack for pack in self.model.values() if pack.usable()]
        return min(usable, key=lambda pack: pack.id) if usable else None

    def _take(self, pack: PackModel, booking: int) -> None:
        pack.open.add(booking)
        if not pack.membership:
            pack.balance -= 1
        self.booked[booking] = pack.id

    @rule(chosen=st.one_of(st.none(), packs))
    def book(self, chosen: int | None) -> None:
        slot = next(self.slots, None)
        if slot is None:
            return
        expected = self._usable_first() if chosen is None else self.model[chosen]
        try:
            booking = services.book_with_pack(
                self.db, self.studio.desk, client_id=self.client, course_id=slot[0], date=self.day,
                start_time=slot[1], pack_id=chosen,
            )
        except SlotConflict:
            return  # a day an earlier example booked (after 36 examples): nothing was saved
        except ValidationError:
            assert expected is None or not expected.usable()
            return
        assert expected is not None and expected.usable()
        assert booking.status is BookingStatus.PAID
        self._take(expected, booking.id)

    @rule()
    def book_to_pay_later(self) -> None:
        slot = next(self.slots, None)
        if slot is None:
            return
        try:
            booking = services.create_booking(self.db, self.studio.desk, client_id=self.client,
                                              course_id=slot[0], date=self.day, start_time=slot[1])
        except SlotConflict:
            return
        self.booked[booking.id] = None

    @rule(data=st.data())
    def pay_pending_with_a_pack(self, data: st.DataObject) -> None:
        pending = [booking for booking, pack in self.booked.items() if pack is None]
        if not pending:
            return
        booking = data.draw(st.sampled_from(pending))
        expected = self._usable_first()
        try:
            services.pay_with_pack(self.db, self.studio.desk, booking)
        except ValidationError:
            assert expected is None
            return
        assert expected is not None
        self._take(expected, booking)

    @rule(data=st.data())
    def cancel_in_time(self, data: st.DataObject) -> None:
        if not self.booked:
            return
        booking = data.draw(st.sampled_from(sorted(self.booked)))
        paid_by = self.booked.pop(booking)
        services.cancel_booking(self.db, self.studio.desk, booking, reason="Berhalangan")
        if paid_by is not None:
            pack = self.model[paid_by]
            pack.open.discard(booking)
            if not pack.membership:
                pack.balance += 1

    @invariant()
    def the_database_keeps_the_ledger(self) -> None:
        if not self.model:
            return
        with self.db.engine.connect() as connection:
            ids = list(self.model)
            sums = dict(connection.execute(
                select(CreditLine.pack_id, func.sum(CreditLine.delta)).where(CreditLine.pack_id.in_(ids))
                .group_by(CreditLine.pack_id)
            ).all())
            by_kind = dict(connection.execute(
                select(CreditLine.pack_id, func.sum(case(
                    (CreditLine.kind == CreditKind.BOUGHT, CreditLine.delta),
                    (CreditLine.kind == CreditKind.USED, CreditLine.delta),
                    (CreditLine.kind == CreditKind.RETURNED, CreditLine.delta),
                    (CreditLine.kind == CreditKind.FORFEITED, CreditLine.delta),
                    (CreditLine.kind == CreditKind.EXPIRED, CreditLine.delta),
                    (CreditLine.kind == CreditKind.ADJUSTED, CreditLine.delta),
                ))).where(CreditLine.pack_id.in_(ids)).group_by(CreditLine.pack_id)
            ).all())
            active = dict(connection.execute(
                select(CreditLine.pack_id, func.count())
                .join(Booking, Booking.id == CreditLine.booking_id)
                .where(CreditLine.pack_id.in_(ids), CreditLine.kind == CreditKind.USED,
                       Booking.status.in_(ACTIVE_STATUSES))
                .group_by(CreditLine.pack_id)
            ).all())
            rows = connection.execute(
                select(Pack.id, Pack.kind, Pack.balance, Pack.active_bookings, Pack.max_active)
                .where(Pack.id.in_(ids))
            ).all()
            per_booking = connection.execute(
                select(CreditLine.booking_id, CreditLine.kind, func.count())
                .where(CreditLine.pack_id.in_(ids), CreditLine.booking_id.is_not(None))
                .group_by(CreditLine.booking_id, CreditLine.kind)
            ).all()
        for pack_id, kind, balance, open_bookings, limit in rows:
            model = self.model[pack_id]
            assert balance >= 0
            assert balance == sums[pack_id] == by_kind[pack_id] == model.balance
            assert open_bookings == active.get(pack_id, 0) == len(model.open)
            if kind is ProductKind.MEMBERSHIP:
                assert open_bookings <= limit
        assert all(lines == 1 for _, _, lines in per_booking)


@pytest.mark.slow
def test_random_days_with_packs(db: Database, studio: Studio, clock: SettableClock, backend: str) -> None:
    products = {
        (membership, size): add_product(
            db, name=f"{'Member' if membership else 'Paket'} {size}",
            kind=ProductKind.MEMBERSHIP if membership else ProductKind.PACK,
            sessions=None if membership else size, max_active=size if membership else None,
            price=100_000 * size,
        )
        for membership in (False, True) for size in (1, 2, 3)
    }
    run_state_machine_as_test(
        lambda: PackDays(db, studio, products),
        settings=settings(
            max_examples=30 if backend == "sqlite" else 12,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
