"""Change notices: another desk's (or raw SQL's) changes reach a desk's watcher saying which
bookings, coaches and days they touched; the desk's own commits do not come back to it."""

from __future__ import annotations

import datetime as dt
import queue
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.services import Change, ChangeKind, ChangeWatcher, Database, change_journal
from tests.support.studio import Studio

BOOKED_DAY, MOVED_DAY = dt.date(2025, 10, 27), dt.date(2025, 10, 28)
WAIT_SECONDS = 10


class Changes:
    """What a running watcher of `db` reported, in order."""

    def __init__(self, db: Database) -> None:
        self.reported: queue.Queue[Change] = queue.Queue()
        self.connection: queue.Queue[bool] = queue.Queue()
        self.watcher = ChangeWatcher(
            db, self.reported.put, lambda online, _why: self.connection.put(online)
        )

    def next(self) -> Change:
        return self.reported.get(timeout=WAIT_SECONDS)

    def until(self, wanted: Callable[[Change], bool]) -> Change:
        """The reports merged until they say what `wanted` waits for (one commit's notes may
        come in more than one report)."""
        change = self.next()
        while not wanted(change):
            change = change.merge(self.next())
        return change

    def nothing_more(self) -> bool:
        try:
            self.reported.get(timeout=1.0)
        except queue.Empty:
            return True
        return False


@pytest.fixture
def changes(db: Database) -> Iterator[Changes]:
    watching = Changes(db)
    watching.watcher.start()
    # A commit made before the watcher listens is, rightly, not reported: wait till it does.
    assert watching.watcher.wait_listening(WAIT_SECONDS)
    yield watching
    watching.watcher.stop()


class OtherDesk:
    """tests/support/changing_desk.py in a process of its own."""

    def __init__(self, url: URL, studio: Studio) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.changing_desk", url.render_as_string(hide_password=False),
             str(studio.desk.staff_id), str(studio.john), str(studio.yoga)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert self._answer() == "ready"

    def do(self, command: str) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self._answer()
        assert answer.startswith("done "), answer
        return int(answer.split()[1])

    def _answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        assert self.process.wait(timeout=30) == 0


@pytest.fixture
def other_desk(database_url: URL, studio: Studio) -> Iterator[OtherDesk]:
    desk = OtherDesk(database_url, studio)
    yield desk
    desk.close()


def has(kind: ChangeKind) -> Callable[[Change], bool]:
    return lambda change: kind in change.kinds


def test_another_desk_books_pays_moves_and_cancels(
    changes: Changes, other_desk: OtherDesk, studio: Studio
) -> None:
    booking = other_desk.do(f"book {BOOKED_DAY} 10:00")
    booked = changes.until(has(ChangeKind.BOOKINGS))
    assert booked.kinds == {ChangeKind.BOOKINGS}
    assert booked.booking_ids == {booking}
    assert booked.coach_ids == {studio.coach_a}
    assert booked.days == {BOOKED_DAY}
    assert booked.concerns(kinds=[ChangeKind.BOOKINGS], coach_id=studio.coach_a, day=BOOKED_DAY)
    assert not booked.concerns(kinds=[ChangeKind.BOOKINGS], coach_id=studio.coach_b)
    assert not booked.concerns(kinds=[ChangeKind.BOOKINGS], day=MOVED_DAY)

    other_desk.do(f"pay {booking}")
    paid = changes.until(lambda change: {ChangeKind.PAYMENTS, ChangeKind.BOOKINGS} <= change.kinds)
    assert paid.booking_ids == {booking}
    assert paid.concerns(kinds=[ChangeKind.PAYMENTS], booking_id=booking)

    other_desk.do(f"move {booking} {MOVED_DAY} 11:00 {studio.coach_b}")
    moved = changes.until(lambda change: MOVED_DAY in change.days)
    assert moved.booking_ids == {booking}
    assert moved.coach_ids == {studio.coach_a, studio.coach_b}, "the old and the new coach"
    assert moved.days == {BOOKED_DAY, MOVED_DAY}, "the old and the new day"
    assert moved.concerns(coach_id=studio.coach_a, day=BOOKED_DAY)
    assert moved.concerns(coach_id=studio.coach_b, day=MOVED_DAY)

    other_desk.do(f"cancel {booking}")
    canceled = changes.until(has(ChangeKind.BOOKINGS))
    assert canceled.booking_ids == {booking}
    assert canceled.coach_ids == {studio.coach_b}
    assert canceled.days == {MOVED_DAY}
    assert not canceled.everything


def test_own_commits_are_not_reported_and_raw_sql_is(
    db: Database, database_url: URL, changes: Changes, studio: Studio
) -> None:
    own = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=BOOKED_DAY, start_time="10:00"
    )
    services.mark_paid(db, studio.desk, own.id, method="cash")
    plain = create_engine(database_url)
    try:
        with plain.begin() as connection:
            connection.execute(text("UPDATE clients SET notes = 'raw' WHERE id = :id"), {"id": studio.jane})
        first = changes.next()
        assert first.kinds == {ChangeKind.CLIENTS}, "this desk's own booking and payment were reported"

        with plain.begin() as connection:
            connection.execute(text("UPDATE bookings SET price = price WHERE id = :id"), {"id": own.id})
        touched = changes.until(has(ChangeKind.BOOKINGS))
        assert touched.booking_ids == {own.id}
        assert touched.coach_ids == {studio.coach_a}
        assert touched.days == {BOOKED_DAY}
    finally:
        plain.dispose()
    assert changes.nothing_more()


@pytest.mark.pg
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_watcher_that_lost_its_connection_reports_everything(
    db: Database, changes: Changes
) -> None:
    admin = create_engine(db.url)
    try:
        while True:  # until the watcher is listening
            with admin.connect() as connection:
                ended = connection.scalar(
                    text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = :name"),
                    {"name": changes.watcher.listener_name},
                )
            if ended:
                break
    finally:
        admin.dispose()
    assert changes.connection.get(timeout=WAIT_SECONDS) is False
    assert changes.connection.get(timeout=WAIT_SECONDS) is True
    assert changes.next().everything


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_journal_is_pruned_and_a_desk_that_slept_through_it_reports_everything(
    db: Database, studio: Studio
) -> None:
    def notes() -> int:
        with db.engine.connect() as connection:
            return int(connection.exec_driver_sql("SELECT count(*) FROM change_notices").scalar() or 0)

    services.create_client(db, name="Before the sleep")
    with closing(sqlite3.connect(str(db.url.database))) as connection:
        slept_at = change_journal.newest_note(connection)
    # Everything so far is older than the journal keeps; then notes up to just before a prune.
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            f"UPDATE change_notices SET noted_at = noted_at - {change_journal.KEEP_SECONDS + 1}"
        )
    old = notes()
    short_of_prune = change_journal.PRUNE_EVERY_NOTES - 1 - slept_at % change_journal.PRUNE_EVERY_NOTES
    for number in range(short_of_prune):
        services.create_client(db, name=f"Client {number}")
    assert notes() == old + short_of_prune

    services.create_client(db, name="The one that prunes")
    assert notes() == short_of_prune + 1, "only recent notes stay"

    with closing(sqlite3.connect(str(db.url.database))) as connection:
        assert change_journal.NotesAfter(connection, slept_at - 1, "another desk").lost
        caught_up = change_journal.NotesAfter(connection, slept_at, "another desk")
        assert not caught_up.lost
        assert len(caught_up.notices) == short_of_prune + 1
