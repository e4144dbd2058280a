"""Desks in separate processes, released together, paying for sessions with the same few packs'
last credits (or one membership's last places); and two bare connections writing a pack's last
credit into its ledger at once, past the services' checks.

Every desk books at times of its own (no two attempts share a coach's time), so the only thing
the desks fight over is the pack.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc, text

from studio_desk import services
from studio_desk.db import Database
from studio_desk.services import database_refusals
from tests.support.held_open import HeldWrite, _hold_the_commit  # a desk's write held before COMMIT
from tests.support.race import _together  # the one way these tests release processes at once

WON, REFUSED, COMMITTED = "won", "refused", "committed"
# Long enough for the other connection to run into the held transaction on a busy machine, well
# under SQLite's busy_timeout (5 s), which the second writer waits out for the lock.
HOLD_SECONDS = 1.0


@dataclass(frozen=True)
class Wish:
    """One booking paid with a pack: `client_id`'s session of `course_id` at `start`."""

    client_id: int
    course_id: int
    start: str


@dataclass(frozen=True)
class Outcome:
    """What one wish came to: WON with the booking's id, REFUSED with the refusal's template and
    English sentence, or anything else (an error the test fails on) in `kind`."""

    wish: Wish
    kind: str
    booking_id: int | None = None
    template: str = ""
    message: str = ""


def _desk(url: str, actor: services.Actor, now: dt.datetime, date: str, wishes: tuple[Wish, ...], seed: int,
          barrier: object, results: object) -> None:
    db = Database.open(url, migrate=False, clock=lambda: now)
    order = list(wishes)
    random.Random(seed).shuffle(order)
    outcomes: list[Outcome] = []
    services.get_settings(db)  # warm up before the start, so every desk races on equal terms
    barrier.wait()  # type: ignore[attr-defined]
    for wish in order:
        try:
            booking = services.book_with_pack(
                db, actor, client_id=wish.client_id, course_id=wish.course_id, date=date,
                start_time=wish.start,
            )
            outcomes.append(Outcome(wish, WON, booking_id=booking.id))
        except services.ValidationError as error:
            outcomes.append(Outcome(wish, REFUSED, template=error.template, message=error.message))
        except Exception as error:  # reported, and the test fails on it
            outcomes.append(Outcome(wish, f"error: {error!r} caused by {error.__cause__!r}"))
    db.dispose()
    results.put(outcomes)  # type: ignore[attr-defined]


def book_together(
    url: str, actor: services.Actor, now: dt.datetime, date: str, wishes_per_desk: Sequence[Sequence[Wish]]
) -> list[Outcome]:
    """Each desk books its own wishes with the client's pack (the one the desk would pick), in
    its own order, all let go at once; returns every outcome."""
    arguments: list[tuple[object, ...]] = [
        (url, actor, now, date, tuple(wishes), seed) for seed, wishes in enumerate(wishes_per_desk)
    ]
    return [outcome for outcomes in _together(_desk, arguments) for outcome in outcomes]


# Past the services: the ledger's line for a credit, as another program could write it.
USED_LINE = text(
    "INSERT INTO credit_lines (pack_id, kind, delta, booking_id, at) "
    "VALUES (:pack, 'used', -1, :booking, :at)"
)


@dataclass(frozen=True)
class LineOutcome:
    """One bare connection's `used` line: COMMITTED, or REFUSED with the driver's words (or an
    unexpected error in `kind`); `began` and `ended` are time.time() of its first statement and
    of its commit or refusal; `sentence` what a desk would tell of that refusal."""

    booking_id: int
    kind: str
    began: float
    ended: float
    words: str = ""
    sentence: str = ""


def _ledger_writer(
    url: str, pack_id: int, booking_id: int, at: dt.datetime, barrier: object, results: object
) -> None:
    db = Database.open(url, migrate=False)
    # An instant as each database keeps it: SQLite's text in UTC (migration 0012's form).
    written: object = at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S") if db.backend == "sqlite" else at
    with db.engine.connect():  # connected before the start, as a program already running is
        pass
    barrier.wait()  # type: ignore[attr-defined]
    began = time.time()
    try:
        with db.engine.begin() as connection:
            connection.execute(USED_LINE, {"pack": pack_id, "booking": booking_id, "at": written})
            time.sleep(HOLD_SECONDS)  # the line and its locks are in place, not committed
        results.put(LineOutcome(booking_id, COMMITTED, began, time.time()))  # type: ignore[attr-defined]
    except exc.DBAPIError as error:
        told = database_refusals.refusal_of(error, db)
        results.put(LineOutcome(  # type: ignore[attr-defined]
            booking_id, REFUSED, began, time.time(), str(error.orig), "" if told is None else told.message,
        ))
    except Exception as error:  # reported, and the test fails on it
        results.put(LineOutcome(booking_id, f"error: {error!r}", began, time.time()))  # type: ignore[attr-defined]
    finally:
        db.dispose()


def write_used_lines_together(
    url: str, pack_id: int, booking_ids: tuple[int, ...], at: dt.datetime
) -> list[LineOutcome]:
    """One process per booking inserts a `used` line of `pack_id` for it with plain SQL, all at
    once, and holds its transaction open for HOLD_SECONDS before committing."""
    arguments: list[tuple[object, ...]] = [(url, pack_id, booking, at) for booking in booking_ids]
    return _together(_ledger_writer, arguments)


def _held_pack_desk(url: str, actor: services.Actor, now: dt.datetime, date: str, wish: Wish,
                    holding: Any, hold_ends: Any, committed: Any, results: Any) -> None:
    db = Database.open(url, migrate=False, clock=lambda: now)
    services.get_settings(db)  # read before holding anything
    _hold_the_commit(db, holding, hold_ends)
    try:
        services.book_with_pack(db, actor, client_id=wish.client_id, course_id=wish.course_id, date=date,
                                start_time=wish.start)
        results.put("done")
    except Exception as error:  # reported, and the test fails on it
        results.put(f"error: {error!r} caused by {error.__cause__!r}")
    finally:
        committed.set()
        holding.set()  # never leave the test waiting for a hold that did not come
        db.dispose()


def hold_pack_booking(url: str, actor: services.Actor, now: dt.datetime, date: str, wish: Wish) -> HeldWrite:
    """Start booking `wish` with the client's pack in a process of its own, which holds its
    transaction open for held_open.HOLD_SECONDS just before COMMIT (see held_open)."""
    context = multiprocessing.get_context("spawn")
    holding, hold_ends, committed = context.Event(), context.Value("d", 0.0), context.Event()
    results = context.Queue()
    process = context.Process(
        target=_held_pack_desk, args=(url, actor, now, date, wish, holding, hold_ends, committed, results)
    )
    process.start()
    return HeldWrite(process, holding, hold_ends, committed, results)
