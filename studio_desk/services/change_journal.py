"""SQLite's change journal (migration 0006): a desk stamps its own notes, prunes old ones, reads new ones.

The triggers cannot know which connection writes, so the unit of work remembers where the
journal stood when its write transaction began (writers are serialised: every later row is
its own) and stamps those rows with the desk's name just before it commits. Rows that raw SQL
or an older program wrote keep `desk` NULL, and every desk reports them.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy.orm import Session

from studio_desk.services.change import Notice

JOURNAL = "change_notices"
# Notes older than this are pruned: every desk's watcher reads them within a poll, so only a
# desk that slept longer misses some, and it notices the gap in the ids (`NotesAfter.lost`).
KEEP_SECONDS = 300
# One commit in about this many notes prunes; the journal stays a few minutes long.
PRUNE_EVERY_NOTES = 256

_POSITION = f"SELECT seq FROM sqlite_sequence WHERE name = '{JOURNAL}'"
_STAMP = f"UPDATE {JOURNAL} SET desk = ? WHERE id > ?"
_PRUNE = f"DELETE FROM {JOURNAL} WHERE noted_at < CAST(strftime('%s', 'now') AS INTEGER) - ?"
_READ = (
    f"SELECT id, table_name, booking_id, coach_id, old_coach_id, start_at, old_start_at, day, old_day,"
    f" setting_key, desk FROM {JOURNAL} WHERE id > ? ORDER BY id"
)


def journal_position(session: Session) -> int:
    """The id of the newest note ever written; inside a write transaction, every row above it
    is this transaction's."""
    position = session.connection().exec_driver_sql(_POSITION).scalar()
    return int(position or 0)


def stamp_own_notes(session: Session, desk: str, after: int) -> None:
    """Mark the notes this transaction wrote (ids above `after`) as `desk`'s, and prune the
    journal when they cross a multiple of PRUNE_EVERY_NOTES."""
    connection = session.connection()
    written = connection.exec_driver_sql(_STAMP, (desk, after)).rowcount
    # Ids of one transaction are consecutive, so the newest is after + written.
    if (after + written) // PRUNE_EVERY_NOTES > after // PRUNE_EVERY_NOTES:
        connection.exec_driver_sql(_PRUNE, (KEEP_SECONDS,))


def newest_note(connection: sqlite3.Connection) -> int:
    row = connection.execute(_POSITION).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


class NotesAfter:
    """The notes after id `last`, without those stamped by `desk`; `lost` when some were
    pruned before they were read."""

    def __init__(self, connection: sqlite3.Connection, last: int, desk: str) -> None:
        rows: list[tuple[Any, ...]] = connection.execute(_READ, (last,)).fetchall()
        self.lost = bool(rows) and rows[0][0] != last + 1
        self.newest = int(rows[-1][0]) if rows else last
        self.notices = tuple(_notice(row) for row in rows if row[-1] != desk)


def _notice(row: tuple[Any, ...]) -> Notice:
    _id, table, booking, coach, old_coach, start, old_start, day, old_day, key, _desk = row
    return Notice(
        table=table,
        booking_id=booking,
        coach_ids=(coach, old_coach),
        starts=(start, old_start),
        days=(day, old_day),
        key=key,
    )
