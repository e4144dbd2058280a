"""The web sync's configuration: server, schedule, the web's time zone, linked coaches and
courses, and passwords.

The settings live in `studio_settings` under `sync.*`; a coach's link is the coach's own
`remote_id` and `web_username`, a course's its `remote_id`. Passwords never touch the database:
they are in the operating system's keyring, or for a headless desk in STUDIO_DESK_SYNC_PASSWORD.
Saving with sync on also queues the linked courses' future bookings the web has never heard of
(see catch_up), so that the web does not sell their times again. How a link is given and
checked is links'.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, fields
from urllib.parse import unquote, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import WEB_USERNAME_LENGTH, Coach, Course, StudioSetting
from studio_desk.services.arguments import yes_or_no
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, SyncError, ValidationError
from studio_desk.services.outbox import (
    SYNC_ENABLED_KEY,
    SYNC_ON_CACHE_SECONDS,
    SYNC_SERVER_KEY,
    remember_web_sync_on,
    repoint_waiting_creates,
)
from studio_desk.services.people.acting import run_read_as, run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import known_zone
from studio_desk.services.sync.catch_up import NOTHING_TO_CATCH_UP, WebCatchUp, find_catch_up, queue_catch_up
from studio_desk.services.sync.links import CoachLink, CourseLink, checked_coach_links, checked_course_links
from studio_desk.services.text import printable, readable
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor

PASSWORD_ENV = "STUDIO_DESK_SYNC_PASSWORD"
DEFAULT_LOGIN_PATH = "/auth/api_login/"
DEFAULT_EVERY_SECONDS = 60
MIN_EVERY_SECONDS, MAX_EVERY_SECONDS = 10, 24 * 60 * 60
# The zone the web platform reads and writes its dates and times in, unless set otherwise.
DEFAULT_WEB_ZONE = "Asia/Jakarta"
# A desk turning sync on or off reaches the other desks within this.
CACHE_SECONDS = SYNC_ON_CACHE_SECONDS

_SERVER, _LOGIN_PATH, _EVERY, _ENABLED, _WEB_ZONE = (
    SYNC_SERVER_KEY,
    "sync.login_path",
    "sync.every_seconds",
    SYNC_ENABLED_KEY,
    "sync.web_zone",
)


@dataclass(frozen=True)
class SyncConfig:
    server: str = ""
    login_path: str = DEFAULT_LOGIN_PATH
    every_seconds: int = DEFAULT_EVERY_SECONDS
    enabled: bool = False
    coaches: tuple[CoachLink, ...] = ()
    courses: tuple[CourseLink, ...] = ()
    web_zone: str = DEFAULT_WEB_ZONE  # an IANA name; the web's wall clock may not be the studio's

    @property
    def is_on(self) -> bool:
        return self.enabled and bool(self.server)

    @property
    def web_zone_info(self) -> ZoneInfo:
        return ZoneInfo(self.web_zone)

    def coach(self, coach_id: int) -> CoachLink | None:
        return next((link for link in self.coaches if link.coach_id == coach_id), None)


@dataclass(frozen=True)
class ConfiguredSync(SyncConfig):
    """The configuration as configure_sync saved it, and the bookings it queued for the web."""

    catch_up: WebCatchUp = NOTHING_TO_CATCH_UP


@dataclass
class _Cached:
    config: SyncConfig
    read_at: float


def read_sync_config(session: Session) -> SyncConfig:
    rows = dict(
        session.execute(
            select(StudioSetting.key, StudioSetting.value).where(StudioSetting.key.like("sync.%"))
        ).all()
    )
    every = rows.get(_EVERY, "")
    coaches = tuple(
        CoachLink(row.id, row.name, row.remote_id, row.web_username)
        for row in session.execute(
            select(Coach.id, Coach.name, Coach.remote_id, Coach.web_username)
            .where(Coach.remote_id.isnot(None), Coach.web_username.isnot(None))
            .order_by(Coach.name, Coach.id)
        )
    )
    courses = tuple(
        CourseLink(row.id, row.title, row.coach_id, row.remote_id)
        for row in session.execute(
            select(Course.id, Course.title, Course.coach_id, Course.remote_id)
            .where(Course.remote_id.isnot(None))
            .order_by(Course.title, Course.id)
        )
    )
    return SyncConfig(
        server=without_user_info(rows.get(_SERVER, "")),
        login_path=rows.get(_LOGIN_PATH) or DEFAULT_LOGIN_PATH,
        every_seconds=int(every) if every.isdigit() else DEFAULT_EVERY_SECONDS,
        enabled=rows.get(_ENABLED) == "1",
        coaches=coaches,
        courses=courses,
        web_zone=_stored_zone(rows.get(_WEB_ZONE)),
    )


def _stored_zone(name: str | None) -> str:
    """The web's zone as kept; one edited by hand into nonsense is the default, as the studio's
    own settings do, rather than a sync round that stops on every desk."""
    if not name:
        return DEFAULT_WEB_ZONE
    try:
        known_zone(name)
    except ValidationError:
        return DEFAULT_WEB_ZONE
    return name


def get_sync_config(db: Database) -> SyncConfig:
    """The configuration, kept for CACHE_SECONDS; configure_sync refreshes it at once. Making a
    booking asks it whether to queue the booking for the web, so it must not cost a query."""
    cached = db.sync_cache
    if isinstance(cached, _Cached) and time.monotonic() - cached.read_at < CACHE_SECONDS:
        return cached.config
    config = run_read(db, read_sync_config)
    db.sync_cache = _Cached(config, time.monotonic())
    return config


_NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "services",
    "The server address must start with https:// (or http://), like https://studio.example.com.",
)
_JUST_THE_SITE = QT_TRANSLATE_NOOP(
    "services", "The server address is just the site, like https://studio.example.com."
)
_NO_USER_INFO = QT_TRANSLATE_NOOP(
    "services",
    "Leave the user name and password out of the server address, like https://studio.example.com. "
    "Passwords are typed in the desk's sync settings and kept in this computer's password store, "
    "never in the database.",
)


_BAD_PORT = QT_TRANSLATE_NOOP(
    "services",
    "The server's port must be a number from 1 to 65535, like https://studio.example.com:8443.",
)


def clean_server(value: str) -> str:
    """The web platform's address as typed: http(s), a host, a port if it has one, and the
    folder the platform lives in when it is not at the site's root (https://example.com/studio
    behind a proxy: the desk puts /auth/api_login/ and /booking/api/... after it).

    Refused, since the address is kept in the database and shown back, and a password must
    never be either: user information (`https://owner:secret@host`) and what looks like it, an
    '@' anywhere (also percent-encoded) and a ':' in the path (`https://host/owner:secret`; a
    platform's own paths have none). A query or a fragment would come before the desk's paths."""
    if not isinstance(value, str):
        raise ValidationError(_NOT_A_SERVER)
    text = value.strip().rstrip("/")
    if not text.isprintable() or any(char.isspace() for char in text):
        raise ValidationError(_JUST_THE_SITE)
    if "@" in unquote(text):
        raise ValidationError(_NO_USER_INFO)
    try:
        parts = urlsplit(text)
    except ValueError:
        raise ValidationError(_NOT_A_SERVER) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(_NOT_A_SERVER)
    try:
        port = parts.port
    except ValueError:  # not a number, or beyond 65535
        raise ValidationError(_BAD_PORT) from None
    if port == 0 or parts.netloc.endswith(":"):
        raise ValidationError(_BAD_PORT)
    if ":" in unquote(parts.path):
        raise ValidationError(_NO_USER_INFO)
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise ValidationError(_JUST_THE_SITE)
    return text


def without_user_info(server: str) -> str:
    """`server` as kept by an older desk, which took `https://owner:secret@host`: without the
    user information, so it is neither used nor shown back."""
    parts = urlsplit(server)
    if "@" not in parts.netloc:
        return server
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def clean_login_path(value: str) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not text.startswith("/") or " " in text or len(text) > 200 or not printable(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The login path starts with a slash, like /auth/api_login/.")
        )
    return text


def clean_web_zone(value: str) -> str:
    """The web platform's time zone as typed: an IANA name such as Asia/Jakarta."""
    name = value.strip() if isinstance(value, str) else value
    known_zone(name)
    return name


def clean_every(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "How often to sync must be a number of seconds."))
    if isinstance(value, int):
        seconds = value
    else:
        text = value.strip()
        if not (text.isdigit() and text.isascii()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "How often to sync must be a whole number of seconds, like 60.")
            )
        seconds = int(text) if len(text) <= 9 else MAX_EVERY_SECONDS + 1  # no int of 5,000 digits
    if not MIN_EVERY_SECONDS <= seconds <= MAX_EVERY_SECONDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "Sync every {seconds} seconds at the most often, and at least once a day."
            ),
            seconds=MIN_EVERY_SECONDS,
        )
    return seconds


