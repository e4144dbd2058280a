"""`studio-desk sync`, run as a person runs it, against the test web platform; and where passwords live."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.services import Database, ValidationError, sync
from studio_desk.services.sentences import english
from studio_desk.services.sync.config import password_for
from tests.support.snapshot import snapshot
from tests.support.studio import Studio
from tests.support.sync import PASSWORD, MemoryKeyring
from tests.support.web_platform import WebPlatform

# The sync itself runs on both databases in test_sync; the command line is the same on either.
SQLITE_ONLY = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
BOTH = ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)]


def studio_desk(url: URL, *args: str, password: str | None = PASSWORD) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != sync.PASSWORD_ENV}
    if password:
        env[sync.PASSWORD_ENV] = password
    return subprocess.run(
        [sys.executable, "-m", "studio_desk", "--db", url.render_as_string(hide_password=False), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture
def web() -> Iterator[WebPlatform]:
    with WebPlatform() as platform:
        yield platform


def configure(url: URL, studio: Studio, web: WebPlatform) -> tuple[int, int]:
    smith = web.add_coach("smith", PASSWORD, "Coach Smith")
    web_yoga = web.add_course(smith.coach_id, "Yoga Pemula")
    done = studio_desk(
        url,
        "sync",
        "configure",
        "--server",
        web.base_url,
        "--every",
        "30",
        "--coach",
        f"{studio.coach_a}={smith.coach_id}:smith",
        "--course",
        f"{studio.yoga}={web_yoga}",
    )
    assert done.returncode == 0, done.stderr
    assert f"Web sync on: {web.base_url}, every 30 s" in done.stdout
    assert f"= web coach {smith.coach_id} (smith)" in done.stdout
    return smith.coach_id, web_yoga


@SQLITE_ONLY
def test_configure_then_once_sends_a_walk_in_and_takes_in_a_web_booking(
    database_url: URL, db: Database, studio: Studio, web: WebPlatform
) -> None:
    _, web_yoga = configure(database_url, studio, web)
    budi = web.add_user("budi", "x", "Budi")
    web.add_booking(budi.user_id, web_yoga, dt.datetime(2025, 10, 25, 9, 0), status="paid")
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-25", start_time="11:00"
    )

    done = studio_desk(database_url, "sync", "--once")

    assert done.returncode == 0, done.stderr
    assert "Sent to the web: 1 change(s)" in done.stdout
    assert "From the web: 1 new booking(s)" in done.stdout
    assert services.get_booking(db, booking.id).remote_id is not None
    assert [b.remote_id for b in services.list_bookings(db, services.BookingFilter(text="Budi")).rows] != []

    status = studio_desk(database_url, "sync")
    assert "Web sync is on." in status.stdout and "waiting to be sent: 0" in status.stdout


@SQLITE_ONLY
def test_a_platform_in_a_folder_of_its_site_is_synced_all_the_same(
    database_url: URL, db: Database, studio: Studio
) -> None:
    """The server address may name the folder the platform lives in (behind a proxy that serves
    other things at the site's root): the desk's paths go after it, and the CSRF check of a
    payment sees the site's origin, which has no folder."""
    with WebPlatform(folder="/studio") as web:
        configure(database_url, studio, web)
        booking = services.create_booking(
            db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-25",
            start_time="11:00",
        )
        services.mark_paid(db, studio.desk, booking.id, method="cash")

        done = studio_desk(database_url, "sync", "--once")

        assert done.returncode == 0, done.stderr
        assert [web_booking.status for web_booking in web.bookings()] == ["paid"]
        assert {recorded.path.split("/")[1] for recorded in web.requests} == {"studio"}


@SQLITE_ONLY
def test_once_exits_1_while_anything_needs_a_person_and_sync_lists_it(
    database_url: URL, db: Database, studio: Studio, web: WebPlatform
) -> None:
    _, web_yoga = configure(database_url, studio, web)
    budi = web.add_user("budi", "x", "Budi")
    remote = web.add_booking(budi.user_id, web_yoga, dt.datetime(2025, 10, 25, 11, 0), status="paid")
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-25", start_time="11:00"
    )

    for _ in range(2):  # the round that finds them, and every later one until a person acts
        once = studio_desk(database_url, "sync", "--once")
        assert once.returncode == 1, once.stdout
        assert "2 booking(s) need a person" in once.stderr

    listed = studio_desk(database_url, "sync")
    assert listed.returncode == 0 and "needing a person: 2" in listed.stdout
    assert f"Desk booking {booking.id}, Sat 25 Oct 2025 11:00 John Doe with" in listed.stdout
    assert f"Web booking {remote}, Sat 25 Oct 2025 11:00 Budi with" in listed.stdout


