"""Checking a PIN under the lockout, so that desks guessing at once get no more tries than one.

Four digits are only 10,000 guesses, and the PC stands at a public desk: after
MAX_PIN_ATTEMPTS wrong PINs in a row the person is locked out for LOCKOUT, and after that each
further wrong PIN locks them again, until a right PIN or an admin starts the count again.

Every check first *claims* its attempt. One UPDATE, only while the person is not locked, counts
the attempt as a wrong PIN in advance (and locks the person when it is the MAX_PIN_ATTEMPTS-th
in a row), returns the PIN hash, and commits. Claims cannot overwrite each other: on PostgreSQL
a second UPDATE of the row waits for the first to commit and then re-reads the row, the lock
included; on SQLite writers take turns (BEGIN IMMEDIATE). Only a desk holding a claim checks
the hash, and it does so outside any transaction: scrypt takes half a second, and a SQLite
transaction would hold up every other desk's writes for that long. A right PIN then takes back
its own claim and those before it, and lifts the lock unless later claims re-earned it; a wrong
PIN stays counted. So however many desks race, at most MAX_PIN_ATTEMPTS wrong PINs are checked
before the lock holds, and one per LOCKOUT after that. A desk that dies holding a claim leaves
it counted as wrong: the safe side.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, literal, null, or_, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Staff, StaffRole, UTCDateTime
from studio_desk.services.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, Forbidden, NotFound
from studio_desk.services.people.pins import hash_pin, needs_rehash, verify_pin
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.unit_of_work import run_read, run_write
from studio_desk.services.views import Actor

MAX_PIN_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=1)

WRONG_PIN = QT_TRANSLATE_NOOP("services", "Wrong PIN. Try again.")
# The wrong PIN that locked the person out: the PIN was checked.
WRONG_PIN_NOW_LOCKED = QT_TRANSLATE_NOOP(
    "services",
    "Wrong PIN, and too many in a row. {name} can try again from {until}, or an admin can unlock "
    "them now on the Staff screen.",
)
# Refused while locked out: the PIN was not checked.
LOCKED_OUT = QT_TRANSLATE_NOOP(
    "services",
    "Too many wrong PINs in a row. {name} can try again from {until}, or an admin can unlock "
    "them now on the Staff screen.",
)
NO_SUCH_PERSON = QT_TRANSLATE_NOOP("services", "No such person at this studio.")
_CLAIM_TRIES = 3
BUSY = QT_TRANSLATE_NOOP(
    "services", "The database is busy or cannot be reached right now. Nothing was saved; try again."
)


@dataclass(frozen=True)
class PinHolder:
    """Whose PIN was right, as they were when it was checked."""

    staff_id: int
    name: str
    role: StaffRole
    coach_id: int | None
    pin_hash: str

    def actor(self) -> Actor:
        return Actor(self.staff_id, self.name, self.role, self.coach_id)


@dataclass(frozen=True)
class _Claim:
    holder: PinHolder
    count: int  # wrong PINs in a row, this attempt counted as one
    locked_until: dt.datetime | None  # set when this attempt was the one that locked


def check_pin(db: Database, person: int | None, pin: object, *, rehash: bool = True) -> PinHolder:
    """Who `person` is, if `pin` is theirs and they are not locked out; NotFound or Forbidden
    (a wrong PIN, counted and committed, or a lockout with its end) otherwise. A right PIN
    hashed at an older cost is hashed again at today's, unless `rehash` is False (the caller is
    about to replace it)."""
    claim = _claim(db, person)
    if not verify_pin(str(pin), claim.holder.pin_hash):
        if claim.locked_until is not None:
            raise Forbidden(
                WRONG_PIN_NOW_LOCKED, name=claim.holder.name, until=_shown(db, claim.locked_until)
            )
        raise Forbidden(WRONG_PIN)
    new_hash = hash_pin(str(pin)) if rehash and needs_rehash(claim.holder.pin_hash) else None
    if not run_write(db, lambda session: _settle_right_pin(session, claim, new_hash)):
        _refuse_after_change(db, person)
    return claim.holder


def is_locked(found: Staff, now: dt.datetime) -> bool:
    """Whether sign-in is refused for now after too many wrong PINs."""
    return found.locked_until is not None and now < found.locked_until


def _claim(db: Database, person: int | None) -> _Claim:
    now = db.now()
    count = Staff.failed_pin_attempts + 1

    def work(session: Session) -> _Claim | Staff | None:
        claimed = session.execute(
            update(Staff)
            .where(
                Staff.id == person,
                Staff.active.is_(True),
                or_(Staff.locked_until.is_(None), Staff.locked_until <= now),
            )
            .values(
                failed_pin_attempts=count,
                locked_until=case(
                    (count >= MAX_PIN_ATTEMPTS, literal(now + LOCKOUT, UTCDateTime())), else_=null()
                ),
            )
            .returning(
                Staff.id, Staff.name, Staff.role, Staff.coach_id, Staff.pin_hash,
                Staff.failed_pin_attempts, Staff.locked_until,
            )
            .execution_options(synchronize_session=False)
        ).one_or_none()
        if claimed is None:  # not there, gone, or locked out: say which
            return session.scalar(select(Staff).where(Staff.id == person))
        holder = PinHolder(claimed.id, claimed.name, claimed.role, claimed.coach_id, claimed.pin_hash)
        return _Claim(holder, claimed.failed_pin_attempts, claimed.locked_until)

    for _ in range(_CLAIM_TRIES):
        outcome = run_write(db, work)
        if isinstance(outcome, _Claim):
            return outcome
        if outcome is None or not outcome.active:
            raise NotFound(NO_SUCH_PERSON)
        if outcome.locked_until is not None and now < outcome.locked_until:
            raise Forbidden(LOCKED_OUT, name=outcome.name, until=_shown(db, outcome.locked_until))
        # On PostgreSQL the lock was lifted (an admin, a right PIN) between the UPDATE and
        # the look at why it changed nothing: claim again.
    raise DatabaseUnavailable(BUSY)  # the lock came and went under every try: as a busy database


def _settle_right_pin(session: Session, claim: _Claim, new_hash: str | None) -> bool:
    """Take back this claim and the wrong PINs counted before it; keep the ones claimed since
    (other desks guessing while this PIN was checked), and the lock if they re-earned it. False
    when the person left, or their PIN was changed, while it was checked."""
    left = Staff.failed_pin_attempts - claim.count
    holder = claim.holder
    settled = session.execute(
        update(Staff)
        .where(Staff.id == holder.staff_id, Staff.active.is_(True), Staff.pin_hash == holder.pin_hash)
        .values(
            failed_pin_attempts=case((left > 0, left), else_=0),
            locked_until=case((left >= MAX_PIN_ATTEMPTS, Staff.locked_until), else_=null()),
            pin_hash=new_hash or holder.pin_hash,
        )
        .returning(Staff.id)
        .execution_options(synchronize_session=False)
    ).one_or_none()
    return settled is not None


def _refuse_after_change(db: Database, person: int | None) -> None:
    """The PIN was right when checked, but an admin changed it or let the person go meanwhile:
    the attempt stays counted, and the person hears what they would hear now."""

    def work(session: Session) -> bool:
        found = session.scalar(select(Staff).where(Staff.id == person))
        return found is not None and found.active

    if not run_read(db, work):
        raise NotFound(NO_SUCH_PERSON)
    raise Forbidden(WRONG_PIN)


def _shown(db: Database, locked_until: dt.datetime) -> dt.datetime:
    """The end of a lockout as the studio's clock shows it, rounded up to a whole minute: a
    person told 08:01 who tries at 08:01 is let in."""
    local = locked_until.astimezone(get_settings(db).zone)
    whole = local.replace(second=0, microsecond=0)
    return whole if whole == local else whole + dt.timedelta(minutes=1)
