"""Every sub-command of `studio-desk`, given bad arguments, answers with one line on stderr and a
non-zero exit, never a traceback, and changes nothing. Run in-process (cli.main) to stay quick;
one case runs as a real process, for arguments that are not even UTF-8.

First fixed cases, each with the message it documents; then the match of
tests/integration/test_hostile_arguments.py: every option and argument of every command, read
from the parser (cli._parser()) so that a new one is tried the day it is added, given every
fixed hostile value and values hypothesis draws, on SQLite and PostgreSQL."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import string
import subprocess
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import URL

from studio_desk import cli
from studio_desk.cli import UNEXPECTED
from studio_desk.db_files import backup_sqlite
from studio_desk.services import Database
from studio_desk.services.text import shown
from tests.support.snapshot import Unchanged, snapshot
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts

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
    assert "Traceback" not in said and "Error:" not in said and UNEXPECTED not in said, said
    said.encode("utf-8")  # printable as it is
    assert snapshot(db) == before
    db.dispose()


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["import", "clients", "Ana\nLee.csv"], "studio-desk: the file name 'Ana\ufffdLee.csv' has "
         "characters that cannot be shown (control characters, or bytes that are not UTF-8); rename it or "
         "give another file.\n"),
        (["db", "backup", "copy\x00.sqlite3"], "studio-desk: the file name 'copy\ufffd.sqlite3' has "
         "characters that cannot be shown (control characters, or bytes that are not UTF-8); rename it or "
         "give another file.\n"),
        (["screenshots", ""], "studio-desk: the folder name is empty; give the folder's path.\n"),
        (["screenshots", "/tmp/" + "9" * 5000], "studio-desk: cannot use /tmp/" + "9" * 194 + "…: File "
         "name too long.\n"),
        (["db", "upgrade", "--bd", "postgresql://desk:S3cret@db-server/studio"], "studio-desk: unrecognized "
         "arguments: --bd postgresql://desk:***@db-server/studio (see studio-desk --help)\n"),
    ],
    ids=["a line break", "a NUL", "nothing", "a name too long", "a password argparse quotes back"],
)
def test_a_path_no_message_could_show_is_refused_as_such(
    backend: str, database_url: URL, argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = one_line_refusal(argv, database_url, capsys)
    assert (code, err) == (2, said)


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


# -- every option of every command, hostile values, as tests/integration/test_hostile_arguments.py
# does for the services ----------------------------------------------------------------------------

# Relative names are read from here, where nothing can be made (not even by root): a hostile value
# that is a plain word ("9999-12-31") names a file or folder no command can create, so it is
# refused quickly instead of making a database or a folder of pictures in the test's folder.
NOWHERE = Path("/proc")
SECRET = "S3cret"


def fixed_values(tmp_path: Path) -> dict[str, str]:
    """The hostile values every option and argument is given, by what they stand for."""
    (tmp_path / "a folder").mkdir(exist_ok=True)
    return {
        "5,000 digits": "9" * 5000,
        "2^63": str(2**63),
        "-2^63 - 1": str(-(2**63) - 1),
        "2^31": str(2**31),
        "zero": "0",
        "nothing": "",
        "a NUL": "Ana\x00",
        "a NUL alone": "\x00",
        "a line break": "Ana\nLee",
        "a lone surrogate (bytes that are not UTF-8)": os.fsdecode(b"Asia/\xffJakarta"),
        "a right-to-left override": "\u202eAna",
        "a bidi isolate": "Ana\u2066x\u2069",
        "the first day": "0001-01-01",
        "the last day": "9999-12-31",
        "the last instant, far east": "9999-12-31T23:59:59+14:00",
        "a file in /proc": "/proc/x",
        "/dev/null": "/dev/null",
        "a folder": str(tmp_path / "a folder"),
        "a missing folder": str(tmp_path / "missing" / "folder" / "x"),
        "a web address with user info": f"https://owner:{SECRET}@studio.example.com",
        "a database address with a password": f"postgresql://owner:{SECRET}@127.0.0.1:1/studio",
    }


def drawn_values() -> st.SearchStrategy[str]:
    """Values hypothesis draws: each is wrong for every option (no option takes a control
    character, bytes that are no UTF-8, a number beyond 2^63 or a date of the years 1 to 1999)."""
    plain = st.text(alphabet=string.ascii_letters + "/:=.-", max_size=8)
    return st.one_of(
        st.builds(lambda a, char, b: a + char + b, plain, _UNREADABLE, plain),
        st.binary(min_size=1, max_size=8).filter(_not_utf8).map(os.fsdecode),
        st.integers(min_value=2**63).map(str),
        st.integers(max_value=-(2**63) - 1).map(str),
        st.dates(max_value=dt.date(1999, 12, 31)).map(dt.date.isoformat),
    )


_UNREADABLE = st.characters(categories=["Cc", "Cs", "Cf", "Zl", "Zp"])


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


@dataclass(frozen=True)
class Slot:
    """One place on a command line a value can go: an option's value, a flag given a value
    (`--force=x`), a positional argument, or a word too many."""

    command: tuple[str, ...]
    dest: str
    option: str | None  # None: a positional argument, or `extra`
    kind: str  # "value", "flag" or "extra"

    def __str__(self) -> str:
        where = self.option or ("a word too many" if self.kind == "extra" else self.dest.upper())
        return f"{' '.join(self.command) or '(no command)'} {where}"


def _parsers() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    found = []

    def walk(parser: argparse.ArgumentParser, command: tuple[str, ...]) -> None:
        found.append((command, parser))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, inner in action.choices.items():
                    walk(inner, (*command, name))

    walk(cli._parser(), ())
    return found


# The commands that open the desk itself: given only what argparse refuses before any database
# is opened (their --db is the same option as every other command's, tried there).
DESK_COMMANDS = {(), ("gui",)}


def slots() -> list[Slot]:
    """Every option and argument of every command, read from the parser: a new one is in the
    test the day it is added (and fails it until valid_arguments gives it a valid value)."""
    found = []
    for command, parser in _parsers():
        has_commands = any(isinstance(action, argparse._SubParsersAction) for action in parser._actions)
        found.append(Slot(command, "extra", None, "extra"))
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
                continue
            option = action.option_strings[-1] if action.option_strings else None
            if action.nargs == 0:
                found.append(Slot(command, action.dest, option, "flag"))
            elif command not in DESK_COMMANDS and not (has_commands and command != ("sync",)):
                found.append(Slot(command, action.dest, option, "value"))
    return found


SLOTS = slots()


@dataclass(frozen=True)
class Context:
    url: URL
    tmp_path: Path
    studio: Studio
    backup: Path
    csv: Path


def valid_arguments(command: tuple[str, ...], context: Context) -> dict[str, list[str]]:
    """What a person gives each command, by the argument's dest: the words for it."""
    s = context.studio
    return {
        ("db", "backup"): {"file": [str(context.tmp_path / "copy.sqlite3")]},
        ("db", "restore"): {"file": [str(context.backup)]},
        ("screenshots",): {
            "directory": [str(context.tmp_path / "pictures")], "language": ["--language", "id"],
        },
        ("sync", "configure"): {
            "server": ["--server", "https://studio.example.com"],
            "login_path": ["--login-path", "/auth/api_login/"],
            "every": ["--every", "60"],
            "web_zone": ["--web-zone", "Asia/Jakarta"],
            "coach": ["--coach", f"{s.coach_a}=17:smith"],
            "course": ["--course", f"{s.yoga}=42"],
            "off": ["--off"],
        },
        ("import", "clients"): {"file": [str(context.csv)], "dry_run": ["--dry-run"]},
    }.get(command, {})


