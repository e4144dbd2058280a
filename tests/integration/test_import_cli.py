"""`studio-desk import clients FILE.csv`, run as a person runs it: what it says, what it adds,
and a clear no (never a traceback) for a file that is not a client list."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.db import Database

# The import itself runs on both databases in test_client_import; the command is the same on either.
SQLITE_ONLY = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def studio_desk(url: URL, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studio_desk", "--db", url.render_as_string(hide_password=False), *args],
        capture_output=True, text=True, timeout=120, env=dict(os.environ),
    )


def client_names(url: URL) -> list[str]:
    db = Database.open(url, migrate=False)
    try:
        return [client.name for client in services.list_clients(db)]
    finally:
        db.dispose()


@SQLITE_ONLY
def test_import_adds_the_good_rows_and_reports_the_rest(database_url: URL, tmp_path: Path) -> None:
    file = tmp_path / "members.csv"
    file.write_text("Nama;Telepon;Kota\nSari Dewi;0811 2222 3333;Bandung\nBudi;call me;\n"
                    "Johnny;0812 3456 7890;\n", encoding="utf-8-sig")
    tried = studio_desk(database_url, "import", "clients", str(file), "--dry-run")
    assert tried.returncode == 0, tried.stderr
    assert "Clients to import: 1." in tried.stdout and "Nothing was imported" in tried.stdout
    assert client_names(database_url) == ["Jane Roe", "John Doe"]

    done = studio_desk(database_url, "import", "clients", str(file))
    assert done.returncode == 0, done.stderr
    assert "Clients imported: 1." in done.stdout and "Columns not used: Kota." in done.stdout
    assert "Line 3: 'call me' does not look like a phone number." in done.stderr
    assert "Line 4: Johnny has the phone number of John Doe, already a client; not added." in done.stderr
    assert client_names(database_url) == ["Jane Roe", "John Doe", "Sari Dewi"]


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a CSV client list"),
        (b"", "The file is empty"),
        (b"phone\n0812 1111 2222\n", "no name column"),
        (None, "cannot read"),
    ],
    ids=["a picture", "empty", "no name column", "no such file"],
)
def test_a_file_that_is_not_a_client_list_is_a_clear_no(
    database_url: URL, tmp_path: Path, content: bytes | None, said: str
) -> None:
    file = tmp_path / "clients.csv"
    if content is not None:
        file.write_bytes(content)
    done = studio_desk(database_url, "import", "clients", str(file))
    assert done.returncode == 2
    assert said in done.stderr and "Traceback" not in done.stderr
    assert client_names(database_url) == ["Jane Roe", "John Doe"]
