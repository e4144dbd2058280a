"""The pack reports of the front desk: what the studio still owes of the packs and memberships it
sold ("sold, not yet used"), the packs sold and refunded by day and month, the packs about to
end (with the client's phone, to call), and the credits that ended unused.

A pack's sessions are worth what was paid for it: price × credits // sessions. What is owed is
read from the ledger (credit_lines), so that the end of a past day can be counted as it was.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from studio_desk.db import Database
from studio_desk.models import (
    BookingStatus,
    Client,
    CreditKind,
    CreditLine,
    Pack,
    Payment,
    ProductKind,
    StatusChange,
)
from studio_desk.services.bookings.permissions import require_desk
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.packs.report_views import (
    ExpiredCredits,
    ExpiredDay,
    ExpiredPack,
    ExpiringPack,
    PackSales,
    PacksSold,
    UnusedCredits,
    UnusedMembership,
    UnusedPack,
)
from studio_desk.services.people.acting import run_read_as
from studio_desk.services.people.phones import format_phone
from studio_desk.services.reports import MAX_DAYS, parse_range
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import day_bounds, parse_date
from studio_desk.services.views import Actor

_SECOND = dt.timedelta(seconds=1)  # instants are kept to the second


def _last_day(expires_at: dt.datetime | None, zone: ZoneInfo) -> dt.date | None:
    """The last local day a pack may be used on (it stops at the start of the next)."""
    return None if expires_at is None else (expires_at - _SECOND).astimezone(zone).date()


def _worth(price: int, part: int, whole: int) -> int:
    """`part` of `whole` sessions (or days) of something paid `price` for, rounded down."""
    return price * part // whole if whole > 0 else 0


# Sold, not yet used -----------------------------------------------------------------------------


def unused_credits(db: Database, actor: Actor | None, *, on: dt.date | str | None = None) -> UnusedCredits:
    """What the studio still owes of the packs and memberships it sold, at the end of the local
    day `on` (by default, and for today or a day to come, now: the report does not guess what
    will be used). Per pack still running then (not closed, not ended, sold by then): its credits
    not yet booked and those booked for sessions not yet done, each at the price paid per session;
    a pack with neither is left out. Memberships apart, with their days left (the day of the
    report included) at the price paid per day. Read from the ledger as it stood then."""
    require_desk(actor, "see the packs' reports")
    day = None if on is None else parse_date(on)
    settings = get_settings(db)
    zone = settings.zone

    def work(session: Session) -> UnusedCredits:
        now = db.now().replace(microsecond=0)
        through = now if day is None else min(now, day_bounds(day, zone)[1] - _SECOND)
        packs, memberships = _owed(session, through, zone)
        return UnusedCredits(through.astimezone(zone), settings.currency, packs, memberships)

    return run_read_as(db, actor, work)


def _owed(
    session: Session, through: dt.datetime, zone: ZoneInfo
) -> tuple[tuple[UnusedPack, ...], tuple[UnusedMembership, ...]]:
    """The packs and memberships running at `through` (included), with what they owe then."""
    balance = (
        select(func.coalesce(func.sum(CreditLine.delta), 0))
        .where(CreditLine.pack_id == Pack.id, CreditLine.at <= through)
        .scalar_subquery()
    )
    found = session.execute(
        select(
            Pack.id, Pack.client_id, Client.name.label("client_name"), Pack.kind, Pack.name, Pack.sessions,
            Pack.valid_days, Pack.price, Pack.sold_at, Pack.expires_at, balance.label("balance"),
        )
        .join(Client, Client.id == Pack.client_id)
        .where(
            Pack.sold_at <= through,
            or_(Pack.closed_at.is_(None), Pack.closed_at > through),
            or_(Pack.expires_at.is_(None), Pack.expires_at > through),
        )
    ).all()
    rows = sorted(found, key=lambda row: (row.client_name.casefold(), row.id))
    held = _held_credits(session, [row.id for row in rows if row.kind is ProductKind.PACK], through)
    today = through.astimezone(zone).date()
    packs: list[UnusedPack] = []
    memberships: list[UnusedMembership] = []
    for row in rows:
        last_day = _last_day(row.expires_at, zone)
        sold_on = row.sold_at.astimezone(zone).date()
        if row.kind is ProductKind.MEMBERSHIP:
            days_left = row.valid_days if last_day is None else (last_day - today).days + 1
            memberships.append(UnusedMembership(
                pack_id=row.id, client_id=row.client_id, client_name=row.client_name, name=row.name,
                sold_on=sold_on, last_day=last_day, valid_days=row.valid_days, price=row.price,
                days_left=days_left, value=_worth(row.price, days_left, row.valid_days),
            ))
            continue
        booked = held.get(row.id, 0)
        if row.balance <= 0 and booked <= 0:
            continue  # used up and nothing booked: nothing owed
        packs.append(UnusedPack(
            pack_id=row.id, client_id=row.client_id, client_name=row.client_name, name=row.name,
            sold_on=sold_on, last_day=last_day, sessions=row.sessions, price=row.price,
            balance=row.balance, held=booked, value=_worth(row.price, row.balance, row.sessions),
            held_value=_worth(row.price, booked, row.sessions),
        ))
    return tuple(packs), tuple(memberships)


_USED = aliased(CreditLine, name="used")  # a used line, against its booking's later lines


def _held_credits(session: Session, pack_ids: list[int], through: dt.datetime) -> dict[int, int]:
    """Per pack, its credits used by bookings that by `through` were neither done nor canceled
    and had not had the credit back: sessions still owed, though booked."""
    if not pack_ids:
        return {}
    returned = exists().where(
        CreditLine.booking_id == _USED.booking_id, CreditLine.kind == CreditKind.RETURNED,
        CreditLine.at <= through,
    )
    ended = exists().where(
        StatusChange.booking_id == _USED.booking_id,
        StatusChange.to_status.in_((BookingStatus.DONE, BookingStatus.CANCELED)),
        StatusChange.at <= through,
    )
    rows = session.execute(
        select(_USED.pack_id, func.count())
        .where(
            _USED.pack_id.in_(pack_ids), _USED.kind == CreditKind.USED, _USED.at <= through,
            ~returned, ~ended,
        )
        .group_by(_USED.pack_id)
    )
    return {pack_id: count for pack_id, count in rows}


# Packs sold --------------------------------------------------------------------------------------


def packs_sold(db: Database, actor: Actor | None, start: dt.date | str, end: dt.date | str) -> PacksSold:
    """Packs and memberships sold between `start` and `end` (local dates, included), by the day
    and the month the money was taken: how many and for how much, from their sales' payment
    lines, and the refunds of packs (their negative lines), how many and how much."""
    require_desk(actor, "see the packs' reports")
    first, last = parse_range(start, end)
    settings = get_settings(db)
    zone = settings.zone
    begin, _ = day_bounds(first, zone)
    _, finish = day_bounds(last, zone)

    def work(session: Session) -> PacksSold:
        rows = session.execute(
            select(Payment.amount, Payment.taken_at, Pack.kind)
            .join(Pack, Pack.id == Payment.pack_id)
            .where(Payment.taken_at >= begin, Payment.taken_at < finish)
        ).all()
        lines = [(row.taken_at.astimezone(zone).date(), row.kind, row.amount) for row in rows]
        days = sorted({day for day, _, _ in lines})
        return PacksSold(
            start=first, end=last, currency=settings.currency,
            days=tuple(_sales(day, (line for line in lines if line[0] == day)) for day in days),
            months=tuple(
                _sales(month_start, (line for line in lines if month_start <= line[0] <= month_end))
                for month_start, month_end in _months(first, last)
            ),
            total=_sales(first, lines),
        )

    return run_read_as(db, actor, work)


def _sales(start: dt.date, lines: Iterable[tuple[dt.date, ProductKind, int]]) -> PackSales:
    counts: dict[str, int] = defaultdict(int)
    for _, kind, amount in lines:
        if amount < 0:
            counts["refunds"] += 1
            counts["refunded"] -= amount
        elif amount > 0 and kind is ProductKind.MEMBERSHIP:
            counts["memberships"] += 1
            counts["memberships_money"] += amount
        elif amount > 0:
            counts["packs"] += 1
            counts["packs_money"] += amount
    return PackSales(
        start=start, packs=counts["packs"], packs_money=counts["packs_money"],
        memberships=counts["memberships"], memberships_money=counts["memberships_money"],
        refunds=counts["refunds"], refunded=counts["refunded"],
    )


def _months(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The months from `first` to `last`, each cut to the range: (its first day, its last day)."""
    months = []
    start = first
    while start <= last:
        following = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        months.append((start, min(last, following - dt.timedelta(days=1))))
        start = following
    return months


