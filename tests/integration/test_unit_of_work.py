"""The unit of work: all or nothing, contention retried, a busy database waited for."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from studio_desk import services
from studio_desk.models import Booking, Coach
from studio_desk.services import BookingAction, BookingStatus, Database
from studio_desk.services.bookings import status
from studio_desk.services.unit_of_work import ATTEMPTS, run_write
from tests.support.builders import booking_in
from tests.support.clock import JAKARTA, SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

# A real error from the real server, with the SQLSTATE PostgreSQL uses when it aborts one of
# two colliding transactions.
SERIALIZATION_FAILURE = "DO $$ BEGIN RAISE EXCEPTION 'collided' USING ERRCODE = '{code}'; END $$"


def _add_client(session: Session, name: str) -> None:
    session.execute(text("INSERT INTO clients (name, created_at) VALUES (:name, '2025-01-01 00:00:00+00')"),
                    {"name": name})


@pytest.mark.parametrize("backend", ["postgresql"])
@pytest.mark.parametrize("code", ["40001", "40P01"], ids=["serialization", "deadlock"])
def test_a_transaction_the_server_aborted_is_run_again(db: Database, backend: str, code: str) -> None:
    tries = []

    def work(session: Session) -> int:
        tries.append(1)
        _add_client(session, f"Attempt {len(tries)}")
        if len(tries) < 3:
            session.execute(text(SERIALIZATION_FAILURE.format(code=code)))
        return len(tries)

    assert run_write(db, work) == 3
    # Only the attempt that committed left anything behind.
    assert [c.name for c in services.find_clients(db, "Attempt")] == ["Attempt 3"]


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_transaction_that_keeps_colliding_gives_up_with_a_message(db: Database, backend: str) -> None:
    tries = []

    def work(session: Session) -> None:
        tries.append(1)
        _add_client(session, "Never")
        session.execute(text(SERIALIZATION_FAILURE.format(code="40001")))

    before = snapshot(db)
    with pytest.raises(services.DatabaseUnavailable, match="Nothing was saved; try again"):
        run_write(db, work)
    assert len(tries) == ATTEMPTS
    assert snapshot(db) == before


def test_an_error_halfway_leaves_nothing_behind(db: Database, studio: Studio) -> None:
    def work(session: Session) -> None:
        _add_client(session, "Half")
        raise services.ValidationError("Changed my mind.")

    before = snapshot(db)
    with pytest.raises(services.ValidationError):
        run_write(db, work)
    assert snapshot(db) == before


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_write_waits_while_another_desk_writes(db: Database, studio: Studio, backend: str) -> None:
    other_desk = Database.open(db.url, migrate=False)
    holding = threading.Event()

    def long_write() -> None:
        with other_desk.engine.connect() as connection:  # BEGIN IMMEDIATE: holds the write lock
            connection.execute(text("UPDATE coaches SET name = name"))
            holding.set()
            time.sleep(0.5)
            connection.commit()

    writer = threading.Thread(target=long_write)
    writer.start()
    assert holding.wait(5)
    assert writer.is_alive()  # the other desk holds the write lock as this one books
    booking = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                      date="2025-10-25", start_time="10:00")
    writer.join()
    other_desk.dispose()
    assert booking.status is services.BookingStatus.PENDING  # it queued instead of failing


def test_a_change_based_on_a_stale_read_is_refused(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    # Desk 1 read the booking; desk 2 moved it before desk 1 acted. Desk 1's move must not
    # silently overwrite desk 2's, even though the status did not change.
    seen_by_desk_1 = booking_in(db, studio, clock, BookingStatus.PAID)
    services.reschedule_booking(db, studio.desk, seen_by_desk_1.id, date="2025-10-25", start_time="14:00")
    before = snapshot(db)
    later = dt.datetime(2025, 10, 25, 16, tzinfo=JAKARTA).astimezone(dt.UTC)
    move = status.NewTimes(studio.coach_a, "Coach Smith", later, later + dt.timedelta(hours=1),
                           later + dt.timedelta(hours=1))
    with pytest.raises(services.InvalidTransition, match="Someone else changed this booking"):
        run_write(db, lambda session: status.transition(
            session, seen_by_desk_1, BookingAction.RESCHEDULE, studio.admin, clock(), times=move))
    assert snapshot(db) == before


def test_of_two_desks_confirming_the_second_is_told(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    seen_by_both = booking_in(db, studio, clock, BookingStatus.PAID)
    services.confirm_booking(db, studio.coach_a_actor, seen_by_both.id)
    before = snapshot(db)
    with pytest.raises(services.InvalidTransition, match="Current status: confirmed"):
        run_write(db, lambda session: status.transition(
            session, seen_by_both, BookingAction.CONFIRM, studio.admin, clock()))
    assert snapshot(db) == before


def test_the_database_refusal_itself_becomes_slot_conflict(db: Database, studio: Studio) -> None:
    # Skip the service's own check, as a desk does that checked a microsecond before another
    # desk's insert: only the trigger (SQLite) or the exclusion constraint (PostgreSQL) stands.
    taken = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                    date="2025-10-25", start_time="10:00")
    half_hour = dt.timedelta(minutes=30)
    row = {
        "client_id": studio.jane, "coach_id": studio.coach_a, "course_id": studio.yoga,
        "start_at": taken.start_at + half_hour, "end_at": taken.end_at + half_hour,
        "busy_until": taken.end_at + half_hour, "status": BookingStatus.PENDING,
        "version": 1, "price": 1, "origin": "desk", "created_at": taken.created_at,
        "updated_at": taken.created_at,
    }
    before = snapshot(db)
    with pytest.raises(services.SlotConflict, match="already has a booking at that time"):
        run_write(db, lambda session: session.execute(insert(Booking).values(**row)))
    assert snapshot(db) == before


def test_saving_a_duplicate_at_the_same_moment_reads_as_a_person_would(
    db: Database, studio: Studio
) -> None:
    # Two desks linking a coach to the same web coach at once: the second gets past the
    # service's own check, and the unique constraint answers.
    services.create_coach(db, studio.admin, name="First", remote_id=9)
    with pytest.raises(services.ValidationError, match="already saved"):
        run_write(db, lambda session: session.execute(insert(Coach).values(
            name="Second", active=True, remote_id=9, created_at=dt.datetime.now(dt.UTC))))
