"""The sync against the web platform as it really is (seed/web-platform-api.md), over http and https:
every status the desk sets reaches the web in one round and back, the session is kept although the
platform marks its cookies Secure, web bookings carry no buffer, and each kind of trouble is named."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.models import OutboxItem, OutboxOutcome
from studio_desk.services import BookingStatus, Database, SlotConflict, SyncState, sync
from studio_desk.services.unit_of_work import run_read
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.sync import Linked, link_studio
from tests.support.web_platform import LOGIN_PATH, WebPlatform

S = BookingStatus
DAY = "2025-10-25"


@pytest.fixture
def linked(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> Linked:
    return link_studio(db, studio, clock, web, monkeypatch)


def walk_in(linked: Linked, start: str = "10:00"):  # noqa: ANN201
    return services.create_booking(
        linked.db, linked.studio.desk, client_id=linked.studio.john, course_id=linked.studio.yoga,
        date=DAY, start_time=start,
    )


def web_status(linked: Linked, booking_id: int) -> str:
    remote = services.get_booking(linked.db, booking_id).remote_id
    assert remote is not None, "the desk booking never reached the web"
    return linked.web.booking(remote).status


def settled(linked: Linked) -> sync.SyncReport:
    report = linked.sync()
    assert report.all_settled, report.lines()
    return report


def pulled(linked: Linked, remote: int):  # noqa: ANN201
    return next(b for b in services.list_bookings(linked.db, services.BookingFilter(text="Budi")).rows
                if b.remote_id == remote)


# -- every status, each within one round ------------------------------------------------------------


def test_a_walk_in_paid_confirmed_and_done_reaches_the_web_round_by_round(linked: Linked) -> None:
    db, studio = linked.db, linked.studio
    booking = walk_in(linked)
    steps = [
        ("pending", lambda: None),
        ("paid", lambda: services.mark_paid(db, studio.desk, booking.id, method="qris", reference="QR-1")),
        ("confirmed", lambda: services.confirm_booking(db, studio.coach_a_actor, booking.id)),
        ("done", lambda: services.complete_booking(db, studio.coach_a_actor, booking.id)),
    ]
    for wanted, step in steps:
        if wanted == "done":
            linked.clock.set(dt.datetime(2025, 10, 25, 11, 5, tzinfo=linked.clock.now.tzinfo))
        step()
        settled(linked)
        assert web_status(linked, booking.id) == wanted
    assert services.get_booking(db, booking.id).sync_state is SyncState.LINKED
    # One sign-in per linked coach and round: the session cookie came back on every other call.
    assert linked.web.count("POST", LOGIN_PATH) == 2 * len(steps)


def test_a_walk_in_canceled_at_the_desk_frees_its_time_on_the_web(linked: Linked) -> None:
    booking = walk_in(linked)
    services.mark_paid(linked.db, linked.studio.desk, booking.id, method="cash")
    settled(linked)
    refund = services.Refund(amount=linked.studio.YOGA_PRICE, method="cash")
    services.cancel_booking(linked.db, linked.studio.desk, booking.id, reason="Sick", refund=refund)
    settled(linked)
    assert web_status(linked, booking.id) == "canceled"
    # A client booking that time online now gets it.
    again = linked.web_booking(f"{DAY}T10:00")
    assert settled(linked).conflicts == 0
    assert pulled(linked, again).status is S.PENDING


def test_web_bookings_paid_confirmed_and_canceled_on_the_web_follow_into_the_desk(linked: Linked) -> None:
    first, second = linked.web_booking(f"{DAY}T09:00"), linked.web_booking(f"{DAY}T13:00")
    assert settled(linked).pulled_new == 2
    for status in ("paid", "confirmed"):
        linked.web.set_status(first, status)
        settled(linked)
        assert pulled(linked, first).status is S(status)
    linked.web.set_status(second, "canceled")
    settled(linked)
    assert pulled(linked, second).status is S.CANCELED


def test_the_desk_confirms_and_cancels_web_bookings_on_the_web(linked: Linked) -> None:
    paid, pending = linked.web_booking(f"{DAY}T09:00", status="paid"), linked.web_booking(f"{DAY}T14:00")
    settled(linked)
    services.confirm_booking(linked.db, linked.studio.coach_a_actor, pulled(linked, paid).id)
    by_phone = pulled(linked, pending).id
    services.cancel_booking(linked.db, linked.studio.desk, by_phone, reason="Asked by phone")
    assert settled(linked).sent == 2
    assert (linked.web.booking(paid).status, linked.web.booking(pending).status) == ("confirmed", "canceled")


def test_the_desk_never_moves_a_web_booking_backwards(linked: Linked) -> None:
    """The status endpoint checks no transition: a confirm queued at the desk must not undo a
    'done' or a cancel the web made since the last pull."""
    done_there, canceled_there = linked.web_booking(f"{DAY}T09:00", status="paid"), linked.web_booking(
        f"{DAY}T14:00", status="paid"
    )
    settled(linked)
    for remote in (done_there, canceled_there):
        services.confirm_booking(linked.db, linked.studio.coach_a_actor, pulled(linked, remote).id)
    linked.web.set_status(done_there, "done")
    linked.web.set_status(canceled_there, "canceled")
    settled(linked)
    assert (linked.web.booking(done_there).status, linked.web.booking(canceled_there).status) == (
        "done",
        "canceled",
    )
    assert (pulled(linked, done_there).status, pulled(linked, canceled_there).status) == (S.DONE, S.CANCELED)


# -- no buffer on the web ---------------------------------------------------------------------------


def test_back_to_back_web_bookings_on_a_course_with_a_buffer_are_not_conflicts(linked: Linked) -> None:
    db, studio = linked.db, linked.studio
    yoga = services.get_course(db, studio.yoga)
    services.update_course(
        db, studio.admin, yoga.id, coach_id=yoga.coach_id, title=yoga.title,
        duration_minutes=yoga.duration_minutes, price=yoga.price, buffer_minutes=15,
        remote_id=linked.web_yoga,
    )
    for hour in (9, 10, 11):
        linked.web_booking(f"{DAY}T{hour:02d}:00", status="paid")
    report = settled(linked)
    assert (report.pulled_new, report.conflicts) == (3, 0)
    # A desk walk-in keeps its own buffer: it may start when a web booking ends...
    walk_in(linked, "12:00")
    # ...but its buffer after the session may not run into a web booking.
    with pytest.raises(SlotConflict):
        walk_in(linked, "08:00")


# -- trouble, named ---------------------------------------------------------------------------------


def test_the_session_is_kept_over_http_and_the_report_says_once_that_the_cookies_are_secure(
    linked: Linked,
) -> None:
    walk_in(linked)
    report = settled(linked)
    notes = [str(note) for note in report.notes]
    if linked.web.base_url.startswith("http:"):
        assert len(notes) == 1 and "marks its sign-in cookies Secure" in notes[0], notes
        assert any("Note:" in line for line in report.lines())
    else:
        assert notes == []


def test_a_path_the_server_does_not_have_is_named_and_the_change_waits(linked: Linked) -> None:
    booking = walk_in(linked)
    settled(linked)
    services.mark_paid(linked.db, linked.studio.desk, booking.id, method="cash")
    linked.web.inject("not_found", method="POST", path="/booking/api/booking/", times=1)
    report = linked.sync()
    remote = services.get_booking(linked.db, booking.id).remote_id
    named = f"has no /booking/api/booking/{remote}/mark-paid/ (HTTP 404)"
    assert any(named in str(problem) for problem in report.problems), report.lines()
    assert report.waiting == 1 and report.refused == 0
    linked.later()
    settled(linked)
    assert web_status(linked, booking.id) == "paid"


def test_a_booking_deleted_on_the_web_is_refused_once_not_retried(linked: Linked) -> None:
    booking = walk_in(linked)
    services.mark_paid(linked.db, linked.studio.desk, booking.id, method="cash")
    settled(linked)
    remote = services.get_booking(linked.db, booking.id).remote_id
    assert remote is not None
    linked.web.remove_booking(remote)  # the platform now answers this id with a 500 page
    services.confirm_booking(linked.db, linked.studio.coach_a_actor, booking.id)
    report = linked.sync()
    assert report.refused == 1 and report.needs_person == 1, report.lines()
    assert "no longer has this booking" in str(services.get_booking(linked.db, booking.id).sync_problem)
    outcomes = run_read(linked.db, lambda session: session.query(OutboxItem.outcome).all())
    assert (OutboxOutcome.REFUSED,) in outcomes
    tried = linked.web.count("POST", f"/booking/api/booking/{remote}/status/")
    linked.later()
    linked.sync()
    assert linked.web.count("POST", f"/booking/api/booking/{remote}/status/") == tried


@pytest.mark.parametrize(
    ("trouble", "said"),
    [
        ("login_path", "There is no sign-in at {server}/auth/login/ (HTTP 404). Check the login path"),
        ("web_page", "answered the sign-in at {server}/auth/api_login/ with a web page instead of data"),
        ("password", "The web platform refused the username or password of smith"),
        ("down", "Cannot reach the web platform at {server}"),
    ],
)
def test_sign_in_problems_are_told_apart(
    linked: Linked, monkeypatch: pytest.MonkeyPatch, trouble: str, said: str
) -> None:
    server = linked.web.base_url
    walk_in(linked)
    if trouble == "login_path":
        sync.configure_sync(linked.db, linked.studio.admin, login_path="/auth/login/")
    elif trouble == "web_page":
        linked.web.inject("html", method="POST", path=LOGIN_PATH)
    elif trouble == "password":
        monkeypatch.setenv(sync.PASSWORD_ENV, "not-the-password")
    else:
        linked.web.stop()
    report = linked.sync()
    problems = [str(problem) for problem in report.problems]
    assert any(said.format(server=server) in problem for problem in problems), problems
    wrong_password = "username or password"
    assert (trouble == "password") == any(wrong_password in problem for problem in problems), problems
    assert report.waiting == 1, "nothing is lost: the walk-in waits to be sent"
