"""A client's place in a class: made (paid with money later, or with a pack at once), and the
waitlist of a full class, joined and left.

A place is a booking with `occurrence_id`: it takes the occurrence's coach, course, times and
price, and moves through the booking statuses like any other. The database refuses a place
over the capacity and a second active place of one client (0017); the checks here come first
for a clear message.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    ACTIVE_STATUSES,
    Booking,
    BookingAction,
    BookingOrigin,
    BookingStatus,
    Client,
    Occurrence,
    OccurrenceStatus,
    WaitlistEntry,
    WaitlistStatus,
)
from studio_desk.services.arguments import one_of, yes_or_no
from studio_desk.services.bookings import status
from studio_desk.services.bookings.permissions import require
from studio_desk.services.bookings.reads import load_view, parse_id
from studio_desk.services.classes.reads import OCCURRENCE_NOT_FOUND, lock_occurrence
from studio_desk.services.classes.views import WaitingClient
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ClassFull, NotFound, ValidationError
from studio_desk.services.packs.use import pay_in_unit
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.people.clients import NewClient, add_client, checked_client
from studio_desk.services.rules.fees import refuse_while_fees_owed
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.views import Actor, BookingView

CLASS_FULL = QT_TRANSLATE_NOOP(
    "services", "The class is full ({places} places). Put the client on its waitlist instead."
)
CLASS_CANCELED = QT_TRANSLATE_NOOP("services", "This class was canceled.")
CLASS_OVER = QT_TRANSLATE_NOOP("services", "This class is over.")
ALREADY_IN = QT_TRANSLATE_NOOP("services", "{client} already has a place in this class.")
ALREADY_WAITING = QT_TRANSLATE_NOOP("services", "{client} is already on this class's waitlist.")
NOT_FULL = QT_TRANSLATE_NOOP("services", "The class has places free: book a place instead.")
STARTED = QT_TRANSLATE_NOOP("services", "The class has started: its waitlist is closed.")
PROMOTED_REASON = QT_TRANSLATE_NOOP("services", "moved up from the waitlist")
ENTRY_NOT_FOUND = QT_TRANSLATE_NOOP("services", "Waitlist entry not found")
NO_CLIENT = QT_TRANSLATE_NOOP("services", "Choose the client, or type a new client's name.")
ONE_CLIENT = QT_TRANSLATE_NOOP("services", "Choose one client: someone from the list or a new client.")


def occurrence_row(session: Session, occurrence_id: int) -> Occurrence:
    found = session.get(Occurrence, occurrence_id, populate_existing=True)
    if found is None:
        raise NotFound(OCCURRENCE_NOT_FOUND)
    return found


def insert_place(
    session: Session, occurrence: Occurrence, client_id: int, actor: Actor, now: dt.datetime, zone: ZoneInfo,
    *, entry_id: int | None = None, hold_until: dt.datetime | None = None,
) -> BookingView:
    """The pending place of `client_id` in `occurrence`, with its history's first line."""
    booking_id = session.execute(
        insert(Booking).values(
            client_id=client_id, coach_id=occurrence.coach_id, course_id=occurrence.course_id,
            start_at=occurrence.start_at, end_at=occurrence.end_at, busy_until=occurrence.busy_until,
            status=BookingStatus.PENDING, version=1, price=occurrence.price, origin=BookingOrigin.DESK,
            remote_id=None, sync_state=None, created_by_id=actor.staff_id, created_at=now, updated_at=now,
            occurrence_id=occurrence.id, waitlist_entry_id=entry_id, hold_until=hold_until,
        ).returning(Booking.id)
    ).scalar_one()
    reason = Sentence(PROMOTED_REASON) if entry_id is not None and hold_until is not None else None
    status.record(session, booking_id, BookingAction.CREATE, None, BookingStatus.PENDING, actor, now,
                  reason=reason)
    return load_view(session, booking_id, zone)


def active_place_of(session: Session, occurrence_id: int, client_id: int) -> int | None:
    return session.scalar(
        select(Booking.id).where(Booking.occurrence_id == occurrence_id, Booking.client_id == client_id,
                                 Booking.status.in_(ACTIVE_STATUSES))
    )


def waiting_entry_of(session: Session, occurrence_id: int, client_id: int) -> int | None:
    return session.scalar(
        select(WaitlistEntry.id).where(WaitlistEntry.occurrence_id == occurrence_id,
                                       WaitlistEntry.client_id == client_id,
                                       WaitlistEntry.status == WaitlistStatus.WAITING)
    )


def _open_for_places(occurrence: Occurrence, now: dt.datetime) -> None:
    if occurrence.status is OccurrenceStatus.CANCELED:
        raise ValidationError(CLASS_CANCELED)
    if now >= occurrence.end_at:
        raise ValidationError(CLASS_OVER)


