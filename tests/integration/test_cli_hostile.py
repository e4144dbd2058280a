"""Every sub-command of `studio-desk`, given bad arguments, answers with one line on stderr and a
non-zero exit, never a traceback, and changes nothing. Run in-process (cli.main) to stay quick;
one case runs as a real process, for arguments that are not even UTF-8."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy.engine import URL

from studio_desk import cli
from studio_desk.services import Database
from tests.support.snapshot import snapshot

CASES = {
    "a sync link of 5,000 digits": ["sync", "configure", "--course", "9" * 5000 + "=1"],
    "a server address with a NUL": ["sync", "configure", "--off", "--server", "https://studio.example.com/\x00"],
    "no such command": ["nonsense"],
    "an option without its value": ["--db"],
    "gui with an argument it has none of": ["gui", "now"],
    "db without its action": ["db"],
    "db upgrade with an argument it has none of": ["db", "upgrade", "twice"],
    "db backup without its file": ["db", "backup"],
    "db restore without its file": ["db", "restore"],
    "demo with an argument it has none of": ["demo", "twice"],
    "screenshots in a language the desk lacks": ["screenshots", "--language", "fr", "pictures"],
    "screenshots without a folder": ["screenshots"],
    "import of an unknown kind": ["import", "coaches", "list.csv"],
    "import clients without a file": ["import", "clients"],
    "sync with an unknown action": ["sync", "pause"],
    "sync --once while sync is off": ["sync", "--once"],
    "sync every 5,000 digits of seconds": ["sync", "configure", "--every", "9" * 5000],
    "sync every negative seconds": ["sync", "configure", "--every", "-5"],
    "sync every 1e9 seconds": ["sync", "configure", "--every", "1e9"],
    "sync every nothing": ["sync", "configure", "--every", ""],
    "sync every two seconds": ["sync", "configure", "--every", "2"],
    "a web zone that does not exist": ["sync", "configure", "--web-zone", "Mars/Olympus"],
    "a web zone that is a path": ["sync", "configure", "--web-zone", "../../../etc/passwd"],
    "a web zone with a NUL": ["sync", "configure", "--web-zone", "Asia/\x00Jakarta"],
    "a web zone with a lone surrogate": ["sync", "configure", "--web-zone", "Asia/\udcffJakarta"],
    "a login path without its slash": ["sync", "configure", "--login-path", "auth api"],
    "a login path with a bidi override": ["sync", "configure", "--login-path", "/auth/\u202egol/"],
    "a coach beyond PostgreSQL's integers": ["sync", "configure", "--coach", "3000000000=17:x"],
    "a coach link without its username": ["sync", "configure", "--coach", "1=17"],
    "a course that does not exist": ["sync", "configure", "--course", "999=42"],
    "sync configure with a stray argument": ["sync", "configure", "now"],
}


def one_line_refusal(
    argv: list[str], url: URL, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    """Run `studio-desk argv --db url` in this process: the exit code and what went to stderr."""
    address = url.render_as_string(hide_password=False)
    try:
        code = cli.main([*argv[:1], "--db", address, *argv[1:]] if argv != ["--db"] else argv)
    except SystemExit as leaving:  # argparse's way out
        code = leaving.code if isinstance(leaving.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.err


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_arguments_get_one_line_and_a_non_zero_exit(
    case: str, database_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database.open(database_url, migrate=False)
    before = snapshot(db)
    code, said = one_line_refusal(CASES[case], database_url, capsys)
    assert code != 0, f"{case}: exit 0"
    assert said.endswith("\n") and said.count("\n") == 1, f"{case}: {said!r}"
    assert said.startswith("studio-desk"), said
    assert "Traceback" not in said and "Error:" not in said, said
    said.encode("utf-8")  # printable as it is
    assert snapshot(db) == before
    db.dispose()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_arguments_that_are_not_even_utf8_get_one_line(backend: str, database_url: URL) -> None:
    """Bytes a terminal in another encoding sends (Python hands them over as lone surrogates)."""
    done = subprocess.run(
        [sys.executable, "-m", "studio_desk", "sync", "configure", "--db", str(database_url.database),
         "--web-zone", b"Asia/\xffJakarta"],
        capture_output=True, timeout=120, env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1 and "time zone" in lines[0], lines
    assert done.stdout == b""
