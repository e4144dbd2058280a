"""The day's cash-up: payments and refunds by method, the till's closings of the day, and the
till as it is now (what the next closing will count) against the cash counted.

A payment belongs to the studio's local date it was taken on; a refund to the day it was given
back, whatever day the payment was. The till is not a day: a closing counts the lines, the float
and the pay-outs no closing counted yet (services/money/till.py), so money taken after a closing
simply belongs to the next one.

A refund that went back by a method that did not take the money (allowed only with an admin's
reason, services/money/refund_methods.py) is listed as such beside the totals, in the day's
cash-up and in what a closing counted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import and_, bindparam, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    CashMovement,
    CashMovementKind,
    ClosingCashMovement,
    ClosingPayment,
    DayClosing,
    Payment,
    PaymentMethod,
    Staff,
)
from studio_desk.services.arguments import one_of
from studio_desk.services.bookings.permissions import may_see_takings, require_desk
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.money.amounts import MAX_SHOWN_AMOUNT, Money
from studio_desk.services.money.currencies import checked_currency
from studio_desk.services.money.other_method_refunds import (
    SOMEONE_GONE,
    OtherMethodRefund,
    read_other_method_refunds,
)
from studio_desk.services.money.payments import parse_amount
from studio_desk.services.people.acting import run_read_as
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import day_bounds, parse_date
from studio_desk.services.text import shown
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
class TillCount:
    """What one count of the till covers: payment lines by method, the float put in and the
    cash paid out."""

    methods: tuple[MethodTotals, ...]
    float_in: int = 0
    paid_out: int = 0
    # Its refunds that went back by a method that did not take the money, with the reasons.
    other_method_refunds: tuple[OtherMethodRefund, ...] = ()

    @property
    def expected_cash(self) -> int:
        """Float + cash in − cash refunds − pay-outs: what the drawer should hold."""
        return self.float_in + _cash_net(self.methods) - self.paid_out


@dataclass(frozen=True)
class Closing:
    closed_by: str
    closed_at: dt.datetime  # in the studio's zone
    counted_cash: int
    difference: int  # counted minus expected: negative when the till is short
    count: TillCount | None = None  # what it counted (None only in values built by hand)
    id: int = 0

    @property
    def expected_cash(self) -> int:
        return self.counted_cash - self.difference


@dataclass(frozen=True)
class CashUp:
    day: dt.date
    currency: str
    methods: tuple[MethodTotals, ...]  # every method, in METHOD_ORDER, even with nothing
    closing: Closing | None  # the day's last closing, None before the first
    closings: tuple[Closing, ...] = ()  # every closing of the day, first first
    till: TillCount | None = None  # today only: what the next closing will count
    # The day's refunds that went back by a method that did not take the money, oldest first.
    other_method_refunds: tuple[OtherMethodRefund, ...] = ()

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
        """What the till should hold now (today), or the day's cash net for another day."""
        return self.till.expected_cash if self.till is not None else _cash_net(self.methods)


def _cash_net(methods: tuple[MethodTotals, ...]) -> int:
    return next(m.net for m in methods if m.method is PaymentMethod.CASH)


def cash_difference(cash_up: CashUp, counted: object) -> int:
    """The counted cash (as typed) minus what the till should hold: negative when short."""
    read = one_of(cash_up, CashUp)
    return parse_amount(counted, what="The counted cash", currency=read.currency) - read.expected_cash


def by_method(lines: Iterable[tuple[PaymentMethod, int]]) -> tuple[MethodTotals, ...]:
    """Payment and refund lines (method, amount) added up per method, in METHOD_ORDER."""
    sums = {method: [0, 0, 0, 0] for method in METHOD_ORDER}
    for method, amount in lines:
        line = sums[method]
        if amount > 0:
            line[0] += amount
            line[2] += 1
        else:
            line[1] -= amount
            line[3] += 1
    return tuple(MethodTotals(method, *sums[method]) for method in METHOD_ORDER)


def movements_total(movements: Iterable[tuple[CashMovementKind, int]]) -> tuple[int, int]:
    """(float put in, cash paid out) of cash movements (kind, amount)."""
    totals = {CashMovementKind.FLOAT: 0, CashMovementKind.PAYOUT: 0}
    for kind, amount in movements:
        totals[kind] += amount
    return totals[CashMovementKind.FLOAT], totals[CashMovementKind.PAYOUT]


def report_json(count: TillCount) -> str:
    return json.dumps(
        {
            "methods": [asdict(m) | {"method": m.method.value} for m in count.methods],
            "float": count.float_in,
            "payouts": count.paid_out,
            "other_method_refunds": [_kept_refund(r) for r in count.other_method_refunds],
        }
    )


def _kept_refund(refund: OtherMethodRefund) -> dict[str, object]:
    return asdict(refund) | {
        "method": refund.method.value,
        "against": None if refund.against is None else refund.against.value,
        "given_at": refund.given_at.astimezone(dt.UTC).isoformat(),
    }


