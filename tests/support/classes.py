"""A group class in the test studio: a class course, a room and a weekly timetable line."""

from __future__ import annotations

from dataclasses import dataclass

from studio_desk import services
from studio_desk.services import Database
from tests.support.studio import Studio


@dataclass(frozen=True)
class TestClass:
    course: int
    room: int
    entry: services.TimetableResult
    occurrences: tuple[services.OccurrenceView, ...]

    @property
    def first(self) -> int:
        return self.occurrences[0].id


def make_class(
    db: Database, studio: Studio, *, capacity: int = 3, room_capacity: int = 10, weekday: int = 1,
    start: str = "18:00", title: str = "Vinyasa Flow", price: int = 100_000, coach: int | None = None,
    starts_on: str = "2025-10-24",
) -> TestClass:
    """A class of `capacity` places every `weekday` (1: Tuesday) at `start`, in a room of its own."""
    course = services.create_course(
        db, studio.admin, coach_id=coach or studio.coach_a, title=title, duration_minutes=60, price=price,
        capacity=max(capacity, 2),
    )
    room = services.add_room(db, studio.admin, name=f"Room for {title}", capacity=room_capacity)
    entry = services.add_timetable_entry(
        db, studio.admin, course_id=course.id, weekday=weekday, start_time=start, starts_on=starts_on,
        room_id=room.id, capacity=capacity,
    )
    found = services.occurrences_between(db, "2025-10-01", "2026-03-01")
    return TestClass(course.id, room.id, entry, tuple(o for o in found if o.course_id == course.id))
