"""A database address as a person gives it (--db, STUDIO_DESK_DB, the connection settings),
checked before anything connects or is created.

Refused, each with its own sentence: anything but text; an empty address; text that is no
address; a database other than SQLite or PostgreSQL; a PostgreSQL address without a database
name (libpq would pick one from its defaults, usually the operating system's user name, and the
desk would build its schema there) or with a port that is no port; a SQLite address without a
file, or in memory in any of SQLite's spellings (gone, with everything typed into it, when the
command ends); and a SQLite file in a folder that does not exist, which is more often a typo
than a wish, unless the folder is made on purpose.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from studio_desk.db_files import refuse_network_share
from studio_desk.db_refusal import QT_TRANSLATE_NOOP, BadDatabaseAddress, NoSuchDatabaseFolder

NOT_TEXT = QT_TRANSLATE_NOOP("services", "The database address must be text.")
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
BAD_PORT = QT_TRANSLATE_NOOP(
    "services",
    "The server's port must be a number from 1 to 65535, like postgresql://desk@db-server:5432/studio.",
)
UNUSABLE_PATH = QT_TRANSLATE_NOOP(
    "services", "The path {path} cannot hold the database file: {reason}."
)

MEMORY = ":memory:"
EXAMPLE_FILE_NAME = "studio-desk.sqlite3"


def parse_address(text: object) -> URL:
    """`text` as a database URL: a bare path is a SQLite file, `postgresql://` the psycopg (v3)
    driver. Refuses what is not text, an empty address and text that is no address; what the
    address names is for check_address."""
    if not isinstance(text, str):  # bytes, a number: from a caller, never typed
        raise BadDatabaseAddress(NOT_TEXT)
    text = str.__str__(text).strip()
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
        raise BadDatabaseAddress(BAD_PORT if _port_is_no_number(text) else NOT_AN_ADDRESS) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def shown(url: URL) -> str:
    """`url` as a refusal may show it: as a person writes it (postgresql://, not the driver's
    name parse_address gave it), never with its password."""
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def _port_is_no_number(text: str) -> bool:
    """Whether what stopped `text` from being read as an address is its port (`db-server:abc`)."""
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    try:
        parts.port  # noqa: B018 (read for its check)
    except ValueError:
        return True
    return parts.netloc.rpartition("@")[2].endswith(":")  # a colon and no port after it


def _ports(url: URL) -> list[str]:
    """Every port `url` names: after the host, and libpq's `?port=` (a list, for several hosts)."""
    ports = [] if url.port is None else [str(url.port)]
    for value in _values(url, "port"):
        ports += value.split(",")
    return ports


def _port_is_wrong(port: str) -> bool:
    port = port.strip()
    return not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535)


def _values(url: URL, key: str) -> tuple[str, ...]:
    """The values of `key` in `url`'s query: a key given twice has a tuple of them."""
    value = url.query.get(key)
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


# What SQLAlchemy's pysqlite dialect takes for uri=true (sqlalchemy.util.asbool).
_YES = frozenset({"true", "yes", "on", "y", "t", "1"})


def _uri_mode(url: URL) -> bool:
    """Whether SQLAlchemy hands the database name to SQLite as a `file:` URI."""
    value = url.query.get("uri")
    if value is None:
        return False
    if not isinstance(value, str):
        return True  # given twice: SQLAlchemy takes the pair of values for a yes
    return value.strip().lower() in _YES


def sqlite_path(url: URL) -> Path:
    """The file a SQLite URL names, also in SQLite's own `file:` URI form (`?uri=true`)."""
    name = url.database or ""
    if _uri_mode(url) and name.startswith("file:"):
        return Path(unquote(urlsplit(name).path))
    return Path(name)


# The URI parameters that keep a SQLite database in memory: mode=memory, and the memdb VFS
# (sqlite:///file:/x?vfs=memdb&uri=true names a path, but nothing is ever written there).
_IN_MEMORY_PARAMETERS = frozenset({("mode", "memory"), ("vfs", "memdb")})


def _sqlite_parameters(url: URL) -> list[tuple[str, str]]:
    """The URI parameters of a SQLite URL, in the URL's query and in the `file:` name itself
    (`file:/x%3Fvfs%3Dmemdb` is `file:/x?vfs=memdb` to SQLite)."""
    pairs = [(key, value) for key in url.query for value in _values(url, key)]
    name = url.database or ""
    if name[:5].lower() == "file:":
        pairs += parse_qsl(urlsplit(name).query, keep_blank_values=True)
    return pairs


def _in_memory(url: URL) -> bool:
    """Whether SQLite would keep this database in memory (or in a temporary file), in any of
    its spellings. Upper or lower case alike: SQLite reads only some of them in either case,
    and an address that asks for memory in a case SQLite ignores is a mistake all the same."""
    name = url.database or ""
    if name == MEMORY:
        return True
    if _uri_mode(url) and name.startswith("file:") and unquote(urlsplit(name).path) in ("", MEMORY):
        return True
    return any(
        (key.strip().lower(), value.strip().lower()) in _IN_MEMORY_PARAMETERS
        for key, value in _sqlite_parameters(url)
    )


def check_address(url: URL) -> None:
    """Refuse an address that names no database the desk can keep its data in."""
    backend = url.get_backend_name()
    if backend == "postgresql":
        if not url.database:
            raise BadDatabaseAddress(NO_DATABASE_NAME, address=shown(url))
        if any(_port_is_wrong(port) for port in _ports(url)):  # libpq's "invalid port number"
            raise BadDatabaseAddress(BAD_PORT)
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
    try:
        refuse_network_share(path)  # SQLite's locks do not hold across PCs
        if path.is_dir():
            raise BadDatabaseAddress(IS_A_FOLDER, path=str(path), example=str(path / EXAMPLE_FILE_NAME))
        folder = path.parent
        if folder.is_dir():
            return
        if folder.exists():
            raise BadDatabaseAddress(NOT_A_FOLDER, folder=str(folder))
    except OSError as error:  # a name too long for the file system, a folder closed to this user
        raise BadDatabaseAddress(
            UNUSABLE_PATH, path=_clipped(str(path)), reason=error.strerror or str(error)
        ) from None
    if not may_create_folder:
        raise NoSuchDatabaseFolder(NO_SUCH_FOLDER, folder=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BadDatabaseAddress(
            CANNOT_MAKE_FOLDER, folder=str(folder), reason=error.strerror or str(error)
        ) from None


def _clipped(text: str, limit: int = 80) -> str:
    """A path as a sentence can quote it: a name of thousands of characters is cut short."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def place(url: URL) -> str:
    """Where the database is, for a sentence: the SQLite file, or the server and database."""
    if url.get_backend_name() == "sqlite":
        return str(sqlite_path(url))
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