# Ending soon -------------------------------------------------------------------------------------

_DAYS = QT_TRANSLATE_NOOP("services", "Give the number of days as a whole number from 1 to {most}.")


def expiring_packs(db: Database, actor: Actor | None, *, days: int = 14) -> tuple[ExpiringPack, ...]:
    """The running packs with credits left and the running memberships whose last day falls in
    the next `days` days, today included: the clients to call before it is lost. Soonest first,
    with the client's phone as the desk shows phones."""
    require_desk(actor, "see the packs' reports")
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_DAYS:
        raise ValidationError(_DAYS, most=MAX_DAYS)
    settings = get_settings(db)
    zone = settings.zone

    def work(session: Session) -> tuple[ExpiringPack, ...]:
        now = db.now()
        today = now.astimezone(zone).date()
        horizon, _ = day_bounds(today + dt.timedelta(days=days), zone)
        rows = session.execute(
            select(
                Pack.id, Pack.client_id, Client.name.label("client_name"), Client.phone, Pack.kind, Pack.name,
                Pack.sessions, Pack.price, Pack.expires_at, Pack.balance,
            )
            .join(Client, Client.id == Pack.client_id)
            .where(
                Pack.closed_at.is_(None), Pack.expires_at > now, Pack.expires_at <= horizon,
                or_(Pack.kind == ProductKind.MEMBERSHIP, Pack.balance > 0),
            )
        ).all()
        found = []
        for row in rows:
            last_day = _last_day(row.expires_at, zone)
            assert last_day is not None
            is_pack = row.kind is ProductKind.PACK
            found.append(ExpiringPack(
                pack_id=row.id, client_id=row.client_id, client_name=row.client_name,
                phone=format_phone(row.phone, settings.phone_country_code), kind=row.kind, name=row.name,
                last_day=last_day, days_left=(last_day - today).days + 1, balance=row.balance,
                value=_worth(row.price, row.balance, row.sessions) if is_pack else 0,
            ))
        found.sort(key=lambda pack: (pack.last_day, pack.client_name.casefold(), pack.pack_id))
        return tuple(found)

    return run_read_as(db, actor, work)


