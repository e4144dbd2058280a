"""Benchmark `packs`: desk processes race for the last credits of the same clients' packs and the
last places of one membership, while they also make plain bookings.

Each desk books with a coach of its own, so no two desks ever want the same time: what they
fight over is the packs. A pack has few credits, so its last one comes round often; the desk
that hears it is used up sells the client a fresh one. The membership allows K bookings open at
once; desks cancel theirs now and then, early, which gives the place back. A monitor in the
parent samples the packs and their ledger every SAMPLE_EVERY_S, each sample one snapshot
(a read transaction: REPEATABLE READ on PostgreSQL), because a limit broken for a moment and
put right later would be invisible at the end. The database must never show a pack below zero,
a booking with two credits, credits used beyond what a pack had, or a membership over K.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from bench.common import FIRST_DAY, Outcome, open_database, percentile_ms, seed_studio, start_times
from bench.desk_processes import START_TIMEOUT_S, run_desks
from studio_desk import services
from studio_desk.db import Database
from studio_desk.models import ProductKind
from studio_desk.services import database_refusals
from studio_desk.services.packs import use
from tests.support.packs import add_product

DESKS_DEFAULT, SECONDS_DEFAULT = 8, 60.0
DESKS_QUICK, SECONDS_QUICK = 3, 4.0
PACK_SESSIONS = 3  # few: the last credit of a pack is fought over every few bookings
MEMBERSHIP_LIMIT = 3  # K: bookings a membership may have open at once
PACK_CLIENTS = 2  # clients whose packs every desk books with
SAMPLE_EVERY_S = 0.05
OPENS, CLOSES = dt.time(6, 0), dt.time(22, 0)
DURATION_MINUTES = 30
# Each coach works every day (weekly hours), so a desk books its coach's next free time for
# as long as it runs: 32 times a day for this many days is far more than a desk books in a
# run. The packs stay valid past the last of them.
DAYS_OF_HOURS = 3000
VALID_DAYS = DAYS_OF_HOURS + 30
# Beyond the run itself: a desk finishes its last action and hands over what it did.
FINISH_GRACE_S = 120.0

CREDIT, MEMBERSHIP, CANCEL, PLAIN = "book_with_credit", "book_with_membership", "cancel", "create"
# After a desk heard the last credit is gone: the client's packs looked up, a fresh one sold.
LOOK, SELL = "client_packs", "sell"
ACTIONS = (CREDIT, MEMBERSHIP, CANCEL, PLAIN)
WEIGHTS = (5, 3, 2, 2)
OK, REFUSED, BUSY, FAILED = "ok", "refused", "busy", "failed"
OUTCOMES = (OK, REFUSED, BUSY, FAILED)
# What a desk that lost a race for a pack hears: the service's own check (it waited for the
# pack, then saw what the winner left), or the database's refusal as a sentence.
EXPECTED_REFUSALS = frozenset({
    use._USED_UP, use._FULL, use._NO_PACK,
    database_refusals.PACK_REFUSALS["ck_packs_balance_not_negative"],
    database_refusals.PACK_REFUSALS["ck_packs_active_bookings_within_limit"],
})
# The refusals after which the desk sells the client a fresh pack.
RESTOCK_AFTER = frozenset({use._USED_UP, use._NO_PACK,
                           database_refusals.PACK_REFUSALS["ck_packs_balance_not_negative"]})
ACTIVE = "('pending', 'paid', 'confirmed')"


@dataclass(frozen=True)
class DeskPlan:
    url: str
    desk: int
    seconds: float
    actor: services.Actor
    course_id: int  # its own coach's: no other desk books that coach
    pack_clients: tuple[int, ...]
    pack_product: int
    member_client: int
    plain_client: int


@dataclass
class DeskResult:
    desk: int
    elapsed_s: float = 0.0
    latencies_ns: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)  # refusals and busy, by template
    unexpected: list[str] = field(default_factory=list)  # refusals no race should cause
    failures: list[str] = field(default_factory=list)
    paid_with_pack: list[tuple[int, int]] = field(default_factory=list)  # (booking, client) acknowledged
    sold: int = 0  # fresh packs sold
    # Sales not made: a desk told the last credit was gone found credits when it came to sell
    # (another desk had just sold a pack, or a cancel had given a credit back). Not a broken rule.
    restock_skipped: int = 0
    out_of_hours: bool = False


def run(url: URL, options: argparse.Namespace) -> Outcome:
    desks = options.desks or (DESKS_QUICK if options.quick else DESKS_DEFAULT)
    default_s = SECONDS_QUICK if options.quick else SECONDS_DEFAULT
    seconds = options.minutes * 60 if options.minutes else default_s
    db = open_database(url)
    try:
        backend = db.backend
        print(f"backend: {backend} ({db.describe()})")
        studio = seed_studio(
            db, coaches=desks, days=1, clients=PACK_CLIENTS + 1 + desks, opens=OPENS, closes=CLOSES,
            duration_minutes=DURATION_MINUTES,
        )
        every_day = {weekday: [(OPENS, CLOSES)] for weekday in range(7)}
        for coach in studio.coach_ids:
            services.set_weekly_hours(
                db, studio.admin, coach_id=coach, valid_from=FIRST_DAY, windows=every_day
            )
        pack_clients, member_client = studio.client_ids[:PACK_CLIENTS], studio.client_ids[PACK_CLIENTS]
        pack_product = add_product(db, name=f"{PACK_SESSIONS} sessions", sessions=PACK_SESSIONS,
                                   valid_days=VALID_DAYS)
        membership = add_product(db, name="Unlimited", kind=ProductKind.MEMBERSHIP,
                                 max_active=MEMBERSHIP_LIMIT, valid_days=VALID_DAYS)
        sales = [*((client, pack_product) for client in pack_clients), (member_client, membership)]
        for client, product in sales:
            services.sell_pack(db, studio.actor, client_id=client, product_id=product, method="cash")
        url_text = url.render_as_string(hide_password=False)
        plans = [
            DeskPlan(url_text, desk, seconds, studio.actor, studio.course_ids[desk], pack_clients,
                     pack_product, member_client, studio.client_ids[PACK_CLIENTS + 1 + desk])
            for desk in range(desks)
        ]
        print(f"{desks} desks for {seconds:.0f} s: packs of {PACK_SESSIONS} credits of {PACK_CLIENTS} "
              f"clients, one membership of at most {MEMBERSHIP_LIMIT} open bookings, plain bookings; "
              f"sampled every {SAMPLE_EVERY_S * 1000:.0f} ms")
        watch = Watch()

        def monitor() -> None:
            ends = time.perf_counter() + seconds
            while time.perf_counter() < ends:
                watch.sample(db)
                time.sleep(SAMPLE_EVERY_S)

        desk_run = run_desks(desk_main, [(plan,) for plan in plans], seconds + FINISH_GRACE_S, monitor)
        watch.sample(db)  # and once more when every desk is done
        acknowledged = [pair for result in desk_run.results for pair in result.paid_with_pack]
        checks = check_database(db, acknowledged, (*pack_clients, member_client))
    finally:
        db.dispose()
    return _report(backend, desks, desk_run.results, desk_run.lost, watch, checks)


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
        while time.perf_counter() - began < plan.seconds and not result.out_of_hours:
            desk.step()
        result.elapsed_s = time.perf_counter() - began
    except Exception as error:
        result.failures.append(f"desk {plan.desk} stopped: {type(error).__name__}: {error}")
    finally:
        results.put(result)  # first: closing the engine is not part of the race
        if db is not None:
            db.dispose()


class Desk:
    """A receptionist booking with packs, the membership and plain, at its own coach's next free
    time; now and then it cancels one of its bookings paid with the membership (early: the place
    goes back) or, holding none, with a pack (the credit goes back)."""

    def __init__(self, db: Database, plan: DeskPlan, result: DeskResult) -> None:
        self.db, self.plan, self.result = db, plan, result
        self.random = random.Random(plan.desk)
        days = (FIRST_DAY + dt.timedelta(days=offset) for offset in range(DAYS_OF_HOURS))
        self.slots: Iterator[tuple[dt.date, dt.time]] = (
            (day, start) for day in days for start in start_times(
                OPENS, CLOSES, step_minutes=DURATION_MINUTES, duration_minutes=DURATION_MINUTES)
        )
        self.slot = next(self.slots)
        # Its open bookings paid with the membership, and with each client's packs.
        self.mine: dict[int, list[int]] = {client: [] for client in (plan.member_client, *plan.pack_clients)}

    def step(self) -> None:
        action = self.random.choices(ACTIONS, WEIGHTS)[0]
        if action == CANCEL and not any(self.mine.values()):
            action = MEMBERSHIP
        client = self.plan.member_client
        if action == CREDIT:
            client = self.random.choice(self.plan.pack_clients)
        elif action == PLAIN:
            client = self.plan.plain_client
        refusal = self._timed(action, self._work(action, client))
        if action == CREDIT and refusal in RESTOCK_AFTER:
            self._restock(client)

    def _work(self, action: str, client: int) -> Callable[[], object]:
        db, actor, course = self.db, self.plan.actor, self.plan.course_id
        day, start = self.slot
        if action == CANCEL:
            held = self.mine[self.plan.member_client] or [
                booking for client in self.plan.pack_clients for booking in self.mine[client]
            ]
            booking = self.random.choice(held)
            for bookings in self.mine.values():
                if booking in bookings:
                    bookings.remove(booking)
            return lambda: services.cancel_booking(db, actor, booking, reason="Client called to cancel")
        if action == PLAIN:
            return lambda: self._booked(services.create_booking(
                db, actor, client_id=client, course_id=course, date=day, start_time=start))

        def book() -> object:
            booking = services.book_with_pack(db, actor, client_id=client, course_id=course, date=day,
                                              start_time=start)
            self.result.paid_with_pack.append((booking.id, client))
            self.mine[client].append(booking.id)
            return self._booked(booking)
        return book

    def _booked(self, booking: services.BookingView) -> services.BookingView:
        """The desk's time is taken: the next booking goes to the next one."""
        next_slot = next(self.slots, None)
        if next_slot is None:
            self.result.out_of_hours = True
        else:
            self.slot = next_slot
        return booking

    def _restock(self, client: int) -> None:
        """Sell the client a fresh pack, unless they have credits again by now."""
        credits: list[bool] = []
        self._timed(LOOK, lambda: credits.append(any(
            pack.state is services.PackState.OPEN and pack.balance > 0
            for pack in services.client_packs(self.db, self.plan.actor, client)
        )))
        if credits == [True]:
            self.result.restock_skipped += 1
        elif credits == [False]:
            self._timed(SELL, lambda: self._sell(client))

    def _sell(self, client: int) -> object:
        sale = services.sell_pack(
            self.db, self.plan.actor, client_id=client, product_id=self.plan.pack_product, method="cash"
        )
        self.result.sold += 1
        return sale

    def _timed(self, action: str, work: Callable[[], object]) -> str | None:
        """Do `work`, counting its outcome and time; the refusal's template when refused."""
        began = time.perf_counter_ns()
        outcome, refusal = OK, None
        try:
            work()
        except services.ValidationError as error:
            outcome, refusal = REFUSED, error.template
            self.result.reasons[f"{action}: {error.template}"] += 1
            if error.template not in EXPECTED_REFUSALS:
                self.result.unexpected.append(f"{action}: {error.message}")
        except services.DatabaseUnavailable as error:
            outcome = BUSY
            self.result.reasons[f"{action}: busy: {error.message}"] += 1
        except Exception as error:  # anything else is a finding, reported, never hidden
            outcome = FAILED
            self.result.failures.append(f"{action}: {type(error).__name__}: {error}")
        self.result.latencies_ns[action].append(time.perf_counter_ns() - began)
        self.result.outcomes[action, outcome] += 1
        return refusal


