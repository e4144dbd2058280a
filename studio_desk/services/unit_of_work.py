"""The unit of work: one session, one transaction, all or nothing, with database errors made domain errors.

A service does `return run_write(db, work)` where `work(session)` does the checks and writes.
Commit happens only when `work` returns; any exception rolls everything back. Contention that
the database resolves by aborting one side (PostgreSQL deadlock or serialization failure) is
retried a few times with jittered back-off, re-running `work` from the start on a fresh
transaction; a SQLite writer that waited out busy_timeout gets one more try, and so does a
line refused as dated before a closing that committed meanwhile (with a fresh time). The
database's own guards are told as sentences (database_refusals). On SQLite a
write also marks its rows of the change journal as this desk's, so its watcher skips them.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import exc
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.db_failures import cannot_write
from studio_desk.models import UnreadableValue
from studio_desk.services import database_refusals
from studio_desk.services.change_journal import journal_position, stamp_own_notes
from studio_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseCannotSave,
    DatabaseUnavailable,
    SlotConflict,
    ValidationError,
)

T = TypeVar("T")

SLOT_CONFLICT_MESSAGE = QT_TRANSLATE_NOOP(
    "services", "The coach already has a booking at that time. Pick another time."
)
# Written by the SQLite trigger of migration 0001.
SQLITE_CONFLICT_MARKER = "studio_desk.slot_conflict"
PG_EXCLUSION_VIOLATION = "23P01"
# Written by the SQLite trigger of migration 0007; PostgreSQL names its exclusion constraint.
WEEKLY_WINDOWS_OVERLAP_MARKER = "studio_desk.weekly_windows_overlap"
WINDOWS_OVERLAP_MESSAGE = QT_TRANSLATE_NOOP(
    "services", "Two windows on the same day overlap. Make them one window, or move one."
)
PG_UNIQUE_VIOLATION = "23505"
PG_RETRYABLE = {"40001", "40P01"}  # serialization failure, deadlock detected
ATTEMPTS = 5
# A SQLite writer already waited busy_timeout for the lock; one more try, then the person
# hears about it rather than the desk freezing for ATTEMPTS times that wait.
SQLITE_LOCKED_ATTEMPTS = 2
DUPLICATE_MESSAGE = QT_TRANSLATE_NOOP(
    "services", "That is already saved for someone or something else, so nothing was saved."
)


def run_write(db: Database, work: Callable[[Session], T]) -> T:
    """Run `work` in a write transaction and commit; retry it when the database asks to."""
    return _run(db, work, write=True)


def run_read(db: Database, work: Callable[[Session], T]) -> T:
    """Run `work` in a read transaction that sees one consistent snapshot; nothing is written."""
    return _run(db, work, write=False)


def _run(db: Database, work: Callable[[Session], T], *, write: bool) -> T:
    for attempt in range(1, ATTEMPTS + 1):
        session = db.write_session() if write else db.read_session()
        try:
            stamps_notes = write and db.backend == "sqlite"
            journal_at = journal_position(session) if stamps_notes else 0
            result = work(session)
            if stamps_notes:
                stamp_own_notes(session, db.writer_name, journal_at)
            if write:
                session.commit()
            return result
        except exc.DBAPIError as error:
            if attempt < _attempts_for(error):
                _back_off(attempt)
                continue
            raise _as_domain_error(error, db) from error
        except UnreadableValue as error:  # a row another program wrote: named, not a crash
            raise database_refusals.unreadable(error) from error
        finally:
            session.close()  # rolls back whatever was not committed
    raise AssertionError("unreachable: the last attempt returns or raises")


def _sqlstate(error: exc.DBAPIError) -> str | None:
    return getattr(error.orig, "sqlstate", None)


def _attempts_for(error: exc.DBAPIError) -> int:
    """How many attempts in all this kind of failure deserves (1: do not retry)."""
    if _sqlstate(error) in PG_RETRYABLE or database_refusals.retries_with_a_fresh_time(error):
        return ATTEMPTS
    if isinstance(error, exc.OperationalError) and "database is locked" in str(error.orig):
        return SQLITE_LOCKED_ATTEMPTS
    return 1


def _back_off(attempt: int) -> None:
    # Full jitter: two desks that collided should not collide again on the retry.
    time.sleep(random.uniform(0, 0.02 * 2**attempt))


def _as_domain_error(error: exc.DBAPIError, db: Database) -> Exception:
    if (guarded := database_refusals.refusal_of(error, db)) is not None:
        return guarded
    # Two admins saving overlapping windows of one pattern at once (the services check first).
    if WEEKLY_WINDOWS_OVERLAP_MARKER in str(error.orig) or "ex_weekly_windows_no_overlap" in str(error.orig):
        return ValidationError(WINDOWS_OVERLAP_MESSAGE)
    if _sqlstate(error) == PG_EXCLUSION_VIOLATION or SQLITE_CONFLICT_MARKER in str(error.orig):
        return SlotConflict(SLOT_CONFLICT_MESSAGE)
    # Services check uniqueness first, for a precise message; this catches the race of two
    # desks saving the same thing at once.
    if _sqlstate(error) == PG_UNIQUE_VIOLATION or "UNIQUE constraint failed" in str(error.orig):
        return ValidationError(DUPLICATE_MESSAGE)
    # Read-only, or a full disk: a cause a person can fix, not "busy, try again".
    refusal = cannot_write(error, db.url)
    if refusal is not None:
        return DatabaseCannotSave(refusal.template, **refusal.fields)
    if isinstance(error, exc.OperationalError) or error.connection_invalidated:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "services",
                "The database is busy or cannot be reached right now. Nothing was saved; try again.",
            )
        )
    return error