def hostile_argv(slot: Slot, value: str, context: Context) -> list[str]:
    words = {"db": ["--db", url_text(context.url)], **valid_arguments(slot.command, context)}
    if slot.command in DESK_COMMANDS:
        words.pop("db")  # refused before a database is chosen; never the desk
    if slot.kind == "extra":
        return [*slot.command, *(word for part in words.values() for word in part), value]
    if slot.kind == "flag":
        words[slot.dest] = [f"{slot.option}={value}"]
    elif slot.option is None:
        words[slot.dest] = [value]
    else:
        words[slot.dest] = [slot.option, value]
    return [*slot.command, *(word for part in words.values() for word in part)]


# What is right for its slot among the fixed values: a command then succeeds (exit 0).
VALID: dict[tuple[tuple[str, ...], str], set[str]] = {
    (("screenshots",), "directory"): {"a folder", "a missing folder"},
    # The web platform's paths: any path of printable text without spaces.
    (("sync", "configure"), "login_path"): {"a file in /proc", "/dev/null", "a missing folder"},
}
# A command the database's backend refuses whatever it is given (exit 2, one line).
POSTGRESQL_REFUSES = {("db", "backup"), ("db", "restore")}


def url_text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


# Where a password may be typed, and must never be printed back: the database's and the web's
# addresses, and whatever argparse quotes back (an address given to the wrong option).
ADDRESSES = {"db", "server"}


