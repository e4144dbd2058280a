"""The owner's reports: each coach's sessions and earnings over dates, takings per day by method,
and the payment lines of a date range (for export).

Sessions count by the studio's local date they start on; money by the local date it was taken.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from studio_desk.db import Database
from studio_desk.models import (
    Booking,
    BookingStatus,
    Client,
    Coach,
    Course,
    CreditKind,
    CreditLine,
    Pack,
    Payment,
    PaymentMethod,
    ProductKind,
    Staff,
)
from studio_desk.services.bookings.permissions import (
    own_coach_report,
    require_coach_report,
    require_desk,
    require_export,
)
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.money.cash_up import METHOD_ORDER
from studio_desk.services.people.acting import run_read_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import day_bounds, parse_date
from studio_desk.services.views import Actor

# The longest range a report covers, so that a slip of the year does not read ten years.
MAX_DAYS = 366
_NOT_YET_DONE = frozenset({BookingStatus.PAID, BookingStatus.CONFIRMED})
_COUNTS = 8  # the counted fields of CoachTotals, in order
_USED = CreditKind.USED


# The total line's name (English; the desk shows it translated): every coach's, or a coach's own.
ALL_COACHES = QT_TRANSLATE_NOOP("services", "All coaches")
OWN_TOTAL = QT_TRANSLATE_NOOP("services", "Total")


@dataclass(frozen=True)
class CoachTotals:
    coach_id: int | None  # None for the total line
    coach_name: str
    sessions_done: int
    minutes: int
    earned: int  # the prices, as sold, of the sessions done (and no-shows): see coach_report
    cancellations: int
    no_shows: int  # recorded by the coach or an admin (done, the client never came)
    # Paid or confirmed sessions that have ended without being marked: nobody said yet whether
    # the client came, so they are neither sessions done nor no-shows.
    not_yet_marked: int = 0
    # Of the sessions done and the no-shows, those a pack paid for (earned at the pack's price
    # per session) and those a membership did (earned at no price).
    with_pack: int = 0
    with_membership: int = 0


@dataclass(frozen=True)
class CoachReport:
    start: dt.date
    end: dt.date  # included
    currency: str
    coaches: tuple[CoachTotals, ...]  # every coach with anything in the range, by name
    total: CoachTotals


@dataclass(frozen=True)
class DayTakings:
    day: dt.date
    by_method: dict[PaymentMethod, int]  # net (payments minus refunds), every method present

    @property
    def total(self) -> int:
        return sum(self.by_method.values())


@dataclass(frozen=True)
class PaymentLine:
    id: int
    booking_id: int | None  # None: a pack's sale or refund (pack_id)
    client_name: str
    course_title: str  # a pack's line: the pack's name
    coach_name: str  # a pack's line: empty
    amount: int  # negative for a refund
    method: PaymentMethod
    reference: str | None
    taken_by: str | None
    taken_at: dt.datetime  # in the studio's zone
    pack_id: int | None = None


def parse_range(start: dt.date | str, end: dt.date | str) -> tuple[dt.date, dt.date]:
    first, last = parse_date(start), parse_date(end)
    if last < first:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "The last day comes before the first."))
    if (last - first).days >= MAX_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Choose at most a year at a time."))
    return first, last


def coach_report(db: Database, actor: Actor | None, start: dt.date | str, end: dt.date | str) -> CoachReport:
    """Per coach and in total: sessions done, minutes coached, money earned, cancellations,
    recorded no-shows and sessions not yet marked, of the sessions that start between `start`
    and `end` (both included). A no-show is not a session done, but the price it was sold at
    is earned: the studio keeps it. A session paid with a pack earns the pack's price per
    session (what was paid for the pack // its sessions) instead of the booking's price, and
    one paid with a membership earns nothing; they are counted in `with_pack` and
    `with_membership`. A class's places each count as a session and earn their own price, but
    its minutes count once per class. An admin sees every coach; a coach their own line only (and it is the
    total); anyone else nothing."""
    require_coach_report(actor)
    first, last = parse_range(start, end)
    settings = get_settings(db)
    begin, _ = day_bounds(first, settings.zone)
    _, finish = day_bounds(last, settings.zone)

    def work(session: Session) -> CoachReport:
        now = db.now()
        rows = session.execute(
            select(
                Booking.coach_id, Coach.name, Booking.status, Booking.start_at, Booking.end_at,
                Booking.price, Booking.no_show, Pack.kind, Pack.price.label("pack_price"), Pack.sessions,
                Booking.occurrence_id,
            )
            .join(Coach, Coach.id == Booking.coach_id)
            # The pack that paid for the session, if one did (a booking uses at most one credit).
            .outerjoin(CreditLine, and_(CreditLine.booking_id == Booking.id, CreditLine.kind == _USED))
            .outerjoin(Pack, Pack.id == CreditLine.pack_id)
            .where(Booking.start_at >= begin, Booking.start_at < finish)
        )
        names: dict[int, str] = {}
        counts: dict[int, list[int]] = defaultdict(lambda: [0] * _COUNTS)
        classes_coached: set[int] = set()  # a class's minutes count once, however many came
        for coach_id, name, status, start_at, end_at, price, no_show, kind, pack_price, sessions, occurrence in rows:
            names[coach_id] = name
            line = counts[coach_id]
            if status is BookingStatus.DONE:
                line[2] += _worth(price, kind, pack_price, sessions)
                if kind is not None:
                    line[6 if kind is ProductKind.PACK else 7] += 1
            if status is BookingStatus.DONE and no_show:
                line[4] += 1
            elif status is BookingStatus.DONE:
                line[0] += 1
                if occurrence is None or occurrence not in classes_coached:
                    line[1] += int((end_at - start_at).total_seconds() // 60)
                if occurrence is not None:
                    classes_coached.add(occurrence)
            elif status is BookingStatus.CANCELED:
                line[3] += 1
            elif status in _NOT_YET_DONE and end_at <= now:
                line[5] += 1
        coaches = tuple(
            CoachTotals(coach_id, names[coach_id], *counts[coach_id])
            for coach_id in sorted(counts, key=lambda c: (names[c].casefold(), c))
        )
        sums = (sum(line[i] for line in counts.values()) for i in range(_COUNTS))
        total = CoachTotals(None, ALL_COACHES, *sums)
        return CoachReport(first, last, settings.currency, coaches, total)

    return _as_seen_by(run_read_as(db, actor, work), actor)


def _worth(price: int, kind: ProductKind | None, pack_price: int | None, sessions: int | None) -> int:
    """What a session done (or a no-show) earns: its price as sold, or, paid with a pack, the
    pack's price per session; paid with a membership, nothing."""
    if kind is ProductKind.MEMBERSHIP:
        return 0
    if kind is ProductKind.PACK and pack_price is not None and sessions:
        return pack_price // sessions
    return price


def _as_seen_by(report: CoachReport, actor: Actor | None) -> CoachReport:
    """The report as `actor` may see it: a coach's own line alone, or all of it."""
    own = own_coach_report(actor)
    if own is None:
        return report
    mine = tuple(line for line in report.coaches if line.coach_id == own)
    total = mine[0] if mine else CoachTotals(own, OWN_TOTAL, *[0] * _COUNTS)
    as_total = replace(total, coach_id=None, coach_name=OWN_TOTAL)
    return replace(report, coaches=mine, total=as_total)


def _lines(session: Session, begin: dt.datetime, finish: dt.datetime, zone: ZoneInfo) -> list[PaymentLine]:
    taker = aliased(Staff)
    # A line is a booking's or (a sale, its refund) a pack's: the client is the one or the other's.
    rows = session.execute(
        select(
            Payment.id, Payment.booking_id, Payment.pack_id, Client.name,
            func.coalesce(Course.title, Pack.name).label("title"),
            func.coalesce(Coach.name, "").label("coach_name"),
            Payment.amount, Payment.method, Payment.reference, taker.name.label("taken_by"), Payment.taken_at,
        )
        .outerjoin(Booking, Booking.id == Payment.booking_id)
        .outerjoin(Pack, Pack.id == Payment.pack_id)
        .join(Client, Client.id == func.coalesce(Booking.client_id, Pack.client_id))
        .outerjoin(Course, Course.id == Booking.course_id)
        .outerjoin(Coach, Coach.id == Booking.coach_id)
        .outerjoin(taker, taker.id == Payment.taken_by_id)
        .where(Payment.taken_at >= begin, Payment.taken_at < finish)
        .order_by(Payment.taken_at, Payment.id)
    )
    return [
        PaymentLine(
            id=row.id, booking_id=row.booking_id, client_name=row.name, course_title=row.title,
            coach_name=row.coach_name, amount=row.amount, method=row.method, reference=row.reference,
            taken_by=row.taken_by, taken_at=row.taken_at.astimezone(zone), pack_id=row.pack_id,
        )
        for row in rows
    ]


def payment_lines(
    db: Database, actor: Actor | None, start: dt.date | str, end: dt.date | str
) -> tuple[PaymentLine, ...]:
    """Every payment and refund line taken between `start` and `end` (local dates, included):
    the payments export, an admin's."""
    require_export(actor)
    return _payment_lines(db, actor, start, end)


def _payment_lines(
    db: Database, actor: Actor | None, start: dt.date | str, end: dt.date | str
) -> tuple[PaymentLine, ...]:
    first, last = parse_range(start, end)
    zone = get_settings(db).zone
    begin, _ = day_bounds(first, zone)
    _, finish = day_bounds(last, zone)
    return tuple(run_read_as(db, actor, lambda session: _lines(session, begin, finish, zone)))


def takings_by_day(
    db: Database, actor: Actor | None, start: dt.date | str, end: dt.date | str
) -> tuple[DayTakings, ...]:
    """Net takings of every day from `start` to `end`, by method (days with nothing included):
    the front desk's."""
    require_desk(actor, "see the studio's takings")
    first, last = parse_range(start, end)
    sums: dict[dt.date, dict[PaymentMethod, int]] = {
        first + dt.timedelta(days=n): dict.fromkeys(METHOD_ORDER, 0) for n in range((last - first).days + 1)
    }
    for line in _payment_lines(db, actor, first, last):
        sums[line.taken_at.date()][line.method] += line.amount
    return tuple(DayTakings(day, by_method) for day, by_method in sums.items())
