"""Benchmark `classes`: desk processes race for the places of a timetable of group classes: they
book places, join the waitlists of full classes, cancel places (the waitlist moves up), pay and
check clients in, read a class, book private sessions with the classes' coaches, and now and then
an admin adds a one-off class or cancels one.

Desks share one pool of clients and a few weeks of classes of few places, so classes fill, their
waitlists grow and the same client is booked into the same class from two desks. A monitor in the
parent samples the class's promises (tests/support/class_rules.py) every SAMPLE_EVERY_S, each
sample one snapshot, and the coaches' overlaps: a promise broken for a moment and put right later
would be invisible at the end. Every count must be 0: no class over its capacity, no client
placed twice, no waitlist entry promoted twice or out of line, no coach with a private session
over a class (or two classes at once).

Check-in is timed against a plain read of the class (`get_occurrence`) in the same run: its
median, and its ratio to the read's, say what checking a client in costs on this machine.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from bench.common import FIRST_DAY, Outcome, open_database, percentile_ms, seed_studio, start_times
from bench.desk_processes import START_TIMEOUT_S, run_desks
from studio_desk import services
from studio_desk.db import Database
from studio_desk.services import database_refusals
from studio_desk.services.classes import occurrences, places, roster, timetable
from studio_desk.services.integrity import bookings_without_matching_history, count_overlapping_pairs
from tests.support.class_rules import ClassRules, class_rules

DESKS_DEFAULT, SECONDS_DEFAULT = 8, 60.0
DESKS_QUICK, SECONDS_QUICK = 3, 4.0
COACHES = 4
CLIENTS = 40
CAPACITY = 5  # few places: classes fill and their waitlists grow
LINES = ((0, "07:00"), (2, "12:00"), (4, "18:00"))  # each coach's weekly classes: weekday offset, time
DAYS = 14  # the days of private sessions and one-off classes: two weeks from FIRST_DAY
BOOKED_DAYS = 14  # the timetable's classes desks book into: two weeks', few enough to fill
OPENS, CLOSES = dt.time(6, 0), dt.time(22, 0)
MINUTES = 60
SAMPLE_EVERY_S = 0.05
FINISH_GRACE_S = 120.0

BOOK, JOIN, CANCEL, PAY, CHECK_IN = "book_place", "join_waitlist", "cancel", "pay", "check_in"
READ, ROSTER, LEAVE = "get_occurrence", "class_roster", "leave_waitlist"
PRIVATE, ADD_CLASS, CANCEL_CLASS = "private_booking", "add_class", "cancel_class"
ACTIONS = (BOOK, JOIN, LEAVE, CANCEL, PAY, CHECK_IN, READ, ROSTER, PRIVATE, ADD_CLASS, CANCEL_CLASS)
WEIGHTS = (30, 10, 5, 20, 10, 10, 10, 5, 10, 2, 1)
OK, FULL, CONFLICT, REFUSED, BUSY, FAILED = "ok", "full", "conflict", "refused", "busy", "failed"
OUTCOMES = (OK, FULL, CONFLICT, REFUSED, BUSY, FAILED)
# What a desk that lost a race may hear (a conflict, a full class and a place moved on by another
# desk are counted apart): the services' own checks, or the database's refusals as sentences.
EXPECTED_REFUSALS = frozenset({
    places.ALREADY_IN, places.ALREADY_WAITING, places.NOT_FULL, places.CLASS_CANCELED,
    places.ENTRY_NOT_FOUND,  # leaving a waitlist the client has just moved up from (or left with its class)
    occurrences.ALREADY_CANCELED, timetable.CLASS_NOT_SCHEDULED, roster.PAY_FIRST,
    *database_refusals.CLASS_REFUSALS.values(),
})


@dataclass(frozen=True)
class DeskPlan:
    url: str
    desk: int
    seconds: float
    actor: services.Actor
    admin: services.Actor
    clients: tuple[int, ...]
    classes: tuple[int, ...]  # the timetable's occurrences of the first BOOKED_DAYS days
    class_courses: tuple[int, ...]
    coaches: tuple[int, ...]
    private_courses: tuple[int, ...]  # coach i's private course is private_courses[i]
    rooms: tuple[int, ...]


@dataclass
class DeskResult:
    desk: int
    elapsed_s: float = 0.0
    latencies_ns: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    placed: list[tuple[int, int, int]] = field(default_factory=list)  # (booking, client, class) acknowledged


def run(url: URL, options: argparse.Namespace) -> Outcome:
    desks = options.desks or (DESKS_QUICK if options.quick else DESKS_DEFAULT)
    default_s = SECONDS_QUICK if options.quick else SECONDS_DEFAULT
    seconds = options.minutes * 60 if options.minutes else default_s
    db = open_database(url)
    try:
        backend = db.backend
        print(f"backend: {backend} ({db.describe()})")
        plan = _timetable(db, seconds)
        plans = [dataclasses.replace(plan, desk=desk) for desk in range(desks)]
        print(f"{desks} desks for {seconds:.0f} s: {len(plan.classes)} classes of {CAPACITY} places in "
              f"{BOOKED_DAYS} days, {CLIENTS} clients; sampled every {SAMPLE_EVERY_S * 1000:.0f} ms")
        watch = Watch()

        def monitor() -> None:
            ends = time.perf_counter() + seconds
            while time.perf_counter() < ends:
                watch.sample(db)
                time.sleep(SAMPLE_EVERY_S)

        desk_run = run_desks(desk_main, [(p,) for p in plans], seconds + FINISH_GRACE_S, monitor)
        watch.sample(db)  # and once more when every desk is done
        placed = [item for result in desk_run.results for item in result.placed]
        missing, unrecorded, promoted = _check(db, placed)
    finally:
        db.dispose()
    return _report(backend, desks, desk_run.results, desk_run.lost, watch, missing, unrecorded, promoted)


def _timetable(db: Database, seconds: float) -> DeskPlan:
    """The studio, its rooms and each coach's weekly classes; the plan every desk shares."""
    studio = seed_studio(db, coaches=COACHES, days=DAYS, clients=CLIENTS, opens=OPENS, closes=CLOSES,
                         duration_minutes=MINUTES)
    rooms = tuple(services.add_room(db, studio.admin, name=f"Room {n + 1}", capacity=CAPACITY * 2).id
                  for n in range(COACHES))
    courses = []
    for number, coach in enumerate(studio.coach_ids):
        course = services.create_course(
            db, studio.admin, coach_id=coach, title=f"Class with coach {number + 1}",
            duration_minutes=MINUTES, price=100_000, capacity=CAPACITY,
        ).id
        courses.append(course)
        for offset, at in LINES:
            services.add_timetable_entry(db, studio.admin, course_id=course, weekday=(number + offset) % 7,
                                         start_time=at, starts_on=FIRST_DAY, room_id=rooms[number])
    last = FIRST_DAY + dt.timedelta(days=BOOKED_DAYS - 1)
    classes = tuple(o.id for o in services.occurrences_between(db, FIRST_DAY, last))
    return DeskPlan(db.url.render_as_string(hide_password=False), 0, seconds, studio.actor, studio.admin,
                    studio.client_ids, classes, tuple(courses), studio.coach_ids, studio.course_ids, rooms)


