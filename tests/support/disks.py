"""Real read-only files and full disks for the tests of what the desk says about them.

The tests run as root here, and root ignores a file's permissions: a chmod 444 database is still
written. What refuses root too:
- `chattr +i` (an immutable file): the desk opens the file by its plain path, SQLite's open for
  writing fails with EPERM and it falls back to reading, exactly as it does for a chmod 444 file
  and an ordinary user; a write then fails with SQLITE_READONLY. Needs root (CAP_LINUX_IMMUTABLE)
  and a filesystem with attributes (ext4, xfs, btrfs). Without them, SQLite's own read-only
  open (`?mode=ro`) gives the same SQLITE_READONLY.
- a read-only bind mount of a folder (as a read-only disk, or a folder the user may not write
  to): a WAL database there cannot make its -wal and -shm files, and SQLite cannot open it at
  all (SQLITE_CANTOPEN). Needs root (mount).
- a tmpfs mount with a size limit, filled up: the kernel's ENOSPC, which SQLite reports as
  SQLITE_FULL and PostgreSQL as SQLSTATE 53100. Needs root (mount); without it, SQLite's
  `PRAGMA max_page_count` stops the file growing with the same SQLITE_FULL.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import URL


def _run(*command: str) -> bool:
    if shutil.which(command[0]) is None:
        return False
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def read_only_database(path: Path) -> Iterator[URL]:
    """The URL of the SQLite file at `path`, made read-only for this process (see above)."""
    if _run("chattr", "+i", str(path)):
        try:
            yield URL.create("sqlite", database=str(path))
        finally:
            _run("chattr", "-i", str(path))
        return
    yield URL.create("sqlite", database=f"file:{path}", query={"mode": "ro", "uri": "true"})


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path | None]:
    """`folder` as seen through a read-only bind mount, or None where this process may not mount."""
    seen = folder.with_name(folder.name + "-read-only")
    seen.mkdir()
    mounted = _run("mount", "--bind", "-o", "ro", str(folder), str(seen))
    try:
        yield seen if mounted else None
    finally:
        if mounted:
            _run("umount", "-l", str(seen))
        seen.rmdir()


@contextlib.contextmanager
def small_disk(size_kib: int, *, owner: str | None = None) -> Iterator[Path | None]:
    """A folder on a tmpfs of `size_kib` KiB (its files owned by the user `owner`, for a
    PostgreSQL tablespace), or None where this process may not mount one."""
    # Under /tmp itself, not pytest's tmp_path: a server running as its own user must reach it.
    parent = Path(tempfile.mkdtemp(prefix="studio-disk-", dir="/tmp"))
    parent.chmod(0o711)
    folder = parent / "disk"
    folder.mkdir()
    options = f"size={size_kib}k"
    if owner is not None:
        import pwd

        user = pwd.getpwnam(owner)
        options += f",uid={user.pw_uid},gid={user.pw_gid},mode=0700"
    mounted = _run("mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder))
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            _run("umount", "-l", str(folder))
        shutil.rmtree(parent, ignore_errors=True)


def fill(folder: Path) -> None:
    """Take every free byte of the disk holding `folder`."""
    chunk = b"\0" * 4096
    # suppress inside: ENOSPC (full) ends the loop, and the file still closes.
    with open(folder / "filler", "wb", buffering=0) as filler, contextlib.suppress(OSError):
        while filler.write(chunk):
            pass
