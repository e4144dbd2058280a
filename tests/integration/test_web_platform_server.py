"""The fake web platform answers like the studio's Django booking API, over real TCP with httpx."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest

from tests.support.web_platform import WebCoach, WebPlatform, WebUser

PASSWORD = "s3cret-pass"
LIST = "/booking/api/bookings/"


@dataclass(frozen=True)
class Seed:
    ana: WebCoach  # coach of yoga
    bima: WebCoach  # coach of pilates
    john: WebUser
    mary: WebUser
    yoga: int
    pilates: int


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
    ana = web.add_coach("ana", PASSWORD, "Ana Coach")
    bima = web.add_coach("bima", PASSWORD, "Bima Coach")
    john = web.add_user("john", PASSWORD, "John Doe")
    mary = web.add_user("mary", PASSWORD, "Mary Major")
    yoga = web.add_course(ana.coach_id, "Morning Yoga", duration_minutes=60, price=150000)
    pilates = web.add_course(bima.coach_id, "Pilates", duration_minutes=90, price=200000)
    return Seed(ana, bima, john, mary, yoga, pilates)


def _client(web: WebPlatform, timeout: float = 2.0) -> httpx.Client:
    # Plain HTTP on loopback: skip loading the CA bundle, which costs ~30 ms per client.
    return httpx.Client(base_url=web.base_url, timeout=timeout, verify=False)


def _login(client: httpx.Client, web: WebPlatform, username: str, password: str = PASSWORD) -> httpx.Response:
    client.get("/auth/login/")
    token = client.cookies["csrftoken"]
    return client.post(
        "/auth/login/",
        data={"username": username, "password": password},
        headers={"X-CSRFToken": token, "Origin": web.base_url},
    )


def _post(client: httpx.Client, web: WebPlatform, path: str, body: object = None) -> httpx.Response:
    headers = {"X-CSRFToken": client.cookies.get("csrftoken") or "", "Referer": web.base_url + "/desk"}
    return client.post(path, json=body, headers=headers)


def _create(client: httpx.Client, web: WebPlatform, course: int, date: str, start: str) -> httpx.Response:
    return _post(client, web, f"/booking/api/course/{course}/create/", {"date": date, "start_time": start})


@pytest.fixture
def login(web: WebPlatform, seed: Seed) -> Iterator[Callable[..., httpx.Client]]:
    made: list[httpx.Client] = []

    def make(username: str, *, timeout: float = 2.0) -> httpx.Client:
        client = _client(web, timeout)
        made.append(client)
        answer = _login(client, web, username)
        assert answer.status_code == 200, answer.text
        return client

    yield make
    for client in made:
        client.close()


# -- login and CSRF -------------------------------------------------------------------------------------


def test_login_page_sets_csrf_cookie_and_login_rotates_it(web: WebPlatform, seed: Seed) -> None:
    with _client(web) as client:
        page = client.get("/auth/login/")
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        first = client.cookies["csrftoken"]
        assert first in page.text  # the form's hidden csrfmiddlewaretoken

        # A second visit keeps a token the server knows.
        client.get("/auth/login/")
        assert client.cookies["csrftoken"] == first

        answer = client.post(
            "/auth/login/",
            data={"username": "ana", "password": PASSWORD},
            headers={"X-CSRFToken": first, "Origin": web.base_url},
        )
        assert answer.status_code == 200
        assert answer.json() == {"success": True, "message": "Logged in", "username": "ana", "role": "coach"}
        set_cookies = answer.headers.get_list("set-cookie")
        assert any(c.startswith("sessionid=") and "HttpOnly" in c for c in set_cookies)
        rotated = client.cookies["csrftoken"]
        assert rotated != first

        # The pre-login token is dead, even with the new session; the new token works.
        session = client.cookies["sessionid"]
        with _client(web) as bare:
            stale = bare.post(
                f"/booking/api/course/{seed.yoga}/create/",
                json={"date": "2025-10-25", "start_time": "09:00"},
                headers={
                    "X-CSRFToken": first,
                    "Origin": web.base_url,
                    "Cookie": f"csrftoken={first}; sessionid={session}",
                },
            )
        assert stale.status_code == 403
        assert "CSRF cookie not set" in stale.text
        assert web.bookings() == []
        assert _create(client, web, seed.yoga, "2025-10-25", "09:00").status_code == 201


def test_plain_user_login_reports_role_user(web: WebPlatform, seed: Seed) -> None:
    with _client(web) as client:
        assert _login(client, web, "john").json()["role"] == "user"


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"Origin": "ORIGIN"}, id="no-token-header"),
        pytest.param({"Origin": "ORIGIN", "X-CSRFToken": "forged"}, id="wrong-token"),
        pytest.param({"X-CSRFToken": "TOKEN"}, id="no-origin-or-referer"),
        pytest.param({"X-CSRFToken": "TOKEN", "Origin": "http://evil.example"}, id="foreign-origin"),
        pytest.param({"X-CSRFToken": "TOKEN", "Referer": "REFERER_NO_SLASH"}, id="bad-referer"),
    ],
)
def test_login_without_valid_csrf_is_refused_with_django_page(
    web: WebPlatform, seed: Seed, headers: dict[str, str]
) -> None:
    with _client(web) as client:
        client.get("/auth/login/")
        token = client.cookies["csrftoken"]
        filled = {
            name: value.replace("ORIGIN", web.base_url)
            .replace("TOKEN", token)
            .replace("REFERER_NO_SLASH", web.base_url + "evil")
            for name, value in headers.items()
        }
        answer = client.post("/auth/login/", data={"username": "ana", "password": PASSWORD}, headers=filled)
        assert answer.status_code == 403
        assert answer.headers["content-type"].startswith("text/html")
        assert "CSRF verification failed. Request aborted." in answer.text
        assert "sessionid" not in client.cookies


def test_post_without_csrf_cookie_or_with_unissued_token_is_refused(web: WebPlatform, seed: Seed) -> None:
    with _client(web) as client:
        no_cookie = client.post(
            "/auth/login/", data={"username": "ana", "password": PASSWORD}, headers={"Origin": web.base_url}
        )
        assert no_cookie.status_code == 403
        made_up = client.post(
            "/auth/login/",
            data={"username": "ana", "password": PASSWORD},
            headers={"Origin": web.base_url, "X-CSRFToken": "abc", "Cookie": "csrftoken=abc"},
        )
        assert made_up.status_code == 403
        assert "CSRF verification failed" in made_up.text


def test_bad_credentials_answer_400(web: WebPlatform, seed: Seed) -> None:
    with _client(web) as client:
        answer = _login(client, web, "ana", "wrong")
        assert answer.status_code == 400
        assert answer.json() == {"success": False, "message": "Invalid username or password"}
        assert _login(client, web, "nobody").status_code == 400


# -- the guide's five test cases ------------------------------------------------------------------------


def test_guide_1_create_booking_is_pending(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    answer = _post(
        john,
        web,
        f"/booking/api/course/{seed.yoga}/create/",
        {"date": "2025-10-25", "start_time": "09:00", "notes": "first time"},
    )
    assert answer.status_code == 201
    body = answer.json()
    assert body == {
        "success": True,
        "message": "Booking created successfully",
        "booking_id": 1,
        "start_datetime": "2025-10-25T09:00:00",
        "end_datetime": "2025-10-25T10:00:00",
    }
    stored = web.booking(body["booking_id"])
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
    booking_id = _create(john, web, seed.yoga, "2025-10-25", "09:00").json()["booking_id"]
    answer = _post(
        john,
        web,
        f"/booking/api/booking/{booking_id}/mark-paid/",
        {"payment_id": "PAY-12345", "payment_method": "credit_card"},
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
    stored = web.booking(booking_id)
    assert (stored.status, stored.payment_id, stored.payment_method) == ("paid", "PAY-12345", "credit_card")


def test_guide_3_mark_paid_again_is_refused(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    booking_id = _create(john, web, seed.yoga, "2025-10-25", "09:00").json()["booking_id"]
    path = f"/booking/api/booking/{booking_id}/mark-paid/"
    assert _post(john, web, path, {"payment_id": "PAY-1"}).status_code == 200
    again = _post(john, web, path, {"payment_id": "PAY-2"})
    assert again.status_code == 400
    assert "Current status: paid" in again.json()["error"]
    assert web.booking(booking_id).payment_id == "PAY-1"


def test_guide_4_mark_paid_of_another_users_booking_is_forbidden(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking_id = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    mary = login("mary")
    answer = _post(mary, web, f"/booking/api/booking/{booking_id}/mark-paid/", {})
    assert answer.status_code == 403
    assert answer.json() == {"error": "You are not authorized to update this booking"}
    assert web.booking(booking_id).status == "pending"
    assert _post(mary, web, "/booking/api/booking/999/mark-paid/").status_code == 404


def test_guide_5_cancel_paid_booking(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    by_owner = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9), status="paid")
    by_coach = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 11), status="paid")
    john, ana = login("john"), login("ana")
    answer = _post(john, web, f"/booking/api/booking/{by_owner}/update-status/", {"status": "canceled"})
    assert answer.status_code == 200
    assert answer.json() == {"success": True, "booking_id": by_owner, "status": "canceled"}
    coach_cancel = _post(ana, web, f"/booking/api/booking/{by_coach}/update-status/", {"status": "canceled"})
    assert coach_cancel.json()["status"] == "canceled"
    assert [b.status for b in web.bookings()] == ["canceled", "canceled"]


# -- bookings: conflicts, status changes, lists ---------------------------------------------------------


def test_overlap_is_409_and_back_to_back_is_allowed(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john, mary = login("john"), login("mary")
    assert _create(john, web, seed.yoga, "2025-10-25", "10:00").status_code == 201
    clash = _create(mary, web, seed.yoga, "2025-10-25", "10:30")
    assert clash.status_code == 409
    assert clash.json() == {"error": "This time slot conflicts with an existing booking"}
    assert _create(mary, web, seed.yoga, "2025-10-25", "09:00").status_code == 201  # 9-10 before 10-11
    assert _create(mary, web, seed.yoga, "2025-10-25", "11:00").status_code == 201  # 11-12 after 10-11
    # Another coach's course at the same time is free.
    assert _create(mary, web, seed.pilates, "2025-10-25", "10:00").status_code == 201
    # A canceled booking frees its slot.
    web.set_status(1, "canceled")
    assert _create(mary, web, seed.yoga, "2025-10-25", "10:00").status_code == 201
    assert len(web.bookings()) == 5


def test_add_booking_refuses_overlap_with_an_active_booking(web: WebPlatform, seed: Seed) -> None:
    web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    with pytest.raises(ValueError):
        web.add_booking(seed.mary.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9, 30))
    web.add_booking(seed.mary.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9, 30), status="canceled")
    assert web.add_booking(seed.mary.user_id, seed.yoga, dt.datetime(2025, 10, 25, 10)) == 3


def test_create_refuses_bad_input(web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]) -> None:
    john = login("john")
    assert _create(john, web, 99, "2025-10-25", "09:00").json() == {"error": "Course not found"}
    assert _create(john, web, 99, "2025-10-25", "09:00").status_code == 404
    for date, start in [("2025-13-40", "09:00"), ("2025-10-25", "9 am"), ("", "09:00")]:
        answer = _create(john, web, seed.yoga, date, start)
        assert answer.status_code == 400, (date, start)
        assert "error" in answer.json()
    missing = _post(john, web, f"/booking/api/course/{seed.yoga}/create/", {"date": "2025-10-25"})
    assert missing.status_code == 400
    broken = john.post(
        f"/booking/api/course/{seed.yoga}/create/",
        content=b"{not json",
        headers={"X-CSRFToken": john.cookies["csrftoken"], "Origin": web.base_url},
    )
    assert (broken.status_code, broken.json()) == (400, {"error": "Invalid JSON"})
    assert web.bookings() == []


def test_update_status_transitions_and_permissions(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9), status="paid")
    path = f"/booking/api/booking/{booking}/update-status/"
    john, ana, bima = login("john"), login("ana"), login("bima")
    forbidden = {"error": "You are not authorized to update this booking"}
    assert _post(john, web, path, {"status": "confirmed"}).json() == forbidden  # owner may only cancel
    assert _post(bima, web, path, {"status": "confirmed"}).status_code == 403  # not this booking's coach
    too_soon = _post(ana, web, path, {"status": "done"})
    assert too_soon.json() == {"error": "Cannot change status from paid to done"}
    assert _post(ana, web, path, {"status": "confirmed"}).json()["status"] == "confirmed"
    assert _post(ana, web, path, {"status": "done"}).json()["status"] == "done"
    late = _post(ana, web, path, {"status": "canceled"})
    assert (late.status_code, late.json()) == (400, {"error": "Cannot change status from done to canceled"})
    assert _post(ana, web, "/booking/api/booking/77/update-status/", {"status": "done"}).status_code == 404
    assert web.booking(booking).status == "done"


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
        "course_title": "Morning Yoga",
        "start_datetime": "2025-10-25T09:00:00",
        "end_datetime": "2025-10-25T10:00:00",
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
    web.list_drop_fields = {"start_datetime", "end_datetime", "created_at"}
    (item,) = john.get(LIST, params={"role": "user"}).json()["bookings"]
    assert (item["course_id"], item["price"], item["meta"]) == (seed.yoga, 150000, {"x": 1})
    assert not {"start_datetime", "end_datetime", "created_at"} & item.keys()
    assert (item["date"], item["start_time"], item["end_time"]) == ("2025-10-25", "09:00", "10:00")


def test_unknown_paths_are_404(web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]) -> None:
    john = login("john")
    for answer in (john.get("/booking/api/nothing/"), john.get("/"), _post(john, web, "/booking/api/x/")):
        assert (answer.status_code, answer.json()) == (404, {"error": "Not found"})


# -- sessions -------------------------------------------------------------------------------------------


def test_unauthenticated_is_redirected_to_login(web: WebPlatform, seed: Seed) -> None:
    with _client(web) as client:
        answer = client.get(LIST, params={"role": "user"})
        assert answer.status_code == 302
        assert answer.headers["location"].startswith("/auth/login/?next=/booking/api/bookings/")
        assert answer.headers["content-type"].startswith("text/html")
        # CSRF is checked before login, as Django's middleware runs before login_required.
        client.get("/auth/login/")
        create = _create(client, web, seed.yoga, "2025-10-25", "09:00")
        assert create.status_code == 302
        assert web.bookings() == []


def test_unauthenticated_can_answer_401(web: WebPlatform, seed: Seed) -> None:
    web.unauthenticated = "401"
    with _client(web) as client:
        answer = client.get(LIST, params={"role": "user"})
        assert (answer.status_code, answer.json()) == (401, {"error": "Authentication required"})


def test_expire_sessions_logs_everyone_out(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    assert john.get(LIST, params={"role": "user"}).status_code == 200
    web.expire_sessions()
    assert john.get(LIST, params={"role": "user"}).status_code == 302
    assert _login(john, web, "john").status_code == 200
    assert john.get(LIST, params={"role": "user"}).status_code == 200


# -- faults ---------------------------------------------------------------------------------------------


def test_timeout_after_commit_acts_but_answers_too_late(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john", timeout=0.2)
    web.inject("timeout_after_commit", method="POST", path="/booking/api/course/", seconds=2.0)
    with pytest.raises(httpx.ReadTimeout):
        _create(john, web, seed.yoga, "2025-10-25", "09:00")
    (booking,) = web.bookings()
    assert booking.status == "pending"
    assert web.requests[-1].fault == "timeout_after_commit"
    assert web.requests[-1].status == 201
    # The retry sees the slot taken: the client must reconcile, not book twice.
    assert _create(john, web, seed.yoga, "2025-10-25", "09:00").status_code == 409


def test_error_500_answers_html_without_acting(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    web.inject("error_500", path="/booking/api/course/")
    answer = _create(john, web, seed.yoga, "2025-10-25", "09:00")
    assert answer.status_code == 500
    assert answer.headers["content-type"].startswith("text/html")
    assert "<h1>Server Error (500)</h1>" in answer.text
    assert web.bookings() == []
    assert _create(john, web, seed.yoga, "2025-10-25", "09:00").status_code == 201  # consumed


def test_html_answers_a_maintenance_page_without_acting(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    booking = web.add_booking(seed.john.user_id, seed.yoga, dt.datetime(2025, 10, 25, 9))
    john = login("john")
    web.inject("html", method="POST")
    answer = _post(john, web, f"/booking/api/booking/{booking}/mark-paid/", {})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
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
    created = _create(john, web, seed.yoga, "2025-10-25", "09:00")
    assert (created.status_code, created.json()) == (200, {"success": True})
    assert web.bookings() == []


def test_error_message_refuses_without_acting(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    web.inject("error_message", path="/booking/api/course/")
    answer = _create(john, web, seed.yoga, "2025-10-25", "09:00")
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
    statuses = [_create(john, web, seed.yoga, "2025-10-25", f"0{h}:00").status_code for h in range(5, 9)]
    assert statuses == [500, 500, 400, 201]
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
    assert web.count("GET", LIST) == 2
    assert web.count("POST", "/auth/login/") == 1
    assert web.count("GET", "/auth/") == 1


# -- server down ----------------------------------------------------------------------------------------


def test_stop_and_start_on_the_same_port_keeps_state(
    web: WebPlatform, seed: Seed, login: Callable[..., httpx.Client]
) -> None:
    john = login("john")
    assert _create(john, web, seed.yoga, "2025-10-25", "09:00").status_code == 201
    url = web.base_url
    web.stop()
    with pytest.raises(httpx.ConnectError):
        john.get(LIST, params={"role": "user"})  # the kept-alive connection was cut too
    with _client(web) as fresh, pytest.raises(httpx.ConnectError):
        fresh.get("/auth/login/")
    web.start()
    assert web.base_url == url
    listed = john.get(LIST, params={"role": "user"})  # same session cookie still valid
    assert listed.status_code == 200
    assert listed.json()["count"] == 1


def test_stop_returns_promptly_during_a_post_commit_delay(web: WebPlatform, seed: Seed) -> None:
    web.inject("timeout_after_commit", path="/auth/login/", method="GET", seconds=30.0)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            with _client(web, timeout=5.0) as client:
                client.get("/auth/login/")
        except httpx.HTTPError as error:
            errors.append(error)

    caller = threading.Thread(target=call)
    caller.start()
    deadline = time.monotonic() + 2.0
    while web.count("GET", "/auth/login/") == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.perf_counter()
    web.stop()
    assert time.perf_counter() - started < 1.5
    caller.join(timeout=2.0)
    assert not caller.is_alive()
    assert errors  # the client saw the connection drop, not an answer


def test_fixed_port_and_context_manager(seed: Seed, web: WebPlatform) -> None:
    port = int(web.base_url.rsplit(":", 1)[1])
    web.stop()
    with WebPlatform(port=port) as other:
        assert other.base_url == f"http://127.0.0.1:{port}"
        with _client(other) as client:
            assert client.get("/auth/login/").status_code == 200
    with _client(other) as client, pytest.raises(httpx.ConnectError):
        client.get("/auth/login/")
