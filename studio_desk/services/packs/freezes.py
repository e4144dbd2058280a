"""Freezing a pack or membership: a client away for some days keeps them, by an admin's hand.

A freeze holds the pack from the start of a local day for whole days: no session inside it may
use the pack, and the pack's last day moves on by as many days. Its terms say how often and for
how long at most. The database keeps the rest (0016): the pack's `expires_at` moves only with a
new freeze row counted in `freezes_used`, and no credit is used for a session inside a freeze.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import ACTIVE_STATUSES, Booking, CreditKind, CreditLine, Pack, PackFreeze
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError, about_field
from studio_desk.services.packs.reads import load_pack
from studio_desk.services.packs.views import PackState, PackView
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import parse_date, to_instant
from studio_desk.services.text import REASON_LENGTH, required_text, shown
from studio_desk.services.views import Actor

DAYS_FIELD = "the days"
START_FIELD = "the first day"
# What a caller may give as the days before the pack's own terms are asked: 1 to 9999.
_DAYS_TEXT = re.compile(r"[0-9]{1,4}", re.ASCII)
_NOT_DAYS = QT_TRANSLATE_NOOP("services", "'{value}' is not a number of days. Give whole days, like 14.")
_CLOSED = QT_TRANSLATE_NOOP("services", "Pack #{pack} was closed on {day}, so it cannot be frozen.")
_EXPIRED = QT_TRANSLATE_NOOP("services", "Pack #{pack} expired on {day}, so it cannot be frozen.")
_NOT_STARTED = QT_TRANSLATE_NOOP(
    "services", "Pack #{pack} starts with its first session, so there is nothing to freeze yet."
)
_USED_UP = QT_TRANSLATE_NOOP("services", "Pack #{pack} has no sessions left, so there is nothing to freeze.")
_NO_FREEZES = QT_TRANSLATE_NOOP("services", "Pack #{pack} may not be frozen: its terms allow no freezes.")
_FREEZES_USED = QT_TRANSLATE_NOOP("services", "Pack #{pack} may be frozen {allowed} times; it has been.")
_TOO_LONG = QT_TRANSLATE_NOOP("services", "Pack #{pack} may be frozen for at most {most} days at a time.")
_BEFORE_TODAY = QT_TRANSLATE_NOOP("services", "A freeze starts today or later, not on {day}.")
_AFTER_LAST_DAY = QT_TRANSLATE_NOOP("services", "Pack #{pack} ends on {day}: a freeze must start by then.")
_OVERLAPS = QT_TRANSLATE_NOOP("services", "Pack #{pack} is already frozen from {first} to {last}.")
_BOOKED_ONCE = QT_TRANSLATE_NOOP(
    "services", "Pack #{pack} pays for a booking on {start}, inside the freeze: move or cancel it first."
)
_BOOKED_MORE = QT_TRANSLATE_NOOP(
    "services",
    "Pack #{pack} pays for {count} bookings inside the freeze, from {first} to {last}: move or cancel "
    "them first.",
)


def parse_days(value: object) -> int:
    """Whole days, as an int or typed digits: 1 to 9999 (the pack's terms allow fewer)."""
    if isinstance(value, int) and not isinstance(value, bool):
        days = value
    elif isinstance(value, str) and _DAYS_TEXT.fullmatch(value.strip()):
        days = int(value.strip())
    else:
        raise about_field(ValidationError(_NOT_DAYS, value=shown(value, 20)), DAYS_FIELD)
    if not 1 <= days <= 9999:
        raise about_field(ValidationError(_NOT_DAYS, value=shown(value, 20)), DAYS_FIELD)
    return days


def freeze_pack(
    db: Database, actor: Actor, pack_id: object, *, start_date: dt.date | str, days: object, reason: object
) -> PackView:
    """Freeze a started, open pack for `days` whole days from `start_date` (today or later, by
    its last day): an admin's, with a reason. Refused when its terms allow no more freezes or
    not so long, when it overlaps a freeze of the pack, and when a booking paid with the pack
    starts inside it. The pack's last day moves on by `days`."""
    require_admin(actor, "freeze packs")
    number = parse_id(pack_id, "pack")
    first_day = parse_date(start_date)
    length = parse_days(days)
    why = required_text(reason, what="the reason", max_length=REASON_LENGTH)
    zone = get_settings(db).zone

    def work(session: Session) -> PackView:
        now = db.now()
        # Another desk may be using this pack: wait for it, then judge the pack as it is.
        session.execute(select(Pack.id).where(Pack.id == number).with_for_update(key_share=True))
        pack = load_pack(session, number, now, zone)
        _check_terms(pack, length)
        assert pack.expires_at is not None and pack.last_day is not None
        today = now.astimezone(zone).date()
        if first_day < today:
            raise about_field(ValidationError(_BEFORE_TODAY, day=first_day), START_FIELD)
        if first_day > pack.last_day:
            raise about_field(ValidationError(_AFTER_LAST_DAY, pack=pack.id, day=pack.last_day), START_FIELD)
        starts_at = to_instant(first_day, dt.time(0, 0), zone)
        ends_at = to_instant(first_day + dt.timedelta(days=length), dt.time(0, 0), zone)
        _check_free(session, pack.id, starts_at, ends_at, zone)
        # The freeze first: the packs guard wants freezes_used to be the count of freezes.
        session.execute(
            insert(PackFreeze),
            {"pack_id": pack.id, "starts_at": starts_at, "ends_at": ends_at, "days": length, "reason": why,
             "actor_id": actor.staff_id, "at": now},
        )
        later = to_instant(pack.last_day + dt.timedelta(days=1 + length), dt.time(0, 0), zone)
        session.execute(
            update(Pack).where(Pack.id == pack.id)
            .values(freezes_used=Pack.freezes_used + 1, expires_at=later)
        )
        return load_pack(session, pack.id, now, zone)

    return run_write_as(db, actor, work)


def _check_terms(pack: PackView, length: int) -> None:
    """The pack is running and its terms allow one more freeze of `length` days."""
    number = pack.id
    if pack.state is PackState.CLOSED:
        assert pack.closed_at is not None
        raise ValidationError(_CLOSED, pack=number, day=pack.closed_at.date())
    if pack.state is PackState.EXPIRED:
        raise ValidationError(_EXPIRED, pack=number, day=pack.last_day)
    if pack.state is PackState.NOT_STARTED:
        raise ValidationError(_NOT_STARTED, pack=number)
    if pack.state is PackState.USED_UP:
        raise ValidationError(_USED_UP, pack=number)
    if pack.freezes_allowed == 0:
        raise ValidationError(_NO_FREEZES, pack=number)
    if pack.freezes_used >= pack.freezes_allowed:
        raise ValidationError(_FREEZES_USED, pack=number, allowed=pack.freezes_allowed)
    if length > pack.freeze_days_max:
        raise about_field(ValidationError(_TOO_LONG, pack=number, most=pack.freeze_days_max), DAYS_FIELD)


def _check_free(
    session: Session, pack_id: int, starts_at: dt.datetime, ends_at: dt.datetime, zone: ZoneInfo
) -> None:
    """Nothing of the pack's inside the new freeze: no other freeze (two would move its end twice
    for the same days), and no active booking paid with it."""
    other = session.execute(
        select(PackFreeze.starts_at, PackFreeze.ends_at)
        .where(PackFreeze.pack_id == pack_id, PackFreeze.starts_at < ends_at, PackFreeze.ends_at > starts_at)
        .order_by(PackFreeze.starts_at).limit(1)
    ).first()
    if other is not None:
        raise ValidationError(
            _OVERLAPS, pack=pack_id, first=other.starts_at.astimezone(zone).date(),
            last=(other.ends_at.astimezone(zone) - dt.timedelta(seconds=1)).date(),
        )
    starts = session.scalars(
        select(Booking.start_at)
        .join(CreditLine, CreditLine.booking_id == Booking.id)
        .where(
            CreditLine.pack_id == pack_id, CreditLine.kind == CreditKind.USED,
            Booking.status.in_(ACTIVE_STATUSES), Booking.start_at >= starts_at, Booking.start_at < ends_at,
        )
        .order_by(Booking.start_at)
    ).all()
    if len(starts) == 1:
        raise ValidationError(_BOOKED_ONCE, pack=pack_id, start=starts[0].astimezone(zone))
    if starts:
        raise ValidationError(
            _BOOKED_MORE, pack=pack_id, count=len(starts), first=starts[0].astimezone(zone),
            last=starts[-1].astimezone(zone),
        )
