"""Desks in separate processes, released together, each trying to book the same times."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
from dataclasses import dataclass

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
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(desks)
    results = context.Queue()
    processes = [
        context.Process(target=_desk, args=(attempts, seed, barrier, results)) for seed in range(desks)
    ]
    for process in processes:
        process.start()
    outcomes = [item for _ in processes for item in results.get(timeout=120)]
    for process in processes:
        process.join(timeout=30)
    return outcomes
