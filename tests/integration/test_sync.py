"""The web sync against a real HTTP server on loopback that behaves as the web platform's guide says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from studio_desk import services
from studio_desk.models import StudioSetting
from studio_desk.services import (
    BookingAction,
    BookingOrigin,
    BookingStatus,
    Database,
    SlotConflict,
    SyncError,
    SyncState,
    ValidationError,
    integrity,
    sync,
)
from studio_desk.services.sync.run import LEASE_KEY
from studio_desk.services.unit_of_work import run_write
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.packs import add_product
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


@pytest.fixture
def linked(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> Linked:
    return link_studio(db, studio, clock, web, monkeypatch)


def walk_in(linked: Linked, start: str = "10:00", *, course: int | None = None, day: str = "2025-10-25"):  # noqa: ANN201
    return services.create_booking(
        linked.db,
        linked.studio.desk,
        client_id=linked.studio.john,
        course_id=course or linked.studio.yoga,
        date=day,
        start_time=start,
    )


def web_twin(linked: Linked, booking_id: int):  # noqa: ANN201
    remote = services.get_booking(linked.db, booking_id).remote_id
    assert remote is not None, "the desk booking never reached the web"
    return linked.web.booking(remote)


# -- turned off ---------------------------------------------------------------------------------


def test_with_sync_off_nothing_is_queued_and_a_round_says_it_is_off(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, S.PAID)
    assert booking.sync_state is None
    assert sync.sync_status(db).waiting == 0
    with pytest.raises(SyncError, match="Web sync is off"):
        sync.run_sync_once(db)


def test_turning_sync_off_stops_queueing_new_bookings(linked: Linked) -> None:
    sync.configure_sync(linked.db, linked.studio.admin, enabled=False)
    assert walk_in(linked).sync_state is None
    assert sync.sync_status(linked.db).waiting == 0


# -- push ------------------------------------------------------------------------------------------


def test_a_walk_in_reaches_the_web_with_its_payment_and_the_coachs_steps(linked: Linked) -> None:
    db, studio = linked.db, linked.studio
    booking = walk_in(linked)
    assert booking.sync_state is SyncState.QUEUED
    services.mark_paid(db, studio.desk, booking.id, method="qris", reference="QR-778")
    services.confirm_booking(db, studio.coach_a_actor, booking.id)

    report = linked.sync()

    assert report.ok, report.lines()
    assert (report.sent, report.waiting) == (3, 0)
    there = web_twin(linked, booking.id)
    assert (there.status, there.payment_id, there.payment_method) == ("confirmed", "QR-778", "qris")
    assert there.start == dt.datetime(2025, 10, 25, 10, 0)
    assert there.course_id == linked.web_yoga
    assert services.get_booking(db, booking.id).sync_state is SyncState.LINKED

    linked.clock.set(booking.end_at)
    services.complete_booking(db, studio.coach_a_actor, booking.id)
    assert linked.sync().sent == 1
    assert web_twin(linked, booking.id).status == "done"
    assert linked.web.count("POST", CREATE) == 1


def test_a_session_paid_with_a_pack_reaches_the_web_as_package_with_the_packs_number(linked: Linked) -> None:
    db, studio = linked.db, linked.studio
    product = add_product(db)
    pack = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product, method="cash").pack
    booking = services.book_with_pack(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-25", start_time="10:00",
    )
    report = linked.sync()
    assert report.ok, report.lines()
    there = web_twin(linked, booking.id)
    assert (there.status, there.payment_id, there.payment_method) == ("paid", str(pack.id), "package")


def test_a_cash_payment_gets_a_desk_payment_id_and_a_cancel_reaches_the_web(linked: Linked) -> None:
    booking = walk_in(linked)
    services.mark_paid(linked.db, linked.studio.desk, booking.id, method="cash")
    services.cancel_booking(
        linked.db, linked.studio.desk, booking.id, reason="Sick", refund=services.NO_REFUND
    )
    assert linked.sync().sent == 3
    there = web_twin(linked, booking.id)
    assert (there.status, there.payment_id, there.payment_method) == (
        "canceled",
        f"DESK-{booking.id}",
        "cash",
    )


def test_a_hold_that_expires_by_itself_is_canceled_on_the_web(linked: Linked) -> None:
    services.update_settings(linked.db, linked.studio.admin, hold_minutes=30)
    booking = walk_in(linked)
    assert linked.sync().sent == 1
    assert web_twin(linked, booking.id).status == "pending"
    linked.clock.advance(minutes=31)
    assert services.release_stale_holds(linked.db) == 1
    assert sync.sync_status(linked.db).waiting == 1  # the web's cancel, queued with the expiry
    assert linked.sync().sent == 1
    assert web_twin(linked, booking.id).status == "canceled"


def test_a_course_that_is_not_linked_stays_at_the_desk(linked: Linked) -> None:
    booking = walk_in(linked, course=linked.studio.pilates)
    assert booking.sync_state is None
    assert linked.sync().sent == 0
    assert linked.web.bookings() == []


# -- pull ------------------------------------------------------------------------------------------


def test_web_bookings_come_into_the_desk_and_block_those_times(linked: Linked) -> None:
    remote = linked.web_booking("2025-10-25T09:00", status="paid")
    report = linked.sync()
    assert report.pulled_new == 1

    found = services.list_bookings(linked.db, services.BookingFilter(text="Budi")).rows
    assert len(found) == 1
    pulled = found[0]
    assert (pulled.origin, pulled.remote_id, pulled.status) == (BookingOrigin.WEB, remote, S.PAID)
    assert (pulled.coach_id, pulled.course_id) == (linked.studio.coach_a, linked.studio.yoga)
    assert pulled.start_at == dt.datetime(2025, 10, 25, 9, 0, tzinfo=pulled.start_at.tzinfo)
    history = services.booking_details(linked.db, pulled.id).history
    assert [(line.action, line.source.value) for line in history] == [(BookingAction.CREATE, "web")]

    with pytest.raises(SlotConflict):
        walk_in(linked, "09:30")
    free = services.free_start_times(linked.db, course_id=linked.studio.yoga, date="2025-10-25")
    assert "09:00" not in [slot.label for slot in free]
    assert linked.sync().pulled_new == 0, "a second round takes nothing in twice"


def test_status_changes_on_the_web_follow_into_the_desk(linked: Linked) -> None:
    remote = linked.web_booking("2025-10-25T09:00")
    linked.sync()
    linked.web.set_status(remote, "confirmed")  # paid and confirmed on the web since
    assert linked.sync().pulled_updated == 1
    pulled = services.list_bookings(linked.db, services.BookingFilter(text="Budi")).rows[0]
    assert pulled.status is S.CONFIRMED
    history = services.booking_details(linked.db, pulled.id).history
    steps = [(line.action, str(line.reason)) for line in history]
    assert steps[1:] == [
        (BookingAction.PAY, "Paid on the web platform"),
        (BookingAction.CONFIRM, "Confirmed on the web platform"),
    ]
    linked.web.set_status(remote, "canceled")
    linked.sync()
    assert services.get_booking(linked.db, pulled.id).status is S.CANCELED
    walk_in(linked, "09:00")  # the time is free again


def test_the_desk_confirms_a_web_booking_but_leaves_its_payment_to_the_web(linked: Linked) -> None:
    remote = linked.web_booking("2025-10-25T09:00")
    linked.sync()
    pulled = services.list_bookings(linked.db, services.BookingFilter(text="Budi")).rows[0]
    assert BookingAction.PAY not in services.allowed_actions(pulled, linked.studio.desk)
    with pytest.raises(ValidationError, match="pays for it on the web"):
        services.mark_paid(linked.db, linked.studio.desk, pulled.id, method="cash")
    linked.web.set_status(remote, "paid")
    linked.sync()
    services.confirm_booking(linked.db, linked.studio.coach_a_actor, pulled.id)
    assert linked.sync().sent == 1
    assert linked.web.booking(remote).status == "confirmed"


def test_a_booking_on_the_web_cannot_be_moved_at_the_desk(linked: Linked) -> None:
    booking = walk_in(linked)
    assert BookingAction.RESCHEDULE not in services.allowed_actions(booking, linked.studio.desk)
    with pytest.raises(ValidationError, match="cannot move bookings"):
        services.reschedule_booking(
            linked.db, linked.studio.desk, booking.id, date="2025-10-25", start_time="12:00"
        )
    desk_only = walk_in(linked, course=linked.studio.pilates, start="14:00")
    services.reschedule_booking(
        linked.db, linked.studio.desk, desk_only.id, date="2025-10-25", start_time="15:00"
    )


def test_answers_with_fields_missing_or_extra_are_understood(linked: Linked) -> None:
    linked.web.list_drop_fields = {"start_datetime", "end_datetime", "created_at", "user_name", "coach_name"}
    linked.web.list_extra_fields = True
    linked.web_booking("2025-10-26T16:00", status="paid")
    report = linked.sync()
    assert report.ok, report.lines()
    pulled = services.list_bookings(linked.db, services.BookingFilter(text="Web client")).rows
    assert [(b.course_id, f"{b.start_at:%d %H:%M}", f"{b.end_at:%H:%M}") for b in pulled] == [
        (linked.studio.yoga, "26 16:00", "17:00")
    ]


def test_a_web_course_the_desk_does_not_know_is_kept_under_its_web_title(linked: Linked) -> None:
    other = linked.web.add_course(linked.smith_coach, "Meditasi Pagi", duration_minutes=30)
    linked.web_booking("2025-10-25T07:00", course=other, status="paid")
    report = linked.sync()
    assert any("Meditasi Pagi" in str(problem) for problem in report.problems)
    pulled = services.list_bookings(linked.db, services.BookingFilter(text="Meditasi")).rows
    assert [(b.course_title, b.duration_minutes, b.status) for b in pulled] == [("Meditasi Pagi", 30, S.PAID)]
    assert "Meditasi Pagi" not in [c.title for c in services.list_courses(linked.db)], (
        "not offered at the desk"
    )


# -- conflicts ---------------------------------------------------------------------------------------


def test_a_409_and_the_web_booking_behind_it_are_both_shown_until_a_person_resolves_them(
    linked: Linked,
) -> None:
    db, studio = linked.db, linked.studio
    desk = walk_in(linked, "10:00")  # before the desk has heard of the web booking below
    remote = linked.web_booking("2025-10-25T10:30", status="paid")

    report = linked.sync()

    assert report.refused == 1 and report.conflicts == 1
    refused = services.get_booking(db, desk.id)
    assert refused.sync_state is SyncState.CONFLICT
    assert "conflicts with an existing booking" in str(refused.sync_problem)
    problems = sync.sync_problems(db)
    assert [b.id for b in problems.refused] == [desk.id]
    assert [(c.remote_id, c.client_name, c.blocking_booking_id) for c in problems.web_conflicts] == [
        (remote, "Budi Santoso", desk.id)
    ]
    assert sync.sync_status(db).problems == 2
    assert integrity.count_overlapping_pairs(db) == 0

    linked.later()
    assert linked.sync().sent == 0, "a refused booking is not sent again on its own"

    services.cancel_booking(db, studio.desk, desk.id, reason="Client chose the online booking")
    report = linked.sync()
    assert report.pulled_new == 1
    assert sync.sync_problems(db).count == 0
    assert [b.remote_id for b in services.list_bookings(db, services.BookingFilter(text="Budi")).rows] == [
        remote
    ]
    assert integrity.count_overlapping_pairs(db) == 0


def test_send_again_after_the_web_booking_in_the_way_is_gone(linked: Linked) -> None:
    desk = walk_in(linked, "10:00")
    services.mark_paid(linked.db, linked.studio.desk, desk.id, method="card", reference="EDC-1")
    remote = linked.web_booking("2025-10-25T10:00")
    linked.sync()
    assert services.get_booking(linked.db, desk.id).sync_state is SyncState.CONFLICT

    linked.web.set_status(remote, "canceled")
    again = sync.send_again(linked.db, linked.studio.desk, desk.id)
    assert (again.sync_state, again.sync_problem) == (SyncState.QUEUED, None)
    report = linked.sync()
    assert report.ok, report.lines()
    there = web_twin(linked, desk.id)
    assert (there.status, there.payment_id) == ("paid", "EDC-1")


def test_keep_at_desk_only_puts_the_problem_aside(linked: Linked) -> None:
    desk = walk_in(linked, "10:00")
    linked.web_booking("2025-10-25T10:00")
    linked.sync()
    kept = sync.keep_at_desk_only(linked.db, linked.studio.desk, desk.id)
    assert (kept.sync_state, kept.sync_problem) == (None, None)
    assert [b.id for b in sync.sync_problems(linked.db).refused] == []
    with pytest.raises(ValidationError):
        sync.keep_at_desk_only(linked.db, linked.studio.desk, desk.id)
    with pytest.raises(services.Forbidden):
        sync.send_again(linked.db, linked.studio.coach_a_actor, desk.id)


def test_a_refusal_other_than_409_shows_the_servers_message(linked: Linked) -> None:
    desk = walk_in(linked)
    linked.web.inject("error_message", method="POST", path=CREATE)
    report = linked.sync()
    assert report.refused == 1
    refused = services.get_booking(linked.db, desk.id)
    assert refused.sync_state is SyncState.REJECTED
    assert "Temporarily refused by the test server" in str(refused.sync_problem)


# -- faults --------------------------------------------------------------------------------------------


def test_an_answer_lost_after_the_server_made_the_booking_does_not_make_a_second(linked: Linked) -> None:
    booking = walk_in(linked)
    services.mark_paid(linked.db, linked.studio.desk, booking.id, method="cash")
    linked.web.inject("timeout_after_commit", method="POST", path=CREATE, seconds=3)

    first = linked.sync()
    assert not first.ok and first.waiting == 2
    assert services.get_booking(linked.db, booking.id).sync_state is SyncState.QUEUED

    linked.later()
    second = linked.sync()
    assert second.ok, second.lines()
    assert len(linked.web.bookings()) == 1
    assert linked.web.count("POST", CREATE) == 1
    assert web_twin(linked, booking.id).status == "paid"


def test_a_mark_paid_whose_answer_was_lost_is_not_an_error_the_second_time(linked: Linked) -> None:
    booking = walk_in(linked)
    linked.sync()
    services.mark_paid(linked.db, linked.studio.desk, booking.id, method="cash")
    linked.web.inject("timeout_after_commit", method="POST", path="/booking/api/booking/", seconds=3)
    assert linked.sync().waiting == 1
    linked.later()
    report = linked.sync()
    assert report.ok and report.sent == 1, report.lines()
    assert services.get_booking(linked.db, booking.id).sync_problem is None


@pytest.mark.parametrize("fault", ["error_500", "html", "bad_json", "slow"])
def test_server_trouble_is_retried_later_with_back_off(linked: Linked, fault: str) -> None:
    booking = walk_in(linked)
    linked.web.inject(fault, method="POST", path=CREATE, seconds=3)

    failed = linked.sync()
    assert not failed.ok and failed.waiting == 1
    assert str(failed.problems[0]).startswith("The web platform")
    assert sync.sync_status(linked.db).last_error == failed.problems[0]

    assert linked.sync().sent == 0, "not tried again before its back-off has passed"
    linked.later()
    assert linked.sync().sent == 1
    assert web_twin(linked, booking.id).status == "pending"
    assert len(linked.web.bookings()) == 1


def test_a_list_that_makes_no_sense_is_a_sync_error_not_a_crash(linked: Linked) -> None:
    linked.web_booking("2025-10-25T09:00")
    linked.web.inject("bad_json", method="GET", path="/booking/api/bookings/")
    report = linked.sync()
    assert any("did not make sense" in str(problem) for problem in report.problems), report.lines()
    assert linked.sync().pulled_new == 1


@pytest.mark.parametrize("unauthenticated", ["redirect", "401"])
def test_an_expired_session_signs_in_again(linked: Linked, unauthenticated: str) -> None:
    linked.web.unauthenticated = unauthenticated
    booking = walk_in(linked)
    linked.web.inject("expire_session", method="POST", path=CREATE)
    report = linked.sync()
    assert report.ok, report.lines()
    assert web_twin(linked, booking.id).status == "pending"
    assert linked.web.count("POST", "/auth/api_login/") >= 2


def test_a_wrong_password_is_reported_and_nothing_is_lost(
    linked: Linked, monkeypatch: pytest.MonkeyPatch
) -> None:
    booking = walk_in(linked)
    services.mark_paid(linked.db, linked.studio.desk, booking.id, method="cash")
    monkeypatch.setenv(sync.PASSWORD_ENV, "wrong")
    report = linked.sync()
    assert any("refused the username or password of smith: Invalid username or password" in str(p)
               for p in report.problems)
    assert report.waiting == 2
    # Once per account and round, not once per item: servers lock out accounts that keep trying.
    assert linked.web.count("POST", "/auth/api_login/") == 2
    monkeypatch.setenv(sync.PASSWORD_ENV, "kata-sandi-rahasia")
    linked.later()
    assert linked.sync().ok
    assert web_twin(linked, booking.id).status == "paid"


def test_a_server_down_for_a_while_gets_everything_once_it_is_back(linked: Linked) -> None:
    linked.web.stop()
    booking = walk_in(linked)
    services.mark_paid(linked.db, linked.studio.desk, booking.id, method="cash")
    for _ in range(3):
        report = linked.sync()
        assert any("Cannot reach the web platform" in str(p) for p in report.problems)
        linked.later()
    assert sync.sync_status(linked.db).waiting == 2
    linked.web.start()
    assert linked.sync().ok
    assert web_twin(linked, booking.id).status == "paid"
    assert linked.web.count("POST", CREATE) == 1


def test_only_one_desk_syncs_at_a_time(linked: Linked) -> None:
    walk_in(linked)
    other_desk = f"another-desk {(linked.db.now() + dt.timedelta(minutes=1)).isoformat()}"
    run_write(linked.db, lambda session: session.merge(StudioSetting(key=LEASE_KEY, value=other_desk)))
    report = linked.sync()
    assert report.skipped_reason == "Another desk is syncing right now."
    assert linked.web.bookings() == []
    linked.clock.advance(minutes=2)  # the other desk's lease ran out: it stopped without saying so
    assert linked.sync().sent == 1
