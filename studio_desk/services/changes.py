"""Noticing changes that other desks make: PostgreSQL's LISTEN/NOTIFY, SQLite's data_version.

`ChangeWatcher` runs on its own thread with its own connection and calls `on_change` soon after
any other desk (or this one) commits a change to what the desk shows. On PostgreSQL its listening
connection also tells whether the server is there: `on_connection(False, why)` when it is lost,
`on_connection(True, "")` and one `on_change` when it is back, so nothing missed goes unseen.
The callbacks run on the watcher's thread: a GUI must hand them to its own thread.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable

import psycopg

from studio_desk.db import Database

CHANNEL = "studio_desk_changes"  # migration 0003's triggers notify on it
# SQLite has no notices: the watcher asks the file this often whether anyone committed.
POLL_SECONDS = 0.2
# How soon a lost PostgreSQL server is tried again.
RECONNECT_SECONDS = 1.0
OFFLINE_MESSAGE = (
    "The database server cannot be reached. Nothing can be saved until it is back; "
    "the desk carries on by itself then."
)


class ChangeWatcher:
    def __init__(
        self,
        db: Database,
        on_change: Callable[[], None],
        on_connection: Callable[[bool, str], None] = lambda online, why: None,
    ) -> None:
        self.db = db
        self.on_change = on_change
        self.on_connection = on_connection
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        watch = self._watch_postgresql if self.db.backend == "postgresql" else self._watch_sqlite
        self._thread = threading.Thread(target=watch, name="studio-desk-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2 * max(POLL_SECONDS, RECONNECT_SECONDS))

    # SQLite ----------------------------------------------------------------------------------

    def _watch_sqlite(self) -> None:
        # data_version changes when another connection commits: this one must stay open.
        connection = sqlite3.connect(str(self.db.url.database), check_same_thread=False)
        try:
            last = None
            while not self._stop.wait(POLL_SECONDS):
                try:
                    version = connection.execute("PRAGMA data_version").fetchone()[0]
                except sqlite3.Error:
                    continue  # a moment of contention; ask again next time
                if last is not None and version != last:
                    self.on_change()
                last = version
        finally:
            connection.close()

    # PostgreSQL ------------------------------------------------------------------------------

    def _watch_postgresql(self) -> None:
        online = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self.db.libpq_conninfo(), autocommit=True, connect_timeout=5
                ) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    if not online:
                        online = True
                        self.on_connection(True, "")
                        self.on_change()  # whatever happened while it was away
                    while not self._stop.is_set():
                        for _ in connection.notifies(timeout=RECONNECT_SECONDS, stop_after=1):
                            self.on_change()
                        # Ask the server, so that a dead connection shows within a second.
                        connection.execute("SELECT 1")
            except psycopg.Error:
                if online:
                    online = False
                    self.on_connection(False, OFFLINE_MESSAGE)
                self._stop.wait(RECONNECT_SECONDS)
