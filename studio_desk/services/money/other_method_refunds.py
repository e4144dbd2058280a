"""Refunds that went back by a method that did not take the money, as the cash-up shows them:
"Rp 100,000 refunded by card against cash taken: <the admin's reason>".

Such a line makes a method's column disagree with what it took (−Rp 100,000 by card with nothing
taken by card); the cash-up lists it beside the totals so whoever counts sees why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from studio_desk.models import Payment, PaymentMethod, Staff
from studio_desk.services.errors import QT_TRANSLATE_NOOP
from studio_desk.services.money.amounts import Money
from studio_desk.services.money.refund_methods import method_words
from studio_desk.services.sentences import Sentence

SOMEONE_GONE = "someone no longer at the studio"


@dataclass(frozen=True)
class OtherMethodRefund:
    """A refund line whose method took less than it on its booking (or pack), kept with an
    admin's reason."""

    payment_id: int
    booking_id: int | None  # None: a pack's refund
    receipt_number: int | None
    amount: int  # given back, as a positive amount
    method: PaymentMethod  # how it went back
    against: PaymentMethod | None  # how the booking's money came in (the method that took most)
    reason: str
    given_by: str
    given_at: dt.datetime  # in the studio's zone
    pack_id: int | None = None  # the pack refunded (closings kept before packs have none)

    def words(self, currency: str) -> Sentence:
        """"Rp 100,000 refunded by card against cash taken: the client's card was cancelled"."""
        fields: dict[str, object] = {
            "amount": Money(self.amount, currency),
            "method": method_words(self.method),
            "reason": self.reason,
        }
        if self.against is None:  # the money came in on no line the desk still has
            return Sentence(QT_TRANSLATE_NOOP("services", "{amount} refunded by {method}: {reason}"), fields)
        fields["taken"] = method_words(self.against)
        return Sentence(
            QT_TRANSLATE_NOOP("services", "{amount} refunded by {method} against {taken} taken: {reason}"),
            fields,
        )


def read_other_method_refunds(
    session: Session, where: ColumnElement[bool], zone: ZoneInfo
) -> tuple[OtherMethodRefund, ...]:
    """The refund lines matching `where` that were given back by another method, oldest first."""
    rows = session.execute(
        select(
            Payment.id, Payment.booking_id, Payment.pack_id, Payment.receipt_number, Payment.amount,
            Payment.method, Payment.method_reason, Payment.taken_at, Staff.name,
        )
        .outerjoin(Staff, Staff.id == Payment.taken_by_id)
        .where(where, Payment.method_reason.is_not(None))
        .order_by(Payment.taken_at, Payment.id)
    ).all()
    if not rows:
        return ()
    by_booking = _methods_that_took(
        session, Payment.booking_id, sorted({row.booking_id for row in rows if row.booking_id is not None})
    )
    by_pack = _methods_that_took(
        session, Payment.pack_id, sorted({row.pack_id for row in rows if row.pack_id is not None})
    )
    return tuple(
        OtherMethodRefund(
            payment_id=row.id,
            booking_id=row.booking_id,
            receipt_number=row.receipt_number,
            amount=-row.amount,
            method=PaymentMethod(row.method),
            against=by_booking.get(row.booking_id) if row.pack_id is None else by_pack.get(row.pack_id),
            reason=row.method_reason,
            given_by=row.name or SOMEONE_GONE,
            given_at=row.taken_at.astimezone(zone),
            pack_id=row.pack_id,
        )
        for row in rows
    )


def _methods_that_took(
    session: Session, subject: InstrumentedAttribute[int | None], ids: Sequence[int]
) -> dict[int, PaymentMethod]:
    """For each booking (or pack: `subject` is the payment's column), the method that took the
    most money in on it."""
    took: dict[int, tuple[int, PaymentMethod]] = {}
    if not ids:
        return {}
    rows: Any = session.execute(
        select(subject.label("subject"), Payment.method, func.sum(Payment.amount).label("taken"))
        .where(subject.in_(ids), Payment.amount > 0)
        .group_by(subject, Payment.method)
    )
    order = list(PaymentMethod)
    for row in rows:
        method = PaymentMethod(row.method)
        best = took.get(row.subject)
        if best is None or (int(row.taken), -order.index(method)) > (best[0], -order.index(best[1])):
            took[row.subject] = (int(row.taken), method)
    return {number: method for number, (_, method) in took.items()}
