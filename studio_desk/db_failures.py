"""Database failures that have a cause a person can fix, told apart from "busy or out of reach":
a read-only database, a full disk, and a schema made by a newer Studio Desk.

SQLite names the cause in its result code (Python's sqlite3 gives its name: SQLITE_READONLY and
its extended codes, SQLITE_FULL, SQLITE_CANTOPEN); PostgreSQL in its SQLSTATE (25006
read_only_sql_transaction, 53100 disk_full, 42501 insufficient_privilege). The database's own
guards (append-only tables, closed periods) raise plain exceptions (P0001), never 42501, so a
refusal by privilege is always the server's set-up.
"""

from __future__ import annotations

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from studio_desk.db_address import place
from studio_desk.db_refusal import QT_TRANSLATE_NOOP, DatabaseCannotWrite, SchemaTooNew

SQLITE_READ_ONLY = QT_TRANSLATE_NOOP(
    "services", "The database file {where} is read-only: check the file's permissions. Nothing was saved."
)
# A WAL database keeps two files beside it (-wal, -shm): in a folder this user may not write to,
# or on a read-only disk, SQLite cannot open it at all. The address was checked before (the
# folder exists, the file is no folder), so what is left is permissions.
SQLITE_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "services",
    "The database file {where} cannot be opened: check the permissions of the file and of its "
    "folder, where the desk keeps two more files beside it.",
)
SERVER_READ_ONLY = QT_TRANSLATE_NOOP(
    "services",
    "The database {where} is read-only for this desk (a standby server, or a read-only setting "
    "on the server). Nothing was saved.",
)
SERVER_NO_PRIVILEGE = QT_TRANSLATE_NOOP(
    "services",
    "The database user of {where} may not change the studio's data. Nothing was saved; whoever "
    "set up the server must give this user the rights to the studio's tables.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "services",
    "The disk holding the database {where} is full. Nothing was saved; make room on it, then try again.",
)
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "services",
    "The database {where} was made by a newer Studio Desk (schema version {revision}). Update the "
    "desk on this computer to use it.",
)

PG_READ_ONLY_TRANSACTION = "25006"
PG_DISK_FULL = "53100"
PG_INSUFFICIENT_PRIVILEGE = "42501"


def _sqlite_code_name(error: DBAPIError) -> str:
    return str(getattr(error.orig, "sqlite_errorname", "") or "")


def cannot_write(error: DBAPIError, url: URL) -> DatabaseCannotWrite | None:
    """What to tell a person about `error` from the database at `url`, when the database is
    read-only, its disk full, its tables closed to this user (PostgreSQL) or its file or folder
    closed to this user (SQLite); None for any other failure."""
    where = place(url)
    if url.get_backend_name() == "sqlite":
        name = _sqlite_code_name(error)
        # SQLITE_READONLY_DIRECTORY, _CANTINIT ...: a read-only folder or disk is the same to a person.
        if name.startswith("SQLITE_READONLY"):
            return DatabaseCannotWrite(SQLITE_READ_ONLY, where=where)
        if name == "SQLITE_FULL":
            return DatabaseCannotWrite(DISK_FULL, where=where)
        if name.startswith("SQLITE_CANTOPEN"):
            return DatabaseCannotWrite(SQLITE_CANNOT_OPEN, where=where)
        return None
    state = getattr(error.orig, "sqlstate", None)
    if state == PG_READ_ONLY_TRANSACTION:
        return DatabaseCannotWrite(SERVER_READ_ONLY, where=where)
    if state == PG_DISK_FULL:
        return DatabaseCannotWrite(DISK_FULL, where=where)
    if state == PG_INSUFFICIENT_PRIVILEGE:
        return DatabaseCannotWrite(SERVER_NO_PRIVILEGE, where=where)
    return None


def newer_schema(url: URL, revision: str) -> SchemaTooNew:
    return SchemaTooNew(NEWER_SCHEMA, where=place(url), revision=revision)
