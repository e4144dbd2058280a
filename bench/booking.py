"""Benchmark `booking`: how long create_booking and mark_paid take, next to a plain SQL insert.

The baseline inserts the same number of rows into the same table over the app's own engine,
so the ratio is the cost of the services over the cost of the database itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import time
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.engine import URL

from bench.common import (
    BENCH_NOW,
    PRICE,
    Outcome,
    Studio,
    open_database,
    percentile_ms,
    seed_studio,
    start_times,
    verdict,
)
from studio_desk import services
from studio_desk.db import Database
from studio_desk.services.integrity import count_overlapping_pairs

N_DEFAULT, N_QUICK = 2000, 200
# Coaches booked through the services; the baseline books as many coaches again of its own,
# so both sides put the same number of rows on each coach (the overlap guard's work grows with it).
COACHES = 4
CLIENTS = 50
DURATION_MINUTES = 60
OPENS, CLOSES = dt.time(6, 0), dt.time(22, 0)
TARGET_CREATE_P50_MS = {"sqlite": 0.5, "postgresql": 2.0}
TARGET_RATIO = 10.0
BASELINE_COLUMNS = (
    "client_id", "coach_id", "course_id", "start_at", "end_at", "busy_until",
    "status", "version", "price", "origin", "created_by_id", "created_at", "updated_at",
)


@dataclass(frozen=True)
class Slot:
    coach_index: int  # into the service coaches; the baseline adds COACHES
    day: dt.date
    start: dt.time


def plan_slots(n: int, days: tuple[dt.date, ...]) -> list[Slot]:
    """`n` slots in time order, round robin over the coaches: back to back, never overlapping."""
    times = start_times(OPENS, CLOSES, step_minutes=DURATION_MINUTES, duration_minutes=DURATION_MINUTES)
    slots = [Slot(coach, day, start) for day in days for start in times for coach in range(COACHES)]
    return slots[:n]


def days_needed(n: int) -> int:
    per_day = len(
        start_times(OPENS, CLOSES, step_minutes=DURATION_MINUTES, duration_minutes=DURATION_MINUTES)
    )
    return math.ceil(n / (per_day * COACHES))


def run(url: URL, options: argparse.Namespace) -> Outcome:
    n = N_QUICK if options.quick else N_DEFAULT
    db = open_database(url)
    try:
        print(f"backend: {db.backend} ({db.describe()})")
        studio = seed_studio(
            db, coaches=2 * COACHES, days=days_needed(n), clients=CLIENTS, opens=OPENS, closes=CLOSES,
            duration_minutes=DURATION_MINUTES,
        )
        slots = plan_slots(n, studio.days)
        create_ns, baseline_ns, booking_ids = _create_and_baseline(db, studio, slots)
        pay_ns = _pay(db, studio.actor, booking_ids)
        problems = _check(db, n)
    finally:
        db.dispose()
    return _report(db.backend, n, create_ns, pay_ns, baseline_ns, problems)


def _create_and_baseline(
    db: Database, studio: Studio, slots: list[Slot]
) -> tuple[list[int], list[int], list[int]]:
    """Alternate one service create and one plain insert, so that both meet the same table
    size, the same cache and their fair share of WAL checkpoints."""
    sql = _baseline_sql(db.engine.dialect.paramstyle)
    zone = services.get_settings(db).zone
    baseline_params = [_baseline_row(db, studio, slot, zone) for slot in slots]
    create_ns: list[int] = []
    baseline_ns: list[int] = []
    booking_ids: list[int] = []
    began = time.perf_counter()
    for number, (slot, params) in enumerate(zip(slots, baseline_params, strict=True)):
        client = studio.client_ids[number % len(studio.client_ids)]
        began_ns = time.perf_counter_ns()
        view = services.create_booking(
            db, studio.actor, client_id=client, course_id=studio.course_ids[slot.coach_index],
            date=slot.day, start_time=slot.start,
        )
        create_ns.append(time.perf_counter_ns() - began_ns)
        booking_ids.append(view.id)
        baseline_ns.append(_insert_plain(db, sql, params))
    print(f"made {len(slots)} bookings and {len(slots)} baseline rows in {time.perf_counter() - began:.2f} s")
    return create_ns, baseline_ns, booking_ids


def _pay(db: Database, actor: services.Actor, booking_ids: list[int]) -> list[int]:
    pay_ns: list[int] = []
    for booking_id in booking_ids:
        began = time.perf_counter_ns()
        services.mark_paid(db, actor, booking_id, method="cash")
        pay_ns.append(time.perf_counter_ns() - began)
    return pay_ns


def _baseline_sql(paramstyle: str) -> str:
    mark = "?" if paramstyle == "qmark" else "%s"
    return (
        f"INSERT INTO bookings ({', '.join(BASELINE_COLUMNS)}) "
        f"VALUES ({', '.join([mark] * len(BASELINE_COLUMNS))})"
    )


def _baseline_row(db: Database, studio: Studio, slot: Slot, zone: ZoneInfo) -> tuple[object, ...]:
    """A valid pending desk booking on the baseline's own coach, in the form the table stores."""
    coach = slot.coach_index + COACHES
    start = dt.datetime.combine(slot.day, slot.start, tzinfo=zone).astimezone(dt.UTC)
    end = start + dt.timedelta(minutes=DURATION_MINUTES)
    client = studio.client_ids[slot.coach_index % len(studio.client_ids)]
    return (
        client, studio.coach_ids[coach], studio.course_ids[coach],
        _instant(db, start), _instant(db, end), _instant(db, end),
        "pending", 1, PRICE, "desk", studio.actor.staff_id, _instant(db, BENCH_NOW), _instant(db, BENCH_NOW),
    )


