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
