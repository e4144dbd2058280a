"""A database address as a person gives it (--db, STUDIO_DESK_DB, the connection settings),
checked before anything connects or is created.

Refused, each with its own sentence: an empty address; text that is no address; a database
other than SQLite or PostgreSQL; a PostgreSQL address without a database name (libpq would pick
one from its defaults, usually the operating system's user name, and the desk would build its
schema there); a SQLite address without a file, or in memory (gone, with everything typed into
it, when the command ends); and a SQLite file in a folder that does not exist, which is more
often a typo than a wish, unless the folder is made on purpose.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from studio_desk.db_files import refuse_network_share
from studio_desk.db_refusal import QT_TRANSLATE_NOOP, BadDatabaseAddress, NoSuchDatabaseFolder

EMPTY = QT_TRANSLATE_NOOP(
    "services", "The database address is empty. Give a SQLite file's path or a postgresql:// address."
)
# The same words as the connection settings said before these checks, so one translation serves.
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
    "services", "That is not a database address. It looks like postgresql://desk@db-server/studio."
)
UNSUPPORTED = QT_TRANSLATE_NOOP("services", "The desk works with PostgreSQL or a SQLite file.")
NO_DATABASE_NAME = QT_TRANSLATE_NOOP(
    "services",
    "The address {address} names no database. Put the database's name after the server, "
    "like postgresql://desk@db-server/studio.",
)
NO_FILE = QT_TRANSLATE_NOOP(
    "services", "The address {address} names no database file. Give the SQLite file's path."
)
IN_MEMORY = QT_TRANSLATE_NOOP(
    "services",
    "A database in memory is gone when the desk closes, with everything in it. Give a SQLite "
    "file's path instead.",
)
NO_SUCH_FOLDER = QT_TRANSLATE_NOOP(
    "services", "There is no folder {folder}. Is there a typo in the database file's path?"
)
NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "services", "{folder} is a file, not a folder. Is there a typo in the database file's path?"
)
IS_A_FOLDER = QT_TRANSLATE_NOOP(
    "services", "{path} is a folder. Give the database file's name inside it, like {example}."
)
CANNOT_MAKE_FOLDER = QT_TRANSLATE_NOOP("services", "The folder {folder} cannot be made: {reason}.")

MEMORY = ":memory:"
EXAMPLE_FILE_NAME = "studio-desk.sqlite3"


def parse_address(text: str) -> URL:
    """`text` as a database URL: a bare path is a SQLite file, `postgresql://` the psycopg (v3)
    driver. Refuses an empty address and text that is no address; what the address names is
    for check_address."""
    text = text.strip()
    if not text:
        raise BadDatabaseAddress(EMPTY)
    if not text.isprintable():  # control characters, or bytes that are no text at all
        raise BadDatabaseAddress(NOT_AN_ADDRESS)
    if text == MEMORY:
        return URL.create("sqlite", database=MEMORY)
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().absolute()))
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError):
        raise BadDatabaseAddress(NOT_AN_ADDRESS) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def shown(url: URL) -> str:
    """`url` as a refusal may show it: as a person writes it (postgresql://, not the driver's
    name parse_address gave it), never with its password."""
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def _uri_mode(url: URL) -> bool:
    return str(url.query.get("uri", "")).lower() in ("true", "1")


def sqlite_path(url: URL) -> Path:
    """The file a SQLite URL names, also in SQLite's own `file:` URI form (`?uri=true`)."""
    name = url.database or ""
    if _uri_mode(url) and name.startswith("file:"):
        return Path(unquote(urlsplit(name).path))
    return Path(name)


def _in_memory(url: URL) -> bool:
    name = url.database or ""
    if name == MEMORY:
        return True
    if _uri_mode(url) and name.startswith("file:"):
        return str(url.query.get("mode", "")).lower() == "memory" or urlsplit(name).path in ("", MEMORY)
    return False


def check_address(url: URL) -> None:
    """Refuse an address that names no database the desk can keep its data in."""
    backend = url.get_backend_name()
    if backend == "postgresql":
        if not url.database:
            raise BadDatabaseAddress(NO_DATABASE_NAME, address=shown(url))
        return
    if backend != "sqlite":
        raise BadDatabaseAddress(UNSUPPORTED)
    if _in_memory(url):
        raise BadDatabaseAddress(IN_MEMORY)
    if not url.database:
        raise BadDatabaseAddress(NO_FILE, address=shown(url))


def prepare_sqlite_file(path: Path, *, may_create_folder: bool) -> None:
    """Refuse a SQLite file that cannot or should not be made at `path`; make its folder when
    it is missing and `may_create_folder`. A file on a network share is refused first
    (NetworkShareError): that one is never a typo."""
    refuse_network_share(path)  # SQLite's locks do not hold across PCs
    if path.is_dir():
        raise BadDatabaseAddress(IS_A_FOLDER, path=str(path), example=str(path / EXAMPLE_FILE_NAME))
    folder = path.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise BadDatabaseAddress(NOT_A_FOLDER, folder=str(folder))
    if not may_create_folder:
        raise NoSuchDatabaseFolder(NO_SUCH_FOLDER, folder=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BadDatabaseAddress(
            CANNOT_MAKE_FOLDER, folder=str(folder), reason=error.strerror or str(error)
        ) from None


def place(url: URL) -> str:
    """Where the database is, for a sentence: the SQLite file, or the server and database."""
    if url.get_backend_name() == "sqlite":
        return str(sqlite_path(url))
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
