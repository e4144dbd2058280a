"""Finding bookings: one by id with its history and payments, or a filtered, sorted page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from studio_desk.db import Database
from studio_desk.models import (
    Booking,
    BookingStatus,
    Client,
    Coach,
    Course,
    Payment,
    Staff,
    StatusChange,
)
from studio_desk.services.arguments import one_of, yes_or_no
from studio_desk.services.bookings.reads import (
    MAX_LOCAL_ID,
    booking_view_query,
    load_view,
    parse_id,
    payment_view,
    to_view,
)
from studio_desk.services.bookings.visibility import bookings_seen_by
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.people.clients import client_matches
from studio_desk.services.sentences import kept_words
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import day_bounds, parse_date
from studio_desk.services.text import LIKE_ESCAPE, contains_pattern, search_text, shown
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import (
    Actor,
    BookingDetails,
    BookingPage,
    BookingView,
    StatusChangeView,
)

MAX_PAGE = 1000
SEARCH_LENGTH = 100

# Sort key -> (column, the table it needs joined to bookings and how, if any).
SORT_KEYS: dict[str, tuple[Any, tuple[Any, Any] | None]] = {
    "start_at": (Booking.start_at, None),
    "status": (Booking.status, None),
    "client": (Client.name, (Client, Client.id == Booking.client_id)),
    "coach": (Coach.name, (Coach, Coach.id == Booking.coach_id)),
    "course": (Course.title, (Course, Course.id == Booking.course_id)),
    "price": (Booking.price, None),  # as sold, as the list shows it
    "created_at": (Booking.created_at, None),
    "id": (Booking.id, None),
}


@dataclass(frozen=True)
class BookingFilter:
    """Which bookings to list. Dates are the studio's local days, both ends included."""

    statuses: frozenset[BookingStatus] | None = None
    coach_id: object = None
    client_id: object = None
    course_id: object = None
    date_from: dt.date | str | None = None
    date_to: dt.date | str | None = None
    text: str | None = None  # part of the client's name, their phone, or the course title
    occurrence_id: int | None = None  # the places in one class (an occurrence)


def get_booking(db: Database, booking_id: object) -> BookingView:
    booking = parse_id(booking_id, "booking")
    zone = get_settings(db).zone
    return run_read(db, lambda session: load_view(session, booking, zone))


def booking_details(db: Database, booking_id: object) -> BookingDetails:
    """The booking with its whole history (who, when, why) and its payments and refunds."""
    booking = parse_id(booking_id, "booking")
    zone = get_settings(db).zone

    def work(session: Session) -> BookingDetails:
        view = load_view(session, booking, zone)
        actor = aliased(Staff)
        history = session.execute(
            select(StatusChange, actor.name)
            .outerjoin(actor, actor.id == StatusChange.actor_id)
            .where(StatusChange.booking_id == booking)
            .order_by(StatusChange.at, StatusChange.id)
        )
        payments = session.execute(
            select(Payment, Staff.name)
            .outerjoin(Staff, Staff.id == Payment.taken_by_id)
            .where(Payment.booking_id == booking)
            .order_by(Payment.taken_at, Payment.id)
        )
        return BookingDetails(
            booking=view,
            history=tuple(
                StatusChangeView(
                    id=change.id,
                    booking_id=change.booking_id,
                    action=change.action,
                    from_status=change.from_status,
                    to_status=change.to_status,
                    actor=name or (
                        QT_TRANSLATE_NOOP("services", "Web")
                        if change.source == "web"
                        else QT_TRANSLATE_NOOP("services", "System")
                    ),
                    at=change.at.astimezone(zone),
                    reason=kept_words(change.reason, change.reason_words),
                    source=change.source,
                )
                for change, name in history
            ),
            payments=tuple(payment_view(payment, name, zone) for payment, name in payments),
        )

    return run_read(db, work)


