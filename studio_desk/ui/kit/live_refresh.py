"""Live refresh: other desks' changes reach this desk's views, and a lost server shows at once.

The services' ChangeWatcher runs on its own thread; this object carries the `Change` values it
reports over to the GUI thread (queued signals) and turns a burst of them into one merged
`Desk.announce`. The desk's own commits are not among them: `Desk.act` announces those.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from studio_desk.services import Change, ChangeWatcher
from studio_desk.ui.kit.desk import Desk

# Changes closer together than this refresh the views once.
SETTLE_MS = 100


class LiveRefresh(QObject):
    # Emitted from the watcher's thread; Qt delivers them on the GUI thread.
    sig_changed = Signal(object)  # services.Change
    sig_connection = Signal(bool, str)

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._announce)
        self._waiting: list[Change] = []
        self.sig_changed.connect(self._changed)
        self.sig_connection.connect(desk.set_online)
        self._watcher = ChangeWatcher(desk.db, self.sig_changed.emit, self.sig_connection.emit)

    def _changed(self, change: Change) -> None:
        self._waiting.append(change)
        if not self._settle.isActive():
            self._settle.start()

    def _announce(self) -> None:
        waiting, self._waiting = self._waiting, []
        self.desk.announce(Change.merged(waiting))

    def start(self) -> None:
        self._watcher.start()

    def stop(self) -> None:
        self._watcher.stop()
