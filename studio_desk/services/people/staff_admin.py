"""Looking after the people who use the desk: their PINs, their role, leaving and coming back, and
unlocking someone after too many wrong PINs. An admin does all of it; anyone changes their own PIN."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Coach, Staff, StaffRole
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, Forbidden, NotFound, ValidationError
from studio_desk.services.people.acting import checked_actor, run_read_as, run_write_as
from studio_desk.services.people.pin_attempts import check_pin, is_locked
from studio_desk.services.people.pins import check_pin_format, hash_pin, verify_pin
from studio_desk.services.unit_of_work import run_write
from studio_desk.services.views import Actor, StaffView

LAST_ADMIN = QT_TRANSLATE_NOOP(
    "services",
    "{name} is the studio's last admin. Make someone else an admin first, so that someone can "
    "still look after the desk.",
)


def list_all_staff(db: Database, actor: Actor) -> list[StaffView]:
    """Everyone who has a place at the desk, those who left too, with who is locked out now:
    the Staff screen (an admin's)."""
    require_admin(actor, "look after the desk's people")

    def work(session: Session) -> list[StaffView]:
        now = db.now()
        rows = session.scalars(select(Staff).order_by(Staff.active.desc(), Staff.name, Staff.id))
        return [_view(person, now) for person in rows]

    return run_read_as(db, actor, work)


def reset_pin(db: Database, actor: Actor, staff_id: object, new_pin: str) -> StaffView:
    """An admin gives someone a new PIN (they forgot theirs); it also lifts a lockout."""
    require_admin(actor, "look after the desk's people")
    person = parse_id(staff_id, "staff")
    pin_hash = hash_pin(check_pin_format(new_pin))

    def work(session: Session) -> StaffView:
        found = _person(session, person, lock=True)
        _write(session, person, pin_hash=pin_hash, failed_pin_attempts=0, locked_until=None)
        return _view(found, db.now(), locked=False)

    return run_write_as(db, actor, work)


def change_own_pin(db: Database, actor: Actor, old_pin: str, new_pin: str) -> StaffView:
    """The signed-in person changes their PIN; their old one proves it is them (someone at an
    unattended desk must not take the account over). The old PIN is checked as at sign-in: a
    wrong one counts toward the lockout, and a locked-out person must wait or ask an admin."""
    actor = checked_actor(actor)
    check_pin_format(old_pin)
    if actor.staff_id is None:
        raise Forbidden(QT_TRANSLATE_NOOP("services", "Sign in first, then change your PIN."))
    pin_hash = hash_pin(check_pin_format(new_pin))
    holder = check_pin(db, actor.staff_id, old_pin, rehash=False)  # its hash is replaced below
    if verify_pin(str(new_pin), holder.pin_hash):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The new PIN is the same as the old one. Choose another.")
        )

    def work(session: Session) -> StaffView:
        found = _person(session, holder.staff_id, lock=True)
        _write(session, found.id, pin_hash=pin_hash)
        return _view(found, db.now())

    return run_write(db, work)


def unlock_staff(db: Database, actor: Actor, staff_id: object) -> StaffView:
    """An admin lets someone try their PIN again at once, after too many wrong ones."""
    require_admin(actor, "look after the desk's people")
    person = parse_id(staff_id, "staff")

    def work(session: Session) -> StaffView:
        found = _person(session, person, lock=True)
        _write(session, person, failed_pin_attempts=0, locked_until=None)
        return _view(found, db.now(), locked=False)

    return run_write_as(db, actor, work)


def deactivate_staff(db: Database, actor: Actor, staff_id: object) -> StaffView:
    """Someone left: they can no longer sign in. What they did stays recorded under their name."""
    require_admin(actor, "look after the desk's people")
    person = parse_id(staff_id, "staff")
    if person == actor.staff_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "You cannot deactivate yourself. Ask another admin to do it."
            )
        )

    def work(session: Session) -> StaffView:
        found = _person(session, person, lock=True)
        if found.active and found.role is StaffRole.ADMIN:
            _keep_an_admin(session, found)
        _write(session, person, active=False)
        return _view(found, db.now(), active=False)

    return run_write_as(db, actor, work)


def reactivate_staff(db: Database, actor: Actor, staff_id: object) -> StaffView:
    """Someone came back: they sign in with the PIN they had (an admin can reset it)."""
    require_admin(actor, "look after the desk's people")
    person = parse_id(staff_id, "staff")

    def work(session: Session) -> StaffView:
        found = _person(session, person, lock=True)
        _write(session, person, active=True)
        return _view(found, db.now(), active=True)

    return run_write_as(db, actor, work)


def change_role(
    db: Database, actor: Actor, staff_id: object, role: StaffRole | str, coach_id: object | None = None
) -> StaffView:
    """An admin makes someone an admin, a receptionist or a coach (a coach's account is tied to
    their Coach). The studio's last active admin keeps the role."""
    require_admin(actor, "look after the desk's people")
    person = parse_id(staff_id, "staff")
    try:
        new_role = StaffRole(role)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Choose a role: admin, receptionist or coach.")
        ) from None
    coach = None if coach_id is None else parse_id(coach_id, "coach")
    if (new_role is StaffRole.COACH) != (coach is not None):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "A coach's account needs its coach, and only a coach's account has one."
            )
        )

    def work(session: Session) -> StaffView:
        found = _person(session, person, lock=True)
        if found.active and found.role is StaffRole.ADMIN and new_role is not StaffRole.ADMIN:
            _keep_an_admin(session, found)
        if coach is not None:
            if session.scalar(select(Coach.id).where(Coach.id == coach)) is None:
                raise NotFound(QT_TRANSLATE_NOOP("services", "Coach not found"))
            holder = session.scalar(select(Staff.id).where(Staff.coach_id == coach))
            if holder is not None and holder != person:
                raise ValidationError(QT_TRANSLATE_NOOP("services", "That coach already has an account."))
        _write(session, person, role=new_role, coach_id=coach)
        return StaffView(found.id, found.name, new_role, coach, found.active, is_locked(found, db.now()))

    return run_write_as(db, actor, work)


def _person(session: Session, person: int | None, *, lock: bool = False) -> Staff:
    query = select(Staff).where(Staff.id == person)
    found = session.scalar(query.with_for_update() if lock else query)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "No such person at this studio."))
    return found


def _keep_an_admin(session: Session, leaving: Staff) -> None:
    """Refuse to leave the studio without an active admin. The other admins' rows are locked
    (PostgreSQL; SQLite writers take turns anyway), so that two admins deactivating each other
    at the same moment cannot both succeed: the second sees the first's change."""
    others = session.scalars(
        select(Staff.id)
        .where(Staff.role == StaffRole.ADMIN, Staff.active.is_(True), Staff.id != leaving.id)
        .with_for_update()
    ).all()
    if not others:
        raise ValidationError(LAST_ADMIN, name=leaving.name)


def _write(session: Session, person: int, **values: object) -> None:
    session.execute(update(Staff).where(Staff.id == person).values(**values))


def _view(
    found: Staff, now: dt.datetime, *, active: bool | None = None, locked: bool | None = None
) -> StaffView:
    return StaffView(
        found.id,
        found.name,
        found.role,
        found.coach_id,
        found.active if active is None else active,
        is_locked(found, now) if locked is None else locked,
    )
