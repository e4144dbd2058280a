"""Looking after the coaches (an admin's job): rename, colour, web link, deactivate, reactivate.

A coach made inactive takes no new bookings (make.py checks `Coach.active`); the bookings they
already have stay valid, and the desk lists them before it deactivates anyone.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import ACTIVE_STATUSES, NAME_LENGTH, WEB_USERNAME_LENGTH, Booking, Coach
from studio_desk.services.arguments import yes_or_no
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import booking_view_query, parse_id, to_view
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import printable, required_text
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor, BookingView, CoachView

# The colours a coach's column may have in the calendar: light enough that black text and the
# status colours of the bookings stay readable over them, and far enough apart to tell apart.
COACH_COLOURS: tuple[str, ...] = (
    "#cfe2ff",  # blue
    "#d1f0d8",  # green
    "#ffe8b3",  # amber
    "#f8d4e4",  # pink
    "#e3d7f7",  # lavender
    "#cdeef0",  # teal
    "#fbd9c4",  # apricot
    "#e4e4e4",  # grey
)

COACH_NOT_FOUND = QT_TRANSLATE_NOOP("services", "Coach not found")


def coach_view(coach: Coach) -> CoachView:
    return CoachView(coach.id, coach.name, coach.active, coach.remote_id, coach.colour, coach.web_username)


def parse_colour(value: object) -> str | None:
    """One of COACH_COLOURS (any case), or None for "the calendar picks one"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = value.strip().lower() if isinstance(value, str) else None
    if text not in COACH_COLOURS:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Choose one of the calendar's colours."))
    return text


def parse_web_username(value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = value.strip() if isinstance(value, str) else ""
    if (
        not text
        or len(text) > WEB_USERNAME_LENGTH
        or not printable(text)
        or any(char.isspace() for char in text)
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "A web username is one word of at most {limit} characters, without spaces."
            ),
            limit=WEB_USERNAME_LENGTH,
        )
    return text


def update_coach(
    db: Database,
    actor: Actor,
    coach_id: object,
    *,
    name: str,
    colour: object = None,
    remote_id: object = None,
    web_username: object = None,
) -> CoachView:
    """Rename a coach and set their calendar colour and their link to the web platform (the
    web coach's number and the username the sync signs in as; both empty: not linked)."""
    require_admin(actor, "change coaches")
    coach_number = parse_id(coach_id, "coach")
    clean_name = required_text(name, what="the coach's name", max_length=NAME_LENGTH)
    clean_colour = parse_colour(colour)
    unlinked = remote_id is None or (isinstance(remote_id, str) and not remote_id.strip())
    remote = None if unlinked else parse_id(remote_id, "web coach")
    username = parse_web_username(web_username)

    def work(session: Session) -> CoachView:
        coach = session.get(Coach, coach_number)
        if coach is None:
            raise NotFound(COACH_NOT_FOUND)
        if remote is not None:
            taken = session.scalar(
                select(Coach.name).where(Coach.remote_id == remote, Coach.id != coach_number)
            )
            if taken:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("services", "Web coach {remote_id} is already linked to {coach}."),
                    remote_id=remote,
                    coach=taken,
                )
        coach.name, coach.colour = clean_name, clean_colour
        coach.remote_id, coach.web_username = remote, username
        session.flush()
        return coach_view(coach)

    return run_write_as(db, actor, work)


def set_coach_active(db: Database, actor: Actor, coach_id: object, *, active: bool) -> CoachView:
    """Deactivate a coach who left (no new bookings; the ones they have stay valid, see
    `coach_future_bookings`) or bring them back."""
    require_admin(actor, "change coaches")
    coach_number = parse_id(coach_id, "coach")
    on = yes_or_no(active)

    def work(session: Session) -> CoachView:
        coach = session.get(Coach, coach_number)
        if coach is None:
            raise NotFound(COACH_NOT_FOUND)
        coach.active = on
        session.flush()
        return coach_view(coach)

    return run_write_as(db, actor, work)


def coach_future_bookings(db: Database, coach_id: object) -> tuple[BookingView, ...]:
    """The coach's active bookings that have not ended yet, by start: what still counts on them."""
    coach_number = parse_id(coach_id, "coach")
    zone = get_settings(db).zone

    def work(session: Session) -> tuple[BookingView, ...]:
        if session.scalar(select(Coach.id).where(Coach.id == coach_number)) is None:
            raise NotFound(COACH_NOT_FOUND)
        now: dt.datetime = db.now()
        rows = session.execute(
            booking_view_query()
            .where(
                Booking.coach_id == coach_number,
                Booking.status.in_(sorted(ACTIVE_STATUSES)),
                Booking.end_at > now,
            )
            .order_by(Booking.start_at, Booking.id)
        )
        return tuple(to_view(row, zone) for row in rows)

    return run_read(db, work)


def get_coach(db: Database, coach_id: object) -> CoachView:
    coach_number = parse_id(coach_id, "coach")

    def work(session: Session) -> CoachView:
        coach = session.get(Coach, coach_number)
        if coach is None:
            raise NotFound(COACH_NOT_FOUND)
        return coach_view(coach)

    return run_read(db, work)
