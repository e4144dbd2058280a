"""The people who use the desk, and signing in with a PIN on the shared PC."""

from __future__ import annotations

from sqlalchemy import exists, insert, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import NAME_LENGTH, Coach, Staff, StaffRole
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, Forbidden, NotFound, ValidationError
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.people.pin_attempts import (
    LOCKOUT,
    MAX_PIN_ATTEMPTS,
    WRONG_PIN,
    check_pin,
    is_locked,
)
from studio_desk.services.people.pins import check_pin_format, hash_pin
from studio_desk.services.text import required_text
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor, StaffView

# The lockout's names, where they were before pin_attempts held them.
__all__ = ["LOCKOUT", "MAX_PIN_ATTEMPTS", "WRONG_PIN", "create_staff", "is_locked", "list_staff", "sign_in"]


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


def sign_in(db: Database, staff_id: object, pin: str) -> Actor:
    """The Actor for `staff_id` if `pin` is theirs; Forbidden otherwise, and for a while after
    too many wrong PINs in a row (the refusal says until when). Every place that asks for a PIN
    goes through pin_attempts.check_pin, so that no screen is a way round the lockout."""
    person = parse_id(staff_id, "staff")
    # A PIN that is not 4 to 8 digits is no one's: refused as such, not counted as a guess.
    check_pin_format(pin)
    return check_pin(db, person, pin).actor()
