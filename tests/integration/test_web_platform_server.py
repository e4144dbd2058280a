"""The fake web platform answers like the studio's Django booking API (`seed/web-platform-api.md`),
over real TCP with httpx, on plain http and on https."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from studio_desk.services.sync.web_api import WebAccount
from tests.support.tls import LoopbackTls, client_context, loopback_tls
from tests.support.web_platform import WebCoach, WebPlatform, WebUser

PASSWORD = "s3cret-pass"
LOGIN = "/auth/api_login/"
LIST = "/booking/api/bookings/"
CSRF_REFUSED = "CSRF verification failed. Request aborted."


@dataclass(frozen=True)
class Seed:
    ana: WebCoach  # coach of yoga
    bima: WebCoach  # coach of pilates
    john: WebUser
    mary: WebUser
    yoga: int
    pilates: int


def _seed(web: WebPlatform) -> Seed:
    ana = web.add_coach("ana", PASSWORD, "Ana Coach")
    bima = web.add_coach("bima", PASSWORD, "Bima Coach")
    john = web.add_user("john", PASSWORD, "John Doe")
    mary = web.add_user("mary", PASSWORD, "Mary Major")
    yoga = web.add_course(ana.coach_id, "Morning Yoga", duration_minutes=60, price=150000)
    pilates = web.add_course(bima.coach_id, "Pilates", duration_minutes=90, price=200000)
    return Seed(ana, bima, john, mary, yoga, pilates)


@pytest.fixture
def web() -> Iterator[WebPlatform]:
    platform = WebPlatform().start()
    try:
        yield platform
    finally:
        platform.stop()
    # A view that raised would have shown up as a 500; make sure none did unnoticed.
    assert platform.errors == []


@pytest.fixture
def seed(web: WebPlatform) -> Seed:
    return _seed(web)


def _client(web: WebPlatform, timeout: float = 2.0) -> httpx.Client:
    # Plain HTTP on loopback: skip loading the CA bundle, which costs ~30 ms per client.
    return httpx.Client(base_url=web.base_url, timeout=timeout, verify=False)


def _send_secure_cookies_over_http(client: httpx.Client) -> None:
    """The platform marks its cookies Secure, and a jar keeps those back over plain http. Take the
    flag off the jar's own cookies (httpx copies the jar per request, so a policy would not stay)."""
    for cookie in client.cookies.jar:
        cookie.secure = False


def _sign_in(client: httpx.Client, username: str, password: str = PASSWORD) -> httpx.Response:
    answer = client.post(LOGIN, data={"username": username, "password": password})
    if client.base_url.scheme == "http":
        _send_secure_cookies_over_http(client)
    return answer


def _post(client: httpx.Client, path: str, body: object = None) -> httpx.Response:
    """A POST as a browser page of the platform sends it: CSRF token header and a same-origin Referer."""
    headers = {
        "X-CSRFToken": client.cookies.get("csrftoken") or "",
        "Referer": f"{client.base_url.scheme}://{client.base_url.netloc.decode()}/desk",
    }
    return client.post(path, json=body, headers=headers)


def _create(client: httpx.Client, course: int, date: str, start: str) -> httpx.Response:
    return _post(client, f"/booking/api/course/{course}/create/", {"date": date, "start_time": start})


def _mark_paid_path(booking: int) -> str:
    return f"/booking/api/booking/{booking}/mark-paid/"


def _status_path(booking: int) -> str:
    return f"/booking/api/booking/{booking}/status/"


def _cancel_path(booking: int) -> str:
    return f"/booking/api/booking/{booking}/cancel/"


def _is_server_error_page(answer: httpx.Response) -> bool:
    return (
        answer.status_code == 500
        and answer.headers["content-type"].startswith("text/html")
        and "<h1>Server Error (500)</h1>" in answer.text
    )


@pytest.fixture
def login(web: WebPlatform, seed: Seed) -> Iterator[Callable[..., httpx.Client]]:
    made: list[httpx.Client] = []

    def make(username: str, *, timeout: float = 2.0) -> httpx.Client:
        client = _client(web, timeout)
        made.append(client)
        answer = _sign_in(client, username)
        assert answer.status_code == 200, answer.text
        return client

    yield make
    for client in made:
        client.close()


# -- sign-in ----------------------------------------------------------------------------------------------


def test_api_login_takes_form_fields_without_csrf_and_answers_json(web: WebPlatform, seed: Seed) -> None:
    with _client(web) as client:
        # CSRF-exempt: no CSRF cookie, no token, even a foreign Origin.
        answer = client.post(
            LOGIN, data={"username": "ana", "password": PASSWORD}, headers={"Origin": "http://evil.example"}
        )
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "application/json"
        assert answer.json() == {
            "status": True,
            "message": "Login successful",
            "user": {"username": "ana", "role": "coach"},
        }
        assert _sign_in(client, "john").json()["user"] == {"username": "john", "role": "user"}


