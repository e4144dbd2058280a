"""Local dates and times in the studio's zone: Jakarta (no daylight saving) and a zone whose
clocks change, across its change days; sessions that only touch are both allowed."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from studio_desk import services
from studio_desk.services import Database, SlotConflict, ValidationError
from tests.support.clock import SettableClock
from tests.support.studio import Studio

BERLIN = ZoneInfo("Europe/Berlin")


def _book(db: Database, studio: Studio, day: str | dt.date, start: str | dt.time,
          course: int | None = None) -> services.BookingView:
    return services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=course or studio.yoga,
        date=day, start_time=start,
    )


def test_jakarta_times_are_stored_as_utc_and_shown_back_locally(db: Database, studio: Studio) -> None:
    booking = _book(db, studio, "2025-10-25", "09:00")
    assert booking.start_at.utcoffset() == dt.timedelta(hours=7)
    assert booking.start_at.astimezone(dt.UTC) == dt.datetime(2025, 10, 25, 2, 0, tzinfo=dt.UTC)
    assert f"{booking.start_at:%H:%M}" == "09:00"
    # A search for that local day finds it, and the day before does not.
    on_day = services.list_bookings(db, services.BookingFilter(date_from="2025-10-25", date_to="2025-10-25"))
    before = services.list_bookings(db, services.BookingFilter(date_from="2025-10-24", date_to="2025-10-24"))
    assert [b.id for b in on_day.rows] == [booking.id]
    assert before.rows == ()


def test_touching_sessions_are_allowed_and_overlapping_ones_are_not(
    db: Database, studio: Studio
) -> None:
    _book(db, studio, "2025-10-25", "10:00")
    _book(db, studio, "2025-10-25", "11:00")  # 10:00-11:00 then 11:00-12:00
    _book(db, studio, "2025-10-25", "09:00")  # 09:00-10:00 before the first
    with pytest.raises(SlotConflict):
        _book(db, studio, "2025-10-25", "11:59")
    with pytest.raises(SlotConflict):
        _book(db, studio, "2025-10-25", "08:01")


def test_a_buffer_keeps_the_coach_busy_after_the_session(db: Database, studio: Studio) -> None:
    _book(db, studio, "2025-10-25", "10:00", course=studio.pilates)  # 45 min + 15 min buffer
    with pytest.raises(SlotConflict):
        _book(db, studio, "2025-10-25", "10:45")
    assert _book(db, studio, "2025-10-25", "11:00").status is services.BookingStatus.PENDING


@pytest.fixture
def berlin(db: Database, studio: Studio, clock: SettableClock) -> Database:
    services.update_settings(db, studio.admin, timezone="Europe/Berlin")
    clock.set(dt.datetime(2026, 3, 1, 8, 0, tzinfo=BERLIN))
    for day in ("2026-03-29", "2026-10-25"):  # clocks forward, then back
        services.add_availability(db, studio.admin, coach_id=studio.coach_a, date=day, start_time="00:00",
                                  end_time="06:00")
    return db


def test_spring_forward_skips_the_missing_hour(berlin: Database, studio: Studio) -> None:
    slots = services.free_start_times(berlin, studio.yoga, "2026-03-29")
    # 00:00 to 06:00 on the wall is five real hours; 02:00 and 02:30 never happen.
    assert [slot.label for slot in slots] == ["00:00", "00:30", "01:00", "01:30", "03:00",
                                              "03:30", "04:00", "04:30", "05:00"]
    with pytest.raises(ValidationError, match="does not exist"):
        _book(berlin, studio, "2026-03-29", "02:30")
    booking = _book(berlin, studio, "2026-03-29", "01:30")
    assert f"{booking.end_at:%H:%M}" == "03:30"
    assert booking.duration_minutes == 60


def test_fall_back_offers_the_repeated_hour_twice(berlin: Database, studio: Studio) -> None:
    slots = services.free_start_times(berlin, studio.yoga, "2026-10-25")
    labels = [slot.label for slot in slots]
    # Each of the repeated times says which it is.
    assert labels[4:8] == ["02:00 (first)", "02:30 (first)", "02:00 (second)", "02:30 (second)"]
    assert len(set(labels)) == len(slots) == 13  # 00:00 to 06:00 on the wall is seven real hours
    first, second = slots[4], slots[6]
    assert first != second and len({first, second}) == 2  # two instants, though one wall time
    assert second.start_at.astimezone(dt.UTC) - first.start_at.astimezone(dt.UTC) == dt.timedelta(hours=1)
    # Both can be booked, one after the other, by passing the slot's own time (with its fold).
    one = _book(berlin, studio, "2026-10-25", first.start_at.time())
    two = _book(berlin, studio, "2026-10-25", second.start_at.time().replace(fold=1))
    assert one.end_at.astimezone(dt.UTC) == two.start_at.astimezone(dt.UTC)
    # "02:00" typed by hand means the first one, which is now taken.
    with pytest.raises(SlotConflict):
        _book(berlin, studio, "2026-10-25", "02:00")


def test_moving_a_booking_to_its_own_time_in_the_repeated_hour_is_noticed(
    berlin: Database, studio: Studio
) -> None:
    booking = _book(berlin, studio, "2026-10-25", "02:30")  # the first 02:30 of the night
    with pytest.raises(ValidationError, match="already at that time"):
        services.reschedule_booking(berlin, studio.desk, booking.id, date="2026-10-25", start_time="02:30")
    second = dt.time(2, 30, fold=1)  # the second 02:30 is another time: a real move
    moved = services.reschedule_booking(berlin, studio.desk, booking.id, date="2026-10-25", start_time=second)
    assert moved.start_at.astimezone(dt.UTC) - booking.start_at.astimezone(dt.UTC) == dt.timedelta(hours=1)
