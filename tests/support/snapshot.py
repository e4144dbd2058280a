"""Every row of every table, to show that a refused action wrote nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text

from studio_desk.db import Database
from studio_desk.models import Base


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.engine.connect() as connection:
        return {
            table.name: sorted((tuple(row) for row in connection.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


def wipe_bookings(db: Database) -> None:
    """Empty the bookings and everything hanging off them, between examples of one test.

    Payment lines and the history are append-only (migrations 0004 and 0012): the guards are
    lifted for this one transaction only, the way an administrator would, and are back in
    place after it.
    """
    tables = ("status_changes", "payments", "outbox_items", "web_conflicts", "bookings")
    guard_rows = text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        " AND (name LIKE 'trg_payments_append_only%' OR name LIKE 'trg_status_changes_append_only%')"
    )
    with db.engine.begin() as connection:
        guards = []
        if db.backend == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            guards = list(connection.execute(guard_rows))
            for name, _ in guards:
                connection.execute(text(f"DROP TRIGGER {name}"))
        for table in tables:
            connection.execute(text(f"DELETE FROM {table}"))
        for _, sql in guards:
            connection.execute(text(sql))


class Unchanged:
    """Whether a database is still as it was, asked after each of thousands of calls: the full
    snapshot is compared only when a cheap sign says something may have been committed since
    the last look. The sign is read on a connection of this object's own:
    - SQLite: `PRAGMA data_version`, which moves when another connection commits a change;
    - PostgreSQL: the next transaction id, which any write anywhere on the server moves (a
      read-only transaction takes none). Other databases on the server move it too; then the
      snapshot decides, so the answer is exact either way."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.connection = db.engine.connect()
        self.mark = self._mark()  # before the rows: a write after it moves the sign
        self.rows = snapshot(db)

    def _mark(self) -> object:
        if self.db.backend == "sqlite":
            sign = "PRAGMA data_version"
        else:
            sign = "SELECT pg_snapshot_xmax(pg_current_snapshot())::text"
        try:
            return self.connection.exec_driver_sql(sign).scalar()
        finally:
            self.connection.rollback()  # no transaction held open between looks

    def holds(self) -> bool:
        mark = self._mark()
        if mark == self.mark:
            return True
        same = snapshot(self.db) == self.rows
        if same:
            self.mark = mark  # a change elsewhere (another database, a rolled-back write)
        return same

    def close(self) -> None:
        self.connection.close()