# -- the desks ----------------------------------------------------------------------------------


def desk_main(plan: DeskPlan, barrier: Barrier, results: Queue[DeskResult]) -> None:
    """One desk in its own process, with its own Database, busy until its time is up."""
    result = DeskResult(plan.desk)
    db = None
    try:
        db = open_database(make_url(plan.url), migrate=False)
        services.get_settings(db)  # warm, as a desk that is already running is
        desk = Desk(db, plan, result)
        barrier.wait(START_TIMEOUT_S)
        began = time.perf_counter()
        while time.perf_counter() - began < plan.seconds:
            desk.step()
        result.elapsed_s = time.perf_counter() - began
    except Exception as error:
        result.failures.append(f"desk {plan.desk} stopped: {type(error).__name__}: {error}")
    finally:
        results.put(result)  # first: closing the engine is not part of the race
        if db is not None:
            db.dispose()


class Desk:
    """A receptionist at the class timetable: books, waitlists, cancels, takes payments and checks
    in the places it made; books private sessions; sometimes signs in as the admin."""

    def __init__(self, db: Database, plan: DeskPlan, result: DeskResult) -> None:
        self.db, self.plan, self.result = db, plan, result
        self.random = random.Random(plan.desk)
        self.mine: dict[int, str] = {}  # its places: booking -> what it last did ("pending", "paid", "in")
        self.times = start_times(OPENS, CLOSES, step_minutes=30, duration_minutes=MINUTES)
        self.classes = list(plan.classes)  # the timetable's, and the one-off classes this desk added
        self.added: list[int] = []
        self.waiting: list[int] = []  # the waitlist entries it made (moved up or left since, maybe)
        self.wish = (self.classes[0], plan.clients[0])  # the last place it tried: (class, client)
        # The first desk's admin cancels one class of the timetable once in the run, with its
        # places and waitlist; the others cancel only one-off classes they added themselves.
        self.may_cancel_timetable = plan.desk == 0

    def step(self) -> None:
        action = self.random.choices(ACTIONS, WEIGHTS)[0]
        work = self._work(action)
        if work is None:  # an action on a place (or a class) of its own, and it has none: it books
            action, work = BOOK, self._work(BOOK)
        assert work is not None
        if self._timed(action, work) == FULL:  # the desk offers the full class's waitlist at once
            occurrence, client = self.wish
            self._timed(JOIN, lambda: self._join(occurrence, client))

    def _own(self, state: str) -> int | None:
        mine = sorted(booking for booking, was in self.mine.items() if was == state)
        return self.random.choice(mine) if mine else None

    def _work(self, action: str) -> Callable[[], object] | None:  # noqa: C901 - one branch per action
        db, actor, pick = self.db, self.plan.actor, self.random.choice
        occurrence, client = pick(self.classes), pick(self.plan.clients)
        if action == BOOK:
            self.wish = (occurrence, client)

            def book() -> object:
                place = services.book_place(db, actor, occurrence_id=occurrence, client_id=client)
                self.mine[place.id] = "pending"
                self.result.placed.append((place.id, client, occurrence))
                return place
            return book
        if action == JOIN:
            return lambda: self._join(occurrence, client)
        if action == LEAVE:
            if not self.waiting:
                return None
            entry = self.waiting.pop(self.random.randrange(len(self.waiting)))  # asked once
            return lambda: services.leave_waitlist(db, actor, entry)
        if action in (CANCEL, PAY, CHECK_IN):
            booking = self._own({PAY: "pending", CHECK_IN: "paid"}.get(action, "pending"))
            if booking is None and action == CANCEL:  # a paid place, or one checked in (it leaves the roster)
                booking = self._own("paid") or self._own("in")
            if booking is None:
                return None
            return lambda: self._on_own(action, booking)
        if action == READ:
            return lambda: services.get_occurrence(db, occurrence)
        if action == ROSTER:
            return lambda: services.class_roster(db, actor, occurrence)
        if action == PRIVATE:
            number = self.random.randrange(len(self.plan.coaches))
            day = FIRST_DAY + dt.timedelta(days=self.random.randrange(DAYS))
            course = self.plan.private_courses[number]
            return lambda: services.create_booking(db, actor, client_id=client, course_id=course, date=day,
                                                   start_time=pick(self.times))
        if action == ADD_CLASS:
            number = self.random.randrange(len(self.plan.coaches))
            day = FIRST_DAY + dt.timedelta(days=self.random.randrange(DAYS))
            def add() -> object:
                added = services.add_class(
                    db, self.plan.admin, course_id=self.plan.class_courses[number], date=day,
                    start_time=pick(self.times), room_id=pick(self.plan.rooms),
                )
                self.added.append(added.id)
                self.classes.append(added.id)
                return added
            return add
        if self.may_cancel_timetable:
            self.may_cancel_timetable = False
        elif self.added:
            occurrence = self.added.pop(self.random.randrange(len(self.added)))
            self.classes.remove(occurrence)  # not booked into any more
        else:
            return None
        return lambda: services.cancel_occurrence(db, self.plan.admin, occurrence, reason="Coach is ill")

    def _join(self, occurrence: int, client: int) -> object:
        joined = services.join_waitlist(self.db, self.plan.actor, occurrence_id=occurrence, client_id=client)
        self.waiting.append(joined.entry_id)
        return joined

    def _on_own(self, action: str, booking: int) -> object:
        if action == CANCEL:
            refund = services.NO_REFUND if self.mine[booking] != "pending" else None
            del self.mine[booking]  # asked once: canceled, or canceled before by the class's cancel
            return services.cancel_booking(self.db, self.plan.actor, booking, reason="Client called",
                                           refund=refund)
        if action == PAY:
            self.mine[booking] = "gone"  # until it is paid
            paid = services.mark_paid(self.db, self.plan.actor, booking, method="cash")
            self.mine[booking] = "paid"
            return paid
        self.mine[booking] = "in"
        return services.check_in(self.db, self.plan.actor, booking)

    def _timed(self, action: str, work: Callable[[], object]) -> str:
        began = time.perf_counter_ns()
        outcome = OK
        try:
            work()
        except services.ClassFull:
            outcome = FULL
        except (services.SlotConflict, services.InvalidTransition) as error:
            outcome = CONFLICT
            self.result.reasons[f"{action}: {error.template}"] += 1
        except services.DatabaseUnavailable as error:
            outcome = BUSY
            self.result.reasons[f"{action}: busy: {error.message}"] += 1
        except services.DomainError as error:
            outcome = REFUSED
            self.result.reasons[f"{action}: {error.template}"] += 1
            if error.template not in EXPECTED_REFUSALS:
                self.result.unexpected.append(f"{action}: {error.message}")
        except Exception as error:  # anything else is a finding, reported, never hidden
            outcome = FAILED
            self.result.failures.append(f"{action}: {type(error).__name__}: {error}")
        self.result.latencies_ns[action].append(time.perf_counter_ns() - began)
        self.result.outcomes[action, outcome] += 1
        return outcome


