"""A read-only database, a full disk and a schema made by a newer desk each say what they are,
not "busy or cannot be reached": from a service, when the desk opens the database, and on the
command line. Real files, real mounts and a real server (see tests/support/disks.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.db import Database
from studio_desk.db_address import place
from studio_desk.db_refusal import DatabaseCannotWrite, SchemaTooNew
from studio_desk.services import DatabaseCannotSave
from tests.integration.test_cli import studio_desk, url_text
from tests.support.backends import PgDatabases, checkpoint_sqlite
from tests.support.clock import SettableClock
from tests.support.disks import fill, read_only_database, read_only_folder, small_disk
from tests.support.snapshot import snapshot

SQLITE = pytest.mark.parametrize("backend", ["sqlite"])
POSTGRESQL = pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.pg)])
BOTH = pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])


def libpq(url: URL) -> str:
    """`url` for psycopg itself, without SQLAlchemy's driver name."""
    return url_text(url.set(drivername="postgresql"))


def add_a_client(db: Database, number: int = 0) -> None:
    services.create_client(db, name=f"Client Number {number}", phone=None)


# -- read-only -------------------------------------------------------------------------------


@SQLITE
def test_a_read_only_database_file_says_so_and_keeps_what_it_has(
    backend: str, database_url: URL, clock: SettableClock
) -> None:
    path = Path(str(database_url.database))
    with read_only_database(path) as url:
        db = Database.open(url, clock=clock)  # at the newest schema: opening writes nothing
        try:
            before = snapshot(db)
            with pytest.raises(DatabaseCannotSave) as refused:
                add_a_client(db)
            assert str(refused.value) == (
                f"The database file {path} is read-only: check the file's permissions. Nothing was saved."
            )
            assert services.find_clients(db, "Client Number") == []  # reading still works
            assert snapshot(db) == before
        finally:
            db.dispose()


