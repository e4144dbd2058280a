"""Benchmark `refresh`: how many database reads a change costs the desks, and how soon other desks show it.

1. One desk, in this process: the real main window offscreen on the calendar of a booked day,
   the real threaded TaskRunner (bench/refresh_desk.py says why), LiveRefresh listening. For
   each change, the reads of every live view (by the view that asked, and in rounds: one
   refresh of a view, which may be several queries) while it is shown or hidden:
   - a booking made at this desk (Desk.act) on the shown day, then its payment: the visible
     views it concerns read one round each, hidden tabs nothing, and once the change watcher
     has had time to hear the desk's own commit, nothing more (no echo);
   - a booking made by another process on the shown day: the calendar reads one round;
   - one on another day, and a new client (of no kind the visible views show): no reads.
2. N desk processes (20; 3 with --quick) on the same database, each a main window with its
   booking list shown and LiveRefresh started; a writer process books one booking at a time and
   waits until every desk's list shows it. Per change: the reads each desk made, and the time
   from the writer's commit to each desk's list showing the booking.

A read by a hidden tab, an echo, a view reading more than one round for one change, or a read
by a view a change does not concern is a broken rule (exit 1); the time is measured, not judged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from bench.common import (
    BenchError,
    Outcome,
    Studio,
    open_database,
    percentile_ms,
    seed_studio,
    start_times,
    verdict,
)
from bench.refresh_processes import Booking, Listened, Writer, listen_at_desks
from studio_desk import services
from studio_desk.services import Actor, BookingView, Database

DESKS_DEFAULT, DESKS_QUICK = 20, 3
CHANGES_DEFAULT, CHANGES_QUICK = 20, 4
OPENS, CLOSES = dt.time(7, 0), dt.time(21, 0)
# Long enough for the desk's own commit to come back through the watcher several times over:
# SQLite's poll (0.2 s) and the settle of LiveRefresh (0.1 s); PostgreSQL's notice is quicker.
ECHO_WAIT_S = 1.5
TARGET_P95_S = 1.0


@dataclass(frozen=True)
class Measured:
    """What one change cost the desk: rounds and queries by view, and the echo of its own."""

    change: str
    concerns_shown: bool  # whether the change touches what the visible views show
    rounds: Counter[str]
    queries: Counter[str]
    showing: frozenset[str]
    hidden: frozenset[str]
    echo: Counter[str] | None = None  # own changes only: queries once its commit came back
    echo_notices: int = 0

    def hidden_reads(self) -> int:
        return sum(count for view, count in self.queries.items() if view not in self.showing)

    def most_rounds(self) -> int:
        return max((count for view, count in self.rounds.items() if view in self.showing), default=0)


def run(url: URL, options: argparse.Namespace) -> Outcome:
    desks = options.desks or (DESKS_QUICK if options.quick else DESKS_DEFAULT)
    changes = CHANGES_QUICK if options.quick else CHANGES_DEFAULT
    db = open_database(url)
    try:
        backend = db.backend
        print(f"backend: {backend} ({db.describe()})")
        studio = seed_studio(db, coaches=2, days=3, clients=max(10, changes + 5), opens=OPENS, closes=CLOSES)
        one = _one_desk(db, url, studio)
        print(f"{desks} desk processes listening; a writer process books {changes} bookings, one at a time")
        listened = listen_at_desks(url, studio.actor, desks, _bookings(studio, changes))
        leftovers = _other_connections(db)
    finally:
        db.dispose()
    return _report(backend, desks, one, listened, leftovers)


# -- 1. one desk -------------------------------------------------------------------------------


def _one_desk(db: Database, url: URL, studio: Studio) -> list[Measured]:
    # Qt here, not at the top: every benchmark's spawned processes import bench/__main__.
    from bench.refresh_desk import open_desk, run_for, settle, wait_until
    from studio_desk.ui.main_window import CALENDAR_TAB

    shown_day, other_day = studio.days[0], studio.days[1]
    (course, other_course), clients = studio.course_ids, iter(studio.client_ids)
    measured: list[Measured] = []
    with (
        tempfile.TemporaryDirectory(prefix="studio-bench-refresh-") as folder,
        open_desk(db, studio.actor, Path(folder) / "desk.ini", CALENDAR_TAB) as opened,
        Writer(url, studio.actor) as writer,
    ):
        opened.window.calendar.go_to(shown_day)
        settle(opened.desk)
        # At each announce, before the views react: where the read log stood, and their rounds.
        heard: list[tuple[int, Counter[str]]] = []
        announce = opened.desk.announce

        def noted(change: services.Change) -> None:
            heard.append((len(opened.reads.log), opened.views.rounds()))
            announce(change)

        opened.desk.announce = noted  # type: ignore[method-assign]

        def measure(change: str, concerns_shown: bool, make: Callable[[], None], own: bool) -> None:
            """The reads after `make()`'s change is announced; for the desk's own change, what
            came after it (its echo) apart."""
            showing, hidden = opened.views.showing(), opened.views.hidden()
            rounds_before, start = opened.views.rounds(), len(opened.reads.log)
            heard_before = len(heard)
            make()
            wait_until(lambda: len(heard) > heard_before, f"the desk to announce {change}")
            settle(opened.desk)
            if own:
                run_for(ECHO_WAIT_S)
                settle(opened.desk)
            announces = heard[heard_before:]
            # Another desk's change may come as more than one notice; the desk's own is one, and
            # any notice after it is its commit coming back.
            own_end, rounds_after = (announces[1] if own and len(announces) > 1
                                     else (len(opened.reads.log), opened.views.rounds()))
            rounds_after.subtract(rounds_before)
            echo = opened.reads.since(own_end) if own else None
            queries = opened.reads.since(start, own_end)
            echo_notices = len(announces) - 1 if own else 0
            measured.append(
                Measured(change, concerns_shown, +rounds_after, queries, showing, hidden, echo, echo_notices)
            )

        def act(work: Callable[[Database, Actor], BookingView]) -> Callable[[], None]:
            return lambda: opened.desk.act(work, lambda _booking: None)

        made: list[BookingView] = []
        measure("a booking made at this desk on the shown day", True, act(
            lambda db_, actor: _kept(made, services.create_booking(
                db_, actor, client_id=next(clients), course_id=course, date=shown_day, start_time=OPENS))
        ), own=True)
        measure("its payment, taken at this desk", True, act(
            lambda db_, actor: services.mark_paid(db_, actor, made[0].id, method="cash")
        ), own=True)
        measure("a booking made at another desk on the shown day", True, lambda: _ignore(
            writer.book(next(clients), other_course, shown_day, OPENS)), own=False)
        measure("a booking made at another desk on another day", False, lambda: _ignore(
            writer.book(next(clients), course, other_day, OPENS)), own=False)
        measure("a client added at another desk", False, lambda: _ignore(
            writer.add_client("Walk-in at the other desk", "0812 9999 0001")), own=False)
        if opened.prompts.errors:
            raise BenchError(f"the desk showed an error: {opened.prompts.errors[0]}")
    return measured


def _kept(made: list[BookingView], booking: BookingView) -> BookingView:
    made.append(booking)
    return booking


def _ignore(_: object) -> None:
    """The writer's answer is not needed here: the desk's announce is what is waited for."""


# -- 2. many desks -----------------------------------------------------------------------------


def _bookings(studio: Studio, changes: int) -> list[Booking]:
    """`changes` bookings on the last seeded day, which the one-desk part leaves alone."""
    day = studio.days[-1]
    slots = [(course, start) for start in start_times(OPENS, CLOSES, step_minutes=60, duration_minutes=60)
             for course in studio.course_ids]
    if changes > len(slots):
        raise BenchError(f"at most {len(slots)} changes fit in one day of {len(studio.course_ids)} coaches")
    return [(client, course, day, start)
            for client, (course, start) in zip(studio.client_ids, slots[:changes], strict=False)]


def _other_connections(db: Database) -> int:
    """Connections to the benchmark's PostgreSQL database left by its desks and writer (0 on SQLite)."""
    if db.backend != "postgresql":
        return 0
    db.engine.dispose()  # this process's own idle connections are not leftovers
    with db.engine.connect() as connection:
        others = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return int(others.scalar_one())


