"""Bringing a coach's web bookings into the desk, so its calendar and overlap check see them.

A web booking the desk does not know is stored with origin `web` and its remote id; one it
knows follows the web's status forward. One that collides with an active desk booking is kept
in `web_conflicts` instead, for a person to resolve: the bookings table never holds two active
overlapping bookings of a coach. Work is done in chunks, each its own short transaction, so a
pull of thousands of bookings never holds the desks up for long.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    ACTIVE_STATUSES,
    Booking,
    BookingAction,
    BookingOrigin,
    BookingStatus,
    ChangeSource,
    Client,
    Course,
    OutboxItem,
    OutboxOutcome,
    SyncState,
    WebConflict,
)
from studio_desk.services import outbox
from studio_desk.services.bookings import status
from studio_desk.services.bookings.reads import booking_view_query, to_view
from studio_desk.services.calendar import schedule
from studio_desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from studio_desk.services.sentences import Sentence
from studio_desk.services.sync.answers import WebBooking
from studio_desk.services.sync.links import CoachLink
from studio_desk.services.sync.web_time import web_instant
from studio_desk.services.unit_of_work import run_write
from studio_desk.services.views import Actor, BookingView

WEB_ACTOR = Actor(staff_id=None, name="Web platform", role=None)
WEB_CLIENT_NOTE = "Books on the web platform"
CHUNK = 250
S = BookingStatus
# The way forward through the status machine, one action per step.
_NEXT: dict[BookingStatus, tuple[BookingAction, BookingStatus]] = {
    S.PENDING: (BookingAction.PAY, S.PAID),
    S.PAID: (BookingAction.CONFIRM, S.CONFIRMED),
    S.CONFIRMED: (BookingAction.COMPLETE, S.DONE),
}
_REASONS = {
    BookingAction.PAY: QT_TRANSLATE_NOOP("services", "Paid on the web platform"),
    BookingAction.CONFIRM: QT_TRANSLATE_NOOP("services", "Confirmed on the web platform"),
    BookingAction.COMPLETE: QT_TRANSLATE_NOOP("services", "Marked done on the web platform"),
    BookingAction.CANCEL: QT_TRANSLATE_NOOP("services", "Canceled on the web platform"),
}


@dataclass
class PullCounts:
    added: int = 0
    updated: int = 0
    conflicts: int = 0
    problems: list[Sentence] = field(default_factory=list)

    def add(self, other: PullCounts) -> None:
        self.added += other.added
        self.updated += other.updated
        self.conflicts += other.conflicts
        self.problems += other.problems


def steps_to(current: BookingStatus, target: BookingStatus) -> list[BookingAction] | None:
    """The actions that take a booking from `current` to `target`; None if the machine only
    goes the other way (the web is behind the desk, which the desk's outbox will fix)."""
    if current == target:
        return []
    if target is S.CANCELED:
        return [BookingAction.CANCEL] if current in ACTIVE_STATUSES else None
    actions, at = [], current
    while at in _NEXT:
        action, at = _NEXT[at]
        actions.append(action)
        if at == target:
            return actions
    return None


def pull_coach(
    db: Database,
    link: CoachLink,
    listed: Sequence[WebBooking],
    ours: set[int],
    zone: ZoneInfo,
    web_zone: ZoneInfo,
) -> PullCounts:
    """Store or update each web booking of the coach. `ours` are the ids the coach's own account
    made: one the desk is still waiting to hear back about is the desk's, not a new one. `zone`
    is the studio's; the web's times without an offset are read in `web_zone`."""
    counts = PullCounts()
    known: list[WebBooking] = []
    for web in listed:
        if web.status not in BookingStatus.__members__.values():
            counts.problems.append(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "services", "Web booking {web_id} has a status the desk does not know: '{status}'."
                    ),
                    {"web_id": web.id, "status": web.status},
                )
            )
        else:
            known.append(web)
    for start in range(0, len(known), CHUNK):
        chunk = known[start : start + CHUNK]

        def work(session: Session, chunk: Sequence[WebBooking] = chunk) -> PullCounts:
            return _Chunk(db, session, link, ours, zone, web_zone).run(chunk)

        counts.add(run_write(db, work))
    listed_ids = [web.id for web in listed]
    run_write(db, lambda session: _forget_gone_conflicts(session, link.coach_id, listed_ids))
    return counts


def _forget_gone_conflicts(session: Session, coach_id: int, listed_ids: list[int]) -> None:
    """Web bookings kept aside that the web no longer lists (deleted there) are no conflict."""
    kept = session.scalars(select(WebConflict.remote_id).where(WebConflict.coach_id == coach_id)).all()
    gone = set(kept) - set(listed_ids)
    if gone:
        session.execute(delete(WebConflict).where(WebConflict.remote_id.in_(gone)))


_CREATED_CLIENT = insert(Client).returning(Client.id)
_INSERT_BOOKING = insert(Booking).returning(Booking.id)


