"""A studio upgrading from a desk that kept the web platform's address with a password in it
(`https://owner:secret@host`): the upgrade (migration 0014) keeps the address without its user
information, and the sync status says once that a password went."""

from __future__ import annotations

import importlib

import pytest
from alembic import command
from sqlalchemy import text

from studio_desk.db import alembic_config
from studio_desk.services import Database, sync
from studio_desk.services.sentences import Sentence
from studio_desk.services.sync.run import PASSWORD_REMOVED
from tests.support.snapshot import snapshot

MIGRATION = importlib.import_module(
    "studio_desk.migrations.versions.0014_no_replace_dates_checked_bare_server"
)


def _at_0013_with(db: Database, settings: dict[str, str]) -> None:
    """The database as the older desk left it."""
    config = alembic_config()
    with db.engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
    with db.engine.begin() as connection:
        for key, value in settings.items():
            connection.execute(
                text("INSERT INTO studio_settings (key, value) VALUES (:key, :value)"),
                {"key": key, "value": value},
            )


def _setting(db: Database, key: str) -> str | None:
    with db.engine.connect() as connection:
        value = connection.scalar(text("SELECT value FROM studio_settings WHERE key = :key"), {"key": key})
    return None if value is None else str(value)


@pytest.mark.parametrize(
    ("kept", "bare"),
    [
        ("https://owner:S3cret@studio.example.com", "https://studio.example.com"),
        ("http://owner:S3cret@studio.example.com:8080/desk/", "http://studio.example.com:8080/desk/"),
        ("https://owner:p@ss:S3cret@studio.example.com", "https://studio.example.com"),  # '@' in it
        ("https://:S3cret@studio.example.com", "https://studio.example.com"),
    ],
)
def test_the_upgrade_drops_a_password_from_the_server_and_says_so(db: Database, kept: str, bare: str) -> None:
    _at_0013_with(db, {"sync.server": kept, "sync.enabled": "0", "sync.last_error": ""})
    db.upgrade()
    assert _setting(db, "sync.server") == bare
    assert "S3cret" not in repr(snapshot(db)), "gone from the database, not moved anywhere in it"
    status = sync.sync_status(db)
    assert isinstance(status.last_error, Sentence) and status.last_error.template == PASSWORD_REMOVED
    assert str(status.last_error).startswith("The web platform's address held a password; it was removed")
    db.sync_cache = None
    assert sync.get_sync_config(db).server == bare


def test_a_user_name_alone_goes_quietly_and_a_clean_address_stays(db: Database) -> None:
    _at_0013_with(db, {"sync.server": "https://owner@studio.example.com", "sync.last_error": ""})
    db.upgrade()
    assert _setting(db, "sync.server") == "https://studio.example.com"
    assert sync.sync_status(db).last_error is None, "nothing secret went, nothing to type again"
    _at_0013_with(db, {})
    db.upgrade()
    assert _setting(db, "sync.server") == "https://studio.example.com"


def test_a_studio_that_never_synced_gains_no_setting(db: Database) -> None:
    before = snapshot(db)
    _at_0013_with(db, {})
    db.upgrade()
    assert snapshot(db)["studio_settings"] == before["studio_settings"]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_address_urlsplit_cannot_read_loses_its_password_all_the_same(db: Database) -> None:
    # Written by hand: an unclosed IPv6 bracket. The upgrade must neither fail nor keep it.
    _at_0013_with(db, {"sync.server": "https://owner:S3cret@[::1"})
    db.upgrade()
    assert _setting(db, "sync.server") == "https://[::1"


def test_the_migration_says_what_the_desk_translates() -> None:
    # The migration imports no service: its copy of the sentence must stay the desk's.
    assert MIGRATION.PASSWORD_REMOVED == PASSWORD_REMOVED
    assert MIGRATION.SERVER_KEY == sync.config.SYNC_SERVER_KEY
