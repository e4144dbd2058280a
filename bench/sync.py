"""Benchmark `sync`: pull thousands of web bookings into the desk, then push hundreds of desk changes.

The web platform is the test server of tests/support/web_platform.py, a real HTTP server on
loopback in this same process. It adds up the time its handlers take (`handler_seconds`), so
the figures are the desk's own time per booking beyond the server's: wall time minus the
server's. Pulled bookings are seeded straight into the server; the changes pushed are made
through the desk's services (a walk-in booked, paid and confirmed: one outbox item each).

`push_per_change_ms` times the push inside each round (push_due), since every round also lists
each linked coach's bookings; `push_round_per_change_ms` is the whole rounds. The server's time
is that of its handlers: parsing a request's head and writing the answer's bytes count as the
desk's, a few per cent at most on loopback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import URL

from bench.common import BenchError, Outcome
from studio_desk import services
from studio_desk.db import Database
from studio_desk.models import Booking, BookingOrigin, SyncState
from studio_desk.services import sync
from studio_desk.services.sync import run as sync_run
from tests.support.clock import SettableClock
from tests.support.studio import CLOSES, LAST_DAY, OPENS, Studio, build_studio
from tests.support.web_platform import WebPlatform

N_PULL_DEFAULT, N_PULL_QUICK = 5000, 300
N_CHANGES_DEFAULT, N_CHANGES_QUICK = 500, 60
PASSWORD = "bench-sync-password"
WEB_CLIENTS = 25
# Pulled bookings: one an hour per coach from 07:00, the last starting at 20:00.
HOURS = tuple(range(7, 21))
PULL_FIRST_DAY = dt.date(2025, 10, 1)
# Before the desk's "now" the web's bookings are over; after it they are anywhere on the way.
PAST_STATUSES = ("done", "done", "done", "done", "canceled")
FUTURE_STATUSES = ("pending", "paid", "confirmed", "paid", "canceled", "pending", "confirmed")
PUSH_LIMIT = 100_000
MAX_PUSH_ROUNDS = 10
_CREATE_PATH = re.compile(r"^/booking/api/course/\d+/create/$")
_MARK_PAID_PATH = re.compile(r"^/booking/api/booking/\d+/mark-paid/$")
_STATUS_PATH = re.compile(r"^/booking/api/booking/\d+/status/$")
_CHANGE_PATHS = (("create", _CREATE_PATH), ("mark-paid", _MARK_PAID_PATH), ("status", _STATUS_PATH))


@dataclass(frozen=True)
class Web:
    """The web side: coach A is smith (yoga, pilates), coach B is sari (hiit); users book."""

    platform: WebPlatform
    courses_a: tuple[int, ...]
    courses_b: tuple[int, ...]
    users: tuple[int, ...]


@dataclass
class Timed:
    wall_s: float = 0.0
    server_s: float = 0.0
    rounds: int = 0

    def add(self, wall_s: float, server_s: float) -> None:
        self.wall_s += wall_s
        self.server_s += server_s
        self.rounds += 1

    @property
    def client_s(self) -> float:
        return self.wall_s - self.server_s

    def per_item_ms(self, items: int) -> float:
        return self.client_s / items * 1000 if items else math.nan


def run(url: URL, options: argparse.Namespace) -> Outcome:
    n_pull = N_PULL_QUICK if options.quick else N_PULL_DEFAULT
    n_changes = N_CHANGES_QUICK if options.quick else N_CHANGES_DEFAULT
    # The tests' clock (Friday 24 October 2025, 08:00 in Jakarta), not bench.common's 2030: the
    # studio of tests/support/studio.py has hours in October and November 2025.
    db = Database.open(url, clock=SettableClock(), migrate=True)
    platform = WebPlatform().start()
    previous_password = os.environ.get(sync.PASSWORD_ENV)
    os.environ[sync.PASSWORD_ENV] = PASSWORD
    try:
        print(f"backend: {db.backend} ({db.describe()}); web platform at {platform.base_url}")
        began = time.perf_counter()
        studio = build_studio(db)
        web = _link(db, studio, platform)
        now_local = db.now().astimezone(services.get_settings(db).zone).replace(tzinfo=None)
        last_pulled_day = _seed_web(web, n_pull, now_local)
        print(f"seeded the desk studio and {n_pull} web bookings in {time.perf_counter() - began:.2f} s")

        pull, idle = _pull(db, platform, n_pull)
        problems: list[str] = []
        push, push_rounds, made = _push(db, studio, platform, n_changes, last_pulled_day, problems)
    finally:
        if previous_password is None:
            os.environ.pop(sync.PASSWORD_ENV, None)
        else:
            os.environ[sync.PASSWORD_ENV] = previous_password
        platform.stop()
        db.dispose()
    if platform.errors:
        problems.append(f"the test server raised {len(platform.errors)} error(s): {platform.errors[0]!r}")
    return _report(db.backend, n_pull, n_changes, pull, idle, push, push_rounds, made, problems)


# -- setting up -------------------------------------------------------------------------------


def _link(db: Database, studio: Studio, platform: WebPlatform) -> Web:
    smith = platform.add_coach("smith", PASSWORD, "Coach Smith")
    sari = platform.add_coach("sari", PASSWORD, "Coach Sari")
    # The web's list names a booking's course by title; the desk finds its course by that.
    yoga = platform.add_course(smith.coach_id, "Yoga Pemula", duration_minutes=60, price=150_000)
    pilates = platform.add_course(smith.coach_id, "Pilates", duration_minutes=45, price=200_000)
    hiit = platform.add_course(sari.coach_id, "HIIT", duration_minutes=60, price=175_000)
    users = tuple(
        platform.add_user(f"client{number:02d}", "pw", f"Web Client {number:02d}").user_id
        for number in range(1, WEB_CLIENTS + 1)
    )
    sync.configure_sync(
        db, studio.admin, server=platform.base_url, enabled=True,
        coaches={studio.coach_a: (smith.coach_id, "smith"), studio.coach_b: (sari.coach_id, "sari")},
        courses={studio.yoga: yoga, studio.pilates: pilates, studio.hiit: hiit},
    )
    return Web(platform, (yoga, pilates), (hiit,), users)


def _seed_web(web: Web, n: int, now_local: dt.datetime) -> dt.date:
    """`n` web bookings, one an hour on each of the two coaches from PULL_FIRST_DAY on, so that
    none overlaps another; the last day used. `now_local` is the desk's now on the studio's
    wall clock, which the web writes too."""
    number = 0
    day = PULL_FIRST_DAY
    while True:
        for hour in HOURS:
            for coach_courses in (web.courses_a, web.courses_b):
                if number == n:
                    return day
                start = dt.datetime.combine(day, dt.time(hour))
                course = coach_courses[number % len(coach_courses)]
                statuses = PAST_STATUSES if start < now_local else FUTURE_STATUSES
                web.platform.add_booking(
                    web.users[number % len(web.users)], course, start,
                    status=statuses[number % len(statuses)],
                    created_at=min(start - dt.timedelta(days=3), now_local),
                )
                number += 1
        day += dt.timedelta(days=1)


# -- pull -------------------------------------------------------------------------------------


def _round(db: Database, platform: WebPlatform, timed: Timed) -> sync.SyncReport:
    server_before = platform.handler_seconds
    began = time.perf_counter()
    report = sync.run_sync_once(db, push_limit=PUSH_LIMIT)
    timed.add(time.perf_counter() - began, platform.handler_seconds - server_before)
    return report


def _pull(db: Database, platform: WebPlatform, n: int) -> tuple[Timed, Timed]:
    """One round that takes in all `n` web bookings, then a round with nothing new: what every
    later round costs the desk with this many bookings on the web."""
    pull = Timed()
    report = _round(db, platform, pull)
    print(f"pull round: {pull.wall_s:.2f} s, of which the server {pull.server_s:.2f} s; "
          f"new {report.pulled_new}, updated {report.pulled_updated}, conflicts {report.conflicts}")
    for problem in report.problems:
        print(f"  pull problem: {problem}")
    stored = _count_web_bookings(db)
    if stored != n or report.pulled_new != n:
        raise BenchError(
            f"the pull took in {report.pulled_new} of {n} web bookings ({stored} stored with origin web); "
            f"problems: {list(report.problems)[:3]}"
        )
    idle = Timed()
    report = _round(db, platform, idle)
    print(f"idle round (nothing new, {n} bookings listed): {idle.wall_s:.2f} s, "
          f"of which the server {idle.server_s:.2f} s; new {report.pulled_new}, "
          f"updated {report.pulled_updated}")
    if report.pulled_new or report.pulled_updated or report.problems:
        raise BenchError(f"a round with nothing new on the web changed the desk: {report.lines()}")
    return pull, idle


def _count_web_bookings(db: Database) -> int:
    with db.engine.connect() as connection:
        query = select(func.count()).select_from(Booking).where(Booking.origin == BookingOrigin.WEB)
        return int(connection.execute(query).scalar_one())


# -- push -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Made:
    """The desk changes the push sends: creates, payments and confirmations."""

    booking_ids: tuple[int, ...]
    paid: int
    confirmed: int
    desk_s: float

    @property
    def changes(self) -> int:
        return len(self.booking_ids) + self.paid + self.confirmed


def _push(
    db: Database, studio: Studio, platform: WebPlatform, n: int, last_pulled_day: dt.date,
    problems: list[str],
) -> tuple[Timed, Timed, Made]:
    made = _make_changes(db, studio, n, last_pulled_day)
    print(f"desk changes: {len(made.booking_ids)} bookings made, {made.paid} paid, "
          f"{made.confirmed} confirmed ({made.changes} outbox items) in {made.desk_s:.2f} s")
    waiting = services.sync.sync_status(db).waiting
    if waiting != made.changes:
        raise BenchError(f"{made.changes} desk changes left {waiting} outbox items, not one each")
    push, rounds = Timed(), Timed()
    with _timing_push(platform, push):
        for _ in range(MAX_PUSH_ROUNDS):
            report = _round(db, platform, rounds)
            for problem in report.problems:
                print(f"  push problem: {problem}")
            if report.waiting == 0:
                break
        else:
            raise BenchError(f"{report.waiting} outbox items still waiting after {MAX_PUSH_ROUNDS} rounds")
    print(f"push: {rounds.rounds} round(s) in {rounds.wall_s:.2f} s, of which the server "
          f"{rounds.server_s:.2f} s; the push itself {push.wall_s:.2f} s, of which the server "
          f"{push.server_s:.2f} s")
    problems += _check_push(db, platform, made)
    return push, rounds, made


def _make_changes(db: Database, studio: Studio, n: int, last_pulled_day: dt.date) -> Made:
    """Walk-ins on linked courses of both coaches, on days after the pulled bookings and the
    studio's seeded hours: two in five changes are creates, as many payments, the rest
    confirmations of paid ones."""
    creates = n * 2 // 5
    confirms = n - 2 * creates
    first_day = max(last_pulled_day, LAST_DAY) + dt.timedelta(days=1)
    slots = [
        (first_day + dt.timedelta(days=offset), dt.time(hour), course)
        for offset in range(math.ceil(creates / (2 * len(HOURS))))
        for hour in HOURS
        for course in (studio.yoga, studio.hiit)
    ][:creates]
    for day in sorted({day for day, _, _ in slots}):
        for coach in (studio.coach_a, studio.coach_b):
            services.add_availability(
                db, studio.admin, coach_id=coach, date=day, start_time=OPENS, end_time=CLOSES
            )
    clients = (studio.john, studio.jane)
    began = time.perf_counter()
    booking_ids = tuple(
        services.create_booking(
            db, studio.desk, client_id=clients[number % 2], course_id=course, date=day, start_time=start
        ).id
        for number, (day, start, course) in enumerate(slots)
    )
    for booking_id in booking_ids:
        services.mark_paid(db, studio.desk, booking_id, method="cash")
    for booking_id in booking_ids[:confirms]:
        services.confirm_booking(db, studio.admin, booking_id)
    return Made(booking_ids, len(booking_ids), confirms, time.perf_counter() - began)


@contextmanager
def _timing_push(platform: WebPlatform, timed: Timed) -> Iterator[None]:
    """Time the push inside each round apart from its pull: every round also lists every linked
    coach's bookings on the web, thousands here, which is not the cost of a change."""
    original: Callable[..., Any] = sync_run.push_due

    def timed_push(*args: Any, **kwargs: Any) -> Any:
        server_before = platform.handler_seconds
        began = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            timed.add(time.perf_counter() - began, platform.handler_seconds - server_before)

    sync_run.push_due = timed_push  # type: ignore[assignment]
    try:
        yield
    finally:
        sync_run.push_due = original  # type: ignore[assignment]


