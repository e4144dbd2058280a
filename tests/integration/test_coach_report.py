"""The coach report against an example worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.services import BookingStatus, CoachTotals, Database, ValidationError
from tests.support.builders import booking_in
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio

S = BookingStatus


def test_sessions_minutes_money_cancellations_no_shows_and_unmarked_per_coach(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    # Coach Smith: two yoga sessions done (60 min, Rp 150.000 each), a pilates done (45 min,
    # Rp 200.000, paid at a discount: earnings count the price as sold), a yoga canceled, a yoga
    # paid but never marked after it ended (not yet marked: not a no-show), a yoga recorded as a
    # no-show (not a session done, but its price is kept), a yoga still to come.
    for start in ("09:00", "11:00"):
        booking_in(db, studio, clock, S.DONE, date="2025-10-27", start=start)
    pilates = services.create_booking(
        db,
        studio.desk,
        client_id=studio.jane,
        course_id=studio.pilates,
        date="2025-10-28",
        start_time="09:00",
    )
    services.mark_paid(db, studio.desk, pilates.id, method="cash", amount=180_000)
    services.confirm_booking(db, studio.admin, pilates.id)
    clock.set(pilates.end_at)
    services.complete_booking(db, studio.admin, pilates.id)
    clock.set(dt.datetime(2025, 10, 24, 8, 0, tzinfo=JAKARTA))
    booking_in(db, studio, clock, S.CANCELED, date="2025-10-29", start="09:00")
    booking_in(db, studio, clock, S.PAID, date="2025-10-29", start="10:00")
    booking_in(db, studio, clock, S.PENDING, date="2025-10-31", start="10:00")
    absent = booking_in(db, studio, clock, S.CONFIRMED, date="2025-10-29", start="13:00")
    clock.set(absent.start_at + dt.timedelta(minutes=20))
    services.record_no_show(db, studio.coach_a_actor, absent.id)
    clock.set(dt.datetime(2025, 10, 24, 8, 0, tzinfo=JAKARTA))
    # Coach Sari: one HIIT done, one canceled.
    booking_in(db, studio, clock, S.DONE, date="2025-10-28", start="15:00", course=studio.hiit)
    booking_in(db, studio, clock, S.CANCELED, date="2025-10-30", start="15:00", course=studio.hiit)
    # Outside the range: not counted.
    booking_in(db, studio, clock, S.DONE, date="2025-11-03", start="09:00")

    clock.set(dt.datetime(2025, 10, 30, 12, 0, tzinfo=JAKARTA))  # after the unmarked session
    report = services.coach_report(db, studio.admin, "2025-10-27", "2025-10-31")

    assert report.coaches == (
        CoachTotals(studio.coach_b, "Coach Sari", 1, 60, 175_000, 1, 0, 0),
        CoachTotals(studio.coach_a, "Coach Smith", 3, 165, 650_000, 1, 1, 1),
    )
    assert report.total == CoachTotals(None, "All coaches", 4, 225, 825_000, 2, 1, 1)
    assert (report.start, report.end, report.currency) == (
        dt.date(2025, 10, 27),
        dt.date(2025, 10, 31),
        "IDR",
    )


def test_a_report_needs_a_sensible_range(db: Database, studio: Studio) -> None:
    with pytest.raises(ValidationError, match="comes before"):
        services.coach_report(db, studio.admin, "2025-10-31", "2025-10-01")
    with pytest.raises(ValidationError, match="a year"):
        services.coach_report(db, studio.admin, "2024-01-01", "2025-10-01")
    empty = services.coach_report(db, studio.admin, "2025-10-01", "2025-10-02")
    assert empty.coaches == () and empty.total.sessions_done == 0
