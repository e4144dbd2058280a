"""A desk as the refresh benchmark runs it: the real main window offscreen, on the real threaded
TaskRunner, its reads counted by view, other desks' changes coming in through LiveRefresh.

The real TaskRunner, not the synchronous one of the widget tests: answers come back through the
event loop as at a real desk, so a round whose answer is overtaken by a newer one is dropped
there and never asks its follow-up query. That is what the desk does; the synchronous runner
would count the follow-ups of rounds a real desk never finishes.

Qt is imported here, so bench/__main__ (which every benchmark's spawned process imports) must
import this module only inside functions.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from bench.common import BenchError
from bench.view_reads import LiveViews, ViewReads
from studio_desk.services import Actor, Database
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.live_refresh import LiveRefresh
from studio_desk.ui.kit.tasks import TaskRunner
from studio_desk.ui.main_window import MainWindow
from tests.support.ui import ScriptedPrompts

# Reads and answers have stopped once the task runner has been idle this long.
QUIET_S = 0.25
WAIT_LIMIT_S = 30.0


def qt_app() -> QApplication:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    return app


@dataclass
class OpenDesk:
    desk: Desk
    window: MainWindow
    reads: ViewReads
    views: LiveViews
    live: LiveRefresh
    prompts: ScriptedPrompts


@contextmanager
def open_desk(db: Database, actor: Actor, settings_file: Path, tab: int) -> Iterator[OpenDesk]:
    """A signed-in desk's main window on `tab`, shown, listening to other desks; closed after."""
    qt_app()
    prompts = ScriptedPrompts()  # a message box offscreen would wait for a click forever
    desk = Desk(db, TaskRunner(), prompts)
    desk.set_actor(actor)
    window = MainWindow(desk, QSettings(str(settings_file), QSettings.Format.IniFormat))
    window.tabs.setCurrentIndex(tab)
    reads = ViewReads(desk)
    window.show()
    live = LiveRefresh(desk)
    live.start()
    try:
        yield OpenDesk(desk, window, reads, LiveViews(window), live, prompts)
    finally:
        live.stop()
        window.close()
        desk.tasks.wait_for_done(10_000)
        QApplication.processEvents()
        window.deleteLater()
        QApplication.processEvents()


def wait_until(done: Callable[[], bool], what: str, limit_s: float = WAIT_LIMIT_S) -> None:
    """Run the event loop until `done()`; BenchError after `limit_s`."""
    deadline = time.monotonic() + limit_s
    while not done():
        if time.monotonic() > deadline:
            raise BenchError(f"gave up waiting {limit_s:g} s for {what}")
        QApplication.processEvents()
        time.sleep(0.002)


def run_for(seconds: float) -> None:
    """Run the event loop for `seconds`, whatever happens."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)


def settle(desk: Desk) -> None:
    """Run the event loop until the desk has read and shown everything it asked for."""
    idle_since: list[float] = []

    def quiet() -> bool:
        if desk.tasks.busy:
            idle_since.clear()
            return False
        if not idle_since:
            idle_since.append(time.monotonic())
        return time.monotonic() - idle_since[0] >= QUIET_S

    wait_until(quiet, "the desk's reads to finish")
