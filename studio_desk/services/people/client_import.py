"""Importing clients from a CSV file: see first what it would do, then do it in one unit of work.

Good rows go in; a bad row is reported with its line number; a client whose phone number is
already in the studio, or earlier in the file, is reported and not added twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Client
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.people.acting import run_read_as, run_write_as
from studio_desk.services.people.client_csv import ClientTable, read_client_table
from studio_desk.services.people.clients import NewClient, clean_client
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.views import Actor

_LOOKUP_CHUNK = 500  # phones asked about per query (SQLite limits a statement's parameters)
# pg_advisory_xact_lock key: one import at a time on a shared server (see import_clients).
_IMPORT_LOCK_KEY = 0x5D_C11E


@dataclass(frozen=True)
class ImportProblem:
    """A row that was not imported: its line in the file and why (a whole sentence)."""

    line: int
    reason: Sentence


@dataclass(frozen=True)
class ClientImport:
    """What importing a file does (a preview) or did: the clients it adds, the rows it leaves
    out and why, and which of the file's columns it used."""

    clients: tuple[NewClient, ...]  # as they will be (or were) stored
    duplicates: tuple[ImportProblem, ...]
    bad_rows: tuple[ImportProblem, ...]
    used_columns: tuple[str, ...]
    unused_columns: tuple[str, ...]
    done: bool  # False for a preview

    @property
    def problems(self) -> tuple[ImportProblem, ...]:
        return tuple(sorted((*self.duplicates, *self.bad_rows), key=lambda problem: problem.line))

    def summary(self) -> list[Sentence]:
        """The outcome in sentences, for the dialog and the command line; the problems follow."""
        count = len(self.clients)
        lines = [
            Sentence(QT_TRANSLATE_NOOP("services", "Clients imported: {count}."), {"count": count})
            if self.done
            else Sentence(QT_TRANSLATE_NOOP("services", "Clients to import: {count}."), {"count": count}),
            Sentence(
                QT_TRANSLATE_NOOP("services", "Already a client or twice in the file, not added: {count}."),
                {"count": len(self.duplicates)},
            ),
            Sentence(
                QT_TRANSLATE_NOOP("services", "Rows with a problem, not added: {count}."),
                {"count": len(self.bad_rows)},
            ),
            Sentence(
                QT_TRANSLATE_NOOP("services", "Columns used: {columns}."),
                {"columns": ", ".join(self.used_columns)},
            ),
        ]
        if self.unused_columns:
            lines.append(
                Sentence(
                    QT_TRANSLATE_NOOP("services", "Columns not used: {columns}."),
                    {"columns": ", ".join(self.unused_columns)},
                )
            )
        return lines


def preview_client_import(db: Database, actor: Actor, data: bytes) -> ClientImport:
    """What `import_clients` would do with this file now; nothing is written."""
    require_admin(actor, "import clients")
    table = read_client_table(data)
    country = get_settings(db).phone_country_code
    return run_read_as(db, actor, lambda session: _plan(session, table, country, done=False))


def import_clients(db: Database, actor: Actor, data: bytes) -> ClientImport:
    """Add the file's good, new clients, all at once or none (a file with no good row adds none
    and says so)."""
    require_admin(actor, "import clients")
    table = read_client_table(data)
    country = get_settings(db).phone_country_code
    now = db.now()

    def work(session: Session) -> ClientImport:
        # Planned inside the write transaction, after any other import has committed, so that
        # two desks importing the same list at once add each client once. SQLite's write
        # transactions already run one at a time (BEGIN IMMEDIATE); PostgreSQL's would both
        # find no duplicates, so they queue on a lock. Each statement then sees what the other
        # committed (writes run READ COMMITTED).
        if session.get_bind().dialect.name == "postgresql":
            session.execute(select(func.pg_advisory_xact_lock(_IMPORT_LOCK_KEY)))
        plan = _plan(session, table, country, done=True)
        if plan.clients:
            _insert(session, plan.clients, now)
        return plan

    return run_write_as(db, actor, work)


def _insert(session: Session, clients: tuple[NewClient, ...], now: dt.datetime) -> None:
    session.execute(
        insert(Client),
        [
            {"name": c.name, "phone": c.phone, "email": c.email, "notes": c.notes, "created_at": now}
            for c in clients
        ],
    )


def _plan(session: Session, table: ClientTable, country: str, *, done: bool) -> ClientImport:
    checked: list[tuple[int, NewClient]] = []
    bad: list[ImportProblem] = []
    for row in table.rows:
        typed = NewClient(
            row.values.get("name", ""),
            row.values.get("phone") or None,
            row.values.get("email") or None,
            row.values.get("notes") or None,
        )
        try:
            checked.append((row.line, clean_client(typed, country)))
        except ValidationError as error:
            bad.append(
                ImportProblem(
                    row.line,
                    Sentence(QT_TRANSLATE_NOOP("services", "Line {line}: {problem}"),
                             {"line": row.line, "problem": error.sentence}),
                )
            )
    known = _clients_by_phone(session, {client.phone for _, client in checked if client.phone})
    first_line: dict[str, int] = {}
    clients: list[NewClient] = []
    duplicates: list[ImportProblem] = []
    for line, client in checked:
        phone = client.phone
        if phone is not None and phone in known:
            duplicates.append(ImportProblem(line, Sentence(
                QT_TRANSLATE_NOOP(
                    "services",
                    "Line {line}: {name} has the phone number of {client}, already a client; not added.",
                ),
                {"line": line, "name": client.name, "client": known[phone]},
            )))
        elif phone is not None and phone in first_line:
            duplicates.append(ImportProblem(line, Sentence(
                QT_TRANSLATE_NOOP(
                    "services", "Line {line}: {name} has the same phone number as line {first}; not added."
                ),
                {"line": line, "name": client.name, "first": first_line[phone]},
            )))
        else:
            if phone is not None:
                first_line[phone] = line
            clients.append(client)
    return ClientImport(
        clients=tuple(clients),
        duplicates=tuple(duplicates),
        bad_rows=tuple(bad),
        used_columns=table.used_columns,
        unused_columns=table.unused_columns,
        done=done,
    )


def _clients_by_phone(session: Session, phones: set[str]) -> dict[str, str]:
    """The name of a client already in the studio for each of `phones` that has one."""
    found: dict[str, str] = {}
    ordered = sorted(phones)
    for start in range(0, len(ordered), _LOOKUP_CHUNK):
        chunk = ordered[start : start + _LOOKUP_CHUNK]
        for phone, name in session.execute(
            select(Client.phone, Client.name).where(Client.phone.in_(chunk)).order_by(Client.id)
        ):
            if phone is not None:
                found.setdefault(phone, name)
    return found
