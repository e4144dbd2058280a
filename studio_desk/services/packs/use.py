"""Paying for a session with a pack: which of a client's packs can, and using one credit."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    BlockLift,
    BookingAction,
    ClientBlock,
    Course,
    CreditKind,
    Pack,
    PackCourse,
    PackFreeze,
    ProductKind,
    ProductScope,
)
from studio_desk.services.bookings import status
from studio_desk.services.bookings.make import asked_slot, book_in
from studio_desk.services.bookings.permissions import require
from studio_desk.services.bookings.reads import load_view, parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.outbox import WebPayment
from studio_desk.services.packs.credits import PAID_WITH_PACK, pack_of_booking, write_line
from studio_desk.services.packs.reads import load_pack, packs_of
from studio_desk.services.packs.sales import expiry_after
from studio_desk.services.packs.views import PackChoice, PackState, PackView
from studio_desk.services.people.acting import run_read_as, run_write_as
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import parse_date, parse_time, to_instant
from studio_desk.services.views import Actor, BookingView

_CLOSED = QT_TRANSLATE_NOOP("services", "Pack #{pack} was closed on {day}.")
_EXPIRED = QT_TRANSLATE_NOOP("services", "Pack #{pack} expired on {day}.")
_USED_UP = QT_TRANSLATE_NOOP("services", "Pack #{pack} has no sessions left.")
_FULL = QT_TRANSLATE_NOOP("services", "Membership #{pack} already has {open} of {limit} bookings open.")
_NOT_FOR_COURSE = QT_TRANSLATE_NOOP("services", "Pack #{pack} is not for {course}.")
_ENDS_BEFORE = QT_TRANSLATE_NOOP("services", "Pack #{pack} ends on {day}, before this session.")
_NO_PACK = QT_TRANSLATE_NOOP("services", "{client} has no pack that can pay for this session.")
_NOT_THEIRS = QT_TRANSLATE_NOOP("services", "Pack #{pack} belongs to another client.")
_FROZEN = QT_TRANSLATE_NOOP("services", "Pack #{pack} is frozen until {day}.")
_BLOCKED = QT_TRANSLATE_NOOP(
    "services",
    "Membership #{pack} cannot book until after {day}: the studio's rules block a member who did not show.",
)


@dataclasses.dataclass(frozen=True)
class _Session:
    """What decides whether a pack can pay for a session."""

    course_id: int
    coach_id: int
    course_title: str
    start: dt.datetime


def _why_not(
    session: Session, pack: PackView, wanted: _Session, now: dt.datetime, zone: ZoneInfo, *,
    held: bool = False,
) -> Sentence | None:
    """Why `pack` cannot pay for `wanted`, or None. `held`: the session's booking holds one of its
    credits already (a move), so only the session's time and course matter."""
    fields: dict[str, object] = {"pack": pack.id}
    if not held and (why := _ended(session, pack, fields, now, zone)) is not None:
        return why
    if not _in_scope(session, pack, wanted):
        return Sentence(_NOT_FOR_COURSE, fields | {"course": wanted.course_title})
    if (thawed := _freeze_end(session, pack, wanted)) is not None:
        return Sentence(_FROZEN, fields | {"day": (thawed.astimezone(zone) - dt.timedelta(seconds=1)).date()})
    ends = pack.expires_at or expiry_after(now, pack.valid_days, zone)
    if wanted.start >= ends:
        return Sentence(_ENDS_BEFORE,
                        fields | {"day": (ends - dt.timedelta(seconds=1)).astimezone(zone).date()})
    return None


def _ended(
    session: Session, pack: PackView, fields: dict[str, object], now: dt.datetime, zone: ZoneInfo
) -> Sentence | None:
    """Why the pack can take no new booking at all, whatever the session: closed, run out of
    days or credits, its member blocked, or as many bookings open as it allows."""
    if pack.state is PackState.CLOSED:
        assert pack.closed_at is not None
        return Sentence(_CLOSED, fields | {"day": pack.closed_at.date()})
    if pack.state is PackState.EXPIRED:
        return Sentence(_EXPIRED, fields | {"day": pack.last_day})
    if pack.state is PackState.USED_UP:
        return Sentence(_USED_UP, fields)
    if pack.is_membership and (blocked := _blocked_until(session, pack.client_id, now)) is not None:
        return Sentence(_BLOCKED,
                        fields | {"day": (blocked - dt.timedelta(seconds=1)).astimezone(zone).date()})
    if pack.max_active is not None and pack.active_bookings >= pack.max_active:
        return Sentence(_FULL, fields | {"open": pack.active_bookings, "limit": pack.max_active})
    return None


