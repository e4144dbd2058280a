"""Random days at the desk (hypothesis): book, pay, confirm, complete, cancel, reschedule and
expire holds in any order, as time passes. A small model predicts every outcome; after every
step the database itself is asked whether the rules held:

- no two active bookings of a coach overlap;
- every history line is a move the status table allows, and each booking's history chains
  from its creation to its current status, one line per action;
- money taken (payments minus refunds) is what the model took in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from studio_desk import services
from studio_desk.models import Booking, Payment, StatusChange
from studio_desk.services import BookingAction, BookingStatus, Database, DomainError
from studio_desk.services.integrity import count_overlapping_pairs
from tests.support.clock import DEFAULT_NOW, SettableClock
from tests.support.snapshot import wipe_bookings
from tests.support.studio import Studio

S, A = BookingStatus, BookingAction
ACTIVE = {S.PENDING, S.PAID, S.CONFIRMED}
JAKARTA = dt.timezone(dt.timedelta(hours=7))
FIRST_DAY = dt.date(2025, 10, 25)
OPENS, CLOSES = dt.time(7), dt.time(21)
HOLD_MINUTES = 90

# Each history line must be one of these moves (DESIGN.md section 3).
MOVES = {
    (A.CREATE, None, S.PENDING),
    (A.PAY, S.PENDING, S.PAID),
    (A.CONFIRM, S.PAID, S.CONFIRMED),
    (A.COMPLETE, S.CONFIRMED, S.DONE),
    (A.CANCEL, S.PENDING, S.CANCELED),
    (A.CANCEL, S.PAID, S.CANCELED),
    (A.CANCEL, S.CONFIRMED, S.CANCELED),
    (A.EXPIRE, S.PENDING, S.CANCELED),
    (A.RESCHEDULE, S.PENDING, S.PENDING),
    (A.RESCHEDULE, S.PAID, S.PAID),
    (A.RESCHEDULE, S.CONFIRMED, S.CONFIRMED),
}


@dataclass(frozen=True)
class Offer:
    course: str
    coach: str
    minutes: int
    buffer: int
    price: int


OFFERS = {
    "yoga": Offer("yoga", "coach_a", 60, 0, 150_000),
    "pilates": Offer("pilates", "coach_a", 45, 15, 200_000),
    "hiit": Offer("hiit", "coach_b", 60, 0, 175_000),
}


@dataclass
class Expected:
    id: int
    offer: Offer
    coach: str
    start: dt.datetime
    created_at: dt.datetime
    status: BookingStatus = S.PENDING
    paid: int = 0
    lines: int = 1
    paid_by: str | None = None  # how the money came in

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.offer.minutes)

    @property
    def busy_until(self) -> dt.datetime:
        return self.end + dt.timedelta(minutes=self.offer.buffer)


@dataclass
class Model:
    bookings: dict[int, Expected] = field(default_factory=dict)
    money: int = 0

    def clash(self, coach: str, start: dt.datetime, busy_until: dt.datetime, ignore: int = 0) -> bool:
        return any(
            b.coach == coach and b.status in ACTIVE and b.id != ignore
            and b.start < busy_until and start < b.busy_until
            for b in self.bookings.values()
        )


def slot_start(day: int, quarter: int) -> dt.datetime:
    return dt.datetime.combine(FIRST_DAY + dt.timedelta(days=day), OPENS, JAKARTA) + dt.timedelta(
        minutes=15 * quarter
    )


def slot_problem(model: Model, now: dt.datetime, offer: Offer, coach: str, start: dt.datetime,
                 ignore: int = 0) -> type[DomainError] | None:
    """What the desk must answer for this slot, in the order the rules are checked."""
    if start < now:
        return services.ValidationError
    end = start + dt.timedelta(minutes=offer.minutes)
    if end.astimezone(JAKARTA).time() > CLOSES or end.date() != start.date():
        return services.ValidationError
    if model.clash(coach, start, end + dt.timedelta(minutes=offer.buffer), ignore):
        return services.SlotConflict
    return None


class DeskDay(RuleBasedStateMachine):
    def __init__(self, db: Database, studio: Studio, clock: SettableClock) -> None:
        super().__init__()
        self.db, self.studio, self.clock = db, studio, clock
        clock.set(DEFAULT_NOW)
        wipe_bookings(db)
        self.model = Model()
        self.coach_ids = {"coach_a": studio.coach_a, "coach_b": studio.coach_b}
        self.course_ids = {"yoga": studio.yoga, "pilates": studio.pilates, "hiit": studio.hiit}

    bookings = Bundle("bookings")

    def outcome(self, expected_error: type[DomainError] | None, call: object) -> object:
        if expected_error is None:
            return call()  # type: ignore[operator]
        with pytest.raises(expected_error):
            call()  # type: ignore[operator]
        return None

    @rule(target=bookings, course=st.sampled_from(list(OFFERS)), day=st.integers(0, 2),
          quarter=st.integers(0, 14 * 4))
    def book(self, course: str, day: int, quarter: int) -> object:
        offer, start = OFFERS[course], slot_start(day, quarter)
        expected = slot_problem(self.model, self.clock.now, offer, offer.coach, start)
        made = self.outcome(expected, lambda: services.create_booking(
            self.db, self.studio.desk, client_id=self.studio.john, course_id=self.course_ids[course],
            date=start.date(), start_time=start.time(),
        ))
        if made is None:
            return multiple()
        booking_id = made.id  # type: ignore[attr-defined]
        self.model.bookings[booking_id] = Expected(booking_id, offer, offer.coach, start, self.clock.now)
        return booking_id

    @rule(booking=bookings, method=st.sampled_from(["cash", "card", "qris"]))
    def pay(self, booking: int, method: str) -> None:
        b = self.model.bookings[booking]
        expected = None if b.status is S.PENDING else services.InvalidTransition
        self.outcome(expected, lambda: services.mark_paid(
            self.db, self.studio.desk, booking, method=method,
            reference=None if method == "cash" else "REF-1",
        ))
        if expected is None:
            b.status, b.paid, b.lines, b.paid_by = S.PAID, b.offer.price, b.lines + 1, method
            self.model.money += b.offer.price

    @rule(booking=bookings)
    def confirm(self, booking: int) -> None:
        b = self.model.bookings[booking]
        expected = None if b.status is S.PAID else services.InvalidTransition
        self.outcome(expected, lambda: services.confirm_booking(self.db, self.studio.admin, booking))
        if expected is None:
            b.status, b.lines = S.CONFIRMED, b.lines + 1

    @rule(booking=bookings)
    def complete(self, booking: int) -> None:
        b = self.model.bookings[booking]
        if b.status is not S.CONFIRMED:
            expected: type[DomainError] | None = services.InvalidTransition
        else:
            expected = services.ValidationError if self.clock.now < b.start else None
        self.outcome(expected, lambda: services.complete_booking(self.db, self.studio.admin, booking))
        if expected is None:
            b.status, b.lines = S.DONE, b.lines + 1

    @rule(booking=bookings, choice=st.sampled_from(["unsaid", "no refund", "full", "half"]),
          by_cash=st.booleans())
    def cancel(self, booking: int, choice: str, by_cash: bool) -> None:
        b = self.model.bookings[booking]
        refund_amount = {"full": b.paid, "half": b.paid // 2}.get(choice, 0)
        refund: services.Refund | services.NoRefund | None = None
        # Back the way it came in, or in cash whatever the way (refused unless it came in cash).
        method = "cash" if by_cash or b.paid_by is None else b.paid_by
        if choice == "no refund":
            refund = services.NO_REFUND
        elif choice in ("full", "half"):
            refund = services.Refund(refund_amount, method, None if method == "cash" else "RF-1")
        expected: type[DomainError] | None = None
        if choice in ("full", "half") and refund_amount == 0:
            expected = services.ValidationError  # a refund of nothing: malformed before anything
        elif b.status not in ACTIVE:
            expected = services.InvalidTransition
        elif b.paid > 0 and choice == "unsaid":
            expected = services.ValidationError
        elif choice in ("full", "half") and method != b.paid_by:
            expected = services.ValidationError  # a method that took nothing, and no admin's reason
        self.outcome(expected, lambda: services.cancel_booking(
            self.db, self.studio.desk, booking, reason="Plans changed", refund=refund,
        ))
        if expected is None:
            b.status, b.lines = S.CANCELED, b.lines + 1
            if choice in ("full", "half"):
                b.paid -= refund_amount
                self.model.money -= refund_amount

    @rule(booking=bookings, day=st.integers(0, 2), quarter=st.integers(0, 14 * 4),
          other_coach=st.booleans())
    def reschedule(self, booking: int, day: int, quarter: int, other_coach: bool) -> None:
        b = self.model.bookings[booking]
        start = slot_start(day, quarter)
        coach = ("coach_b" if b.coach == "coach_a" else "coach_a") if other_coach else b.coach
        expected: type[DomainError] | None
        if b.status not in ACTIVE:
            expected = services.InvalidTransition
        elif coach == b.coach and start == b.start:
            expected = services.ValidationError
        else:
            expected = slot_problem(self.model, self.clock.now, b.offer, coach, start, ignore=booking)
        self.outcome(expected, lambda: services.reschedule_booking(
            self.db, self.studio.desk, booking, date=start.date(), start_time=start.time(),
            coach_id=self.coach_ids[coach] if other_coach else None,
        ))
        if expected is None:
            b.start, b.coach, b.lines = start, coach, b.lines + 1

    @rule(minutes=st.integers(15, 8 * 60))
    def time_passes(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)

    @rule()
    def expire_holds(self) -> None:
        cutoff = self.clock.now - dt.timedelta(minutes=HOLD_MINUTES)
        stale = [b for b in self.model.bookings.values() if b.status is S.PENDING and b.created_at <= cutoff]
        assert services.expire_stale_holds(self.db) == len(stale)
        for b in stale:
            b.status, b.lines = S.CANCELED, b.lines + 1

    @invariant()
    def no_coach_is_double_booked(self) -> None:
        assert count_overlapping_pairs(self.db) == 0

    @invariant()
    def database_agrees_with_the_model(self) -> None:
        with self.db.engine.connect() as connection:
            rows = connection.execute(
                select(Booking.id, Booking.status, Booking.start_at, Booking.coach_id)
            ).all()
            money = connection.scalar(select(func.coalesce(func.sum(Payment.amount), 0)))
        assert {row.id: row.status for row in rows} == {
            b.id: b.status for b in self.model.bookings.values()
        }
        assert {row.id: (row.start_at, row.coach_id) for row in rows} == {
            b.id: (b.start, self.coach_ids[b.coach]) for b in self.model.bookings.values()
        }
        assert money == self.model.money

    @invariant()
    def history_follows_the_status_table(self) -> None:
        with self.db.engine.connect() as connection:
            lines = connection.execute(
                select(StatusChange.booking_id, StatusChange.action, StatusChange.from_status,
                       StatusChange.to_status).order_by(StatusChange.booking_id, StatusChange.id)
            ).all()
        by_booking: dict[int, list[tuple[object, object, object]]] = {}
        for line in lines:
            assert (line.action, line.from_status, line.to_status) in MOVES
            by_booking.setdefault(line.booking_id, []).append(
                (line.action, line.from_status, line.to_status)
            )
        for booking_id, expected in self.model.bookings.items():
            history = by_booking.get(booking_id, [])
            assert len(history) == expected.lines
            assert history[0][0] is A.CREATE
            for before, after in zip(history, history[1:], strict=False):
                assert before[2] == after[1]
            assert history[-1][2] == expected.status


@pytest.mark.slow
def test_random_desk_days(db: Database, studio: Studio, clock: SettableClock, backend: str) -> None:
    services.update_settings(db, studio.admin, hold_minutes=HOLD_MINUTES)
    run_state_machine_as_test(
        lambda: DeskDay(db, studio, clock),
        settings=settings(
            max_examples=40 if backend == "sqlite" else 15,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