def _from_report(text: str, zone: ZoneInfo) -> TillCount:
    # Closings made before the till kept a float and pay-outs have neither: both 0; and
    # before refunds kept a reason for their method, no such refunds.
    report = json.loads(text)
    methods = tuple(
        MethodTotals(PaymentMethod(m["method"]), m["taken"], m["refunded"], m["payments"], m["refunds"])
        for m in report["methods"]
    )
    refunds = tuple(
        OtherMethodRefund(
            **(
                r
                | {
                    "method": PaymentMethod(r["method"]),
                    "against": None if r["against"] is None else PaymentMethod(r["against"]),
                    "given_at": dt.datetime.fromisoformat(r["given_at"]).astimezone(zone),
                }
            )
        )
        for r in report.get("other_method_refunds", ())
    )
    return TillCount(methods, report.get("float", 0), report.get("payouts", 0), refunds)


_LINES = select(Payment.method, Payment.amount).where(
    Payment.taken_at >= bindparam("start"), Payment.taken_at < bindparam("end")
)
_CLOSINGS = (
    select(DayClosing.id, DayClosing.closed_at, DayClosing.counted_cash, DayClosing.report, Staff.name)
    .outerjoin(Staff, Staff.id == DayClosing.closed_by_id)
    .where(DayClosing.day == bindparam("day"))
    .order_by(DayClosing.closed_at, DayClosing.id)
)
# What no closing counted yet. Read in the closing's own transaction too (till.py).
UNCOUNTED_LINES = select(Payment.id, Payment.method, Payment.amount).where(
    ~select(ClosingPayment.payment_id).where(ClosingPayment.payment_id == Payment.id).exists()
)
UNCOUNTED_MOVEMENTS = select(CashMovement.id, CashMovement.kind, CashMovement.amount).where(
    ~select(ClosingCashMovement.movement_id)
    .where(ClosingCashMovement.movement_id == CashMovement.id)
    .exists()
)


def uncounted(session: Session, zone: ZoneInfo) -> tuple[TillCount, list[int], list[int]]:
    """The till as the next closing counts it, and the ids of its payment lines and movements."""
    lines = session.execute(UNCOUNTED_LINES).all()
    movements = session.execute(UNCOUNTED_MOVEMENTS).all()
    float_in, paid_out = movements_total((m.kind, m.amount) for m in movements)
    line_ids = [line.id for line in lines]
    # Only the ids just read: a refund committed since belongs to the next closing (till.py).
    others = read_other_method_refunds(session, Payment.id.in_(line_ids), zone) if line_ids else ()
    count = TillCount(by_method((line.method, line.amount) for line in lines), float_in, paid_out, others)
    return count, line_ids, [m.id for m in movements]


def closing_of(row: object, zone: ZoneInfo) -> Closing:
    """A Closing from a row of (id, closed_at, counted_cash, report, name)."""
    count = _from_report(row.report, zone)  # type: ignore[attr-defined]
    counted: int = row.counted_cash  # type: ignore[attr-defined]
    return Closing(
        row.name or SOMEONE_GONE,  # type: ignore[attr-defined]
        row.closed_at.astimezone(zone),  # type: ignore[attr-defined]
        counted,
        counted - count.expected_cash,
        count,
        row.id,  # type: ignore[attr-defined]
    )


def _day_lines(session: Session, day: dt.date, zone: ZoneInfo) -> tuple[MethodTotals, ...]:
    start, end = day_bounds(day, zone)
    rows = session.execute(_LINES, {"start": start, "end": end})
    return by_method((row.method, row.amount) for row in rows)


def read_cash_up(session: Session, db: Database, day: dt.date, zone: ZoneInfo, currency: str) -> CashUp:
    closings = tuple(closing_of(row, zone) for row in session.execute(_CLOSINGS, {"day": day}))
    today = db.now().astimezone(zone).date()
    till = uncounted(session, zone)[0] if day == today else None
    start, end = day_bounds(day, zone)
    others = read_other_method_refunds(session, and_(Payment.taken_at >= start, Payment.taken_at < end), zone)
    return CashUp(
        day, currency, _day_lines(session, day, zone), closings[-1] if closings else None, closings, till,
        others,
    )


def cash_up(db: Database, actor: Actor | None, day: dt.date | str) -> CashUp:
    """The day's takings by method, the day's closings and, for today, the till as it is now:
    the front desk's (a coach sees nothing of the studio's money)."""
    require_desk(actor, "see the studio's takings")
    local_day = parse_date(day)
    settings = get_settings(db)
    zone, currency = settings.zone, settings.currency
    return run_read_as(db, actor, lambda session: read_cash_up(session, db, local_day, zone, currency))


def may_close_day(actor: Actor | None) -> bool:
    """Whether `actor` may close the till (the desk offers the button only then)."""
    return may_see_takings(actor)


def describe_difference(difference: int, currency: str) -> Sentence:
    """How a person reads the till: over, short, or exact."""
    if isinstance(difference, bool) or not isinstance(difference, int) or abs(difference) > MAX_SHOWN_AMOUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "'{value}' is not an amount of money the desk can show."),
            value=shown(difference),
        )
    currency = checked_currency(currency)
    if difference == 0:
        return Sentence(QT_TRANSLATE_NOOP("services", "The till matches."))
    amount = Money(abs(difference), currency)
    if difference > 0:
        return Sentence(QT_TRANSLATE_NOOP("services", "The till is {amount} over."), {"amount": amount})
    return Sentence(QT_TRANSLATE_NOOP("services", "The till is {amount} short."), {"amount": amount})
