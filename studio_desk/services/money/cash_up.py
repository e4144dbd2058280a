"""The day's cash-up: payments and refunds by method, the cash counted against the till, and
closing the day, which locks its payments and keeps its report as it was.

A payment belongs to the studio's local date it was taken on; a refund to the day it was given
back, whatever day the payment was. A closed day takes no new line: a later correction is a new
line on the day it is made (payments are append-only, down to the database's triggers).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import DayClosing, Payment, PaymentMethod, Staff
from studio_desk.services.bookings.permissions import is_desk, require_desk
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.money.amounts import Money
from studio_desk.services.money.payments import parse_amount
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import day_bounds, parse_date
from studio_desk.services.unit_of_work import run_read, run_write
from studio_desk.services.views import Actor

METHOD_ORDER = (
    PaymentMethod.CASH,
    PaymentMethod.CARD,
    PaymentMethod.BANK_TRANSFER,
    PaymentMethod.QRIS,
    PaymentMethod.EWALLET,
)


@dataclass(frozen=True)
class MethodTotals:
    method: PaymentMethod
    taken: int  # money in
    refunded: int  # money given back, as a positive amount
    payments: int  # how many lines of money in
    refunds: int  # how many lines of money back

    @property
    def net(self) -> int:
        return self.taken - self.refunded


@dataclass(frozen=True)
class Closing:
    closed_by: str
    closed_at: dt.datetime  # in the studio's zone
    counted_cash: int
    difference: int  # counted minus expected: negative when the till is short


@dataclass(frozen=True)
class CashUp:
    day: dt.date
    currency: str
    methods: tuple[MethodTotals, ...]  # every method, in METHOD_ORDER, even with nothing
    closing: Closing | None  # None while the day is open

    @property
    def taken(self) -> int:
        return sum(m.taken for m in self.methods)

    @property
    def refunded(self) -> int:
        return sum(m.refunded for m in self.methods)

    @property
    def net(self) -> int:
        return self.taken - self.refunded

    @property
    def expected_cash(self) -> int:
        """What the till should hold from today's bookings: cash in minus cash given back."""
        return _cash_net(self.methods)


def _cash_net(methods: tuple[MethodTotals, ...]) -> int:
    return next(m.net for m in methods if m.method is PaymentMethod.CASH)


def cash_difference(cash_up: CashUp, counted: object) -> int:
    """The counted cash (as typed) minus what the till should hold: negative when short."""
    return parse_amount(counted, what="The counted cash", currency=cash_up.currency) - cash_up.expected_cash


_LINES = select(Payment.method, Payment.amount).where(
    Payment.taken_at >= bindparam("start"), Payment.taken_at < bindparam("end")
)
_CLOSING = (
    select(DayClosing.closed_at, DayClosing.counted_cash, DayClosing.report, Staff.name)
    .outerjoin(Staff, Staff.id == DayClosing.closed_by_id)
    .where(DayClosing.day == bindparam("day"))
)


def _live(session: Session, day: dt.date, zone: ZoneInfo) -> tuple[MethodTotals, ...]:
    start, end = day_bounds(day, zone)
    sums = {method: [0, 0, 0, 0] for method in METHOD_ORDER}
    for method, amount in session.execute(_LINES, {"start": start, "end": end}):
        line = sums[method]
        if amount > 0:
            line[0] += amount
            line[2] += 1
        else:
            line[1] -= amount
            line[3] += 1
    return tuple(MethodTotals(method, *sums[method]) for method in METHOD_ORDER)


def _from_snapshot(text: str) -> tuple[MethodTotals, ...]:
    return tuple(
        MethodTotals(PaymentMethod(m["method"]), m["taken"], m["refunded"], m["payments"], m["refunds"])
        for m in json.loads(text)["methods"]
    )


def cash_up(db: Database, day: dt.date | str) -> CashUp:
    """The day's takings by method. A closed day gives its report as it was at closing."""
    local_day = parse_date(day)
    settings = get_settings(db)

    def work(session: Session) -> CashUp:
        closed = session.execute(_CLOSING, {"day": local_day}).first()
        if closed is None:
            return CashUp(local_day, settings.currency, _live(session, local_day, settings.zone), None)
        methods = _from_snapshot(closed.report)
        closing = Closing(
            closed.name or "someone no longer at the studio",
            closed.closed_at.astimezone(settings.zone),
            closed.counted_cash,
            closed.counted_cash - _cash_net(methods),
        )
        return CashUp(local_day, settings.currency, methods, closing)

    return run_read(db, work)


def may_close_day(actor: Actor | None) -> bool:
    """Whether `actor` may close a day (the desk offers the button only then)."""
    return is_desk(actor)


def close_day(db: Database, actor: Actor, day: dt.date | str, *, counted_cash: object) -> CashUp:
    """Close the day with the cash counted in the till: records who and when, locks the day's
    payments, and keeps the report as it is now."""
    require_desk(actor, "close the day")
    local_day = parse_date(day)
    settings = get_settings(db)
    counted = parse_amount(counted_cash, what="The counted cash", currency=settings.currency)

    def work(session: Session) -> CashUp:
        now = db.now()
        if local_day > now.astimezone(settings.zone).date():
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "That day has not come yet: a day is closed at its end.")
            )
        if session.scalar(select(DayClosing.id).where(DayClosing.day == local_day)) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "{day} is closed already; its report no longer changes."),
                day=local_day,
            )
        methods = _live(session, local_day, settings.zone)
        report = json.dumps({"methods": [asdict(m) | {"method": m.method.value} for m in methods]})
        session.execute(
            insert(DayClosing).values(
                day=local_day, closed_by_id=actor.staff_id, closed_at=now, counted_cash=counted, report=report
            )
        )
        closing = Closing(actor.name, now.astimezone(settings.zone), counted, counted - _cash_net(methods))
        return CashUp(local_day, settings.currency, methods, closing)

    return run_write(db, work)


def describe_difference(difference: int, currency: str) -> Sentence:
    """How a person reads the till: over, short, or exact."""
    if difference == 0:
        return Sentence(QT_TRANSLATE_NOOP("services", "The till matches."))
    amount = Money(abs(difference), currency)
    if difference > 0:
        return Sentence(QT_TRANSLATE_NOOP("services", "The till is {amount} over."), {"amount": amount})
    return Sentence(QT_TRANSLATE_NOOP("services", "The till is {amount} short."), {"amount": amount})
