"""A desk in a separate process that does one write through the desk's own services and holds it
open just before COMMIT, for the race of money being written while the till closes.

The pause is an engine event of that process's own Database (SQLAlchemy's `commit` event runs
before the driver's COMMIT): everything else is the desk's real code on a real database. The
process tells the test when it is holding (its rows and locks are in place, not committed) and
when it has committed.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event

from studio_desk import services
from studio_desk.db import Database

# Long enough for the other side to run into the held transaction on a busy machine, short
# enough to keep each test at a couple of seconds.
HOLD_SECONDS = 1.0
PAYMENT, REFUND, PAYOUT, CLOSING = "payment", "refund", "pay-out", "closing"
MONEY = (PAYMENT, REFUND, PAYOUT)
REFUNDED = 50_000
PAID_OUT = 10_000


@dataclass(frozen=True)
class Write:
    """One write a desk does: `kind`, by `actor`, on `booking` (a payment or refund), at `now`."""

    kind: str
    url: str
    actor: services.Actor
    now: dt.datetime
    booking: int | None = None


def do(db: Database, write: Write) -> object:
    """The write, through the services as the desk calls them."""
    if write.kind == PAYMENT:
        return services.mark_paid(db, write.actor, write.booking, method="cash")
    if write.kind == REFUND:
        refund = services.Refund(REFUNDED, services.PaymentMethod.CASH)
        return services.cancel_booking(db, write.actor, write.booking, reason="Ill", refund=refund)
    if write.kind == PAYOUT:
        return services.record_payout(db, write.actor, PAID_OUT, "Ice for the café")
    if write.kind == CLOSING:
        return services.close_till(db, write.actor, counted_cash=0).id
    raise AssertionError(f"no such write: {write.kind}")


def _hold_the_commit(db: Database, holding: Any, hold_ends: Any) -> None:
    held: list[bool] = []

    @event.listens_for(db.engine, "commit")
    def before_commit(_connection: object) -> None:
        if not held:  # the write commits once, however many attempts it took
            held.append(True)
            hold_ends.value = time.time() + HOLD_SECONDS
            holding.set()
            time.sleep(HOLD_SECONDS)


def _held_desk(write: Write, holding: Any, hold_ends: Any, committed: Any, results: Any) -> None:
    db = Database.open(write.url, migrate=False, clock=lambda: write.now)
    services.get_settings(db)  # read before holding anything
    _hold_the_commit(db, holding, hold_ends)
    try:
        outcome = do(db, write)
        results.put(outcome if write.kind == CLOSING else "done")
    except Exception as error:  # reported, and the test fails on it
        results.put(f"error: {error!r} caused by {error.__cause__!r}")
    finally:
        committed.set()
        holding.set()  # never leave the test waiting for a hold that did not come
        db.dispose()


@dataclass
class HeldWrite:
    """A write running in its own process; `holding` and `committed` are its events, and
    `hold_ends` the time.time() at which it lets its COMMIT go."""

    process: Any
    holding: Any
    hold_ends: Any
    committed: Any
    results: Any

    def wait_until_holding(self) -> None:
        assert self.holding.wait(timeout=60), "the held write never got to its commit"

    def outcome(self) -> object:
        result = self.results.get(timeout=60)
        self.process.join(timeout=30)
        return result


def hold_open(write: Write) -> HeldWrite:
    """Start `write` in its own process; it holds its transaction open for HOLD_SECONDS just
    before COMMIT."""
    context = multiprocessing.get_context("spawn")
    holding, hold_ends, committed = context.Event(), context.Value("d", 0.0), context.Event()
    results = context.Queue()
    process = context.Process(target=_held_desk, args=(write, holding, hold_ends, committed, results))
    process.start()
    return HeldWrite(process, holding, hold_ends, committed, results)


def _closing_desk(url: str, actor: services.Actor, now: dt.datetime, results: Any) -> None:
    db = Database.open(url, migrate=False, clock=lambda: now)
    try:
        results.put(services.close_till(db, actor, counted_cash=0).id)
    except Exception as error:  # reported, and the test fails on it
        results.put(f"error: {error!r} caused by {error.__cause__!r}")
    finally:
        db.dispose()


def close_elsewhere(url: str, actor: services.Actor, now: dt.datetime) -> tuple[Any, Any]:
    """Start a desk that closes the till at `now` in its own process; returns the process and
    the queue its closing's id (or error) arrives on."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_closing_desk, args=(url, actor, now, results))
    process.start()
    return process, results
