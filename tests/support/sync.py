"""A desk studio linked to a running test web platform, for the sync tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from studio_desk.services import Database, sync
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.tls import loopback_tls
from tests.support.web_platform import WebPlatform

# The schemes a studio runs its platform on; sync tests that take `SCHEMES` run over both.
SCHEMES = ("http", "https")

PASSWORD = "kata-sandi-rahasia"
# Short, so that a test of a server that never answers stays quick; loopback answers in ms.
TIMEOUT = 1.0


@dataclass
class Linked:
    """The desk's coach A (yoga, pilates) and coach B (hiit) as web coaches smith and sari; yoga
    and hiit are linked to web courses, pilates is not. `budi` books on the web."""

    db: Database
    studio: Studio
    clock: SettableClock
    web: WebPlatform
    smith_coach: int
    sari_coach: int
    web_yoga: int
    web_hiit: int
    budi: int

    def sync(self, **kwargs: object) -> sync.SyncReport:
        return sync.run_sync_once(self.db, timeout=TIMEOUT, **kwargs)  # type: ignore[arg-type]

    def later(self) -> None:
        """Past any back-off, so that waiting items are due again."""
        self.clock.advance(minutes=20)

    def web_booking(self, start: str, *, course: int | None = None, status: str = "pending") -> int:
        return self.web.add_booking(
            self.budi, course or self.web_yoga, dt.datetime.fromisoformat(start), status=status
        )


@contextmanager
def serving(
    scheme: str, directory: Path, monkeypatch: pytest.MonkeyPatch, **options: str
) -> Iterator[WebPlatform]:
    """The test web platform over `scheme`. Over https its certificate comes from an authority
    made for the test, which the desk's client (and any desk process the test starts) trusts
    through SSL_CERT_FILE, as a studio with its own authority would set it."""
    tls = None
    if scheme == "https":
        tls, trusted = loopback_tls(directory)
        monkeypatch.setenv("SSL_CERT_FILE", str(trusted))
    with WebPlatform(tls=tls, **options) as platform:  # type: ignore[arg-type]
        yield platform
    assert platform.errors == [], platform.errors


def link_studio(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> Linked:
    smith = web.add_coach("smith", PASSWORD, "Coach Smith")
    sari = web.add_coach("sari", PASSWORD, "Coach Sari")
    web_yoga = web.add_course(smith.coach_id, "Yoga Pemula", duration_minutes=60, price=150_000)
    web_hiit = web.add_course(sari.coach_id, "HIIT", duration_minutes=60, price=175_000)
    budi = web.add_user("budi", "budi-pw", "Budi Santoso")
    monkeypatch.setenv(sync.PASSWORD_ENV, PASSWORD)
    sync.configure_sync(
        db,
        studio.admin,
        server=web.base_url,
        enabled=True,
        coaches={studio.coach_a: (smith.coach_id, "smith"), studio.coach_b: (sari.coach_id, "sari")},
        courses={studio.yoga: web_yoga, studio.hiit: web_hiit},
    )
    return Linked(db, studio, clock, web, smith.coach_id, sari.coach_id, web_yoga, web_hiit, budi.user_id)


class MemoryKeyring(KeyringBackend):
    """The operating system's password store, as a dict: install with `keyring.set_keyring`."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
