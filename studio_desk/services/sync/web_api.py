"""Talking to the web platform as one coach's account: a Django session with CSRF, over httpx.

Endpoints are the guide's (`seed/booking-payment-integration-guide.md`), except update-status,
which the guide does not write down: the platform lets a coach set a booking's status there.
Every failure becomes one of three SyncErrors: WebUnavailable (try again later), WebRefused
(the server said no, with its message; WebSlotTaken for 409) and WebLoginFailed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from studio_desk.services.errors import QT_TRANSLATE_NOOP, SyncError
from studio_desk.services.sync.answers import (
    BookingList,
    CreateAnswer,
    DoneAnswer,
    ErrorAnswer,
    LoginAnswer,
    WebBooking,
)

LIST_PATH = "/booking/api/bookings/"
CREATE_PATH = "/booking/api/course/{course}/create/"
MARK_PAID_PATH = "/booking/api/booking/{booking}/mark-paid/"
STATUS_PATH = "/booking/api/booking/{booking}/update-status/"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
_SHOWN_TEXT = 200  # of a server's message

M = TypeVar("M", bound=BaseModel)


class WebUnavailable(SyncError):
    """Out of reach, too slow, a server error or an answer that makes no sense: try again later."""


class WebRefused(SyncError):
    """The web platform answered no (400, 403, 404, 409), with its reason: the server's own
    words (no fields), or the desk's template and its fields when the server gave none."""

    def __init__(self, status: int, message: str, /, **fields: object) -> None:
        super().__init__(message, **fields)
        self.status = status


class WebSlotTaken(WebRefused):
    """409: the coach's time is taken on the web."""


class WebLoginFailed(SyncError):
    """The account's username or password was refused."""


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN_TEXT else text[: _SHOWN_TEXT - 1] + "…"


def _json(response: httpx.Response) -> Any | None:
    if "json" not in response.headers.get("content-type", "") and not response.content.startswith(b"{"):
        return None
    try:
        return response.json()
    except ValueError:
        return None


def _server_message(data: Any) -> str | None:
    if not isinstance(data, dict):
        return None
    try:
        text = ErrorAnswer.model_validate(data).text()
    except ValidationError:
        return None
    return _clip(text) if text else None


@dataclass(frozen=True)
class _Request:
    """What the desk asks the web for, and each way that can go wrong as a whole sentence (a
    translator never sees "{what}" spliced into one). `nonsense` has {where} and {problem};
    `server_error` and `refused_status` {status}; `elsewhere` {location}; `wrong_status`,
    for the requests that set a status, {status} and {wanted}."""

    nonsense: str
    server_error: str
    elsewhere: str
    refused_status: str
    refused: str
    web_page: str
    wrong_status: str = ""


