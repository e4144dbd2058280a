"""Desks in separate processes taking payments while another desk closes the till again and
again: for the "every payment is counted by exactly one closing" race.

The desks' clocks either stand still (every payment and closing of one instant) or tick, all
together, from one shared start and faster than the machine's: then a closing of a later second
than a payment's often commits between the moment the paying desk dated its line and the
insert, which the database refuses as dated into a closed period, and the desk tries again
with a fresh time (migration 0012).

The race runs in two halves with one closing between them, while every other desk waits: so
however the machine schedules the desks (a busy SQLite file can keep the closer waiting until
every payment is in), the payments of the first half and of the second are in different
closings, and the test sees that the closings really ran among the payments.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass

from studio_desk import services
from studio_desk.db import Database
from tests.support.race import _together  # the one way these tests release processes at once

CLOSER = "closer"


@dataclass(frozen=True)
class DeskClock:
    """`now`, standing still; or, with `ticking_since` (a time.time() of the test's), `now` plus
    `pace` seconds for each second since then, the same in every process."""

    now: dt.datetime
    ticking_since: float | None = None
    pace: float = 1.0

    def __call__(self) -> dt.datetime:
        if self.ticking_since is None:
            return self.now
        return self.now + dt.timedelta(seconds=(time.time() - self.ticking_since) * self.pace)


def _paying_desk(
    url: str, now: DeskClock, actor: services.Actor, bookings: tuple[int, ...], seed: int,
    barrier: object, results: object,
) -> None:
    db = Database.open(url, migrate=False, clock=now)
    pace = random.Random(seed)
    outcome: list[str] = []
    services.get_settings(db)  # warm up before the start, so every desk races on equal terms
    barrier.wait()  # type: ignore[attr-defined]
    halfway = len(bookings) // 2
    for number, booking in enumerate(bookings):
        if number == halfway:
            barrier.wait()  # type: ignore[attr-defined]  # the closer closes once between the halves
            barrier.wait()  # type: ignore[attr-defined]
        try:
            services.mark_paid(db, actor, booking, method="cash")
            outcome.append("paid")
        except Exception as error:  # reported, and the test fails on it
            outcome.append(f"error: {error!r} caused by {error.__cause__!r}")
        time.sleep(pace.random() / 100)
    db.dispose()
    results.put(outcome)  # type: ignore[attr-defined]


def _closing_desk(
    url: str, now: DeskClock, actor: services.Actor, closings: int, seed: int,
    barrier: object, results: object,
) -> None:
    db = Database.open(url, migrate=False, clock=now)
    pace = random.Random(seed)
    outcome: list[str] = []
    services.get_settings(db)
    barrier.wait()  # type: ignore[attr-defined]

    def close() -> None:
        try:
            services.close_till(db, actor, counted_cash=0)
            outcome.append(CLOSER)
        except Exception as error:  # reported, and the test fails on it
            outcome.append(f"error: {error!r} caused by {error.__cause__!r}")

    racing = closings - 1  # one closing is kept for between the halves
    for _ in range(racing // 2):
        close()
        time.sleep(pace.random() / 50)
    barrier.wait()  # type: ignore[attr-defined]  # every first-half payment is in
    close()
    barrier.wait()  # type: ignore[attr-defined]
    for _ in range(racing - racing // 2):
        close()
        time.sleep(pace.random() / 50)
    db.dispose()
    results.put(outcome)  # type: ignore[attr-defined]


def pay_while_closing(
    url: str, now: DeskClock, actor: services.Actor, bookings_per_desk: list[tuple[int, ...]],
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
