"""Talking to the web platform as one coach's account: a Django session with CSRF, over httpx.

Endpoints are the guide's (`seed/booking-payment-integration-guide.md`) and, where the guide is
silent, the platform's own (`seed/web-platform-api.md`): sign-in at /auth/api_login/, and the
coach's status endpoint. Every failure becomes one of three SyncErrors: WebUnavailable (try
again later; WebServerError for a 5xx, WebPathMissing for a path the server does not have),
WebRefused (the server said no, with its message; WebSlotTaken for 409) and WebLoginFailed.
WebServerError and WebRefused keep the HTTP status, as WebHttpErrors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

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
STATUS_PATH = "/booking/api/booking/{booking}/status/"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
_SHOWN_TEXT = 200  # of a server's message

M = TypeVar("M", bound=BaseModel)


class WebUnavailable(SyncError):
    """Out of reach, too slow, a server error or an answer that makes no sense: try again later."""


class WebHttpError(SyncError):
    """An answer whose HTTP status the desk acts on, kept as `status` (given before the message)."""

    def __init__(self, status: int, message: str, /, **fields: object) -> None:
        super().__init__(message, **fields)
        self.status = status


class WebServerError(WebUnavailable, WebHttpError):
    """A 5xx. The platform also answers an id it does not know with a 500 page."""


class WebPathMissing(WebUnavailable):
    """404 or 405 with a web page: the server has no such path, so the address is likely wrong.
    Retried, because correcting the address is what makes it work."""


class WebRefused(WebHttpError):
    """The web platform answered no (400, 403, 404, 409), with its reason: the server's own
    words (no fields), or the desk's template and its fields when the server gave none."""


class WebSlotTaken(WebRefused):
    """409: the coach's time is taken on the web."""


class WebLoginFailed(SyncError):
    """The account could not sign in: its username or password was refused, or the sign-in is
    not where the desk looks for it. Not tried again in the same round."""


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


def _origin(server: str) -> str:
    parts = urlsplit(server)
    return f"{parts.scheme}://{parts.netloc}"


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
        # The platform sent cookies marked Secure to an http address: worth telling once.
        self.secure_cookies_over_http = False
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
        response = self._post_sign_in()
        if response.status_code == 403 and b"CSRF" in response.content:
            # A Django form login (not the platform's CSRF-exempt api_login) wants the CSRF
            # cookie of its page first.
            self._send("GET", self.login_path)
            response = self._post_sign_in()
        self._read_sign_in(response)
        self._signed_in = True

    def _post_sign_in(self) -> httpx.Response:
        form = {"username": self.username, "password": self._password}
        return self._send("POST", self.login_path, data=form)

    def _read_sign_in(self, response: httpx.Response) -> None:
        """Returns when the answer says the account is signed in; else raises, telling apart a
        refused password, a sign-in that is not at the login path, and a server that answers
        with a web page."""
        status, data, where = response.status_code, _json(response), self.server + self.login_path
        if status >= 500:
            raise WebUnavailable(
                QT_TRANSLATE_NOOP("services", "The web platform had an error signing in (HTTP {status})."),
                status=status,
            )
        if response.is_redirect:
            if "sessionid" in response.cookies:
                return  # a form login that sends the browser on: it worked
            raise WebLoginFailed(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Signing in at {url} sent the desk elsewhere ({location}). Check the login path "
                    "(the web platform's is /auth/api_login/).",
                ),
                url=where,
                location=_clip(response.headers.get("location", "")),
            )
        if status in (404, 405):
            raise WebLoginFailed(
                QT_TRANSLATE_NOOP(
                    "services",
                    "There is no sign-in at {url} (HTTP {status}). Check the login path "
                    "(the web platform's is /auth/api_login/) and the server address.",
                ),
                url=where,
                status=status,
            )
        if data is None:
            if status == 403 and b"CSRF" in response.content:
                raise WebLoginFailed(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The web platform did not let {username} sign in: it refused the request "
                        "(CSRF check)",
                    ),
                    username=self.username,
                )
            if response.is_success:
                raise WebUnavailable(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The web platform answered the sign-in at {url} with a web page instead of "
                        "data. Check the server address and the login path.",
                    ),
                    url=where,
                )
        elif response.is_success and _typed(LoginAnswer, data, _SIGN_IN_NONSENSE).signed_in:
            return
        reason = _server_message(data)
        if reason:
            raise WebLoginFailed(
                QT_TRANSLATE_NOOP(
                    "services", "The web platform refused the username or password of {username}: {reason}"
                ),
                username=self.username,
                reason=reason,
            )
        raise WebLoginFailed(
            QT_TRANSLATE_NOOP(
                "services", "The web platform refused the username or password of {username} (HTTP {status})."
            ),
            username=self.username,
            status=status,
        )

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {}
        if method == "POST":
            # Django checks the CSRF cookie against this header, and the request's origin.
            headers = {
                "X-CSRFToken": self._client.cookies.get("csrftoken") or "",
                "Referer": self.server + path,
                # Scheme, host and port only: a platform in a folder of its site
                # (https://example.com/studio) has the site's origin all the same.
                "Origin": _origin(self.server),
            }
        try:
            response = self._client.request(method, path, headers=headers, **kwargs)
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
        self._keep_cookies_over_http()
        return response

    def _keep_cookies_over_http(self) -> None:
        """Send the platform's cookies back over plain http too. The platform marks its session
        and CSRF cookies Secure, and a studio may run it over http on a LAN server or in a
        trial; a jar that kept them back would leave every call signed out. The account only
        talks to its one server (redirects are not followed), so the cookies go nowhere else.
        (httpx copies the jar for each request, so a cookie policy would not stay: the flag is
        taken off the cookies themselves.)"""
        if not self.server.startswith("http:"):
            return
        for cookie in self._client.cookies.jar:
            if cookie.secure:
                cookie.secure = False
                self.secure_cookies_over_http = True

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
                # The cookies came back and were not taken: nothing the password can mend.
                raise WebLoginFailed(
                    QT_TRANSLATE_NOOP(
                        "services", "The web platform keeps asking {username} to sign in again."
                    ),
                    username=self.username,
                )
        return self._answer(response, request, path)

    def _answer(self, response: httpx.Response, request: _Request, path: str) -> Any:
        status, data = response.status_code, _json(response)
        # The server's own words stay as they are (not a template); without them, the desk's.
        message = _server_message(data)
        if status >= 500:
            raise WebServerError(status, request.server_error, status=status)
        if status in (404, 405) and data is None:
            raise WebPathMissing(
                QT_TRANSLATE_NOOP(
                    "services",
                    "The web platform at {server} has no {path} (HTTP {status}). Check the server address.",
                ),
                server=self.server,
                path=path,
                status=status,
            )
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
