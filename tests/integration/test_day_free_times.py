"""The free times the calendar offers come with the day schedule: every step of the booking
grid inside a coach's hours, clear of active bookings and their buffers, never in the past."""

from __future__ import annotations

import datetime as dt

from studio_desk import services
from studio_desk.services import BookingStatus, Database
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio

TODAY, TOMORROW = "2025-10-24", "2025-10-25"  # the clock says 24 October, 08:00


def free_labels(db: Database, coach: int, day: str) -> list[str]:
    [column] = [c for c in services.day_schedule(db, day).coaches if c.coach_id == coach]
    return [f"{slot.start_at:%H:%M}-{slot.end_at:%H:%M}" for slot in column.free]


def steps(first: str, last: str) -> list[str]:
    start, end = (dt.datetime.strptime(t, "%H:%M") for t in (first, last))
    out = []
    while start <= end:
        out.append(f"{start:%H:%M}-{start + dt.timedelta(minutes=30):%H:%M}")
        start += dt.timedelta(minutes=30)
    return out


def test_a_free_day_is_free_through_the_coachs_hours_on_the_grid(db: Database, studio: Studio) -> None:
    assert free_labels(db, studio.coach_a, TOMORROW) == steps("07:00", "20:30")  # hours 07:00-21:00


def test_past_time_is_not_free(db: Database, studio: Studio, clock: SettableClock) -> None:
    assert free_labels(db, studio.coach_a, TODAY) == steps("08:00", "20:30")
    clock.advance(minutes=10)  # 08:10: the step that began at 08:00 has begun
    assert free_labels(db, studio.coach_a, TODAY)[0] == "08:30-09:00"
    assert free_labels(db, studio.coach_a, "2025-10-23") == []


def test_bookings_and_their_buffers_are_not_free(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking_in(db, studio, clock, BookingStatus.PAID, date=TOMORROW, start="10:00", course=studio.pilates)
    booking_in(db, studio, clock, BookingStatus.CANCELED, date=TOMORROW, start="14:00")
    free = free_labels(db, studio.coach_a, TOMORROW)
    # Pilates 10:00-10:45 keeps the coach busy until 11:00; the canceled booking frees its time.
    assert "09:30-10:00" in free and "11:00-11:30" in free
    assert "10:00-10:30" not in free and "10:30-11:00" not in free
    assert "14:00-14:30" in free
    assert free_labels(db, studio.coach_b, TOMORROW) == steps("07:00", "20:30")


def test_the_week_view_has_the_same_free_times(db: Database, studio: Studio, clock: SettableClock) -> None:
    booking_in(db, studio, clock, BookingStatus.PENDING, date=TOMORROW, start="10:00")
    week = services.week_schedule(db, studio.coach_a, TODAY)
    day = services.day_schedule(db, TOMORROW)
    [coach_day] = [c for c in day.coaches if c.coach_id == studio.coach_a]
    assert week.days[1].free == coach_day.free
