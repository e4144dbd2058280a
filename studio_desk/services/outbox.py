"""The outbox: changes meant for the web platform, written in the desk change's own transaction.

The booking services call `queue_*` inside their unit of work, so a change and its outbox item
commit together or not at all. The sync worker sends the items of one booking in the order they
were written, and retries one that failed with jittered exponential back-off.

It belongs to the core, not to `services.sync`: the status machine and the booking services
write to it whether or not the sync feature is ever imported (DESIGN.md section 1).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import random
import time
from dataclasses import dataclass

from sqlalchemy import bindparam, case, func, insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    Booking,
    BookingAction,
    BookingStatus,
    CreditKind,
    CreditLine,
    OutboxItem,
    OutboxOutcome,
    Payment,
    PaymentMethod,
    StudioSetting,
    SyncState,
)
from studio_desk.services.unit_of_work import run_read

# The settings that turn the web sync on: `services.sync` writes them, bookings read them here.
SYNC_SERVER_KEY, SYNC_ENABLED_KEY = "sync.server", "sync.enabled"
# A desk turning sync on or off reaches the other desks' bookings within this.
SYNC_ON_CACHE_SECONDS = 10.0

# Back-off after a failed try: doubles from FIRST_RETRY up to LAST_RETRY, with jitter so that
# several desks that lost the server together do not come back together.
FIRST_RETRY = dt.timedelta(seconds=5)
LAST_RETRY = dt.timedelta(minutes=15)

# The desk's methods as the web platform's `payment_method` words.
WEB_PAYMENT_METHODS: dict[PaymentMethod, str] = {
    PaymentMethod.CASH: "cash",
    PaymentMethod.CARD: "credit_card",
    PaymentMethod.BANK_TRANSFER: "bank_transfer",
    PaymentMethod.QRIS: "qris",
    PaymentMethod.EWALLET: "e_wallet",
}
# What the web hears of a session paid with a pack (web-platform-api.md; the web only echoes it).
PACKAGE_PAYMENT_METHOD = "package"
# The web's status a desk action leads to. Paying has its own endpoint; see push.
_WEB_STATUS: dict[BookingAction, str] = {
    BookingAction.CONFIRM: "confirmed",
    BookingAction.COMPLETE: "done",
    BookingAction.CANCEL: "canceled",
    BookingAction.EXPIRE: "canceled",
}


class OutboxKind(enum.StrEnum):
    CREATE = "create"
    MARK_PAID = "mark_paid"
    STATUS = "status"


@dataclass(frozen=True)
class WebPayment:
    """What mark-paid tells the web: the payment's reference and how it was paid; or, paid with
    a pack (`pack_id`), the pack's number as the payment id and "package" as the method."""

    method: PaymentMethod | None
    reference: str | None
    pack_id: int | None = None


@dataclass(frozen=True)
class PendingItem:
    id: int
    booking_id: int
    kind: OutboxKind
    payload: dict[str, object]
    attempts: int


_INSERT = insert(OutboxItem)


def _queue(
    session: Session, booking_id: int, kind: OutboxKind, payload: dict[str, object], now: dt.datetime
) -> None:
    session.connection().execute(
        _INSERT,
        {
            "booking_id": booking_id,
            "kind": kind.value,
            "payload": json.dumps(payload),
            "created_at": now,
            "attempts": 0,
            "next_attempt_at": now,
            "last_error": None,
            "sent_at": None,
            "outcome": None,
        },
    )


def queue_create(
    session: Session,
    booking_id: int,
    *,
    course_remote_id: int,
    local_start: dt.datetime,
    client_name: str,
    now: dt.datetime,
) -> None:
    """Make the booking on the web at the course's web id. The studio's local date and time are
    kept for a person reading the outbox; push sends the booking's start on the web's own clock
    (services/sync/web_time.py), worked out when it is sent."""
    _queue(
        session,
        booking_id,
        OutboxKind.CREATE,
        {
            "course": course_remote_id,
            "date": local_start.date().isoformat(),
            "start_time": f"{local_start:%H:%M}",
            # Not in the web's guide; a server that keeps unknown fields shows who it is for.
            "client_name": client_name,
        },
        now,
    )