@SQLITE_ONLY
def test_configure_lists_the_bookings_made_before_the_link_and_sends_them(
    database_url: URL, db: Database, studio: Studio, web: WebPlatform
) -> None:
    # The command runs on the real clock: a day ahead of it, with the coach working that day.
    day = dt.date.today() + dt.timedelta(days=40)
    services.add_availability(
        db, studio.admin, coach_id=studio.coach_a, date=day, start_time="08:00", end_time="12:00"
    )
    pending, paid = (
        services.create_booking(
            db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=day, start_time=start
        )
        for start in ("09:00", "10:00")
    )
    services.mark_paid(db, studio.desk, paid.id, method="cash")
    smith = web.add_coach("smith", PASSWORD, "Coach Smith")
    web_yoga = web.add_course(smith.coach_id, "Yoga Pemula")
    link = ("--coach", f"{studio.coach_a}={smith.coach_id}:smith", "--course", f"{studio.yoga}={web_yoga}")

    done = studio_desk(database_url, "sync", "configure", "--server", web.base_url, *link)

    assert done.returncode == 0, done.stderr
    when = english(day)  # as the services write a date in English, whatever the locale
    assert done.stdout.splitlines()[-3:] == [
        "2 future bookings of 'Yoga Pemula' will be sent to the web platform:",
        f"  {when} 09:00: John Doe, pending",
        f"  {when} 10:00: John Doe, paid",
    ]
    sent = studio_desk(database_url, "sync", "--once")
    assert sent.returncode == 0, sent.stderr
    assert sorted((b.start.hour, b.status, b.course_id) for b in web.bookings()) == [
        (9, "pending", web_yoga), (10, "paid", web_yoga),
    ]
    again = studio_desk(database_url, "sync", "configure", *link)
    assert again.returncode == 0, again.stderr
    assert "will be sent" not in again.stdout, "nothing twice"
    assert services.get_booking(db, pending.id).sync_state is services.SyncState.LINKED


@SQLITE_ONLY
def test_once_fails_with_the_reason_when_the_server_is_down_or_the_password_wrong(
    database_url: URL, db: Database, studio: Studio, web: WebPlatform
) -> None:
    configure(database_url, studio, web)
    services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-25", start_time="11:00"
    )
    wrong = studio_desk(database_url, "sync", "--once", password="nope")
    assert wrong.returncode == 1
    assert "refused the username or password of smith" in wrong.stderr
    web.stop()
    down = studio_desk(database_url, "sync", "--once")
    assert down.returncode == 1
    assert "Cannot reach the web platform" in down.stderr
    assert "waiting to be sent again: 1" in down.stderr


@SQLITE_ONLY
def test_once_says_so_when_sync_is_off_and_configure_refuses_bad_links(
    database_url: URL, studio: Studio
) -> None:
    off = studio_desk(database_url, "sync", "--once")
    assert off.returncode == 2 and "Web sync is off" in off.stderr
    bad = studio_desk(database_url, "sync", "configure", "--server", "http://127.0.0.1:9", "--coach", "1=abc")
    assert bad.returncode == 2 and "should be LOCAL_ID=REMOTE_ID:USERNAME" in bad.stderr
    unlinked_coach = studio_desk(
        database_url, "sync", "configure", "--server", "http://127.0.0.1:9", "--course", f"{studio.yoga}=4"
    )
    assert unlinked_coach.returncode == 2 and "Link the coach of 'Yoga Pemula'" in unlinked_coach.stderr
    no_server = studio_desk(database_url, "sync", "configure", "--server", "studio.example.com")
    assert no_server.returncode == 2 and "must start with https://" in no_server.stderr


