"""Desks in separate processes taking payments while another desk closes the till again and
again: for the "every payment is counted by exactly one closing" race."""

from __future__ import annotations

import datetime as dt
import random
import time

from studio_desk import services
from studio_desk.db import Database
from tests.support.race import _together  # the one way these tests release processes at once

CLOSER = "closer"


def _paying_desk(
    url: str, now: dt.datetime, actor: services.Actor, bookings: tuple[int, ...], seed: int,
    barrier: object, results: object,
) -> None:
    db = Database.open(url, migrate=False, clock=lambda: now)
    pace = random.Random(seed)
    outcome: list[str] = []
    services.get_settings(db)  # warm up before the start, so every desk races on equal terms
    barrier.wait()  # type: ignore[attr-defined]
    for booking in bookings:
        try:
            services.mark_paid(db, actor, booking, method="cash")
            outcome.append("paid")
        except Exception as error:  # reported, and the test fails on it
            outcome.append(f"error: {error!r} caused by {error.__cause__!r}")
        time.sleep(pace.random() / 100)
    db.dispose()
    results.put(outcome)  # type: ignore[attr-defined]


def _closing_desk(
    url: str, now: dt.datetime, actor: services.Actor, closings: int, seed: int,
    barrier: object, results: object,
) -> None:
    db = Database.open(url, migrate=False, clock=lambda: now)
    pace = random.Random(seed)
    outcome: list[str] = []
    services.get_settings(db)
    barrier.wait()  # type: ignore[attr-defined]
    for _ in range(closings):
        try:
            services.close_till(db, actor, counted_cash=0)
            outcome.append(CLOSER)
        except Exception as error:  # reported, and the test fails on it
            outcome.append(f"error: {error!r} caused by {error.__cause__!r}")
        time.sleep(pace.random() / 50)
    db.dispose()
    results.put(outcome)  # type: ignore[attr-defined]


def pay_while_closing(
    url: str, now: dt.datetime, actor: services.Actor, bookings_per_desk: list[tuple[int, ...]],
    closings: int,
) -> list[str]:
    """Each paying desk pays its bookings while one desk closes the till `closings` times, all
    let go at once; returns every outcome ("paid", "closer" or an error)."""
    desks = [
        (_paying_desk, (url, now, actor, bookings, seed)) for seed, bookings in enumerate(bookings_per_desk)
    ]
    desks.append((_closing_desk, (url, now, actor, closings, len(desks))))
    outcomes = _together(_either, [(desk, args) for desk, args in desks])
    return [item for outcome in outcomes for item in outcome]


def _either(desk: object, args: tuple[object, ...], barrier: object, results: object) -> None:
    desk(*args, barrier, results)  # type: ignore[operator]