def _freeze_end(session: Session, pack: PackView, wanted: _Session) -> dt.datetime | None:
    """The end of the pack's freeze the session starts inside, if it does (none for a pack never
    frozen, without asking the database)."""
    if pack.freezes_used == 0:
        return None
    return session.scalar(
        select(PackFreeze.ends_at).where(
            PackFreeze.pack_id == pack.id, PackFreeze.starts_at <= wanted.start,
            PackFreeze.ends_at > wanted.start,
        )
    )


def _blocked_until(session: Session, client_id: int, now: dt.datetime) -> dt.datetime | None:
    """When a member's no-show block ends (the latest not lifted), if one holds now."""
    return session.scalar(
        select(func.max(ClientBlock.until)).where(
            ClientBlock.client_id == client_id, ClientBlock.until > now,
            ~select(BlockLift.block_id).where(BlockLift.block_id == ClientBlock.id).exists(),
        )
    )


def _in_scope(session: Session, pack: PackView, wanted: _Session) -> bool:
    if pack.scope is ProductScope.ALL:
        return True
    if pack.scope is ProductScope.COACH:
        return session.scalar(select(Pack.coach_id).where(Pack.id == pack.id)) == wanted.coach_id
    return session.scalar(
        select(PackCourse.course_id)
        .where(PackCourse.pack_id == pack.id, PackCourse.course_id == wanted.course_id)
    ) is not None


_STATE_RANK = {PackState.OPEN: 0, PackState.NOT_STARTED: 0, PackState.USED_UP: 1, PackState.EXPIRED: 2,
               PackState.CLOSED: 3}


def _sort_key(choice: PackChoice) -> tuple[bool, int, dt.datetime, int]:
    """Usable first, then the one that ends first (a pack not yet started last), then oldest.
    Of those that cannot, a running pack first: its reason is the one worth saying."""
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    pack = choice.pack
    return (not choice.usable, _STATE_RANK[pack.state], pack.expires_at or far, pack.id)


def _choices(
    session: Session, client_id: int, wanted: _Session, now: dt.datetime, zone: ZoneInfo
) -> list[PackChoice]:
    packs = packs_of(session, client_id, now, zone)
    choices = [PackChoice(pack, _why_not(session, pack, wanted, now, zone)) for pack in packs]
    return sorted(choices, key=_sort_key)


def usable_packs(
    db: Database, actor: Actor, *, client_id: object, course_id: object, date: dt.date | str,
    start_time: dt.time | str,
) -> list[PackChoice]:
    """The client's packs for a session of `course_id` at a local date and time: the ones that
    can pay for it first (the one that ends first leads: the desk picks it unless the person
    picks another), then the others with why not. Packs that ended long ago are left out."""
    client = parse_id(client_id, "client")
    course = parse_id(course_id, "course")
    day, time = parse_date(date), parse_time(start_time)
    zone = get_settings(db).zone

    def work(session: Session) -> list[PackChoice]:
        wanted = _wanted(session, course, to_instant(day, time, zone))
        now = db.now()
        choices = _choices(session, client, wanted, now, zone)
        recent = now - dt.timedelta(days=31)
        return [c for c in choices if c.usable or c.pack.expires_at is None or c.pack.expires_at > recent]

    return run_read_as(db, actor, work)


def _wanted(session: Session, course_id: int, start: dt.datetime) -> _Session:
    row = session.execute(select(Course.coach_id, Course.title).where(Course.id == course_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "Course not found"))
    return _Session(course_id, row.coach_id, row.title, start)


def check_move(
    session: Session, booking: BookingView, coach_id: int, start: dt.datetime, now: dt.datetime,
    zone: ZoneInfo,
) -> None:
    """A booking paid with a pack keeps its credit when it moves (nothing is written), so the
    pack must pay for the new time as well: refused when it ends before it or is not for the
    new coach. The web is not told of a move, nor of the pack."""
    pack_id = pack_of_booking(session, booking.id)
    if pack_id is None:
        return
    pack = load_pack(session, pack_id, now, zone)
    wanted = _Session(booking.course_id, coach_id, booking.course_title, start)
    if (why := _why_not(session, pack, wanted, now, zone, held=True)) is not None:
        raise ValidationError(why.template, **dict(why.fields))


def pay_with_pack(db: Database, actor: Actor, booking_id: object, *, pack_id: object = None) -> BookingView:
    """Pay a pending booking with one credit of a pack of its client (`pack_id`, or else the
    usable one that ends first): the booking is paid at once, its history says "Paid with pack
    #12", and the web hears "package" and the pack's number."""
    booking_number = parse_id(booking_id, "booking")
    chosen = None if pack_id is None else parse_id(pack_id, "pack")
    zone = get_settings(db).zone

    def work(session: Session) -> BookingView:
        booking = load_view(session, booking_number, zone)
        return _pay(db, session, actor, booking, chosen, zone)

    return run_write_as(db, actor, work)


