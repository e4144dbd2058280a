"""Free start times: the coach's hours minus active bookings and buffers, on the step grid,
only where the whole session fits, never in the past; and they agree with create_booking."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio_desk import services
from studio_desk.services import Database, SlotConflict
from tests.support.clock import JAKARTA, SettableClock
from tests.support.snapshot import wipe_bookings
from tests.support.studio import Studio

DAY = "2025-10-25"


def labels(db: Database, course: int, day: str = DAY) -> list[str]:
    return [slot.label for slot in services.free_start_times(db, course, day)]


def grid(first: str, last: str, step: int = 30) -> list[str]:
    start, end = (dt.datetime.strptime(t, "%H:%M") for t in (first, last))
    out = []
    while start <= end:
        out.append(f"{start:%H:%M}")
        start += dt.timedelta(minutes=step)
    return out


def book(db: Database, studio: Studio, start: str, course: int | None = None) -> services.BookingView:
    return services.create_booking(db, studio.desk, client_id=studio.john,
                                   course_id=course or studio.yoga, date=DAY, start_time=start)


def test_an_empty_day_offers_every_start_where_the_session_fits(db: Database, studio: Studio) -> None:
    assert labels(db, studio.yoga) == grid("07:00", "20:00")  # 60 minutes, hours 07:00-21:00
    assert labels(db, studio.pilates) == grid("07:00", "20:00")  # 45 minutes: 20:30 would end 21:15


def test_bookings_and_buffers_take_their_times_away(db: Database, studio: Studio) -> None:
    book(db, studio, "10:00")  # yoga 10:00-11:00, no buffer
    book(db, studio, "13:00", course=studio.pilates)  # 13:00-13:45, busy until 14:00
    yoga = labels(db, studio.yoga)
    assert "09:00" in yoga and "11:00" in yoga  # touching is fine
    assert not {"09:30", "10:00", "10:30"} & set(yoga)
    assert not {"12:30", "13:00", "13:30"} & set(yoga) and "12:00" in yoga and "14:00" in yoga
    pilates = labels(db, studio.pilates)  # its own 15-minute buffer must clear the next booking
    assert "09:00" in pilates and "12:00" in pilates  # 09:00-10:00 busy ends as 10:00 starts
    assert "09:30" not in pilates and "12:30" not in pilates


def test_a_canceled_booking_gives_its_time_back(db: Database, studio: Studio) -> None:
    booking = book(db, studio, "10:00")
    services.cancel_booking(db, studio.desk, booking.id, reason="Changed plans")
    assert labels(db, studio.yoga) == grid("07:00", "20:00")


def test_today_offers_only_times_still_ahead(db: Database, studio: Studio, clock: SettableClock) -> None:
    clock.set(dt.datetime(2025, 10, 25, 12, 10, tzinfo=JAKARTA))
    assert labels(db, studio.yoga)[0] == "12:30"


def test_the_step_is_a_setting(db: Database, studio: Studio) -> None:
    services.update_settings(db, studio.admin, slot_step_minutes=15)
    assert labels(db, studio.yoga) == grid("07:00", "20:00", step=15)


def test_another_coach_and_no_hours(db: Database, studio: Studio) -> None:
    assert labels(db, studio.yoga, "2025-12-25") == []
    book(db, studio, "10:00")
    for_b = services.free_start_times(db, studio.yoga, DAY, coach_id=studio.coach_b)
    assert "10:00" in [slot.label for slot in for_b]
    with pytest.raises(services.NotFound):
        services.free_start_times(db, 999, DAY)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    # Quarter hours from 07:00 to 20:00, the last start at which a yoga session still fits.
    existing=st.lists(st.tuples(st.sampled_from(["yoga", "pilates"]), st.integers(0, 52)), max_size=8),
    course=st.sampled_from(["yoga", "pilates"]),
    probe=st.integers(0, 14 * 2 - 1),
)
def test_free_times_match_a_brute_force_model_and_create_agrees(
    db: Database, studio: Studio, existing: list[tuple[str, int]], course: str, probe: int
) -> None:
    wipe_bookings(db)  # the history is append-only: the helper lifts its guard for the wipe
    offers = {"yoga": (studio.yoga, 60, 0), "pilates": (studio.pilates, 45, 15)}
    opens = dt.datetime(2025, 10, 25, 7, tzinfo=JAKARTA)
    closes = dt.datetime(2025, 10, 25, 21, tzinfo=JAKARTA)
    busy: list[tuple[dt.datetime, dt.datetime]] = []
    for name, quarter in existing:
        course_id, minutes, buffer = offers[name]
        start = opens + dt.timedelta(minutes=15 * quarter)
        try:
            book(db, studio, f"{start:%H:%M}", course=course_id)
            busy.append((start, start + dt.timedelta(minutes=minutes + buffer)))
        except SlotConflict:
            pass

    course_id, minutes, buffer = offers[course]
    expected = []
    start = opens
    while start + dt.timedelta(minutes=minutes) <= closes:
        mine = (start, start + dt.timedelta(minutes=minutes + buffer))
        if not any(mine[0] < theirs[1] and theirs[0] < mine[1] for theirs in busy):
            expected.append(f"{start:%H:%M}")
        start += dt.timedelta(minutes=30)
    offered = labels(db, course_id)
    assert offered == expected

    wish = f"{opens + dt.timedelta(minutes=30 * probe):%H:%M}"
    if wish in offered:
        assert book(db, studio, wish, course=course_id).status is services.BookingStatus.PENDING
    elif (opens + dt.timedelta(minutes=30 * probe + minutes)) <= closes:
        with pytest.raises(SlotConflict):
            book(db, studio, wish, course=course_id)