@dataclass(frozen=True)
class PerChange:
    reads: list[int]  # per desk and change, in queries
    rounds_by_view: Counter[str]  # the most queries one desk's view made for one change
    latencies_s: list[float]  # per desk and change: commit to the desk's list showing it
    slowest_desk_s: list[float]  # per change: commit to the last desk showing it


def _per_change(listened: Listened) -> PerChange:
    times = [committed for _, committed in listened.commits] + [float("inf")]
    reads: list[int] = []
    most: Counter[str] = Counter()
    latencies: list[float] = []
    slowest: list[float] = []
    for index, (booking, committed) in enumerate(listened.commits):
        ends = times[index + 1]
        shown_after: list[float] = []
        for report in listened.reports:
            views = Counter(view for at, view in report.reads if committed <= at < ends)
            reads.append(sum(views.values()))
            for view, count in views.items():
                most[view] = max(most[view], count)
            if booking in report.seen:
                shown_after.append(report.seen[booking] - committed)
        latencies.extend(shown_after)
        if shown_after:
            slowest.append(max(shown_after))
    return PerChange(reads, most, latencies, slowest)


# -- the report --------------------------------------------------------------------------------


def _report(backend: str, desks: int, one: list[Measured], listened: Listened, leftovers: int) -> Outcome:
    _print_one_desk(one)
    hidden = sum(measured.hidden_reads() for measured in one)
    echo_reads = sum(sum(measured.echo.values()) for measured in one if measured.echo is not None)
    echo_notices = sum(measured.echo_notices for measured in one)
    most_rounds = max((measured.most_rounds() for measured in one), default=0)
    most_queries = max((max(measured.queries.values(), default=0) for measured in one), default=0)
    unconcerned = sum(sum(measured.queries.values()) for measured in one if not measured.concerns_shown)
    missed = [measured.change for measured in one if measured.concerns_shown and not measured.rounds]
    print(f"hidden tab reads {hidden} (target 0), echo reads {echo_reads} (target 0), most rounds by a "
          f"visible view for one change {most_rounds} (target <= 1), reads for changes the visible views "
          f"do not show {unconcerned} (target 0)")

    failures = [line for report in listened.reports for line in report.failures]
    failures += listened.lost + listened.unseen
    figures: dict[str, object] = {
        "backend": backend,
        "hidden_tab_reads": hidden,
        "echo_reads": echo_reads,
        "echo_notices": echo_notices,
        "max_reads_per_affected_view": most_rounds,
        "max_queries_per_affected_view": most_queries,
        "unconcerned_reads": unconcerned,
        "desks": desks,
        "changes": len(listened.commits),
        "failures": len(failures),
        "leftover_connections": leftovers,
    } | _many_desks_figures(desks, listened, failures, leftovers)

    problems: list[str] = []
    if hidden:
        problems.append(f"hidden tabs read {hidden} time(s)")
    if echo_reads or echo_notices:
        problems.append(f"the desk's own commits came back: {echo_notices} notice(s), {echo_reads} read(s)")
    if most_rounds > 1:
        problems.append(f"a visible view read {most_rounds} rounds for one change")
    if unconcerned:
        problems.append(f"{unconcerned} read(s) for changes no visible view shows")
    problems += [f"no visible view read after {change}" for change in missed]
    if failures:
        problems.append(f"{len(failures)} desk failure(s) (first: {failures[0]})")
    if leftovers:
        problems.append(f"{leftovers} connection(s) left open after the desks stopped")
    return Outcome(figures, problems)


