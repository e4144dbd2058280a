"""Throw-away databases for tests: a SQLite file per test, a PostgreSQL database per test.

Each run builds one migrated, seeded template per backend and copies it for every test: a
file copy for SQLite, CREATE DATABASE ... TEMPLATE for PostgreSQL. Database names carry the
run's own id, so two runs on one server never touch each other's databases.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

PG_ENV_VAR = "STUDIO_DESK_TEST_PG"
REQUIRE_PG_ENV_VAR = "STUDIO_DESK_REQUIRE_PG"
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
RUN_ID = uuid.uuid4().hex[:10]


def pg_server_url() -> URL:
    url = make_url(os.environ.get(PG_ENV_VAR) or DEFAULT_PG)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def pg_required() -> bool:
    return os.environ.get(REQUIRE_PG_ENV_VAR, "") not in ("", "0")


def _admin_connect(server: URL) -> psycopg.Connection:
    return psycopg.connect(
        host=server.host or "127.0.0.1",
        port=server.port or 5432,
        user=server.username,
        password=server.password,
        dbname=server.database or "postgres",
        autocommit=True,
        connect_timeout=5,
    )


def pg_unreachable_reason() -> str | None:
    try:
        with _admin_connect(pg_server_url()):
            return None
    except psycopg.Error as error:
        return f"PostgreSQL at {pg_server_url().render_as_string()} unreachable: {error}"


def skip_or_fail_without_pg(reason: str) -> None:
    if pg_required():
        pytest.fail(f"{REQUIRE_PG_ENV_VAR} is set but {reason}")
    pytest.skip(reason)


class PgDatabases:
    """Creates and drops this run's databases on the test server."""

    def __init__(self) -> None:
        self.server = pg_server_url()
        self.counter = 0
        self.template: str | None = None

    def name(self, suffix: str) -> str:
        return f"sdt_{RUN_ID}_{suffix}"

    def create(self, name: str, template: str | None = None) -> URL:
        with _admin_connect(self.server) as connection:
            clause = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
            connection.execute(f'CREATE DATABASE "{name}"{clause}')  # type: ignore[arg-type]
        return self.server.set(database=name)

    def drop(self, name: str) -> None:
        with _admin_connect(self.server) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]

    def fresh(self, *, empty: bool = False) -> tuple[str, URL]:
        """A new database of this run: a copy of the template, or `empty` (not even tables)."""
        self.counter += 1
        name = self.name(str(self.counter))
        return name, self.create(name, None if empty else self.template)


def sqlite_copy(template: Path, target: Path) -> URL:
    shutil.copyfile(template, target)
    return URL.create("sqlite", database=str(target))


def checkpoint_sqlite(path: Path) -> None:
    """Fold the WAL into the main file, so copying that one file copies the database."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
