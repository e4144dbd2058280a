"""The one way the desk runs slow work (database calls, later the network) off the GUI thread.

`TaskRunner.run(work, on_done, on_failed)` calls `work()` on a QThreadPool thread and then
`on_done(result)` or `on_failed(error)` on the GUI thread, through a queued signal.

The rule: `work` never touches a widget. It runs on a worker thread, where Qt widgets may
crash the program; it only calls services and returns plain values. Everything a person sees
changes in `on_done` / `on_failed`.

Tests build the runner with `synchronous=True`: `work` then runs at once on the calling
thread and the callbacks follow immediately, so a test reads the outcome on the next line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry a worker's outcome back there."""

    finished = Signal(object, object)  # (result, error)

    def __init__(self, on_done: Done, on_failed: Failed) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        try:
            if isinstance(error, Exception):
                self._on_failed(error)
            else:
                self._on_done(result)
        except RuntimeError as problem:
            # The window that asked was closed (and deleted) while the work ran: nobody is
            # left to show the answer to. The work itself has finished or rolled back.
            if "already deleted" not in str(problem):
                raise
            log.info("dropped a result for a closed window: %s", problem)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to on_failed on the GUI thread
            self._relay.finished.emit(None, error)
        else:
            self._relay.finished.emit(result, None)


class TaskRunner(QObject):
    """Runs work off the GUI thread (or at once, in tests) and reports back on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, *, synchronous: bool = False, threads: int = 2, parent: QObject | None = None) -> None:
        """`threads`: the database allows one writer at a time on SQLite, so a couple is plenty;
        the desk's network runner has one."""
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._running: set[_Relay] = set()

    def run(self, work: Callable[[], T], on_done: Callable[[T], None], on_failed: Failed) -> None:
        if self.synchronous:
            try:
                result = work()
            except Exception as error:
                on_failed(error)
            else:
                on_done(result)
            return
        relay: _Relay

        def done(result: Any) -> None:
            self._finish(relay)
            on_done(result)

        def failed(error: Exception) -> None:
            self._finish(relay)
            on_failed(error)

        relay = _Relay(done, failed)
        self._running.add(relay)  # kept alive until it has delivered
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay))

    def _finish(self, relay: _Relay) -> None:
        self._running.discard(relay)
        relay.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for shutting down and for tests of the real pool)."""
        return self._pool.waitForDone(msecs)