def test_api_login_cookies_are_marked_secure(web: WebPlatform, seed: Seed) -> None:
    with _client(web) as client:
        answer = client.post(LOGIN, data={"username": "john", "password": PASSWORD})
        set_cookies = {c.split("=", 1)[0]: c for c in answer.headers.get_list("set-cookie")}
        assert set_cookies.keys() == {"sessionid", "csrftoken"}
        session_flags = {flag.strip() for flag in set_cookies["sessionid"].split(";")[1:]}
        assert session_flags == {"HttpOnly", "Path=/", "SameSite=Lax", "Secure"}
        csrf_flags = {flag.strip() for flag in set_cookies["csrftoken"].split(";")[1:]}
        assert csrf_flags == {"Path=/", "SameSite=Lax", "Secure"}  # readable by a page's script

        # The jar took them but, over plain http, keeps them back: the call looks signed out.
        assert {c.name for c in client.cookies.jar if c.secure} == {"sessionid", "csrftoken"}
        assert client.get(LIST, params={"role": "user"}).status_code == 302
        _send_secure_cookies_over_http(client)
        assert client.get(LIST, params={"role": "user"}).status_code == 200


def test_wrong_password_or_unknown_user_answers_401_json(web: WebPlatform, seed: Seed) -> None:
    refused = {"status": False, "message": "Invalid username or password"}
    with _client(web) as client:
        for form in (
            {"username": "ana", "password": "wrong"},
            {"username": "nobody", "password": PASSWORD},
            {"username": "ana"},
            {},
        ):
            answer = client.post(LOGIN, data=form)
            assert (answer.status_code, answer.json()) == (401, refused), form
            assert "set-cookie" not in answer.headers
        # JSON instead of form fields is not read: the fields are missing.
        as_json = client.post(LOGIN, json={"username": "ana", "password": PASSWORD})
        assert as_json.status_code == 401


def test_api_login_other_methods_answer_an_empty_405(web: WebPlatform, seed: Seed) -> None:
    with _client(web) as client:
        for method in ("GET", "PUT", "DELETE"):
            answer = client.request(method, LOGIN)
            assert (answer.status_code, answer.content) == (405, b""), method
        assert client.get("/auth/login/").status_code == 404  # the old form page is not there


