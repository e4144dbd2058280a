"""What linking a course (or turning sync on) sends: the course's future desk bookings that the
web platform has never heard of.

A desk booking is queued for the web only when it is made on a linked course while sync is on
(bookings.make). One made before its course was linked, or while sync was off, would otherwise
stay unknown to the web, which would then sell its time to someone else. So whenever
configure_sync leaves sync on, it queues these bookings in its own transaction: a create, then
what brings the web to the desk's status (the payment as mark-paid, then the coach's confirm),
the very items the desk would have written had the booking been linked from the start.

Never twice: a booking with any create in the outbox (waiting, sent, refused or skipped) is
already the sync's business; a refused one a person kept at the desk stays there. Past bookings
and ones already started are left alone: the web has no use for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import groupby
from zoneinfo import ZoneInfo

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from studio_desk.models import (
    ACTIVE_STATUSES,
    Booking,
    BookingOrigin,
    BookingStatus,
    Client,
    Coach,
    Course,
    OutboxItem,
    SyncState,
)
from studio_desk.services import outbox
from studio_desk.services.errors import QT_TRANSLATE_NOOP
from studio_desk.services.sentences import Sentence

_TO_SEND_ONE = QT_TRANSLATE_NOOP(
    "services", "1 future booking of '{course}' will be sent to the web platform:"
)
_TO_SEND_MANY = QT_TRANSLATE_NOOP(
    "services", "{count} future bookings of '{course}' will be sent to the web platform:"
)
# The web makes a course's bookings with the course's own coach, so a desk booking moved to
# another coach cannot be shown there truly; it stays at the desk, and the person is told.
_KEPT_ONE = QT_TRANSLATE_NOOP(
    "services",
    "1 future booking of '{course}' stays at the desk only: it is with {coach}, and the web "
    "platform takes this course's bookings only with the course's own coach:",
)
_KEPT_MANY = QT_TRANSLATE_NOOP(
    "services",
    "{count} future bookings of '{course}' stay at the desk only: they are with {coach}, and the "
    "web platform takes this course's bookings only with the course's own coach:",
)
_LINE = QT_TRANSLATE_NOOP("services", "{start}: {client}, {status}")


@dataclass(frozen=True)
class BookingToSend:
    booking_id: int
    course_id: int
    course_title: str
    course_remote_id: int
    coach_name: str
    client_name: str
    start_at: dt.datetime  # in the studio's time zone
    status: BookingStatus

    def sentence(self) -> Sentence:
        """One line of a list: when, who, and how far along it is."""
        return Sentence(_LINE, {"start": self.start_at, "client": self.client_name, "status": self.status})


@dataclass(frozen=True)
class WebCatchUp:
    """The future desk bookings of linked courses the web does not know: those to send (or
    queued), and those that stay at the desk because the web cannot take them."""

    to_send: tuple[BookingToSend, ...] = ()
    kept_at_desk: tuple[BookingToSend, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.to_send or self.kept_at_desk)

    def groups(self) -> list[tuple[Sentence, list[Sentence]]]:
        """A heading per course (and per other coach, for those kept at the desk), each with
        its bookings' lines, soonest first."""
        found: list[tuple[Sentence, list[Sentence]]] = []
        for _course, group in groupby(self.to_send, key=lambda b: b.course_id):
            bookings = list(group)
            template = _TO_SEND_ONE if len(bookings) == 1 else _TO_SEND_MANY
            heading = Sentence(template, {"count": len(bookings), "course": bookings[0].course_title})
            found.append((heading, [booking.sentence() for booking in bookings]))
        for _key, group in groupby(self.kept_at_desk, key=lambda b: (b.course_id, b.coach_name)):
            bookings = list(group)
            template = _KEPT_ONE if len(bookings) == 1 else _KEPT_MANY
            first = bookings[0]
            fields = {"count": len(bookings), "course": first.course_title, "coach": first.coach_name}
            found.append((Sentence(template, fields), [booking.sentence() for booking in bookings]))
        return found

    def lines(self) -> list[str]:
        """The same in English, a booking's line indented under its heading (the command line)."""
        return [
            text
            for heading, bookings in self.groups()
            for text in (str(heading), *(f"  {booking}" for booking in bookings))
        ]


NOTHING_TO_CATCH_UP = WebCatchUp()


def find_catch_up(
    session: Session, now: dt.datetime, zone: ZoneInfo, linked: Mapping[int, int], *, lock: bool = False
) -> WebCatchUp:
    """The future active desk bookings of the `linked` courses (desk course id -> web course id)
    that nothing has sent or tried to send to the web. `lock`: the caller is about to queue
    them, so another desk's change to one of them waits until it is queued (PostgreSQL; a
    SQLite writer holds the whole database already)."""
    if not linked:
        return NOTHING_TO_CATCH_UP
    query = (
        select(
            Booking.id,
            Booking.course_id,
            Course.title,
            Course.coach_id.label("course_coach_id"),
            Booking.coach_id,
            Coach.name.label("coach_name"),
            Client.name.label("client_name"),
            Booking.start_at,
            Booking.status,
        )
        .join(Course, Course.id == Booking.course_id)
        .join(Coach, Coach.id == Booking.coach_id)
        .join(Client, Client.id == Booking.client_id)
        .where(
            Booking.course_id.in_(sorted(linked)),
            Booking.origin == BookingOrigin.DESK,
            Booking.status.in_(sorted(ACTIVE_STATUSES)),
            Booking.start_at > now,
            Booking.remote_id.is_(None),
            # CONFLICT and REJECTED wait for a person (send again, or keep at the desk).
            Booking.sync_state.is_(None),
            ~exists().where(
                OutboxItem.booking_id == Booking.id, OutboxItem.kind == outbox.OutboxKind.CREATE.value
            ),
        )
        .order_by(Course.title, Booking.course_id, Booking.start_at, Booking.id)
    )
    if lock:
        query = query.with_for_update(of=Booking)
    to_send: list[BookingToSend] = []
    kept: list[BookingToSend] = []
    for row in session.execute(query):
        booking = BookingToSend(
            booking_id=row.id,
            course_id=row.course_id,
            course_title=row.title,
            course_remote_id=linked[row.course_id],
            coach_name=row.coach_name,
            client_name=row.client_name,
            start_at=row.start_at.astimezone(zone),
            status=BookingStatus(row.status),
        )
        (to_send if row.coach_id == row.course_coach_id else kept).append(booking)
    kept.sort(key=lambda b: (b.course_title, b.course_id, b.coach_name, b.start_at, b.booking_id))
    return WebCatchUp(tuple(to_send), tuple(kept))


def queue_catch_up(session: Session, catch_up: WebCatchUp, now: dt.datetime) -> None:
    """Queue each booking to send as a walk-in on a linked course is queued, then the steps
    to its status, in the caller's unit of work (found there with `lock`)."""
    for booking in catch_up.to_send:
        session.execute(
            update(Booking)
            .where(Booking.id == booking.booking_id)
            # From now on its changes go to the outbox too (status.transition asks on_web).
            # The new version makes a desk that read it before this fail its compare-and-set
            # and read again, instead of changing it without telling the web.
            .values(sync_state=SyncState.QUEUED, version=Booking.version + 1)
        )
        outbox.queue_create(
            session,
            booking.booking_id,
            course_remote_id=booking.course_remote_id,
            local_start=booking.start_at,
            client_name=booking.client_name,
            now=now,
        )
        for action in outbox.catch_up_actions(booking.status):
            payment = outbox.last_payment(session, booking.booking_id)
            outbox.queue_change(session, booking.booking_id, action, now, payment)
