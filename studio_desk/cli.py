"""The `studio-desk` command: the desk (GUI) by default, and the admin sub-commands."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from studio_desk import __version__
from studio_desk.db import DB_ENV_VAR, Database, resolve_url

if TYPE_CHECKING:  # the commands that draw nothing do not load Qt
    from studio_desk.ui.kit.prompts import Prompts


# The password of an address with user information (postgresql://desk:secret@server/studio).
_PASSWORD_IN_ADDRESS = re.compile(r"(?<=://)([^/@\s:]*):[^/@\s]*@")


class _OneLineParser(argparse.ArgumentParser):
    """argparse prints its whole usage before a mistake; a person, and a script's log, want the
    one line that says what is wrong (--help has the rest). What was typed is quoted with
    whatever cannot be printed (a line break, a control character) as U+FFFD, and an address's
    password as *** (`--bd postgresql://desk:secret@server/studio` is quoted back whole)."""

    def error(self, message: str) -> NoReturn:
        from studio_desk.services.text import unreadable

        said = "".join("\ufffd" if unreadable(char) else char for char in message)
        said = _PASSWORD_IN_ADDRESS.sub(r"\1:***@", said)
        self.exit(2, f"{self.prog}: {said} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    common = _OneLineParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=f"database: a SQLite file path or a postgresql:// URL (default: ${DB_ENV_VAR}, "
        "else a SQLite file in your data folder)",
    )
    common.add_argument(
        "--create-folder",
        action="store_true",
        default=argparse.SUPPRESS,
        help="make the SQLite file's folder if it does not exist (without it, a missing folder "
        "is taken for a typo and refused)",
    )
    parser = _OneLineParser(
        prog="studio-desk",
        description="The front desk of a coaching, fitness or yoga studio.",
        parents=[common],
    )
    # Answered while the arguments are read: before any database is opened or Qt is loaded.
    parser.add_argument("--version", action="version", version=f"studio-desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", parents=[common], help="open the desk (the default)")
    db_parser = commands.add_parser("db", parents=[common], help="database maintenance")
    db_commands = db_parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", parents=[common], help="bring the schema to the newest version")
    backup = db_commands.add_parser(
        "backup", parents=[common], help="a consistent copy of a SQLite database, also while desks write"
    )
    backup.add_argument("file", metavar="FILE", help="the file to write the copy to")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    restore = db_commands.add_parser(
        "restore", parents=[common], help="put a backup made by 'db backup' in place of the SQLite database"
    )
    restore.add_argument("file", metavar="FILE", help="the backup file")
    demo = commands.add_parser(
        "demo", parents=[common], help="fill an empty database with a demo studio"
    )
    demo.add_argument(
        "--force", action="store_true", help="add the demo studio even if the database has data"
    )
    shots = commands.add_parser(
        "screenshots", parents=[common], help="draw every screen with the current data to PNG files"
    )
    shots.add_argument("directory", metavar="DIR", help="folder for the PNG files (made if missing)")
    shots.add_argument(
        "--language", choices=("en", "id"), default="en", help="the language of the pictures (default en)"
    )
    _add_sync(commands, common)
    _add_import(commands, common)
    return parser


def _add_import(
    commands: argparse._SubParsersAction[_OneLineParser], common: _OneLineParser
) -> None:
    imports = commands.add_parser("import", parents=[common], help="bring data in from a file")
    kinds = imports.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    clients = kinds.add_parser(
        "clients", parents=[common],
        help="add clients from a CSV file (columns by header: name, phone, email, notes)",
    )
    clients.add_argument("file", metavar="FILE", help="the CSV file, as a spreadsheet saves it")
    clients.add_argument("--dry-run", action="store_true", help="show what would be imported; import nothing")


def _add_sync(
    commands: argparse._SubParsersAction[_OneLineParser], common: _OneLineParser
) -> None:
    sync = commands.add_parser(
        "sync", parents=[common], help="the web platform sync: show it, run it once, or set it up"
    )
    sync.add_argument("--once", action="store_true", help="run one sync round now and print what it did")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    configure = actions.add_parser("configure", parents=[common], help="set up the web sync (turns it on)")
    configure.add_argument("--server", metavar="URL", help="the web platform's address")
    configure.add_argument(
        "--login-path", metavar="PATH", help="where its accounts sign in (default /auth/api_login/)"
    )
    configure.add_argument("--every", metavar="SECONDS", help="how often the desk syncs (default 60)")
    configure.add_argument(
        "--web-zone", metavar="ZONE",
        help="the time zone the web platform reads and writes its times in (default Asia/Jakarta)",
    )
    configure.add_argument(
        "--coach", metavar="LOCAL_ID=REMOTE_ID:USERNAME", action="append", default=[],
        help="link a desk coach to their web coach id and web account (repeatable)",
    )
    configure.add_argument(
        "--course", metavar="LOCAL_ID=REMOTE_ID", action="append", default=[],
        help="link a desk course to its web course id (repeatable)",
    )
    configure.add_argument("--off", action="store_true", help="keep the settings but stop syncing")


# The start of the one line a fault of the desk's own gets (tests look for it: it must never show).
UNEXPECTED = "studio-desk: something went wrong that the desk did not expect"


def main(argv: Sequence[str] | None = None, *, prompts: Prompts | None = None) -> int:
    """Run a command; with none, open the desk (`prompts` answers its message boxes in tests).
    A fault of the desk's own is one line here and its traceback in the log: a person acts on
    the line, whoever looks after the PC reads the log."""
    try:
        return _run(argv, prompts=prompts)
    except KeyboardInterrupt:  # Ctrl+C in a long command (demo, backup): a person asked for it
        print("studio-desk: stopped (Ctrl+C).", file=sys.stderr)
        return 130
    except Exception as error:
        return _unexpected(error)


def _unexpected(error: Exception) -> int:
    import logging

    from studio_desk.desk_log import current_log_file, log_started, start_log

    try:
        log = current_log_file() if log_started() else start_log()
        logging.getLogger("studio_desk.cli").error("A command failed unexpectedly", exc_info=error)
        where = f"The details are in {log}."
    except OSError:  # no log folder to write to: the line is all there is
        where = "The details could not be written to the log."
    print(f"{UNEXPECTED} ({type(error).__name__}). {where}", file=sys.stderr)
    return 1


def _run(argv: Sequence[str] | None, *, prompts: Prompts | None) -> int:
    args = _parser().parse_args(argv)
    from studio_desk.services import DomainError

    for what, typed in (("file", getattr(args, "file", None)), ("folder", getattr(args, "directory", None))):
        if typed is not None and not _usable_path(typed, what):
            return 2
    db_arg: str | None = getattr(args, "db", None)
    create_folder: bool = getattr(args, "create_folder", False)
    if args.command == "db" and args.db_command in ("backup", "restore"):
        refused = _sqlite_only(db_arg, args.db_command)
        if refused is not None:
            return refused
        if args.db_command == "restore":  # before opening: a damaged database is why one restores
            return _restore(db_arg, Path(args.file), create_folder=create_folder)
    try:
        db = Database.open(db_arg, create_folder=create_folder)
    except Exception as error:  # the message is all a person can act on here
        return _cannot_open(error, desk=args.command in (None, "gui"), prompts=prompts)
    try:
        if args.command == "db":
            if args.db_command == "backup":
                return _backup(db, Path(args.file), force=args.force)
            print(f"Database {db.describe()} is at schema version {db.current_revision()}.")
            return 0
        if args.command == "demo":
            return _demo(db, force=args.force)
        if args.command == "screenshots":
            return _screenshots(db, Path(args.directory), args.language)
        if args.command == "sync":
            return _sync(db, args)
        if args.command == "import":
            return _import_clients(db, Path(args.file), dry_run=args.dry_run)
        from studio_desk.ui.app import run_desk

        return run_desk(db)
    except DomainError as error:
        print(f"studio-desk: {error}", file=sys.stderr)
        return 2
    except ImportError as error:  # Qt's own libraries, on a PC that lacks a system library
        return _qt_cannot_load(error)
    finally:
        db.dispose()


def _usable_path(typed: str, what: str) -> bool:
    """Whether `typed`, a FILE or DIR argument, can be used and quoted back; if not, say why.
    Refused: nothing at all ("" is the current folder to Python), and a name with characters no
    message could show: control characters (a NUL no system call takes, a line break that would
    split the message), bidi controls, and bytes that are not UTF-8 (Python hands them over as
    lone surrogates, which cannot even be printed)."""
    from studio_desk.services.text import readable, shown

    if not typed.strip():
        print(f"studio-desk: the {what} name is empty; give the {what}'s path.", file=sys.stderr)
        return False
    if not readable(typed):
        print(
            f"studio-desk: the {what} name '{shown(typed, PATH_SHOWN)}' has characters that cannot be "
            f"shown (control characters, or bytes that are not UTF-8); rename it or give another {what}.",
            file=sys.stderr,
        )
        return False
    return True


# How much of a path a message quotes: a name of thousands of characters is cut short.
PATH_SHOWN = 200


def _cannot_use(path: Path, error: OSError) -> int:
    """A path the system refuses outright (a name too long, a folder closed to this user)."""
    from studio_desk.services.text import shown

    reason = error.strerror or error
    print(f"studio-desk: cannot use {shown(str(path), PATH_SHOWN)}: {reason}.", file=sys.stderr)
    return 2


def _qt_cannot_load(error: ImportError) -> int:
    """Name the system library that kept PySide6 from loading, and its package; any other
    ImportError is a fault of the desk's and goes on as it is."""
    from studio_desk.platform_check import PLATFORM_MISSING_EXIT, qt_import_problem

    problem = qt_import_problem(error)
    if problem is None:
        raise error
    print(f"studio-desk: {problem}", file=sys.stderr)
    return PLATFORM_MISSING_EXIT