def list_bookings(
    db: Database,
    where: BookingFilter = BookingFilter(),
    *,
    offset: int = 0,
    limit: int = 100,
    sort: str = "start_at",
    descending: bool = False,
    seen_by: Actor | None = None,
) -> BookingPage:
    """One page of the bookings that match, and how many match in all. With `seen_by`, only
    what that person sees (a coach: their own sessions)."""
    where = one_of(where, BookingFilter)
    if not (isinstance(sort, str) and sort in SORT_KEYS):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Cannot sort by {sort}."), sort=repr(shown(sort)))
    descending = yes_or_no(descending)
    if not (_whole(offset) and _whole(limit) and offset >= 0 and 0 < limit <= MAX_PAGE):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Ask for 1 to {most} bookings from a position of 0 or more."),
            most=MAX_PAGE,
        )
    settings = get_settings(db)
    conditions = matching(where, settings.zone, settings.phone_country_code) + bookings_seen_by(seen_by)
    return run_read(
        db, lambda session: read_page(session, conditions, settings.zone, offset, limit, sort, descending)
    )


def read_page(
    session: Session,
    conditions: list[ColumnElement[bool]],
    zone: ZoneInfo,
    offset: int,
    limit: int,
    sort: str = "start_at",
    descending: bool = False,
) -> BookingPage:
    """One page of the bookings meeting `conditions`, in the caller's unit of work."""
    key, join = SORT_KEYS[sort]
    # Deferred join: find the page's ids first, then read the view's columns for those rows
    # only, so a page far down the list does not compute every skipped row's money.
    page_ids = select(Booking.id, key.label("sort_key")).where(*conditions)
    if join is not None:
        page_ids = page_ids.join(*join)
    page = (
        page_ids.order_by(*_direction(key, Booking.id, descending=descending))
        .offset(offset)
        .limit(limit)
        .subquery()
    )
    rows_query = (
        booking_view_query()
        .join(page, page.c.id == Booking.id)
        .order_by(*_direction(page.c.sort_key, page.c.id, descending=descending))
    )
    total = session.scalar(select(func.count(Booking.id)).where(*conditions))
    rows = session.execute(rows_query).all()
    return BookingPage(tuple(to_view(row, zone) for row in rows), int(total or 0), offset)


def _direction(key: Any, tie_breaker: Any, *, descending: bool) -> tuple[Any, Any]:
    if descending:
        return key.desc(), tie_breaker.desc()
    return key.asc(), tie_breaker.asc()


def matching(where: BookingFilter, zone: ZoneInfo, country_code: str) -> list[ColumnElement[bool]]:
    """The conditions on bookings that `where` asks for."""
    conditions: list[ColumnElement[bool]] = []
    if where.statuses is not None:
        conditions.append(Booking.status.in_(sorted(_statuses(where.statuses))))
    if where.coach_id is not None:
        conditions.append(Booking.coach_id == parse_id(where.coach_id, "coach"))
    if where.client_id is not None:
        conditions.append(Booking.client_id == parse_id(where.client_id, "client"))
    if where.course_id is not None:
        conditions.append(Booking.course_id == parse_id(where.course_id, "course"))
    if where.occurrence_id is not None:
        conditions.append(Booking.occurrence_id == parse_id(where.occurrence_id, "class"))
    if where.date_from is not None:
        conditions.append(Booking.start_at >= day_bounds(parse_date(where.date_from), zone)[0])
    if where.date_to is not None:
        conditions.append(Booking.start_at < day_bounds(parse_date(where.date_to), zone)[1])
    text = search_text(where.text)[:SEARCH_LENGTH]
    if text:
        conditions.append(_text_matches(text, country_code))
    return conditions


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value <= MAX_LOCAL_ID


def _statuses(given: object) -> frozenset[BookingStatus]:
    """The statuses a filter asks for: a collection of them (a lone "pending" is not one)."""
    known = {status.value: status for status in BookingStatus}
    if isinstance(given, set | frozenset | list | tuple) and all(
        isinstance(status, str) and status in known for status in given
    ):
        return frozenset(known[status] for status in given)
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "services", "Choose the statuses to list among pending, paid, confirmed, done and canceled."
        )
    )


def _text_matches(text: str, country_code: str) -> ColumnElement[bool]:
    """Bookings whose client (name or phone) or course (title) matches: resolved through id
    subqueries, so the bookings table is reached by its client and course indexes."""
    clients = select(Client.id).where(client_matches(text, country_code))
    courses = select(Course.id).where(Course.title.ilike(contains_pattern(text), escape=LIKE_ESCAPE))
    return or_(Booking.client_id.in_(clients), Booking.course_id.in_(courses))
