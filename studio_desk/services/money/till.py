"""Closing the till, as often as the desk likes, and the cash put in (float) or taken out
(pay-outs) between closings.

A closing counts exactly the payment lines and cash movements no closing counted before: it
links them to itself (closing_payments, closing_cash_movements), and its stored report is
computed from exactly the rows it links. The primary key of each link table is the payment
(movement), so a line is counted by at most one closing: a database fact on both backends.

Why a line committed while a closing runs is counted exactly once:
- SQLite: every write transaction starts with BEGIN IMMEDIATE, so writers are serialised. A
  payment commits either before the closing starts (the closing sees and links it) or after it
  commits (it is unlinked, and the next closing takes it).
- PostgreSQL, READ COMMITTED: closings first take a lock on day_closings that conflicts with
  itself (SHARE ROW EXCLUSIVE: readers are not blocked), so closings run one after the other.
  It also conflicts with the ROW EXCLUSIVE lock that inserting a payment line or cash movement
  takes on day_closings (the closed-period trigger, migration 0015): the closing waits for
  money being written to commit, and money written while a closing runs waits for it, then is
  refused if dated before it and written again with a fresh time (unit_of_work). The read of
  the uncounted rows is a statement after the lock, so its snapshot holds every link of the
  closings before and every line committed before the closing: none is dated before this
  closing and left for a later one. The closing links only the ids it read and counted, never
  "whatever is unlinked at insert time". Should anything link a line twice regardless, the
  primary key refuses it and the whole closing rolls back. No deadlock: the closing takes the
  lock before it writes anything, and then waits for no row a desk writing money holds (its
  foreign keys only key-share the staff row and the lines it counts, which nothing locks).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import CashMovement, CashMovementKind, ClosingCashMovement, ClosingPayment, DayClosing
from studio_desk.services.bookings.permissions import require_desk
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError, about_field
from studio_desk.services.money.cash_up import CashUp, Closing, read_cash_up, report_json, uncounted
from studio_desk.services.money.payments import parse_amount
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import parse_date
from studio_desk.services.text import clean_text
from studio_desk.services.views import Actor

PAYOUT_REASON_LENGTH = 200


def close_till(db: Database, actor: Actor, *, counted_cash: object) -> Closing:
    """Close the till with the cash counted in it: counts every payment, refund, float and
    pay-out since the previous closing, records who and when, and keeps the count (with the
    refunds that went back by a method that did not take the money, and the admin's reasons)."""
    require_desk(actor, "close the day")
    settings = get_settings(db)
    counted = parse_amount(counted_cash, what="The counted cash", currency=settings.currency)

    def work(session: Session) -> Closing:
        return _close(session, db, actor, counted, settings.zone)

    return run_write_as(db, actor, work)


def close_day(
    db: Database, actor: Actor, day: dt.date | str | None = None, *, counted_cash: object
) -> CashUp:
    """Close the till now (see close_till) and give today's cash-up with the new closing.
    `day`, when given, must be today: the till is closed as it is, never for another day."""
    require_desk(actor, "close the day")
    settings = get_settings(db)
    counted = parse_amount(counted_cash, what="The counted cash", currency=settings.currency)
    asked = None if day is None else parse_date(day)

    def work(session: Session) -> CashUp:
        today = db.now().astimezone(settings.zone).date()
        if asked is not None and asked != today:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "services", "The till is closed as it is now, so only today ({today}) can be closed."
                ),
                today=today,
            )
        _close(session, db, actor, counted, settings.zone)
        return read_cash_up(session, db, today, settings.zone, settings.currency)

    return run_write_as(db, actor, work)


def _close(session: Session, db: Database, actor: Actor, counted: int, zone: ZoneInfo) -> Closing:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE day_closings IN SHARE ROW EXCLUSIVE MODE"))
    now = db.now()
    count, line_ids, movement_ids = uncounted(session, zone)
    closing_id = session.execute(
        insert(DayClosing)
        .values(
            day=now.astimezone(zone).date(), closed_by_id=actor.staff_id, closed_at=now,
            counted_cash=counted, report=report_json(count),
        )
        .returning(DayClosing.id)
    ).scalar_one()
    if line_ids:
        session.execute(
            insert(ClosingPayment), [{"payment_id": i, "closing_id": closing_id} for i in line_ids]
        )
    if movement_ids:
        session.execute(
            insert(ClosingCashMovement),
            [{"movement_id": i, "closing_id": closing_id} for i in movement_ids],
        )
    difference = counted - count.expected_cash
    return Closing(actor.name, now.astimezone(zone), counted, difference, count, closing_id)


def record_float(db: Database, actor: Actor, amount: object) -> int:
    """Record the change put in the till to start with; the next closing expects it. Returns
    its id."""
    require_desk(actor, "put money in the till")
    settings = get_settings(db)
    value = parse_amount(amount, what="The float", currency=settings.currency)
    return _record(db, actor, CashMovementKind.FLOAT, value, None)


def record_payout(db: Database, actor: Actor, amount: object, reason: object) -> int:
    """Record cash taken out of the till for the studio ("milk for the café"); the next closing
    expects that much less. Returns its id."""
    require_desk(actor, "take money out of the till")
    settings = get_settings(db)
    value = parse_amount(amount, what="The pay-out", currency=settings.currency)
    why = clean_text(reason, what="the reason", max_length=PAYOUT_REASON_LENGTH, required=False)
    if why is None:
        refusal = ValidationError(QT_TRANSLATE_NOOP("services", "Say what the cash was taken out for."))
        raise about_field(refusal, "the reason")
    return _record(db, actor, CashMovementKind.PAYOUT, value, why)


def _record(db: Database, actor: Actor, kind: CashMovementKind, amount: int, reason: str | None) -> int:
    if amount == 0:
        refusal = ValidationError(QT_TRANSLATE_NOOP("services", "Enter an amount larger than nothing."))
        raise about_field(refusal, "The amount")

    def work(session: Session) -> int:
        return session.execute(
            insert(CashMovement)
            .values(
                kind=kind, amount=amount, reason=reason, recorded_by_id=actor.staff_id, recorded_at=db.now()
            )
            .returning(CashMovement.id)
        ).scalar_one()

    return run_write_as(db, actor, work)