# -- the monitor --------------------------------------------------------------------------------

# Every pack with its counters and what its ledger says, in one statement (one snapshot).
PACKS_AND_LEDGER = text(f"""
    SELECT pack.id, pack.kind, pack.sessions, pack.max_active, pack.balance, pack.active_bookings,
        coalesce(sum(line.delta), 0) AS ledger,
        coalesce(sum(CASE WHEN line.kind = 'used' THEN 1 ELSE 0 END), 0) AS used,
        coalesce(sum(CASE WHEN line.kind = 'returned' THEN 1 ELSE 0 END), 0) AS returned,
        coalesce(sum(CASE WHEN line.kind = 'forfeited' THEN 1 ELSE 0 END), 0) AS forfeited,
        coalesce(sum(CASE WHEN line.kind = 'used' AND booking.status IN {ACTIVE} THEN 1 ELSE 0 END), 0)
            AS used_open
    FROM packs AS pack
    LEFT JOIN credit_lines AS line ON line.pack_id = pack.id
    LEFT JOIN bookings AS booking ON booking.id = line.booking_id
    GROUP BY pack.id, pack.kind, pack.sessions, pack.max_active, pack.balance, pack.active_bookings
""")
USED_TWICE = text(
    "SELECT count(*) FROM (SELECT booking_id FROM credit_lines WHERE kind = 'used' "
    "GROUP BY booking_id HAVING count(*) > 1) AS twice"
)


