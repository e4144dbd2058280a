"""A loopback HTTP(S) server that behaves like the studio's Django web platform booking API, for sync tests.

The desk's sync client talks to the real platform with a session cookie and Django's CSRF rules. This
module stands in for that platform on 127.0.0.1, as `seed/web-platform-api.md` describes it: sign-in at
/auth/api_login/ with cookies marked Secure, a coach's status endpoint with no transition check, no
buffers between bookings, wall times in Asia/Jakarta, and a 500 page for an unknown id. It serves plain
http, or https when given a TLS context (tests make a certificate with trustme). The client is tested
over real TCP, keep-alive connections included, and tests can inject the faults a real deployment shows:
a server that acts but answers too late, a 500 page, a maintenance page, an expired session, a reply of
the wrong shape, or no server at all (`stop()`).

Standard library only: the test suite must not depend on Django.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import secrets
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field, replace
from email.message import Message
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit
from zoneinfo import ZoneInfo

# Statuses that hold a coach's time: a canceled or finished booking frees the slot.
ACTIVE_STATUSES = frozenset({"pending", "paid", "confirmed"})

FAULTS = frozenset(
    {
        "timeout_after_commit",
        "error_500",
        "html",
        "slow",
        "expire_session",
        "bad_json",
        "error_message",
        "not_found",
    }
)
# Faults answered by the "server" without running the view, so no state changes.
_CANNED_FAULTS = frozenset({"error_500", "html", "bad_json", "error_message", "not_found"})

# What a coach may set through the status endpoint; it checks no transition.
SETTABLE_STATUSES = frozenset({"paid", "confirmed", "done", "canceled"})

LOGIN_PATH = "/auth/api_login/"
# Where login_required sends a browser (Django's default LOGIN_URL); the API has no page there.
BROWSER_LOGIN_PATH = "/accounts/login/"
LIST_PATH = "/booking/api/bookings/"
_CREATE_RE = re.compile(r"^/booking/api/course/(\d+)/create/$")
_MARK_PAID_RE = re.compile(r"^/booking/api/booking/(\d+)/mark-paid/$")
_STATUS_RE = re.compile(r"^/booking/api/booking/(\d+)/status/$")
_CANCEL_RE = re.compile(r"^/booking/api/booking/(\d+)/cancel/$")
# Views marked csrf_exempt on the platform; mark-paid is the one that checks CSRF.
_CSRF_EXEMPT = frozenset({"login", "create", "status", "cancel"})

_SERVER_ERROR_PAGE = "<html><body><h1>Server Error (500)</h1></body></html>"
_NOT_FOUND_PAGE = "<!doctype html><html><head><title>Not Found</title></head><body><h1>Not Found</h1></body></html>"
_MAINTENANCE_PAGE = (
    "<!DOCTYPE html><html><head><title>Maintenance</title></head>"
    "<body><h1>We'll be back soon</h1><p>The studio site is down for maintenance.</p></body></html>"
)


@dataclass(frozen=True)
class WebUser:
    """A plain client account on the web platform."""

    user_id: int
    username: str
    name: str


@dataclass(frozen=True)
class WebCoach:
    """A user account with role coach, and the id of its coach profile (bookings point at the profile)."""

    user_id: int
    coach_id: int
    username: str
    name: str


@dataclass
class WebBooking:
    """A booking as the platform stores it; `start`/`end`/`created_at` are naive local wall times."""

    id: int
    user_id: int
    coach_id: int
    course_id: int
    start: dt.datetime
    end: dt.datetime
    status: str
    created_at: dt.datetime
    payment_id: str | None = None
    payment_method: str | None = None
    # Keys the create call sent beyond date/start_time, so a test can see what the client sent.
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordedRequest:
    """One request that reached a handler. `status` is 0 when the server stopped before answering."""

    method: str
    path: str
    query: dict[str, str]
    status: int
    fault: str | None


@dataclass
class _Account:
    user_id: int
    username: str
    password: str
    name: str
    coach_id: int | None = None


@dataclass(frozen=True)
class _Course:
    id: int
    coach_id: int
    title: str
    duration_minutes: int
    price: int


@dataclass
class _Fault:
    kind: str
    method: str | None
    path: str | None
    remaining: int
    seconds: float

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method.upper() == method.upper()) and (
            self.path is None or path.startswith(self.path)
        )


@dataclass(frozen=True)
class _Request:
    method: str
    path: str
    full_path: str
    query: dict[str, str]
    headers: Message
    body: bytes
    cookies: dict[str, str]


@dataclass
class _Response:
    status: int
    body: bytes
    content_type: str
    headers: list[tuple[str, str]] = field(default_factory=list)


def _json(status: int, payload: object, headers: list[tuple[str, str]] | None = None) -> _Response:
    return _Response(status, json.dumps(payload).encode(), "application/json", list(headers or []))


def _html(status: int, page: str, headers: list[tuple[str, str]] | None = None) -> _Response:
    return _Response(status, page.encode(), "text/html; charset=utf-8", list(headers or []))


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _parse_cookies(header: str | None) -> dict[str, str]:
    if not header:
        return {}
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except CookieError:
        # Django ignores cookies it cannot parse rather than failing the request.
        return {}
    return {name: morsel.value for name, morsel in jar.items()}


def _csrf_forbidden(reason: str) -> _Response:
    # The wording of Django's CsrfViewMiddleware page, which a client may look for.
    page = (
        "<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body>"
        "<h1>Forbidden <span>(403)</span></h1><p>CSRF verification failed. Request aborted.</p>"
        f"<p>Reason given for failure:</p><pre>{reason}</pre></body></html>"
    )
    return _html(403, page)


def _canned(kind: str, path: str) -> _Response:
    """The answer of a fault that does not run the view."""
    if kind == "error_500":
        return _html(500, _SERVER_ERROR_PAGE)
    if kind == "html":
        return _html(200, _MAINTENANCE_PAGE)
    if kind == "not_found":
        # An older platform, or a proxy in front of it, without this path.
        return _html(404, _NOT_FOUND_PAGE)
    if kind == "bad_json":
        # Valid JSON of the wrong shape for the endpoint, so a client must check what it reads.
        if path.startswith(LIST_PATH):
            return _json(200, {"bookings": "oops", "count": "many"})
        return _json(200, {"success": True})
    return _json(400, {"success": False, "message": "Temporarily refused by the test server"})


def _json_object(body: bytes) -> dict[str, Any] | None:
    """The request body as a JSON object; {} when empty (mark-paid's body is optional); None if invalid."""
    if not body.strip():
        return {}
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


def _parse_start(date_text: object, time_text: object) -> dt.datetime | None:
    if not isinstance(date_text, str) or not isinstance(time_text, str):
        return None
    try:
        day = dt.datetime.strptime(date_text, "%Y-%m-%d").date()
    except ValueError:
        return None
    for pattern in ("%H:%M", "%H:%M:%S"):
        try:
            return dt.datetime.combine(day, dt.datetime.strptime(time_text, pattern).time())
        except ValueError:
            continue
    return None


class WebPlatform:
    """The studio web platform's booking API on 127.0.0.1, with seeding, inspection and fault injection."""

    def __init__(
        self, *, port: int = 0, timezone: str = "Asia/Jakarta", tls: ssl.SSLContext | None = None,
        folder: str = "",
    ) -> None:
        self._port = port
        # The platform in a folder of its site ("/studio": https://host/studio/auth/api_login/),
        # as behind a proxy that serves other things at the root. "" at the root.
        self._folder = folder.rstrip("/")
        self._zone = ZoneInfo(timezone)
        # A server-side context with the certificate: the platform then speaks https only.
        self._tls = tls
        # One lock for all platform state; handler threads and the test thread both take it.
        self._lock = threading.Lock()
        # A separate lock for start/stop so a slow stop never blocks request handling.
        self._lifecycle_lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

        self._accounts: dict[int, _Account] = {}
        self._coach_users: dict[int, int] = {}  # coach profile id -> user id
        self._courses: dict[int, _Course] = {}
        self._bookings: dict[int, WebBooking] = {}
        self._sessions: dict[str, int] = {}  # sessionid -> user id
        self._csrf_tokens: set[str] = set()
        self._faults: list[_Fault] = []
        self._next_ids: dict[str, int] = {"user": 1, "coach": 1, "course": 1, "booking": 1}

        self.requests: list[RecordedRequest] = []
        self.handler_seconds: float = 0.0
        self.unauthenticated: str = "redirect"
        self.list_extra_fields: bool = False
        self.list_drop_fields: set[str] = set()
        # Exceptions raised inside the views (bugs of this module); the client saw a 500 for each.
        self.errors: list[BaseException] = []

    # -- lifecycle -----------------------------------------------------------------------------------

    def start(self) -> WebPlatform:
        """Bind (the first chosen port again after a stop) and serve in a daemon thread."""
        with self._lifecycle_lock:
            if self._server is not None:
                return self
            server = _Server(("127.0.0.1", self._port), self)
            if self._tls is not None:
                # The handshake is done in each handler thread (_Server.finish_request), so a
                # client that connects and says nothing cannot stall the accept loop.
                server.socket = self._tls.wrap_socket(
                    server.socket, server_side=True, do_handshake_on_connect=False
                )
            # Remember the port picked for port 0, so a restart comes back where the client points.
            self._port = server.server_address[1]
            thread = threading.Thread(
                target=server.serve_forever,
                # stop() waits up to one poll interval for the loop to notice; keep test teardown quick.
                kwargs={"poll_interval": 0.01},
                name=f"web-platform-{self._port}",
                daemon=True,
            )
            thread.start()
            self._server, self._thread = server, thread
            return self

    def stop(self) -> None:
        """Stop listening and cut open connections: the "server is down" fault. State is kept."""
        with self._lifecycle_lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
            if server is None:
                return
            # Wake handlers sleeping in an injected delay so they do not outlive the server for long.
            server.stopping.set()
            server.shutdown()
            server.server_close()
            # Idle keep-alive connections would otherwise go on being served by their threads.
            server.drop_connections()
            if thread is not None:
                thread.join(timeout=1.0)

    @property
    def origin(self) -> str:
        if self._port == 0:
            raise RuntimeError("WebPlatform has no port yet: call start() first")
        scheme = "https" if self._tls is not None else "http"
        return f"{scheme}://127.0.0.1:{self._port}"

    @property
    def base_url(self) -> str:
        """The platform's address, with its folder when it has one."""
        return self.origin + self._folder

    @property
    def running(self) -> bool:
        return self._server is not None

    def __enter__(self) -> WebPlatform:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- seeding -------------------------------------------------------------------------------------

    def _take_id(self, kind: str) -> int:
        value = self._next_ids[kind]
        self._next_ids[kind] = value + 1
        return value

    def _new_account(self, username: str, password: str, name: str) -> _Account:
        if any(account.username == username for account in self._accounts.values()):
            raise ValueError(f"username {username!r} is taken")
        account = _Account(self._take_id("user"), username, password, name)
        self._accounts[account.user_id] = account
        return account

    def add_user(self, username: str, password: str, name: str) -> WebUser:
        with self._lock:
            account = self._new_account(username, password, name)
            return WebUser(account.user_id, username, name)

    def add_coach(self, username: str, password: str, name: str) -> WebCoach:
        with self._lock:
            account = self._new_account(username, password, name)
            account.coach_id = self._take_id("coach")
            self._coach_users[account.coach_id] = account.user_id
            return WebCoach(account.user_id, account.coach_id, username, name)

    def add_course(
        self, coach_id: int, title: str, *, duration_minutes: int = 60, price: int = 150000
    ) -> int:
        with self._lock:
            if coach_id not in self._coach_users:
                raise ValueError(f"no coach profile {coach_id}")
            course = _Course(self._take_id("course"), coach_id, title, duration_minutes, price)
            self._courses[course.id] = course
            return course.id

    def add_booking(
        self,
        user_id: int,
        course_id: int,
        start: dt.datetime,
        *,
        status: str = "pending",
        created_at: dt.datetime | None = None,
    ) -> int:
        """A booking made on the web by a client. Raises ValueError if it overlaps an active one."""
        if start.tzinfo is not None:
            start = start.astimezone(self._zone).replace(tzinfo=None)
        with self._lock:
            if user_id not in self._accounts:
                raise ValueError(f"no user {user_id}")
            course = self._courses.get(course_id)
            if course is None:
                raise ValueError(f"no course {course_id}")
            end = start + dt.timedelta(minutes=course.duration_minutes)
            # An inactive booking (canceled, done) occupies no time, so it may sit over another one.
            if status in ACTIVE_STATUSES and self._conflicts(course.coach_id, start, end):
                raise ValueError(
                    f"{start:%Y-%m-%d %H:%M} overlaps an active booking of coach {course.coach_id}"
                )
            return self._insert_booking(user_id, course, start, end, status, created_at, {})

    def set_status(self, booking_id: int, status: str) -> None:
        """Change a booking's status as if done on the web. Any string is accepted, on purpose, so a test
        can show the desk a status it does not know."""
        with self._lock:
            self._bookings[booking_id].status = status

    # -- inspection ----------------------------------------------------------------------------------

    def remove_booking(self, booking_id: int) -> None:
        """Deleted on the platform (by its admin): from now on its id is unknown, a 500 page."""
        with self._lock:
            del self._bookings[booking_id]

    def booking(self, booking_id: int) -> WebBooking:
        """A copy of the booking (KeyError if none), so the caller never sees a half-made change."""
        with self._lock:
            found = self._bookings[booking_id]
            return replace(found, extra=dict(found.extra))

    def bookings(self) -> list[WebBooking]:
        with self._lock:
            ordered = sorted(self._bookings.values(), key=lambda b: b.id)
            return [replace(b, extra=dict(b.extra)) for b in ordered]

    def count(self, method: str, path_prefix: str) -> int:
        with self._lock:
            return sum(
                1
                for recorded in self.requests
                if recorded.method == method.upper() and recorded.path.startswith(path_prefix)
            )

    # -- faults --------------------------------------------------------------------------------------

    def inject(
        self,
        fault: str,
        *,
        method: str | None = None,
        path: str | None = None,
        times: int = 1,
        seconds: float = 0.0,
    ) -> None:
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; known: {sorted(FAULTS)}")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._faults.append(_Fault(fault, method, path, times, seconds))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def expire_sessions(self) -> None:
        with self._lock:
            self._sessions.clear()

    # -- used by the request handler -----------------------------------------------------------------

    def _take_fault(self, method: str, path: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
            return None

    def _record(self, recorded: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(recorded)

    def _add_handler_time(self, seconds: float) -> None:
        with self._lock:
            self.handler_seconds += seconds

    def _respond(self, request: _Request) -> _Response:
        """Run one request through Django's order: URL resolution, CSRF middleware, login, then the view."""
        try:
            with self._lock:
                return self._respond_locked(request)
        except Exception as error:
            # A bug here must reach the client as a 500 (and the test via .errors), not kill the thread.
            with self._lock:
                self.errors.append(error)
            return _html(500, _SERVER_ERROR_PAGE)

    def _respond_locked(self, request: _Request) -> _Response:
        if not request.path.startswith(self._folder + "/"):
            return _html(404, _NOT_FOUND_PAGE)  # the site's other pages
        route = _route(request.method, request.path.removeprefix(self._folder))
        if route is None:
            return _html(404, _NOT_FOUND_PAGE)
        name, object_id = route
        if name == "wrong_method":
            return _html(405, "")  # Django's require_POST / require_GET: an empty 405
        form: dict[str, str] = {}
        content_type = request.headers.get("Content-Type") or ""
        if request.method == "POST" and content_type.startswith("application/x-www-form-urlencoded"):
            form = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        if request.method == "POST" and name not in _CSRF_EXEMPT:
            reason = self._csrf_failure(request, form)
            if reason is not None:
                return _csrf_forbidden(reason)
        if name == "login":
            return self._login(request, form)

        account = self._session_account(request)
        if account is None:
            return self._unauthenticated(request)
        if name == "list":
            return self._list(account, request.query)
        payload = _json_object(request.body)
        if payload is None:
            return _json(400, {"error": "Invalid JSON"})
        assert object_id is not None
        if name == "create":
            return self._create(account, object_id, payload)
        if name == "mark_paid":
            return self._mark_paid(account, object_id, payload)
        if name == "cancel":
            return self._cancel(account, object_id)
        return self._set_status(account, object_id, payload)

    # -- CSRF, sessions ------------------------------------------------------------------------------

    def _csrf_failure(self, request: _Request, form: dict[str, str]) -> str | None:
        """Why Django's CSRF check would refuse this POST, or None if it passes."""
        origin = request.headers.get("Origin")
        referer = request.headers.get("Referer") or ""
        if origin is not None and origin != self.origin:
            return f"Origin checking failed - {origin} does not match any trusted origins."
        # Over https Django also wants a Referer of the same origin.
        if self._tls is not None and not referer.startswith(self.origin + "/"):
            return "Referer checking failed - no Referer." if not referer else "Referer checking failed."
        cookie_token = request.cookies.get("csrftoken")
        if not cookie_token or cookie_token not in self._csrf_tokens:
            return "CSRF cookie not set."
        # Django also takes the token from a form field, as a browser's login form sends it.
        sent = request.headers.get("X-CSRFToken") or form.get("csrfmiddlewaretoken")
        if sent != cookie_token:
            return "CSRF token missing or incorrect."
        return None

    def _new_csrf_cookie(self) -> tuple[str, tuple[str, str]]:
        token = secrets.token_hex(32)
        self._csrf_tokens.add(token)
        return token, ("Set-Cookie", f"csrftoken={token}; Path=/; SameSite=Lax; Secure")

    def _session_account(self, request: _Request) -> _Account | None:
        session = request.cookies.get("sessionid")
        user_id = self._sessions.get(session) if session else None
        return self._accounts.get(user_id) if user_id is not None else None

    def _unauthenticated(self, request: _Request) -> _Response:
        if self.unauthenticated == "401":
            return _json(401, {"error": "Authentication required"})
        # As Django's login_required: the full path, quoted with "/" kept, in ?next=.
        location = f"{BROWSER_LOGIN_PATH}?next={quote(request.full_path, safe='/')}"
        page = f'<html><body><a href="{location}">Log in</a></body></html>'
        return _html(302, page, [("Location", location)])

    def _login(self, request: _Request, form: dict[str, str]) -> _Response:
        """api_login: form fields, CSRF-exempt, JSON answers; both cookies marked Secure, as the
        platform's settings mark them, whatever the scheme."""
        username, password = form.get("username", ""), form.get("password", "")
        account = next((a for a in self._accounts.values() if a.username == username), None)
        if account is None or account.password != password:
            return _json(401, {"status": False, "message": "Invalid username or password"})
        # Django's login() cycles the session key and rotates the CSRF token: the old ones stop working.
        old_session = request.cookies.get("sessionid")
        if old_session:
            self._sessions.pop(old_session, None)
        self._csrf_tokens.discard(request.cookies.get("csrftoken", ""))
        session = secrets.token_hex(16)
        self._sessions[session] = account.user_id
        _token, csrf_cookie = self._new_csrf_cookie()
        payload = {
            "status": True,
            "message": "Login successful",
            "user": {
                "username": account.username,
                "role": "coach" if account.coach_id is not None else "user",
            },
        }
        return _json(
            200,
            payload,
            [("Set-Cookie", f"sessionid={session}; HttpOnly; Path=/; SameSite=Lax; Secure"), csrf_cookie],
        )

    # -- booking views -------------------------------------------------------------------------------

    def _conflicts(self, coach_id: int, start: dt.datetime, end: dt.datetime) -> bool:
        # Half-open intervals: a session ending at 11:00 does not overlap one starting at 11:00.
        return any(
            b.coach_id == coach_id and b.status in ACTIVE_STATUSES and b.start < end and start < b.end
            for b in self._bookings.values()
        )

    def _insert_booking(
        self,
        user_id: int,
        course: _Course,
        start: dt.datetime,
        end: dt.datetime,
        status: str,
        created_at: dt.datetime | None,
        extra: dict[str, Any],
    ) -> int:
        if created_at is None:
            created_at = dt.datetime.now(self._zone).replace(tzinfo=None, microsecond=0)
        booking = WebBooking(
            id=self._take_id("booking"),
            user_id=user_id,
            coach_id=course.coach_id,
            course_id=course.id,
            start=start,
            end=end,
            status=status,
            created_at=created_at,
            extra=extra,
        )
        self._bookings[booking.id] = booking
        return booking.id

    def _listed(self, booking: WebBooking) -> dict[str, Any]:
        course = self._courses[booking.course_id]
        item: dict[str, Any] = {
            "id": booking.id,
            "user_name": self._accounts[booking.user_id].name,
            "coach_name": self._accounts[self._coach_users[booking.coach_id]].name,
            "course_id": booking.course_id,
            "course_title": course.title,
            # The platform's datetimes carry the studio's offset (+07:00); the wall times do not.
            "start_datetime": _iso(booking.start.replace(tzinfo=self._zone)),
            "end_datetime": _iso(booking.end.replace(tzinfo=self._zone)),
            "date": f"{booking.start:%Y-%m-%d}",
            "start_time": f"{booking.start:%H:%M}",
            "end_time": f"{booking.end:%H:%M}",
            "status": booking.status,
            "created_at": _iso(booking.created_at),
        }
        if self.list_extra_fields:
            item.update({"price": course.price, "meta": {"x": 1}})
        for name in self.list_drop_fields:
            item.pop(name, None)
        return item

    def _list(self, account: _Account, query: dict[str, str]) -> _Response:
        role = query.get("role")
        if role == "coach":
            if account.coach_id is None:
                return _json(403, {"error": "You are not a coach"})
            chosen = [b for b in self._bookings.values() if b.coach_id == account.coach_id]
        elif role == "user":
            chosen = [b for b in self._bookings.values() if b.user_id == account.user_id]
        else:
            return _json(400, {"error": "Invalid role"})
        if "status" in query:
            chosen = [b for b in chosen if b.status == query["status"]]
        chosen.sort(key=lambda b: (b.start, b.id))
        return _json(200, {"bookings": [self._listed(b) for b in chosen], "count": len(chosen)})

    def _create(self, account: _Account, course_id: int, payload: dict[str, Any]) -> _Response:
        course = self._courses.get(course_id)
        if course is None:
            return _html(500, _SERVER_ERROR_PAGE)  # get() of a missing row, unhandled
        if payload.get("date") in (None, "") or payload.get("start_time") in (None, ""):
            return _json(400, {"error": "date and start_time are required"})
        start = _parse_start(payload["date"], payload["start_time"])
        if start is None:
            return _json(400, {"error": "Invalid date or time format. Use YYYY-MM-DD and HH:MM"})
        end = start + dt.timedelta(minutes=course.duration_minutes)
        if self._conflicts(course.coach_id, start, end):
            return _json(409, {"error": "This time slot conflicts with an existing booking"})
        extra = {key: value for key, value in payload.items() if key not in ("date", "start_time")}
        booking_id = self._insert_booking(account.user_id, course, start, end, "pending", None, extra)
        return _json(200, {"success": True, "message": "Booking created successfully", "booking_id": booking_id})

    def _mark_paid(self, account: _Account, booking_id: int, payload: dict[str, Any]) -> _Response:
        booking = self._bookings.get(booking_id)
        if booking is None:
            return _html(500, _SERVER_ERROR_PAGE)
        if booking.user_id != account.user_id:
            return _json(403, {"error": "You are not authorized to update this booking"})
        if booking.status != "pending":
            message = f"Only pending bookings can be marked as paid. Current status: {booking.status}"
            return _json(400, {"error": message})
        # A Django CharField stores whatever came as text.
        payment_id, method = payload.get("payment_id"), payload.get("payment_method")
        booking.payment_id = None if payment_id is None else str(payment_id)
        booking.payment_method = None if method is None else str(method)
        booking.status = "paid"
        return _json(
            200,
            {
                "success": True,
                "message": "Booking marked as paid successfully",
                "booking_id": booking.id,
                "status": "paid",
                "payment_id": booking.payment_id,
                "payment_method": booking.payment_method,
            },
        )

    def _set_status(self, account: _Account, booking_id: int, payload: dict[str, Any]) -> _Response:
        """The coach's status endpoint: any settable status from any status, as the platform does."""
        booking = self._bookings.get(booking_id)
        if booking is None:
            return _html(500, _SERVER_ERROR_PAGE)
        if account.coach_id is None or account.coach_id != booking.coach_id:
            return _json(403, {"error": "Only the coach of this booking can change its status"})
        wanted = payload.get("status")
        if wanted not in SETTABLE_STATUSES:
            return _json(400, {"success": False, "message": "Invalid status"})
        booking.status = str(wanted)
        return _json(
            200,
            {
                "success": True,
                "message": f"Booking status updated to {booking.status}",
                "booking_id": booking.id,
                "status": booking.status,
            },
        )

    def _cancel(self, account: _Account, booking_id: int) -> _Response:
        """The owner of a pending booking, or its coach, cancels it; the answer has no status."""
        booking = self._bookings.get(booking_id)
        if booking is None:
            return _html(500, _SERVER_ERROR_PAGE)
        is_coach = account.coach_id is not None and account.coach_id == booking.coach_id
        is_owner = booking.user_id == account.user_id
        if not is_coach and not (is_owner and booking.status == "pending"):
            return _json(403, {"error": "You cannot cancel this booking"})
        booking.status = "canceled"
        return _json(200, {"success": True, "message": "Booking canceled", "booking_id": booking.id})


def _route(method: str, path: str) -> tuple[str, int | None] | None:
    """The view a (method, path) resolves to, like Django's URLconf plus require_POST/GET."""
    if path == LOGIN_PATH:
        return ("login", None) if method == "POST" else ("wrong_method", None)
    if path == LIST_PATH:
        return ("list", None) if method == "GET" else ("wrong_method", None)
    views = (
        ("create", _CREATE_RE),
        ("mark_paid", _MARK_PAID_RE),
        ("status", _STATUS_RE),
        ("cancel", _CANCEL_RE),
    )
    for name, pattern in views:
        match = pattern.match(path)
        if match:
            return (name, int(match.group(1))) if method == "POST" else ("wrong_method", None)
    return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Do not join handler threads on close: one may be sleeping in an injected delay.
    block_on_close = False
    # A restart binds the same port while old connections sit in TIME_WAIT.
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], platform: WebPlatform) -> None:
        self.platform = platform
        self.stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, a DNS call that can stall; loopback needs none.
        TCPServer.server_bind(self)
        self.server_name = "127.0.0.1"
        self.server_port = self.server_address[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        # Tracked so stop() can cut keep-alive connections, which would otherwise still be served.
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def finish_request(self, request: Any, client_address: Any) -> None:
        if isinstance(request, ssl.SSLSocket):
            try:
                request.do_handshake()
            except (OSError, ssl.SSLError):
                return  # a client that gave up, or does not trust the certificate
        super().finish_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that time out or go away mid-answer are part of the tests: print no traceback.
        pass

    def drop_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            # shutdown, not close: the handler thread owns the socket and closes it when it wakes.
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 so clients keep connections alive, as they would with the real platform.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, the body waits ~40 ms for the client's
    # delayed ACK, which would dominate every request of a benchmark.
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_GET

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    # Trailer lines end with an empty line.
                    while self.rfile.readline().strip():
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _dispatch(self) -> None:
        started = time.perf_counter()
        platform, stopping = self.server.platform, self.server.stopping
        split = urlsplit(self.path)
        try:
            body = self._read_body()
        except ValueError:
            # A body we cannot frame leaves the connection out of step: answer and close it.
            body, self.close_connection = b"", True
        request = _Request(
            method=self.command,
            path=split.path,
            full_path=split.path + (f"?{split.query}" if split.query else ""),
            query=dict(parse_qsl(split.query, keep_blank_values=True)),
            headers=self.headers,
            body=body,
            cookies=_parse_cookies(self.headers.get("Cookie")),
        )
        fault = platform._take_fault(self.command, split.path)
        kind = fault.kind if fault is not None else None

        response: _Response | None
        if fault is not None and fault.kind in _CANNED_FAULTS:
            response = _canned(fault.kind, split.path)
        elif fault is not None and fault.kind == "slow" and stopping.wait(fault.seconds):
            # The server went down while this request waited: it acts on nothing and answers nothing.
            response = None
        else:
            if kind == "expire_session":
                platform.expire_sessions()
            response = platform._respond(request)

        # Recorded before a post-commit delay, so a test whose client timed out can already count it.
        platform._record(
            RecordedRequest(self.command, split.path, request.query, response.status if response else 0, kind)
        )
        if fault is not None and fault.kind == "timeout_after_commit":
            stopping.wait(fault.seconds)
        platform._add_handler_time(time.perf_counter() - started)
        if response is None or stopping.is_set():
            self.close_connection = True
            return
        self._write(response)

    def _write(self, response: _Response) -> None:
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(response.body)
        except OSError:
            # The client gave up (timeout) or stop() cut the connection.
            self.close_connection = True