def _check_push(db: Database, platform: WebPlatform, made: Made) -> list[str]:
    """Each change reached the web once, and the web holds the desk's bookings as the desk does."""
    problems: list[str] = []
    sent: Counter[str] = Counter()
    failed = 0
    for request in list(platform.requests):
        if request.method != "POST":
            continue
        for kind, pattern in _CHANGE_PATHS:
            if pattern.match(request.path):
                sent[kind] += 1
                failed += not 200 <= request.status < 300
    expected = {"create": len(made.booking_ids), "mark-paid": made.paid, "status": made.confirmed}
    print(f"check: the server took {dict(sent)} POSTs ({failed} not 2xx); the desk made {expected}")
    if dict(sent) != expected:
        problems.append(f"the server got {dict(sent)} change requests, the desk made {expected}")
    if failed:
        problems.append(f"{failed} change requests were answered with an error")
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(Booking.id, Booking.status, Booking.remote_id, Booking.sync_state, Booking.sync_problem)
            .where(Booking.id.in_(made.booking_ids))
        ).all()
    remote_ids = [row.remote_id for row in rows if row.remote_id is not None]
    if len(set(remote_ids)) != len(made.booking_ids):
        linked = len(set(remote_ids))
        problems.append(f"{linked} of {len(made.booking_ids)} desk bookings are linked to the web")
    unsettled = [row.id for row in rows if row.sync_state != SyncState.LINKED or row.sync_problem]
    if unsettled:
        problems.append(f"{len(unsettled)} desk bookings are not settled with the web, e.g. {unsettled[:3]}")
    web_status = {booking.id: booking.status for booking in platform.bookings()}
    differ = [row.id for row in rows if row.remote_id and web_status.get(row.remote_id) != str(row.status)]
    if differ:
        problems.append(f"{len(differ)} desk bookings have another status on the web, e.g. {differ[:3]}")
    return problems


