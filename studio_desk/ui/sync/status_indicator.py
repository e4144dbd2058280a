"""The status bar's web sync indicator: when sync last ran, what waits, what needs a person."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from studio_desk.services import Change, ChangeKind, sync
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.messages import service_words

OFF = "Web sync: off"  # the English text; shown through tr() (see SyncIndicator)
# The status bar is shared with the person and the database; an error gets this much of it.
ERROR_WIDTH = 380
PROBLEM_COLOUR = "#7a1f1f"


def short_error(error: str) -> str:
    """The gist of a sync error for the status bar; the whole of it goes in the tooltip.

    The service's errors read "Coach Smith: Cannot reach the web platform at URL (details).";
    the bar keeps the first sentence without who, where and details: "cannot reach the web
    platform".
    """
    text = error.strip()
    who, colon, rest = text.partition(": ")
    if colon and rest and len(who) <= 40:
        text = rest
    # The address and the technical details are for the tooltip.
    text = re.split(r" \(| at https?://|\. ", text, maxsplit=1)[0].rstrip(".")
    if len(text) > 1 and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def moment_text(moment: dt.datetime, zone: ZoneInfo, today: dt.date) -> str:
    local = moment.astimezone(zone)
    if local.date() == today:
        return formats.time(local)
    return f"{QLocale().toString(QDate(local.year, local.month, local.day), 'dd MMM')} {formats.time(local)}"


def count_parts(status: sync.SyncStatus) -> list[str]:
    parts = []
    if status.waiting:
        parts.append(
            QCoreApplication.translate("sync_status", "{count} waiting").format(count=status.waiting)
        )
    if status.problems == 1:
        parts.append(QCoreApplication.translate("sync_status", "1 needs you"))
    elif status.problems:
        parts.append(
            QCoreApplication.translate("sync_status", "{count} need you").format(count=status.problems)
        )
    return parts


def indicator_tooltip(status: sync.SyncStatus, zone: ZoneInfo, today: dt.date, shortcut: str) -> str:
    lines = []
    if not status.on:
        lines.append(QCoreApplication.translate("sync_status", "Web sync is off."))
    if status.last_run_at is not None:
        lines.append(
            QCoreApplication.translate("sync_status", "Last sync round: {moment}.").format(
                moment=moment_text(status.last_run_at, zone, today)
            )
        )
    if status.on and status.last_ok_at is not None and status.last_ok_at != status.last_run_at:
        lines.append(
            QCoreApplication.translate("sync_status", "Last round without problems: {moment}.").format(
                moment=moment_text(status.last_ok_at, zone, today)
            )
        )
    if status.last_error:
        lines.append(
            QCoreApplication.translate("sync_status", "Last problem: {problem}").format(
                problem=service_words(status.last_error)
            )
        )
    if status.waiting:
        lines.append(
            QCoreApplication.translate(
                "sync_status", "{count} change(s) waiting to be sent to the web platform."
            ).format(count=status.waiting)
        )
    if status.problems:
        lines.append(
            QCoreApplication.translate(
                "sync_status", "{count} booking(s) need a person to decide about the web platform."
            ).format(count=status.problems)
        )
    if shortcut:
        lines.append(
            QCoreApplication.translate(
                "sync_status", "Click to open the web sync settings ({shortcut})."
            ).format(shortcut=shortcut)
        )
    else:
        lines.append(QCoreApplication.translate("sync_status", "Click to open the web sync settings."))
    return "\n".join(lines)


class SyncIndicator(QLabel):
    """Reads `sync_status` off the GUI thread after every change and every sync round."""

    sig_clicked = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, shortcut: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.shortcut = shortcut
        self.status: sync.SyncStatus | None = None
        self.setText(self.tr("Web sync: off"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if shortcut:
            self.setToolTip(
                self.tr("Web sync is off. Click to set it up ({shortcut}).").format(shortcut=shortcut)
            )
        else:
            self.setToolTip(self.tr("Web sync is off. Click to set it up."))
        self.live = LiveView(self, desk, self._load, self._concerns)

    def refresh(self) -> None:
        self.live.refresh()

    def _concerns(self, change: Change) -> bool:
        # While sync is off a booking changes nothing here; while on, what waits for the web does.
        sync_on = self.status is None or self.status.on
        watched = {ChangeKind.SYNC, ChangeKind.BOOKINGS} if sync_on else {ChangeKind.SYNC}
        return bool(change.kinds & watched)

    def _load(self) -> None:
        # A database that stopped answering is the offline banner's news, not this label's.
        self.live.read(sync.sync_status, self.show_status, lambda _message: None)

    def show_status(self, status: sync.SyncStatus) -> None:
        self.status = status
        zone, today = self.desk.settings.zone, self.desk.today()
        if not status.on:
            head = self.tr("Web sync: off")
        elif status.last_error:
            gist = QFontMetrics(self.font()).elidedText(
                short_error(service_words(status.last_error)), Qt.TextElideMode.ElideRight, ERROR_WIDTH
            )
            head = self.tr("Web sync: {problem}").format(problem=gist)
        elif status.last_run_at is None:
            head = self.tr("Web sync: on, not run yet")
        else:
            head = self.tr("Web sync: {moment}").format(moment=moment_text(status.last_run_at, zone, today))
        self.setText(" · ".join([head, *count_parts(status)]))
        self.setToolTip(indicator_tooltip(status, zone, today, self.shortcut))
        troubled = status.problems or (status.on and status.last_error)
        self.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: 600;" if troubled else "")

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit()
        super().mousePressEvent(event)
