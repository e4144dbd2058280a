"""Desks in separate processes, released together: booking the same times, or releasing the
same stale holds."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from studio_desk import services
from studio_desk.db import Database

WON, CONFLICT = "won", "conflict"


@dataclass(frozen=True)
class Attempts:
    url: str
    actor: services.Actor
    client_id: int
    course_id: int
    date: str
    starts: tuple[str, ...]
    now: dt.datetime


def _desk(attempts: Attempts, seed: int, barrier: object, results: object) -> None:
    db = Database.open(attempts.url, migrate=False, clock=lambda: attempts.now)
    order = list(attempts.starts)
    random.Random(seed).shuffle(order)
    outcome: list[tuple[str, str]] = []
    services.get_settings(db)  # warm up before the start, so every desk races on equal terms
    barrier.wait()  # type: ignore[attr-defined]
    for start in order:
        try:
            services.create_booking(
                db, attempts.actor, client_id=attempts.client_id, course_id=attempts.course_id,
                date=attempts.date, start_time=start,
            )
            outcome.append((start, WON))
        except services.SlotConflict:
            outcome.append((start, CONFLICT))
        except Exception as error:  # reported, and the test fails on it
            outcome.append((start, f"error: {error!r} caused by {error.__cause__!r}"))
    db.dispose()
    results.put(outcome)  # type: ignore[attr-defined]


def race(attempts: Attempts, desks: int) -> list[tuple[str, str]]:
    """Every desk tries every start time, in its own order; returns all (start, outcome)."""
    outcomes = _together(_desk, [(attempts, seed) for seed in range(desks)])
    return [item for outcome in outcomes for item in outcome]


def _releasing_desk(url: str, now: dt.datetime, barrier: object, results: object) -> None:
    db = Database.open(url, migrate=False, clock=lambda: now)
    services.get_settings(db)  # warm up before the start, as above
    barrier.wait()  # type: ignore[attr-defined]
    try:
        results.put(services.release_stale_holds(db))  # type: ignore[attr-defined]
    except Exception as error:  # reported, and the test fails on it
        results.put(f"error: {error!r} caused by {error.__cause__!r}")  # type: ignore[attr-defined]
    finally:
        db.dispose()


def release_together(url: str, now: dt.datetime, desks: int) -> list[int | str]:
    """Every desk's timer fires at the same moment; returns what each desk released (or its error)."""
    return _together(_releasing_desk, [(url, now)] * desks)


def _together(desk: Callable[..., None], arguments: list[tuple[object, ...]]) -> list[Any]:
    """Run `desk(*args, barrier, results)` in one process per entry, all let go at once; returns
    what each put in `results`."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(arguments))
    results = context.Queue()
    processes = [context.Process(target=desk, args=(*args, barrier, results)) for args in arguments]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    return outcomes


def _holiday_desk(url: str, actor: services.Actor, date: str, now: dt.datetime, barrier: object,
                  results: object) -> None:
    db = Database.open(url, migrate=False, clock=lambda: now)
    services.get_settings(db)  # warm up before the start, as above
    barrier.wait()  # type: ignore[attr-defined]
    try:
        change = services.add_holiday(db, actor, date=date, name="Closed", anyway=True)
        results.put(("holiday", [b.id for b in change.outside]))  # type: ignore[attr-defined]
    except Exception as error:  # reported, and the test fails on it
        results.put(("holiday", f"error: {error!r}"))  # type: ignore[attr-defined]
    finally:
        db.dispose()


def _one_booking_desk(attempts: Attempts, start: str, barrier: object, results: object) -> None:
    db = Database.open(attempts.url, migrate=False, clock=lambda: attempts.now)
    services.get_settings(db)
    barrier.wait()  # type: ignore[attr-defined]
    try:
        booking = services.create_booking(
            db, attempts.actor, client_id=attempts.client_id, course_id=attempts.course_id,
            date=attempts.date, start_time=start,
        )
        results.put(("booking", booking.id))  # type: ignore[attr-defined]
    except services.ValidationError:
        results.put(("booking", None))  # type: ignore[attr-defined]  # the holiday came first
    except Exception as error:  # reported, and the test fails on it
        results.put(("booking", f"error: {error!r}"))  # type: ignore[attr-defined]
    finally:
        db.dispose()


def holiday_while_booking(attempts: Attempts, admin: services.Actor) -> list[tuple[str, Any]]:
    """One desk closes the studio on `attempts.date` while one desk per start time books there."""
    return _together(
        _holiday_or_booking,
        [("holiday", attempts.url, admin, attempts.date, attempts.now)]
        + [("booking", attempts, start) for start in attempts.starts],
    )


def _holiday_or_booking(kind: str, *args: Any) -> None:
    (_holiday_desk if kind == "holiday" else _one_booking_desk)(*args)
def _paying_desk(
    url: str, now: dt.datetime, actor: services.Actor, booking_ids: tuple[int, ...], seed: int,
    barrier: object, results: object,
) -> None:
    db = Database.open(url, migrate=False, clock=lambda: now)
    order = list(booking_ids)
    random.Random(seed).shuffle(order)
    outcome: list[tuple[int, str]] = []
    services.get_settings(db)  # warm up before the start, as above
    barrier.wait()  # type: ignore[attr-defined]
    for booking_id in order:
        try:
            services.mark_paid(db, actor, booking_id, method="cash")
            outcome.append((booking_id, WON))
        except services.InvalidTransition:
            outcome.append((booking_id, CONFLICT))  # another desk was paid for it first
        except Exception as error:  # reported, and the test fails on it
            outcome.append((booking_id, f"error: {error!r} caused by {error.__cause__!r}"))
    db.dispose()
    results.put(outcome)  # type: ignore[attr-defined]


def pay_together(
    url: str, now: dt.datetime, actor: services.Actor, booking_ids: tuple[int, ...], desks: int
) -> list[tuple[int, str]]:
    """Every desk tries to take the payment of every booking, in its own order; returns all
    (booking, outcome). A desk that loses a booking has taken a receipt number and rolls back."""
    outcomes = _together(_paying_desk, [(url, now, actor, booking_ids, seed) for seed in range(desks)])
    return [item for outcome in outcomes for item in outcome]