# -- report -----------------------------------------------------------------------------------


def _report(
    backend: str, n_pull: int, n_changes: int, pull: Timed, idle: Timed, push: Timed, rounds: Timed,
    made: Made, problems: list[str],
) -> Outcome:
    pull_ms, push_ms = pull.per_item_ms(n_pull), push.per_item_ms(made.changes)
    rounds_ms = rounds.per_item_ms(made.changes)
    print(f"pull  {n_pull} bookings:  {pull.wall_s:.3f} s wall, {pull.server_s:.3f} s server, "
          f"{pull.client_s:.3f} s desk = {pull_ms:.3f} ms per booking")
    print(f"idle round:          {idle.wall_s:.3f} s wall, {idle.server_s:.3f} s server, "
          f"{idle.client_s:.3f} s desk (every later round, with {n_pull} bookings on the web)")
    print(f"push  {made.changes} changes:    {push.wall_s:.3f} s wall, {push.server_s:.3f} s server, "
          f"{push.client_s:.3f} s desk = {push_ms:.3f} ms per change")
    print(f"push rounds (with their pulls): {rounds.wall_s:.3f} s wall, {rounds.server_s:.3f} s server "
          f"= {rounds_ms:.3f} ms per change")
    figures: dict[str, object] = {
        "pull_per_booking_ms": round(pull_ms, 4),
        "push_per_change_ms": round(push_ms, 4),
        "push_round_per_change_ms": round(rounds_ms, 4),
        "pull_wall_s": round(pull.wall_s, 3),
        "pull_server_s": round(pull.server_s, 3),
        "idle_round_wall_s": round(idle.wall_s, 3),
        "idle_round_server_s": round(idle.server_s, 3),
        "push_wall_s": round(push.wall_s, 3),
        "push_server_s": round(push.server_s, 3),
        "push_rounds": rounds.rounds,
        "backend": backend,
        "bookings": n_pull,
        "changes": made.changes,
    }
    if made.changes != n_changes:
        problems.append(f"made {made.changes} changes instead of {n_changes}")
    return Outcome(figures, problems)