def test_signing_in_again_cycles_the_session_and_rotates_the_csrf_token(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    john = login("john")
    old_session, old_token = john.cookies["sessionid"], john.cookies["csrftoken"]
    assert _sign_in(john, "john").status_code == 200
    new_session, new_token = john.cookies["sessionid"], john.cookies["csrftoken"]
    assert new_session != old_session and new_token != old_token

    with _client(web) as bare:
        stale_session = bare.get(
            LIST, params={"role": "user"}, headers={"Cookie": f"sessionid={old_session}"}
        )
        assert stale_session.status_code == 302
        stale_token = bare.post(
            _mark_paid_path(booking),
            json={},
            headers={"X-CSRFToken": old_token, "Cookie": f"csrftoken={old_token}; sessionid={new_session}"},
        )
        assert stale_token.status_code == 403
        assert "CSRF cookie not set." in stale_token.text
    assert web.booking(booking).status == "pending"
    assert _post(john, _mark_paid_path(booking), {}).status_code == 200


# -- CSRF: only mark-paid checks it ---------------------------------------------------------------------


def test_create_status_and_cancel_are_csrf_exempt(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john, ana = login("john"), login("ana")
    foreign = {"Origin": "http://evil.example", "X-CSRFToken": "forged"}
    created = john.post(
        f"/booking/api/course/{seed.yoga}/create/",
        json={"date": "2025-10-25", "start_time": "09:00"},
        headers=foreign,
    )
    assert created.status_code == 200, created.text
    booking = created.json()["booking_id"]
    assert ana.post(_status_path(booking), json={"status": "confirmed"}, headers=foreign).status_code == 200
    second = john.post(
        f"/booking/api/course/{seed.yoga}/create/", json={"date": "2025-10-25", "start_time": "11:00"}
    ).json()["booking_id"]
    assert john.post(_cancel_path(second), headers=foreign).status_code == 200
    assert [b.status for b in web.bookings()] == ["confirmed", "canceled"]


def test_mark_paid_over_http_needs_the_token_but_no_referer(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    john = login("john")
    answer = john.post(_mark_paid_path(booking), json={}, headers={"X-CSRFToken": john.cookies["csrftoken"]})
    assert answer.status_code == 200, answer.text
    assert web.booking(booking).status == "paid"


@pytest.mark.parametrize(
    ("headers", "cookies", "reason"),
    [
        pytest.param({}, {}, "CSRF token missing or incorrect.", id="no-token-header"),
        pytest.param({"X-CSRFToken": "forged"}, {}, "CSRF token missing or incorrect.", id="wrong-token"),
        pytest.param(
            {"X-CSRFToken": "TOKEN", "Origin": "http://evil.example"},
            {},
            "Origin checking failed - http://evil.example does not match any trusted origins.",
            id="foreign-origin",
        ),
        pytest.param({"X-CSRFToken": "TOKEN"}, {"csrftoken": None}, "CSRF cookie not set.", id="no-cookie"),
        pytest.param(
            {"X-CSRFToken": "abc"}, {"csrftoken": "abc"}, "CSRF cookie not set.", id="unissued-token"
        ),
    ],
)
def test_mark_paid_without_valid_csrf_is_refused_with_django_page(
    web: WebPlatform,
    seed: Seed,
    login: Callable[..., httpx.Client],
    headers: dict[str, str],
    cookies: dict[str, str | None],
    reason: str,
) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    john = login("john")
    token = john.cookies["csrftoken"]
    jar: dict[str, str | None] = {"sessionid": john.cookies["sessionid"], "csrftoken": token, **cookies}
    sent = {name: value.replace("TOKEN", token) for name, value in headers.items()}
    sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in jar.items() if value is not None)
    with _client(web) as bare:
        answer = bare.post(_mark_paid_path(booking), json={"payment_id": "PAY-1"}, headers=sent)
    assert answer.status_code == 403
    assert answer.headers["content-type"].startswith("text/html")
    assert CSRF_REFUSED in answer.text
    assert reason in answer.text
    assert web.booking(booking).status == "pending"


def test_mark_paid_checks_csrf_before_the_session(web: WebPlatform, seed: Seed) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    with _client(web) as client:
        # Signed out and without a token: CSRF refuses first, as Django's middleware runs first.
        no_token = client.post(_mark_paid_path(booking), json={})
        assert no_token.status_code == 403
        assert CSRF_REFUSED in no_token.text
        # A good token, but the session is gone: then login_required redirects.
        assert _sign_in(client, "john").status_code == 200
        web.expire_sessions()
        redirected = _post(client, _mark_paid_path(booking), {})
        assert redirected.status_code == 302
        assert (
            redirected.headers["location"]
            == f"/accounts/login/?next=/booking/api/booking/{booking}/mark-paid/"
        )
    assert web.booking(booking).status == "pending"


# -- the guide's five test cases ------------------------------------------------------------------------


def test_guide_1_create_booking_is_pending(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    answer = _post(
        john,
        f"/booking/api/course/{seed.yoga}/create/",
        {"date": "2025-10-25", "start_time": "09:00", "notes": "first time"},
    )
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    # Without the start and end times.
    assert answer.json() == {"success": True, "message": "Booking created successfully", "booking_id": 1}
    stored = web.booking(1)
    assert stored.status == "pending"
    assert (stored.user_id, stored.coach_id, stored.course_id) == (
        seed.john.user_id,
        seed.ana.coach_id,
        seed.yoga,
    )
    assert (stored.start, stored.end) == (dt.datetime(2025, 10, 25, 9), dt.datetime(2025, 10, 25, 10))
    assert stored.extra == {"notes": "first time"}


def test_guide_2_mark_paid_is_paid(web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]) -> None:
    john = login("john")
    booking_id = _create(john, seed.yoga, "2025-10-25", "09:00").json()["booking_id"]
    answer = _post(
        john, _mark_paid_path(booking_id), {"payment_id": "PAY-12345", "payment_method": "credit_card"}
    )
    assert answer.status_code == 200
    assert answer.json() == {
        "success": True,
        "message": "Booking marked as paid successfully",
        "booking_id": booking_id,
        "status": "paid",
        "payment_id": "PAY-12345",
        "payment_method": "credit_card",
    }
    assert web.booking(booking_id).status == "paid"


def test_guide_3_mark_paid_again_is_refused(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    booking_id = _create(john, seed.yoga, "2025-10-25", "09:00").json()["booking_id"]
    path = _mark_paid_path(booking_id)
    assert _post(john, path, {"payment_id": "PAY-1"}).status_code == 200
    again = _post(john, path, {"payment_id": "PAY-2"})
    assert again.status_code == 400
    assert again.json() == {"error": "Only pending bookings can be marked as paid. Current status: paid"}


def test_guide_4_mark_paid_of_another_users_booking_is_forbidden(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking_id = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    mary, ana = login("mary"), login("ana")
    for other in (mary, ana):  # not even the booking's coach: owner only
        answer = _post(other, _mark_paid_path(booking_id), {})
        assert answer.status_code == 403
        assert answer.json() == {"error": "You are not authorized to update this booking"}
    assert web.booking(booking_id).status == "pending"


def test_guide_5_cancel_paid_booking(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    by_cancel = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9), status="paid")
    by_status = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 11), status="paid")
    john, ana = login("john"), login("ana")
    # A paid booking is past its owner; its coach cancels it, through either endpoint.
    assert _post(john, _cancel_path(by_cancel)).status_code == 403
    assert _post(ana, _cancel_path(by_cancel)).status_code == 200
    assert _post(ana, _status_path(by_status), {"status": "canceled"}).json()["status"] == "canceled"
    assert [b.status for b in web.bookings()] == ["canceled", "canceled"]


# -- create ---------------------------------------------------------------------------------------------


def test_overlap_is_409_and_back_to_back_is_allowed(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john, mary = login("john"), login("mary")
    assert _create(john, seed.yoga, "2025-10-25", "10:00").status_code == 200
    clash = _create(mary, seed.yoga, "2025-10-25", "10:30")
    assert clash.status_code == 409
    assert clash.json() == {"error": "This time slot conflicts with an existing booking"}
    # No buffers: 09:00-10:00 and 11:00-12:00 touch 10:00-11:00 and are both sold.
    assert _create(mary, seed.yoga, "2025-10-25", "09:00").status_code == 200
    assert _create(mary, seed.yoga, "2025-10-25", "11:00").status_code == 200
    # Another coach's course at the same time is free.
    assert _create(mary, seed.pilates, "2025-10-25", "10:00").status_code == 200
    # A canceled booking frees its slot.
    web.set_status(1, "canceled")
    assert _create(mary, seed.yoga, "2025-10-25", "10:00").status_code == 200
    assert len(web.bookings()) == 5


def test_paid_and_confirmed_bookings_hold_the_slot_done_ones_do_not(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    for hour, status in ((9, "paid"), (11, "confirmed"), (13, "done")):
        web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, hour), status=status)
    mary = login("mary")
    assert _create(mary, seed.yoga, "2025-10-25", "09:30").status_code == 409
    assert _create(mary, seed.yoga, "2025-10-25", "11:30").status_code == 409
    assert _create(mary, seed.yoga, "2025-10-25", "13:30").status_code == 200


def test_add_booking_refuses_overlap_with_an_active_booking(web: WebPlatform, seed: Seed) -> None:
    web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    with pytest.raises(ValueError):
        web.add_booking(seed.mary.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9, 30))
    web.add_booking(seed.mary.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9, 30), status="canceled")
    assert web.add_booking(seed.mary.user_id, seed.yoga, dt.datetime(2025, 10, 25, 10)) == 3


