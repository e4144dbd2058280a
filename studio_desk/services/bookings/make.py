"""Making and moving bookings: create (a walk-in, new client or not, or a phone call) and reschedule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, bindparam, insert, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    Booking,
    BookingAction,
    BookingOrigin,
    BookingStatus,
    Client,
    Coach,
    Course,
    SyncState,
)
from studio_desk.services import outbox
from studio_desk.services.arguments import one_of
from studio_desk.services.bookings import status
from studio_desk.services.bookings.permissions import require
from studio_desk.services.bookings.reads import load_view, parse_id
from studio_desk.services.calendar import schedule
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.people.clients import NewClient, add_client, checked_client
from studio_desk.services.rules.fees import refuse_while_fees_owed
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import parse_date, parse_time, to_instant
from studio_desk.services.text import REASON_LENGTH, clean_text
from studio_desk.services.views import Actor, BookingView

# The course, its coach and the client in one round trip; the client's columns are NULL when
# there is no such client. The coach's row is locked, as schedule.COACH_FOR_BOOKING does.
_OFFER_AND_CLIENT = (
    select(
        Course.coach_id,
        Course.title,
        Course.price,
        Course.duration_minutes,
        Course.buffer_minutes,
        Course.active,
        Course.capacity,
        Course.remote_id.label("course_remote_id"),
        Coach.name.label("coach_name"),
        Coach.active.label("coach_active"),
        Coach.remote_id.label("coach_remote_id"),
        Coach.web_username,
        Client.id.label("client_id"),
        Client.name.label("client_name"),
        Client.phone.label("client_phone"),
    )
    .join(Coach, Coach.id == Course.coach_id)
    .outerjoin(Client, Client.id == bindparam("client_id"))
    .where(Course.id == bindparam("course_id"))
    .with_for_update(of=Coach, key_share=True)
)
_INSERT = insert(Booking).returning(Booking.id)
IS_A_CLASS = QT_TRANSLATE_NOOP(
    "services", "{course} is a group class: book a place in one of its classes on the calendar."
)


def _linked(offer: Row[*tuple[Any, ...]]) -> bool:
    """Whether the web platform takes this course's bookings from the desk."""
    return (
        offer.course_remote_id is not None and offer.coach_remote_id is not None and bool(offer.web_username)
    )


def create_booking(
    db: Database,
    actor: Actor,
    *,
    client_id: object,
    course_id: object,
    date: dt.date | str,
    start_time: dt.time | str,
) -> BookingView:
    """Book a client into a course at a local date and start time. The booking starts pending
    and holds the coach's time; refused if the time is taken, past or outside their hours."""
    require(actor, BookingAction.CREATE)
    client = parse_id(client_id, "client")
    slot = asked_slot(db, course_id, date, start_time)
    return run_write_as(db, actor, lambda session: book_in(db, session, actor, client, slot))


def book_walk_in(
    db: Database,
    actor: Actor,
    *,
    client_id: object = None,
    new_client: NewClient | None = None,
    course_id: object,
    date: dt.date | str,
    start_time: dt.time | str,
) -> BookingView:
    """A walk-in in one step: an existing client (`client_id`) or a new one (`new_client`) and
    their booking, saved together. When the slot is refused, nothing is saved, not even the
    new client."""
    require(actor, BookingAction.CREATE)
    if (client_id is None) == (new_client is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Choose one client: someone from the list or a new client.")
        )
    client: int | NewClient = (
        parse_id(client_id, "client")
        if new_client is None
        else checked_client(db, one_of(new_client, NewClient))
    )
    slot = asked_slot(db, course_id, date, start_time)

    def work(session: Session) -> BookingView:
        booked = client if isinstance(client, int) else add_client(session, client, db.now()).id
        return book_in(db, session, actor, booked, slot)

    return run_write_as(db, actor, work)


@dataclass(frozen=True)
class AskedSlot:
    """What a booking asks for, checked as far as it can be outside the unit of work."""

    course_id: int
    day: dt.date
    time: dt.time
    zone: ZoneInfo
    sync_on: bool
    fees_block: bool  # the studio refuses a client who owes a fee (a setting)
    currency: str


def asked_slot(
    db: Database, course_id: object, date: dt.date | str, start_time: dt.time | str
) -> AskedSlot:
    course = parse_id(course_id, "course")
    day, time = parse_date(date), parse_time(start_time)
    settings = get_settings(db)
    return AskedSlot(
        course, day, time, settings.zone, outbox.web_sync_on(db), settings.unpaid_fee_blocks_booking,
        settings.currency,
    )


