"""The desk's minute timer: it releases stale holds, then writes off the sessions left on packs
whose days have ended, then makes the timetable's classes for the weeks to come; once at start,
then every minute, off the GUI thread.

Every open desk ticks; each service lets one desk at a time do its work (a lease, as sync) and
the others get 0. A tick that comes while the last one is still out is skipped. A failure
(the database offline) says nothing here: the offline banner tells the person, and the next
minute tries again; the packs are still asked when the holds failed. Tests call `tick()`
themselves.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from studio_desk import services
from studio_desk.services import Change, ChangeKind
from studio_desk.ui.kit.desk import Desk

log = logging.getLogger(__name__)

EVERY_MS = 60_000


class HoldExpiry(QObject):
    sig_released = Signal(int)  # how many holds this desk just released
    sig_packs_expired = Signal(int)  # how many packs this desk just wrote off
    sig_classes_scheduled = Signal(int)  # how many classes this desk just put on the calendar

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        """What the timer does: release the stale holds, then expire the packs whose days have
        ended, unless the last tick is still out."""
        if self.running:
            return
        self.running = True
        self.desk.read(services.release_stale_holds, self._released, self._failed)

    def _released(self, count: int) -> None:
        if count:
            # Written by the system, not by a person here: tell this desk's views ourselves.
            # A freed place in a class may have moved a waitlist up.
            self.desk.announce(Change.of_kinds(ChangeKind.BOOKINGS, ChangeKind.CLASSES))
            self.sig_released.emit(count)
        self._expire_packs()

    def _failed(self, message: str) -> None:
        log.info("stale holds not released, trying again next minute: %s", message)
        self._expire_packs()

    def _expire_packs(self) -> None:
        self.desk.read(services.release_expired_packs, self._packs_expired, self._packs_failed)

    def _packs_expired(self, count: int) -> None:
        if count:
            self.desk.announce(Change.of_kinds(ChangeKind.PACKS))
            self.sig_packs_expired.emit(count)
        self._schedule_classes()

    def _packs_failed(self, message: str) -> None:
        log.info("expired packs not written off, trying again next minute: %s", message)
        self._schedule_classes()

    def _schedule_classes(self) -> None:
        self.desk.read(services.keep_timetable_scheduled, self._classes_scheduled, self._classes_failed)

    def _classes_scheduled(self, count: int) -> None:
        self.running = False
        if count:
            self.desk.announce(Change.of_kinds(ChangeKind.CLASSES))
            self.sig_classes_scheduled.emit(count)

    def _classes_failed(self, message: str) -> None:
        self.running = False
        log.info("the timetable's classes not made, trying again next minute: %s", message)
