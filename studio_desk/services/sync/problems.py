"""What the web sync needs a person for: bookings the web refused, web bookings that collide.

Neither is ever dropped on its own. A refused desk booking stays until a person sends it again
(after freeing the time on the web) or keeps it at the desk only; a colliding web booking stays
in `web_conflicts` until one side is canceled, after which the next pull places it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import ACTIVE_STATUSES, Booking, Coach, Course, SyncState, WebConflict
from studio_desk.services import outbox
from studio_desk.services.bookings.permissions import require_desk
from studio_desk.services.bookings.reads import booking_view_query, load_view, parse_id, to_view
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.sync.config import get_sync_config
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor, BookingView


@dataclass(frozen=True)
class WebConflictView:
    remote_id: int
    coach_id: int
    coach_name: str
    client_name: str
    course_title: str
    start_at: dt.datetime
    end_at: dt.datetime
    web_status: str
    blocking_booking_id: int | None


@dataclass(frozen=True)
class SyncProblems:
    refused: tuple[BookingView, ...]  # desk bookings with a sync problem, oldest first
    web_conflicts: tuple[WebConflictView, ...]

    @property
    def count(self) -> int:
        return len(self.refused) + len(self.web_conflicts)

    def lines(self) -> list[str]:
        """One line per problem, for the command line."""
        refused = [
            f"Desk booking {b.id}, {b.start_at:%a %d %b %Y %H:%M} {b.client_name} with {b.coach_name}: "
            f"{b.sync_problem}"
            for b in self.refused
        ]
        conflicts = [
            f"Web booking {c.remote_id}, {c.start_at:%a %d %b %Y %H:%M} {c.client_name} with "
            f"{c.coach_name}: collides with "
            + (f"desk booking {c.blocking_booking_id}" if c.blocking_booking_id else "a desk booking")
            for c in self.web_conflicts
        ]
        return refused + conflicts


def sync_problems(db: Database) -> SyncProblems:
    zone = get_settings(db).zone

    def work(session: Session) -> SyncProblems:
        refused = tuple(
            to_view(row, zone)
            for row in session.execute(
                booking_view_query().where(Booking.sync_problem.isnot(None)).order_by(Booking.start_at)
            )
        )
        conflicts = tuple(
            WebConflictView(
                row.remote_id,
                row.coach_id,
                row.coach_name,
                row.client_name,
                row.course_title,
                row.start_at.astimezone(zone),
                row.end_at.astimezone(zone),
                row.web_status,
                row.blocking_booking_id,
            )
            for row in session.execute(
                select(
                    WebConflict.remote_id,
                    WebConflict.coach_id,
                    Coach.name.label("coach_name"),
                    WebConflict.client_name,
                    WebConflict.course_title,
                    WebConflict.start_at,
                    WebConflict.end_at,
                    WebConflict.web_status,
                    WebConflict.blocking_booking_id,
                )
                .join(Coach, Coach.id == WebConflict.coach_id)
                .order_by(WebConflict.start_at)
            )
        )
        return SyncProblems(refused, conflicts)

    return run_read(db, work)


def send_again(db: Database, actor: Actor, booking_id: object) -> BookingView:
    """Try once more to make a refused desk booking on the web (say, after the web booking in
    its way was canceled). Its payment and the coach's confirmation follow it."""
    require_desk(actor, "send a booking to the web platform again")
    number = parse_id(booking_id, "booking")
    zone = get_settings(db).zone
    if not get_sync_config(db).is_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Web sync is off, so nothing can be sent to the web platform.")
        )

    def work(session: Session) -> BookingView:
        booking = load_view(session, number, zone)
        if booking.sync_state not in (SyncState.CONFLICT, SyncState.REJECTED):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "services", "This booking is not waiting for a decision about the web platform."
                )
            )
        if booking.status not in ACTIVE_STATUSES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "This booking is over or canceled; there is nothing to send.")
            )
        course_remote = session.scalar(select(Course.remote_id).where(Course.id == booking.course_id))
        if course_remote is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "This booking's course is no longer linked to a web course.")
            )
        now = db.now()
        session.execute(
            update(Booking)
            .where(Booking.id == booking.id)
            .values(sync_state=SyncState.QUEUED, sync_problem=None, sync_problem_words=None)
        )
        outbox.queue_create(
            session,
            booking.id,
            course_remote_id=course_remote,
            local_start=booking.start_at,
            client_name=booking.client_name,
            now=now,
        )
        for action in outbox.catch_up_actions(booking.status):
            outbox.queue_change(session, booking.id, action, now, outbox.last_payment(session, booking.id))
        return load_view(session, number, zone)

    return run_write_as(db, actor, work)


def keep_at_desk_only(db: Database, actor: Actor, booking_id: object) -> BookingView:
    """Put a sync problem aside: a refused booking stays at the desk and is not sent again; a
    refused change is not tried again."""
    require_desk(actor, "decide about the web platform")
    number = parse_id(booking_id, "booking")
    zone = get_settings(db).zone

    def work(session: Session) -> BookingView:
        booking = load_view(session, number, zone)
        if booking.sync_problem is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "This booking has no problem with the web platform.")
            )
        outbox.settle_problem(session, booking.id)
        return load_view(session, number, zone)

    return run_write_as(db, actor, work)
