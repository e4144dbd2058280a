"""The `studio-desk` command, run as a person runs it: migrate, load the demo, refuse to clobber."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from studio_desk import __version__, services
from studio_desk.db import Database
from studio_desk.services import integrity, list_bookings
from studio_desk.ui.kit.shown_probe import QUIT_WHEN_SHOWN_VAR, SHOWN_LINE
from tests.integration.test_migrations import newest_revision
from tests.support.snapshot import snapshot


def studio_desk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studio_desk", *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )


def url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def test_version_is_said_without_loading_qt_or_a_database() -> None:
    # PYTHONPROFILEIMPORTTIME lists every module the command imports on stderr.
    done = studio_desk("--version", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"studio-desk {__version__}\n"
    assert "PySide6" not in done.stderr, "quick: Qt is not loaded"
    assert "psycopg" not in done.stderr and "alembic" not in done.stderr, "no database is opened"


def imported_modules(profile: str) -> set[str]:
    """The modules named in a PYTHONPROFILEIMPORTTIME listing."""
    return {
        line.rsplit("|", 1)[1].strip() for line in profile.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def test_the_desk_opens_its_window_without_what_it_does_not_use(
    database_url: URL, tmp_path: Path
) -> None:
    # What every start would otherwise pay for (README, Benchmarks): alembic when the schema is
    # the newest already, and the web sync's client while sync is off.
    env = {
        "PYTHONPROFILEIMPORTTIME": "1", QUIT_WHEN_SHOWN_VAR: "1", "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = studio_desk("--db", url_text(database_url), env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert SHOWN_LINE in done.stdout
    imported = imported_modules(done.stderr)
    assert "studio_desk.ui.main_window" in imported, "the check sees the desk's imports"
    assert {"alembic", "httpx", "pydantic", "studio_desk.services.sync.run"} & imported == set()


def test_db_upgrade_makes_a_new_database(empty_database_url: URL) -> None:
    done = studio_desk("db", "upgrade", "--db", url_text(empty_database_url))
    assert done.returncode == 0, done.stderr
    assert f"schema version {newest_revision()}" in done.stdout
    db = Database.open(empty_database_url, migrate=False)
    assert db.current_revision() == newest_revision()
    db.dispose()


def test_demo_fills_an_empty_database_once(empty_database_url: URL) -> None:
    loaded = studio_desk("--db", url_text(empty_database_url), "demo")
    assert loaded.returncode == 0, loaded.stderr
    assert "Demo studio loaded" in loaded.stdout and "Dewi Lestari: 1111" in loaded.stdout
    db = Database.open(empty_database_url, migrate=False)
    try:
        bookings = list_bookings(db, limit=1000).rows
        assert {b.status.value for b in bookings} == {"pending", "paid", "confirmed", "done", "canceled"}
        assert integrity.count_overlapping_pairs(db) == 0
        assert integrity.bookings_without_matching_history(db) == []
        imported = services.find_clients(db, "Ratna Kusuma")  # brought in by the CSV import
        assert [client.notes for client in imported] == ["Imported from the old booking book"]
        count = len(bookings)
    finally:
        db.dispose()

    again = studio_desk("demo", "--db", url_text(empty_database_url))
    assert again.returncode == 2
    assert "already has data" in again.stderr and "--force" in again.stderr
    # Its till was closed: a second demo's past payments would fall into the closed period.
    forced = studio_desk("demo", "--force", "--db", url_text(empty_database_url))
    assert forced.returncode == 2
    assert "The till of this database has been closed" in forced.stderr
    db = Database.open(empty_database_url, migrate=False)
    try:
        assert len(list_bookings(db, limit=1000).rows) == count, "refused before adding anything"
    finally:
        db.dispose()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_demo_is_added_by_force_to_a_database_whose_till_was_never_closed(
    backend: str, empty_database_url: URL
) -> None:
    db = Database.open(empty_database_url)
    try:
        services.create_client(db, name="A client of the studio's own")
    finally:
        db.dispose()
    assert studio_desk("demo", "--db", url_text(empty_database_url)).returncode == 2
    forced = studio_desk("demo", "--force", "--db", url_text(empty_database_url))
    assert forced.returncode == 0, forced.stderr
    db = Database.open(empty_database_url, migrate=False)
    try:
        assert list_bookings(db, limit=1000).rows
        assert len(services.find_clients(db, "A client of the studio's own")) == 1
    finally:
        db.dispose()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_database_comes_from_the_environment_or_the_data_folder(
    backend: str, tmp_path: Path
) -> None:
    from_env = tmp_path / "from-env.sqlite3"
    done = studio_desk("db", "upgrade", env={"STUDIO_DESK_DB": str(from_env)})
    assert done.returncode == 0, done.stderr
    assert from_env.exists()
    # No --db, no variable and no saved connection (a config folder of its own: a dialog test
    # may have saved one in the session's): a file in the user's data folder (XDG_DATA_HOME).
    env = {"STUDIO_DESK_DB": "", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = studio_desk("db", "upgrade", env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data" / "studio-desk" / "studio-desk.sqlite3").exists()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_unreachable_server_is_a_clear_message(backend: str) -> None:
    done = studio_desk("db", "upgrade", "--db", "postgresql://nobody@127.0.0.1:1/nothing")
    assert done.returncode == 1
    assert done.stderr.startswith("studio-desk: cannot open the database:")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("backend", ["sqlite"])
def test_screenshots_draw_every_screen_and_change_nothing(backend: str, tmp_path: Path) -> None:
    url = URL.create("sqlite", database=str(tmp_path / "demo.sqlite3"))
    assert studio_desk("--db", url_text(url), "demo").returncode == 0
    db = Database.open(url, migrate=False)
    # Holds that a running desk would release: the screenshots must leave them alone too.
    admin = next(person for person in services.list_staff(db) if person.role is services.StaffRole.ADMIN)
    services.update_settings(db, services.sign_in(db, admin.id, "1111"), hold_minutes=1)
    with db.engine.begin() as connection:
        connection.execute(
            text("UPDATE bookings SET created_at = '2000-01-01 00:00:00' WHERE status = 'pending'")
        )
    before = snapshot(db)
    assert any(row for row in before["bookings"] if "pending" in row)

    done = studio_desk("--db", url_text(url), "screenshots", str(tmp_path / "shots"),
                       env={"QT_QPA_PLATFORM": "offscreen"})

    assert done.returncode == 0, done.stderr
    pictures = sorted(path.name for path in (tmp_path / "shots").glob("*.png"))
    assert pictures == [
        "01-calendar-day.png", "02-calendar-week.png", "03-booking-list.png", "04-coach-queue.png",
        "05-new-booking.png", "06-payment.png", "07-payment-done.png", "08-booking-details.png",
        "09-cancel.png", "10-reschedule.png", "11-sign-in.png", "12-welcome.png",
        "13-set-up-studio.png", "14-offline.png", "15-sync-settings.png", "16-sync-needs-a-person.png",
        "17-day-takings.png", "18-coach-report.png", "19-export-payments.png", "20-studio-settings.png",
        "21-receipt-80mm.png", "22-hours.png", "23-clients.png", "24-coaches.png", "25-courses.png",
        "26-products.png", "27-packs-not-yet-used.png", "28-client-packs-and-fees.png",
        "29-new-booking-pack.png", "30-receipt-pack-sale.png", "31-calendar-classes.png",
        "32-roster-check-in.png", "33-class-waitlist.png", "34-timetable.png", "35-staff.png",
        "36-lock-screen.png",
    ]
    assert all((tmp_path / "shots" / name).stat().st_size > 5_000 for name in pictures)
    assert snapshot(db) == before
    db.dispose()


def test_a_fault_of_the_desks_own_is_one_line_and_its_traceback_goes_to_the_log(
    empty_database_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A bug is made on purpose (the only stand-in here: a real one would be fixed): the person
    reads one line that says where the details are, and the log holds the traceback."""
    from studio_desk import cli, desk_log

    def broken_demo(*_: object, **__: object) -> int:
        raise RuntimeError("a bug in the demo")

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(cli, "_demo", broken_demo)
    desk_log.stop_log()  # a log an earlier test of this process started: the command starts its own
    try:
        code = cli.main(["demo", "--db", empty_database_url.render_as_string(hide_password=False)])
    finally:
        log = desk_log.current_log_file()
        desk_log.stop_log()
    said = capsys.readouterr().err
    assert code == 1
    assert said == f"{cli.UNEXPECTED} (RuntimeError). The details are in {log}.\n"
    assert log.is_relative_to(tmp_path)
    written = log.read_text(encoding="utf-8")
    assert "Traceback" in written and "RuntimeError: a bug in the demo" in written
