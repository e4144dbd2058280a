"""A coach's hours: a weekly pattern valid from a date, time off, extra hours and holidays,
read the same way by bookings, free start times and the calendar; changing them lists the
bookings left outside (which stay valid) and refuses bad input with clear words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.services import (
    BookingsInTheWay,
    BookingStatus,
    ChangeKind,
    Database,
    ExceptionKind,
    Forbidden,
    NotFound,
    ValidationError,
)
from studio_desk.services.calendar.days import HoursWindow
from tests.integration.test_change_notices import Changes, changes, has  # noqa: F401 (fixture)
from tests.support.clock import SettableClock
from tests.support.studio import Studio

TODAY = dt.date(2025, 10, 24)  # a Friday, the clock's day
MONDAY = dt.date(2025, 10, 27)
SPLIT = [("08:00", "12:00"), ("13:00", "17:00")]
MONDAY_TO_SATURDAY = {weekday: SPLIT for weekday in range(6)}


@pytest.fixture
def wira(db: Database, studio: Studio) -> Iterator[tuple[int, int]]:
    """A coach with no hours yet and their 60-minute course: (coach, course)."""
    coach = services.create_coach(db, studio.admin, name="Coach Wira")
    course = services.create_course(
        db, studio.admin, coach_id=coach.id, title="Boxing", duration_minutes=60, price=100_000
    )
    yield coach.id, course.id


def starts(db: Database, course: int, day: dt.date) -> list[str]:
    return [slot.label for slot in services.free_start_times(db, course, day)]


def book(db: Database, studio: Studio, course: int, day: dt.date, start: str) -> services.BookingView:
    return services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=course, date=day, start_time=start
    )


def test_a_weekly_pattern_holds_as_far_ahead_as_anyone_looks(
    db: Database, studio: Studio, wira: tuple[int, int]
) -> None:
    coach, course = wira
    change = services.set_weekly_hours(
        db, studio.admin, coach_id=coach, valid_from=TODAY, windows=MONDAY_TO_SATURDAY
    )
    assert change.outside == ()
    far_monday = MONDAY + dt.timedelta(weeks=30)  # 210 days ahead
    assert starts(db, course, far_monday) == [
        "08:00",
        "08:30",
        "09:00",
        "09:30",
        "10:00",
        "10:30",
        "11:00",
        "13:00",
        "13:30",
        "14:00",
        "14:30",
        "15:00",
        "15:30",
        "16:00",
    ]
    assert starts(db, course, far_monday + dt.timedelta(days=6)) == []  # Sunday: not working
    booking = book(db, studio, course, far_monday, "13:00")
    assert booking.status is BookingStatus.PENDING
    with pytest.raises(
        ValidationError, match=r"within the coach's hours that day \(08:00-12:00, 13:00-17:00\)"
    ):
        book(db, studio, course, far_monday, "11:30")  # runs into the lunch break
    with pytest.raises(ValidationError, match="not available on that day"):
        book(db, studio, course, far_monday + dt.timedelta(days=6), "09:00")
    week = services.week_schedule(db, coach, far_monday)
    assert week.days[0].hours == (HoursWindow(dt.time(8), dt.time(12)), HoursWindow(dt.time(13), dt.time(17)))
    assert week.days[6].hours == ()


def test_a_later_pattern_replaces_the_older_one_from_its_own_date(
    db: Database, studio: Studio, wira: tuple[int, int]
) -> None:
    coach, course = wira
    services.set_weekly_hours(db, studio.admin, coach_id=coach, valid_from=TODAY, windows=MONDAY_TO_SATURDAY)
    later = MONDAY + dt.timedelta(weeks=2)
    services.set_weekly_hours(
        db, studio.admin, coach_id=coach, valid_from=later, windows={0: [("15:00", "17:00")]}
    )
    assert starts(db, course, later - dt.timedelta(weeks=1))[0] == "08:00"  # the older one rules before
    assert starts(db, course, later) == ["15:00", "15:30", "16:00"]
    assert starts(db, course, later + dt.timedelta(days=1)) == []  # Tuesday is not in the new one
    patterns = services.weekly_hours(db, coach)
    assert [p.valid_from for p in patterns] == [TODAY, later]
    assert len(patterns[0].on(0)) == 2 and patterns[0].on(6) == ()

    # Saving again from the same date replaces that pattern; removing it brings back the older one.
    services.set_weekly_hours(
        db, studio.admin, coach_id=coach, valid_from=later, windows={0: [("09:00", "10:00")]}
    )
    assert starts(db, course, later) == ["09:00"]
    services.remove_weekly_hours(db, studio.admin, coach_id=coach, valid_from=later)
    assert starts(db, course, later)[0] == "08:00"
    with pytest.raises(NotFound):
        services.remove_weekly_hours(db, studio.admin, coach_id=coach, valid_from=later)


@pytest.mark.parametrize(
    ("windows", "words"),
    [
        ({0: [("08:00", "12:00"), ("11:00", "14:00")]}, r"overlap \(08:00-12:00 and 11:00-14:00\)"),
        ({2: [("17:00", "09:00")]}, r"must end after it starts \(17:00-09:00\)"),
        ({}, "To mark a coach as not working, add time off"),
        ({0: []}, "at least one window"),
        ({7: SPLIT}, "from 0 \\(Monday\\) to 6 \\(Sunday\\)"),
        ({0: [("8 am", "12:00")]}, "is not a time of day"),
    ],
)
def test_a_bad_pattern_is_refused_with_clear_words_and_nothing_is_saved(
    db: Database, studio: Studio, wira: tuple[int, int], windows: dict[int, list[tuple[str, str]]], words: str
) -> None:
    coach, _ = wira
    with pytest.raises(ValidationError, match=words):
        services.set_weekly_hours(db, studio.admin, coach_id=coach, valid_from=TODAY, windows=windows)
    assert services.weekly_hours(db, coach) == ()


def test_who_may_set_hours_and_for_which_coach(db: Database, studio: Studio, wira: tuple[int, int]) -> None:
    coach, _ = wira
    with pytest.raises(ValidationError, match="is not a date"):
        services.set_weekly_hours(
            db, studio.admin, coach_id=coach, valid_from="next monday", windows=MONDAY_TO_SATURDAY
        )
    for person in (studio.desk, studio.coach_a_actor):
        with pytest.raises(Forbidden, match="Only an admin can set the coaches' hours."):
            services.set_weekly_hours(
                db, person, coach_id=coach, valid_from=TODAY, windows=MONDAY_TO_SATURDAY
            )
        with pytest.raises(Forbidden, match="Only an admin can set the studio's holidays."):
            services.add_holiday(db, person, date=MONDAY, name="Founders' day")
    with pytest.raises(NotFound, match="Coach not found"):
        services.set_weekly_hours(
            db, studio.admin, coach_id=999_999, valid_from=TODAY, windows=MONDAY_TO_SATURDAY
        )


def test_a_new_pattern_lists_the_bookings_it_leaves_outside_and_they_stay_valid(
    db: Database, studio: Studio, wira: tuple[int, int]
) -> None:
    coach, course = wira
    services.set_weekly_hours(db, studio.admin, coach_id=coach, valid_from=TODAY, windows=MONDAY_TO_SATURDAY)
    early = book(db, studio, course, MONDAY, "08:00")
    late = book(db, studio, course, MONDAY, "15:00")
    change = services.set_weekly_hours(
        db, studio.admin, coach_id=coach, valid_from=MONDAY, windows={0: [("12:00", "18:00")]}
    )
    assert [b.id for b in change.outside] == [early.id]
    assert services.get_booking(db, early.id).status is BookingStatus.PENDING
    assert services.get_booking(db, late.id).status is BookingStatus.PENDING


def test_time_off_over_bookings_is_refused_listing_them_until_saved_anyway(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = book(db, studio, studio.yoga, MONDAY, "10:00")
    with pytest.raises(BookingsInTheWay, match=r"Active bookings fall in that time \(1\)") as refused:
        services.add_time_off(
            db, studio.admin, coach_id=studio.coach_a, date=MONDAY, start_time="09:00", end_time="12:00"
        )
    assert [b.id for b in refused.value.bookings] == [booking.id]  # type: ignore[attr-defined]
    assert services.hours_exceptions(db, studio.coach_a, MONDAY)[0].kind is ExceptionKind.EXTRA  # no time off

    change = services.add_time_off(
        db,
        studio.admin,
        coach_id=studio.coach_a,
        date=MONDAY,
        start_time="09:00",
        end_time="12:00",
        anyway=True,
    )
    assert [b.id for b in change.outside] == [booking.id]
    assert services.get_booking(db, booking.id).status is BookingStatus.PENDING
    assert starts(db, studio.yoga, MONDAY)[:3] == ["07:00", "07:30", "08:00"]
    assert "09:00" not in starts(db, studio.yoga, MONDAY) and "12:00" in starts(db, studio.yoga, MONDAY)

    # A whole day off where nothing is booked is saved at once, and removed again.
    change = services.add_time_off(
        db, studio.admin, coach_id=studio.coach_a, date=MONDAY + dt.timedelta(days=1)
    )
    assert change.outside == ()
    assert starts(db, studio.yoga, MONDAY + dt.timedelta(days=1)) == []
    whole_day = next(
        e
        for e in services.hours_exceptions(db, studio.coach_a, MONDAY)
        if e.kind is ExceptionKind.TIME_OFF and e.start is None
    )
    services.remove_time_off(db, studio.admin, whole_day.id)
    assert starts(db, studio.yoga, MONDAY + dt.timedelta(days=1))[0] == "07:00"
    with pytest.raises(NotFound):
        services.remove_time_off(db, studio.admin, whole_day.id)
    with pytest.raises(ValidationError, match="or neither for the whole day"):
        services.add_time_off(db, studio.admin, coach_id=studio.coach_a, date=MONDAY, start_time="09:00")


def test_a_holiday_closes_every_coach_and_is_refused_over_bookings_unless_saved_anyway(
    db: Database, studio: Studio
) -> None:
    holiday = MONDAY + dt.timedelta(days=3)
    booking = book(db, studio, studio.hiit, holiday, "10:00")
    with pytest.raises(BookingsInTheWay) as refused:
        services.add_holiday(db, studio.admin, date=holiday, name="Hari Raya")
    assert [b.id for b in refused.value.bookings] == [booking.id]  # type: ignore[attr-defined]
    assert services.list_holidays(db, TODAY) == ()

    change = services.add_holiday(db, studio.admin, date=holiday, name="Hari Raya", anyway=True)
    assert [b.id for b in change.outside] == [booking.id]
    assert starts(db, studio.yoga, holiday) == [] and starts(db, studio.hiit, holiday) == []
    assert all(coach.hours == () for coach in services.day_schedule(db, holiday).coaches)
    with pytest.raises(ValidationError, match="not available on that day"):
        book(db, studio, studio.yoga, holiday, "15:00")
    with pytest.raises(ValidationError, match="already a holiday: Hari Raya"):
        services.add_holiday(db, studio.admin, date=holiday, name="Again")
    with pytest.raises(ValidationError, match="Enter the holiday's name."):
        services.add_holiday(db, studio.admin, date=holiday + dt.timedelta(days=1), name="  ")

    (saved,) = services.list_holidays(db, TODAY)
    assert (saved.day, saved.name) == (holiday, "Hari Raya")
    services.remove_holiday(db, studio.admin, saved.id)
    assert starts(db, studio.yoga, holiday)[0] == "07:00"


def test_extra_hours_add_to_the_pattern_and_removing_them_lists_their_bookings(
    db: Database, studio: Studio, wira: tuple[int, int]
) -> None:
    coach, course = wira
    services.set_weekly_hours(db, studio.admin, coach_id=coach, valid_from=TODAY, windows=MONDAY_TO_SATURDAY)
    sunday = MONDAY + dt.timedelta(days=6)
    services.add_extra_hours(
        db, studio.admin, coach_id=coach, date=sunday, start_time="09:00", end_time="11:00"
    )
    services.add_extra_hours(
        db, studio.admin, coach_id=coach, date=MONDAY, start_time="12:00", end_time="13:00"
    )
    assert starts(db, course, sunday) == ["09:00", "09:30", "10:00"]
    assert "12:00" in starts(db, course, MONDAY) and "11:30" in starts(
        db, course, MONDAY
    )  # joined with 08-12
    booking = book(db, studio, course, sunday, "09:00")
    extra = next(e for e in services.hours_exceptions(db, coach, TODAY) if e.day == sunday)
    change = services.remove_extra_hours(db, studio.admin, extra.id)
    assert [b.id for b in change.outside] == [booking.id]
    with pytest.raises(ValidationError, match="must end after it starts"):
        services.add_extra_hours(
            db, studio.admin, coach_id=coach, date=sunday, start_time="11:00", end_time="10:00"
        )


def test_the_database_refuses_overlapping_windows_of_one_pattern_day(db: Database, studio: Studio) -> None:
    services.set_weekly_hours(db, studio.admin, coach_id=studio.coach_b, valid_from=TODAY, windows={0: SPLIT})
    with db.engine.connect() as connection, pytest.raises(Exception, match="weekly_windows"):
        connection.execute(
            text(
                "INSERT INTO weekly_windows (coach_id, valid_from, weekday, start_time, end_time)"
                " VALUES (:coach, :day, 0, :start, :end)"
            ),
            {"coach": studio.coach_b, "day": TODAY, "start": dt.time(11), "end": dt.time(14)},
        )


def test_other_desks_hear_about_hours_changes(
    db: Database,
    database_url: URL,
    studio: Studio,
    changes: Changes,  # noqa: F811
) -> None:
    plain = create_engine(database_url)
    try:
        with plain.begin() as connection:
            connection.execute(
                text("INSERT INTO holidays (date, name) VALUES (:day, 'Closed')"), {"day": MONDAY}
            )
        touched = changes.until(has(ChangeKind.HOURS))
        assert touched.days == {MONDAY}
        with plain.begin() as connection:
            connection.execute(
                text("INSERT INTO absences (coach_id, date) VALUES (:coach, :day)"),
                {"coach": studio.coach_b, "day": MONDAY},
            )
        touched = changes.until(has(ChangeKind.HOURS))
        assert touched.coach_ids == {studio.coach_b}
    finally:
        plain.dispose()