def book_with_pack(
    db: Database, actor: Actor, *, client_id: object, course_id: object, date: dt.date | str,
    start_time: dt.time | str, pack_id: object = None,
) -> BookingView:
    """Book a client and pay with one of their packs in one step: nothing is saved unless both
    succeed (a pack that cannot pay leaves no pending booking behind)."""
    require(actor, BookingAction.CREATE)
    client = parse_id(client_id, "client")
    chosen = None if pack_id is None else parse_id(pack_id, "pack")
    slot = asked_slot(db, course_id, date, start_time)

    def work(session: Session) -> BookingView:
        booking = book_in(db, session, actor, client, slot)
        return _pay(db, session, actor, booking, chosen, slot.zone)

    return run_write_as(db, actor, work)


def _locked(session: Session, pack_id: int, now: dt.datetime, zone: ZoneInfo) -> PackView:
    """The pack, read again once its row is locked: another desk may be using its last credit,
    so this waits for it and judges what is left (the database's counters refuse what this
    check might still miss)."""
    session.execute(select(Pack.id).where(Pack.id == pack_id).with_for_update(key_share=True))
    return load_pack(session, pack_id, now, zone)


def _chosen_pack(
    session: Session, booking: BookingView, wanted: _Session, now: dt.datetime, zone: ZoneInfo
) -> PackView:
    """The usable pack that ends first, locked. When another desk used it up (or filled it)
    while this one waited for it, the next usable one pays, as it would have had this desk come
    second; with none left, the person hears why the first cannot."""
    tried: dict[int, Sentence] = {}  # pack -> why it could not, once locked
    while True:
        choices = _choices(session, booking.client_id, wanted, now, zone)
        if not choices:
            raise ValidationError(_NO_PACK, client=booking.client_name)
        first = choices[0]
        if first.why_not is not None or first.pack.id in tried:  # none can: say why the likeliest cannot
            told = next(iter(tried.values()), None) or first.why_not
            assert told is not None
            raise ValidationError(told.template, **dict(told.fields))
        pack = _locked(session, first.pack.id, now, zone)
        if (why := _why_not(session, pack, wanted, now, zone)) is None:
            return pack
        tried[pack.id] = why  # read again, it is not usable any more: the next one comes first


def _pay(
    db: Database, session: Session, actor: Actor, booking: BookingView, chosen: int | None, zone: ZoneInfo
) -> BookingView:
    now = db.now()
    status.check_allowed(booking, actor, BookingAction.PAY, now)
    wanted = _Session(booking.course_id, booking.coach_id, booking.course_title, booking.start_at)
    if chosen is None:
        pack = _chosen_pack(session, booking, wanted, now, zone)
    else:
        pack = _locked(session, chosen, now, zone)
        if pack.client_id != booking.client_id:
            raise ValidationError(_NOT_THEIRS, pack=pack.id)
        if (why := _why_not(session, pack, wanted, now, zone)) is not None:
            raise ValidationError(why.template, **dict(why.fields))
    if pack.expires_at is None:  # valid from its first use: this is it
        session.execute(
            update(Pack).where(Pack.id == pack.id, Pack.expires_at.is_(None))
            .values(first_used_at=now, expires_at=expiry_after(now, pack.valid_days, zone))
        )
    paid = Sentence(PAID_WITH_PACK, {"pack": pack.id})
    write_line(session, pack.id, CreditKind.USED, 0 if pack.kind is ProductKind.MEMBERSHIP else -1,
               actor, now, booking_id=booking.id, reason=paid)
    paid_now = status.transition(
        session, booking, BookingAction.PAY, actor, now, reason=paid, money=0,
        payment=WebPayment(None, None, pack_id=pack.id),
    )
    return dataclasses.replace(paid_now, paid_with_pack=pack.id)


def pay_in_unit(
    db: Database, session: Session, actor: Actor, booking: BookingView, zone: ZoneInfo, pack_id: int | None = None
) -> BookingView:
    """`pay_with_pack` in the caller's unit of work (a place made and paid in one step)."""
    return _pay(db, session, actor, booking, pack_id, zone)


def usable_pack_for(session: Session, booking: BookingView, now: dt.datetime, zone: ZoneInfo) -> PackView | None:
    """The pack that would pay for `booking` now (the usable one that ends first), or None."""
    wanted = _Session(booking.course_id, booking.coach_id, booking.course_title, booking.start_at)
    choices = _choices(session, booking.client_id, wanted, now, zone)
    return choices[0].pack if choices and choices[0].usable else None