def _instant(db: Database, moment: dt.datetime) -> object:
    # SQLite keeps UTC as fixed-width text (studio_desk/models/base.py); its CHECKs refuse others.
    if db.backend == "sqlite":
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
    return moment


def _insert_plain(db: Database, sql: str, params: tuple[object, ...]) -> int:
    # A connection checked out of the app's pool per row, as a unit of work does: the same
    # PRAGMAs and BEGIN IMMEDIATE on SQLite, the same pre-ping on PostgreSQL.
    began = time.perf_counter_ns()
    with db.engine.connect() as connection:
        connection.exec_driver_sql(sql, params)
        connection.commit()
    return time.perf_counter_ns() - began


def _check(db: Database, n: int) -> list[str]:
    """The rows are what a desk would have left behind: no overlap, every service booking paid."""
    problems: list[str] = []
    overlaps = count_overlapping_pairs(db)
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT status, count(*) FROM bookings GROUP BY status")
        counts: dict[str, int] = {str(status): int(count) for status, count in rows}
    print(f"check: {overlaps} overlapping pairs; bookings by status {counts}")
    if overlaps:
        problems.append(f"{overlaps} overlapping pairs of active bookings")
    if counts != {"paid": n, "pending": n}:
        problems.append(f"expected {n} paid and {n} pending bookings, found {counts}")
    return problems


def _report(
    backend: str, n: int, create_ns: list[int], pay_ns: list[int], baseline_ns: list[int], problems: list[str]
) -> Outcome:
    create_p50, create_p95 = percentile_ms(create_ns, 0.5), percentile_ms(create_ns, 0.95)
    pay_p50, pay_p95 = percentile_ms(pay_ns, 0.5), percentile_ms(pay_ns, 0.95)
    base_p50, base_p95 = percentile_ms(baseline_ns, 0.5), percentile_ms(baseline_ns, 0.95)
    ratio = create_p50 / base_p50
    target = TARGET_CREATE_P50_MS.get(backend, math.inf)
    print(f"create_booking   n={n}  p50 {create_p50:.3f} ms  p95 {create_p95:.3f} ms  "
          f"(target p50 <= {target} ms on {backend}: {verdict(create_p50, target)})")
    print(f"mark_paid        n={n}  p50 {pay_p50:.3f} ms  p95 {pay_p95:.3f} ms")
    print(f"plain SQL insert n={n}  p50 {base_p50:.3f} ms  p95 {base_p95:.3f} ms  (baseline)")
    print(f"ratio create/baseline p50: {ratio:.2f}  "
          f"(target <= {TARGET_RATIO}: {verdict(ratio, TARGET_RATIO)})")
    figures: dict[str, object] = {
        "create_p50_ms": round(create_p50, 4),
        "create_p95_ms": round(create_p95, 4),
        "pay_p50_ms": round(pay_p50, 4),
        "baseline_p50_ms": round(base_p50, 4),
        "ratio": round(ratio, 3),
        "backend": backend,
        "n": n,
    }
    return Outcome(figures, problems)