def run_in_process(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = cli.main(argv, prompts=ScriptedPrompts())
    except SystemExit as leaving:  # argparse's way out
        code = leaving.code if isinstance(leaving.code, int) else 1
    said = capsys.readouterr()
    return code, said.out, said.err


@pytest.fixture
def context(
    database_url: URL, studio: Studio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    sqlite_template: tuple[Path, Studio],
) -> Context:
    if not NOWHERE.is_dir():
        pytest.skip("needs Linux's /proc")
    monkeypatch.chdir(NOWHERE)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # "~/..." is the test's own
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no saved connection
    monkeypatch.delenv("STUDIO_DESK_DB", raising=False)
    backup = tmp_path / "backup.sqlite3"
    backup_sqlite(sqlite_template[0], backup)
    csv = tmp_path / "clients.csv"
    csv.write_bytes(b"name,phone\nSiti Aminah,0812 5555 0000\n")
    return Context(database_url, tmp_path, studio, backup, csv)


def check_one(
    slot: Slot, name: str, value: str, context: Context, db: Database, unchanged: Unchanged,
    capsys: pytest.CaptureFixture[str],
) -> Unchanged:
    """Run the command with `value` in `slot`; the Unchanged to go on with."""
    argv = hostile_argv(slot, value, context)
    given = f"{slot} given {name} ({shown(value)!r})"
    code, out, err = run_in_process(argv, capsys)
    assert "Traceback" not in err + out and UNEXPECTED not in err, given
    if slot.dest in ADDRESSES or slot.kind != "value":  # (a path is quoted back as it was typed)
        assert SECRET not in err + out, f"{given}: the password was printed"
    (err + out).encode("utf-8")  # printable as it is: no lone surrogate
    valid = name in VALID.get((slot.command, slot.dest), set()) and not (
        db.backend == "postgresql" and slot.command in POSTGRESQL_REFUSES
    )
    if valid:
        assert code == 0, f"{given}: {err!r}"
        unchanged.close()
        return Unchanged(db)  # the command did what it is for: from here on, as it left them
    assert code != 0, f"{given}: exit 0, said {out!r}"
    assert err.endswith("\n") and err.count("\n") == 1, f"{given}: {err!r}"
    assert err.startswith("studio-desk"), f"{given}: {err!r}"
    assert unchanged.holds(), f"{given}: changed a table"
    return unchanged


def test_every_slot_has_a_valid_value() -> None:
    """A new option is in the test at once; its valid value must be given (valid_arguments)."""
    some_studio: Any = types.SimpleNamespace(coach_a=1, yoga=1)
    context = Context(URL.create("sqlite"), Path("/x"), some_studio, Path("/b"), Path("/c"))
    assert len(SLOTS) > 30, "the parser was read"
    for slot in SLOTS:
        if slot.kind == "value" and slot.dest != "db":
            assert slot.dest in valid_arguments(slot.command, context), f"{slot}: give it a valid value"


# Drawn values per command, on top of every fixed value in every slot: the same in every run
# (derandomize), so CI is repeatable.
DRAWN_PER_SLOT = 4
COMMANDS = sorted({slot.command for slot in SLOTS})


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: " ".join(command) or "no-command")
def test_every_option_given_hostile_values_gets_one_line_and_changes_nothing(
    command: tuple[str, ...], context: Context, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every option and argument of `command`, each given every fixed hostile value and some
    drawn ones, the others valid: a non-zero exit with one line on stderr and no table changed,
    or exit 0 where the value is right for it (VALID); never a traceback or a password printed."""
    command_slots = [slot for slot in SLOTS if slot.command == command]
    unchanged = Unchanged(db)
    try:
        for slot in command_slots:
            for name, value in fixed_values(context.tmp_path).items():
                unchanged = check_one(slot, name, value, context, db, unchanged, capsys)

        @settings(
            max_examples=DRAWN_PER_SLOT * len(command_slots), derandomize=True, database=None,
            deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(st.sampled_from(command_slots), drawn_values())
        def drawn(slot: Slot, value: str) -> None:
            nonlocal unchanged
            unchanged = check_one(slot, "a drawn value", value, context, db, unchanged, capsys)

        drawn()
    finally:
        unchanged.close()
