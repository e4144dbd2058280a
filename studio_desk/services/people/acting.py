"""Who is acting. The Actor a caller passes is checked at the services' door, and before a
service writes anything for them (or reads what only their role may see), the person is still
at the studio as they signed in: their staff row exists, is active, and has the role and coach
they signed in with. Otherwise they are asked to sign in again, rather than the database
refusing a line whose author does not exist, or a person removed or demoted meanwhile acting
with their old rights.

The system (expiring holds, the web sync) and the command line act with no staff id: they are
not people at the desk, and there is no row to look up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Staff, StaffRole
from studio_desk.services.bookings.reads import MAX_LOCAL_ID
from studio_desk.services.errors import QT_TRANSLATE_NOOP, Forbidden
from studio_desk.services.unit_of_work import run_read, run_write
from studio_desk.services.views import Actor

T = TypeVar("T")

SIGN_IN_AGAIN = QT_TRANSLATE_NOOP(
    "services", "Sign in again: your account was changed or removed since you signed in."
)

_STAFF_ROW = select(Staff.active, Staff.role, Staff.coach_id).where(Staff.id == bindparam("staff_id"))


def checked_actor(actor: object) -> Actor:
    """`actor` if it is an Actor as sign_in makes them; a refusal for anything else."""
    if not (
        isinstance(actor, Actor)
        and isinstance(actor.name, str)
        and _id_or_none(actor.staff_id)
        and _id_or_none(actor.coach_id)
        and (actor.role is None or isinstance(actor.role, StaffRole))
    ):
        raise Forbidden(SIGN_IN_AGAIN)
    return actor


def optional_actor(actor: object) -> Actor | None:
    """None (nobody signed in), or a checked Actor."""
    return None if actor is None else checked_actor(actor)


def _id_or_none(value: object) -> bool:
    if value is None:
        return True
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_LOCAL_ID


def check_signed_in(session: Session, actor: Actor | None) -> None:
    """Refuse unless `actor` is still at the studio as they signed in (see the module)."""
    if actor is None or actor.staff_id is None:
        return
    row = session.connection().execute(_STAFF_ROW, {"staff_id": actor.staff_id}).first()
    if row is None or not row.active or row.role is not actor.role or row.coach_id != actor.coach_id:
        raise Forbidden(SIGN_IN_AGAIN)


def run_write_as(db: Database, actor: Actor | None, work: Callable[[Session], T]) -> T:
    """unit_of_work.run_write, for `actor`: checked in the same transaction as what they write."""
    acting = optional_actor(actor)

    def checked(session: Session) -> T:
        check_signed_in(session, acting)
        return work(session)

    return run_write(db, checked)


def run_read_as(db: Database, actor: Actor | None, work: Callable[[Session], T]) -> T:
    """unit_of_work.run_read, for `actor` (None: nobody signed in; the caller has decided what
    they may see)."""
    acting = optional_actor(actor)

    def checked(session: Session) -> T:
        check_signed_in(session, acting)
        return work(session)

    return run_read(db, checked)
