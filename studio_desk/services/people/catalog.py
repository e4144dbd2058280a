"""Setting up the studio: coaches and the courses they give (an admin's job)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    ACTIVE_STATUSES,
    NAME_LENGTH,
    TITLE_LENGTH,
    Booking,
    Coach,
    Course,
    Occurrence,
    OccurrenceStatus,
)
from studio_desk.services.arguments import yes_or_no
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.money.payments import parse_amount
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.people.coaches import coach_view, parse_colour, parse_web_username
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import clean_text, required_text
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor, CoachView, CourseView

MAX_DURATION_MINUTES = 12 * 60
MAX_BUFFER_MINUTES = 4 * 60

_COURSES = select(
    Course.id,
    Course.title,
    Course.coach_id,
    Coach.name.label("coach_name"),
    Course.duration_minutes,
    Course.price,
    Course.buffer_minutes,
    Course.location,
    Course.active,
    Course.remote_id,
    Course.capacity,
).join(Coach, Coach.id == Course.coach_id)


def _course_view(row: Row[*tuple[Any, ...]]) -> CourseView:
    return CourseView(**row._mapping)


def _remote_id(value: object, what: str) -> int | None:
    """A web id as a form gives it: empty (None or blank) is no link."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_id(value, what)


def create_coach(
    db: Database,
    actor: Actor,
    *,
    name: str,
    remote_id: object = None,
    colour: object = None,
    web_username: object = None,
) -> CoachView:
    """Add a coach. `remote_id` links them to their coach on the web platform (and
    `web_username` is the account the sync signs in as); `colour` is one of COACH_COLOURS."""
    require_admin(actor, "add coaches")
    clean_name = required_text(name, what="the coach's name", max_length=NAME_LENGTH)
    remote = _remote_id(remote_id, "web coach")
    clean_colour = parse_colour(colour)
    username = parse_web_username(web_username)

    def work(session: Session) -> CoachView:
        if remote is not None and session.scalar(select(Coach.id).where(Coach.remote_id == remote)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "Another coach is already linked to web coach {web_id}."),
                web_id=remote,
            )
        coach_id = session.execute(
            insert(Coach)
            .values(
                name=clean_name, active=True, remote_id=remote, colour=clean_colour,
                web_username=username, created_at=db.now(),
            )
            .returning(Coach.id)
        ).scalar_one()
        return CoachView(coach_id, clean_name, True, remote, clean_colour, username)

    return run_write_as(db, actor, work)


def list_coaches(db: Database, *, include_inactive: bool = False) -> list[CoachView]:
    include_inactive = yes_or_no(include_inactive)

    def work(session: Session) -> list[CoachView]:
        query = select(Coach).order_by(Coach.name, Coach.id)
        if not include_inactive:
            query = query.where(Coach.active.is_(True))
        return [coach_view(c) for c in session.scalars(query)]

    return run_read(db, work)


def parse_duration(value: object) -> int:
    """A session's length in minutes, as a course may have it."""
    return parse_minutes(
        value,
        low=5,
        high=MAX_DURATION_MINUTES,
        not_whole=QT_TRANSLATE_NOOP("services", "The duration must be a whole number of minutes."),
        out_of_range=QT_TRANSLATE_NOOP("services", "The duration must be between {low} and {high} minutes."),
    )


def parse_buffer(value: object) -> int:
    """The time kept free after each session of a course, in minutes."""
    return parse_minutes(
        value,
        low=0,
        high=MAX_BUFFER_MINUTES,
        not_whole=QT_TRANSLATE_NOOP("services", "The buffer must be a whole number of minutes."),
        out_of_range=QT_TRANSLATE_NOOP("services", "The buffer must be between {low} and {high} minutes."),
    )


def parse_minutes(value: object, *, low: int, high: int, not_whole: str, out_of_range: str) -> int:
    """Whole minutes from `low` to `high`. `not_whole` and `out_of_range` are the refusals'
    templates (the latter with the fields {low} and {high})."""
    if isinstance(value, str):
        text = value.strip()
        if not (text.isdigit() and text.isascii()):
            raise ValidationError(not_whole)
        # Python makes no int of thousands of digits; a dozen are already out of range.
        value = int(text) if len(text) <= 12 else high + 1
    elif isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(not_whole)
    if not low <= value <= high:
        raise ValidationError(out_of_range, low=low, high=high)
    return value


@dataclass(frozen=True)
class _CourseValues:
    """A course's fields as typed, checked: what create_course and update_course write."""

    coach_id: int
    title: str
    duration_minutes: int
    price: int
    buffer_minutes: int
    location: str | None
    remote_id: int | None

    @classmethod
    def checked(
        cls, db: Database, *, coach_id: object, title: str, duration_minutes: object, price: object,
        buffer_minutes: object, location: str | None, remote_id: object,
    ) -> _CourseValues:
        return cls(
            coach_id=parse_id(coach_id, "coach"),
            title=required_text(title, what="the course's title", max_length=TITLE_LENGTH),
            duration_minutes=parse_duration(duration_minutes),
            price=parse_amount(price, what="The price", currency=get_settings(db).currency),
            buffer_minutes=parse_buffer(buffer_minutes),
            location=clean_text(location, what="the location", max_length=TITLE_LENGTH, required=False),
            remote_id=_remote_id(remote_id, "web course"),
        )

    def check_against(self, session: Session, course_id: int | None = None) -> None:
        """What the rest of the studio decides: the coach exists, the web course is not taken."""
        if session.scalar(select(Coach.id).where(Coach.id == self.coach_id)) is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Coach not found"))
        if self.remote_id is not None and session.scalar(
            select(Course.id).where(Course.remote_id == self.remote_id, Course.id != (course_id or 0))
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "Another course is already linked to web course {web_id}."),
                web_id=self.remote_id,
            )

    def columns(self) -> dict[str, object]:
        return dataclasses.asdict(self)


