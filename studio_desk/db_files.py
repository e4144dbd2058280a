"""SQLite database files: a consistent backup while desks write, its restore, and no network shares.

Backups go through SQLite's online backup API from one read transaction, so the copy is the
database as it was at one instant even while other processes keep booking; in WAL mode that
read transaction never blocks a writer. A copy only appears under its name once it has passed
`PRAGMA integrity_check`.

SQLite's locking relies on the operating system's file locks and shared memory, which network
filesystems (NFS, SMB/CIFS, sshfs, ...) do not provide faithfully: two PCs on one file over a
share can corrupt it. The desk therefore refuses such a file and points to PostgreSQL.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ntpath
import os
import re
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Filesystem types (as Linux's mountinfo or BSD/macOS `mount` name them) that live on another
# machine. Not 9p or virtiofs: those share a folder of the same PC with a virtual machine or WSL.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncp", "ncpfs", "afs", "openafs",
    "coda", "ceph", "glusterfs", "lustre", "gpfs", "beegfs", "orangefs", "pvfs2", "davfs",
    "webdav", "afpfs", "sshfs", "ftpfs", "curlftpfs",
})
# FUSE filesystems show as "fuse.<name>"; these reach another machine.
NETWORK_FUSE_NAMES = frozenset({
    "sshfs", "rclone", "s3fs", "gcsfuse", "glusterfs", "cephfs", "davfs", "davfs2", "smbnetfs",
    "curlftpfs", "juicefs", "goofys", "blobfuse", "blobfuse2", "moosefs", "mfs", "lizardfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive
READ_BUSY_TIMEOUT_MS = 10_000
BACKUP_PAGES_PER_STEP = 1024
PAUSE_BETWEEN_STEPS = 0.005  # seconds: lets the other processes' threads and disk writes in
# A restart is only possible without a pinned snapshot (a database not in WAL mode).
MAX_RESTARTS = 20


class DatabaseFileError(Exception):
    """A refusal about a SQLite file, with a message a person can act on."""


class NetworkShareError(DatabaseFileError):
    def __init__(self, reason: str) -> None:
        super().__init__(network_share_message(reason))
        self.reason = reason  # which share, as network_filesystem says it


class BackupError(DatabaseFileError):
    pass


# -- network filesystems -------------------------------------------------------------------------


@dataclass(frozen=True)
class Mount:
    point: str
    fs_type: str
    source: str


_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (\\040 ...)."""
    return _OCTAL_ESCAPE.sub(lambda match: chr(int(match.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts of Linux's /proc/self/mountinfo, in its order (later mounts shadow earlier).

    A line: `id parent major:minor root mount-point options [optional...] - type source super`.
    """
    mounts = []
    for line in text.splitlines():
        fields = line.split(" ")
        if "-" not in fields[6:]:
            continue
        dash = fields.index("-", 6)
        if len(fields) < dash + 3:
            continue
        mounts.append(Mount(_unescape(fields[4]), fields[dash + 1], _unescape(fields[dash + 2])))
    return mounts


_BSD_MOUNT_LINE = re.compile(r"^(?P<source>.+?) on (?P<point>/.*?) \((?P<options>[^()]*)\)$")


def parse_bsd_mount(text: str) -> list[Mount]:
    """The mounts printed by `mount` on macOS and the BSDs:
    `//user@server/share on /Volumes/share (smbfs, nodev, nosuid, mounted by user)`."""
    mounts = []
    for line in text.splitlines():
        match = _BSD_MOUNT_LINE.match(line.strip())
        if match:
            fs_type = match.group("options").split(",")[0].strip()
            mounts.append(Mount(match.group("point"), fs_type, match.group("source")))
    return mounts


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    """The mount holding `path` (absolute, symlinks resolved): the longest mount point that
    contains it, the last one mounted when several share that point."""
    found: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = point == "/" or path == point or path.startswith(point + "/")
        if inside and (found is None or len(point) >= len(found.point.rstrip("/") or "/")):
            found = mount
    return found


def is_network_fs_type(fs_type: str) -> bool:
    kind = fs_type.lower()
    if kind in NETWORK_FS_TYPES:
        return True
    for prefix in ("fuse.", "fuseblk."):
        if kind.startswith(prefix):
            return kind.removeprefix(prefix) in NETWORK_FUSE_NAMES
    return False


def _network_mount_reason(path: str, mounts: list[Mount]) -> str | None:
    mount = mount_of(path, mounts)
    if mount is None or not is_network_fs_type(mount.fs_type):
        return None
    return f"{mount.fs_type} share {mount.source} mounted at {mount.point}"


def unc_share(path: str) -> str | None:
    r"""The `\\server\share` a Windows path is on, or None for a local path (`C:\...`,
    `\\?\C:\...`). Slashes count as backslashes."""
    text = path.replace("/", "\\")
    upper = text.upper()
    if upper.startswith("\\\\?\\UNC\\") or upper.startswith("\\\\.\\UNC\\"):
        text = "\\\\" + text[8:]
    elif upper.startswith("\\\\?\\") or upper.startswith("\\\\.\\"):
        return None
    if not text.startswith("\\\\"):
        return None
    parts = [part for part in text[2:].split("\\") if part]
    if not parts:
        return None
    return "\\\\" + "\\".join(parts[:2])


def _windows_reason(path: str) -> str | None:
    candidates = [path]
    with contextlib.suppress(OSError, ValueError):
        candidates.append(os.path.realpath(path))  # a mapped drive resolves to its share
    for candidate in candidates:
        share = unc_share(candidate)
        if share:
            return f"the Windows share {share}"
    if sys.platform == "win32":
        import ctypes

        drive = ntpath.splitdrive(path)[0]
        if len(drive) == 2 and drive[1] == ":":
            kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")
            if kind == DRIVE_REMOTE:
                return f"the network drive {drive.upper()}"
    return None


def _system_mounts() -> list[Mount] | None:
    """This machine's mounts, or None when they cannot be read (then nothing is refused)."""
    if sys.platform.startswith("linux"):
        try:
            text = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="surrogateescape")
        except OSError:
            return None
        return parse_mountinfo(text)
    if sys.platform == "darwin" or "bsd" in sys.platform:
        try:
            done = subprocess.run(["mount"], capture_output=True, text=True, timeout=5, check=False)
        except (OSError, subprocess.SubprocessError):
            return None
        return parse_bsd_mount(done.stdout) if done.returncode == 0 else None
    return None


def network_filesystem(path: str | os.PathLike[str], *, mountinfo: str | None = None) -> str | None:
    """Why `path` is on a network filesystem ("nfs4 share server:/studio mounted at /mnt/studio",
    "the Windows share \\\\server\\desk"), or None when it is on a local disk or we cannot tell.

    The path need not exist: its nearest existing folder decides. `mountinfo` is the text of a
    Linux /proc/self/mountinfo to use instead of this machine's (for tests).
    """
    text = os.path.abspath(os.fspath(path))
    if mountinfo is None and sys.platform == "win32":
        return _windows_reason(text)
    resolved = os.path.realpath(text)
    mounts = parse_mountinfo(mountinfo) if mountinfo is not None else _system_mounts()
    return _network_mount_reason(resolved, mounts) if mounts else None


def network_share_message(reason: str) -> str:
    return (
        f"This database file is on a network share ({reason}). SQLite files are not safe to "
        "share between PCs; use PostgreSQL for several desks (see README)."
    )


def refuse_network_share(path: str | os.PathLike[str]) -> None:
    """Raise NetworkShareError if the SQLite file `path` is (or would be) on a network share."""
    reason = network_filesystem(path)
    if reason:
        raise NetworkShareError(reason)


# -- backup and restore --------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupSummary:
    """What a copy holds, read from the copy itself."""

    path: Path
    size_bytes: int
    bookings: int | None  # None: not a studio database (no bookings table)
    revision: str | None  # the schema's migration revision, None if it has none
    steps: int  # backup API steps taken


@dataclass(frozen=True)
class RestoreSummary:
    database: Path
    restored_from: BackupSummary
    previous_saved_as: Path | None  # the database as it was before, None if there was none


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection for reading an existing file; read-only mode, so it never creates one."""
    timeout = READ_BUSY_TIMEOUT_MS / 1000
    if os.name == "nt" and unc_share(str(path)):
        # A SQLite URI cannot name a server: a backup on a Windows share is opened by its path.
        connection = sqlite3.connect(path, isolation_level=None, timeout=timeout, check_same_thread=False)
    else:
        connection = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=timeout,
            check_same_thread=False,
        )
    connection.execute(f"PRAGMA busy_timeout={READ_BUSY_TIMEOUT_MS}")
    return connection


def _scalar(connection: sqlite3.Connection, sql: str) -> object:
    try:
        row = connection.execute(sql).fetchone()
    except sqlite3.OperationalError:  # no such table
        return None
    return None if row is None else row[0]


def _contents(connection: sqlite3.Connection) -> tuple[int | None, str | None]:
    bookings = _scalar(connection, "SELECT count(*) FROM bookings")
    revision = _scalar(connection, "SELECT version_num FROM alembic_version")
    return (
        None if bookings is None else int(str(bookings)),
        None if revision is None else str(revision),
    )


def _integrity_problem(connection: sqlite3.Connection) -> str | None:
    rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check").fetchall()]
    return None if rows == ["ok"] else "; ".join(rows[:3])


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _same_file(first: Path, second: Path) -> bool:
    if first.exists() and second.exists():
        return os.path.samefile(first, second)
    return os.path.normcase(os.path.realpath(first)) == os.path.normcase(os.path.realpath(second))


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def _pinned_snapshot(source: sqlite3.Connection) -> Iterator[bool]:
    """In WAL mode: one read transaction for the whole copy, so the backup API copies one
    instant of the database and never starts over (writers do not wait for a WAL reader).
    Otherwise (rollback journal) each step takes its own short read lock, letting writers in
    between steps; a write in between makes the API start again."""
    mode = str(_scalar(source, "PRAGMA journal_mode") or "").lower()
    if mode != "wal":
        yield False
        return
    source.execute("BEGIN")
    source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
    try:
        yield True
    finally:
        source.execute("ROLLBACK")


def _copy(source: Path, target: Path, *, pages: int, pause: float, verify: bool) -> BackupSummary:
    """Copy the database `source` into the new file `target` (made here), checked if `verify`."""
    steps = 0
    restarts = 0
    last_remaining: int | None = None

    def progress(_status: int, remaining: int, _total: int) -> None:
        nonlocal steps, restarts, last_remaining
        steps += 1
        if last_remaining is not None and remaining > last_remaining:
            restarts += 1
            if restarts > MAX_RESTARTS:
                raise BackupError(
                    f"{source} kept changing while it was copied; try again when the desks are quieter."
                )
        last_remaining = remaining
        if remaining and pause:
            time.sleep(pause)

    reader = _read_only(source)
    copy = sqlite3.connect(target, isolation_level=None)
    try:
        with _pinned_snapshot(reader):
            reader.backup(copy, pages=pages, progress=progress)
        # One self-contained file: fold any WAL into it (the desk turns WAL on again when it opens it).
        copy.execute("PRAGMA journal_mode=DELETE").fetchone()
        if verify:
            problem = _integrity_problem(copy)
            if problem:
                raise BackupError(f"the copy of {source} failed its integrity check: {problem}")
        bookings, revision = _contents(copy)
    finally:
        copy.close()
        reader.close()
    with open(target, "rb+") as written:
        os.fsync(written.fileno())
    return BackupSummary(target, target.stat().st_size, bookings, revision, steps)


def _remove_quietly(path: Path) -> None:
    for leftover in (path, *_side_files(path)):
        with contextlib.suppress(OSError):
            leftover.unlink()


def backup_sqlite(
    source_path: str | os.PathLike[str],
    target_path: str | os.PathLike[str],
    *,
    force: bool = False,
    pages: int = BACKUP_PAGES_PER_STEP,
    pause: float = PAUSE_BETWEEN_STEPS,
    verify: bool = True,
) -> BackupSummary:
    """Copy the SQLite database at `source_path` to `target_path`, also while desks write to it.

    The copy is written to a hidden file next to the target and renamed into place only after
    it passed `PRAGMA integrity_check`, so the target name never holds half a copy. Refuses an
    existing target unless `force`, and a target that is the source (or one of its -wal, -shm,
    -journal files). Raises BackupError with a message for people.
    """
    source = Path(source_path).expanduser().absolute()
    target = Path(target_path).expanduser().absolute()
    if not source.is_file():
        raise BackupError(f"there is no database file at {source}.")
    if _same_file(source, target) or any(_same_file(side, target) for side in _side_files(source)):
        raise BackupError(f"{target} is the database itself; choose another file for the copy.")
    if target.is_dir():
        raise BackupError(f"{target} is a folder; give the name of the file to write, inside it.")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist.")
    if target.exists() and not target.is_file():
        # --force must not put a file in place of a device (/dev/null) or a pipe: replacing is
        # for a previous copy.
        raise BackupError(f"{target} is not a regular file; give the name of a file for the copy.")
    if target.exists() and not force:
        raise BackupError(f"{target} already exists. Add --force to replace it.")

    try:
        descriptor, temporary_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                                      dir=target.parent)
    except OSError as error:
        raise BackupError(f"cannot write in the folder {target.parent}: {error.strerror or error}.") from None
    os.close(descriptor)
    temporary = Path(temporary_name)
    try:
        try:
            copied = _copy(source, temporary, pages=pages, pause=pause, verify=verify)
        except sqlite3.Error as error:
            raise BackupError(f"cannot copy {source}: {error}.") from error
        # mkstemp made the file private to us; the copy gets the database's own permissions.
        os.chmod(temporary, stat.S_IMODE(source.stat().st_mode))
        if target.exists() and not force:  # appeared while we copied
            raise BackupError(f"{target} already exists. Add --force to replace it.")
        os.replace(temporary, target)
    except OSError as error:  # the disk filled up, the folder went away ...
        _remove_quietly(temporary)
        raise BackupError(f"cannot write the copy to {target}: {error.strerror or error}.") from None
    except BaseException:
        _remove_quietly(temporary)
        raise
    _fsync_folder(target.parent)
    return BackupSummary(target, target.stat().st_size, copied.bookings, copied.revision, copied.steps)


def check_backup(path: str | os.PathLike[str]) -> BackupSummary:
    """What the backup file `path` holds; BackupError unless it is an intact studio database."""
    backup = Path(path).expanduser().absolute()
    if not backup.is_file():
        raise BackupError(f"there is no backup file at {backup}.")
    try:
        reader = _read_only(backup)
        try:
            problem = _integrity_problem(reader)
            bookings, revision = _contents(reader)
        finally:
            reader.close()
    except sqlite3.Error as error:
        raise BackupError(f"{backup} is not a readable SQLite database: {error}.") from error
    if problem:
        raise BackupError(f"{backup} is damaged (integrity check: {problem}); choose another backup.")
    if revision is None or bookings is None:
        raise BackupError(f"{backup} is not a studio-desk database.")
    return BackupSummary(backup, backup.stat().st_size, bookings, revision, 0)


def restore_sqlite(
    backup_path: str | os.PathLike[str],
    database_path: str | os.PathLike[str],
    *,
    now: dt.datetime | None = None,
) -> RestoreSummary:
    """Put the backup at `backup_path` in place of the SQLite database at `database_path`.

    The backup is checked first; the current database, if any, is kept next to it as
    `<name>.before-restore-<time><suffix>`. The content is replaced through SQLite's backup API
    in one write transaction, so its -wal and -shm files stay right and a desk that still has
    the file open sees either the old or the restored database, never a mix.
    """
    backup = Path(backup_path).expanduser().absolute()
    database = Path(database_path).expanduser().absolute()
    refuse_network_share(database)
    if _same_file(backup, database):
        raise BackupError(f"{backup} is the database itself; give the backup file to restore from.")
    restored_from = check_backup(backup)

    previous: Path | None = None
    if database.exists():
        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        previous = database.with_name(f"{database.stem}.before-restore-{stamp}{database.suffix}")
        # Not verified: a damaged database is a reason to restore, and is still worth keeping.
        backup_sqlite(database, previous, verify=False)
    else:
        database.parent.mkdir(parents=True, exist_ok=True)

    reader = _read_only(backup)
    try:
        writer = sqlite3.connect(database, isolation_level=None, timeout=READ_BUSY_TIMEOUT_MS / 1000)
        try:
            writer.execute(f"PRAGMA busy_timeout={READ_BUSY_TIMEOUT_MS}")
            reader.backup(writer)  # all pages in one step: one transaction
        finally:
            writer.close()
    except sqlite3.Error as error:
        raise BackupError(
            f"cannot write the backup into {database}: {error}. Restore it by hand (see README, Backups)."
        ) from error
    finally:
        reader.close()
    return RestoreSummary(database, restored_from, previous)
