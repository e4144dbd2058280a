"""The bundle (`python -m shipping.build`) runs on a machine without Python: its executable,
started from another folder with an environment that names no Python and, on Linux, with every
Python installation of this machine hidden, answers --version, loads the demo studio into a new
SQLite file (migrating it from nothing: alembic reads the bundled migration scripts) and draws
the screenshots offscreen. `python -m bench ui` times its start next to the virtual environment's.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

import studio_desk
from shipping.build import executable_path
from studio_desk import services
from studio_desk.db import Database, alembic_config
from tests.bench.test_benchmarks_quick import run_quick
from tests.support.backends import PgDatabases
from tests.support.without_python import run_without_python

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def rows(database: Path, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(query).fetchall()


def schema_version(database: Path) -> object:
    [(version,)] = rows(database, "SELECT version_num FROM alembic_version")
    return version


def row_counts(database: Path) -> dict[object, object]:
    tables = [name for (name,) in rows(database, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {table: rows(database, f'SELECT count(*) FROM "{table}"')[0][0] for table in tables}


def staff_names(database: Path) -> set[object]:
    return {name for (name,) in rows(database, "SELECT name FROM staff")}


def test_the_bundle_runs_on_a_machine_without_python(bundle: Path, tmp_path: Path) -> None:
    home, elsewhere, data = tmp_path / "home", tmp_path / "elsewhere", tmp_path / "data"
    for folder in (home, elsewhere, data):
        folder.mkdir()
    database, pictures = data / "studio.sqlite3", data / "pictures"
    desk = str(executable_path(bundle))

    def run(*args: str, **env: str) -> str:
        done = run_without_python(
            [desk, *args], home=home, cwd=elsewhere, keep=[bundle, data], extra_env=env
        )
        said = f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        assert done.returncode == 0, f"{args}: exit {done.returncode}\n{said}"
        # A translation the bundle lacks is said on stderr (the desk would show English words).
        assert "translation" not in done.stderr, f"{args}: {done.stderr[-3000:]}"
        return done.stdout

    assert run("--version") == f"studio-desk {studio_desk.__version__}\n"

    # The database named the way a desktop's launcher would, through the environment.
    loaded = run("demo", STUDIO_DESK_DB=str(database))
    assert re.search(r"Demo studio loaded into file .*studio\.sqlite3: .* bookings\.", loaded), loaded
    # The same studio as the virtual environment's desk loads, at the newest schema of the sources.
    reference = tmp_path / "reference.sqlite3"
    subprocess.run([sys.executable, "-m", "studio_desk", "demo", "--db", str(reference)], check=True,
                   capture_output=True, cwd=ROOT)
    newest = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert schema_version(database) == newest
    assert row_counts(database) == row_counts(reference)
    assert "Dewi Lestari" in staff_names(database)

    drawn = run("screenshots", "--db", str(database), str(pictures))
    written = [Path(line) for line in drawn.splitlines()]
    assert {path.name for path in written} >= {"01-calendar-day.png", "06-payment.png", "17-day-takings.png"}
    for path in written:
        assert path.parent == pictures and path.read_bytes()[:8] == PNG_SIGNATURE, path
    indonesian = run("screenshots", "--language", "id", "--db", str(database), str(data / "id"))
    assert len(indonesian.splitlines()) == len(written)

    # The bundle's folder is left as it was: an install the desk's user cannot write to works.
    assert not list(bundle.rglob("__pycache__")), "the bundle wrote compiled files into its own folder"


def test_bench_ui_times_the_bundle_next_to_the_virtual_environment(bundle: Path) -> None:
    figures, output = run_quick("ui", "--bundle", str(bundle))
    assert f"bundle: {executable_path(bundle)}" in output
    for figure in ("window_shown_s", "bundle_window_shown_s"):
        value = figures[figure]
        assert isinstance(value, float) and value > 0, (figure, value)


@pytest.mark.pg
def test_the_bundle_sets_up_a_studio_on_postgresql(
    bundle: Path, tmp_path: Path, pg_databases: PgDatabases
) -> None:
    # Several desks share a PostgreSQL server: the bundle carries its driver (psycopg and libpq)
    # and the migrations' PostgreSQL half (triggers, exclusion constraints).
    name, url = pg_databases.fresh(empty=True)
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    for folder in (home, elsewhere):
        folder.mkdir()
    try:
        done = run_without_python(
            [str(executable_path(bundle)), "demo", "--db", url.render_as_string(hide_password=False)],
            home=home, cwd=elsewhere, keep=[bundle],
        )
        assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        assert f"Demo studio loaded into server {url.host}:{url.port or 5432}/{name}" in done.stdout
        db = Database.open(url, migrate=False)
        try:
            assert db.current_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
            assert not services.is_empty(db)
        finally:
            db.dispose()
    finally:
        pg_databases.drop(name)


def test_the_bundle_holds_every_data_file_of_the_package(bundle: Path) -> None:
    # Whatever folders the package's data is in (translations, icons, the migrations' template):
    # the bundle has each file where importlib.resources looks, under _internal/studio_desk.
    # Left out on purpose: Python sources, compiled files, and Qt Linguist's .ts sources.
    package = ROOT / "studio_desk"
    data = {
        path.relative_to(package) for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".py", ".pyc", ".ts"}
    }
    bundled = bundle / "_internal" / "studio_desk"
    assert data and {path for path in data if not (bundled / path).is_file()} == set()
    migrations = package / "migrations"
    for script in migrations.rglob("*.py"):
        assert (bundled / script.relative_to(package)).read_bytes() == script.read_bytes(), script
