"""The database itself refuses a double booking, even from SQL that bypasses the services."""

from __future__ import annotations

import datetime as dt
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import exc, text

from studio_desk import services
from studio_desk.services import Database
from studio_desk.services.calendar import schedule
from studio_desk.services.integrity import count_overlapping_pairs
from tests.support.studio import Studio

INSERT = text(
    "INSERT INTO bookings (client_id, coach_id, course_id, start_at, end_at, busy_until, status,"
    " version, price, origin, created_at, updated_at) VALUES (:client, :coach, :course, :start,"
    " :end, :busy, :status, 1, 150000, 'desk', :start, :start)"
)


def _instant(db: Database, hour: int, minute: int = 0) -> object:
    moment = dt.datetime(2025, 10, 25, hour, minute)
    # SQLite keeps UTC text in one fixed format; PostgreSQL takes a timestamptz.
    return f"{moment:%Y-%m-%d %H:%M:%S}" if db.backend == "sqlite" else moment.replace(tzinfo=dt.UTC)


def _raw_insert(db: Database, studio: Studio, start: tuple[int, int], end: tuple[int, int],
                status: str = "pending", coach: int | None = None) -> None:
    with db.engine.begin() as connection:
        connection.execute(INSERT, {
            "client": studio.john, "coach": coach or studio.coach_a, "course": studio.yoga,
            "start": _instant(db, *start), "end": _instant(db, *end), "busy": _instant(db, *end),
            "status": status,
        })


def _bookings(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.scalar(text("SELECT count(*) FROM bookings")) or 0)


def test_overlapping_raw_insert_is_refused(db: Database, studio: Studio) -> None:
    _raw_insert(db, studio, (3, 0), (4, 0))
    with pytest.raises(exc.IntegrityError):
        _raw_insert(db, studio, (3, 30), (4, 30))
    assert _bookings(db) == 1


def test_raw_inserts_that_only_touch_or_are_inactive_or_another_coach_are_fine(
    db: Database, studio: Studio
) -> None:
    _raw_insert(db, studio, (3, 0), (4, 0))
    _raw_insert(db, studio, (4, 0), (5, 0))  # touching: [03:00, 04:00) and [04:00, 05:00)
    _raw_insert(db, studio, (3, 30), (4, 30), status="canceled")
    _raw_insert(db, studio, (3, 30), (4, 30), status="done")
    _raw_insert(db, studio, (3, 30), (4, 30), coach=studio.coach_b)
    assert _bookings(db) == 5
    assert count_overlapping_pairs(db) == 0


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE bookings SET status = 'pending' WHERE status = 'canceled'",  # revive over another
        "UPDATE bookings SET coach_id = :coach_a WHERE coach_id = :coach_b",  # hand to a busy coach
        "UPDATE bookings SET start_at = :early WHERE start_at = :late",  # move onto another
    ],
    ids=["revive", "other-coach", "move"],
)
def test_raw_update_into_an_overlap_is_refused(db: Database, studio: Studio, statement: str) -> None:
    _raw_insert(db, studio, (3, 0), (4, 0))
    _raw_insert(db, studio, (3, 30), (4, 30), status="canceled")
    _raw_insert(db, studio, (3, 30), (4, 30), coach=studio.coach_b)
    _raw_insert(db, studio, (6, 0), (7, 0))
    values = {"coach_a": studio.coach_a, "coach_b": studio.coach_b,
              "early": _instant(db, 3, 45), "late": _instant(db, 6, 0)}
    with pytest.raises(exc.IntegrityError), db.engine.begin() as connection:
        connection.execute(text(statement), {k: v for k, v in values.items() if f":{k}" in statement})
    assert count_overlapping_pairs(db) == 0


def test_end_before_start_is_refused_by_the_database(db: Database, studio: Studio) -> None:
    with pytest.raises(exc.IntegrityError):
        _raw_insert(db, studio, (5, 0), (4, 0))
    assert _bookings(db) == 0


@pytest.mark.parametrize("backend", ["sqlite"])  # PostgreSQL stores timestamptz, not text
def test_sqlite_refuses_instants_in_another_text_format(db: Database, studio: Studio) -> None:
    # "T" sorts after " ", so such a row would slip past the trigger's text comparison.
    with pytest.raises(exc.IntegrityError), db.engine.begin() as connection:
        connection.execute(INSERT, {
            "client": studio.john, "coach": studio.coach_a, "course": studio.yoga,
            "start": "2025-10-25T03:00:00", "end": "2025-10-25T04:00:00",
            "busy": "2025-10-25T04:00:00", "status": "pending",
        })
    assert _bookings(db) == 0


def test_a_refused_raw_insert_becomes_slot_conflict_in_the_services(
    db: Database, studio: Studio
) -> None:
    # A row that the service's own check cannot see coming (inserted behind its back is the
    # same as inserted by another desk a microsecond earlier) still ends as SlotConflict.
    _raw_insert(db, studio, (3, 0), (4, 0))  # 10:00-11:00 in Jakarta
    with pytest.raises(services.SlotConflict):
        services.create_booking(
            db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
            date="2025-10-25", start_time="10:30",
        )


def _wait_until_someone_waits_for_a_lock(db: Database) -> None:
    with db.engine.connect() as connection:
        for _ in range(600):
            waiting = connection.scalar(text(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ))
            if waiting:
                return
            time.sleep(0.05)
    raise AssertionError("the second desk never waited for the first")


@pytest.mark.parametrize("backend", ["postgresql"])  # SQLite lets one writer in at a time anyway
def test_desks_booking_one_coach_take_turns(db: Database, studio: Studio) -> None:
    # Two desks that book one coach at the same moment must not both reach the exclusion
    # index, where they can deadlock (one desk then hears "busy, try again"). So a desk
    # waits for another desk that is in the middle of booking that coach, even at another time.
    first_desk = db.write_session()
    try:
        # The first desk is booking coach A at 14:00 and has not finished yet.
        first_desk.execute(schedule.COACH_FOR_BOOKING, {"coach_id": studio.coach_a})
        first_desk.execute(INSERT, {
            "client": studio.john, "coach": studio.coach_a, "course": studio.yoga,
            "start": _instant(db, 7), "end": _instant(db, 8), "busy": _instant(db, 8),
            "status": "pending",
        })
        # Another coach's booking is not held up by it.
        services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.hiit,
                                date="2025-10-25", start_time="10:00")
        with ThreadPoolExecutor(max_workers=1) as pool:
            second_desk = pool.submit(
                services.create_booking, db, studio.desk, client_id=studio.jane,
                course_id=studio.yoga, date="2025-10-25", start_time="10:00",
            )
            _wait_until_someone_waits_for_a_lock(db)
            assert not second_desk.done()
            first_desk.commit()
            assert f"{second_desk.result(timeout=30).start_at:%H:%M}" == "10:00"
    finally:
        first_desk.close()
    booked = services.list_bookings(db, services.BookingFilter(coach_id=studio.coach_a))
    assert sorted(f"{b.start_at:%H:%M}" for b in booked.rows) == ["10:00", "14:00"]