def configure_sync(
    db: Database,
    actor: Actor,
    *,
    server: str | None = None,
    login_path: str | None = None,
    every_seconds: object = None,
    enabled: bool | None = None,
    web_zone: str | None = None,
    coaches: Mapping[int, tuple[int, str] | None] | None = None,
    courses: Mapping[int, int | None] | None = None,
) -> ConfiguredSync:
    """Change what is given (an admin only); None leaves a setting as it is, and a link mapped
    to None is removed. Turning sync on needs a server and at least one linked coach.

    With sync on afterwards, the linked courses' future desk bookings that the web has never
    heard of (made before their course was linked, or while sync was off) are queued in the
    same transaction; the answer's `catch_up` says which. A course linked to another web course
    takes along its bookings still waiting to be made on the web."""
    require_admin(actor, "set up the web sync")
    zone = get_settings(db).zone
    values: dict[str, str] = {}
    if server is not None:
        values[_SERVER] = clean_server(server)
    if login_path is not None:
        values[_LOGIN_PATH] = clean_login_path(login_path)
    if every_seconds is not None:
        values[_EVERY] = str(clean_every(every_seconds))
    if enabled is not None:
        values[_ENABLED] = "1" if yes_or_no(enabled) else "0"
    if web_zone is not None:
        # Holds from the next send on, for what already waits too: push turns each booking's
        # start into the web's time as it sends it.
        values[_WEB_ZONE] = clean_web_zone(web_zone)

    coach_links = checked_coach_links(coaches)
    course_links = checked_course_links(courses)

    def work(session: Session) -> tuple[SyncConfig, WebCatchUp]:
        writes = dict(values)
        kept = session.get(StudioSetting, _SERVER)
        if _SERVER not in writes and kept is not None and without_user_info(kept.value) != kept.value:
            writes[_SERVER] = without_user_info(kept.value)  # an older desk's, with a password in it
        for key, value in writes.items():
            session.merge(StudioSetting(key=key, value=value))
        for coach_id, link in coach_links.items():
            coach = session.get(Coach, coach_id)
            if coach is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("services", "There is no coach number {number} at the desk."),
                    number=coach_id,
                )
            if link is None:
                coach.remote_id, coach.web_username = None, None
                continue
            remote_id, username = link
            if len(username) > WEB_USERNAME_LENGTH:
                raise ValidationError(QT_TRANSLATE_NOOP("services", "That web username is too long."))
            taken = session.scalar(
                select(Coach.name).where(Coach.remote_id == remote_id, Coach.id != coach_id)
            )
            if taken:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("services", "Web coach {remote_id} is already linked to {coach}."),
                    remote_id=remote_id,
                    coach=taken,
                )
            coach.remote_id, coach.web_username = remote_id, username
        for course_id, remote in course_links.items():
            course = session.get(Course, course_id)
            if course is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("services", "There is no course number {number} at the desk."),
                    number=course_id,
                )
            if remote is not None:
                taken = session.scalar(
                    select(Course.title).where(Course.remote_id == remote, Course.id != course_id)
                )
                if taken:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "services", "Web course {remote_id} is already linked to '{course}'."
                        ),
                        remote_id=remote,
                        course=taken,
                    )
            course.remote_id = remote
            if remote is not None:
                repoint_waiting_creates(session, course_id, remote)
        session.flush()
        config = read_sync_config(session)
        linked = {link.coach_id for link in config.coaches}
        for course_link in config.courses:
            if course_link.coach_id not in linked:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "Link the coach of '{course}' to their web account first: the web "
                        "only takes a course's bookings from its coach.",
                    ),
                    course=course_link.course_title,
                )
        if config.enabled and not config.server:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "Enter the web platform's address before turning sync on.")
            )
        if config.enabled and not config.coaches:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "services", "Link at least one coach to their web account before turning sync on."
                )
            )
        catch_up = NOTHING_TO_CATCH_UP
        if config.is_on:
            now = db.now()
            web_courses = {link.course_id: link.remote_id for link in config.courses}
            catch_up = find_catch_up(session, now, zone, web_courses, lock=True)
            queue_catch_up(session, catch_up, now)
        return config, catch_up

    config, catch_up = run_write_as(db, actor, work)
    db.sync_cache = _Cached(config, time.monotonic())
    remember_web_sync_on(db, config.is_on)
    return ConfiguredSync(**{f.name: getattr(config, f.name) for f in fields(SyncConfig)}, catch_up=catch_up)


