"""The calendar's reads: each coach's hours and bookings on a day, and one coach's week."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from studio_desk import services
from studio_desk.models import Coach
from studio_desk.services import BookingStatus, Database, NotFound
from studio_desk.services.calendar.days import HoursWindow, day_schedule, week_schedule
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio

S = BookingStatus
SATURDAY = dt.date(2025, 10, 25)
OPEN_ALL_DAY = (HoursWindow(dt.time(7), dt.time(21)),)


def test_a_day_shows_every_coach_with_hours_and_bookings_but_not_canceled_ones(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    made = {
        status: booking_in(db, studio, clock, status, start=start).id
        for status, start in [(S.PENDING, "08:00"), (S.PAID, "09:00"), (S.CONFIRMED, "10:00"),
                              (S.DONE, "11:00"), (S.CANCELED, "12:00")]
    }
    hiit = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.hiit,
                                   date=SATURDAY, start_time="12:00")
    booking_in(db, studio, clock, S.PENDING, date=SATURDAY + dt.timedelta(days=1))

    schedule = day_schedule(db, SATURDAY)

    assert schedule.day == SATURDAY
    sari, smith = schedule.coaches  # ordered by name
    assert (sari.coach_id, sari.coach_name) == (studio.coach_b, "Coach Sari")
    assert (smith.coach_id, smith.coach_name) == (studio.coach_a, "Coach Smith")
    assert sari.hours == smith.hours == OPEN_ALL_DAY
    assert [b.id for b in sari.bookings] == [hiit.id]
    assert [(b.id, b.status) for b in smith.bookings] == [
        (made[status], status) for status in (S.PENDING, S.PAID, S.CONFIRMED, S.DONE)
    ]
    first = smith.bookings[0]
    assert (first.client_name, first.course_title) == ("John Doe", "Yoga Pemula")
    assert first.start_at == dt.datetime(2025, 10, 25, 8, tzinfo=services.get_settings(db).zone)
    assert first.start_at.utcoffset() == dt.timedelta(hours=7)


def test_hours_are_merged_and_a_day_off_has_none(db: Database, studio: Studio) -> None:
    outside = dt.date(2025, 12, 1)  # after the test studio's hours end
    for start, end in [("14:00", "16:00"), ("06:00", "09:00"), ("08:30", "10:00")]:
        services.add_availability(db, studio.admin, coach_id=studio.coach_a, date=outside,
                                  start_time=start, end_time=end)

    schedule = day_schedule(db, outside)

    hours = {coach.coach_name: coach.hours for coach in schedule.coaches}
    assert hours == {
        "Coach Sari": (),
        "Coach Smith": (HoursWindow(dt.time(6), dt.time(10)), HoursWindow(dt.time(14), dt.time(16))),
    }
    assert all(coach.bookings == () for coach in schedule.coaches)


def test_the_day_is_the_studios_local_day(db: Database, studio: Studio) -> None:
    # 00:30 on Sunday in Jakarta is still Saturday in UTC.
    sunday = SATURDAY + dt.timedelta(days=1)
    services.add_availability(db, studio.admin, coach_id=studio.coach_a, date=sunday,
                              start_time="00:00", end_time="02:00")
    late = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                   date=sunday, start_time="00:30")

    saturday_ids = [b.id for c in day_schedule(db, SATURDAY).coaches for b in c.bookings]
    sunday_ids = [b.id for c in day_schedule(db, sunday).coaches for b in c.bookings]

    assert late.id not in saturday_ids
    assert sunday_ids == [late.id]


def test_an_inactive_coach_shows_only_on_a_day_they_still_have_bookings(
    db: Database, studio: Studio
) -> None:
    booking = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.hiit,
                                      date=SATURDAY, start_time="12:00")
    with db.write_session() as session:
        session.execute(update(Coach).where(Coach.id == studio.coach_b).values(active=False))
        session.commit()

    saturday = day_schedule(db, SATURDAY)
    sunday = day_schedule(db, SATURDAY + dt.timedelta(days=1))

    assert [(c.coach_name, [b.id for b in c.bookings]) for c in saturday.coaches] == [
        ("Coach Sari", [booking.id]),
        ("Coach Smith", []),
    ]
    assert [c.coach_name for c in sunday.coaches] == ["Coach Smith"]


def test_a_week_shows_one_coachs_bookings_on_their_days(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    monday = dt.date(2025, 10, 27)
    tuesday_yoga = booking_in(db, studio, clock, S.PAID, date=monday + dt.timedelta(days=1)).id
    sunday_pilates = booking_in(db, studio, clock, S.PENDING, date=monday + dt.timedelta(days=6),
                                start="15:00", course=studio.pilates).id
    booking_in(db, studio, clock, S.PENDING, date=monday + dt.timedelta(days=7))  # next week
    booking_in(db, studio, clock, S.CANCELED, date=monday + dt.timedelta(days=2))
    services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.hiit,
                            date=monday, start_time="09:00")  # the other coach's

    week = week_schedule(db, studio.coach_a, monday)

    assert (week.coach_id, week.coach_name, week.week_start) == (studio.coach_a, "Coach Smith", monday)
    assert [day.day for day in week.days] == [monday + dt.timedelta(days=n) for n in range(7)]
    assert {day.day.weekday(): [b.id for b in day.bookings] for day in week.days if day.bookings} == {
        1: [tuesday_yoga],
        6: [sunday_pilates],
    }
    assert all(day.hours == OPEN_ALL_DAY for day in week.days)


def test_a_week_past_the_coachs_hours_has_days_without_hours(db: Database, studio: Studio) -> None:
    week = week_schedule(db, studio.coach_b, "2025-11-27")  # the studio's hours end on 30 November
    assert [bool(day.hours) for day in week.days] == [True] * 4 + [False] * 3


def test_a_week_of_an_unknown_coach_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound, match="Coach not found"):
        week_schedule(db, 9999, "2025-10-27")