@dataclass
class Watch:
    """What the samples saw, at worst."""

    samples: int = 0
    sample_ns: list[int] = field(default_factory=list)
    overdrawn: set[int] = field(default_factory=set)  # packs below zero in some sample
    double_used: int = 0  # the most in one sample
    over_limit: int = 0  # memberships over their limit, the most in one sample
    mismatched: set[int] = field(default_factory=set)  # packs whose counters left their ledger

    def sample(self, db: Database) -> None:
        began = time.perf_counter_ns()
        with db.read_session() as session:
            packs = session.execute(PACKS_AND_LEDGER).all()
            twice = int(session.execute(USED_TWICE).scalar_one())
        self.sample_ns.append(time.perf_counter_ns() - began)
        self.samples += 1
        beyond = over = 0
        for pack in packs:
            if pack.balance < 0 or pack.ledger < 0:
                self.overdrawn.add(pack.id)
            if pack.balance != pack.ledger or pack.active_bookings != pack.used_open:
                self.mismatched.add(pack.id)
            if pack.kind == ProductKind.PACK.value:
                # Counted in lines, not in the ledger's deltas: credits its bookings hold.
                beyond += max(0, pack.used - pack.returned + pack.forfeited - pack.sessions)
            elif max(pack.active_bookings, pack.used_open) > pack.max_active:
                over += 1
        self.double_used = max(self.double_used, twice + beyond)
        self.over_limit = max(self.over_limit, over)


