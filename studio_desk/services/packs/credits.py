"""A booking's credit in its pack's ledger: which pack paid for it, and giving it back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from studio_desk.models import CreditKind, CreditLine, Pack, ProductKind
from studio_desk.services.errors import QT_TRANSLATE_NOOP
from studio_desk.services.sentences import Sentence, to_json
from studio_desk.services.views import Actor

PAID_WITH_PACK = QT_TRANSLATE_NOOP("services", "Paid with pack #{pack}")
CREDIT_RETURNED = QT_TRANSLATE_NOOP("services", "The credit went back to pack #{pack}")
ENDED_PACK = QT_TRANSLATE_NOOP("services", "Returned to pack #{pack} after it ended")
_INSERT_LINE = insert(CreditLine)


def pack_of_booking(session: Session, booking_id: int) -> int | None:
    """The pack whose credit paid for the booking, if one did."""
    return session.scalar(
        select(CreditLine.pack_id)
        .where(CreditLine.booking_id == booking_id, CreditLine.kind == CreditKind.USED)
    )


def write_line(
    session: Session, pack_id: int, kind: CreditKind, delta: int, actor: Actor, now: dt.datetime, *,
    booking_id: int | None = None, payment_id: int | None = None, reason: str | Sentence | None = None,
) -> None:
    """One ledger line; the database's triggers move the pack's counters and check the line."""
    words = to_json(reason) if isinstance(reason, Sentence) else None
    session.execute(
        _INSERT_LINE,
        {
            "pack_id": pack_id, "kind": kind, "delta": delta, "booking_id": booking_id,
            "payment_id": payment_id, "reason": None if reason is None else str(reason),
            "reason_words": words, "actor_id": actor.staff_id, "at": now,
        },
    )


def return_credit(session: Session, booking_id: int, actor: Actor, now: dt.datetime) -> int | None:
    """Give a canceled booking's credit back to its pack (a cancel in time); the pack's number,
    or None when no pack paid for it. A credit given back to a pack that has ended (its days
    ran out, or it was closed) ends with it at once: an `expired` line follows."""
    pack_id = pack_of_booking(session, booking_id)
    if pack_id is None:
        return None
    already = session.scalar(
        select(CreditLine.id)
        .where(CreditLine.booking_id == booking_id, CreditLine.kind == CreditKind.RETURNED)
    )
    if already is not None:
        return pack_id
    pack = session.execute(
        select(Pack.kind, Pack.expires_at, Pack.closed_at).where(Pack.id == pack_id)
        .with_for_update(key_share=True)
    ).one()
    is_pack = pack.kind is ProductKind.PACK
    write_line(session, pack_id, CreditKind.RETURNED, 1 if is_pack else 0, actor, now, booking_id=booking_id,
               reason=Sentence(CREDIT_RETURNED, {"pack": pack_id}))
    ended = pack.closed_at is not None or (pack.expires_at is not None and pack.expires_at <= now)
    if ended and is_pack:
        write_line(session, pack_id, CreditKind.EXPIRED, -1, actor, now,
                   reason=Sentence(ENDED_PACK, {"pack": pack_id}))
    return pack_id


def forfeit_credit(
    session: Session, booking_id: int, pack_id: int, actor: Actor, now: dt.datetime, reason: Sentence
) -> None:
    """The studio's rules keep a canceled booking's credit: it comes back and is forfeited at
    once (the pair keeps the ledger's formula, and nothing moves the balance), whatever the
    pack has become meanwhile (ended, closed)."""
    write_line(session, pack_id, CreditKind.RETURNED, 1, actor, now, booking_id=booking_id,
               reason=Sentence(CREDIT_RETURNED, {"pack": pack_id}))
    write_line(session, pack_id, CreditKind.FORFEITED, -1, actor, now, booking_id=booking_id, reason=reason)
