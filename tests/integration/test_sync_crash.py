"""The web sync across a desk that dies mid-round: exactly once, and the sync soon moves on.

A create is written down as tried before it goes out, so a desk killed while it waits for the
web's answer leaves a mark: the next round looks for the booking among its account's own before
sending again, and finds it instead of making a second one (or being told, 409, that its own
booking has the time). The sync lease is short and renewed while a round runs, so the desk that
died holds the sync up for about 30 seconds, and a round whose lease another desk took stops.
"""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import select

from studio_desk import services
from studio_desk.models import OutboxItem, StudioSetting
from studio_desk.services import Database, SyncState, sync
from studio_desk.services.lease import HOLDER, renew_lease, take_lease
from studio_desk.services.sync import run as sync_run
from studio_desk.services.sync.run import LEASE, LEASE_KEY
from studio_desk.services.unit_of_work import run_read, run_write
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.sync import Linked, link_studio
from tests.support.web_platform import WebPlatform

ROOT = Path(__file__).resolve().parents[2]
CREATE = "/booking/api/course/"
BUSY = "Another desk is syncing right now."
# Long enough for a slow web call that the test acts during; the test's own waits are shorter.
PATIENT = 10.0


@pytest.fixture
def linked(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> Linked:
    return link_studio(db, studio, clock, web, monkeypatch)


def walk_in(linked: Linked, start: str = "10:00"):  # noqa: ANN201
    return services.create_booking(
        linked.db, linked.studio.desk, client_id=linked.studio.john, course_id=linked.studio.yoga,
        date="2025-10-25", start_time=start,
    )


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"waited {timeout} s for {what}"
        time.sleep(0.01)


def lease(db: Database) -> tuple[str, dt.datetime]:
    """The sync lease's holder and the moment it runs out."""
    value = run_read(
        db, lambda session: session.scalar(select(StudioSetting.value).where(StudioSetting.key == LEASE_KEY))
    )
    assert value is not None
    holder, _, until = value.partition(" ")
    return holder, dt.datetime.fromisoformat(until)


def create_tried(db: Database, booking_id: int) -> bool:
    """Whether the booking's create has been written down as tried: its request is on its way."""
    attempts = run_read(
        db,
        lambda session: session.scalar(
            select(OutboxItem.attempts).where(
                OutboxItem.booking_id == booking_id, OutboxItem.kind == "create"
            )
        ),
    )
    return bool(attempts)


def own_lists(web: WebPlatform, since: int) -> int:
    """How many times the desk listed its accounts' own bookings (`role=user`) since request `since`."""
    return sum(1 for r in web.requests[since:] if r.path.startswith("/booking/api/bookings/")
               and r.query.get("role") == "user")


# -- a desk killed mid-round ------------------------------------------------------------------


def start_desk(linked: Linked, log: Path) -> subprocess.Popen[bytes]:
    """A desk process that runs one sync round, on a clock standing at the test's now."""
    command = [
        sys.executable, "-m", "tests.support.sync_desk",
        linked.db.url.render_as_string(hide_password=False), "--now", linked.clock.now.isoformat(),
    ]
    with log.open("wb") as output:
        return subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)


def test_a_desk_killed_waiting_for_the_answer_to_a_create_leaves_one_web_booking_that_is_its_own(
    linked: Linked, tmp_path: Path
) -> None:
    booking = walk_in(linked)
    services.mark_paid(linked.db, linked.studio.desk, booking.id, method="cash")
    # The web makes the booking, then holds its answer for longer than the desk will live.
    linked.web.inject("timeout_after_commit", method="POST", path=CREATE, seconds=60)
    log = tmp_path / "desk.log"
    desk = start_desk(linked, log)
    try:
        def made_on_the_web() -> bool:
            assert desk.poll() is None, f"the desk stopped on its own: {log.read_text()}"
            return bool(linked.web.bookings())

        wait_until(made_on_the_web, "the desk's create to reach the web")
        desk.send_signal(signal.SIGKILL)
        desk.wait(timeout=10)
    finally:
        if desk.poll() is None:
            desk.kill()
            desk.wait()
    [made] = linked.web.bookings()
    killed = services.get_booking(linked.db, booking.id)
    assert (killed.remote_id, killed.sync_state) == (None, SyncState.QUEUED), "the answer was never written"

    # Until the dead desk's lease runs out nobody syncs: it might still be alive, only slow.
    assert linked.sync().skipped_reason == BUSY
    linked.clock.advance(seconds=LEASE.total_seconds() + 1)
    report = linked.sync()
    assert report.skipped_reason is None and report.ok, report.lines()
    assert (report.sent, report.refused, report.conflicts, report.waiting) == (2, 0, 0, 0)

    assert linked.web.count("POST", CREATE) == 1
    assert [web.id for web in linked.web.bookings()] == [made.id]
    found = services.get_booking(linked.db, booking.id)
    assert (found.remote_id, found.sync_state, found.sync_problem) == (made.id, SyncState.LINKED, None)
    problems = sync.sync_problems(linked.db)
    assert (problems.refused, problems.web_conflicts) == ((), ())
    assert linked.web.booking(made.id).status == "paid"

    services.confirm_booking(linked.db, linked.studio.coach_a_actor, booking.id)
    assert linked.sync().ok
    assert linked.web.booking(made.id).status == "confirmed"
    assert len(linked.web.bookings()) == 1


