"""An admin looks after coaches (rename, colour, web link, deactivate, reactivate) and courses
(every field); a price change is for new bookings only."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.services import (
    COACH_COLOURS,
    BookingStatus,
    Database,
    Forbidden,
    NotFound,
    ValidationError,
)
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

S = BookingStatus


def test_rename_colour_and_link_a_coach(db: Database, studio: Studio) -> None:
    changed = services.update_coach(
        db, studio.admin, studio.coach_a, name="  Coach Smithson ", colour=COACH_COLOURS[2].upper(),
        remote_id="31", web_username="smithson",
    )
    assert (changed.name, changed.colour, changed.remote_id, changed.web_username) == (
        "Coach Smithson", COACH_COLOURS[2], 31, "smithson",
    )
    assert services.get_coach(db, studio.coach_a) == changed
    day = services.day_schedule(db, "2025-10-27")
    assert {c.coach_name: c.colour for c in day.coaches}["Coach Smithson"] == COACH_COLOURS[2]
    unlinked = services.update_coach(db, studio.admin, studio.coach_a, name="Coach Smithson")
    assert (unlinked.colour, unlinked.remote_id, unlinked.web_username) == (None, None, None)


def test_bad_coach_input_is_refused_whole(db: Database, studio: Studio) -> None:
    services.update_coach(db, studio.admin, studio.coach_b, name="Coach Sari", remote_id=40)
    untouched = snapshot(db)
    cases = [
        ({"name": " "}, "Enter the coach's name."),
        ({"name": "A", "colour": "#123456"}, "Choose one of the calendar's colours."),
        ({"name": "A", "remote_id": "abc"}, "is not a web coach number"),
        ({"name": "A", "remote_id": 40}, "Web coach 40 is already linked to Coach Sari."),
        ({"name": "A", "web_username": "two words"}, "without spaces"),
    ]
    for fields, message in cases:
        with pytest.raises(ValidationError, match=message):
            services.update_coach(db, studio.admin, studio.coach_a, **fields)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        services.update_coach(db, studio.admin, 9999, name="Nobody")
    with pytest.raises(Forbidden, match="Only an admin can change coaches."):
        services.update_coach(db, studio.desk, studio.coach_a, name="Mine")
    with pytest.raises(Forbidden):
        services.set_coach_active(db, studio.coach_a_actor, studio.coach_a, active=False)
    assert snapshot(db) == untouched


def test_deactivating_lists_the_future_bookings_that_stay_valid(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    past = booking_in(db, studio, clock, S.PAID, date="2025-10-25")
    coming = booking_in(db, studio, clock, S.PAID, date="2025-10-28")
    later = booking_in(db, studio, clock, S.PENDING, date="2025-10-29")
    booking_in(db, studio, clock, S.CANCELED, date="2025-10-30")
    clock.set(dt.datetime(2025, 10, 26, 8, 0, tzinfo=past.start_at.tzinfo))  # the first is over

    listed = services.coach_future_bookings(db, studio.coach_a)
    assert [b.id for b in listed] == [coming.id, later.id]

    gone = services.set_coach_active(db, studio.admin, studio.coach_a, active=False)
    assert gone.active is False
    assert studio.coach_a not in {c.id for c in services.list_coaches(db)}
    assert studio.coach_a in {c.id for c in services.list_coaches(db, include_inactive=True)}
    assert {c.coach_id for c in services.list_courses(db)} == {studio.coach_b}
    assert services.get_booking(db, coming.id).status is S.PAID  # still valid
    with pytest.raises(ValidationError):
        services.create_booking(
            db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-31",
            start_time="10:00",
        )

    assert services.set_coach_active(db, studio.admin, studio.coach_a, active=True).active
    services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-31", start_time="10:00"
    )


def test_a_price_change_is_for_new_bookings(db: Database, studio: Studio, clock: SettableClock) -> None:
    sold = booking_in(db, studio, clock, S.PAID, date="2025-10-28")
    course = services.get_course(db, studio.yoga)
    changed = services.update_course(
        db, studio.admin, studio.yoga, coach_id=studio.coach_b, title="Yoga Dasar", duration_minutes="75",
        price="175.000", buffer_minutes=10, location="Studio 2", active=True, remote_id="77",
    )
    assert (changed.title, changed.coach_id, changed.duration_minutes, changed.price) == (
        "Yoga Dasar", studio.coach_b, 75, 175_000,
    )
    assert (changed.buffer_minutes, changed.location, changed.remote_id) == (10, "Studio 2", 77)
    kept = services.get_booking(db, sold.id)
    assert (kept.price, kept.coach_id, kept.duration_minutes) == (course.price, studio.coach_a, 60)
    new = services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.yoga, date="2025-10-29", start_time="09:00"
    )
    assert (new.price, new.coach_id, new.duration_minutes, new.buffer_minutes) == (
        175_000, studio.coach_b, 75, 10,
    )


def test_an_inactive_course_takes_no_new_bookings(db: Database, studio: Studio) -> None:
    course = services.get_course(db, studio.hiit)
    services.update_course(
        db, studio.admin, course.id, coach_id=course.coach_id, title=course.title,
        duration_minutes=course.duration_minutes, price=course.price, active=False,
    )
    assert course.id not in {c.id for c in services.list_courses(db)}
    with pytest.raises(ValidationError):
        services.create_booking(
            db, studio.desk, client_id=studio.john, course_id=course.id, date="2025-10-29", start_time="09:00"
        )


def test_bad_course_input_is_refused_whole(db: Database, studio: Studio) -> None:
    services.update_course(
        db, studio.admin, studio.hiit, coach_id=studio.coach_b, title="HIIT", duration_minutes=60,
        price=175_000, remote_id=5,
    )
    untouched = snapshot(db)
    good = {"coach_id": studio.coach_a, "title": "Yoga", "duration_minutes": 60, "price": 150_000}
    cases = [
        ({"title": ""}, "Enter the course's title."),
        ({"duration_minutes": "1h"}, "The duration must be a whole number of minutes."),
        ({"duration_minutes": 2}, "The duration must be between 5 and 720 minutes."),
        ({"price": "-5"}, "price"),
        ({"buffer_minutes": 500}, "The buffer must be between 0 and 240 minutes."),
        ({"remote_id": 5}, "Another course is already linked to web course 5."),
    ]
    for fields, message in cases:
        with pytest.raises(ValidationError, match=message):
            services.update_course(db, studio.admin, studio.yoga, **(good | fields))  # type: ignore[arg-type]
    with pytest.raises(NotFound, match="Coach not found"):
        services.update_course(db, studio.admin, studio.yoga, **(good | {"coach_id": 9999}))  # type: ignore[arg-type]
    with pytest.raises(NotFound, match="Course not found"):
        services.update_course(db, studio.admin, 9999, **good)  # type: ignore[arg-type]
    with pytest.raises(Forbidden, match="Only an admin can change courses."):
        services.update_course(db, studio.desk, studio.yoga, **good)  # type: ignore[arg-type]
    assert snapshot(db) == untouched
