"""The coach queue (coach_queue): a coach's paid bookings to confirm from the day on, and the
day's confirmed sessions to mark done; an admin sees every coach's or picks one."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.services import BookingStatus, CoachQueueView, Database, Forbidden
from tests.support.builders import booking_in
from tests.support.clock import DEFAULT_NOW, SettableClock
from tests.support.studio import Studio

S = BookingStatus
TODAY = DEFAULT_NOW.date()


def queue_of(view: CoachQueueView) -> tuple[list[str], list[str]]:
    """Each list as "course day-of-month time" lines, in order."""
    def lines(rows: tuple[services.BookingView, ...]) -> list[str]:
        return [f"{b.course_title} {b.start_at:%d %H:%M}" for b in rows]

    return lines(view.waiting.rows), lines(view.to_mark_done.rows)


@pytest.fixture
def day_of_work(db: Database, studio: Studio, clock: SettableClock) -> None:
    clock.set(DEFAULT_NOW - dt.timedelta(days=2))
    booking_in(db, studio, clock, S.PAID, date="2025-10-23", start="10:00")  # yesterday: gone by
    clock.set(DEFAULT_NOW)
    yoga, hiit = studio.yoga, studio.hiit
    booking_in(db, studio, clock, S.PAID, date="2025-10-25", start="10:00", course=yoga)
    booking_in(db, studio, clock, S.PAID, date="2025-10-24", start="10:00", course=yoga)
    booking_in(db, studio, clock, S.PENDING, date="2025-10-24", start="12:00", course=yoga)
    booking_in(db, studio, clock, S.CONFIRMED, date="2025-10-24", start="14:00", course=yoga)
    booking_in(db, studio, clock, S.CONFIRMED, date="2025-10-25", start="14:00", course=yoga)
    booking_in(db, studio, clock, S.PAID, date="2025-10-24", start="10:00", course=hiit)
    booking_in(db, studio, clock, S.CONFIRMED, date="2025-10-24", start="15:00", course=hiit)


@pytest.mark.usefixtures("day_of_work")
def test_a_coach_sees_their_own_queue_for_today(db: Database, studio: Studio) -> None:
    view = services.coach_queue(db, studio.coach_a_actor)
    assert (view.day, view.coach_id) == (TODAY, studio.coach_a)
    assert queue_of(view) == (
        ["Yoga Pemula 24 10:00", "Yoga Pemula 25 10:00"],
        ["Yoga Pemula 24 14:00"],
    )
    assert view.waiting.total == 2 and view.to_mark_done.total == 1


@pytest.mark.usefixtures("day_of_work")
def test_another_day_is_asked_for_by_date(db: Database, studio: Studio) -> None:
    view = services.coach_queue(db, studio.coach_a_actor, "2025-10-25")
    assert queue_of(view) == (["Yoga Pemula 25 10:00"], ["Yoga Pemula 25 14:00"])


@pytest.mark.usefixtures("day_of_work")
def test_an_admin_sees_every_coach_or_the_one_picked(db: Database, studio: Studio) -> None:
    everyone = services.coach_queue(db, studio.admin, TODAY)
    assert everyone.coach_id is None
    assert queue_of(everyone) == (
        ["Yoga Pemula 24 10:00", "HIIT 24 10:00", "Yoga Pemula 25 10:00"],
        ["Yoga Pemula 24 14:00", "HIIT 24 15:00"],
    )
    picked = services.coach_queue(db, studio.admin, TODAY, coach_id=studio.coach_b)
    assert queue_of(picked) == (["HIIT 24 10:00"], ["HIIT 24 15:00"])


def test_only_coaches_and_admins_have_a_queue(db: Database, studio: Studio) -> None:
    with pytest.raises(Forbidden, match="only their own queue"):
        services.coach_queue(db, studio.coach_a_actor, coach_id=studio.coach_b)
    with pytest.raises(Forbidden, match="Only a coach or an admin"):
        services.coach_queue(db, studio.desk)


def test_a_long_queue_says_how_long_it_is(db: Database, studio: Studio, clock: SettableClock) -> None:
    for start in ("09:00", "10:00", "11:00"):
        booking_in(db, studio, clock, S.PAID, date="2025-10-25", start=start)
    view = services.coach_queue(db, studio.coach_a_actor, limit=2)
    assert (len(view.waiting.rows), view.waiting.total) == (2, 3)