# -- the monitor and the checks afterwards ------------------------------------------------------


@dataclass
class Watch:
    """The most each promise was broken by in one sample, and the coaches' overlaps."""

    samples: int = 0
    sample_ns: list[int] = field(default_factory=list)
    worst: Counter[str] = field(default_factory=Counter)
    coach_overlaps: int = 0

    def sample(self, db: Database) -> None:
        began = time.perf_counter_ns()
        with db.read_session() as session:
            seen: ClassRules = class_rules(session.connection())
        overlaps = count_overlapping_pairs(db)
        self.sample_ns.append(time.perf_counter_ns() - began)
        self.samples += 1
        for name, count in seen.broken().items():
            self.worst[name] = max(self.worst[name], count)
        self.coach_overlaps = max(self.coach_overlaps, overlaps)


def _check(db: Database, placed: list[tuple[int, int, int]]) -> tuple[list[str], int, int]:
    """Places a desk was told it made that the database does not hold as made; bookings whose
    history does not replay to their status; how many places the waitlists made."""
    with db.read_session() as session:
        held = {row[0]: (row[1], row[2]) for row in session.execute(
            text("SELECT id, client_id, occurrence_id FROM bookings WHERE occurrence_id IS NOT NULL"))}
        promoted = int(session.execute(text(
            "SELECT count(*) FROM bookings WHERE waitlist_entry_id IS NOT NULL AND hold_until IS NOT NULL"
        )).scalar_one())
    missing = [f"place {booking} of client {client} in class {occurrence}: the database holds "
               f"{held.get(booking, 'nothing')}" for booking, client, occurrence in placed
               if held.get(booking) != (client, occurrence)]
    return missing, len(bookings_without_matching_history(db)), promoted