def preview_catch_up(
    db: Database,
    actor: Actor | None,
    *,
    server: str | None = None,
    enabled: bool | None = None,
    courses: Mapping[int, int | None] | None = None,
) -> WebCatchUp:
    """What configure_sync with these changes would queue for the web (nothing is saved), for
    a person to see before saving. What the save itself refuses is for the save to say."""
    require_admin(actor, "set up the web sync")  # the bookings are listed to whoever may save
    zone = get_settings(db).zone
    if server is not None and not isinstance(server, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services",
                "The server address must start with https:// (or http://), like https://studio.example.com.",
            )
        )
    enabled = None if enabled is None else yes_or_no(enabled)
    course_links = checked_course_links(courses)

    def work(session: Session) -> WebCatchUp:
        config = read_sync_config(session)
        on = (config.enabled if enabled is None else enabled) and bool(
            config.server if server is None else server.strip()
        )
        if not on:
            return NOTHING_TO_CATCH_UP
        linked = {link.course_id: link.remote_id for link in config.courses}
        for course_id, remote in course_links.items():
            if remote is None:
                linked.pop(course_id, None)
            else:
                linked[course_id] = remote
        return find_catch_up(session, db.now(), zone, linked)

    return run_read_as(db, actor, work)


def _keyring_service(server: str) -> str:
    return f"studio-desk sync {server}"