def repoint_waiting_creates(session: Session, course_id: int, course_remote_id: int) -> int:
    """A course linked to another web course: its bookings not made on the web yet are made
    at the new one. Those already there stay where they are (the web cannot move a booking)."""
    waiting = session.execute(
        select(OutboxItem.id, OutboxItem.payload)
        .join(Booking, Booking.id == OutboxItem.booking_id)
        .where(
            Booking.course_id == course_id,
            OutboxItem.kind == OutboxKind.CREATE.value,
            OutboxItem.sent_at.is_(None),
        )
    ).all()
    moved = 0
    for item_id, text in waiting:
        payload = json.loads(text)
        if payload.get("course") != course_remote_id:
            payload["course"] = course_remote_id
            session.execute(
                update(OutboxItem).where(OutboxItem.id == item_id).values(payload=json.dumps(payload))
            )
            moved += 1
    return moved


def queue_change(
    session: Session,
    booking_id: int,
    action: BookingAction,
    now: dt.datetime,
    payment: WebPayment | None = None,
) -> None:
    """Tell the web what the desk did to a booking that is on the web: paid, confirmed, done,
    canceled. A reschedule never gets here: the web cannot move a booking (see status)."""
    if action is BookingAction.PAY and payment is not None and payment.pack_id is not None:
        _queue(
            session, booking_id, OutboxKind.MARK_PAID,
            {"payment_id": str(payment.pack_id), "payment_method": PACKAGE_PAYMENT_METHOD}, now,
        )
    elif action is BookingAction.PAY:
        method = (payment.method if payment else None) or PaymentMethod.CASH
        # Cash has no slip number; the web still wants a payment id, so the desk names it.
        reference = (payment.reference if payment else None) or f"DESK-{booking_id}"
        _queue(
            session,
            booking_id,
            OutboxKind.MARK_PAID,
            {"payment_id": reference, "payment_method": WEB_PAYMENT_METHODS[method]},
            now,
        )
    elif action in _WEB_STATUS:
        _queue(session, booking_id, OutboxKind.STATUS, {"status": _WEB_STATUS[action]}, now)


def settle_problem(session: Session, booking_id: int) -> None:
    """Forget a booking's sync problem; one the web refused to make stays at the desk only."""
    session.execute(
        update(Booking)
        .where(Booking.id == booking_id)
        .values(
            sync_problem=None,
            sync_problem_words=None,
            sync_state=case(
                (Booking.sync_state.in_([SyncState.CONFLICT, SyncState.REJECTED]), None),
                else_=Booking.sync_state,
            ),
        )
    )


def catch_up_actions(current: BookingStatus) -> list[BookingAction]:
    """What a booking made on the web afresh (pending) needs to reach `current` there."""
    path = {
        BookingStatus.PENDING: [],
        BookingStatus.PAID: [BookingAction.PAY],
        BookingStatus.CONFIRMED: [BookingAction.PAY, BookingAction.CONFIRM],
        BookingStatus.DONE: [BookingAction.PAY, BookingAction.CONFIRM, BookingAction.COMPLETE],
    }
    return path.get(current, [])


def last_payment(session: Session, booking_id: int) -> WebPayment | None:
    """How the booking was paid, as mark-paid tells the web: its pack, or its last money in."""
    pack_id = session.scalar(
        select(CreditLine.pack_id)
        .where(CreditLine.booking_id == booking_id, CreditLine.kind == CreditKind.USED)
    )
    if pack_id is not None:
        return WebPayment(None, None, pack_id=pack_id)
    row = session.execute(
        select(Payment.method, Payment.reference)
        .where(Payment.booking_id == booking_id, Payment.amount > 0)
        .order_by(Payment.id.desc())
        .limit(1)
    ).first()
    return WebPayment(row.method, row.reference) if row else None