_BOOKING_LIST = _Request(
    nonsense=QT_TRANSLATE_NOOP(
        "services", "The web platform's answer to the booking list did not make sense ({where}: {problem})."
    ),
    server_error=QT_TRANSLATE_NOOP(
        "services", "The web platform had an error with the booking list (HTTP {status})."
    ),
    elsewhere=QT_TRANSLATE_NOOP("services", "The web platform sent the booking list elsewhere ({location})."),
    refused_status=QT_TRANSLATE_NOOP(
        "services", "The web platform refused the booking list (HTTP {status})."
    ),
    refused=QT_TRANSLATE_NOOP("services", "The web platform refused the booking list."),
    web_page=QT_TRANSLATE_NOOP(
        "services", "The web platform answered the booking list with a web page instead of data."
    ),
)
_NEW_BOOKING = _Request(
    nonsense=QT_TRANSLATE_NOOP(
        "services", "The web platform's answer to a new booking did not make sense ({where}: {problem})."
    ),
    server_error=QT_TRANSLATE_NOOP(
        "services", "The web platform had an error with a new booking (HTTP {status})."
    ),
    elsewhere=QT_TRANSLATE_NOOP("services", "The web platform sent a new booking elsewhere ({location})."),
    refused_status=QT_TRANSLATE_NOOP("services", "The web platform refused a new booking (HTTP {status})."),
    refused=QT_TRANSLATE_NOOP("services", "The web platform refused a new booking."),
    web_page=QT_TRANSLATE_NOOP(
        "services", "The web platform answered a new booking with a web page instead of data."
    ),
)
_PAYMENT = _Request(
    nonsense=QT_TRANSLATE_NOOP(
        "services", "The web platform's answer to a payment did not make sense ({where}: {problem})."
    ),
    server_error=QT_TRANSLATE_NOOP(
        "services", "The web platform had an error with a payment (HTTP {status})."
    ),
    elsewhere=QT_TRANSLATE_NOOP("services", "The web platform sent a payment elsewhere ({location})."),
    refused_status=QT_TRANSLATE_NOOP("services", "The web platform refused a payment (HTTP {status})."),
    refused=QT_TRANSLATE_NOOP("services", "The web platform refused a payment."),
    web_page=QT_TRANSLATE_NOOP(
        "services", "The web platform answered a payment with a web page instead of data."
    ),
    wrong_status=QT_TRANSLATE_NOOP(
        "services", "The web platform answered a payment with status '{status}' instead of '{wanted}'."
    ),
)
_STATUS_CHANGE = _Request(
    nonsense=QT_TRANSLATE_NOOP(
        "services", "The web platform's answer to a status change did not make sense ({where}: {problem})."
    ),
    server_error=QT_TRANSLATE_NOOP(
        "services", "The web platform had an error with a status change (HTTP {status})."
    ),
    elsewhere=QT_TRANSLATE_NOOP("services", "The web platform sent a status change elsewhere ({location})."),
    refused_status=QT_TRANSLATE_NOOP("services", "The web platform refused a status change (HTTP {status})."),
    refused=QT_TRANSLATE_NOOP("services", "The web platform refused a status change."),
    web_page=QT_TRANSLATE_NOOP(
        "services", "The web platform answered a status change with a web page instead of data."
    ),
    wrong_status=QT_TRANSLATE_NOOP(
        "services", "The web platform answered a status change with status '{status}' instead of '{wanted}'."
    ),
)
_SIGN_IN_NONSENSE = QT_TRANSLATE_NOOP(
    "services", "The web platform's answer to the sign-in did not make sense ({where}: {problem})."
)


