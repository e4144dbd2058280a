"""The refresh benchmark's other processes: a writer that books when told, and desks that listen.

`Writer` is another desk in a process of its own: it makes one change per call through the
services (so the change notice names it, not the desk under measure) and answers with what it
made and when its commit returned (time.monotonic, one clock for every process on the machine).

`listen_at_desks` starts N desk processes on one database, each a real main window offscreen
with its booking list shown and LiveRefresh started, lets the writer book one booking at a time,
and waits after each until every desk's list shows it. Each desk notes every read it made (time
and view) and when each booking first appeared in its list; nothing here judges the figures.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import queue
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy.engine import URL, make_url

from bench.common import BenchError, bench_clock
from bench.desk_processes import START_TIMEOUT_S, run_desks
from studio_desk import services
from studio_desk.services import Actor, Database

# Longer than any change takes to commit, or a desk to show it: beyond it, something hangs.
WRITER_TIMEOUT_S = 60.0
SEEN_TIMEOUT_S = 15.0
# After the last desk showed a booking, trailing reads (a follow-up page) land within this.
AFTER_SEEN_S = 0.3
STOP_POLL_MS = 20
FINISH_TIMEOUT_S = 60.0

# What the writer is told: ("book", client, course, day, start) or ("client", name, phone).
Command = tuple[Any, ...]


class Writer:
    """Another desk's process, making the changes it is told to, one at a time."""

    def __init__(self, url: URL, actor: Actor) -> None:
        context = multiprocessing.get_context("spawn")
        self._commands: Queue[Command | None] = context.Queue()
        self._answers: Queue[tuple[str, Any, float]] = context.Queue()
        self._process = context.Process(
            target=writer_main, name="writer",
            args=(url.render_as_string(hide_password=False), actor, self._commands, self._answers),
        )
        self._process.start()

    def __enter__(self) -> Writer:
        self._answer()  # "ready": its database is open
        return self

    def __exit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._commands.put(None)
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def book(self, client_id: int, course_id: int, day: dt.date, start: dt.time) -> tuple[int, float]:
        """The new booking's id, and when its commit had returned."""
        self._commands.put(("book", client_id, course_id, day, start))
        return self._answer()

    def add_client(self, name: str, phone: str) -> tuple[int, float]:
        self._commands.put(("client", name, phone))
        return self._answer()

    def _answer(self) -> tuple[int, float]:
        try:
            kind, made, committed = self._answers.get(timeout=WRITER_TIMEOUT_S)
        except queue.Empty:
            raise BenchError(f"the writer process did not answer in {WRITER_TIMEOUT_S:g} s") from None
        if kind == "failed":
            raise BenchError(f"the writer process failed: {made}")
        return made, committed


def writer_main(url: str, actor: Actor, commands: Queue[Command | None], answers: Queue[Any]) -> None:
    db = Database.open(make_url(url), clock=bench_clock, migrate=False)
    try:
        answers.put(("ready", 0, time.monotonic()))
        for command in iter(commands.get, None):
            try:
                made = _write(db, actor, command)
            except Exception as error:  # told to the benchmark, which stops
                answers.put(("failed", f"{command[0]}: {type(error).__name__}: {error}", 0.0))
            else:
                answers.put(("done", made, time.monotonic()))
    finally:
        db.dispose()


def _write(db: Database, actor: Actor, command: Command) -> int:
    if command[0] == "book":
        _, client_id, course_id, day, start = command
        return services.create_booking(
            db, actor, client_id=client_id, course_id=course_id, date=day, start_time=start
        ).id
    _, name, phone = command
    return services.create_client(db, name=name, phone=phone).id


# -- desks listening ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ListeningPlan:
    url: str
    desk: int
    actor: Actor
    folder: str  # where its settings file goes


@dataclass
class ListeningReport:
    desk: int
    reads: list[tuple[float, str]] = field(default_factory=list)  # (monotonic time, view)
    seen: dict[int, float] = field(default_factory=dict)  # booking id -> first shown (monotonic)
    failures: list[str] = field(default_factory=list)


@dataclass
class Listened:
    commits: list[tuple[int, float]]  # (booking id, commit time), in order
    reports: list[ListeningReport]
    lost: list[str]
    unseen: list[str]  # bookings some desk never showed within SEEN_TIMEOUT_S
    start_s: float  # from starting the desk processes to all of them listening