# -- looking for what an earlier try made ---------------------------------------------------------


def test_creates_tried_before_look_for_their_bookings_in_one_list_per_account_and_round(
    linked: Linked,
) -> None:
    lost, failed, also_failed = (walk_in(linked, hour) for hour in ("09:00", "11:00", "13:00"))
    # After an outage each create has been tried once: the first one made on the web, its
    # answer lost; the other two refused with a 500.
    linked.web.inject("timeout_after_commit", method="POST", path=CREATE, seconds=3)
    linked.web.inject("error_500", method="POST", path=CREATE, times=2)
    for _ in range(3):
        assert not linked.sync().ok
    assert linked.web.count("POST", CREATE) == 3 and len(linked.web.bookings()) == 1

    linked.later()
    since = len(linked.web.requests)
    report = linked.sync()
    assert report.ok and report.sent == 3, report.lines()
    # One list for coach A's account in the push (all three are hers), one per coach in the pull.
    assert own_lists(linked.web, since) == 1 + 2
    assert linked.web.count("POST", CREATE) == 5, "the lost one was found, the two refused were sent"
    remotes = [services.get_booking(linked.db, b.id).remote_id for b in (lost, failed, also_failed)]
    assert sorted(remotes) == sorted(web.id for web in linked.web.bookings())  # type: ignore[type-var]
    assert len(linked.web.bookings()) == 3


def test_a_create_never_tried_goes_out_without_listing_anything(linked: Linked) -> None:
    walk_in(linked, "09:00"), walk_in(linked, "11:00")
    report = linked.sync()
    assert report.ok and report.sent == 2
    assert own_lists(linked.web, 0) == 2, "only the pull's, one per coach"


# -- the lease ------------------------------------------------------------------------------------


def test_a_lease_is_renewed_only_by_the_desk_that_holds_it(db: Database, clock: SettableClock) -> None:
    length = dt.timedelta(seconds=30)
    assert take_lease(db, LEASE_KEY, length)
    clock.advance(seconds=20)
    assert renew_lease(db, LEASE_KEY, length)
    assert lease(db) == (HOLDER, clock.now + length)

    other_desk = f"another-desk {(clock.now - dt.timedelta(seconds=1)).isoformat()}"
    run_write(db, lambda session: session.merge(StudioSetting(key=LEASE_KEY, value=other_desk)))
    # Even run out, another desk's lease is not renewed in this desk's name: a round that lost
    # its lease stops, and the next round takes it afresh.
    assert not renew_lease(db, LEASE_KEY, length)
    assert lease(db)[0] == "another-desk"
    assert take_lease(db, LEASE_KEY, length)


def test_a_round_keeps_its_lease_through_a_web_call_longer_than_the_lease(
    linked: Linked, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_run, "RENEW_EVERY", 0.05)
    booking = walk_in(linked)
    linked.web.inject("slow", method="POST", path=CREATE, seconds=3)
    with ThreadPoolExecutor(1) as pool:
        running = pool.submit(sync.run_sync_once, linked.db, timeout=PATIENT)
        wait_until(lambda: create_tried(linked.db, booking.id), "the create to go out")
        for _ in range(3):  # three lease lengths go by on the desks' clock during the one call
            linked.clock.advance(seconds=LEASE.total_seconds())
            wait_until(lambda: lease(linked.db)[1] > linked.clock.now + LEASE / 2, "a renewal", 2.0)
            assert lease(linked.db)[0] == HOLDER
        report = running.result(timeout=30)
    assert report.ok and report.sent == 1, report.lines()
    assert len(linked.web.bookings()) == 1


def test_a_round_whose_lease_another_desk_took_stops_before_its_next_item(
    linked: Linked, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_run, "RENEW_EVERY", 0.05)
    first, second = walk_in(linked, "09:00"), walk_in(linked, "11:00")
    linked.web.inject("slow", method="POST", path=CREATE, seconds=2)
    other_desk = f"another-desk {(linked.db.now() + dt.timedelta(minutes=1)).isoformat()}"
    with ThreadPoolExecutor(1) as pool:
        running = pool.submit(sync.run_sync_once, linked.db, timeout=PATIENT)
        wait_until(lambda: create_tried(linked.db, first.id), "the first create to go out")
        # Say this desk hung past its lease, and another desk took the sync over meanwhile.
        run_write(linked.db, lambda session: session.merge(StudioSetting(key=LEASE_KEY, value=other_desk)))
        report = running.result(timeout=30)
    stopped = [problem for problem in report.problems if "could not keep its turn" in str(problem)]
    assert stopped, report.lines()
    # The create on its way when the lease went is finished; the next item is left to the other desk.
    assert (report.sent, report.waiting) == (1, 1)
    assert services.get_booking(linked.db, first.id).sync_state is SyncState.LINKED
    assert services.get_booking(linked.db, second.id).sync_state is SyncState.QUEUED
    assert linked.web.count("POST", CREATE) == 1
    assert lease(linked.db) == ("another-desk", dt.datetime.fromisoformat(other_desk.split(" ")[1]))


def test_a_round_renews_nothing_once_it_is_over(linked: Linked) -> None:
    walk_in(linked)
    assert linked.sync().ok
    holder, until = lease(linked.db)
    assert (holder, until) == (HOLDER, linked.clock.now), "released: the next desk may take it at once"
