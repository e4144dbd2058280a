"""Why the timetable left a date out is a sentence the desk translates, not English text."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.services import Database, Sentence, ValidationError
from tests.support.studio import Studio

BUSY_TUESDAY = dt.date(2025, 11, 4)


def busy_coach_and_a_class_course(db: Database, studio: Studio) -> int:
    services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=BUSY_TUESDAY,
                            start_time="18:00")
    return services.create_course(db, studio.admin, coach_id=studio.coach_a, title="Vinyasa Flow",
                                  duration_minutes=60, price=100_000, capacity=12).id


def test_a_skipped_date_carries_its_reason_as_a_sentence(db: Database, studio: Studio) -> None:
    course = busy_coach_and_a_class_course(db, studio)
    made = services.add_timetable_entry(db, studio.admin, course_id=course, weekday=1, start_time="18:00",
                                        starts_on="2025-10-24")
    [skipped] = made.skipped
    assert skipped.day == BUSY_TUESDAY
    assert isinstance(skipped.why, Sentence)
    assert skipped.why.template == "the coach has another session then"
    assert str(skipped.why) == "the coach has another session then"


def test_a_one_off_class_on_a_busy_date_says_why_in_one_sentence(db: Database, studio: Studio) -> None:
    course = busy_coach_and_a_class_course(db, studio)
    with pytest.raises(ValidationError) as refused:
        services.add_class(db, studio.admin, course_id=course, date=BUSY_TUESDAY, start_time="18:00")
    assert str(refused.value) == (
        "The class could not be put on 04 Nov 2025: the coach has another session then."
    )
    assert isinstance(refused.value.fields["why"], Sentence)