def test_create_refuses_bad_input(web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]) -> None:
    john = login("john")
    for date, start in [("2025-13-40", "09:00"), ("2025-10-25", "9 am"), ("", "09:00")]:
        answer = _create(john, seed.yoga, date, start)
        assert answer.status_code == 400, (date, start)
        assert "error" in answer.json()
    missing = _post(john, f"/booking/api/course/{seed.yoga}/create/", {"date": "2025-10-25"})
    assert (missing.status_code, missing.json()) == (400, {"error": "date and start_time are required"})
    broken = john.post(f"/booking/api/course/{seed.yoga}/create/", content=b"{not json")
    assert (broken.status_code, broken.json()) == (400, {"error": "Invalid JSON"})
    assert web.bookings() == []


def test_unknown_ids_answer_a_500_page(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john, ana = login("john"), login("ana")
    assert _is_server_error_page(_create(john, 99, "2025-10-25", "09:00"))
    assert _is_server_error_page(_post(john, _mark_paid_path(77), {}))
    assert _is_server_error_page(_post(ana, _status_path(77), {"status": "done"}))
    assert _is_server_error_page(_post(ana, _cancel_path(77)))
    assert web.bookings() == []


# -- the coach's status endpoint, and cancel ------------------------------------------------------------


def test_status_endpoint_lets_the_coach_set_any_settable_status_from_any_status(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    ana = login("ana")
    # No transition check: pending to done, done back to paid, canceled back to confirmed.
    for wanted in ("done", "paid", "canceled", "confirmed", "paid", "done"):
        answer = _post(ana, _status_path(booking), {"status": wanted})
        assert answer.status_code == 200, wanted
        assert answer.json() == {
            "success": True,
            "message": f"Booking status updated to {wanted}",
            "booking_id": booking,
            "status": wanted,
        }
        assert web.booking(booking).status == wanted


def test_status_endpoint_is_for_the_bookings_coach_only(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9), status="paid")
    forbidden = {"error": "Only the coach of this booking can change its status"}
    for username in ("john", "mary", "bima"):  # the owner, a stranger, another coach
        answer = _post(login(username), _status_path(booking), {"status": "confirmed"})
        assert (answer.status_code, answer.json()) == (403, forbidden), username
    assert web.booking(booking).status == "paid"


def test_status_endpoint_refuses_other_values_with_400(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9), status="paid")
    ana = login("ana")
    invalid = {"success": False, "message": "Invalid status"}
    for body in ({"status": "pending"}, {"status": "refunded"}, {"status": ""}, {"status": None}, {}):
        answer = _post(ana, _status_path(booking), body)
        assert (answer.status_code, answer.json()) == (400, invalid), body
    assert web.booking(booking).status == "paid"