def _print_one_desk(one: list[Measured]) -> None:
    if not one:
        return
    print(f"one desk on the calendar tab: live views shown {', '.join(sorted(one[0].showing))}; "
          f"hidden {', '.join(sorted(one[0].hidden))}. Reads in queries (rounds) by view:")
    for measured in one:
        views = ", ".join(
            f"{view}{'' if view in measured.showing else ' (hidden)'} {measured.queries[view]} "
            f"({measured.rounds[view]})"
            for view in sorted(set(measured.queries) | set(measured.rounds))
        ) or "none"
        echo = ""
        if measured.echo is not None:
            echo = (f"; after {ECHO_WAIT_S:g} s more, its echo: {measured.echo_notices} notices, "
                    f"{sum(measured.echo.values())} reads")
        print(f"  {measured.change}: {views}{echo}")


def _many_desks_figures(
    desks: int, listened: Listened, failures: list[str], leftovers: int
) -> dict[str, object]:
    per = _per_change(listened)
    print(f"{desks} desk processes started and listening in {listened.start_s:.1f} s; "
          f"the writer made {len(listened.commits)} bookings; "
          f"{leftovers} connections left after they stopped")
    for line in failures[:10]:
        print(f"  {line}")
    figures: dict[str, object] = {"p50_seconds": None, "p95_seconds": None, "max_seconds": None}
    if per.reads:
        most = ", ".join(f"{view} {count}" for view, count in sorted(per.rounds_by_view.items()))
        print(f"reads per change per desk: mean {statistics.mean(per.reads):.2f}, max {max(per.reads)} "
              f"(most by one view: {most})")
        figures |= {"reads_per_change_per_desk_mean": round(statistics.mean(per.reads), 2),
                    "reads_per_change_per_desk_max": max(per.reads)}
    if per.latencies_s:
        samples_ns = [int(seconds * 1e9) for seconds in per.latencies_s]
        p50, p95 = percentile_ms(samples_ns, 0.5) / 1000, percentile_ms(samples_ns, 0.95) / 1000
        slowest = max(per.latencies_s)
        print(f"commit to a desk's list showing it ({len(samples_ns)} samples): p50 {p50:.3f} s, "
              f"p95 {p95:.3f} s (target <= {TARGET_P95_S:g} s: {verdict(p95, TARGET_P95_S)}), "
              f"max {slowest:.3f} s; "
              f"to the last desk, per change: median {statistics.median(per.slowest_desk_s):.3f} s")
        figures |= {
            "p50_seconds": round(p50, 3), "p95_seconds": round(p95, 3), "max_seconds": round(slowest, 3)
        }
    return figures