_DUE = (
    select(
        OutboxItem.id,
        OutboxItem.booking_id,
        OutboxItem.kind,
        OutboxItem.payload,
        OutboxItem.attempts,
        OutboxItem.next_attempt_at,
    )
    .where(OutboxItem.sent_at.is_(None))
    .order_by(OutboxItem.id)
)


def due_items(session: Session, now: dt.datetime, limit: int) -> list[PendingItem]:
    """Items to send now, oldest first: for each booking only its oldest waiting item, and
    only once its back-off has passed, so a booking's changes reach the web in order."""
    seen: set[int] = set()
    due: list[PendingItem] = []
    for row in session.execute(_DUE):
        if row.booking_id in seen:
            continue
        seen.add(row.booking_id)
        if row.next_attempt_at <= now:
            due.append(
                PendingItem(
                    row.id, row.booking_id, OutboxKind(row.kind), json.loads(row.payload), row.attempts
                )
            )
            if len(due) == limit:
                break
    return due


_FINISH = (
    update(OutboxItem)
    .where(OutboxItem.id == bindparam("item_id"), OutboxItem.sent_at.is_(None))
    .values(sent_at=bindparam("now"), outcome=bindparam("result"), last_error=bindparam("error"))
)


def finish(
    session: Session, item_id: int, outcome: OutboxOutcome, now: dt.datetime, error: str | None = None
) -> None:
    session.connection().execute(_FINISH, {"item_id": item_id, "now": now, "result": outcome, "error": error})


def skip_rest(session: Session, booking_id: int, now: dt.datetime, why: str) -> None:
    """Finish a booking's waiting items without sending them: it never reached the web."""
    session.execute(
        update(OutboxItem)
        .where(OutboxItem.booking_id == booking_id, OutboxItem.sent_at.is_(None))
        .values(sent_at=now, outcome=OutboxOutcome.SKIPPED, last_error=why)
    )


def begin_try(session: Session, item_id: int, attempts: int) -> None:
    """Write that the item is being tried, its `attempts`-th time, before it goes out and in a
    transaction of its own: a desk that dies before it hears back leaves the mark behind, so
    the item is known to have been tried whatever became of the desk."""
    session.execute(update(OutboxItem).where(OutboxItem.id == item_id).values(attempts=attempts))


def retry_delay(attempts: int) -> dt.timedelta:
    """How long to wait after the `attempts`-th failed try: exponential, half of it jittered."""
    ceiling = min(LAST_RETRY, FIRST_RETRY * 2 ** max(attempts - 1, 0))
    half: dt.timedelta = ceiling / 2
    return half + half * random.random()


def try_later(session: Session, item_id: int, attempts: int, now: dt.datetime, error: str) -> None:
    session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id)
        .values(attempts=attempts, next_attempt_at=now + retry_delay(attempts), last_error=error)
    )


def waiting_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).where(OutboxItem.sent_at.is_(None))) or 0)


@dataclass
class _SyncOnCache:
    on: bool
    read_at: float


def web_sync_on(db: Database) -> bool:
    """Whether new desk bookings go to the web. Asked on every booking, so kept for
    SYNC_ON_CACHE_SECONDS instead of costing a query each time."""
    cached = db.outbox_cache
    if isinstance(cached, _SyncOnCache) and time.monotonic() - cached.read_at < SYNC_ON_CACHE_SECONDS:
        return cached.on

    def read(session: Session) -> bool:
        rows = dict(
            session.execute(
                select(StudioSetting.key, StudioSetting.value).where(
                    StudioSetting.key.in_((SYNC_SERVER_KEY, SYNC_ENABLED_KEY))
                )
            ).all()
        )
        return rows.get(SYNC_ENABLED_KEY) == "1" and bool(rows.get(SYNC_SERVER_KEY))

    on = run_read(db, read)
    remember_web_sync_on(db, on)
    return on


def remember_web_sync_on(db: Database, on: bool) -> None:
    """What this desk just set (the sync's configuration), so its next booking follows at once."""
    db.outbox_cache = _SyncOnCache(on, time.monotonic())
