"""Desks in separate processes, released together, fighting over one class: booking its last
places, booking one client into it from every desk, and canceling places at once while a
waitlist waits; and two bare connections writing a place past the services, one holding its
transaction open until the other has run into it.

Each desk opens a Database of its own, as a desk program does; the barrier of race._together
lets them go at once. Nothing here waits a fixed time for another process to get somewhere:
what must come first is waited for (an event, or on PostgreSQL the server's own word that the
other connection is waiting on a lock).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc, text

from studio_desk import services
from studio_desk.db import Database
from studio_desk.services import database_refusals
from tests.support.race import _together  # the one way these tests release processes at once

WON, FULL, REFUSED, COMMITTED = "won", "full", "refused", "committed"
# SQLite cannot say that a connection waits for the write lock: the holder waits this long
# after the other has begun, well under busy_timeout (5 s). PostgreSQL is asked instead.
SQLITE_HOLD_SECONDS = 1.0
# How long a holder waits for the other connection at most, before it gives up holding.
WAIT_LIMIT_SECONDS = 60.0


@dataclass(frozen=True)
class Outcome:
    """What one desk's attempt came to: WON with the booking's id; FULL (ClassFull) or REFUSED
    (another domain error) with the refusal's template and sentence; anything else (an error
    the test fails on) in `kind`. `what` names the attempt (a client, a booking)."""

    what: int
    kind: str
    booking_id: int | None = None
    template: str = ""
    message: str = ""


def _refused(what: int, error: services.DomainError) -> Outcome:
    kind = FULL if isinstance(error, services.ClassFull) else REFUSED
    return Outcome(what, kind, template=error.template, message=error.message)


def _booking_desk(url: str, actor: services.Actor, now: dt.datetime, occurrence_id: int, client_id: int,
                  barrier: Any, results: Any) -> None:
    db = Database.open(url, migrate=False, clock=lambda: now)
    services.get_settings(db)  # warm up before the start, so every desk races on equal terms
    barrier.wait()
    try:
        place = services.book_place(db, actor, occurrence_id=occurrence_id, client_id=client_id)
        results.put(Outcome(client_id, WON, booking_id=place.id))
    except services.DomainError as error:
        results.put(_refused(client_id, error))
    except Exception as error:  # reported, and the test fails on it
        results.put(Outcome(client_id, f"error: {error!r} caused by {error.__cause__!r}"))
    finally:
        db.dispose()


def book_places_together(
    url: str, actor: services.Actor, now: dt.datetime, occurrence_id: int, clients: list[int]
) -> list[Outcome]:
    """One desk per entry of `clients` books that client a place in the class, all at once."""
    return _together(_booking_desk, [(url, actor, now, occurrence_id, client) for client in clients])


def _canceling_desk(url: str, actor: services.Actor, now: dt.datetime, booking_id: int,
                    barrier: Any, results: Any) -> None:
    db = Database.open(url, migrate=False, clock=lambda: now)
    services.get_settings(db)
    barrier.wait()
    try:
        services.cancel_booking(db, actor, booking_id, reason="Client called to cancel")
        results.put(Outcome(booking_id, WON, booking_id=booking_id))
    except services.DomainError as error:
        results.put(_refused(booking_id, error))
    except Exception as error:  # reported, and the test fails on it
        results.put(Outcome(booking_id, f"error: {error!r} caused by {error.__cause__!r}"))
    finally:
        db.dispose()


def cancel_together(
    url: str, actor: services.Actor, now: dt.datetime, booking_ids: list[int]
) -> list[Outcome]:
    """One desk per booking cancels it (unpaid: no refund to choose), all at once."""
    return _together(_canceling_desk, [(url, actor, now, booking) for booking in booking_ids])


# -- past the services ---------------------------------------------------------------------------

# A place as another program could write it: a booking of the occurrence, with its coach,
# course and times (the database checks they are the occurrence's).
PLACE_INSERT = text(
    "INSERT INTO bookings (client_id, coach_id, course_id, start_at, end_at, busy_until, status, version, "
    "price, origin, no_show, created_at, updated_at, occurrence_id) "
    "SELECT :client, coach_id, course_id, start_at, end_at, busy_until, 'paid', 1, price, 'desk', :no, "
    ":at, :at, id FROM occurrences WHERE id = :occurrence"
)


@dataclass(frozen=True)
class RawOutcome:
    """One bare connection's place: COMMITTED, or REFUSED with the driver's words and what a desk
    would say of them (or an unexpected error in `kind`); `began` and `ended` are time.time()
    of its first statement and of its commit or refusal."""

    client_id: int
    kind: str
    began: float
    ended: float
    words: str = ""
    sentence: str = ""


def _wait_for_the_other(db: Database, other_began: Any) -> None:
    """Hold until the other connection is stuck behind this one's uncommitted place."""
    assert other_began.wait(WAIT_LIMIT_SECONDS), "the other connection never began"
    if db.backend != "postgresql":
        time.sleep(SQLITE_HOLD_SECONDS)
        return
    waiting = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
    )
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    with db.engine.connect() as watcher:
        while time.monotonic() < deadline:
            if watcher.execute(waiting).scalar():
                return
            watcher.rollback()
            time.sleep(0.02)
    raise AssertionError("the other connection never waited for this one")


def _raw_writer(url: str, occurrence_id: int, client_id: int, at: Any, began_event: Any, other_began: Any,
                barrier: Any, results: Any) -> None:
    db = Database.open(url, migrate=False)
    # An instant as each database keeps it: SQLite's text in UTC (migration 0012's form).
    written = at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S") if db.backend == "sqlite" else at
    with db.engine.connect():  # connected before the start, as a program already running is
        pass
    barrier.wait()
    began = time.time()
    began_event.set()
    try:
        with db.engine.begin() as connection:
            connection.execute(PLACE_INSERT, {"client": client_id, "no": False, "at": written,
                                              "occurrence": occurrence_id})
            _wait_for_the_other(db, other_began)  # the place and its locks are in, not committed
        results.put(RawOutcome(client_id, COMMITTED, began, time.time()))
    except exc.DBAPIError as error:
        told = database_refusals.refusal_of(error, db)
        results.put(RawOutcome(client_id, REFUSED, began, time.time(), str(error.orig),
                               "" if told is None else told.message))
    except BaseException as error:  # reported, and the test fails on it
        results.put(RawOutcome(client_id, f"error: {error!r}", began, time.time()))
    finally:
        db.dispose()


def insert_places_together(
    url: str, occurrence_id: int, clients: tuple[int, int], at: dt.datetime
) -> list[RawOutcome]:
    """Two bare connections insert a place of `occurrence_id` for their client with plain SQL,
    at once; the one that gets its place in first holds its transaction open until the other
    has begun and is waiting for it, then commits."""
    context = multiprocessing.get_context("spawn")
    began = (context.Event(), context.Event())
    arguments: list[tuple[object, ...]] = [
        (url, occurrence_id, clients[0], at, began[0], began[1]),
        (url, occurrence_id, clients[1], at, began[1], began[0]),
    ]
    return _together(_raw_writer, arguments)