@SQLITE
def test_a_read_only_file_that_needs_migrating_is_refused_when_the_desk_opens_it(
    backend: str, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    sqlite3.connect(path).close()  # an empty file: the whole schema is still to be made
    with read_only_database(path) as url:
        with pytest.raises(DatabaseCannotWrite, match="is read-only: check the file's permissions"):
            Database.open(url)
        done = studio_desk("db", "upgrade", "--db", url_text(url))
    assert done.returncode == 1
    assert done.stderr == (
        f"studio-desk: cannot open the database: The database file {path} is read-only: check the "
        "file's permissions. Nothing was saved.\n"
    )


@SQLITE
def test_a_database_in_a_folder_that_takes_no_files_cannot_be_opened_and_says_why(
    backend: str, database_url: URL, tmp_path: Path
) -> None:
    path = Path(str(database_url.database))
    checkpoint_sqlite(path)  # no -wal and -shm left: SQLite must make them to open the file
    with read_only_folder(path.parent) as seen:
        if seen is None:
            pytest.skip("this process may not mount a folder read-only (needs root)")
        done = studio_desk("db", "upgrade", "--db", str(seen / path.name))
    assert done.returncode == 1
    assert done.stderr == (
        f"studio-desk: cannot open the database: The database file {seen / path.name} cannot be "
        "opened: check the permissions of the file and of its folder, where the desk keeps two more "
        "files beside it.\n"
    )


@pytest.fixture
def read_only_server_database(
    backend: str, database_url: URL, pg_databases: PgDatabases
) -> Iterator[URL]:
    """A PostgreSQL database whose sessions are read-only, as on a standby server."""
    with psycopg.connect(libpq(pg_databases.server), autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{database_url.database}" SET default_transaction_read_only = on')
    yield database_url


@POSTGRESQL
def test_a_read_only_server_database_says_so(
    read_only_server_database: URL, clock: SettableClock
) -> None:
    db = Database.open(read_only_server_database, clock=clock)
    try:
        with pytest.raises(DatabaseCannotSave) as refused:
            add_a_client(db)
        assert str(refused.value) == (
            f"The database {place(db.url)} is read-only for this desk (a standby server, or a "
            "read-only setting on the server). Nothing was saved."
        )
    finally:
        db.dispose()
    demo = studio_desk("demo", "--force", "--db", url_text(read_only_server_database))
    assert demo.returncode == 2
    assert demo.stderr.startswith(f"studio-desk: The database {place(db.url)} is read-only for this desk")
    assert "Traceback" not in demo.stderr


@pytest.fixture
def read_only_user(database_url: URL, pg_databases: PgDatabases) -> Iterator[URL]:
    """The studio's migrated database reached as a user who may read its tables and not write
    them: a server set up with too few rights."""
    Database.open(database_url).dispose()  # migrated, by the owner
    user = f"{database_url.database}_reader"
    with psycopg.connect(libpq(database_url), autocommit=True) as owner:
        owner.execute(f'DROP ROLE IF EXISTS "{user}"')
        owner.execute(f'CREATE ROLE "{user}" LOGIN')
        owner.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{user}"')
    try:
        yield database_url.set(username=user, password=None)
    finally:
        with psycopg.connect(libpq(database_url), autocommit=True) as owner:
            owner.execute(f'DROP OWNED BY "{user}"')
            owner.execute(f'DROP ROLE "{user}"')


@POSTGRESQL
def test_a_server_user_without_rights_to_write_says_so(
    backend: str, read_only_user: URL, clock: SettableClock
) -> None:
    db = Database.open(read_only_user, migrate=False, clock=clock)
    try:
        services.get_settings(db)  # reading is allowed
        with pytest.raises(DatabaseCannotSave) as refused:
            add_a_client(db)
        assert str(refused.value) == (
            f"The database user of {place(db.url)} may not change the studio's data. Nothing was "
            "saved; whoever set up the server must give this user the rights to the studio's tables."
        )
    finally:
        db.dispose()


# -- a full disk -----------------------------------------------------------------------------


@SQLITE
def test_a_full_disk_says_so_and_the_database_stays_whole(
    backend: str, sqlite_template: tuple[Path, object], clock: SettableClock, tmp_path: Path
) -> None:
    template, _ = sqlite_template
    with small_disk(template.stat().st_size // 1024 + 512) as disk:
        path = (disk or tmp_path) / "full.sqlite3"
        # Without a mount of our own: SQLite's page limit is the same SQLITE_FULL.
        path.write_bytes(template.read_bytes())
        db = Database.open(URL.create("sqlite", database=str(path)), clock=clock, migrate=False)
        try:
            if disk is None:
                pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
                event.listen(
                    db.engine, "connect",
                    lambda connection, _: connection.execute(f"PRAGMA max_page_count={pages}"),
                )
            before = snapshot(db)
            if disk is not None:
                fill(disk)
            with pytest.raises(DatabaseCannotSave) as refused:
                for number in range(200):  # the page limit: until a new page is needed
                    add_a_client(db, number)
            assert str(refused.value) == (
                f"The disk holding the database {path} is full. Nothing was saved; make room on it, "
                "then try again."
            )
            if disk is not None:
                assert snapshot(db) == before
                (disk / "filler").unlink()  # room again: the desk carries on
                add_a_client(db)
        finally:
            db.dispose()
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


@SQLITE
def test_a_disk_too_full_for_a_new_database_is_said_so_on_the_command_line(
    backend: str,
) -> None:
    with small_disk(64) as disk:
        if disk is None:
            pytest.skip("this process may not mount a small disk (needs root)")
        done = studio_desk("db", "upgrade", "--db", str(disk / "new.sqlite3"))
    assert done.returncode == 1
    assert done.stderr == (
        f"studio-desk: cannot open the database: The disk holding the database {disk / 'new.sqlite3'} "
        "is full. Nothing was saved; make room on it, then try again.\n"
    )


@pytest.fixture
def server_table_on_a_small_disk(
    backend: str, database_url: URL, pg_databases: PgDatabases
) -> Iterator[URL]:
    """The test database with its clients table in a tablespace on a small disk of the
    PostgreSQL server's machine (this one): real ENOSPC, real SQLSTATE 53100."""
    host = pg_databases.server.host or "localhost"
    if host not in ("127.0.0.1", "localhost", "::1"):
        pytest.skip("the PostgreSQL server is on another machine: no disk of it to fill")
    server = libpq(pg_databases.server)
    tablespace = pg_databases.name("small_disk")
    with small_disk(1024, owner="postgres") as disk:
        if disk is None:
            pytest.skip("this process may not mount a small disk (needs root)")
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f"CREATE TABLESPACE {tablespace} LOCATION '{disk}'")  # type: ignore[arg-type]
        try:
            with psycopg.connect(libpq(database_url), autocommit=True) as own:
                own.execute(f"ALTER TABLE clients SET TABLESPACE {tablespace}")  # type: ignore[arg-type]
                # Each page takes rows up to a tenth full, so the table soon needs a new one.
                own.execute("ALTER TABLE clients SET (fillfactor = 10)")
            fill(disk)
            yield database_url
        finally:
            with psycopg.connect(libpq(database_url), autocommit=True) as own:
                own.execute("ALTER TABLE clients SET TABLESPACE pg_default")
            with psycopg.connect(server, autocommit=True) as admin:
                admin.execute(f"DROP TABLESPACE {tablespace}")  # type: ignore[arg-type]


@POSTGRESQL
def test_a_full_disk_on_the_server_says_so(server_table_on_a_small_disk: URL, clock: SettableClock) -> None:
    db = Database.open(server_table_on_a_small_disk, clock=clock, migrate=False)
    try:
        with pytest.raises(DatabaseCannotSave) as refused:
            for number in range(500):  # until the table needs a page the disk has no room for
                add_a_client(db, number)
        assert str(refused.value) == (
            f"The disk holding the database {place(db.url)} is full. Nothing was saved; make room on "
            "it, then try again."
        )
    finally:
        db.dispose()


# -- a schema made by a newer desk -----------------------------------------------------------


@BOTH
def test_a_schema_from_a_newer_desk_asks_for_the_update(
    backend: str, db: Database, database_url: URL
) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    expected = (
        f"The database {place(db.url)} was made by a newer Studio Desk (schema version 0099). "
        "Update the desk on this computer to use it."
    )
    with pytest.raises(SchemaTooNew) as refused:
        Database.open(database_url)
    assert str(refused.value) == expected

    done = studio_desk("db", "upgrade", "--db", url_text(database_url))
    assert done.returncode == 1
    assert done.stderr == f"studio-desk: cannot open the database: {expected}\n"
    assert db.current_revision() == "0099", "left as the newer desk made it"


@SQLITE
def test_the_desk_started_on_a_newer_schema_says_so_in_a_window(
    backend: str, db: Database, database_url: URL
) -> None:
    from studio_desk import cli
    from tests.support.ui import ScriptedPrompts

    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    prompts = ScriptedPrompts()
    assert cli.main(["--db", url_text(database_url)], prompts=prompts) == 1
    assert len(prompts.errors) == 1
    assert "was made by a newer Studio Desk (schema version 0099)" in prompts.errors[0]
