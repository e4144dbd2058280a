"""Classes in the calendar's reads and the booking list: a class once with its fill (never its places
one by one), its time and buffer busy in the free grid, and the list narrowed to one class's places."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.services import BookingFilter, Database, ValidationError
from tests.support.classes import make_class
from tests.support.clock import JAKARTA
from tests.support.studio import Studio

TUESDAY = dt.date(2025, 10, 28)  # make_class's first Tuesday


def members(db: Database, count: int) -> list[int]:
    return [services.create_client(db, name=f"Member {n}", phone=f"0812555000{n:02d}").id
            for n in range(count)]


def at(hour: int, minute: int = 0, day: dt.date = TUESDAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=JAKARTA)


def test_a_day_shows_a_class_once_in_its_coachs_column_and_not_its_places(
    db: Database, studio: Studio
) -> None:
    made = make_class(db, studio, capacity=3)
    for client in members(db, 2):
        services.book_place(db, studio.desk, occurrence_id=made.first, client_id=client)
    private = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                      date=TUESDAY, start_time="10:00")

    sari, smith = services.day_schedule(db, TUESDAY).coaches

    assert [o.id for o in smith.classes] == [made.first] and sari.classes == ()
    shown = smith.classes[0]
    assert (shown.course_title, shown.fill_text, shown.busy_until) == ("Vinyasa Flow", "2/3", at(19))
    assert [b.id for b in smith.bookings] == [private.id]  # the places are the class's


def test_a_class_holds_its_coachs_time_even_with_no_places_yet(db: Database, studio: Studio) -> None:
    course = services.create_course(db, studio.admin, coach_id=studio.coach_a, title="Reformer",
                                    duration_minutes=60, price=100_000, capacity=4, buffer_minutes=30)
    services.add_class(db, studio.admin, course_id=course.id, date=TUESDAY, start_time="18:00", capacity=4)

    smith = services.day_schedule(db, TUESDAY).coaches[1]

    free = {slot.start_at for slot in smith.free}
    assert at(17, 30) in free and at(19, 30) in free
    assert not free & {at(18), at(18, 30), at(19)}  # the class, then its 30-minute buffer


def test_a_week_shows_the_coachs_classes_on_their_days(db: Database, studio: Studio) -> None:
    made = make_class(db, studio)
    week = services.week_schedule(db, studio.coach_a, dt.date(2025, 10, 27))
    assert [[o.id for o in day.classes] for day in week.days] == [[], [made.first], [], [], [], [], []]
    assert services.week_schedule(db, studio.coach_b, dt.date(2025, 10, 27)).days[1].classes == ()


def test_the_booking_list_narrows_to_one_class(db: Database, studio: Studio) -> None:
    made = make_class(db, studio)
    one, two = members(db, 2)
    first = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=one)
    services.book_place(db, studio.desk, occurrence_id=made.occurrences[1].id, client_id=two)
    services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                            date=TUESDAY, start_time="10:00")

    page = services.list_bookings(db, BookingFilter(occurrence_id=made.first))

    assert [(b.id, b.occurrence_id) for b in page.rows] == [(first.id, made.first)] and page.total == 1
    with pytest.raises(ValidationError, match="not a class number"):
        services.list_bookings(db, BookingFilter(occurrence_id="Vinyasa"))  # type: ignore[arg-type]