class _Chunk:
    """One transaction's worth of web bookings of one coach."""

    def __init__(
        self,
        db: Database,
        session: Session,
        link: CoachLink,
        ours: set[int],
        zone: ZoneInfo,
        web_zone: ZoneInfo,
    ):
        self.db, self.session, self.link, self.ours = db, session, link, ours
        self.zone, self.web_zone = zone, web_zone
        self.now = db.now()
        self.connection = session.connection()
        self.counts = PullCounts()
        self.placed: list[int] = []  # remote ids taken in by this chunk
        self.clients: dict[str, int] = {}
        self.courses: dict[tuple[int | None, str], tuple[int, int]] = {}

    def run(self, chunk: Sequence[WebBooking]) -> PullCounts:
        # Queue behind desks that are booking this coach right now (schedule's coach lock).
        self.connection.execute(schedule.COACH_FOR_BOOKING, {"coach_id": self.link.coach_id})
        ids = [web.id for web in chunk]
        local = {
            view.remote_id: view
            for view in (
                to_view(row, self.zone)
                for row in self.connection.execute(booking_view_query().where(Booking.remote_id.in_(ids)))
            )
        }
        in_flight = set(
            self.session.scalars(select(OutboxItem.booking_id).where(OutboxItem.sent_at.is_(None)).distinct())
        )
        for web in chunk:
            view = local.get(web.id)
            if view is None:
                self._new(web)
            elif view.id not in in_flight:  # the desk's own changes to it are on their way
                self._follow(view, BookingStatus(web.status))
        if self.placed:  # one that collided before and fits now is no longer a conflict
            self.session.execute(delete(WebConflict).where(WebConflict.remote_id.in_(self.placed)))
        return self.counts

    # -- a booking the desk has -------------------------------------------------------------

    def _follow(self, view: BookingView, target: BookingStatus) -> None:
        actions = steps_to(view.status, target)
        if not actions:
            return
        try:
            with self.session.begin_nested():
                for action in actions:
                    view = status.transition(
                        self.session,
                        view,
                        action,
                        WEB_ACTOR,
                        self.now,
                        reason=Sentence(_REASONS[action]),
                        source=ChangeSource.WEB,
                    )
        except DomainError as error:  # changed at a desk this very moment: next round
            self.counts.problems.append(
                Sentence(
                    QT_TRANSLATE_NOOP("services", "Web booking {web_id}: {error}"),
                    {"web_id": view.remote_id or 0, "error": error.sentence},
                )
            )
            return
        self.counts.updated += 1

    # -- a booking the desk does not have -------------------------------------------------------

    def _new(self, web: WebBooking) -> None:
        start = self._instant(web.start())
        course_id, price = self._course(web, start)
        ending = web.end()
        end = self._instant(ending) if ending else start + dt.timedelta(minutes=self._duration(course_id))
        if end <= start:
            self.counts.problems.append(
                Sentence(
                    QT_TRANSLATE_NOOP(
                        "services", "Web booking {web_id} ends before it starts; not taken in."
                    ),
                    {"web_id": web.id},
                )
            )
            return
        # The web has no buffers: it sells 10:00 right after a 09:00-10:00 booking. A web
        # booking holds only its own time, so two back-to-back ones never collide at the desk;
        # a desk booking keeps its buffer after its own session.
        busy_until = end
        web_status = BookingStatus(web.status)
        if web.id in self.ours and self._adopt(web, start):
            return
        if web_status in ACTIVE_STATUSES:
            blocking = schedule.clashing_booking(
                self.session, self.db.backend, self.link.coach_id, start, busy_until
            )
            if blocking is not None:
                self._keep_conflict(web, start, end, blocking)
                return
            # The web knows no classes: one of the coach's class times blocks a web booking as
            # a booking does, kept for a person without a desk booking to name.
            if schedule.clashing_class(self.session, self.db.backend, self.link.coach_id, start, busy_until):
                self._keep_conflict(web, start, end, None)
                return
        booking_id = self.connection.execute(
            _INSERT_BOOKING,
            {
                "client_id": self._client(web.user_name),
                "coach_id": self.link.coach_id,
                "course_id": course_id,
                "start_at": start,
                "end_at": end,
                "busy_until": busy_until,
                "status": web_status,
                "version": 1,
                "price": price,
                "origin": BookingOrigin.WEB,
                "remote_id": web.id,
                "sync_state": SyncState.LINKED,
                "sync_problem": None,
                "sync_problem_words": None,
                "created_by_id": None,
                "created_at": self.now,
                "updated_at": self.now,
            },
        ).scalar_one()
        status.record(
            self.session,
            booking_id,
            BookingAction.CREATE,
            None,
            web_status,
            WEB_ACTOR,
            self.now,
            reason=Sentence(QT_TRANSLATE_NOOP("services", "Booked on the web platform")),
            source=ChangeSource.WEB,
        )
        self.placed.append(web.id)
        self.counts.added += 1

    def _adopt(self, web: WebBooking, start: dt.datetime) -> bool:
        """A booking this desk asked the web to make, whose answer never came back: link it
        instead of taking it in a second time."""
        booking_id = self.session.scalar(
            select(Booking.id)
            .where(
                Booking.coach_id == self.link.coach_id,
                Booking.start_at == start,
                Booking.sync_state == SyncState.QUEUED,
                Booking.remote_id.is_(None),
            )
            .limit(1)
        )
        if booking_id is None:
            return False
        link_to_web(self.session, booking_id, web.id, self.now)
        self.counts.updated += 1
        return True

    def _keep_conflict(
        self, web: WebBooking, start: dt.datetime, end: dt.datetime, blocking: int | None
    ) -> None:
        values = {
            "coach_id": self.link.coach_id,
            "blocking_booking_id": blocking,
            "client_name": (web.user_name or "Web client")[:120],
            "course_title": (web.course_title or "Web booking")[:120],
            "start_at": start,
            "end_at": end,
            "web_status": web.status,
        }
        updated = self.connection.execute(
            update(WebConflict).where(WebConflict.remote_id == web.id).values(**values)
        )
        if not updated.rowcount:
            self.session.execute(
                insert(WebConflict).values(remote_id=web.id, first_seen_at=self.now, **values)
            )
        self.counts.conflicts += 1

    def _instant(self, moment: dt.datetime) -> dt.datetime:
        return web_instant(moment, self.web_zone)

    def _client(self, name: str | None) -> int:
        shown = (name or "").strip()[:120] or "Web client"
        if shown not in self.clients:
            found = self.session.scalar(
                select(Client.id).where(Client.name == shown, Client.notes == WEB_CLIENT_NOTE).limit(1)
            )
            if found is None:
                found = self.connection.execute(
                    _CREATED_CLIENT,
                    {
                        "name": shown,
                        "phone": None,
                        "email": None,
                        "notes": WEB_CLIENT_NOTE,
                        "created_at": self.now,
                    },
                ).scalar_one()
            self.clients[shown] = found
        return self.clients[shown]

    def _course(self, web: WebBooking, start: dt.datetime) -> tuple[int, int]:
        """The desk course of a web booking (id, price): by the web course id when the
        server sends one, else by title among the coach's courses, else a placeholder course
        named after the web's, inactive, so the booking is kept and holds the coach's time."""
        title = (web.course_title or "").strip()
        key = (web.course_id, title.casefold())
        if key not in self.courses:
            of_coach = select(Course.id, Course.price).where(
                Course.coach_id == self.link.coach_id
            )
            row = None
            if web.course_id is not None:
                row = self.session.execute(of_coach.where(Course.remote_id == web.course_id)).first()
            if row is None and title:
                row = self.session.execute(
                    of_coach.where(func.lower(Course.title) == title.lower())
                    .order_by(Course.remote_id.is_(None), Course.active.desc(), Course.id)
                    .limit(1)
                ).first()
            if row is None:
                ending = web.end()
                minutes = int((self._instant(ending) - start).total_seconds() // 60) if ending else 60
                course_id = self.connection.execute(
                    insert(Course).returning(Course.id),
                    {
                        "title": (title or "Web booking")[:120],
                        "coach_id": self.link.coach_id,
                        "duration_minutes": max(minutes, 1),
                        "price": 0,
                        "buffer_minutes": 0,
                        "location": None,
                        "active": False,
                        "remote_id": None,
                    },
                ).scalar_one()
                self.counts.problems.append(
                    Sentence(
                        QT_TRANSLATE_NOOP(
                            "services",
                            "The web course '{title}' of {coach} is not linked to a desk course; its "
                            "bookings are kept under an inactive course of that name.",
                        ),
                        {"title": title or "?", "coach": self.link.coach_name},
                    )
                )
                row_value = (course_id, 0)
            else:
                row_value = (row.id, row.price)
            self.courses[key] = row_value
        return self.courses[key]

    def _duration(self, course_id: int) -> int:
        return int(self.session.scalar(select(Course.duration_minutes).where(Course.id == course_id)) or 60)


def link_to_web(session: Session, booking_id: int, remote_id: int, now: dt.datetime) -> None:
    """The web made this desk booking as `remote_id`: remember it, and the create is done."""
    session.execute(
        update(Booking)
        .where(Booking.id == booking_id)
        .values(
            remote_id=remote_id, sync_state=SyncState.LINKED, sync_problem=None, sync_problem_words=None
        )
    )
    create = session.scalar(
        select(OutboxItem.id)
        .where(
            OutboxItem.booking_id == booking_id,
            OutboxItem.kind == outbox.OutboxKind.CREATE,
            OutboxItem.sent_at.is_(None),
        )
        .order_by(OutboxItem.id)
        .limit(1)
    )
    if create is not None:
        outbox.finish(session, create, OutboxOutcome.SENT, now)