def _who(db: Database, client_id: object, new_client: object) -> tuple[int | None, NewClient | None]:
    """The client chosen from the list, or the new client typed: one of them, checked."""
    if client_id is not None and new_client is not None:
        raise ValidationError(ONE_CLIENT)
    if new_client is not None:
        return None, checked_client(db, one_of(new_client, NewClient))
    return (None if client_id is None else parse_id(client_id, "client")), None


def _client(db: Database, session: Session, client_id: int | None, new: NewClient | None, now: dt.datetime) -> int:
    if new is not None:
        return add_client(session, new, now).id
    if client_id is None:
        raise ValidationError(NO_CLIENT)
    if session.scalar(select(Client.id).where(Client.id == client_id)) is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "Client not found"))
    return client_id


def _client_name(session: Session, client_id: int) -> str:
    return session.scalar(select(Client.name).where(Client.id == client_id)) or "?"


def book_place(
    db: Database, actor: Actor, *, occurrence_id: object, client_id: object = None,
    new_client: NewClient | None = None, with_pack: bool = False, pack_id: object = None,
) -> BookingView:
    """A place in a class for a client (or a walk-in added as `new_client`), pending until it
    is paid; `with_pack` (or a `pack_id`) pays it with a pack's credit in the same step, so a
    pack that cannot pay leaves no place behind. A full class is refused with ClassFull: the
    desk offers its waitlist. A client who was waiting for it takes their entry along."""
    require(actor, BookingAction.CREATE)
    number = parse_id(occurrence_id, "class")
    client, typed = _who(db, client_id, new_client)
    paying = yes_or_no(with_pack)
    chosen = None if pack_id is None else parse_id(pack_id, "pack")
    settings = get_settings(db)
    zone = settings.zone

    def work(session: Session) -> BookingView:
        now = db.now()
        lock_occurrence(session, number)
        occurrence = occurrence_row(session, number)
        _open_for_places(occurrence, now)
        who = _client(db, session, client, typed, now)
        if settings.unpaid_fee_blocks_booking:
            refuse_while_fees_owed(session, who, _client_name(session, who), settings.currency)
        if active_place_of(session, number, who) is not None:
            raise ValidationError(ALREADY_IN, client=_client_name(session, who))
        if occurrence.active_places >= occurrence.capacity:
            raise ClassFull(CLASS_FULL, places=occurrence.capacity)
        place = insert_place(session, occurrence, who, actor, now, zone,
                             entry_id=waiting_entry_of(session, number, who))
        if paying or chosen is not None:
            return pay_in_unit(db, session, actor, place, zone, chosen)
        return place

    return run_write_as(db, actor, work)


def join_waitlist(
    db: Database, actor: Actor, *, occurrence_id: object, client_id: object = None,
    new_client: NewClient | None = None,
) -> WaitingClient:
    """Put a client on a full class's waitlist, last in line."""
    require(actor, BookingAction.CREATE)
    number = parse_id(occurrence_id, "class")
    client, typed = _who(db, client_id, new_client)
    zone = get_settings(db).zone

    def work(session: Session) -> WaitingClient:
        now = db.now()
        lock_occurrence(session, number)
        occurrence = occurrence_row(session, number)
        _open_for_places(occurrence, now)
        if now >= occurrence.start_at:
            raise ValidationError(STARTED)
        who = _client(db, session, client, typed, now)
        name = _client_name(session, who)
        if active_place_of(session, number, who) is not None:
            raise ValidationError(ALREADY_IN, client=name)
        if waiting_entry_of(session, number, who) is not None:
            raise ValidationError(ALREADY_WAITING, client=name)
        if occurrence.active_places < occurrence.capacity:
            raise ValidationError(NOT_FULL)
        entry_id = session.execute(
            insert(WaitlistEntry).values(occurrence_id=number, client_id=who, status=WaitlistStatus.WAITING,
                                         added_by_id=actor.staff_id, added_at=now).returning(WaitlistEntry.id)
        ).scalar_one()
        position = len(session.scalars(
            select(WaitlistEntry.id).where(WaitlistEntry.occurrence_id == number,
                                           WaitlistEntry.status == WaitlistStatus.WAITING,
                                           WaitlistEntry.id <= entry_id)
        ).all())
        phone = session.scalar(select(Client.phone).where(Client.id == who))
        return WaitingClient(entry_id, who, name, phone, WaitlistStatus.WAITING, now.astimezone(zone), position)

    return run_write_as(db, actor, work)


def leave_waitlist(db: Database, actor: Actor, entry_id: object) -> None:
    """Take a client off a waitlist (they found another class, or changed their mind)."""
    require(actor, BookingAction.CREATE)
    number = parse_id(entry_id, "waitlist entry")

    def work(session: Session) -> None:
        moved = session.connection().execute(
            update(WaitlistEntry).where(WaitlistEntry.id == number, WaitlistEntry.status == WaitlistStatus.WAITING)
            .values(status=WaitlistStatus.LEFT, changed_at=db.now())
        )
        if not moved.rowcount:
            raise NotFound(ENTRY_NOT_FOUND)

    run_write_as(db, actor, work)