def _cannot_open(error: Exception, *, desk: bool, prompts: Prompts | None, opening: str = "") -> int:
    """Say in one line why the database was not opened; the exit code: 2 for an address that
    will not do (nothing was tried), 1 for a database that did not let itself be used."""
    from studio_desk.db_refusal import BadDatabaseAddress, DatabaseRefusal, NoSuchDatabaseFolder

    if isinstance(error, DatabaseRefusal):
        reason = str(error)  # its own sentence, not the driver's words behind it
    else:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    if isinstance(error, BadDatabaseAddress):
        hint = " To make it, add --create-folder." if isinstance(error, NoSuchDatabaseFolder) else ""
        print(f"studio-desk: {reason}{hint}", file=sys.stderr)
        code = 2
    else:
        print(f"studio-desk: {opening}cannot open the database: {reason}", file=sys.stderr)
        code = 1
    if desk:
        from studio_desk.services import Sentence

        try:
            from studio_desk.ui.app import explain_unopened_database
        except ImportError as qt_error:
            _qt_cannot_load(qt_error)
            return code
        words = Sentence(error.template, error.fields) if isinstance(error, DatabaseRefusal) else reason
        explain_unopened_database(words, prompts)
    return code


def _sqlite_only(url: str | None, action: str) -> int | None:
    """None for a SQLite database; else the exit code, having said what to do instead."""
    from studio_desk.db_address import check_address
    from studio_desk.db_refusal import BadDatabaseAddress

    try:
        resolved = resolve_url(url)
        check_address(resolved)
    except BadDatabaseAddress as error:
        print(f"studio-desk: {error}", file=sys.stderr)
        return 2
    if resolved.get_backend_name() == "sqlite":
        return None
    tool = "pg_dump" if action == "backup" else "pg_restore"
    print(
        f"studio-desk: 'db {action}' is for SQLite files; this database is on PostgreSQL "
        f"({resolved.render_as_string(hide_password=True)}). Use {tool} instead, e.g. "
        "'pg_dump -Fc -f studio.dump DBNAME' to back up and "
        "'pg_restore --clean --if-exists -d DBNAME studio.dump' to restore (see README, Backups).",
        file=sys.stderr,
    )
    return 2


