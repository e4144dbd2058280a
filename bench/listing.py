"""Benchmark `list`: the booking list and its search on 100,000 bookings, page by page.

The bookings are written by plain SQL (a read benchmark need not wait for 100,000 service
calls); the queries timed are the service's, as the desk's list runs them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from sqlalchemy import insert, text
from sqlalchemy.engine import URL

from bench.common import BENCH_NOW, Outcome, open_database, percentile_ms, verdict
from studio_desk import services
from studio_desk.db import Database
from studio_desk.models import Booking, Client, Coach, Course

N_DEFAULT, N_QUICK = 100_000, 5_000
COACHES, CLIENTS = 10, 5_000
REPEATS = 20
TARGET_MS = 50.0  # a page of the list should feel instant
STATUSES = ["done"] * 6 + ["canceled"] * 2 + ["pending", "paid"]
NAMES = ["Ayu", "Budi", "Citra", "Dimas", "Eka", "Fajar", "Gita", "Hendra", "Indah", "Joko"]


def _span(n: int) -> tuple[dt.datetime, dt.timedelta]:
    """Where the bookings lie: one an hour per coach, the last one ending now."""
    length = dt.timedelta(hours=n // COACHES)
    return BENCH_NOW - length, length


def _seed(db: Database, n: int) -> None:
    rng = random.Random(1)
    first, _ = _span(n)
    with db.engine.begin() as connection:
        connection.execute(insert(Coach), [
            {"id": i, "name": f"Coach {i}", "active": True, "created_at": BENCH_NOW}
            for i in range(1, COACHES + 1)
        ])
        connection.execute(insert(Course), [
            {"id": i, "title": f"Course {i}", "coach_id": i, "duration_minutes": 60, "price": 150_000,
             "buffer_minutes": 0, "active": True} for i in range(1, COACHES + 1)
        ])
        connection.execute(insert(Client), [
            {"id": i, "name": f"{rng.choice(NAMES)} {i}", "phone": f"62812{i:07d}", "created_at": BENCH_NOW}
            for i in range(1, CLIENTS + 1)
        ])
        rows = []
        for number in range(n):
            start = first + dt.timedelta(hours=number // COACHES)
            coach = number % COACHES + 1
            rows.append({
                "client_id": rng.randint(1, CLIENTS), "coach_id": coach, "course_id": coach,
                "start_at": start, "end_at": start + dt.timedelta(hours=1),
                "busy_until": start + dt.timedelta(hours=1), "status": rng.choice(STATUSES),
                "version": 1, "price": 150_000,
                "origin": "desk", "created_at": start, "updated_at": start,
            })
        connection.execute(insert(Booking), rows)
        if db.backend == "postgresql":
            connection.execute(text("ANALYZE"))


def _queries(n: int) -> dict[str, dict[str, object]]:
    first, length = _span(n)
    middle = (first + length / 2).date()
    return {
        "first_page": {},
        "last_page": {"offset": n - 100},
        "sorted_by_client": {"sort": "client", "descending": True},
        "status_filter": {"where": services.BookingFilter(statuses=frozenset({services.BookingStatus.PAID}))},
        "coach_and_month": {"where": services.BookingFilter(
            coach_id=3, date_from=middle, date_to=middle + dt.timedelta(days=30))},
        "text_name": {"where": services.BookingFilter(text="budi")},
        "text_phone": {"where": services.BookingFilter(text="0812000012")},
    }


def run(url: URL, options: argparse.Namespace) -> Outcome:
    n = N_QUICK if options.quick else N_DEFAULT
    db = open_database(url)
    try:
        print(f"backend: {db.backend} ({db.describe()}); writing {n} bookings ...")
        _seed(db, n)
        figures: dict[str, object] = {}
        for name, query in _queries(n).items():
            where = query.pop("where", services.BookingFilter())
            services.list_bookings(db, where, limit=100, **query)  # type: ignore[arg-type]
            samples = []
            for _ in range(REPEATS):
                began = time.perf_counter_ns()
                page = services.list_bookings(db, where, limit=100, **query)  # type: ignore[arg-type]
                samples.append(time.perf_counter_ns() - began)
            p50 = percentile_ms(samples, 0.5)
            figures[f"{name}_ms"] = round(p50, 3)
            print(f"{name:18s} p50 {p50:7.2f} ms  ({page.total} match; target <= {TARGET_MS} ms: "
                  f"{verdict(p50, TARGET_MS)})")
    finally:
        db.dispose()
    figures |= {"backend": db.backend, "n": n}
    return Outcome(figures)
