"""Linking a course, or turning sync on, sends the course's future desk bookings the web has
never heard of, with their statuses, against the loopback web platform, on both databases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, Database, SyncState, sync
from tests.support.builders import booking_in
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio
from tests.support.sync import Linked, link_studio
from tests.support.web_platform import WebPlatform

S = BookingStatus
CREATE = "/booking/api/course/"


@pytest.fixture
def web() -> Iterator[WebPlatform]:
    with WebPlatform() as platform:
        yield platform
    assert platform.errors == []


def web_twin(linked: Linked, booking_id: int):  # noqa: ANN201
    remote = services.get_booking(linked.db, booking_id).remote_id
    assert remote is not None, "the desk booking never reached the web"
    return linked.web.booking(remote)


def book(db: Database, studio: Studio, day: str, start: str, *, course: int | None = None) -> BookingView:
    return services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=course or studio.yoga, date=day, start_time=start
    )


def test_linking_sends_the_future_active_bookings_made_before_with_the_desks_statuses(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    past = booking_in(db, studio, clock, S.PAID, date="2025-10-24", start="10:00")
    pending = booking_in(db, studio, clock, S.PENDING, start="09:00")
    paid = services.mark_paid(
        db, studio.desk, book(db, studio, "2025-10-25", "11:00").id, method="qris", reference="QR-778"
    ).booking
    confirmed = booking_in(db, studio, clock, S.CONFIRMED, date="2025-10-26", start="10:00")
    canceled = booking_in(db, studio, clock, S.CANCELED, start="14:00")
    elsewhere = booking_in(db, studio, clock, S.PENDING, start="16:00", course=studio.pilates)  # not linked
    hiit = booking_in(db, studio, clock, S.PAID, start="10:00", course=studio.hiit)
    clock.set(dt.datetime(2025, 10, 24, 12, 0, tzinfo=JAKARTA))  # `past` is over
    assert sync.sync_status(db).waiting == 0, "with sync off nothing was queued"

    preview = sync.preview_catch_up(
        db, studio.admin, server="https://studio.example.com", enabled=True,
        courses={studio.yoga: 1, studio.hiit: 2},
    )
    # The web courses come in title order: HIIT, then Yoga Pemula; each course's soonest first.
    assert [(b.booking_id, b.status) for b in preview.to_send] == [
        (hiit.id, S.PAID), (pending.id, S.PENDING), (paid.id, S.PAID), (confirmed.id, S.CONFIRMED),
    ]
    assert preview.kept_at_desk == ()
    assert sync.sync_status(db).waiting == 0, "a preview saves nothing"
    with pytest.raises(services.Forbidden):
        sync.preview_catch_up(db, studio.desk, enabled=True)

    linked = link_studio(db, studio, clock, web, monkeypatch)
    # Each booking's create, then what brings the web to its status.
    assert sync.sync_status(db).waiting == 4 + 1 + 2 + 1
    report = linked.sync()

    assert report.ok, report.lines()
    assert (report.sent, report.waiting) == (8, 0)
    assert len(web.bookings()) == 4
    assert web.count("POST", CREATE) == 4
    there = web_twin(linked, paid.id)
    assert (there.status, there.payment_id, there.payment_method) == ("paid", "QR-778", "qris")
    assert there.course_id == linked.web_yoga and there.start == dt.datetime(2025, 10, 25, 11, 0)
    assert there.extra.get("client_name") == "John Doe"
    assert web_twin(linked, pending.id).status == "pending"
    there = web_twin(linked, confirmed.id)
    assert (there.status, there.payment_id, there.payment_method) == (
        "confirmed", f"DESK-{confirmed.id}", "cash"
    )
    assert web_twin(linked, hiit.id).course_id == linked.web_hiit
    for left in (past, canceled, elsewhere):
        stays = services.get_booking(db, left.id)
        assert (stays.sync_state, stays.remote_id) == (None, None)
    for sent in (pending, paid, confirmed, hiit):
        now = services.get_booking(db, sent.id)
        assert (now.sync_state, now.status) == (SyncState.LINKED, sent.status)

    # From here the desk's changes follow them to the web, as for any linked booking.
    services.mark_paid(db, studio.desk, pending.id, method="cash")
    assert linked.sync().sent == 1
    assert web_twin(linked, pending.id).status == "paid"


def test_saving_or_linking_again_sends_nothing_twice(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = booking_in(db, studio, clock, S.PAID, start="09:00")
    linked = link_studio(db, studio, clock, web, monkeypatch)
    assert sync.sync_status(db).waiting == 2

    # Saved again before the round: the booking's create is waiting already.
    again = sync.configure_sync(db, studio.admin, enabled=True, courses={studio.yoga: linked.web_yoga})
    assert again.catch_up.to_send == ()
    assert sync.sync_status(db).waiting == 2
    assert linked.sync().sent == 2

    # Unlinked and linked again after it is on the web.
    sync.configure_sync(db, studio.admin, courses={studio.yoga: None})
    relinked = sync.configure_sync(db, studio.admin, courses={studio.yoga: linked.web_yoga})
    assert relinked.catch_up.to_send == ()
    assert sync.sync_status(db).waiting == 0
    assert linked.sync().sent == 0
    assert web.count("POST", CREATE) == 1
    assert web_twin(linked, first.id).status == "paid"


def test_a_course_linked_again_sends_what_was_booked_while_it_was_unlinked(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    linked = link_studio(db, studio, clock, web, monkeypatch)
    before = book(db, studio, "2025-10-25", "09:00")
    sync.configure_sync(db, studio.admin, courses={studio.yoga: None})
    meanwhile = book(db, studio, "2025-10-25", "11:00")
    assert meanwhile.sync_state is None

    relinked = sync.configure_sync(db, studio.admin, courses={studio.yoga: linked.web_yoga})

    assert [b.booking_id for b in relinked.catch_up.to_send] == [meanwhile.id]
    assert relinked.catch_up.lines() == [
        "1 future booking of 'Yoga Pemula' will be sent to the web platform:",
        "  25 Oct 2025 11:00: John Doe, pending",
    ]
    assert linked.sync().sent == 2
    assert {web_twin(linked, b.id).start.hour for b in (before, meanwhile)} == {9, 11}


def test_turning_sync_on_sends_what_was_booked_while_it_was_off(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    linked = link_studio(db, studio, clock, web, monkeypatch)
    sync.configure_sync(db, studio.admin, enabled=False)
    pending = book(db, studio, "2025-10-25", "09:00")
    confirmed = booking_in(db, studio, clock, S.CONFIRMED, start="11:00")
    assert sync.sync_status(db).waiting == 0

    preview = sync.preview_catch_up(db, studio.admin, enabled=True)
    assert [b.booking_id for b in preview.to_send] == [pending.id, confirmed.id]
    turned_on = sync.configure_sync(db, studio.admin, enabled=True)

    assert [b.booking_id for b in turned_on.catch_up.to_send] == [pending.id, confirmed.id]
    assert turned_on.is_on and sync.get_sync_config(db).is_on
    report = linked.sync()
    assert report.ok and report.sent == 1 + 3
    assert [web_twin(linked, b.id).status for b in (pending, confirmed)] == ["pending", "confirmed"]


def test_with_sync_staying_off_linking_sends_nothing_until_it_is_turned_on(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    linked = link_studio(db, studio, clock, web, monkeypatch)
    sync.configure_sync(db, studio.admin, enabled=False, courses={studio.yoga: None})
    booking = book(db, studio, "2025-10-25", "09:00")

    assert sync.preview_catch_up(db, studio.admin, courses={studio.yoga: linked.web_yoga}).to_send == ()
    linked_off = sync.configure_sync(db, studio.admin, courses={studio.yoga: linked.web_yoga})
    assert linked_off.catch_up.to_send == () and sync.sync_status(db).waiting == 0

    turned_on = sync.configure_sync(db, studio.admin, enabled=True)
    assert [b.booking_id for b in turned_on.catch_up.to_send] == [booking.id]


def test_a_course_moved_to_another_web_course_takes_its_waiting_bookings_along(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    linked = link_studio(db, studio, clock, web, monkeypatch)
    on_the_web = book(db, studio, "2025-10-25", "09:00")
    linked.sync()
    waiting = book(db, studio, "2025-10-25", "11:00")
    new_course = web.add_course(linked.smith_coach, "Yoga Pemula (new)", duration_minutes=60, price=150_000)

    moved = sync.configure_sync(db, studio.admin, courses={studio.yoga: new_course})

    assert moved.catch_up.to_send == ()
    assert linked.sync().sent == 1
    assert web_twin(linked, waiting.id).course_id == new_course
    # The web cannot move a booking: the one already there stays at the old course.
    assert web_twin(linked, on_the_web.id).course_id == linked.web_yoga


def test_a_booking_moved_to_another_coach_stays_at_the_desk_and_the_admin_is_told(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    moved = book(db, studio, "2025-10-25", "09:00")
    moved = services.reschedule_booking(
        db, studio.desk, moved.id, date="2025-10-25", start_time="09:00", coach_id=studio.coach_b
    )
    stays = book(db, studio, "2025-10-25", "11:00")

    linked = link_studio(db, studio, clock, web, monkeypatch)
    catch_up = sync.configure_sync(db, studio.admin, enabled=True).catch_up
    assert catch_up.to_send == ()  # `stays` was queued when linking, `moved` stays at the desk
    assert [b.booking_id for b in catch_up.kept_at_desk] == [moved.id]
    assert catch_up.lines() == [
        "1 future booking of 'Yoga Pemula' stays at the desk only: it is with Coach Sari, and the web "
        "platform takes this course's bookings only with the course's own coach:",
        "  25 Oct 2025 09:00: John Doe, pending",
    ]

    report = linked.sync()
    assert report.ok, report.lines()
    assert [b.start.hour for b in web.bookings()] == [11]
    assert services.get_booking(db, stays.id).sync_state is SyncState.LINKED
    assert services.get_booking(db, moved.id).sync_state is None


def test_a_refused_booking_kept_at_the_desk_is_not_sent_again_by_linking(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> None:
    linked = link_studio(db, studio, clock, web, monkeypatch)
    refused = book(db, studio, "2025-10-25", "10:00")
    linked.web_booking("2025-10-25T10:00")
    assert linked.sync().refused == 1
    sync.keep_at_desk_only(db, studio.desk, refused.id)

    sync.configure_sync(db, studio.admin, courses={studio.yoga: None})
    relinked = sync.configure_sync(db, studio.admin, courses={studio.yoga: linked.web_yoga})

    assert relinked.catch_up.to_send == ()
    assert sync.sync_status(db).waiting == 0