def _report(
    backend: str, desks: int, results: list[DeskResult], lost: list[str], watch: Watch, missing: list[str],
    unrecorded: int, promoted: int,
) -> Outcome:
    latencies: dict[str, list[int]] = defaultdict(list)
    outcomes: Counter[tuple[str, str]] = Counter()
    reasons: Counter[str] = Counter()
    for result in results:
        for action, samples in result.latencies_ns.items():
            latencies[action].extend(samples)
        outcomes.update(result.outcomes)
        reasons.update(result.reasons)
    failures = [line for result in results for line in result.failures] + lost
    unexpected = [line for result in results for line in result.unexpected]
    attempts = sum(outcomes.values())
    elapsed = max((result.elapsed_s for result in results), default=0.0)
    per_s = attempts / elapsed if elapsed else 0.0

    def p(action: str, fraction: float) -> float | None:
        samples = latencies.get(action)
        return round(percentile_ms(samples, fraction), 2) if samples else None

    print(f"{attempts} attempts in {elapsed:.1f} s: {per_s:.1f} attempts/s")
    print(f"{'action':<18}{'count':>7}" + "".join(f"{kind:>9}" for kind in OUTCOMES)
          + f"{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for action in ACTIONS:
        if latencies.get(action):
            print(f"{action:<18}{len(latencies[action]):>7}"
                  + "".join(f"{outcomes[action, kind]:>9}" for kind in OUTCOMES)
                  + f"{p(action, 0.5):>9.2f}{p(action, 0.95):>9.2f}{p(action, 1.0):>9.0f}")
    for reason, count in reasons.most_common(12):
        print(f"  x{count}: {reason}")
    for line, count in Counter(unexpected + failures).most_common(10):
        print(f"unexpected x{count}: {line}")
    sample_p50 = f"{percentile_ms(watch.sample_ns, 0.5):.1f}" if watch.sample_ns else "-"
    print(f"monitor: {watch.samples} samples (p50 {sample_p50} ms); worst in one sample: "
          f"{dict(watch.worst) or 'nothing broken'}, {watch.coach_overlaps} coach overlaps")
    print(f"checks: {len(missing)} acknowledged places missing, {unrecorded} bookings whose history "
          f"does not replay, {promoted} places made by the waitlists")
    for line in missing[:10]:
        print(f"  {line}")

    check_in, read = p(CHECK_IN, 0.5), p(READ, 0.5)
    figures: dict[str, object] = {
        "backend": backend,
        "desks": desks,
        "seconds": round(elapsed, 1),
        "attempts": attempts,
        "attempts_per_s": round(per_s, 1),
        "places_booked": outcomes[BOOK, OK],
        "class_full": outcomes[BOOK, FULL],
        "waitlist_joined": outcomes[JOIN, OK],
        "waitlist_left": outcomes[LEAVE, OK],
        "places_canceled": outcomes[CANCEL, OK],
        "promoted": promoted,
        "check_ins": outcomes[CHECK_IN, OK],
        "busy": sum(count for (_, outcome), count in outcomes.items() if outcome == BUSY),
        "book_place_p50_ms": p(BOOK, 0.5),
        "book_place_p95_ms": p(BOOK, 0.95),
        "cancel_p50_ms": p(CANCEL, 0.5),
        "roster_check_in_p50_ms": check_in,
        "roster_check_in_p95_ms": p(CHECK_IN, 0.95),
        "plain_read_p50_ms": read,
        "check_in_vs_read": round(check_in / read, 1) if check_in and read else None,
        "class_roster_p50_ms": p(ROSTER, 0.5),
        "samples": watch.samples,
        "oversold": watch.worst["oversold"],
        "double_placed": watch.worst["double_placed"],
        "promoted_twice": watch.worst["promoted_twice"],
        "promoted_out_of_order": watch.worst["promoted_out_of_order"],
        "canceled_with_places": watch.worst["canceled_with_places"],
        "checked_in_unpaid": watch.worst["checked_in_unpaid"],
        "counter_mismatches": watch.worst["counter_mismatches"],
        "coach_overlaps": watch.coach_overlaps,
        "missing_acknowledged": len(missing),
        "audit_mismatches": unrecorded,
        "unexpected_refusals": len(unexpected),
        "failures": len(failures),
    }
    problems = [f"{name}: {figures[name]}" for name in (
        "oversold", "double_placed", "promoted_twice", "promoted_out_of_order", "canceled_with_places",
        "checked_in_unpaid", "counter_mismatches", "coach_overlaps", "missing_acknowledged",
        "audit_mismatches",
    ) if figures[name]]
    if unexpected:
        problems.append(f"{len(unexpected)} refusals no race should cause (first: {unexpected[0]})")
    if failures:
        problems.append(f"{len(failures)} unexpected failures (first: {failures[0]})")
    return Outcome(figures, problems)
