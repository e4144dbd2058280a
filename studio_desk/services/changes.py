"""Noticing changes that other writers make, as `Change` values: PostgreSQL's NOTIFY, SQLite's journal.

`ChangeWatcher` runs on its own thread with its own connection and calls `on_change(change)`
soon after another desk, the sync of another desk, a command or raw SQL commits a change to what
the desk shows; the notes of migration 0006's triggers say what changed. The desk's own commits
are left out (it knows what it just did). A burst of notes comes as one merged `Change`. On
PostgreSQL its listening connection also tells whether the server is there:
`on_connection(False, why)` when it is lost, `on_connection(True, "")` and a `Change` of
everything when it is back, so nothing missed goes unseen. The callbacks run on the watcher's
thread: a GUI must hand them to its own thread.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable
from zoneinfo import ZoneInfo

from studio_desk.db import Database
from studio_desk.services.change import Change, Notice
from studio_desk.services.change_journal import NotesAfter, newest_note
from studio_desk.services.errors import DomainError
from studio_desk.services.setup.settings import get_settings

CHANNEL = "studio_desk_changes"  # migration 0006's triggers notify on it
# SQLite has no notices: the watcher asks the file this often whether anyone committed.
POLL_SECONDS = 0.2
LISTENER_SUFFIX = "listening"
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
        on_change: Callable[[Change], None],
        on_connection: Callable[[bool, str], None] = lambda online, why: None,
    ) -> None:
        self.db = db
        self.on_change = on_change
        self.on_connection = on_connection
        self._stop = threading.Event()
        # Set once the watcher hears every commit from then on: what was committed before it
        # is not reported (a desk reads its data after starting the watcher).
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None
        self._zone: ZoneInfo | None = None

    @property
    def listener_name(self) -> str:
        """The listening connection's application_name, as pg_stat_activity shows it."""
        return f"{self.db.writer_name} {LISTENER_SUFFIX}"

    def start(self) -> None:
        watch = self._watch_postgresql if self.db.backend == "postgresql" else self._watch_sqlite
        self._thread = threading.Thread(target=watch, name="studio-desk-changes", daemon=True)
        self._thread.start()

    def wait_listening(self, timeout: float) -> bool:
        """Whether the watcher hears every commit from now on (waiting up to `timeout` seconds)."""
        return self._listening.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2 * max(POLL_SECONDS, RECONNECT_SECONDS))

    # SQLite ----------------------------------------------------------------------------------

    def _watch_sqlite(self) -> None:
        # data_version changes when another connection commits: this one must stay open.
        connection = sqlite3.connect(str(self.db.url.database), check_same_thread=False)
        try:
            last_version, last_note = None, newest_note(connection)
            self._listening.set()
            while not self._stop.wait(POLL_SECONDS):
                try:
                    version = connection.execute("PRAGMA data_version").fetchone()[0]
                    if version == last_version:
                        continue
                    notes = NotesAfter(connection, last_note, self.db.writer_name)
                except sqlite3.Error:
                    continue  # a moment of contention; ask again next time
                last_version, last_note = version, notes.newest
                if notes.lost:
                    self.on_change(Change.of_everything())
                elif notes.notices:
                    self._report(notes.notices)
        finally:
            connection.close()

    # PostgreSQL ------------------------------------------------------------------------------

    def _watch_postgresql(self) -> None:
        # Here, not at the top: a desk on a SQLite file never loads the PostgreSQL driver.
        import psycopg

        online = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self.db.libpq_conninfo(), autocommit=True, connect_timeout=5,
                    application_name=self.listener_name,
                ) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    if not online:
                        online = True
                        self.on_connection(True, "")
                        self.on_change(Change.of_everything())  # whatever happened while it was away
                    while not self._stop.is_set():
                        payloads = [n.payload for n in connection.notifies(timeout=RECONNECT_SECONDS, stop_after=1)]
                        # The rest of a burst is there already: drain it, to report it once.
                        payloads += [n.payload for n in connection.notifies(timeout=0)]
                        notices = [
                            notice for payload in payloads
                            if (notice := parse_payload(payload, self.db.writer_name)) is not None
                        ]
                        if notices:
                            self._report(notices)
                        # Ask the server, so that a dead connection shows within a second.
                        connection.execute("SELECT 1")
            except psycopg.Error:
                if online:
                    online = False
                    self.on_connection(False, OFFLINE_MESSAGE)
                self._stop.wait(RECONNECT_SECONDS)

    # Both -------------------------------------------------------------------------------------

    def _report(self, notices: Iterable[Notice]) -> None:
        zone = self._studio_zone()
        if zone is None:
            self.on_change(Change.of_everything())  # no days without the zone: play safe
        else:
            self.on_change(Change.merged(notice.change(zone) for notice in notices))

    def _studio_zone(self) -> ZoneInfo | None:
        # The zone cannot change once there are bookings (update_settings), so read it once.
        if self._zone is None:
            try:
                self._zone = get_settings(self.db).zone
            except DomainError:
                return None
        return self._zone


def parse_payload(payload: str, own_writer: str) -> Notice | None:
    """The notice a PostgreSQL trigger sent (migration 0006); None when `own_writer` wrote it.
    A payload that does not parse names no table this version knows: its scope is everything."""
    try:
        facts = json.loads(payload)
        if facts.get("a") == own_writer:
            return None
        return Notice(
            table=str(facts["t"]),
            booking_id=facts.get("b"),
            coach_ids=tuple(facts.get("c", ())),
            starts=tuple(facts.get("s", ())),
            days=tuple(facts.get("d", ())),
            key=facts.get("k"),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return Notice(table="")
