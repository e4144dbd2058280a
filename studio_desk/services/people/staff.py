"""The people who use the desk, and signing in with a PIN on the shared PC."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import NAME_LENGTH, Coach, Staff, StaffRole
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, Forbidden, NotFound, ValidationError
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.people.pins import check_pin_format, hash_pin, verify_pin
from studio_desk.services.text import required_text
from studio_desk.services.unit_of_work import run_read, run_write
from studio_desk.services.views import Actor, StaffView

WRONG_PIN = QT_TRANSLATE_NOOP("services", "Wrong PIN. Try again.")
TOO_MANY_PINS = QT_TRANSLATE_NOOP("services", "Too many wrong PINs. Wait a minute, then try again.")
# After this many wrong PINs in a row the person is locked out for a while: four digits are
# only 10,000 guesses, and the PC stands at a public desk.
MAX_PIN_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=1)


def create_staff(
    db: Database,
    actor: Actor | None,
    *,
    name: str,
    role: StaffRole | str,
    pin: str,
    coach_id: object | None = None,
) -> StaffView:
    """Add a person who may use the desk; only an admin may. A new studio's very first person
    is made with no one signed in (`actor` None), and must be its admin. A coach's account is
    tied to their Coach."""
    clean_name = required_text(name, what="the person's name", max_length=NAME_LENGTH)
    try:
        clean_role = StaffRole(role)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Choose a role: admin, receptionist or coach.")
        ) from None
    coach = None if coach_id is None else parse_id(coach_id, "coach")
    if (clean_role is StaffRole.COACH) != (coach is not None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "A coach's account needs its coach, and only a coach's account has one."
            )
        )
    if actor is not None:
        require_admin(actor, "add people to the desk")
    pin_hash = hash_pin(check_pin_format(pin))

    def work(session: Session) -> StaffView:
        if actor is None:
            if session.scalar(select(exists().where(Staff.id.isnot(None)))):
                raise Forbidden(QT_TRANSLATE_NOOP("services", "Only an admin can add people to the desk."))
            if clean_role is not StaffRole.ADMIN:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("services", "The first person at a new studio is its admin.")
                )
        if coach is not None:
            if session.scalar(select(Coach.id).where(Coach.id == coach)) is None:
                raise NotFound(QT_TRANSLATE_NOOP("services", "Coach not found"))
            if session.scalar(select(Staff.id).where(Staff.coach_id == coach)) is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("services", "That coach already has an account."))
        staff_id = session.execute(
            insert(Staff)
            .values(
                name=clean_name, role=clean_role, pin_hash=pin_hash, coach_id=coach,
                active=True, failed_pin_attempts=0, created_at=db.now(),
            )
            .returning(Staff.id)
        ).scalar_one()
        return StaffView(staff_id, clean_name, clean_role, coach, True)

    return run_write_as(db, actor, work)


def list_staff(db: Database) -> list[StaffView]:
    """Who can sign in, for the sign-in screen's list of names."""

    def work(session: Session) -> list[StaffView]:
        rows = session.scalars(
            select(Staff).where(Staff.active.is_(True)).order_by(Staff.name, Staff.id)
        )
        return [StaffView(s.id, s.name, s.role, s.coach_id, s.active) for s in rows]

    return run_read(db, work)


@dataclass(frozen=True)
class _Attempt:
    actor: Actor | None
    refusal: str | None


def sign_in(db: Database, staff_id: object, pin: str) -> Actor:
    """The Actor for `staff_id` if `pin` is theirs; Forbidden otherwise, and for a while after
    too many wrong PINs in a row."""
    person = parse_id(staff_id, "staff")
    # A PIN that is not 4 to 8 digits is no one's: refused as such, not counted as a guess.
    check_pin_format(pin)

    def work(session: Session) -> _Attempt:
        found = session.get(Staff, person)
        if found is None or not found.active:
            raise NotFound(QT_TRANSLATE_NOOP("services", "No such person at this studio."))
        refused = try_pin(session, db.now(), found, pin)
        if refused is not None:
            return _Attempt(None, refused)
        return _Attempt(Actor(found.id, found.name, found.role, found.coach_id), None)

    # The failed attempt is counted (committed) before the refusal is raised.
    attempt = run_write(db, work)
    if attempt.actor is None:
        raise Forbidden(attempt.refusal or WRONG_PIN)
    return attempt.actor


def try_pin(session: Session, now: dt.datetime, found: Staff, pin: str) -> str | None:
    """Check `pin` against `found`'s, counting a wrong one toward the lockout and starting the
    count again after a right one: None when it is theirs, else the refusal to raise once the
    count is committed. Every place that asks for a PIN goes through here, so that no screen is
    a way round the lockout."""
    if is_locked(found, now):
        return TOO_MANY_PINS
    if not verify_pin(str(pin), found.pin_hash):
        failures = found.failed_pin_attempts + 1
        session.execute(
            update(Staff)
            .where(Staff.id == found.id)
            .values(
                failed_pin_attempts=failures,
                locked_until=now + LOCKOUT if failures >= MAX_PIN_ATTEMPTS else None,
            )
        )
        return WRONG_PIN
    if found.failed_pin_attempts or found.locked_until:
        session.execute(
            update(Staff).where(Staff.id == found.id).values(failed_pin_attempts=0, locked_until=None)
        )
    return None


def is_locked(found: Staff, now: dt.datetime) -> bool:
    """Whether sign-in is refused for now after too many wrong PINs."""
    return found.locked_until is not None and now < found.locked_until
