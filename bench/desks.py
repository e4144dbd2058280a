"""Benchmark `desks`: busy desk processes search, book, take payments, confirm, complete, cancel
and move bookings at random on one database, all wanting the same few popular times.

Each desk keeps every write a service acknowledged (it returned). Afterwards the database must
hold every one of them with its line of history, each booking's history must replay to its
status, and no two active bookings of a coach may overlap. Refusals (the slot is taken, another
desk moved the booking on first) are the desks' everyday life, counted, never failures; a busy
database (SQLite's write lock past busy_timeout) is counted apart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

from sqlalchemy import select
from sqlalchemy.engine import URL, make_url

from bench.common import Outcome, percentile_ms
from bench.desk_processes import START_TIMEOUT_S, run_desks
from studio_desk import services
from studio_desk.db import Database
from studio_desk.models import ACTIVE_STATUSES, Booking, BookingAction, BookingStatus, Payment, StatusChange
from studio_desk.services import BookingFilter, BookingView
from studio_desk.services.integrity import bookings_without_matching_history, count_overlapping_pairs
from studio_desk.services.bookings.status import RULES
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import build_studio

DESKS_DEFAULT, SECONDS_DEFAULT = 8, 60.0
DESKS_QUICK, SECONDS_QUICK = 3, 4.0
# Beyond the run itself: a desk finishes its last action and hands over what it acknowledged.
FINISH_GRACE_S = 120.0
# The day before the studio of tests/support/studio.py opens (hours from Monday 20 October
# 2025), so no popular slot is ever past; a desk moves its clock only to complete a session.
DESK_NOW = dt.datetime(2025, 10, 19, 8, 0, tzinfo=JAKARTA)
# Few days and start times half a session apart: desks want the same times and their
# neighbours, so conflicts are the rule and the slots free up only by cancels and completions.
POPULAR_DAYS = tuple(dt.date(2025, 10, 27) + dt.timedelta(days=offset) for offset in range(4))
POPULAR_TIMES = tuple(dt.time(hour, minute) for hour in (9, 10, 17, 18) for minute in (0, 30))
EXTRA_CLIENTS = ("Ayu Lestari", "Budi Santoso", "Citra Dewi", "Dimas Pratama", "Eka Putri",
                 "Fajar Nugroho", "Gita Sari", "Hadi Wijaya")
SEARCH_TEXTS = ("yoga", "pilates", "hiit", "doe", "sari", "putri", "0812", "budi")
PAGE = 50

ACTIONS = ("search", "free_times", "create", "pay", "confirm", "complete", "cancel", "reschedule")
WEIGHTS = (22, 6, 22, 14, 10, 9, 8, 9)
WRITES = {"create", "pay", "confirm", "complete", "cancel", "reschedule"}
# The statuses a desk looks for in what it knows before trying each action on a booking.
WANTS: dict[str, frozenset[BookingStatus]] = {
    "pay": frozenset({BookingStatus.PENDING}),
    "confirm": frozenset({BookingStatus.PAID}),
    "complete": frozenset({BookingStatus.CONFIRMED}),
    "cancel": ACTIVE_STATUSES,
    "reschedule": ACTIVE_STATUSES,
}
OK, CONFLICT, REFUSED, BUSY, FAILED = "ok", "conflict", "refused", "busy", "failed"
OUTCOMES = (OK, CONFLICT, REFUSED, BUSY, FAILED)

# An acknowledged write: booking id, action, the status and version the service returned.
Ack = tuple[int, str, str, int]


@dataclass(frozen=True)
class DeskPlan:
    url: str
    desk: int
    seconds: float
    receptionist: services.Actor
    coach_actors: dict[int, services.Actor]  # coach id -> that coach signed in
    courses: tuple[int, ...]
    client_ids: tuple[int, ...]


@dataclass
class DeskResult:
    desk: int
    elapsed_s: float = 0.0
    latencies_ns: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)  # refusals and busy, by message
    failures: list[str] = field(default_factory=list)
    acks: list[Ack] = field(default_factory=list)


def run(url: URL, options: argparse.Namespace) -> Outcome:
    desks = options.desks or (DESKS_QUICK if options.quick else DESKS_DEFAULT)
    default_s = SECONDS_QUICK if options.quick else SECONDS_DEFAULT
    seconds = options.minutes * 60 if options.minutes else default_s
    db = Database.open(url, clock=SettableClock(DESK_NOW), migrate=True)
    try:
        backend = db.backend
        print(f"backend: {backend} ({db.describe()})")
        studio = build_studio(db)
        extra = tuple(services.create_client(db, name=name, phone=f"0812 7000 {number:04d}").id
                      for number, name in enumerate(EXTRA_CLIENTS))
        plans = [
            DeskPlan(
                url.render_as_string(hide_password=False), desk, seconds, studio.desk,
                {studio.coach_a: studio.coach_a_actor, studio.coach_b: studio.coach_b_actor},
                (studio.yoga, studio.pilates, studio.hiit), (studio.john, studio.jane, *extra),
            )
            for desk in range(desks)
        ]
        print(f"{desks} desks for {seconds:.0f} s on {len(POPULAR_DAYS)} days x {len(POPULAR_TIMES)} "
              f"popular start times of 2 coaches (3 courses)")
        results, lost = _run_desks(plans)
        checks = check_database(db, [ack for result in results for ack in result.acks])
    finally:
        db.dispose()
    return _report(backend, desks, seconds, results, lost, checks)


# -- the desks ----------------------------------------------------------------------------------


def _run_desks(plans: list[DeskPlan]) -> tuple[list[DeskResult], list[str]]:
    """One process per desk, released together; what each one did, and the desks that never said."""
    run = run_desks(desk_main, [(plan,) for plan in plans], plans[0].seconds + FINISH_GRACE_S)
    return run.results, run.lost


def desk_main(plan: DeskPlan, barrier: Barrier, results: Queue[DeskResult]) -> None:
    """One desk in its own process, with its own Database and clock, busy until its time is up."""
    result = DeskResult(plan.desk)
    db = None
    try:
        clock = SettableClock(DESK_NOW)
        db = Database.open(make_url(plan.url), migrate=False, clock=clock)
        services.get_settings(db)  # warm, as a desk that is already running is
        desk = Desk(db, clock, plan, result)
        barrier.wait(START_TIMEOUT_S)
        began = time.perf_counter()
        while time.perf_counter() - began < plan.seconds:
            desk.step()
        result.elapsed_s = time.perf_counter() - began
    except Exception as error:
        result.failures.append(f"desk {plan.desk} stopped: {type(error).__name__}: {error}")
    finally:
        results.put(result)
        if db is not None:
            db.dispose()


class Desk:
    """A receptionist (and the coaches at the same PC) working on the bookings it knows of:
    its own acknowledged ones and those its searches found."""

    def __init__(self, db: Database, clock: SettableClock, plan: DeskPlan, result: DeskResult) -> None:
        self.db, self.clock, self.plan, self.result = db, clock, plan, result
        self.random = random.Random(plan.desk)
        self.known: dict[int, BookingView] = {}  # active bookings only
        self.serial = 0

    def step(self) -> None:
        action = self.random.choices(ACTIONS, WEIGHTS)[0]
        target = None
        if action in WANTS:
            target = self._pick(WANTS[action])
            if target is None:  # nothing to act on: look the list up, as a person would
                action, work = "search", self._search_for(WANTS[action])
            else:
                work = self._operation(action, target)
        else:
            work = self._operation(action, None)
        began = time.perf_counter_ns()
        outcome, answer = self._attempt(action, work)
        self.result.latencies_ns[action].append(time.perf_counter_ns() - began)
        self.result.outcomes[action, outcome] += 1
        if outcome == OK:
            self._learn(action, answer)
        elif outcome == REFUSED and target is not None:
            self.known.pop(target.id, None)  # moved on elsewhere: find it again by searching

    def _attempt(self, action: str, work: Callable[[], object]) -> tuple[str, object]:
        try:
            return OK, work()
        except services.SlotConflict:
            return CONFLICT, None
        except (services.InvalidTransition, services.ValidationError) as error:
            self.result.reasons[f"{action}: {type(error).__name__}: {_general(error.message)}"] += 1
            return REFUSED, None
        except services.DatabaseUnavailable as error:
            self.result.reasons[f"{action}: busy: {error.message}"] += 1
            return BUSY, None
        except Exception as error:  # anything else is a finding, reported, never hidden
            self.result.failures.append(f"{action}: {type(error).__name__}: {error}")
            return FAILED, None
        finally:
            self.clock.set(DESK_NOW)

    def _learn(self, action: str, answer: object) -> None:
        if isinstance(answer, services.BookingPage):
            for view in answer.rows:
                self._remember(view)
        elif isinstance(answer, BookingView):
            self.result.acks.append((answer.id, action, answer.status.value, answer.version))
            self._remember(answer)

    def _remember(self, view: BookingView) -> None:
        if view.status not in ACTIVE_STATUSES:
            self.known.pop(view.id, None)
        elif view.id not in self.known or self.known[view.id].version <= view.version:
            self.known[view.id] = view

    def _pick(self, statuses: frozenset[BookingStatus]) -> BookingView | None:
        fitting = [view for view in self.known.values() if view.status in statuses]
        return self.random.choice(fitting) if fitting else None

    def _operation(self, action: str, target: BookingView | None) -> Callable[[], object]:
        db, pick, desk = self.db, self.random.choice, self.plan.receptionist
        if action == "search":
            if self.random.random() < 0.5:
                return self._search_for(frozenset({pick(sorted(ACTIVE_STATUSES))}))
            where = BookingFilter(text=pick(SEARCH_TEXTS), statuses=ACTIVE_STATUSES)
            return lambda: services.list_bookings(db, where, limit=PAGE, sort="created_at", descending=True)
        if action == "free_times":
            course, day = pick(self.plan.courses), pick(POPULAR_DAYS)
            return lambda: services.free_start_times(db, course, day)
        if action == "create":
            client, course = pick(self.plan.client_ids), pick(self.plan.courses)
            day, start = pick(POPULAR_DAYS), pick(POPULAR_TIMES)
            return lambda: services.create_booking(
                db, desk, client_id=client, course_id=course, date=day, start_time=start
            )
        assert target is not None
        booking, coach = target.id, self.plan.coach_actors[target.coach_id]
        if action == "pay":
            self.serial += 1
            method = pick(("cash", "card", "qris"))
            reference = None if method == "cash" else f"D{self.plan.desk}-{self.serial}"
            return lambda: services.mark_paid(db, desk, booking, method=method, reference=reference).booking
        if action == "confirm":
            return lambda: services.confirm_booking(db, coach, booking)
        if action == "complete":
            began = target.start_at + dt.timedelta(minutes=5)

            def complete() -> BookingView:
                self.clock.set(began)  # the session has started; _attempt sets the clock back
                return services.complete_booking(db, coach, booking)
            return complete
        if action == "cancel":
            # The desk's view decides the refund choice; if another desk took the money since,
            # the service refuses and asks for the choice, as it would at a real desk.
            refund = None if target.status is BookingStatus.PENDING else services.NO_REFUND
            return lambda: services.cancel_booking(
                db, desk, booking, reason="Client called to cancel", refund=refund
            )
        current = target.start_at.replace(tzinfo=None)
        day, start = self._other_slot(current)
        return lambda: services.reschedule_booking(
            db, desk, booking, date=day, start_time=start, reason="Client asked to move"
        )

    def _search_for(self, statuses: frozenset[BookingStatus]) -> Callable[[], object]:
        where = BookingFilter(statuses=statuses)
        sort = self.random.choice(("start_at", "created_at"))
        return lambda: services.list_bookings(self.db, where, limit=PAGE, sort=sort, descending=True)

    def _other_slot(self, current: dt.datetime) -> tuple[dt.date, dt.time]:
        while True:
            day, start = self.random.choice(POPULAR_DAYS), self.random.choice(POPULAR_TIMES)
            if dt.datetime.combine(day, start) != current:
                return day, start


def _general(message: str) -> str:
    """A refusal's message without the booking's own details, so equal refusals count together."""
    return message.split(" (")[0].split(". Current status")[0]


# -- the checks afterwards ----------------------------------------------------------------------


@dataclass
class Checks:
    overlaps: int
    bookings: int
    history_lines: int
    acknowledged: int
    missing: list[str]
    audit: list[str]
    payments: list[str]


def check_database(db: Database, acks: list[Ack]) -> Checks:
    """Compare what the desks were told with what the database holds; asked of the database."""
    overlaps = count_overlapping_pairs(db)
    unreplayed = set(bookings_without_matching_history(db))
    with db.read_session() as session:
        bookings = {row.id: row for row in session.execute(select(Booking.id, Booking.status, Booking.version,
                                                                  Booking.price))}
        history: dict[int, list[StatusChange]] = defaultdict(list)
        for line in session.scalars(select(StatusChange).order_by(StatusChange.booking_id, StatusChange.id)):
            history[line.booking_id].append(line)
        paid: dict[int, list[int]] = defaultdict(list)
        for booking_id, amount in session.execute(select(Payment.booking_id, Payment.amount)):
            paid[booking_id].append(amount)
    history_lines = sum(len(lines) for lines in history.values())
    audit = [f"booking {booking}: integrity check finds its history does not end in its status"
             for booking in sorted(unreplayed)]
    payments: list[str] = []
    for booking, row in bookings.items():
        problem = _replay_problem(history.get(booking, []), row.status, row.version)
        if problem and booking not in unreplayed:
            audit.append(f"booking {booking}: {problem}")
        was_paid = any(line.action is BookingAction.PAY for line in history.get(booking, []))
        expected = [row.price] if was_paid else []
        if sorted(paid.get(booking, [])) != expected:
            payments.append(f"booking {booking}: payment lines {paid.get(booking, [])}, expected {expected}")
    missing: list[str] = []
    winners: Counter[tuple[int, int]] = Counter()
    for booking, action, status, version in acks:
        row = bookings.get(booking)
        if row is None:
            missing.append(f"{action} of booking {booking} acknowledged, the booking is not there")
            continue
        winners[booking, version] += 1
        if winners[booking, version] == 2:
            missing.append(f"booking {booking}: two desks were told they made version {version}")
        if version > row.version:
            missing.append(f"{action} of booking {booking} acknowledged as version {version}, "
                           f"the booking is at version {row.version}")
            continue
        # Version v is the booking after its v-th history line (creation makes version 1).
        lines = history.get(booking, [])
        line = lines[version - 1] if version <= len(lines) else None
        if line is None or line.action.value != action or line.to_status.value != status:
            audit.append(f"{action} of booking {booking} to {status} (version {version}) acknowledged, "
                         f"its history line is {_describe(line)}")
    return Checks(overlaps, len(bookings), history_lines, len(acks), missing, audit, payments)


def _replay_problem(lines: list[StatusChange], status: BookingStatus, version: int) -> str | None:
    """Why the history does not lead, one allowed step at a time, to the booking as it is."""
    if not lines or lines[0].action is not BookingAction.CREATE or lines[0].from_status is not None:
        return "its history does not start with its creation"
    previous = lines[0].to_status
    for line in lines[1:]:
        rule = RULES.get(line.action)
        if rule is None or line.from_status is not previous or previous not in rule.from_statuses or \
                line.to_status is not (rule.to_status or previous):
            return f"history line {line.id} ({_describe(line)}) does not follow from {previous.value}"
        previous = line.to_status
    if previous is not status:
        return f"its history ends in {previous.value}, the booking is {status.value}"
    if len(lines) != version:
        return f"{len(lines)} history lines for version {version}"
    return None


def _describe(line: StatusChange | None) -> str:
    if line is None:
        return "missing"
    before = line.from_status.value if line.from_status else "-"
    return f"{line.action.value} {before} -> {line.to_status.value}"


# -- the report ---------------------------------------------------------------------------------


def _report(
    backend: str, desks: int, seconds: float, results: list[DeskResult], lost: list[str], checks: Checks
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
    actions = sum(outcomes.values())
    elapsed = max((result.elapsed_s for result in results), default=0.0)
    per_s = actions / elapsed if elapsed else 0.0
    every = [sample for samples in latencies.values() for sample in samples]
    totals = {outcome: sum(count for (_, kind), count in outcomes.items() if kind == outcome)
              for outcome in OUTCOMES}

    print(f"{actions} actions in {elapsed:.1f} s: {per_s:.1f} actions/s "
          f"({checks.acknowledged / elapsed if elapsed else 0.0:.1f} acknowledged writes/s); "
          + ", ".join(f"{totals[outcome]} {outcome}" for outcome in OUTCOMES))
    print(f"{'action':<11}{'count':>7}" + "".join(f"{outcome:>9}" for outcome in OUTCOMES)
          + f"{'p50 ms':>9}{'p95 ms':>9}")
    p95_by_action: dict[str, float] = {}
    for action in ACTIONS:
        samples = latencies.get(action, [])
        if not samples:
            continue
        p95_by_action[action] = round(percentile_ms(samples, 0.95), 2)
        print(f"{action:<11}{len(samples):>7}" + "".join(f"{outcomes[action, o]:>9}" for o in OUTCOMES)
              + f"{percentile_ms(samples, 0.5):>9.2f}{p95_by_action[action]:>9.2f}")
    for reason, count in reasons.most_common(12):
        print(f"  x{count}: {reason}")
    for line, count in Counter(failures).most_common(10):
        print(f"failure x{count}: {line}")
    print(f"checks: {checks.overlaps} overlapping pairs; {len(checks.missing)} of {checks.acknowledged} "
          f"acknowledged writes missing; {len(checks.audit)} audit mismatches over {checks.bookings} "
          f"bookings and {checks.history_lines} history lines; {len(checks.payments)} payment mismatches")
    for line in (checks.missing + checks.audit + checks.payments)[:20]:
        print(f"  {line}")

    problems: list[str] = []
    if checks.overlaps:
        problems.append(f"{checks.overlaps} overlapping pairs of active bookings")
    if checks.missing:
        problems.append(f"{len(checks.missing)} acknowledged writes missing from the database")
    if checks.audit:
        problems.append(f"{len(checks.audit)} audit mismatches between bookings, acks and their history")
    if checks.payments:
        problems.append(f"{len(checks.payments)} bookings whose payment lines do not match their history")
    if failures:
        problems.append(f"{len(failures)} unexpected failures (first: {failures[0]})")
    figures: dict[str, object] = {
        "backend": backend,
        "desks": desks,
        "seconds": round(elapsed, 1),
        "actions": actions,
        "acknowledged": checks.acknowledged,
        "refused": totals[REFUSED],
        "busy": totals[BUSY],
        "failures": len(failures),
        "bookings": checks.bookings,
        "payment_mismatches": len(checks.payments),
        "p95_ms_by_action": p95_by_action,
        "p50_ms": round(percentile_ms(every, 0.5), 2) if every else None,
        "acknowledged_per_s": round(checks.acknowledged / elapsed, 1) if elapsed else 0.0,
        "actions_per_s": round(per_s, 1),
        "p95_ms": round(percentile_ms(every, 0.95), 2) if every else None,
        "conflicts": totals[CONFLICT],
        "overlaps": checks.overlaps,
        "missing_acknowledged": len(checks.missing),
        "audit_mismatches": len(checks.audit),
    }
    return Outcome(figures, problems)
