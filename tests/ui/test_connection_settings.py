"""The database connection screen: test an address, keep it for this PC, the password in the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from studio_desk.db import DB_ENV_VAR, Database, resolve_url
from studio_desk.db_connection import KEYRING_SERVICE, saved_url_path, with_kept_password
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.setup.connection_settings import RESTART_NOTE, ConnectionSettingsDialog
from tests.support.backends import pg_server_url, pg_unreachable_reason, skip_or_fail_without_pg
from tests.support.sync import MemoryKeyring


@pytest.fixture
def this_pc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """A PC of the test's own: its config folder and its password store."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv(DB_ENV_VAR, raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def dialog(qtbot: QtBot, desk: Desk) -> ConnectionSettingsDialog:
    shown = ConnectionSettingsDialog(desk)
    qtbot.addWidget(shown)
    return shown


@pytest.mark.pg
def test_testing_a_reachable_server_says_what_answered(qtbot: QtBot, desk: Desk) -> None:
    reason = pg_unreachable_reason()
    if reason:
        skip_or_fail_without_pg(reason)
    shown = dialog(qtbot, desk)
    shown.url.setText(pg_server_url().render_as_string(hide_password=False))
    shown.test()
    assert shown.outcome.text().startswith("Connected to PostgreSQL ")


def test_a_server_that_does_not_answer_is_explained_and_this_desk_stays_online(
    qtbot: QtBot, desk: Desk
) -> None:
    shown = dialog(qtbot, desk)
    shown.url.setText("postgresql://desk@127.0.0.1:9/studio")
    shown.test()
    assert shown.error.text().startswith("Could not connect:")
    assert shown.outcome.isHidden()
    assert desk.online, "a wrong address typed here is not this desk's database going away"


def test_a_password_in_the_address_is_refused(qtbot: QtBot, desk: Desk, this_pc: MemoryKeyring) -> None:
    shown = dialog(qtbot, desk)
    shown.url.setText("postgresql://desk:secret@db-server/studio")
    shown.save()
    assert "Leave the password out of the address" in shown.error.text()
    assert not saved_url_path().exists()


def test_saving_keeps_the_address_for_this_pc_and_the_password_in_the_keyring(
    qtbot: QtBot, desk: Desk, this_pc: MemoryKeyring
) -> None:
    shown = dialog(qtbot, desk)
    shown.url.setText("postgresql://desk@db-server:5433/studio")
    shown.password.setText("rahasia")
    shown.save()
    assert shown.outcome.text() == RESTART_NOTE
    assert shown.password.text() == ""
    on_disk = saved_url_path().read_text()
    assert "rahasia" not in on_disk
    assert this_pc.passwords == {(KEYRING_SERVICE, "desk@db-server:5433/studio"): "rahasia"}

    chosen = resolve_url(None)  # no --db, no STUDIO_DESK_DB: the one saved here
    assert (chosen.host, chosen.port, chosen.database, chosen.password) == ("db-server", 5433, "studio", None)
    assert with_kept_password(chosen).password == "rahasia"


def test_the_keyrings_password_reaches_the_server_connection(this_pc: MemoryKeyring) -> None:
    url = make_url("postgresql+psycopg://desk@127.0.0.1:9/studio")
    this_pc.passwords[(KEYRING_SERVICE, "desk@127.0.0.1:9/studio")] = "rahasia"
    db = Database(url)
    try:
        assert db.engine.url.password == "rahasia"
        assert ":rahasia@" in db.libpq_conninfo()
        assert db.url.password is None, "never kept in what the desk shows or writes"
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("sqlite:///:memory:", "A database in memory is gone when the desk closes"),
        ("postgresql://desk@db-server", "The address postgresql://desk@db-server names no database."),
        ("sqlite://", "The address sqlite:// names no database file."),
    ],
)
def test_an_address_that_names_no_database_is_refused_before_anything_is_saved(
    qtbot: QtBot, desk: Desk, this_pc: MemoryKeyring, typed: str, said: str
) -> None:
    shown = dialog(qtbot, desk)
    shown.url.setText(typed)
    shown.test()
    assert shown.error.text().startswith(said)
    shown.save()
    assert shown.error.text().startswith(said)
    assert not saved_url_path().exists()


def test_a_file_in_a_missing_folder_is_taken_for_a_typo(
    qtbot: QtBot, desk: Desk, this_pc: MemoryKeyring, tmp_path: Path
) -> None:
    typo = tmp_path / "Studoi" / "studio.sqlite3"
    shown = dialog(qtbot, desk)
    shown.url.setText(str(typo))
    shown.save()
    assert shown.error.text() == (
        f"There is no folder {typo.parent}. Is there a typo in the database file's path? If not, make "
        "the folder first."
    )
    assert not saved_url_path().exists() and not typo.parent.exists()

    typo.parent.mkdir()
    shown.save()
    assert shown.outcome.text() == RESTART_NOTE
    assert resolve_url(None).database == str(typo)
