"""Which database this PC's desk uses when no --db or STUDIO_DESK_DB says, and the PostgreSQL
password kept for it in the operating system's keyring (never in a file or the URL on disk)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL

APP_NAME = "studio-desk"
KEYRING_SERVICE = "studio-desk database"


def saved_url_path() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "database-url"


def saved_url() -> str | None:
    """The database chosen in the desk's connection settings on this PC, if any."""
    try:
        text = saved_url_path().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def address(url: URL) -> str:
    """`url` as text a person may see or a file may keep: never with its password."""
    # URL.set(password=None) keeps the password: "None" there means "leave as it is".
    bare = URL.create(
        url.drivername, username=url.username, host=url.host, port=url.port,
        database=url.database, query=url.query,
    )
    return bare.render_as_string(hide_password=False)


def save_url(url: URL) -> None:
    """Remember `url` for this PC, without its password."""
    path = saved_url_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(address(url) + "\n", encoding="utf-8")


def _account(url: URL) -> str:
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def with_kept_password(url: URL) -> URL:
    """`url` with the keyring's password for it, when it names none and libpq has none either
    ($PGPASSWORD, ~/.pgpass are libpq's own and take their turn after this)."""
    if url.get_backend_name() != "postgresql" or url.password is not None or os.environ.get("PGPASSWORD"):
        return url
    # Here, not at the top: every desk imports this module at start, and a SQLite desk never
    # asks the keyring (whose backends take tens of milliseconds to load).
    import keyring
    import keyring.errors

    try:
        password = keyring.get_password(KEYRING_SERVICE, _account(url))
    except keyring.errors.KeyringError:
        return url
    return url.set(password=password) if password else url


def keep_password(url: URL, password: str) -> None:
    """Keep the PostgreSQL password for `url` in the keyring; KeyringError if there is none."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, _account(url), password)