def book_in(db: Database, session: Session, actor: Actor, client: int, slot: AskedSlot) -> BookingView:
    """Insert the pending booking of `client` in `slot`, in the caller's unit of work, after
    the checks a new booking must pass (course offered, client known, time free and open)."""
    course, zone = slot.course_id, slot.zone
    connection = session.connection()
    offer = connection.execute(_OFFER_AND_CLIENT, {"course_id": course, "client_id": client}).first()
    if offer is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "Course not found"))
    if not offer.active or not offer.coach_active:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "This course is no longer offered."))
    if offer.client_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "Client not found"))
    if offer.capacity > 1:
        raise ValidationError(IS_A_CLASS, course=offer.title)
    if slot.fees_block:
        refuse_while_fees_owed(session, client, offer.client_name, slot.currency)
    start = to_instant(slot.day, slot.time, zone)
    end = start + dt.timedelta(minutes=offer.duration_minutes)
    busy_until = end + dt.timedelta(minutes=offer.buffer_minutes)
    now = db.now()
    schedule.check_slot(
        session, db.backend, coach_id=offer.coach_id, start=start, end=end,
        busy_until=busy_until, zone=zone, now=now,
    )
    to_web = slot.sync_on and _linked(offer)
    booking_id = connection.execute(
        _INSERT,
        {
            "client_id": client,
            "coach_id": offer.coach_id,
            "course_id": course,
            "start_at": start,
            "end_at": end,
            "busy_until": busy_until,
            "status": BookingStatus.PENDING,
            "version": 1,
            "price": offer.price,
            "origin": BookingOrigin.DESK,
            "remote_id": None,
            "sync_state": SyncState.QUEUED if to_web else None,
            "sync_problem": None,
            "created_by_id": actor.staff_id,
            "created_at": now,
            "updated_at": now,
        },
    ).scalar_one()
    status.record(session, booking_id, BookingAction.CREATE, None, BookingStatus.PENDING, actor, now)
    if to_web:
        outbox.queue_create(
            session, booking_id, course_remote_id=offer.course_remote_id,
            local_start=start.astimezone(zone), client_name=offer.client_name, now=now,
        )
    return BookingView(
        id=booking_id,
        status=BookingStatus.PENDING,
        client_id=client,
        client_name=offer.client_name,
        client_phone=offer.client_phone,
        coach_id=offer.coach_id,
        coach_name=offer.coach_name,
        course_id=course,
        course_title=offer.title,
        price=offer.price,
        start_at=start.astimezone(zone),
        end_at=end.astimezone(zone),
        busy_until=busy_until.astimezone(zone),
        origin=BookingOrigin.DESK,
        remote_id=None,
        created_at=now.astimezone(zone),
        updated_at=now.astimezone(zone),
        paid_total=0,
        version=1,
        sync_state=SyncState.QUEUED if to_web else None,
    )


def reschedule_booking(
    db: Database,
    actor: Actor,
    booking_id: object,
    *,
    date: dt.date | str,
    start_time: dt.time | str,
    coach_id: object | None = None,
    reason: str | None = None,
) -> BookingView:
    """Move an active booking to another time, with the same coach or `coach_id`. The status
    stays, and so do the session's length and buffer as sold; the overlap and availability
    rules apply as for a new booking."""
    booking_number = parse_id(booking_id, "booking")
    new_coach = None if coach_id is None else parse_id(coach_id, "coach")
    day, time = parse_date(date), parse_time(start_time)
    note = clean_text(reason, what="the reason", max_length=REASON_LENGTH, required=False)
    zone = get_settings(db).zone

    def work(session: Session) -> BookingView:
        booking = load_view(session, booking_number, zone)
        now = db.now()
        status.check_allowed(booking, actor, BookingAction.RESCHEDULE, now)
        coach = booking.coach_id if new_coach is None else new_coach
        found = session.connection().execute(schedule.COACH_FOR_BOOKING, {"coach_id": coach}).first()
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Coach not found"))
        if new_coach is not None and not found.active:
            raise ValidationError(QT_TRANSLATE_NOOP("services", "That coach no longer takes bookings."))
        coach_name = found.name
        start = to_instant(day, time, zone)
        # Compared in UTC: PEP 495 makes a time inside the repeated hour never equal to the
        # same instant seen from another zone.
        if coach == booking.coach_id and start == booking.start_at.astimezone(dt.UTC):
            raise ValidationError(QT_TRANSLATE_NOOP("services", "The booking is already at that time."))
        end = start + dt.timedelta(minutes=booking.duration_minutes)
        busy_until = end + dt.timedelta(minutes=booking.buffer_minutes)
        schedule.check_slot(
            session, db.backend, coach_id=coach, start=start, end=end, busy_until=busy_until,
            zone=zone, now=now, ignore_booking_id=booking.id,
        )
        # Imported here: paying with a pack books through this module.
        from studio_desk.services.packs.use import check_move

        check_move(session, booking, coach, start, now, zone)
        return status.transition(
            session, booking, BookingAction.RESCHEDULE, actor, now,
            reason=_moved(booking, coach != booking.coach_id, note),
            times=status.NewTimes(coach, coach_name, start, end, busy_until),
        )

    return run_write_as(db, actor, work)


def _moved(booking: BookingView, new_coach: bool, note: str | None) -> Sentence:
    """A reschedule's line in the history: where the booking was, and why it moved."""
    fields: dict[str, object] = {"start": booking.start_at}
    if new_coach:
        fields["coach"] = booking.coach_name
    if note:
        fields["note"] = note
    if new_coach and note:
        template = QT_TRANSLATE_NOOP("services", "Moved from {start} with {coach}. {note}")
    elif new_coach:
        template = QT_TRANSLATE_NOOP("services", "Moved from {start} with {coach}")
    elif note:
        template = QT_TRANSLATE_NOOP("services", "Moved from {start}. {note}")
    else:
        template = QT_TRANSLATE_NOOP("services", "Moved from {start}")
    return Sentence(template, fields)