MAX_CAPACITY = 1000  # as the database's CHECK (migration 0017)
CLASS_NOT_ON_WEB = QT_TRANSLATE_NOOP(
    "services", "A group class stays at the desk: the web platform sells only private sessions. "
    "Leave the web course empty, or keep the capacity at 1.",
)
KIND_LOCKED = QT_TRANSLATE_NOOP(
    "services",
    "The course has sessions booked or classes to come, so it cannot switch between private "
    "sessions and a group class now. Make a new course instead.",
)


def parse_capacity(value: object) -> int:
    """How many people a session takes: 1 (private) to MAX_CAPACITY."""
    return parse_minutes(
        value, low=1, high=MAX_CAPACITY,
        not_whole=QT_TRANSLATE_NOOP("services", "The capacity must be a whole number of people."),
        out_of_range=QT_TRANSLATE_NOOP("services", "The capacity must be between {low} and {high} people."),
    )


def _check_capacity(session: Session, course_id: int | None, capacity: int, remote_id: int | None) -> None:
    if capacity > 1 and remote_id is not None:
        raise ValidationError(CLASS_NOT_ON_WEB)
    if course_id is None:
        return
    before = session.scalar(select(Course.capacity).where(Course.id == course_id))
    if before is None or (before > 1) == (capacity > 1):
        return
    booked = session.scalar(
        select(Booking.id).where(Booking.course_id == course_id, Booking.status.in_(ACTIVE_STATUSES)).limit(1)
    )
    planned = session.scalar(
        select(Occurrence.id).where(Occurrence.course_id == course_id,
                                    Occurrence.status == OccurrenceStatus.SCHEDULED).limit(1)
    )
    if booked is not None or planned is not None:
        raise ValidationError(KIND_LOCKED)


def create_course(
    db: Database,
    actor: Actor,
    *,
    coach_id: object,
    title: str,
    duration_minutes: object,
    price: object,
    buffer_minutes: object = 0,
    location: str | None = None,
    remote_id: object = None,
    active: bool = True,
    capacity: object = 1,
) -> CourseView:
    """Add a course a coach gives: how long a session lasts, its price, and the time kept free
    after each session (`buffer_minutes`). `remote_id` links it to its web course; an inactive
    course (`active` False) is kept for later and takes no bookings yet. A `capacity` above 1
    makes it a group class, booked by the place in its timetable's occurrences."""
    require_admin(actor, "add courses")
    on = yes_or_no(active)
    people = parse_capacity(capacity)
    values = _CourseValues.checked(
        db, coach_id=coach_id, title=title, duration_minutes=duration_minutes, price=price,
        buffer_minutes=buffer_minutes, location=location, remote_id=remote_id,
    )

    def work(session: Session) -> CourseView:
        values.check_against(session)
        _check_capacity(session, None, people, values.remote_id)
        course_id = session.execute(
            insert(Course).values(**values.columns(), active=on, capacity=people).returning(Course.id)
        ).scalar_one()
        return _course_view(session.execute(_COURSES.where(Course.id == course_id)).one())

    return run_write_as(db, actor, work)


def update_course(
    db: Database,
    actor: Actor,
    course_id: object,
    *,
    coach_id: object,
    title: str,
    duration_minutes: object,
    price: object,
    buffer_minutes: object = 0,
    location: str | None = None,
    active: bool = True,
    remote_id: object = None,
    capacity: object = None,
) -> CourseView:
    """Change a course. A new price, length or buffer is for bookings made from now on: a
    booking keeps the price, times and buffer it was sold with. An inactive course takes no
    new bookings; the ones it has stay valid. `capacity` None keeps it; a class's new capacity
    is for timetable lines made from now on."""
    require_admin(actor, "change courses")
    course_number = parse_id(course_id, "course")
    on = yes_or_no(active)
    people = None if capacity is None else parse_capacity(capacity)
    values = _CourseValues.checked(
        db, coach_id=coach_id, title=title, duration_minutes=duration_minutes, price=price,
        buffer_minutes=buffer_minutes, location=location, remote_id=remote_id,
    )

    def work(session: Session) -> CourseView:
        values.check_against(session, course_number)
        kept = people if people is not None else session.scalar(
            select(Course.capacity).where(Course.id == course_number))
        _check_capacity(session, course_number, kept or 1, values.remote_id)
        changed = session.execute(
            update(Course)
            .where(Course.id == course_number)
            .values(**values.columns(), active=on, capacity=kept or 1)
            .returning(Course.id)
        ).scalar()
        if changed is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Course not found"))
        return _course_view(session.execute(_COURSES.where(Course.id == course_number)).one())

    return run_write_as(db, actor, work)


def list_courses(db: Database, *, include_inactive: bool = False) -> list[CourseView]:
    include_inactive = yes_or_no(include_inactive)

    def work(session: Session) -> list[CourseView]:
        query = _COURSES.order_by(Course.title, Course.id)
        if not include_inactive:
            query = query.where(Course.active.is_(True), Coach.active.is_(True))
        return [_course_view(row) for row in session.execute(query)]

    return run_read(db, work)


def get_course(db: Database, course_id: object) -> CourseView:
    course = parse_id(course_id, "course")

    def work(session: Session) -> CourseView:
        row = session.execute(_COURSES.where(Course.id == course)).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Course not found"))
        return _course_view(row)

    return run_read(db, work)