def _typed(model: type[M], data: Any, nonsense: str) -> M:
    """`data` read as `model`; else WebUnavailable saying `nonsense` (a template with {where}
    and {problem})."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"]) or "the answer"
        raise WebUnavailable(nonsense, where=where, problem=problem["msg"]) from None


def _expect_status(answer: DoneAnswer, wanted: str, request: _Request) -> None:
    if answer.status != wanted:
        raise WebUnavailable(request.wrong_status, status=_clip(answer.status), wanted=wanted)


class WebAccount:
    """One signed-in account. Not thread-safe: one sync round uses it at a time."""

    def __init__(
        self,
        server: str,
        login_path: str,
        username: str,
        password: str,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    ) -> None:
        self.server = server
        self.login_path = login_path
        self.username = username
        self._password = password
        self._client = httpx.Client(
            base_url=server,
            timeout=timeout,
            follow_redirects=False,
            headers={"Accept": "application/json", "User-Agent": "studio-desk-sync"},
        )
        self._signed_in = False
        # A refused password is not tried again in the same round: servers lock accounts out.
        self._refusal: WebLoginFailed | None = None

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> WebAccount:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- the endpoints ------------------------------------------------------------------------

    def bookings(self, role: str) -> list[WebBooking]:
        """The account's bookings: as the coach (`role=coach`) or the ones it made (`role=user`)."""
        data = self._call("GET", LIST_PATH, params={"role": role}, request=_BOOKING_LIST)
        return _typed(BookingList, data, _BOOKING_LIST.nonsense).bookings

    def create(self, course: int, payload: dict[str, object]) -> int:
        data = self._call("POST", CREATE_PATH.format(course=course), json=payload, request=_NEW_BOOKING)
        return _typed(CreateAnswer, data, _NEW_BOOKING.nonsense).booking_id

    def mark_paid(self, booking: int, payment_id: str, payment_method: str) -> None:
        body = {"payment_id": payment_id, "payment_method": payment_method}
        data = self._call("POST", MARK_PAID_PATH.format(booking=booking), json=body, request=_PAYMENT)
        _expect_status(_typed(DoneAnswer, data, _PAYMENT.nonsense), "paid", _PAYMENT)

    def set_status(self, booking: int, status: str) -> None:
        body = {"status": status}
        data = self._call("POST", STATUS_PATH.format(booking=booking), json=body, request=_STATUS_CHANGE)
        _expect_status(_typed(DoneAnswer, data, _STATUS_CHANGE.nonsense), status, _STATUS_CHANGE)

    # -- session, CSRF and answers ----------------------------------------------------------

    def sign_in(self) -> None:
        """Django's login: fetch the page for the CSRF cookie, post the form, keep the cookies."""
        if self._refusal is not None:
            raise self._refusal
        try:
            self._sign_in()
        except WebLoginFailed as refusal:
            self._refusal = refusal
            raise

    def _sign_in(self) -> None:
        self._send("GET", self.login_path)
        response = self._send(
            "POST", self.login_path, data={"username": self.username, "password": self._password}
        )
        data = _json(response)
        if response.status_code >= 500:
            raise WebUnavailable(
                QT_TRANSLATE_NOOP("services", "The web platform had an error signing in (HTTP {status})."),
                status=response.status_code,
            )
        if response.is_redirect and "sessionid" in response.cookies:
            self._signed_in = True  # a form login that sends the browser on: it worked
            return
        if response.is_success and isinstance(data, dict):
            answer = _typed(LoginAnswer, data, _SIGN_IN_NONSENSE)
            if answer.success:
                self._signed_in = True
                return
        reason = _server_message(data)
        if response.is_success and data is None:
            raise WebUnavailable(
                QT_TRANSLATE_NOOP(
                    "services", "The web platform answered the sign-in with a web page instead of data."
                )
            )
        if reason:
            raise WebLoginFailed(
                QT_TRANSLATE_NOOP("services", "The web platform did not let {username} sign in: {reason}"),
                username=self.username,
                reason=reason,
            )
        if b"CSRF" in response.content:
            raise WebLoginFailed(
                QT_TRANSLATE_NOOP(
                    "services",
                    "The web platform did not let {username} sign in: it refused the request (CSRF check)",
                ),
                username=self.username,
            )
        raise WebLoginFailed(
            QT_TRANSLATE_NOOP("services", "The web platform did not let {username} sign in."),
            username=self.username,
        )

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {}
        if method == "POST":
            # Django checks the CSRF cookie against this header, and the request's origin.
            headers = {
                "X-CSRFToken": self._client.cookies.get("csrftoken") or "",
                "Referer": self.server + path,
                "Origin": self.server,
            }
        try:
            return self._client.request(method, path, headers=headers, **kwargs)
        except httpx.TimeoutException:
            raise WebUnavailable(
                QT_TRANSLATE_NOOP("services", "The web platform did not answer in time.")
            ) from None
        except httpx.HTTPError as error:
            raise WebUnavailable(
                QT_TRANSLATE_NOOP("services", "Cannot reach the web platform at {server} ({reason})."),
                server=self.server,
                reason=_clip(str(error)),
            ) from None

    def _session_lost(self, response: httpx.Response) -> bool:
        if response.status_code == 401:
            return True
        if response.is_redirect:
            return "login" in response.headers.get("location", "").lower()
        return response.status_code == 403 and b"CSRF" in response.content

    def _call(self, method: str, path: str, *, request: _Request, **kwargs: Any) -> Any:
        if not self._signed_in:
            self.sign_in()
        response = self._send(method, path, **kwargs)
        if self._session_lost(response):
            # Expired, or signed out on the server: the server did nothing; sign in, once more.
            self._signed_in = False
            self.sign_in()
            response = self._send(method, path, **kwargs)
            if self._session_lost(response):
                raise WebLoginFailed(
                    QT_TRANSLATE_NOOP(
                        "services", "The web platform keeps asking {username} to sign in again."
                    ),
                    username=self.username,
                )
        return self._answer(response, request)

    def _answer(self, response: httpx.Response, request: _Request) -> Any:
        status, data = response.status_code, _json(response)
        # The server's own words stay as they are (not a template); without them, the desk's.
        message = _server_message(data)
        if status >= 500:
            raise WebUnavailable(request.server_error, status=status)
        if response.is_redirect:
            raise WebUnavailable(request.elsewhere, location=response.headers.get("location"))
        if status == 409:
            if message:
                raise WebSlotTaken(status, message)
            raise WebSlotTaken(
                status, QT_TRANSLATE_NOOP("services", "The web platform says the time is taken.")
            )
        if status >= 400:
            if message:
                raise WebRefused(status, message)
            raise WebRefused(status, request.refused_status, status=status)
        if data is None:
            raise WebUnavailable(request.web_page)
        if isinstance(data, dict) and data.get("success") is False:
            if message:
                raise WebRefused(400, message)
            raise WebRefused(400, request.refused)
        return data