def _backup(db: Database, target: Path, *, force: bool) -> int:
    from studio_desk.db_files import DatabaseFileError, backup_sqlite

    try:
        copy = backup_sqlite(str(db.url.database), target, force=force)
    except DatabaseFileError as error:
        print(f"studio-desk: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        return _cannot_use(target, error)
    print(f"Backed up {db.describe()} to {copy.path}: {copy.size_bytes:,} bytes, "
          f"{copy.bookings} bookings, schema version {copy.revision}; integrity check ok.")
    return 0


def _restore(url: str | None, backup: Path, *, create_folder: bool) -> int:
    from studio_desk.db import check_database
    from studio_desk.db_address import sqlite_path
    from studio_desk.db_files import DatabaseFileError, NetworkShareError, restore_sqlite
    from studio_desk.db_refusal import BadDatabaseAddress

    resolved = resolve_url(url)  # _sqlite_only found it a good SQLite address
    try:
        check_database(resolved, create_folder=create_folder)
    except (BadDatabaseAddress, NetworkShareError) as error:
        return _cannot_open(error, desk=False, prompts=None)
    try:
        done = restore_sqlite(backup, sqlite_path(resolved))
    except DatabaseFileError as error:
        print(f"studio-desk: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        return _cannot_use(backup, error)
    try:
        db = Database.open(resolved)  # a backup from an older version gets the newest schema
    except Exception as error:
        return _cannot_open(error, desk=False, prompts=None, opening="restored, but ")
    try:
        print(f"Restored {done.restored_from.path} ({done.restored_from.bookings} bookings) "
              f"into {db.describe()}, now at schema version {db.current_revision()}.")
    finally:
        db.dispose()
    if done.previous_saved_as:
        print(f"The database as it was before is kept in {done.previous_saved_as}.")
    return 0


def _screenshots(db: Database, directory: Path, language: str) -> int:
    from studio_desk.tools.screenshots import render_screenshots

    try:
        a_file = directory.exists() and not directory.is_dir()
    except OSError as error:
        return _cannot_use(directory, error)
    if a_file:
        print(f"studio-desk: {directory} is a file, not a folder; give a folder for the pictures.",
              file=sys.stderr)
        return 2
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"studio-desk: cannot make the folder {directory}: {error.strerror or error}.", file=sys.stderr)
        return 2
    try:
        written = render_screenshots(db, directory, language=language)
    except OSError as error:  # a full disk, a folder that takes no files
        print(f"studio-desk: cannot write the pictures in {directory}: {error.strerror or error}.",
              file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def _demo(db: Database, *, force: bool) -> int:
    from studio_desk.services.setup import demo

    if not force and not demo.is_empty(db):
        print(
            f"studio-desk: the database ({db.describe()}) already has data; "
            "the demo is for an empty one. Add --force to load it anyway.",
            file=sys.stderr,
        )
        return 2
    summary = demo.load_demo(db)
    print(
        f"Demo studio loaded into {db.describe()}: {summary.coaches} coaches, "
        f"{summary.courses} courses, {summary.clients} clients, {summary.bookings} bookings."
    )
    print("Sign in with these PINs:")
    for name, pin in summary.pins.items():
        print(f"  {name}: {pin}")
    return 0


def _sync(db: Database, args: argparse.Namespace) -> int:
    from studio_desk.models import StaffRole
    from studio_desk.services import Actor, sync

    if args.sync_command == "configure":
        config = sync.configure_sync(
            db,
            # Whoever can run commands on the studio's database is its administrator.
            Actor(staff_id=None, name="Command line", role=StaffRole.ADMIN),
            server=args.server,
            login_path=args.login_path,
            every_seconds=args.every,
            enabled=not args.off,
            web_zone=args.web_zone,
            coaches=dict(sync.parse_coach_link(spec) for spec in args.coach),
            courses=dict(sync.parse_course_link(spec) for spec in args.course),
        )
        print(f"Web sync {'on' if config.is_on else 'off'}: {config.server or '(no server)'}, "
              f"every {config.every_seconds} s, login at {config.login_path}.")
        print(f"  web platform's time zone: {config.web_zone}")
        for coach in config.coaches:
            link = f"web coach {coach.remote_id} ({coach.username})"
            print(f"  coach {coach.coach_id} {coach.coach_name} = {link}")
        for course in config.courses:
            print(f"  course {course.course_id} {course.course_title} = web course {course.remote_id}")
        # Bookings made before their course was linked, or while sync was off, go now too.
        for line in config.catch_up.lines():
            print(line)
        return 0
    if args.once:
        report = sync.run_sync_once(db)
        for line in report.lines():
            print(line, file=sys.stdout if report.all_settled else sys.stderr)
        # A script or scheduler runs this: 1 whenever a person has something to do.
        return 0 if report.all_settled else 1
    status = sync.sync_status(db)
    print(f"Web sync is {'on' if status.on else 'off'}. Last run: {status.last_run_at or 'never'}; "
          f"waiting to be sent: {status.waiting}; needing a person: {status.problems}.")
    print(f"Web platform's time zone: {status.web_zone}.")
    if status.last_error:
        print(f"Last problem: {status.last_error}")
    for line in sync.sync_problems(db).lines():
        print(f"  {line}")
    return 0


def _import_clients(db: Database, file: Path, *, dry_run: bool) -> int:
    from studio_desk.models import StaffRole
    from studio_desk.services import Actor, import_clients, preview_client_import
    from studio_desk.services.people.client_csv import MAX_FILE_BYTES

    try:
        with file.open("rb") as opened:
            # One byte past the limit is enough for the import to refuse the file as too big;
            # all of /dev/zero, or of a disk image given by mistake, would never end.
            data = opened.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        print(f"studio-desk: cannot read {file}: {error.strerror or error}", file=sys.stderr)
        return 2
    # Whoever can run commands on the studio's database is its administrator.
    actor = Actor(staff_id=None, name="Command line", role=StaffRole.ADMIN)
    result = (preview_client_import if dry_run else import_clients)(db, actor, data)
    for line in result.summary():
        print(line)
    for problem in result.problems:
        print(problem.reason, file=sys.stderr)
    if dry_run:
        print("Nothing was imported (--dry-run).")
    return 0