# -- the checks afterwards ----------------------------------------------------------------------


@dataclass
class Checks:
    missing: list[str]  # bookings a desk was told were paid with a pack, not so in the database
    half_written: int  # pending bookings of the pack clients: a refused booking left behind


def check_database(
    db: Database, acknowledged: list[tuple[int, int]], pack_clients: tuple[int, ...]
) -> Checks:
    with db.read_session() as session:
        credits: dict[int, int] = dict(session.execute(text(
            # Per booking: its `used` lines in packs of its own client.
            "SELECT booking.id, count(pack.id) FROM bookings AS booking "
            "LEFT JOIN credit_lines AS line ON line.booking_id = booking.id AND line.kind = 'used' "
            "LEFT JOIN packs AS pack ON pack.id = line.pack_id AND pack.client_id = booking.client_id "
            "GROUP BY booking.id"
        )).tuples().all())
        clients = ", ".join(str(client) for client in pack_clients)
        pending = session.execute(text(
            f"SELECT count(*) FROM bookings WHERE status = 'pending' AND client_id IN ({clients})"
        )).scalar_one()
    missing = [f"booking {booking} of client {client} acknowledged as paid with a pack; the database holds "
               f"{'no such booking' if booking not in credits else f'{credits[booking]} used credits for it'}"
               for booking, client in acknowledged if credits.get(booking) != 1]
    return Checks(missing, int(pending))


# -- the report ---------------------------------------------------------------------------------