# Credits that ended unused -----------------------------------------------------------------------


def expired_credits(
    db: Database, actor: Actor | None, start: dt.date | str, end: dt.date | str
) -> ExpiredCredits:
    """The credits that ended unused (the ledger's `expired` lines) of the packs that ended between
    `start` and `end` (local dates, included), on the local day each pack ended: the day of its
    expires_at, or of its closing if it was closed before. Valued at the price paid per session."""
    require_desk(actor, "see the packs' reports")
    first, last = parse_range(start, end)
    settings = get_settings(db)
    zone = settings.zone
    begin, _ = day_bounds(first, zone)

    def work(session: Session) -> ExpiredCredits:
        rows = session.execute(
            select(
                Pack.id, Client.name.label("client_name"), Pack.name, Pack.sessions, Pack.price,
                Pack.expires_at, Pack.closed_at, func.min(CreditLine.at).label("first_at"),
                func.sum(CreditLine.delta).label("delta"),
            )
            .join(Pack, Pack.id == CreditLine.pack_id)
            .join(Client, Client.id == Pack.client_id)
            .where(
                CreditLine.kind == CreditKind.EXPIRED,
                # A cheap first cut; the day the pack ended is worked out below.
                or_(Pack.expires_at.is_(None), Pack.expires_at >= begin, and_(
                    Pack.closed_at.is_not(None), Pack.closed_at >= begin)),
            )
            .group_by(
                Pack.id, Client.name, Pack.name, Pack.sessions, Pack.price, Pack.expires_at, Pack.closed_at
            )
        ).all()
        packs = []
        for row in rows:
            ends = [moment for moment in (row.expires_at, row.closed_at) if moment is not None]
            ended = min(ends) if ends else row.first_at
            day = ended.astimezone(zone).date()
            if first <= day <= last:
                credits = -int(row.delta)
                packs.append(ExpiredPack(
                    day=day, pack_id=row.id, client_name=row.client_name, name=row.name, credits=credits,
                    value=_worth(row.price, credits, row.sessions or 0),
                ))
        packs.sort(key=lambda pack: (pack.day, pack.pack_id))
        by_day: dict[dt.date, list[ExpiredPack]] = defaultdict(list)
        for pack in packs:
            by_day[pack.day].append(pack)
        days = tuple(
            ExpiredDay(day, len(ended), sum(p.credits for p in ended), sum(p.value for p in ended))
            for day, ended in by_day.items()
        )
        return ExpiredCredits(first, last, settings.currency, tuple(packs), days)

    return run_read_as(db, actor, work)