Booking = tuple[int, int, dt.date, dt.time]  # client, course, day, start


def listen_at_desks(url: URL, actor: Actor, desks: int, bookings: list[Booking]) -> Listened:
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    seen: Queue[tuple[int, int, float]] = context.Queue()
    commits: list[tuple[int, float]] = []
    unseen: list[str] = []
    started = time.perf_counter()
    start_s: list[float] = []

    def conduct() -> None:
        start_s.append(time.perf_counter() - started)
        try:
            with Writer(url, actor) as writer:
                for client, course, day, start in bookings:
                    booking, committed = writer.book(client, course, day, start)
                    commits.append((booking, committed))
                    missing = _wait_until_seen(seen, booking, desks)
                    if missing:
                        unseen.append(f"booking {booking} not shown at desk(s) {sorted(missing)} "
                                      f"within {SEEN_TIMEOUT_S:g} s")
                    time.sleep(AFTER_SEEN_S)
        finally:
            stop.set()

    with tempfile.TemporaryDirectory(prefix="studio-bench-refresh-") as folder:
        plans = [(ListeningPlan(url.render_as_string(hide_password=False), desk, actor, folder), stop, seen)
                 for desk in range(desks)]
        run = run_desks(listening_desk_main, plans, FINISH_TIMEOUT_S, conduct)
    return Listened(commits, run.results, run.lost, unseen, start_s[0] if start_s else 0.0)


def _wait_until_seen(seen: Queue[tuple[int, int, float]], booking: int, desks: int) -> set[int]:
    """The desks that had not shown `booking` when the wait ended (none, we hope)."""
    waiting = set(range(desks))
    deadline = time.monotonic() + SEEN_TIMEOUT_S
    while waiting and time.monotonic() < deadline:
        try:
            desk, shown, _ = seen.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break
        if shown == booking:
            waiting.discard(desk)
    return waiting


def listening_desk_main(
    plan: ListeningPlan, stop: Event, seen: Queue[tuple[int, int, float]], barrier: Barrier,
    results: Queue[ListeningReport],
) -> None:
    report = ListeningReport(plan.desk)
    try:
        _listen(plan, stop, seen, barrier, report)
    except Exception as error:
        report.failures.append(f"desk {plan.desk} stopped: {type(error).__name__}: {error}")
        barrier.abort()  # the others are not kept waiting for a desk that is gone
    finally:
        results.put(report)


def _listen(
    plan: ListeningPlan, stop: Event, seen: Queue[tuple[int, int, float]], barrier: Barrier,
    report: ListeningReport,
) -> None:
    # Qt only inside: this module is imported by processes that never show a window.
    from bench.refresh_desk import open_desk, settle, wait_until
    from studio_desk.ui.main_window import LIST_TAB

    db = Database.open(make_url(plan.url), clock=bench_clock, migrate=False)
    try:
        settings = Path(plan.folder) / f"desk-{plan.desk}.ini"
        with open_desk(db, plan.actor, settings, LIST_TAB) as opened:
            model = opened.window.bookings.model
            shown: set[int] = set()
            listening = False

            def note_rows(_total: int) -> None:
                now = time.monotonic()
                for row in range(model.total):
                    booking = model.booking_at(row)
                    if booking is not None and booking.id not in shown:
                        shown.add(booking.id)
                        if listening:
                            report.seen[booking.id] = now
                            seen.put((plan.desk, booking.id, now))

            model.loaded.connect(note_rows)
            first_load: list[int] = []
            model.loaded.connect(first_load.append)
            wait_until(lambda: bool(first_load), "the booking list's first rows")
            settle(opened.desk)
            listening = True
            barrier.wait(START_TIMEOUT_S)
            _run_until(stop)
            report.reads = list(opened.reads.log)
            report.failures.extend(f"desk {plan.desk} said: {text}" for text in opened.prompts.errors)
    finally:
        db.dispose()


def _run_until(stop: Event) -> None:
    """The desk's event loop, as in the real program, until the benchmark says stop."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, timer = QEventLoop(), QTimer()
    timer.setInterval(STOP_POLL_MS)
    timer.timeout.connect(lambda: loop.quit() if stop.is_set() else None)
    timer.start()
    loop.exec()
    timer.stop()