def _report(
    backend: str, desks: int, results: list[DeskResult], lost: list[str], watch: Watch, checks: Checks
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
    totals = {kind: sum(count for (_, outcome), count in outcomes.items() if outcome == kind)
              for kind in OUTCOMES}

    def p(action: str, fraction: float) -> float | None:
        samples = latencies.get(action)
        return round(percentile_ms(samples, fraction), 2) if samples else None

    print(f"{attempts} attempts in {elapsed:.1f} s: {per_s:.1f} attempts/s; "
          + ", ".join(f"{totals[kind]} {kind}" for kind in OUTCOMES))
    print(f"{'action':<22}{'count':>7}" + "".join(f"{kind:>9}" for kind in OUTCOMES)
          + f"{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for action in (*ACTIONS, LOOK, SELL):
        if latencies.get(action):
            print(f"{action:<22}{len(latencies[action]):>7}"
                  + "".join(f"{outcomes[action, kind]:>9}" for kind in OUTCOMES)
                  + f"{p(action, 0.5):>9.2f}{p(action, 0.95):>9.2f}{p(action, 1.0):>9.0f}")
    for reason, count in reasons.most_common(12):
        print(f"  x{count}: {reason}")
    for line, count in Counter(unexpected + failures).most_common(10):
        print(f"unexpected x{count}: {line}")
    if any(result.out_of_hours for result in results):
        print("a desk ran out of its coach's hours and stopped early")
    print(f"monitor: {watch.samples} samples (p50 {p_ns(watch.sample_ns, 0.5)} ms): "
          f"{len(watch.overdrawn)} packs overdrawn, {watch.double_used} credits used twice or beyond a "
          f"pack, {watch.over_limit} memberships over {MEMBERSHIP_LIMIT}, {len(watch.mismatched)} packs "
          "whose counters left their ledger")
    print(f"checks: {len(checks.missing)} of {sum(len(r.paid_with_pack) for r in results)} acknowledged "
          f"pack bookings missing their credit; {checks.half_written} pending bookings left by pack clients")
    for line in checks.missing[:10]:
        print(f"  {line}")

    problems: list[str] = []
    if watch.overdrawn:
        problems.append(f"{len(watch.overdrawn)} packs went below zero")
    if watch.double_used:
        problems.append(f"{watch.double_used} credits used twice or beyond what a pack had")
    if watch.over_limit:
        problems.append(f"{watch.over_limit} memberships over their limit of {MEMBERSHIP_LIMIT}")
    if watch.mismatched:
        problems.append(f"{len(watch.mismatched)} packs whose counters left their ledger")
    if checks.missing:
        problems.append(f"{len(checks.missing)} acknowledged pack bookings missing their credit")
    if checks.half_written:
        problems.append(f"{checks.half_written} pending bookings left behind by refused pack bookings")
    if unexpected:
        problems.append(f"{len(unexpected)} refusals no race should cause (first: {unexpected[0]})")
    if failures:
        problems.append(f"{len(failures)} unexpected failures (first: {failures[0]})")
    figures: dict[str, object] = {
        "backend": backend,
        "desks": desks,
        "seconds": round(elapsed, 1),
        "attempts": attempts,
        "attempts_per_s": round(per_s, 1),
        "credits_used": outcomes[CREDIT, OK],
        "membership_bookings": outcomes[MEMBERSHIP, OK],
        "packs_sold": sum(result.sold for result in results),
        "restock_skipped": sum(result.restock_skipped for result in results),
        "refused": totals[REFUSED],
        "busy": totals[BUSY],
        "book_with_credit_p50_ms": p(CREDIT, 0.5),
        "book_with_credit_p95_ms": p(CREDIT, 0.95),
        "book_with_membership_p50_ms": p(MEMBERSHIP, 0.5),
        "create_p50_ms": p(PLAIN, 0.5),
        "create_p95_ms": p(PLAIN, 0.95),
        "samples": watch.samples,
        "overdrawn": len(watch.overdrawn),
        "double_used": watch.double_used,
        "over_limit": watch.over_limit,
        "counter_mismatches": len(watch.mismatched),
        "missing_acknowledged": len(checks.missing),
        "half_written": checks.half_written,
        "unexpected_refusals": len(unexpected),
        "failures": len(failures),
    }
    return Outcome(figures, problems)


def p_ns(samples: list[int], fraction: float) -> str:
    return f"{percentile_ms(samples, fraction):.1f}" if samples else "-"
