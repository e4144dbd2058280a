"""Database addresses that name no usable database are refused before anything connects or is
made: one line, exit 2. From --db, from STUDIO_DESK_DB, and in the code that opens a database."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import URL

from studio_desk.db import Database
from studio_desk.db_connection import saved_url
from studio_desk.db_refusal import BadDatabaseAddress, NoSuchDatabaseFolder
from studio_desk.services import ValidationError, connection
from tests.integration.test_cli import studio_desk, url_text
from tests.integration.test_migrations import newest_revision

SQLITE = pytest.mark.parametrize("backend", ["sqlite"])

NO_FILE = "names no database file. Give the SQLite file's path."
IN_MEMORY = (
    "studio-desk: A database in memory is gone when the desk closes, with everything in it. Give a "
    "SQLite file's path instead.\n"
)
EMPTY = (
    "studio-desk: The database address is empty. Give a SQLite file's path or a postgresql:// address.\n"
)


def in_a_folder_of_its_own(tmp_path: Path) -> dict[str, str]:
    """No saved connection and a data folder of the test's own, so that a command that wrongly
    fell back on the default database would be seen making it."""
    return {"STUDIO_DESK_DB": "", "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config")}


@SQLITE
@pytest.mark.parametrize(
    ("address", "refusal"),
    [
        ("sqlite:///", f"studio-desk: The address sqlite:/// {NO_FILE}\n"),
        ("sqlite://", f"studio-desk: The address sqlite:// {NO_FILE}\n"),
        ("sqlite:///:memory:", IN_MEMORY),
        (":memory:", IN_MEMORY),
        ("sqlite:///file::memory:?uri=true", IN_MEMORY),
        ("sqlite:///file:/x?vfs=memdb&uri=true", IN_MEMORY),
        ("", EMPTY),
        ("   ", EMPTY),
        ("mysql://desk@db-server/studio", "studio-desk: The desk works with PostgreSQL or a SQLite file.\n"),
        ("postgresql://desk@[::1/studio", "studio-desk: That is not a database address. It looks like "
         "postgresql://desk@db-server/studio.\n"),
    ],
)
def test_an_address_that_names_no_database_file_is_refused_and_nothing_is_made(
    backend: str, address: str, refusal: str, tmp_path: Path
) -> None:
    for command in (["db", "upgrade"], ["demo"]):
        done = studio_desk(*command, "--db", address, env=in_a_folder_of_its_own(tmp_path))
        assert (done.returncode, done.stderr, done.stdout) == (2, refusal, ""), command
    assert not (tmp_path / "data").exists(), "not the default database instead"
    assert list(Path.cwd().glob("*memory*")) == []


@SQLITE
def test_a_file_in_a_folder_that_does_not_exist_is_taken_for_a_typo(backend: str, tmp_path: Path) -> None:
    typo = tmp_path / "no" / "such" / "folder" / "typo.sqlite3"
    done = studio_desk("db", "upgrade", "--db", str(typo))
    assert done.returncode == 2
    assert done.stderr == (
        f"studio-desk: There is no folder {typo.parent}. Is there a typo in the database file's path? "
        "To make it, add --create-folder.\n"
    )
    assert not (tmp_path / "no").exists()

    made = studio_desk("db", "upgrade", "--create-folder", "--db", str(typo))
    assert made.returncode == 0, made.stderr
    assert f"schema version {newest_revision()}" in made.stdout
    assert typo.is_file()


@SQLITE
def test_the_default_data_folder_is_still_made_on_the_first_start(backend: str, tmp_path: Path) -> None:
    done = studio_desk("db", "upgrade", env=in_a_folder_of_its_own(tmp_path))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data" / "studio-desk" / "studio-desk.sqlite3").is_file()


@SQLITE
def test_a_folder_or_a_file_in_the_way_is_named(backend: str, tmp_path: Path) -> None:
    folder = studio_desk("db", "upgrade", "--db", str(tmp_path))
    assert (folder.returncode, folder.stderr) == (2, (
        f"studio-desk: {tmp_path} is a folder. Give the database file's name inside it, like "
        f"{tmp_path / 'studio-desk.sqlite3'}.\n"
    ))
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    inside = studio_desk("db", "upgrade", "--db", str(a_file / "studio.sqlite3"))
    assert (inside.returncode, inside.stderr) == (2, (
        f"studio-desk: {a_file} is a file, not a folder. Is there a typo in the database file's path?\n"
    ))
    cannot = studio_desk("db", "upgrade", "--create-folder", "--db", "/proc/no-such/studio.sqlite3")
    assert (cannot.returncode, cannot.stderr) == (2, (
        "studio-desk: The folder /proc/no-such cannot be made: No such file or directory.\n"
    ))


@SQLITE
@pytest.mark.parametrize(
    ("variable", "refusal"),
    [
        ("sqlite:///:memory:", IN_MEMORY),
        ("sqlite://", f"studio-desk: The address sqlite:// {NO_FILE}\n"),
        ("postgresql://desk@db-server", "studio-desk: The address postgresql://desk@db-server names no "
         "database. Put the database's name after the server, like postgresql://desk@db-server/studio.\n"),
    ],
)
def test_the_environment_variable_gets_the_same_checks(
    backend: str, variable: str, refusal: str, tmp_path: Path
) -> None:
    done = studio_desk("demo", env={**in_a_folder_of_its_own(tmp_path), "STUDIO_DESK_DB": variable})
    assert (done.returncode, done.stderr) == (2, refusal)
    assert not (tmp_path / "data").exists()


@SQLITE
def test_a_missing_folder_from_the_environment_is_refused_too(backend: str, tmp_path: Path) -> None:
    typo = tmp_path / "studoi" / "studio.sqlite3"
    done = studio_desk("db", "upgrade", env={"STUDIO_DESK_DB": str(typo)})
    assert done.returncode == 2 and "There is no folder" in done.stderr
    assert not typo.parent.exists()
    made = studio_desk("db", "upgrade", "--create-folder", env={"STUDIO_DESK_DB": str(typo)})
    assert made.returncode == 0, made.stderr
    assert typo.is_file()


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.pg)])
def test_a_server_address_without_a_database_name_touches_no_database(
    backend: str, empty_database_url: URL
) -> None:
    """libpq fills in a missing name from $PGDATABASE, else the user's name: the desk would have
    built its schema in that database. Here $PGDATABASE names an empty database, which must stay
    empty."""
    # Not URL.set(database=None): None there means "leave it as it is".
    server_only = URL.create("postgresql", username=empty_database_url.username,
                             host=empty_database_url.host, port=empty_database_url.port)
    for address in (url_text(server_only), url_text(server_only) + "/", "postgresql://"):
        done = studio_desk("db", "upgrade", "--db", address,
                           env={"PGDATABASE": str(empty_database_url.database),
                                "PGHOST": str(empty_database_url.host),
                                "PGUSER": str(empty_database_url.username)})
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("studio-desk: The address postgresql://")
        assert "names no database. Put the database's name after the server" in done.stderr
        assert done.stderr.count("\n") == 1 and "None" not in done.stdout
    libpq = url_text(empty_database_url.set(drivername="postgresql"))
    with psycopg.connect(libpq) as connection:
        tables = connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)


def test_opening_checks_the_address_whoever_opens_it(tmp_path: Path) -> None:
    for url in (URL.create("sqlite", database=":memory:"), URL.create("sqlite"),
                URL.create("postgresql+psycopg", host="127.0.0.1")):
        with pytest.raises(BadDatabaseAddress):
            Database(url)
    with pytest.raises(NoSuchDatabaseFolder) as refused:
        Database.open(str(tmp_path / "typo" / "studio.sqlite3"))
    assert refused.value.folder == str(tmp_path / "typo")
    db = Database.open(str(tmp_path / "made" / "studio.sqlite3"), create_folder=True)
    db.dispose()
    assert (tmp_path / "made" / "studio.sqlite3").is_file()


@SQLITE
def test_the_desk_started_from_a_shortcut_says_why_in_a_window(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from studio_desk import cli
    from studio_desk.ui.kit.app_icon import SIZES
    from tests.support.ui import ScriptedPrompts

    typo = tmp_path / "Studoi" / "studio.sqlite3"
    for command in ([], ["gui"]):
        prompts = ScriptedPrompts()
        QApplication.setWindowIcon(QIcon())
        assert cli.main([*command, "--db", str(typo)], prompts=prompts) == 2
        assert len(QApplication.windowIcon().availableSizes()) == len(SIZES), "the window has the desk's icon"
        assert len(prompts.errors) == 1
        assert prompts.errors[0].startswith("The desk cannot open its database, so it cannot start.")
        assert (
            f"There is no folder {typo.parent}. Is there a typo in the database file's path?"
            in prompts.errors[0]
        )
        assert "--create-folder" not in prompts.errors[0], "the window's reader has no command line"
        assert capsys.readouterr().err.count("\n") == 1
    assert not typo.parent.exists()


# SQLite keeps a database in memory for each of these, or (an empty file: name) in a temporary
# file: the desk would say "Demo studio loaded" and lose it all. Upper case too, where SQLite
# ignores it: asking for memory is a mistake either way.
IN_MEMORY_SPELLINGS = [
    "sqlite:///file:/x?vfs=memdb&uri=true",
    "sqlite:///file:/x?VFS=MemDB&uri=true",
    "sqlite:///file:/x?uri=true&mode=memory",
    "sqlite:///file:/x?uri=yes&mode=MEMORY",
    "sqlite:///file:/x?uri=on&vfs=memdb",
    "sqlite:///file:/x?uri=t&cache=shared&mode=memory",
    "sqlite:///file:/x%3Fvfs%3Dmemdb?uri=true",
    "sqlite:///file:/x?uri=true&mode=ro&mode=memory",
    "sqlite:///file:%253Amemory%253A?uri=true",
    "sqlite:///file::memory:?uri=1",
    "sqlite:///file:?uri=true",
    "sqlite:///file::memory:?uri=false&uri=false",  # given twice, SQLAlchemy takes it for yes
    "sqlite:////tmp/studio.sqlite3?mode=memory",
    ":memory:",
]


@pytest.mark.parametrize("address", IN_MEMORY_SPELLINGS)
def test_every_spelling_of_a_database_in_memory_is_refused(address: str) -> None:
    with pytest.raises(BadDatabaseAddress, match="A database in memory is gone when the desk closes"):
        Database.open(address)
    with pytest.raises(ValidationError, match="A database in memory is gone when the desk closes"):
        connection.check_connection(address)


def test_a_sqlite_uri_that_names_a_file_is_a_file(tmp_path: Path) -> None:
    """What the checks let through is kept: a file: URI with its own parameters is a file."""
    path = tmp_path / "studio.sqlite3"
    db = Database.open(f"sqlite:///file:{path}?uri=true&mode=rwc&cache=private")
    db.dispose()
    assert path.is_file() and path.stat().st_size > 0


PORT = "The server's port must be a number from 1 to 65535, like postgresql://desk@db-server:5432/studio."


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://desk@127.0.0.1:99999/studio",
        "postgresql://desk@127.0.0.1:0/studio",
        "postgresql://desk@127.0.0.1:postgres/studio",
        "postgresql://desk@127.0.0.1:/studio",
        "postgresql://desk@/studio?host=127.0.0.1&port=70000",
        "postgresql://desk@/studio?host=a,b&port=5432,-1",
    ],
)
def test_a_port_that_is_no_port_is_refused_before_connecting(
    address: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """libpq said "invalid port number" after the desk had tried, and the settings kept it."""
    with pytest.raises(BadDatabaseAddress) as refused:
        Database.open(address)
    assert str(refused.value) == PORT
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    with pytest.raises(ValidationError, match="The server's port must be a number"):
        connection.save_connection(address)
    assert saved_url() is None


@SQLITE
def test_the_command_line_names_the_port(backend: str) -> None:
    done = studio_desk("db", "upgrade", "--db", "postgresql://desk@127.0.0.1:99999/studio")
    assert (done.returncode, done.stderr, done.stdout) == (2, f"studio-desk: {PORT}\n", "")


@pytest.mark.parametrize("address", [b"/tmp/studio.sqlite3", 123, ["studio.sqlite3"], 7.5])
def test_an_address_that_is_not_text_is_refused_as_such(address: object) -> None:
    """These were AttributeErrors ('bytes' object has no attribute 'isprintable')."""
    with pytest.raises(BadDatabaseAddress, match="The database address must be text."):
        Database.open(address)  # type: ignore[arg-type]
    for call in (connection.check_connection, connection.save_connection):
        with pytest.raises(ValidationError, match="The database address must be text."):
            call(address)  # type: ignore[arg-type]


def test_the_connection_settings_refuse_a_password_in_the_address_or_not_text(tmp_path: Path) -> None:
    address = str(tmp_path / "studio.sqlite3")
    with pytest.raises(ValidationError, match="Leave the password out of the address"):
        connection.save_connection("postgresql://desk@db-server/studio?password=S3cret")
    for password, said in ((b"S3cret", "The password must be text."),
                           ("S3\x00cret", "The password contains invisible control characters.")):
        with pytest.raises(ValidationError, match=said):
            connection.check_connection(address, password)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="cannot hold the database file: File name too long"):
        connection.check_connection(str(tmp_path / ("9" * 5000)))
