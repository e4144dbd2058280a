"""Engines per backend (SQLite file or PostgreSQL server) and the migrations that shape them."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from studio_desk.db_address import check_address, parse_address, prepare_sqlite_file, sqlite_path
from studio_desk.db_connection import APP_NAME, address, saved_url, with_kept_password
from studio_desk.db_failures import cannot_write, newer_schema
from studio_desk.db_schema import HEAD_REVISION, stored_revisions
from studio_desk.models import utc_now

DB_ENV_VAR = "STUDIO_DESK_DB"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# A key for pg_advisory_xact_lock, so that two desks starting at once migrate one after the other.
MIGRATION_LOCK_KEY = 0x5D_DE5C
# How long a SQLite writer waits for another writer before giving up (milliseconds). Writes
# take about a millisecond, so this is only reached when something holds the file (a backup,
# a stuck process); the person is then told rather than left waiting.
SQLITE_BUSY_TIMEOUT_MS = 5_000

Clock = Callable[[], dt.datetime]

# Written by hand in the migrations and invisible to autogenerate's comparison (it does not
# understand exclusion constraints): leave them out when comparing models and database.
# The same for SQLite's change journal, a table of the triggers (migration 0006), not of the models,
# and for the partial unique indexes of 0016: declared in a model, their dialect options would load
# the PostgreSQL dialect on every start, even `studio-desk --version`.
HAND_WRITTEN_SCHEMA = frozenset(
    {
        "ex_bookings_coach_no_overlap", "ex_weekly_windows_no_overlap", "change_notices",
        "uq_credit_lines_used_booking", "uq_credit_lines_returned_booking",
        "uq_credit_lines_forfeited_booking", "uq_credit_lines_bought_pack", "uq_payments_fee_collected",
        "ex_occurrences_coach_no_overlap", "ex_occurrences_room_no_overlap", "uq_bookings_occurrence_client",
        "uq_waitlist_entries_waiting",
    }
)


def include_in_autogenerate(name: str | None, type_: str, parent_names: object) -> bool:
    return name not in HAND_WRITTEN_SCHEMA


def default_sqlite_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "studio-desk.sqlite3"


def resolve_url(url: str | None = None) -> URL:
    """The database to use: `url` (None: not given), else $STUDIO_DESK_DB, else the one saved in
    this PC's connection settings, else the SQLite file in the data folder.

    A bare path means a SQLite file; `postgresql://` means the psycopg (v3) driver. A `url`
    given empty is refused (BadDatabaseAddress), not taken for "the default": `--db ""` is
    usually a variable that was meant to be set. An empty $STUDIO_DESK_DB is an unset one, as
    `STUDIO_DESK_DB= studio-desk` means on a shell.
    """
    if url is not None:
        return parse_address(url)
    text = os.environ.get(DB_ENV_VAR) or saved_url()
    if text:
        return parse_address(text)
    return URL.create("sqlite", database=str(default_sqlite_path()))


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take BEGIN away from the driver: pysqlite would defer it until the first write,
        # which lets two desks read the same free slot and both try to take it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: a payment the desk reported as taken survives the PC losing power.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # Writers begin IMMEDIATE: they queue for the write lock up front, so the overlap
        # check and the insert are one atomic step across processes. Readers do not wait.
        if connection.get_execution_options().get("studio_read_only"):
            connection.exec_driver_sql("BEGIN DEFERRED")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def check_database(url: URL, *, create_folder: bool = False) -> None:
    """Refuse an address that will not do (BadDatabaseAddress, NetworkShareError), before
    anything connects or is made. A SQLite file's missing folder is made only with
    `create_folder`, or when it is the default data folder (the desk's first start)."""
    check_address(url)
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        prepare_sqlite_file(path, may_create_folder=create_folder or path == default_sqlite_path())


def create_studio_engine(url: URL, writer_name: str = APP_NAME, *, create_folder: bool = False) -> Engine:
    """An engine for the database at `url`, once check_database let it through."""
    check_database(url, create_folder=create_folder)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    # connect_timeout: a server gone from the network fails a desk's action in seconds
    # instead of leaving it waiting on TCP's own time-out.
    # application_name: the change notices' triggers name the writer with it (migration 0006).
    return create_engine(
        with_kept_password(url),
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": writer_name},
    )


class Database:
    """One studio database: its engines, sessions and clock. Services take it as first argument."""

    def __init__(self, url: URL, *, clock: Clock = utc_now, create_folder: bool = False) -> None:
        self.url = url
        # Who writes, as the change notices name it: unique per Database (one per desk
        # process), so that a desk's watcher can leave out the changes the desk made itself.
        self.writer_name = f"{APP_NAME} {uuid.uuid4().hex[:16]}"
        self.engine = create_studio_engine(url, self.writer_name, create_folder=create_folder)
        self.clock = clock
        self._write_sessions = sessionmaker(self.engine, expire_on_commit=False)
        read_options: dict[str, object] = {"studio_read_only": True}
        if self.backend == "postgresql":
            # One snapshot for the whole read, as SQLite's read transactions give; a read-only
            # REPEATABLE READ transaction never fails with a serialization error.
            read_options["isolation_level"] = "REPEATABLE READ"
        self._read_sessions = sessionmaker(
            self.engine.execution_options(**read_options), expire_on_commit=False
        )
        # Filled on first use by studio_desk.services.setup.settings; services own its meaning.
        self.settings_cache: Any = None
        # The same for studio_desk.services.sync.config, and the outbox's "is sync on".
        self.sync_cache: Any = None
        self.outbox_cache: Any = None

    @classmethod
    def open(
        cls, url: str | URL | None = None, *, migrate: bool = True, clock: Clock = utc_now,
        create_folder: bool = False,
    ) -> Database:
        """The database at `url` (see resolve_url), brought to the newest schema if `migrate`.
        `create_folder`: make a SQLite file's missing folder (else BadDatabaseAddress)."""
        resolved = url if isinstance(url, URL) else resolve_url(url)
        database = cls(resolved, clock=clock, create_folder=create_folder)
        if migrate:
            try:
                database.upgrade()
            except BaseException:
                database.dispose()
                raise
        return database

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    def describe(self) -> str:
        """Where the data lives, for people: a file path or a server, never a password."""
        if self.backend == "sqlite":
            return f"file {self.url.database}"
        return f"server {self.url.host or 'localhost'}:{self.url.port or 5432}/{self.url.database}"

    def address(self) -> str:
        """The database's URL without its password, as the connection settings show it."""
        return address(self.url)

    def libpq_conninfo(self) -> str:
        """The database as a libpq connection string, for a connection of its own (LISTEN)."""
        return with_kept_password(self.url).set(drivername="postgresql").render_as_string(hide_password=False)

    def write_session(self) -> Session:
        return self._write_sessions()

    def read_session(self) -> Session:
        return self._read_sessions()

    def now(self) -> dt.datetime:
        return self.clock()

    def upgrade(self, revision: str = "head") -> None:
        """Bring the schema to `revision` (the newest by default) in one transaction.

        Refuses, with a sentence for a person: a schema made by a newer desk (SchemaTooNew), and a
        database that takes no writes (DatabaseCannotWrite: read-only, or its disk full)."""
        try:
            if revision == "head" and self._at_head():
                return  # what nearly every start finds: alembic is not even imported
            self._migrate(revision)
        except DBAPIError as error:
            refusal = cannot_write(error, self.url)
            if refusal is None:
                raise
            raise refusal from error

    def _at_head(self) -> bool:
        """Whether the database is at the newest schema, read without a write lock. A desk
        migrating at the same time commits the schema and its revision together, so a database
        that says HEAD_REVISION has its whole schema."""
        with self.engine.execution_options(studio_read_only=True).connect() as connection:
            return stored_revisions(connection) == [HEAD_REVISION]

    def _migrate(self, revision: str) -> None:
        from alembic import command

        config = alembic_config()
        with self.engine.connect() as connection, connection.begin():
            if self.backend == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            self._refuse_newer_schema(connection, config)
            config.attributes["connection"] = connection
            command.upgrade(config, revision)

    def _refuse_newer_schema(self, connection: Any, config: Any) -> None:
        """A revision this desk has no migration for was written by a newer desk: alembic would
        only say it "can't locate" it."""
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory
        from alembic.util import CommandError

        scripts = ScriptDirectory.from_config(config)
        for current in MigrationContext.configure(connection).get_current_heads():
            try:
                scripts.get_revision(current)
            except CommandError:
                raise newer_schema(self.url, current) from None

    def current_revision(self) -> str | None:
        """The schema revision the database is at (None: no schema yet), as the `db` commands
        say it; several, were a database ever to hold more than one, joined by commas."""
        with self.engine.execution_options(studio_read_only=True).connect() as connection:
            return ", ".join(stored_revisions(connection)) or None

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config
