"""Fees a client owes for a late cancel or a no-show: listed, collected through the payment
dialog (a payment line of the fee's own, in the till) or waived by an admin with a reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Booking, BookingAction, Client, Course, Fee, FeeState, FeeWaiver, RuleEvent
from studio_desk.services.bookings.permissions import require, require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.money.amounts import Money
from studio_desk.services.money.payments import (
    add_line,
    change_due,
    checked_tendered,
    clean_reference,
    parse_method,
)
from studio_desk.services.people.acting import run_read_as, run_write_as
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import REASON_LENGTH, required_text
from studio_desk.services.views import Actor, PaymentView

_CAUSES = {
    RuleEvent.LATE_CANCEL: QT_TRANSLATE_NOOP("services", "Owes {amount} for a late cancel on {day}"),
    RuleEvent.NO_SHOW: QT_TRANSLATE_NOOP("services", "Owes {amount} for a no-show on {day}"),
}
# What a fee no longer owed says (collected, waived, kept from a refund): its state says the rest.
_SETTLED = {
    RuleEvent.LATE_CANCEL: QT_TRANSLATE_NOOP("services", "{amount} for a late cancel on {day}"),
    RuleEvent.NO_SHOW: QT_TRANSLATE_NOOP("services", "{amount} for a no-show on {day}"),
}
NOT_OWED = QT_TRANSLATE_NOOP("services", "This fee is no longer owed (it is {state}).")
OWES_BLOCKS = QT_TRANSLATE_NOOP(
    "services",
    "{client} owes {amount} in fees. The studio takes no new bookings until they are paid or waived.",
)


@dataclass(frozen=True)
class FeeView:
    id: int
    client_id: int
    client_name: str
    booking_id: int | None
    course_title: str | None
    session_day: dt.date | None  # the local day of the session it is for
    cause: RuleEvent
    amount: int
    state: FeeState
    created_at: dt.datetime
    said: Sentence  # "Owes Rp 100,000 for a no-show on 3 Dec"


@dataclass(frozen=True)
class FeePayment:
    """A fee just collected: the fee as it is now, its money line and the change."""

    fee: FeeView
    line: PaymentView
    tendered: int | None
    change: int | None


_FEES = (
    select(Fee.id, Fee.client_id, Client.name, Fee.booking_id, Course.title, Booking.start_at, Fee.cause,
           Fee.amount, Fee.state, Fee.created_at)
    .join(Client, Client.id == Fee.client_id)
    .outerjoin(Booking, Booking.id == Fee.booking_id)
    .outerjoin(Course, Course.id == Booking.course_id)
)


def fee_views(session: Session, where: object, zone: ZoneInfo, currency: str) -> list[FeeView]:
    rows = session.execute(_FEES.where(where).order_by(Fee.created_at.desc(), Fee.id.desc()))  # type: ignore[arg-type]
    views = []
    for row in rows:
        day = None if row.start_at is None else row.start_at.astimezone(zone).date()
        words = _CAUSES if row.state is FeeState.OWED else _SETTLED
        said = Sentence(words[row.cause], {"amount": Money(row.amount, currency), "day": day or "?"})
        views.append(FeeView(row.id, row.client_id, row.name, row.booking_id, row.title, day, row.cause,
                             row.amount, row.state, row.created_at.astimezone(zone), said))
    return views


def client_fees(db: Database, actor: Actor, client_id: object, *, owed_only: bool = False) -> list[FeeView]:
    """A client's fees, newest first (only those still owed with `owed_only`)."""
    client = parse_id(client_id, "client")
    if not isinstance(owed_only, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Say whether to list only owed fees: yes or no."))
    settings = get_settings(db)

    def work(session: Session) -> list[FeeView]:
        if session.get(Client, client) is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Client not found"))
        where = Fee.client_id == client
        if owed_only:
            where = where & (Fee.state == FeeState.OWED)
        return fee_views(session, where, settings.zone, settings.currency)

    return run_read_as(db, actor, work)


def _load(session: Session, fee_id: int, zone: ZoneInfo, currency: str) -> FeeView:
    found = fee_views(session, Fee.id == fee_id, zone, currency)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("services", "Fee not found"))
    return found[0]


def _owed(session: Session, fee_id: int, zone: ZoneInfo, currency: str) -> FeeView:
    # Another desk may be collecting or waiving it: wait for it, then judge.
    session.execute(select(Fee.id).where(Fee.id == fee_id).with_for_update(key_share=True))
    fee = _load(session, fee_id, zone, currency)
    if fee.state is not FeeState.OWED:
        raise ValidationError(NOT_OWED, state=fee.state.value)
    return fee


def collect_fee(
    db: Database, actor: Actor, fee_id: object, *, method: object, reference: str | None = None,
    cash_tendered: object = None,
) -> FeePayment:
    """Take the money for a fee the client owes: a payment line of the fee (in the till and the
    closings like any other, with its receipt number), and the fee is collected."""
    require(actor, BookingAction.PAY)
    number = parse_id(fee_id, "fee")
    how = parse_method(method)
    ref = clean_reference(how, reference)
    settings = get_settings(db)
    tendered = checked_tendered(how, cash_tendered, settings.currency)

    def work(session: Session) -> FeePayment:
        fee = _owed(session, number, settings.zone, settings.currency)
        change = None if tendered is None else change_due(fee.amount, tendered, settings.currency)
        now = db.now()
        added = add_line(session, None, fee.amount, how, ref, actor, now, settings.zone, fee_id=fee.id)
        line = PaymentView(id=added.id, receipt_number=added.receipt_number, booking_id=None,
                           amount=fee.amount, method=how, reference=ref,
                           taken_by=None if actor.staff_id is None else actor.name,
                           taken_at=now.astimezone(settings.zone))
        return FeePayment(_load(session, fee.id, settings.zone, settings.currency), line, tendered, change)

    return run_write_as(db, actor, work)


def waive_fee(db: Database, actor: Actor, fee_id: object, *, reason: str) -> FeeView:
    """An admin lets a fee go, with a reason (kept, with who and when)."""
    require_admin(actor, "waive fees")
    number = parse_id(fee_id, "fee")
    why = required_text(reason, what="the reason", max_length=REASON_LENGTH)
    settings = get_settings(db)

    def work(session: Session) -> FeeView:
        fee = _owed(session, number, settings.zone, settings.currency)
        session.execute(insert(FeeWaiver), {"fee_id": fee.id, "reason": why, "actor_id": actor.staff_id,
                                            "at": db.now()})
        return _load(session, fee.id, settings.zone, settings.currency)

    return run_write_as(db, actor, work)


def refuse_while_fees_owed(session: Session, client_id: int, client_name: str, currency: str) -> None:
    """The setting `unpaid_fee_blocks_booking`: refuse a new booking while the client owes."""
    owed = session.scalar(
        select(func.coalesce(func.sum(Fee.amount), 0))
        .where(Fee.client_id == client_id, Fee.state == FeeState.OWED)
    )
    if owed:
        raise ValidationError(OWES_BLOCKS, client=client_name, amount=Money(int(owed), currency))