def password_for(server: str, username: str) -> str:
    """The web password of `username`: from STUDIO_DESK_SYNC_PASSWORD (a headless desk), else
    from the keyring, else a SyncError that says how to give one."""
    from_environment = os.environ.get(PASSWORD_ENV)
    if from_environment:
        return from_environment
    import keyring  # only when asked: its backends take tens of milliseconds to load at start
    import keyring.errors

    try:
        stored = keyring.get_password(_keyring_service(server), username)
    except keyring.errors.KeyringError:
        stored = None
    if not stored:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "services",
                "No web password saved for {username}. Enter it in the desk's sync settings, or set "
                "{variable} where the desk runs without a screen.",
            ),
            username=username,
            variable=PASSWORD_ENV,
        )
    return stored


def save_password(server: str, username: str, password: str) -> None:
    """Keep `username`'s web password in the operating system's keyring."""
    if not all(isinstance(text, str) and readable(text) for text in (server, username, password)):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Enter the password."))
    if not password:
        raise ValidationError(QT_TRANSLATE_NOOP("services", "Enter the password."))
    import keyring  # only when asked: its backends take tens of milliseconds to load at start
    import keyring.errors

    try:
        keyring.set_password(_keyring_service(server), username, password)
    except keyring.errors.KeyringError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services",
                "This computer has no password store to keep the web password in. Set "
                "{variable} where the desk starts instead.",
            ),
            variable=PASSWORD_ENV,
        ) from None