@SQLITE_ONLY
def test_configure_sets_the_web_platforms_time_zone_and_the_status_shows_it(
    database_url: URL, db: Database, studio: Studio, web: WebPlatform
) -> None:
    configure(database_url, studio, web)
    assert "Web platform's time zone: Asia/Jakarta." in studio_desk(database_url, "sync").stdout

    done = studio_desk(database_url, "sync", "configure", "--web-zone", "Asia/Makassar")

    assert done.returncode == 0, done.stderr
    assert "web platform's time zone: Asia/Makassar" in done.stdout
    assert sync.get_sync_config(db).web_zone == "Asia/Makassar"
    assert "Web platform's time zone: Asia/Makassar." in studio_desk(database_url, "sync").stdout
    unknown = studio_desk(database_url, "sync", "configure", "--web-zone", "Jakarta")
    assert unknown.returncode == 2
    assert "There is no time zone called 'Jakarta'. Use a name like Asia/Jakarta." in unknown.stderr


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@SQLITE_ONLY
def test_passwords_live_in_the_keyring_and_the_environment_wins(
    memory_keyring: MemoryKeyring, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(sync.PASSWORD_ENV, raising=False)
    with pytest.raises(services.SyncError, match="No web password saved for smith"):
        password_for("https://studio.example.com", "smith")
    sync.save_password("https://studio.example.com", "smith", "rahasia")
    assert password_for("https://studio.example.com", "smith") == "rahasia"
    with pytest.raises(services.SyncError):
        password_for("https://other.example.com", "smith")  # another platform's account
    monkeypatch.setenv(sync.PASSWORD_ENV, "from-env")
    assert password_for("https://studio.example.com", "smith") == "from-env"
    # Never in the database.
    assert "rahasia" not in repr(snapshot(db))


def test_without_a_keyring_saving_a_password_says_what_to_do_instead() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # a headless server often has no store
    try:
        with pytest.raises(ValidationError, match=sync.PASSWORD_ENV):
            sync.save_password("https://studio.example.com", "smith", "rahasia")
    finally:
        keyring.set_keyring(previous)


@SQLITE_ONLY
def test_a_server_address_with_a_password_is_refused_and_nothing_is_kept(
    database_url: URL, db: Database, studio: Studio
) -> None:
    before = snapshot(db)
    for server in ("https://owner:S3cret@studio.example.com", "https://owner@studio.example.com",
                   "https://:S3cret@studio.example.com", "https://studio.example.com/owner:S3cret",
                   "https://studio.example.com/owner%3AS3cret", "https://studio.example.com/a@b",
                   "https://studio.example.com/owner%40S3cret"):
        done = studio_desk(database_url, "sync", "configure", "--server", server,
                           "--coach", f"{studio.coach_a}=17:smith")
        assert done.returncode == 2
        assert done.stderr == (
            "studio-desk: Leave the user name and password out of the server address, like "
            "https://studio.example.com. Passwords are typed in the desk's sync settings and kept in "
            "this computer's password store, never in the database.\n"
        )
        assert "S3cret" not in done.stdout
    assert snapshot(db) == before
    with pytest.raises(ValidationError, match="Leave the user name and password out"):
        sync.configure_sync(db, studio.admin, server="https://owner:S3cret@studio.example.com")


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("server", "kept_or_said"),
    [
        ("https://studio.example.com:8443/", "https://studio.example.com:8443"),
        ("https://studio.example.com/studio/", "https://studio.example.com/studio"),
        ("http://[::1]:8000/booking-desk", "http://[::1]:8000/booking-desk"),
        ("https://studio.example.com:99999", "The server's port must be a number from 1 to 65535"),
        ("https://studio.example.com:0", "The server's port must be a number from 1 to 65535"),
        ("https://studio.example.com:https", "The server's port must be a number from 1 to 65535"),
        ("https://studio.example.com:", "The server's port must be a number from 1 to 65535"),
        ("https://studio example.com", "The server address is just the site"),
        ("https://studio.example.com/?next=/", "The server address is just the site"),
    ],
)
def test_the_server_address_may_have_a_port_and_a_folder(
    db: Database, studio: Studio, server: str, kept_or_said: str
) -> None:
    if kept_or_said.startswith("http"):
        assert sync.configure_sync(db, studio.admin, server=server).server == kept_or_said
        return
    before = snapshot(db)
    with pytest.raises(ValidationError, match=kept_or_said):
        sync.configure_sync(db, studio.admin, server=server)
    assert snapshot(db) == before


@SQLITE_ONLY
def test_a_password_an_older_desk_kept_in_the_server_address_is_never_shown_and_goes_on_the_next_save(
    database_url: URL, db: Database, studio: Studio
) -> None:
    with db.engine.begin() as connection:  # as an older desk saved it
        connection.execute(
            text("INSERT INTO studio_settings (key, value) VALUES ('sync.server', :server)"),
            {"server": "https://owner:S3cret@studio.example.com"},
        )
    db.sync_cache = None
    assert sync.get_sync_config(db).server == "https://studio.example.com"

    done = studio_desk(database_url, "sync", "configure", "--every", "120", "--off")

    assert done.returncode == 0, done.stderr
    assert "Web sync off: https://studio.example.com, every 120 s" in done.stdout
    assert "S3cret" not in done.stdout
    assert "S3cret" not in repr(snapshot(db))


@pytest.mark.parametrize("backend", BOTH, indirect=True)
@pytest.mark.parametrize(
    ("link", "said"),
    [
        (["--coach", "3000000000=17:smith"], "'3000000000' is not a coach number."),
        (["--coach", "1=9223372036854775808:smith"], "'9223372036854775808' is not a web coach number."),
        (["--course", "3000000000=5"], "'3000000000' is not a course number."),
        (["--course", "1=" + "9" * 5000], "'" + "9" * 39 + "…' is not a web course number."),
        (["--coach", "1=17:coach smith"], "A web username is one word of letters, digits and signs"),
    ],
)
def test_numbers_too_big_for_an_id_get_one_line_on_either_database(
    database_url: URL, db: Database, link: list[str], said: str
) -> None:
    before = snapshot(db)
    done = studio_desk(database_url, "sync", "configure", *link)
    assert done.returncode == 2
    assert done.stderr.startswith(f"studio-desk: {said}") and done.stderr.count("\n") == 1, done.stderr
    assert snapshot(db) == before
