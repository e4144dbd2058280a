"""Files and folders the commands write to or read from, given wrong: one line and a non-zero
exit, never a traceback, and nothing half-written left behind."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from tests.integration.test_cli import studio_desk, url_text
from tests.support.disks import fill, small_disk

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def one_line(done: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    return done.stderr


def test_screenshots_into_a_folder_that_cannot_be(backend: str, database_url: URL, tmp_path: Path) -> None:
    db = url_text(database_url)
    env = {"QT_QPA_PLATFORM": "offscreen"}
    assert one_line(studio_desk("--db", db, "screenshots", "/proc/x", env=env)) == (
        "studio-desk: cannot make the folder /proc/x: No such file or directory.\n"
    )
    a_file = tmp_path / "pictures.png"
    a_file.write_bytes(b"")
    assert one_line(studio_desk("--db", db, "screenshots", str(a_file), env=env)) == (
        f"studio-desk: {a_file} is a file, not a folder; give a folder for the pictures.\n"
    )


def test_a_backup_where_no_file_can_be_written(backend: str, database_url: URL, tmp_path: Path) -> None:
    db = url_text(database_url)
    assert one_line(studio_desk("db", "backup", "/proc/x", "--db", db)) == (
        "studio-desk: cannot write in the folder /proc: No such file or directory.\n"
    )
    # Not a file to replace, even with --force: a pipe here, a device such as /dev/null for real.
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert one_line(studio_desk("db", "backup", str(pipe), "--force", "--db", db)) == (
        f"studio-desk: {pipe} is not a regular file; give the name of a file for the copy.\n"
    )
    assert pipe.is_fifo()


def test_a_backup_onto_a_full_disk_leaves_nothing_behind(backend: str, database_url: URL) -> None:
    with small_disk(256) as disk:
        if disk is None:
            pytest.skip("this process may not mount a small disk (needs root)")
        fill(disk)
        done = studio_desk("db", "backup", str(disk / "copy.sqlite3"), "--db", url_text(database_url))
        assert one_line(done).startswith("studio-desk: ")
        assert "full" in done.stderr or "No space left" in done.stderr
        assert sorted(path.name for path in disk.iterdir()) == ["filler"]


def test_a_restore_into_a_missing_folder_needs_create_folder(
    backend: str, database_url: URL, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert studio_desk("db", "backup", str(backup), "--db", url_text(database_url)).returncode == 0
    target = tmp_path / "new-pc" / "studio.sqlite3"
    refused = one_line(studio_desk("db", "restore", str(backup), "--db", str(target)))
    assert refused.startswith(f"studio-desk: There is no folder {target.parent}.")
    assert not target.parent.exists()
    done = studio_desk("db", "restore", str(backup), "--create-folder", "--db", str(target))
    assert done.returncode == 0, done.stderr
    assert target.is_file()


def _at_most_a_gigabyte_of_memory() -> None:
    # Were the whole of /dev/zero read, this ends it with a MemoryError, not the machine's memory.
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def test_importing_an_endless_file_reads_no_more_than_the_limit(backend: str, database_url: URL) -> None:
    command = ["import", "clients", "/dev/zero", "--db", url_text(database_url)]
    done = subprocess.run(
        [sys.executable, "-m", "studio_desk", *command],
        capture_output=True, text=True, timeout=120, preexec_fn=_at_most_a_gigabyte_of_memory,
    )
    assert one_line(done) == (
        "studio-desk: This file is bigger than 10 MB, too big for a client list. Nothing was imported.\n"
    )