def test_cancel_by_the_owner_of_a_pending_booking_or_by_the_coach(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    pending = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    confirmed = web.add_booking(
        seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 11), status="confirmed"
    )
    john, mary, ana, bima = login("john"), login("mary"), login("ana"), login("bima")
    refused = {"error": "You cannot cancel this booking"}
    for other in (mary, bima):  # a stranger, another coach
        answer = _post(other, _cancel_path(pending))
        assert (answer.status_code, answer.json()) == (403, refused)
    # The answer has no status.
    answer = _post(john, _cancel_path(pending))
    assert (answer.status_code, answer.json()) == (
        200,
        {"success": True, "message": "Booking canceled", "booking_id": pending},
    )
    # The owner may cancel only while pending; the coach may cancel whatever the status.
    assert _post(john, _cancel_path(confirmed)).json() == refused
    assert web.booking(confirmed).status == "confirmed"
    assert _post(ana, _cancel_path(confirmed)).status_code == 200
    assert [b.status for b in web.bookings()] == ["canceled", "canceled"]
    # The canceled slot is free again.
    assert _create(mary, seed.yoga, "2025-10-25", "09:00").status_code == 200


# -- lists ----------------------------------------------------------------------------------------------


def test_coach_list_sees_only_that_coachs_bookings(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    late = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 26, 9))
    early = web.add_booking(seed.mary.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9), status="paid")
    web.add_booking(seed.john.user_id, seed.pilates, dt.datetime(2025, 10, 25, 9))
    ana = login("ana")
    answer = ana.get(LIST, params={"role": "coach"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["count"] == 2
    assert [b["id"] for b in body["bookings"]] == [early, late]  # ordered by start
    first = body["bookings"][0]
    assert {k: v for k, v in first.items() if k != "created_at"} == {
        "id": early,
        "user_name": "Mary Major",
        "coach_name": "Ana Coach",
        "course_id": seed.yoga,
        "course_title": "Morning Yoga",
        # With the studio's offset (Asia/Jakarta); date and times are plain wall clock.
        "start_datetime": "2025-10-25T09:00:00+07:00",
        "end_datetime": "2025-10-25T10:00:00+07:00",
        "date": "2025-10-25",
        "start_time": "09:00",
        "end_time": "10:00",
        "status": "paid",
    }
    dt.datetime.fromisoformat(first["created_at"])
    paid = ana.get(LIST, params={"role": "coach", "status": "paid"}).json()
    assert [b["id"] for b in paid["bookings"]] == [early]
    assert ana.get(LIST, params={"role": "user"}).json() == {"bookings": [], "count": 0}

    john = login("john")
    assert john.get(LIST, params={"role": "user"}).json()["count"] == 2
    not_coach = john.get(LIST, params={"role": "coach"})
    assert (not_coach.status_code, not_coach.json()) == (403, {"error": "You are not a coach"})
    bad = john.get(LIST, params={"role": "admin"})
    assert (bad.status_code, bad.json()) == (400, {"error": "Invalid role"})


def test_list_extra_and_dropped_fields(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    john = login("john")
    web.list_extra_fields = True
    web.list_drop_fields = {"start_datetime", "end_datetime", "created_at", "course_id"}
    (item,) = john.get(LIST, params={"role": "user"}).json()["bookings"]
    assert (item["price"], item["meta"]) == (150000, {"x": 1})
    assert not {"start_datetime", "end_datetime", "created_at", "course_id"} & item.keys()
    assert (item["date"], item["start_time"], item["end_time"]) == ("2025-10-25", "09:00", "10:00")


# -- paths and methods ----------------------------------------------------------------------------------


def test_unknown_paths_answer_a_404_page(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    for answer in (
        john.get("/booking/api/nothing/"),
        john.get("/"),
        _post(john, "/booking/api/x/"),
        _post(john, "/booking/api/booking/1/update-status/"),  # not the platform's
        _post(john, "/booking/api/booking/abc/status/"),
    ):
        assert answer.status_code == 404
        assert answer.headers["content-type"].startswith("text/html")
        assert "<h1>Not Found</h1>" in answer.text


def test_a_wrong_method_answers_an_empty_405(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    john = login("john")
    for method, path in (
        ("GET", f"/booking/api/course/{seed.yoga}/create/"),
        ("GET", _mark_paid_path(booking)),
        ("GET", _status_path(booking)),
        ("PUT", _cancel_path(booking)),
        ("POST", LIST),
        ("DELETE", LIST),
    ):
        answer = john.request(method, path)
        assert (answer.status_code, answer.content) == (405, b""), (method, path)
    assert web.booking(booking).status == "pending"


# -- sessions -------------------------------------------------------------------------------------------


def test_unauthenticated_is_redirected_to_the_browser_login_page(web: WebPlatform, seed: Seed) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    with _client(web) as client:
        answer = client.get(LIST, params={"role": "user"})
        assert answer.status_code == 302
        assert answer.headers["location"] == "/accounts/login/?next=/booking/api/bookings/%3Frole%3Duser"
        assert answer.headers["content-type"].startswith("text/html")
        # The CSRF-exempt views go straight to login_required.
        for path, body in (
            (f"/booking/api/course/{seed.yoga}/create/", {"date": "2025-10-25", "start_time": "11:00"}),
            (_status_path(booking), {"status": "done"}),
            (_cancel_path(booking), None),
        ):
            refused = client.post(path, json=body)
            assert refused.status_code == 302, path
            assert refused.headers["location"] == f"/accounts/login/?next={path}"
    assert [b.status for b in web.bookings()] == ["pending"]


def test_unauthenticated_can_answer_401(web: WebPlatform, seed: Seed) -> None:
    web.unauthenticated = "401"
    with _client(web) as client:
        for answer in (
            client.get(LIST, params={"role": "user"}),
            client.post(
                f"/booking/api/course/{seed.yoga}/create/", json={"date": "2025-10-25", "start_time": "09:00"}
            ),
        ):
            assert (answer.status_code, answer.json()) == (401, {"error": "Authentication required"})
    assert web.bookings() == []


def test_expire_sessions_logs_everyone_out(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    assert john.get(LIST, params={"role": "user"}).status_code == 200
    web.expire_sessions()
    assert john.get(LIST, params={"role": "user"}).status_code == 302
    assert _sign_in(john, "john").status_code == 200
    assert john.get(LIST, params={"role": "user"}).status_code == 200


# -- faults ---------------------------------------------------------------------------------------------


def test_timeout_after_commit_acts_but_answers_too_late(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john", timeout=0.2)
    web.inject("timeout_after_commit", method="POST", path="/booking/api/course/", seconds=2.0)
    with pytest.raises(httpx.ReadTimeout):
        _create(john, seed.yoga, "2025-10-25", "09:00")
    (booking,) = web.bookings()
    assert booking.status == "pending"
    assert web.requests[-1].fault == "timeout_after_commit"
    assert web.requests[-1].status == 200
    # The retry sees the slot taken: the client must reconcile, not book twice.
    assert _create(john, seed.yoga, "2025-10-25", "09:00").status_code == 409


def test_timeout_after_commit_on_sign_in_still_signs_in(web: WebPlatform, seed: Seed) -> None:
    web.inject("timeout_after_commit", path=LOGIN, seconds=2.0)
    with _client(web, timeout=0.2) as client:
        with pytest.raises(httpx.ReadTimeout):
            _sign_in(client, "john")
        assert "sessionid" not in client.cookies  # the answer, and its cookies, never came
    assert web.requests[-1].status == 200


def test_error_500_answers_html_without_acting(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    web.inject("error_500", path="/booking/api/course/")
    answer = _create(john, seed.yoga, "2025-10-25", "09:00")
    assert _is_server_error_page(answer)
    assert web.bookings() == []
    assert _create(john, seed.yoga, "2025-10-25", "09:00").status_code == 200  # consumed


def test_error_500_on_sign_in_sets_no_session(web: WebPlatform, seed: Seed) -> None:
    web.inject("error_500", path=LOGIN)
    with _client(web) as client:
        assert _is_server_error_page(_sign_in(client, "john"))
        assert "sessionid" not in client.cookies
        assert _sign_in(client, "john").status_code == 200


def test_html_answers_a_maintenance_page_without_acting(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    john = login("john")
    web.inject("html", method="POST")
    answer = _post(john, _mark_paid_path(booking), {})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert "maintenance" in answer.text
    assert web.booking(booking).status == "pending"


def test_slow_waits_then_acts(web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]) -> None:
    john = login("john")
    before = web.handler_seconds
    web.inject("slow", method="GET", path=LIST, seconds=0.3)
    started = time.perf_counter()
    answer = john.get(LIST, params={"role": "user"})
    assert answer.status_code == 200
    assert time.perf_counter() - started >= 0.3
    assert web.handler_seconds - before >= 0.3


def test_expire_session_fault_logs_out_that_request(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    web.inject("expire_session", path=LIST)
    assert john.get(LIST, params={"role": "user"}).status_code == 302
    assert john.get(LIST, params={"role": "user"}).status_code == 302  # the session is gone for good
    assert web.requests[-2].fault == "expire_session"
    assert web.requests[-1].fault is None


def test_bad_json_answers_the_wrong_shape_without_acting(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    web.inject("bad_json", path=LIST)
    web.inject("bad_json", path="/booking/api/course/")
    listed = john.get(LIST, params={"role": "user"})
    assert listed.headers["content-type"] == "application/json"
    assert listed.json()["bookings"] == "oops"
    created = _create(john, seed.yoga, "2025-10-25", "09:00")
    assert (created.status_code, created.json()) == (200, {"success": True})
    assert web.bookings() == []


def test_bad_json_on_sign_in_sets_no_session(web: WebPlatform, seed: Seed) -> None:
    web.inject("bad_json", path=LOGIN)
    with _client(web) as client:
        answer = _sign_in(client, "john")
        assert (answer.status_code, answer.json()) == (200, {"success": True})
        assert "sessionid" not in client.cookies


def test_error_message_refuses_without_acting(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    web.inject("error_message", path="/booking/api/course/")
    answer = _create(john, seed.yoga, "2025-10-25", "09:00")
    assert answer.status_code == 400
    assert answer.json() == {"success": False, "message": "Temporarily refused by the test server"}
    assert web.bookings() == []


def test_faults_match_method_and_path_apply_times_in_order_and_clear(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    web.inject("error_500", method="POST", path="/booking/api/course/", times=2)
    web.inject("error_message", method="POST", path="/booking/api/course/")
    assert john.get(LIST, params={"role": "user"}).status_code == 200  # GET: no fault matches
    statuses = [_create(john, seed.yoga, "2025-10-25", f"0{h}:00").status_code for h in range(5, 9)]
    assert statuses == [500, 500, 400, 200]
    web.inject("error_500", times=5)
    web.clear_faults()
    assert john.get(LIST, params={"role": "user"}).status_code == 200
    with pytest.raises(ValueError):
        web.inject("explode")


def test_requests_are_recorded_and_counted(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    web.inject("error_500", path=LIST)
    john.get(LIST, params={"role": "user", "status": "paid"})
    recorded = web.requests[-1]
    assert (recorded.method, recorded.path) == ("GET", LIST)
    assert recorded.query == {"role": "user", "status": "paid"}
    assert (recorded.status, recorded.fault) == (500, "error_500")
    john.get(LIST, params={"role": "user"})
    john.get(LOGIN)
    assert web.count("GET", LIST) == 2
    assert web.count("POST", LOGIN) == 1
    assert web.count("GET", "/auth/") == 1
    assert [(r.method, r.path, r.status) for r in web.requests if r.path == LOGIN] == [
        ("POST", LOGIN, 200),
        ("GET", LOGIN, 405),
    ]


# -- server down ----------------------------------------------------------------------------------------


def test_stop_and_start_on_the_same_port_keeps_state(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    assert _create(john, seed.yoga, "2025-10-25", "09:00").status_code == 200
    url = web.base_url
    web.stop()
    with pytest.raises(httpx.ConnectError):
        john.get(LIST, params={"role": "user"})  # the kept-alive connection was cut too
    with _client(web) as fresh, pytest.raises(httpx.ConnectError):
        _sign_in(fresh, "mary")
    web.start()
    assert web.base_url == url
    listed = john.get(LIST, params={"role": "user"})  # same session cookie still valid
    assert listed.status_code == 200
    assert listed.json()["count"] == 1


def test_stop_returns_promptly_during_a_post_commit_delay(web: WebPlatform, seed: Seed) -> None:
    web.inject("timeout_after_commit", path=LIST, method="GET", seconds=30.0)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            with _client(web, timeout=5.0) as client:
                client.get(LIST, params={"role": "user"})
        except httpx.HTTPError as error:
            errors.append(error)

    caller = threading.Thread(target=call)
    caller.start()
    deadline = time.monotonic() + 2.0
    while web.count("GET", LIST) == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.perf_counter()
    web.stop()
    assert time.perf_counter() - started < 1.5
    caller.join(timeout=2.0)
    assert not caller.is_alive()
    assert errors  # the client saw the connection drop, not an answer


def test_fixed_port_and_context_manager(seed: Seed, web: WebPlatform) -> None:
    port = web.base_url.rsplit(":", 1)[1]
    web.stop()
    with WebPlatform(port=int(port)) as other:
        assert other.base_url == f"http://127.0.0.1:{port}"
        other.add_user("john", PASSWORD, "John Doe")
        with _client(other) as client:
            assert _sign_in(client, "john").status_code == 200
    with _client(other) as client, pytest.raises(httpx.ConnectError):
        _sign_in(client, "john")


# -- https ----------------------------------------------------------------------------------------------


@pytest.fixture
def tls(tmp_path: Path) -> LoopbackTls:
    return loopback_tls(tmp_path)


@pytest.fixture
def secure_web(tls: LoopbackTls) -> Iterator[WebPlatform]:
    platform = WebPlatform(tls=tls.server_context).start()
    try:
        yield platform
    finally:
        platform.stop()
    assert platform.errors == []


def _trusting_client(web: WebPlatform, tls: LoopbackTls, timeout: float = 2.0) -> httpx.Client:
    return httpx.Client(base_url=web.base_url, timeout=timeout, verify=client_context(tls.ca_pem))


def test_https_sign_in_create_and_mark_paid_with_a_same_origin_referer(
    secure_web: WebPlatform, tls: LoopbackTls
) -> None:
    seed = _seed(secure_web)
    assert secure_web.base_url.startswith("https://127.0.0.1:")
    with _trusting_client(secure_web, tls) as john:
        # Over https the Secure cookies go back as they are: no help needed.
        assert _sign_in(john, "john").status_code == 200
        assert {c.name for c in john.cookies.jar if c.secure} == {"sessionid", "csrftoken"}
        created = john.post(
            f"/booking/api/course/{seed.yoga}/create/", json={"date": "2025-10-25", "start_time": "09:00"}
        )
        assert created.status_code == 200  # CSRF-exempt: no Referer needed
        booking = created.json()["booking_id"]
        assert john.get(LIST, params={"role": "user"}).json()["count"] == 1

        token = {"X-CSRFToken": john.cookies["csrftoken"]}
        base = secure_web.base_url
        for referer, reason in (
            (None, "Referer checking failed - no Referer."),
            ("https://evil.example/pay", "Referer checking failed"),
            (base.replace("https:", "http:") + "/desk", "Referer checking failed"),
        ):
            headers = token if referer is None else {**token, "Referer": referer}
            refused = john.post(_mark_paid_path(booking), json={}, headers=headers)
            assert refused.status_code == 403, referer
            assert CSRF_REFUSED in refused.text and reason in refused.text
        assert secure_web.booking(booking).status == "pending"

        paid = john.post(
            _mark_paid_path(booking),
            json={"payment_id": "PAY-9", "payment_method": "cash"},
            headers={**token, "Referer": base + "/booking/pay/"},
        )
        assert (paid.status_code, paid.json()["status"]) == (200, "paid")
    assert secure_web.booking(booking).status == "paid"


def test_https_client_that_does_not_trust_the_ca_fails_without_stalling_others(
    secure_web: WebPlatform, tls: LoopbackTls
) -> None:
    _seed(secure_web)
    port = int(secure_web.base_url.rsplit(":", 1)[1])
    # The system's authorities (and certifi's) do not know the test authority.
    system_trust = ssl.create_default_context()
    with (
        httpx.Client(base_url=secure_web.base_url, timeout=2.0, verify=system_trust) as stranger,
        pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        _sign_in(stranger, "john")
    # Plain http to the https port: the handshake fails on the server's side.
    with (
        httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=2.0) as plain,
        pytest.raises(httpx.TransportError),
    ):
        plain.post(LOGIN, data={"username": "john", "password": PASSWORD})
    # A client that connects and says nothing holds a handler thread, not the server.
    with socket.create_connection(("127.0.0.1", port)) as silent:
        started = time.perf_counter()
        with _trusting_client(secure_web, tls) as john:
            assert _sign_in(john, "john").status_code == 200
            assert john.get(LIST, params={"role": "user"}).status_code == 200
        assert time.perf_counter() - started < 1.5
        silent.settimeout(0.05)
        with pytest.raises(TimeoutError):
            silent.recv(1)  # still waiting for a ClientHello; the server did not give up on it
    # The refused handshakes never reached a view.
    assert secure_web.count("POST", LOGIN) == 1


def test_https_trust_through_ssl_cert_file_as_the_desk_does(
    secure_web: WebPlatform, tls: LoopbackTls, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = _seed(secure_web)
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.ca_pem))
    with httpx.Client(base_url=secure_web.base_url, timeout=2.0) as plain_httpx:  # verify left at True
        assert _sign_in(plain_httpx, "ana").status_code == 200

    # The desk's own client, as a coach account: its bookings, with CSRF and Referer over https.
    with WebAccount(secure_web.base_url, LOGIN, "ana", PASSWORD, timeout=2.0) as desk:
        booking = desk.create(seed.yoga, {"date": "2025-10-25", "start_time": "09:00"})
        desk.mark_paid(booking, "PAY-1", "cash")
        desk.set_status(booking, "confirmed")
        (listed,) = desk.bookings("coach")
        assert not desk.secure_cookies_over_http
    assert (listed.id, listed.status, listed.course_id) == (booking, "confirmed", seed.yoga)
    assert listed.start() == dt.datetime(2025, 10, 25, 2, tzinfo=dt.UTC)
    stored = secure_web.booking(booking)
    assert (stored.status, stored.payment_id, stored.user_id) == ("confirmed", "PAY-1", seed.ana.user_id)


def test_https_stop_cuts_connections_and_start_serves_again(
    secure_web: WebPlatform, tls: LoopbackTls
) -> None:
    _seed(secure_web)
    with _trusting_client(secure_web, tls) as john:
        assert _sign_in(john, "john").status_code == 200
        url = secure_web.base_url
        secure_web.stop()
        with pytest.raises(httpx.ConnectError):
            john.get(LIST, params={"role": "user"})
        secure_web.start()
        assert secure_web.base_url == url
        assert john.get(LIST, params={"role": "user"}).status_code == 200
