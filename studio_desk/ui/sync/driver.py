"""The desk's periodic web sync: one round every few seconds while sync is on, off the GUI thread.

A round is network work, so it runs through the desk's TaskRunner like any slow call, and
never two at once: a tick that comes while a round is still out is skipped (the next tick
catches up). While sync is off the timer is stopped, so nothing at all happens. The settings
dialog hands a saved configuration to `apply_config`; tests call `tick()` themselves.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from studio_desk.services import Change, ChangeKind, sync
from studio_desk.ui.kit.desk import Desk

log = logging.getLogger(__name__)


def changed_anything(report: sync.SyncReport) -> bool:
    """Whether the round changed bookings the desk's views show."""
    return any((report.pulled_new, report.pulled_updated, report.sent, report.refused, report.conflicts))


class SyncDriver(QObject):
    sig_round_started = Signal()
    sig_round_finished = Signal(object)  # sync.SyncReport
    sig_round_failed = Signal(str)  # what to tell the person
    sig_config_changed = Signal(object)  # sync.SyncConfig

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.config: sync.SyncConfig | None = None
        self.running = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)

    @property
    def is_on(self) -> bool:
        return self.config is not None and self.config.is_on

    def start(self) -> None:
        """Read the configuration and, if sync is on, start ticking."""
        self.reload_config()

    def stop(self) -> None:
        self.timer.stop()

    def reload_config(self) -> None:
        self.desk.read(sync.get_sync_config, self.apply_config, self._config_unreadable)

    def apply_config(self, config: sync.SyncConfig) -> None:
        self.config = config
        if config.is_on:
            interval = config.every_seconds * 1000
            if not self.timer.isActive() or self.timer.interval() != interval:
                self.timer.start(interval)
        else:
            self.timer.stop()
        self.sig_config_changed.emit(config)

    def _config_unreadable(self, message: str) -> None:
        # The offline banner tells the person; the timer keeps its last setting until it reads.
        log.info("sync settings not read: %s", message)

    def tick(self) -> None:
        """What the timer does: a round, if sync is on and none is running."""
        if self.is_on and not self.running:
            self._run_round()

    def sync_now(self) -> bool:
        """One round at once, whatever the timer; False when one is running already (its report
        arrives through `sig_round_finished` as usual)."""
        if self.running:
            return False
        self._run_round()
        return True

    def _run_round(self) -> None:
        self.running = True
        self.sig_round_started.emit()
        self.desk.read(sync.run_sync_once, self._finished, self._failed, network=True)

    def _finished(self, report: sync.SyncReport) -> None:
        self.running = False
        if changed_anything(report):
            # Written under this desk's name, so its own watcher stays quiet: say so here.
            self.desk.announce(Change.of_kinds(ChangeKind.BOOKINGS, ChangeKind.SYNC))
        self.sig_round_finished.emit(report)

    def _failed(self, message: str) -> None:
        self.running = False
        # Most likely another desk turned sync off: read again, so the timer follows.
        self.reload_config()
        self.sig_round_failed.emit(message)
