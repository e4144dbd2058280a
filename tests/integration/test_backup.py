"""`studio-desk db backup` and `db restore` on real SQLite files while another process books, and
the refusal of a SQLite file on a network share."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from studio_desk import cli, db_files, services
from studio_desk.db import Database
from studio_desk.db_files import (
    BackupError,
    NetworkShareError,
    backup_sqlite,
    mount_of,
    network_filesystem,
    parse_bsd_mount,
    parse_mountinfo,
    unc_share,
)
from studio_desk.services import Actor, StaffRole, integrity
from tests.integration.test_cli import studio_desk
from tests.integration.test_migrations import newest_revision
from tests.support.clock import SettableClock
from tests.support.studio import LAST_DAY, OPENS, Studio
from tests.support.ui import ScriptedPrompts

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


# -- a desk in another process that books and takes payments until told to stop -------------------


def keep_booking(url: str, stop_file: str, ids_json: str) -> None:
    """Run in a subprocess: book every hour of both coaches, day after day (adding their hours
    past the template's last day), paying every other booking, until `stop_file` exists."""
    ids = json.loads(ids_json)
    desk = Actor(ids["desk"], "Rina (desk)", StaffRole.RECEPTIONIST)
    admin = Actor(ids["admin"], "Dewi (admin)", StaffRole.ADMIN)
    db = Database.open(url, migrate=False, clock=SettableClock())
    stop = Path(stop_file)
    made = 0
    day = dt.date(2025, 10, 25)
    try:
        while not stop.exists():
            if day > LAST_DAY:
                for coach in (ids["coach_a"], ids["coach_b"]):
                    services.add_availability(db, admin, coach_id=coach, date=day, start_time=OPENS,
                                              end_time="21:00")
            for hour in range(7, 21):
                for course, client in ((ids["yoga"], ids["john"]), (ids["hiit"], ids["jane"])):
                    booking = services.create_booking(db, desk, client_id=client, course_id=course,
                                                      date=day, start_time=f"{hour:02d}:00")
                    if made % 2:
                        services.mark_paid(db, desk, booking.id, method="cash")
                    made += 1
                    if made == 20:
                        print("writing", flush=True)
                if stop.exists():
                    break
            day += dt.timedelta(days=1)
    finally:
        db.dispose()
    print(f"made {made}", flush=True)


def start_writer(url: URL, studio: Studio, stop_file: Path) -> subprocess.Popen[str]:
    ids = {
        "desk": studio.desk.staff_id, "admin": studio.admin.staff_id, "coach_a": studio.coach_a,
        "coach_b": studio.coach_b, "yoga": studio.yoga, "hiit": studio.hiit, "john": studio.john,
        "jane": studio.jane,
    }
    code = "import sys; from tests.integration.test_backup import keep_booking; keep_booking(*sys.argv[1:])"
    writer = subprocess.Popen(
        [sys.executable, "-c", code, str(url.database), str(stop_file), json.dumps(ids)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert writer.stdout is not None
    first = writer.stdout.readline()
    assert first == "writing\n", writer.stderr.read() if writer.stderr else first
    return writer


def stop_writer(writer: subprocess.Popen[str], stop_file: Path) -> int:
    stop_file.touch()
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    return int(out.split()[-1])


# -- what a copy must be ----------------------------------------------------------------------------


def bookings_in(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM bookings").fetchone()[0])
    finally:
        connection.close()


def assert_sound_copy(path: Path) -> int:
    """A standalone, intact studio database whose rows agree with each other; its booking count."""
    assert not [side for side in db_files._side_files(path) if side.exists()], "the copy needs no -wal"
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        # Every paid booking has its payment, every payment its booking.
        unpaid = raw.execute(
            "SELECT count(*) FROM bookings b WHERE b.status = 'paid'"
            " AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = b.id)"
        ).fetchone()[0]
        assert unpaid == 0
    finally:
        raw.close()
    db = Database.open(URL.create("sqlite", database=str(path)), migrate=False)
    try:
        assert db.current_revision() == newest_revision()
        assert integrity.bookings_without_matching_history(db) == []
        assert integrity.count_overlapping_pairs(db) == 0
        return services.list_bookings(db, limit=1).total
    finally:
        db.dispose()


def no_partial_files(folder: Path) -> bool:
    return not list(folder.glob(".*.partial*"))


# -- backup -----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_backup_while_another_process_books(
    backend: str, database_url: URL, studio: Studio, tmp_path: Path
) -> None:
    live = Path(str(database_url.database))
    stop_file = tmp_path / "stop"
    writer = start_writer(database_url, studio, stop_file)
    try:
        before_command = bookings_in(live)
        by_command = studio_desk("db", "backup", str(tmp_path / "by-command.sqlite3"), "--db", str(live))
        after_command = bookings_in(live)
        assert by_command.returncode == 0, by_command.stderr
        # Small steps, so the copy spans many of the writer's commits.
        before_steps = bookings_in(live)
        in_steps = backup_sqlite(live, tmp_path / "in-steps.sqlite3", pages=4, pause=0.002)
        after_steps = bookings_in(live)
    finally:
        made = stop_writer(writer, stop_file)

    printed = re.search(r"to (.+): ([\d,]+) bytes, (\d+) bookings, schema version (\w+)", by_command.stdout)
    assert printed, by_command.stdout
    assert Path(printed.group(1)) == tmp_path / "by-command.sqlite3"
    assert int(printed.group(2).replace(",", "")) == (tmp_path / "by-command.sqlite3").stat().st_size
    assert printed.group(4) == newest_revision()
    copied_by_command = assert_sound_copy(tmp_path / "by-command.sqlite3")
    assert int(printed.group(3)) == copied_by_command

    assert in_steps.steps > 10
    copied_in_steps = assert_sound_copy(in_steps.path)
    assert in_steps.bookings == copied_in_steps
    assert in_steps.revision == newest_revision()
    # Both copies were taken while the writer was booking: it booked during each of them.
    assert 20 <= before_command <= copied_by_command <= after_command
    assert before_command < after_command
    assert before_steps <= copied_in_steps <= after_steps
    assert before_steps < after_steps
    assert made == bookings_in(live)
    assert no_partial_files(tmp_path)


def test_restore_by_hand_as_the_readme_says(backend: str, database_url: URL, tmp_path: Path) -> None:
    live = Path(str(database_url.database))
    backup = backup_sqlite(live, tmp_path / "backup.sqlite3")
    db = Database.open(database_url, migrate=False)
    services.create_client(db, name="Made after the backup", phone="0811-0000-0001")
    db.dispose()
    # A desk that died with changes still in its -wal file.
    crashed = sqlite3.connect(live, isolation_level=None)
    crashed.execute("PRAGMA wal_autocheckpoint=0")
    crashed.execute("UPDATE clients SET name = 'Changed in the WAL' WHERE id = 1")
    left_over = {side: side.read_bytes() for side in db_files._side_files(live) if side.exists()}
    crashed.close()
    for side, content in left_over.items():
        side.write_bytes(content)
    assert live.with_name(live.name + "-wal").exists()

    # README, Backups: close every desk, copy the backup over the file, remove its -wal and -shm.
    shutil.copyfile(backup.path, live)
    for side in db_files._side_files(live):
        side.unlink(missing_ok=True)

    db = Database.open(database_url)
    try:
        with db.engine.connect() as connection:
            names = set(connection.exec_driver_sql("SELECT name FROM clients").scalars())
        assert names == {"John Doe", "Jane Roe"}
        assert integrity.bookings_without_matching_history(db) == []
        services.create_client(db, name="After the restore", phone="0811-0000-0002")  # it works
    finally:
        db.dispose()


def test_restore_command_while_a_desk_has_the_file_open(
    backend: str, database_url: URL, studio: Studio, tmp_path: Path
) -> None:
    live = Path(str(database_url.database))
    backup = backup_sqlite(live, tmp_path / "backup.sqlite3")
    desk = Database.open(database_url, migrate=False, clock=SettableClock())
    try:
        services.create_booking(desk, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                date="2025-10-27", start_time="10:00")
        assert bookings_in(live) == backup.bookings + 1

        done = studio_desk("db", "restore", str(backup.path), "--db", str(live))

        assert done.returncode == 0, done.stderr
        assert f"({backup.bookings} bookings)" in done.stdout and newest_revision() in done.stdout
        kept = re.search(r"kept in (.+)\.$", done.stdout.strip())
        assert kept and bookings_in(Path(kept.group(1))) == backup.bookings + 1
        # The desk that stayed open sees the restored database, and can go on booking.
        assert services.list_bookings(desk, limit=1).total == backup.bookings
        services.create_booking(desk, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                date="2025-10-27", start_time="10:00")
        assert integrity.bookings_without_matching_history(desk) == []
    finally:
        desk.dispose()
    assert sqlite3.connect(live).execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_restore_refuses_what_is_not_a_good_backup(
    backend: str, database_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = str(database_url.database)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    before = bookings_in(Path(live))
    done = studio_desk("db", "restore", str(garbage), "--db", live)
    assert done.returncode == 2 and "not a readable SQLite database" in done.stderr
    assert "Traceback" not in done.stderr
    for path, message in [(empty, "not a studio-desk database"), (tmp_path / "nothing", "no backup file"),
                          (Path(live), "is the database itself")]:
        assert cli.main(["db", "restore", str(path), "--db", live]) == 2
        assert message in capsys.readouterr().err
    assert bookings_in(Path(live)) == before
    assert not list(tmp_path.glob("*before-restore*"))


def test_backup_refuses_to_overwrite_or_to_copy_onto_the_database(
    backend: str, database_url: URL, tmp_path: Path
) -> None:
    live = str(database_url.database)
    target = tmp_path / "backup.sqlite3"
    target.write_text("an older backup, say")

    refused = studio_desk("db", "backup", str(target), "--db", live)
    assert refused.returncode == 2
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert target.read_text() == "an older backup, say"

    for onto in (live, live + "-wal", live + "-shm"):
        with pytest.raises(BackupError, match="is the database itself"):
            backup_sqlite(live, onto, force=True)
    assert sqlite3.connect(live).execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    forced = studio_desk("db", "backup", str(target), "--db", live, "--force")
    assert forced.returncode == 0, forced.stderr
    assert assert_sound_copy(target) == bookings_in(Path(live))
    assert no_partial_files(tmp_path)


def test_a_copy_that_fails_its_check_never_takes_the_target_name(backend: str, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    connection = sqlite3.connect(damaged)
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.execute("CREATE INDEX t_x ON t (x)")
    connection.executemany("INSERT INTO t VALUES (?)", [(f"row {n:05}",) for n in range(5000)])
    connection.commit()
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with damaged.open("r+b") as file:  # scribble over a page in the middle
        file.seek(page_size * 20 + 100)
        file.write(b"\xff" * 1000)

    with pytest.raises(BackupError):
        backup_sqlite(damaged, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    assert no_partial_files(tmp_path)


def test_postgresql_is_told_to_use_pg_dump(backend: str, tmp_path: Path) -> None:
    server = "postgresql://desk:secret@127.0.0.1:1/studio"
    done = studio_desk("db", "backup", str(tmp_path / "copy"), "--db", server)
    assert done.returncode == 2
    assert "PostgreSQL" in done.stderr and "pg_dump" in done.stderr and "pg_restore" in done.stderr
    assert "secret" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "copy").exists()
    restore = studio_desk("db", "restore", str(tmp_path / "copy"), "--db", server)
    assert restore.returncode == 2 and "pg_restore" in restore.stderr


# -- network shares ---------------------------------------------------------------------------------

MOUNTINFO = "\n".join([
    "22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw",
    "30 22 0:27 / /tmp rw,relatime - tmpfs tmpfs rw,size=1024k",
    "41 22 0:40 / /mnt/studio rw,relatime shared:7 - nfs4 fileserver:/export/studio rw,vers=4.2",
    "42 41 0:41 / /mnt/studio/scratch rw - tmpfs tmpfs rw",
    "43 22 0:42 / /srv/office\\040share rw,relatime - cifs //nas/office rw,vers=3.1.1",
    "44 22 0:43 / /home/ana/remote rw,nosuid - fuse.sshfs ana@server:/data rw,user_id=1000",
    "45 22 0:44 / /home/ana/phone rw,nosuid - fuse.gvfsd-fuse gvfsd-fuse rw",
    "46 22 0:45 / /mnt/wsl-c rw - 9p drvfs rw,trans=virtio",
])


@pytest.mark.parametrize(("path", "expected"), [
    ("/mnt/studio/desk.sqlite3", "nfs4 share fileserver:/export/studio mounted at /mnt/studio"),
    ("/mnt/studio/not/made/yet/desk.sqlite3", "nfs4 share fileserver:/export/studio"),
    ("/srv/office share/studio-desk.sqlite3", "cifs share //nas/office mounted at /srv/office share"),
    ("/home/ana/remote/desk.sqlite3", "fuse.sshfs share ana@server:/data"),
    ("/mnt/studio/scratch/desk.sqlite3", None),  # a local mount inside the share
    ("/mnt/studio-local/desk.sqlite3", None),  # a longer name, not inside /mnt/studio
    ("/home/ana/phone/desk.sqlite3", None),
    ("/mnt/wsl-c/desk.sqlite3", None),
    ("/tmp/desk.sqlite3", None),
    ("/var/lib/desk.sqlite3", None),
])
def test_network_filesystems_in_a_mountinfo(backend: str, path: str, expected: str | None) -> None:
    reason = network_filesystem(path, mountinfo=MOUNTINFO)
    if expected is None:
        assert reason is None
    else:
        assert reason is not None and reason.startswith(expected)


def test_the_mountinfo_parser_reads_escapes_and_optional_fields(backend: str) -> None:
    mounts = parse_mountinfo(MOUNTINFO + "\nnonsense line\n")
    assert len(mounts) == 8
    assert mounts[4].point == "/srv/office share" and mounts[4].fs_type == "cifs"
    assert mounts[2].source == "fileserver:/export/studio"


def test_mounts_of_macos_and_windows_paths(backend: str) -> None:
    mounts = parse_bsd_mount(
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)\n"
        "//ana@nas._smb._tcp.local/Studio on /Volumes/Studio Files (smbfs, nodev, nosuid, mounted by ana)\n"
        "fileserver:/export on /Volumes/export (nfs, asynchronous)\n"
    )
    found = mount_of("/Volumes/Studio Files/desk.sqlite3", mounts)
    assert found and found.fs_type == "smbfs" and found.source == "//ana@nas._smb._tcp.local/Studio"
    assert db_files._network_mount_reason("/Volumes/export/x", mounts) == (
        "nfs share fileserver:/export mounted at /Volumes/export"
    )
    assert db_files._network_mount_reason("/Users/ana/desk.sqlite3", mounts) is None

    assert unc_share(r"\\server\desk\studio-desk.sqlite3") == r"\\server\desk"
    assert unc_share("//server/desk/studio-desk.sqlite3") == r"\\server\desk"
    assert unc_share(r"\\?\UNC\server\desk\studio-desk.sqlite3") == r"\\server\desk"
    assert unc_share(r"\\?\C:\Users\ana\studio-desk.sqlite3") is None
    assert unc_share(r"C:\Users\ana\AppData\Local\studio-desk\studio-desk.sqlite3") is None


def test_a_local_folder_is_not_a_network_share(backend: str, tmp_path: Path) -> None:
    assert network_filesystem(tmp_path / "studio.sqlite3") is None
    assert network_filesystem(tmp_path / "not" / "made" / "studio.sqlite3") is None


def test_the_desk_refuses_a_file_on_a_share(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    share = tmp_path / "share"
    monkeypatch.setattr(
        db_files, "network_filesystem",
        lambda path, **_: "nfs4 share fileserver:/studio mounted at " + str(share)
        if str(path).startswith(str(share)) else None,
    )
    with pytest.raises(NetworkShareError, match="use PostgreSQL for several desks"):
        Database.open(str(share / "studio.sqlite3"))

    for command in (["db", "upgrade"], [], ["db", "restore", str(tmp_path / "backup.sqlite3")]):
        prompts = ScriptedPrompts()
        code = cli.main([*command, "--db", str(share / "studio.sqlite3")], prompts=prompts)
        err = capsys.readouterr().err
        # Only the desk itself, started from a shortcut with no terminal, says it in a window.
        assert len(prompts.errors) == (1 if command == [] else 0)
        if prompts.errors:
            assert prompts.errors[0].startswith("The desk cannot open its database")
            assert "This database file is on a network share" in prompts.errors[0]
        assert code == 1
        assert err.startswith(
            "studio-desk: cannot open the database: This database file is on a network share "
            f"(nfs4 share fileserver:/studio mounted at {share}). SQLite files are not safe to share "
            "between PCs; use PostgreSQL for several desks (see README)."
        ), err
        assert err.count("\n") == 1
    assert not share.exists()
