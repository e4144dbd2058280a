"""A new studio set up in one step: its admin and coach can sign in and book straight away;
bad input leaves the database empty so the first-run screen can simply ask again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.services import Database, NewStudio, StaffRole
from tests.support.clock import SettableClock

GOOD = NewStudio(
    admin_name="Dewi", admin_pin="1111", coach_name="Andi", coach_pin="3333",
    course_title="Yoga Pemula", duration_minutes="60", price="150.000",
    hours_from="08:00", hours_to="12:00",
)


@pytest.fixture
def new_db(empty_database_url: URL, clock: SettableClock) -> Iterator[Database]:
    database = Database.open(empty_database_url, clock=clock)
    yield database
    database.dispose()


def test_a_new_studio_can_book_its_first_walk_in(new_db: Database) -> None:
    admin = services.start_studio(new_db, GOOD)

    assert admin.role is StaffRole.ADMIN and admin.name == "Dewi"
    people = {person.name: person for person in services.list_staff(new_db)}
    coach_actor = services.sign_in(new_db, people["Andi"].id, "3333")
    assert coach_actor.role is StaffRole.COACH and coach_actor.coach_id is not None
    assert services.sign_in(new_db, people["Dewi"].id, "1111").role is StaffRole.ADMIN
    [course] = services.list_courses(new_db)
    assert (course.title, course.duration_minutes, course.price) == ("Yoga Pemula", 60, 150_000)
    tomorrow = services.studio_today(new_db).replace(day=25)
    assert [slot.label for slot in services.free_start_times(new_db, course.id, tomorrow)] == [
        "08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00"]
    client = services.create_client(new_db, name="Walk-in")
    booking = services.create_booking(new_db, admin, client_id=client.id, course_id=course.id,
                                      date=tomorrow, start_time="09:00")
    assert booking.coach_name == "Andi"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"admin_name": "  "}, "your name"),
        ({"coach_pin": "1111"}, "different from yours"),
        ({"admin_pin": "12"}, "PIN"),
        ({"price": "150,5"}, "must be a number"),
        ({"duration_minutes": "0"}, "duration"),
        ({"hours_from": "12:00", "hours_to": "08:00"}, "end after"),
    ],
)
def test_bad_input_leaves_the_database_empty(new_db: Database, change: dict[str, str], message: str) -> None:
    with pytest.raises(services.ValidationError, match=f"(?i){message}"):
        services.start_studio(new_db, NewStudio(**{**GOOD.__dict__, **change}))
    assert services.is_empty(new_db)


def test_a_studio_is_started_only_once(new_db: Database) -> None:
    services.start_studio(new_db, GOOD)
    with pytest.raises(services.ValidationError, match="already has a studio"):
        services.start_studio(new_db, GOOD)
    assert len(services.list_staff(new_db)) == 2


def test_the_first_coachs_hours_never_run_out(new_db: Database) -> None:
    admin = services.start_studio(new_db, GOOD)
    [course] = services.list_courses(new_db)
    (pattern,) = services.weekly_hours(new_db, course.coach_id)
    assert pattern.valid_from == services.studio_today(new_db)
    a_year_on = services.studio_today(new_db) + dt.timedelta(days=365)
    assert [slot.label for slot in services.free_start_times(new_db, course.id, a_year_on)][0] == "08:00"
    client = services.create_client(new_db, name="Walk-in")
    later = services.studio_today(new_db) + dt.timedelta(days=200)
    booking = services.create_booking(new_db, admin, client_id=client.id, course_id=course.id,
                                      date=later, start_time="11:00")
    assert booking.start_at.date() == later
