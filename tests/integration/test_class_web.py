"""Group classes and the web sync, against the test web platform: the web knows no classes, so a
web booking pulled over one of a coach's class times is kept as a conflict for a person (with no
desk booking to name), never taken in over the class; once the class is canceled, the next round
takes it in. A place in a class is the desk's alone: it never waits for the web."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from studio_desk import services
from studio_desk.services import Database, integrity, sync
from tests.support.classes import make_class
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.sync import Linked, link_studio
from tests.support.web_platform import WebPlatform


@pytest.fixture
def web() -> Iterator[WebPlatform]:
    with WebPlatform() as platform:
        yield platform
    assert platform.errors == []


@pytest.fixture
def linked(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> Linked:
    return link_studio(db, studio, clock, web, monkeypatch)


def _budis(db: Database) -> list[services.BookingView]:
    return list(services.list_bookings(db, services.BookingFilter(text="Budi")).rows)


def test_a_web_booking_over_a_class_is_kept_as_a_conflict_until_the_class_is_canceled(linked: Linked) -> None:
    db, studio = linked.db, linked.studio
    made = make_class(db, studio, capacity=3)  # coach A, Tuesday 28 October 18:00-19:00
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john)
    remote = linked.web_booking("2025-10-28T18:30", status="paid")  # coach A's yoga on the web

    report = linked.sync()

    assert report.conflicts == 1 and report.pulled_new == 0, report.lines()
    assert _budis(db) == [], "the web booking was not taken in over the class"
    problems = sync.sync_problems(db)
    kept = [(c.remote_id, c.client_name, c.coach_id, c.blocking_booking_id) for c in problems.web_conflicts]
    assert kept == [(remote, "Budi Santoso", studio.coach_a, None)]
    assert problems.refused == ()
    assert sync.sync_status(db).problems == 1
    assert integrity.count_overlapping_pairs(db) == 0
    # The class and its place are as they were, and the place never waits for the web.
    assert services.get_booking(db, place.id).sync_state is None
    assert services.get_occurrence(db, made.first).active_places == 1

    linked.later()
    assert linked.sync().conflicts == 1, "still kept, round after round"

    services.cancel_occurrence(db, studio.admin, made.first, reason="Coach ill")
    linked.later()
    report = linked.sync()

    assert report.pulled_new == 1 and report.conflicts == 0, report.lines()
    assert sync.sync_problems(db).count == 0
    assert [b.remote_id for b in _budis(db)] == [remote]
    assert integrity.count_overlapping_pairs(db) == 0


def test_a_web_booking_next_to_a_class_is_taken_in(linked: Linked) -> None:
    db, studio = linked.db, linked.studio
    make_class(db, studio, capacity=3)  # 18:00-19:00
    remote = linked.web_booking("2025-10-28T19:00", status="pending")  # right after: the web has no buffers

    report = linked.sync()

    assert report.pulled_new == 1 and report.conflicts == 0, report.lines()
    assert [b.remote_id for b in _budis(db)] == [remote]
    assert integrity.count_overlapping_pairs(db) == 0


def test_a_place_booked_paid_and_canceled_with_sync_on_sends_nothing(linked: Linked) -> None:
    db, studio = linked.db, linked.studio
    made = make_class(db, studio, capacity=3)
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.jane)
    services.mark_paid(db, studio.desk, place.id, method="cash")
    services.cancel_booking(db, studio.desk, place.id, reason="Sick", refund=services.NO_REFUND)
    assert sync.sync_status(db).waiting == 0
    report = linked.sync()
    assert report.ok and report.sent == 0, report.lines()
    assert linked.web.count("POST", "/booking/api/course/") == 0
