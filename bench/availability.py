"""Benchmark `availability`: free_start_times on a busy day, as the new-booking dialog asks it."""

from __future__ import annotations

import argparse
import datetime as dt
import time

from sqlalchemy.engine import URL

from bench.common import Outcome, open_database, percentile_ms, seed_studio, start_times, verdict
from studio_desk import services

N_DEFAULT, N_QUICK = 2000, 200
WARM_UP_CALLS = 20
OPENS, CLOSES = dt.time(8, 0), dt.time(20, 0)  # 12 hours
DURATION_MINUTES = 30
BOOKINGS = 20
TARGET_P50_MS = 1.0


def busy_times() -> list[dt.time]:
    """BOOKINGS half-hour sessions spread over the 24 half-hours of the day: every sixth is
    left free, so the answer is a handful of start times between bookings."""
    every = start_times(OPENS, CLOSES, step_minutes=DURATION_MINUTES, duration_minutes=DURATION_MINUTES)
    booked = [start for number, start in enumerate(every) if number % 6 != 3]
    return booked[:BOOKINGS]


def run(url: URL, options: argparse.Namespace) -> Outcome:
    n = N_QUICK if options.quick else N_DEFAULT
    db = open_database(url)
    try:
        print(f"backend: {db.backend} ({db.describe()})")
        studio = seed_studio(
            db, coaches=1, days=1, clients=BOOKINGS, opens=OPENS, closes=CLOSES,
            duration_minutes=DURATION_MINUTES,
        )
        course, day = studio.course_ids[0], studio.days[0]
        for number, start in enumerate(busy_times()):
            made = services.create_booking(
                db, studio.actor, client_id=studio.client_ids[number], course_id=course, date=day,
                start_time=start,
            )
            if number % 3 == 0:  # a mix of the active statuses, as on a real day
                services.mark_paid(db, studio.actor, made.id, method="cash")
        # Untimed first calls: statement caches and the settings cache fill as in a running desk.
        for _ in range(WARM_UP_CALLS):
            free = services.free_start_times(db, course, day)
        samples: list[int] = []
        for _ in range(n):
            began = time.perf_counter_ns()
            free = services.free_start_times(db, course, day)
            samples.append(time.perf_counter_ns() - began)
    finally:
        db.dispose()
    p50, p95 = percentile_ms(samples, 0.5), percentile_ms(samples, 0.95)
    shown = ", ".join(f"{slot.start_at:%H:%M}" for slot in free)
    print(f"{BOOKINGS} active bookings on {day}; free start times: {shown}")
    print(f"free_start_times n={n}  p50 {p50:.3f} ms  p95 {p95:.3f} ms  "
          f"(target p50 <= {TARGET_P50_MS} ms: {verdict(p50, TARGET_P50_MS)})")
    figures: dict[str, object] = {
        "p50_ms": round(p50, 4), "p95_ms": round(p95, 4), "backend": db.backend, "n": n,
    }
    return Outcome(figures)
