"""A desk killed (SIGKILL) in the middle of booking and taking money, again and again on one
database: every action it was told had succeeded is there, nothing else is but at most the one
action in flight at each kill, whole; the audit trail matches; the database is sound and can
still be written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.models import ACTIVE_STATUSES, Booking, BookingAction, Payment, StatusChange
from studio_desk.services import Database
from studio_desk.services.integrity import (
    bookings_without_matching_history,
    count_overlapping_pairs,
    money_taken,
)
from tests.stress.desk_writer import NOW, SLOTS, slot_time
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
RUNS = 9
KILL_AFTER = (0.2, 1.0)  # seconds of writing before the kill
READY_TIMEOUT = 30.0
# Where each acknowledged action leaves the booking.
TARGET = {"create": "pending", "pay": "paid", "confirm": "confirmed", "cancel": "canceled"}
ACTIVE = {status.value for status in ACTIVE_STATUSES}


@dataclass
class Told:
    """A booking as the killed desks were told it is: its history of statuses and money lines."""

    slot: int
    history: list[str] = field(default_factory=list)
    money: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class InFlight:
    """The action a desk had started, but not heard back from, when it was killed."""

    run: int
    action: str
    booking: int | None
    money: int
    slot: int | None


@dataclass(frozen=True)
class Found:
    """A booking as the database has it."""

    id: int
    status: str
    coach_id: int
    start_at: dt.datetime
    version: int
    history: list[tuple[str, str | None, str]]  # (action, from, to), oldest first
    money: list[int]


@dataclass
class Ledger:
    """What every run was told, and what each was doing when it was killed."""

    told: dict[int, Told] = field(default_factory=dict)
    in_flight: list[InFlight] = field(default_factory=list)
    last_slot: int = -1
    actions: int = 0

    def busy_slots(self) -> set[int]:
        """Slots a booking may still hold: acknowledged active ones, and any in-flight create."""
        held = {b.slot for b in self.told.values() if b.history[-1] in ACTIVE}
        return held | {f.slot for f in self.in_flight if f.slot is not None}

    def read_run(self, run: int, path: Path) -> None:
        raw = path.read_bytes()
        # A line is written whole by one write(2); anything after the last newline was cut off.
        lines = [json.loads(line) for line in raw.split(b"\n")[:-1]]
        assert lines and lines[0] == {"t": "ready"}, f"run {run}: {lines[:3]}"
        errors = [line for line in lines if line["t"] == "error"]
        assert errors == [], f"run {run}: a service call failed: {errors}"
        pending: dict[str, object] | None = None
        for line in lines[1:]:
            if line["t"] == "try":
                assert pending is None, f"run {run}: two actions at once: {pending}, {line}"
                pending = line
                if line["action"] == "create":
                    self.last_slot = int(line["slot"])
                continue
            assert pending is not None and pending["seq"] == line["seq"], f"run {run}: {line}"
            assert line["action"] == pending["action"], line
            pending = None
            self.acknowledge(run, line)
        if pending is not None:
            slot = pending.get("slot")
            booking = pending["booking"]
            self.in_flight.append(
                InFlight(
                    run, str(pending["action"]), None if booking is None else int(str(booking)),
                    int(str(pending["money"])), None if slot is None else int(str(slot)),
                )
            )

    def acknowledge(self, run: int, line: dict[str, object]) -> None:
        self.actions += 1
        booking, action = int(str(line["booking"])), str(line["action"])
        if action == "create":
            assert booking not in self.told, f"run {run}: booking {booking} created twice"
            self.told[booking] = Told(int(str(line["slot"])))
        told = self.told[booking]
        assert line["status"] == TARGET[action], line
        told.history.append(TARGET[action])
        if line["money"]:
            told.money.append(int(str(line["money"])))
        # The desk's own view of the money must agree with the lines it was told were taken.
        assert line["paid_total"] == sum(told.money), (line, told)


def _writer(
    url: URL, ack: Path, run: int, ledger: Ledger, studio: Studio, log: Path
) -> subprocess.Popen[bytes]:
    busy = ",".join(str(slot) for slot in sorted(ledger.busy_slots()))
    command = [
        sys.executable, "-m", "tests.stress.desk_writer", url.render_as_string(hide_password=False),
        str(ack), "--seed", str(run), "--first-slot", str((ledger.last_slot + 1) % SLOTS),
        "--busy", busy, "--studio", json.dumps(dataclasses.asdict(studio)),
    ]
    with log.open("wb") as stderr:
        return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)


def _wait_until_ready(process: subprocess.Popen[bytes], ack: Path, log: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while not (ack.exists() and ack.read_bytes().startswith(b'{"t":"ready"}\n')):
        assert process.poll() is None, f"the desk stopped before writing: {log.read_text()}"
        assert time.monotonic() < deadline, "the desk never got ready"
        time.sleep(0.005)


def kill_desk_repeatedly(url: URL, studio: Studio, tmp_path: Path, rng: random.Random) -> Ledger:
    ledger = Ledger()
    for run in range(RUNS):
        ack, log = tmp_path / f"acks-{run}.jsonl", tmp_path / f"desk-{run}.log"
        process = _writer(url, ack, run, ledger, studio, log)
        try:
            _wait_until_ready(process, ack, log)
            time.sleep(rng.uniform(*KILL_AFTER))
            assert process.poll() is None, f"the desk stopped on its own: {log.read_text()[-3000:]}"
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        ledger.read_run(run, ack)
    return ledger


def bookings_in(db: Database, after_id: int) -> dict[int, Found]:
    with db.read_session() as session:
        rows = session.execute(
            select(Booking.id, Booking.status, Booking.coach_id, Booking.start_at, Booking.version)
            .where(Booking.id > after_id)
        ).all()
        changes = session.execute(
            select(StatusChange.booking_id, StatusChange.action, StatusChange.from_status,
                   StatusChange.to_status)
            .where(StatusChange.booking_id > after_id).order_by(StatusChange.id)
        ).all()
        lines = session.execute(
            select(Payment.booking_id, Payment.amount)
            .where(Payment.booking_id > after_id)
            .order_by(Payment.id)
        ).all()
    history: dict[int, list[tuple[str, str | None, str]]] = {}
    for booking_id, action, before, after in changes:
        history.setdefault(booking_id, []).append(
            (action.value, None if before is None else before.value, after.value)
        )
    money: dict[int, list[int]] = {}
    for booking_id, amount in lines:
        money.setdefault(booking_id, []).append(amount)
    return {
        row.id: Found(
            row.id, row.status.value, row.coach_id, row.start_at, row.version,
            history.get(row.id, []), money.get(row.id, []),
        )
        for row in rows
    }


def _at_slot(found: Found, slot: int, studio: Studio) -> bool:
    coach, day, start = slot_time(slot)
    wanted = dt.datetime.combine(day, dt.time.fromisoformat(start), JAKARTA)
    return found.coach_id == (studio.coach_a if coach == "a" else studio.coach_b) and found.start_at == wanted


def _applies(found: Found, told: Told | None, flight: InFlight, studio: Studio) -> bool:
    if flight.action == "create":
        return told is None and flight.slot is not None and _at_slot(found, flight.slot, studio)
    return told is not None and flight.booking == found.id


def compare(ledger: Ledger, found: dict[int, Found], studio: Studio) -> tuple[list[str], int]:
    """Every difference between what the desks were told and what the database holds, with an
    in-flight action allowed to have happened, whole; and how many in-flight actions did."""
    problems: list[str] = []
    unused = list(ledger.in_flight)
    landed = 0

    def take_in_flight(booking: Found, told: Told | None) -> InFlight | None:
        for flight in unused:
            if _applies(booking, told, flight, studio):
                unused.remove(flight)
                return flight
        return None

    for booking_id, told in ledger.told.items():
        if booking_id not in found:
            problems.append(f"booking {booking_id} was acknowledged but is not in the database: {told}")
    for booking in found.values():
        told = ledger.told.get(booking.id)
        history, money = ([], []) if told is None else (list(told.history), list(told.money))
        statuses = [to for _, _, to in booking.history]
        if told is None or (statuses, booking.money) != (history, money):
            # Only the action in flight at a kill may differ, and then all of it or none.
            flight = take_in_flight(booking, told)
            if flight is not None:
                landed += 1
                history.append(TARGET[flight.action])
                if flight.money:
                    money.append(flight.money)
            elif told is None:
                problems.append(f"booking {booking.id} was neither acknowledged nor in flight: {booking}")
                continue
        if (statuses, booking.money) != (history, money):
            problems.append(
                f"booking {booking.id}: told {told}, database has history {booking.history} "
                f"and money {booking.money}"
            )
            continue
        chain = [before for _, before, _ in booking.history]
        if booking.history[0][0] != BookingAction.CREATE.value or chain != [None, *statuses[:-1]]:
            problems.append(f"booking {booking.id}: history does not chain: {booking.history}")
        if booking.status != statuses[-1] or booking.version != len(statuses):
            problems.append(f"booking {booking.id}: status {booking.status} v{booking.version}, {statuses}")
    return problems, landed


def test_killed_desk_keeps_what_it_reported_and_nothing_half_done(
    database_url: URL, backend: str, studio: Studio, tmp_path: Path
) -> None:
    # The moments of the kills differ on every run; a failure names each booking it concerns,
    # and the desks' logs stay in tmp_path (acks-N.jsonl, desk-N.log).
    rng = random.Random()
    db = Database.open(database_url, migrate=False, clock=SettableClock(NOW))
    try:
        with db.read_session() as session:
            before = int(session.scalar(select(func.coalesce(func.max(Booking.id), 0))) or 0)
        money_before = money_taken(db)
        db.dispose()  # nothing of the test's holds the database while the desks write

        ledger = kill_desk_repeatedly(database_url, studio, tmp_path, rng)

        found = bookings_in(db, before)
        problems, landed = compare(ledger, found, studio)
        assert problems == [], "\n".join(problems)
        assert landed <= len(ledger.in_flight) <= RUNS
        assert ledger.actions > 10 * RUNS, "the desks hardly wrote anything before being killed"
        assert bookings_without_matching_history(db) == []
        assert count_overlapping_pairs(db) == 0
        assert money_taken(db) == money_before + sum(sum(b.money) for b in found.values())
        if backend == "sqlite":
            with sqlite3.connect(str(database_url.database)) as connection:
                assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            connection.close()

        # And the studio goes on: the next booking and payment are taken and recorded.
        free = next(s for s in range(SLOTS) if not any(
            _at_slot(b, s, studio) and b.status in ACTIVE for b in found.values()
        ))
        coach, day, start = slot_time(free)
        course = studio.yoga if coach == "a" else studio.hiit
        made = services.create_booking(
            db, studio.desk, client_id=studio.jane, course_id=course, date=day, start_time=start
        )
        paid = services.mark_paid(db, studio.desk, made.id, method="cash").booking
        assert services.get_booking(db, made.id).status == paid.status == services.BookingStatus.PAID
        assert bookings_without_matching_history(db) == []
        print(
            f"{backend}: {RUNS} kills, {ledger.actions} acknowledged actions on {len(found)} bookings, "
            f"{landed} of {len(ledger.in_flight)} in-flight actions landed"
        )
    finally:
        db.dispose()
