"""Fixtures: a fresh studio database per test on SQLite, and on PostgreSQL for `pg` tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

# Qt without a screen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PIN hashes at a low cost (pins.TEST_COST_VARIABLE): every test studio creates its people, and
# the real cost is half a second a hash. Set in the environment so that the desks the tests
# start as processes hash cheaply too. tests/integration/test_pin_hashes.py checks the real cost.
os.environ.setdefault("STUDIO_DESK_PIN_SCRYPT_N_FOR_TESTS_ONLY", str(2**10))

from studio_desk.db import Database  # noqa: E402
from tests.support.backends import (  # noqa: E402
    PgDatabases,
    checkpoint_sqlite,
    pg_unreachable_reason,
    skip_or_fail_without_pg,
    sqlite_copy,
)
from tests.support.clock import SettableClock  # noqa: E402
from tests.support.studio import Studio, build_studio  # noqa: E402

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)]


@pytest.fixture(scope="session", autouse=True)
def private_desk_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The desk's per-PC settings (language, window, saved connection) and its log in folders of
    the tests' own, so that neither this machine's settings reach a test nor a test's reach the
    machine."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("desk-settings"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)
    # The saved database connection is a file in the user's config folder (platformdirs): the
    # tests', and the commands they start, never the machine's.
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("desk-config"))
    # The desk's log (platformdirs' user log folder, under XDG_STATE_HOME on Linux): the desks and
    # commands the tests start write theirs here, not into the machine's.
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("desk-state"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Studio]:
    path = tmp_path_factory.mktemp("template") / "studio.sqlite3"
    db = Database.open(URL.create("sqlite", database=str(path)), clock=SettableClock())
    studio = build_studio(db)
    db.dispose()
    checkpoint_sqlite(path)
    return path, studio


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    reason = pg_unreachable_reason()
    if reason:
        skip_or_fail_without_pg(reason)
    databases = PgDatabases()
    yield databases
    if databases.template:
        databases.drop(databases.template)


@pytest.fixture(scope="session")
def pg_template(pg_databases: PgDatabases) -> Studio:
    name = pg_databases.name("template")
    url = pg_databases.create(name)
    db = Database.open(url, clock=SettableClock())
    try:
        studio = build_studio(db)
    finally:
        db.dispose()
    pg_databases.template = name
    return studio


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[URL]:
    """A URL of a fresh copy of the seeded studio on the test's backend."""
    if backend == "sqlite":
        template, _ = request.getfixturevalue("sqlite_template")
        yield sqlite_copy(template, tmp_path / "studio.sqlite3")
        return
    databases: PgDatabases = request.getfixturevalue("pg_databases")
    request.getfixturevalue("pg_template")
    name, url = databases.fresh()
    yield url
    databases.drop(name)


@pytest.fixture
def studio(backend: str, request: pytest.FixtureRequest) -> Studio:
    if backend == "sqlite":
        return request.getfixturevalue("sqlite_template")[1]  # type: ignore[no-any-return]
    return request.getfixturevalue("pg_template")  # type: ignore[no-any-return]


@pytest.fixture
def db(database_url: URL, clock: SettableClock) -> Iterator[Database]:
    # The template is at the newest migration already; tests of migrating open their own.
    database = Database.open(database_url, clock=clock, migrate=False)
    yield database
    database.dispose()


@pytest.fixture
def empty_database_url(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[URL]:
    """A URL of a database with nothing in it, not even tables, on the test's backend."""
    if backend == "sqlite":
        yield URL.create("sqlite", database=str(tmp_path / "empty.sqlite3"))
        return
    databases: PgDatabases = request.getfixturevalue("pg_databases")
    name, url = databases.fresh(empty=True)
    yield url
    databases.drop(name)
