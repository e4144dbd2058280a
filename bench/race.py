"""Benchmark `race`: desk processes released together fight over overlapping slots of one coach.

Whoever wins each slot, the database must end with no overlapping active bookings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

from sqlalchemy.engine import URL, make_url

from bench.common import Outcome, open_database, percentile_ms, seed_studio, start_times
from bench.desk_processes import START_TIMEOUT_S, run_desks
from studio_desk import services
from studio_desk.services.integrity import count_overlapping_pairs

DESKS_DEFAULT, ATTEMPTS_DEFAULT = 8, 300
DESKS_QUICK, ATTEMPTS_QUICK = 3, 60
DURATION_MINUTES = 60
# Candidates half a session apart: each one overlaps its neighbours, so desks collide both on
# the very same slot and on slots that merely overlap.
STEP_MINUTES = 30
OPENS, CLOSES = dt.time(7, 0), dt.time(19, 0)
# Long enough for every desk to open its database on a slow CI machine; the race itself is short.
FINISH_TIMEOUT_S = 600.0

ACTIVE_COUNT_SQL = "SELECT count(*) FROM bookings WHERE status IN ('pending', 'paid', 'confirmed')"

Candidate = tuple[dt.date, dt.time]


@dataclass
class DeskResult:
    desk: int
    created: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    latencies_ns: list[int] = field(default_factory=list)


def candidates(count: int, days: tuple[dt.date, ...]) -> list[Candidate]:
    times = start_times(OPENS, CLOSES, step_minutes=STEP_MINUTES, duration_minutes=DURATION_MINUTES)
    return [(day, start) for day in days for start in times][:count]


def days_needed(count: int) -> int:
    per_day = len(start_times(OPENS, CLOSES, step_minutes=STEP_MINUTES, duration_minutes=DURATION_MINUTES))
    return math.ceil(count / per_day)


def desk_plans(slots: list[Candidate], desks: int, attempts: int) -> list[list[Candidate]]:
    """The attempts split over the desks (they add up to `attempts`); each desk walks the shared
    candidates in its own shuffled order, so every slot is fought over by several desks."""
    plans: list[list[Candidate]] = []
    for desk in range(desks):
        share = attempts // desks + (1 if desk < attempts % desks else 0)
        order = slots[:]
        random.Random(desk).shuffle(order)  # seeded: the same fight on every run
        plans.append([order[number % len(order)] for number in range(share)])
    return plans


def run(url: URL, options: argparse.Namespace) -> Outcome:
    desks = options.desks or (DESKS_QUICK if options.quick else DESKS_DEFAULT)
    attempts = options.attempts or (ATTEMPTS_QUICK if options.quick else ATTEMPTS_DEFAULT)
    slot_count = math.ceil(attempts / desks)
    db = open_database(url)
    try:
        backend = db.backend
        print(f"backend: {backend} ({db.describe()})")
        studio = seed_studio(
            db, coaches=1, days=days_needed(slot_count), clients=desks, opens=OPENS, closes=CLOSES,
            duration_minutes=DURATION_MINUTES,
        )
        slots = candidates(slot_count, studio.days)
        print(f"{desks} desks, {attempts} attempts at {len(slots)} overlapping start times of one coach")
        results, wall_s, lost = _race(url, studio.actor, studio.course_ids[0], studio.client_ids,
                                      desk_plans(slots, desks, attempts))
        overlaps = count_overlapping_pairs(db)
        with db.engine.connect() as connection:
            active = int(connection.exec_driver_sql(ACTIVE_COUNT_SQL).scalar_one())
    finally:
        db.dispose()
    return _report(backend, desks, attempts, results, lost, wall_s, overlaps, active)


def _race(
    url: URL, actor: services.Actor, course_id: int, client_ids: tuple[int, ...], plans: list[list[Candidate]]
) -> tuple[list[DeskResult], float, list[str]]:
    """Start one process per desk, release them together, and collect what each one did."""
    url_text = url.render_as_string(hide_password=False)
    run = run_desks(
        desk_main,
        [(url_text, desk, actor, course_id, client_ids[desk], plan) for desk, plan in enumerate(plans)],
        FINISH_TIMEOUT_S,
    )
    return run.results, run.wall_s, run.lost


def desk_main(
    url_text: str,
    desk: int,
    actor: services.Actor,
    course_id: int,
    client_id: int,
    plan: list[Candidate],
    barrier: Barrier,
    results: Queue[DeskResult],
) -> None:
    """One desk in its own process: its own Database, then its bookings as fast as it can."""
    result = DeskResult(desk)
    db = None
    try:
        db = open_database(make_url(url_text), migrate=False)
        # Connect and read the settings before the start, as a desk that is already running has.
        services.get_settings(db)
        barrier.wait(START_TIMEOUT_S)
        for day, start in plan:
            began = time.perf_counter_ns()
            try:
                services.create_booking(
                    db, actor, client_id=client_id, course_id=course_id, date=day, start_time=start
                )
                result.created += 1
            except services.SlotConflict:
                result.conflicts += 1
            except Exception as error:  # anything else is a finding, reported, never hidden
                result.errors.append(f"{type(error).__name__}: {error}")
            result.latencies_ns.append(time.perf_counter_ns() - began)
    except Exception as error:
        result.errors.append(f"desk {desk} stopped: {type(error).__name__}: {error}")
    finally:
        results.put(result)  # first: closing the engine is not part of the race
        if db is not None:
            db.dispose()


def _report(
    backend: str,
    desks: int,
    attempts: int,
    results: list[DeskResult],
    lost: list[str],
    wall_s: float,
    overlaps: int,
    active: int,
) -> Outcome:
    created = sum(result.created for result in results)
    conflicts = sum(result.conflicts for result in results)
    error_lines = [line for result in results for line in result.errors] + lost
    latencies = [ns for result in results for ns in result.latencies_ns]
    attempts_per_s = attempts / wall_s if wall_s > 0 else 0.0
    print(f"{created} created, {conflicts} conflicts, {len(error_lines)} errors in {wall_s:.2f} s "
          f"({attempts_per_s:.1f} attempts/s)")
    if latencies:
        print(f"create_booking under contention: p50 {percentile_ms(latencies, 0.5):.2f} ms  "
              f"p95 {percentile_ms(latencies, 0.95):.2f} ms")
    for line, count in Counter(error_lines).most_common():
        print(f"error x{count}: {line}")
    print(f"check: {overlaps} overlapping pairs; {active} active bookings in the database")
    problems: list[str] = []
    if overlaps:
        problems.append(f"{overlaps} overlapping pairs of active bookings")
    if error_lines:
        problems.append(f"{len(error_lines)} attempts ended in an error other than SlotConflict")
    if active != created:
        problems.append(f"the desks report {created} bookings made, the database holds {active}")
    if created + conflicts + len(error_lines) < attempts:
        problems.append(f"only {created + conflicts + len(error_lines)} of {attempts} attempts reported")
    figures: dict[str, object] = {
        "attempts": attempts,
        "created": created,
        "conflicts": conflicts,
        "overlaps": overlaps,
        "attempts_per_s": round(attempts_per_s, 1),
        "backend": backend,
        "desks": desks,
        "errors": len(error_lines),
    }
    return Outcome(figures, problems)
