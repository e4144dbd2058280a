"""The status bar's web sync indicator: when sync last ran, what waits, what needs a person."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from studio_desk.services import sync
from studio_desk.ui.desk import Desk

OFF = "Web sync: off"
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
    return f"{local:%H:%M}" if local.date() == today else f"{local:%d %b %H:%M}"


def count_parts(status: sync.SyncStatus) -> list[str]:
    parts = []
    if status.waiting:
        parts.append(f"{status.waiting} waiting")
    if status.problems:
        parts.append(f"{status.problems} need{'s' if status.problems == 1 else ''} you")
    return parts


def indicator_tooltip(status: sync.SyncStatus, zone: ZoneInfo, today: dt.date, shortcut: str) -> str:
    lines = []
    if not status.on:
        lines.append("Web sync is off.")
    if status.last_run_at is not None:
        lines.append(f"Last sync round: {moment_text(status.last_run_at, zone, today)}.")
    if status.on and status.last_ok_at is not None and status.last_ok_at != status.last_run_at:
        lines.append(f"Last round without problems: {moment_text(status.last_ok_at, zone, today)}.")
    if status.last_error:
        lines.append(f"Last problem: {status.last_error}")
    if status.waiting:
        lines.append(f"{status.waiting} change(s) waiting to be sent to the web platform.")
    if status.problems:
        lines.append(f"{status.problems} booking(s) need a person to decide about the web platform.")
    lines.append(f"Click to open the web sync settings{f' ({shortcut})' if shortcut else ''}.")
    return "\n".join(lines)


class SyncIndicator(QLabel):
    """Reads `sync_status` off the GUI thread after every change and every sync round."""

    sig_clicked = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, shortcut: str = "") -> None:
        super().__init__(OFF, parent)
        self.desk = desk
        self.shortcut = shortcut
        self.status: sync.SyncStatus | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"Web sync is off. Click to set it up{f' ({shortcut})' if shortcut else ''}.")
        desk.bookings_changed.connect(self.refresh)

    def refresh(self) -> None:
        # A database that stopped answering is the offline banner's news, not this label's.
        self.desk.read(sync.sync_status, self.show_status, lambda _message: None)

    def show_status(self, status: sync.SyncStatus) -> None:
        self.status = status
        zone, today = self.desk.settings.zone, self.desk.today()
        if not status.on:
            head = OFF
        elif status.last_error:
            gist = QFontMetrics(self.font()).elidedText(
                short_error(status.last_error), Qt.TextElideMode.ElideRight, ERROR_WIDTH
            )
            head = f"Web sync: {gist}"
        elif status.last_run_at is None:
            head = "Web sync: on, not run yet"
        else:
            head = f"Web sync: {moment_text(status.last_run_at, zone, today)}"
        self.setText(" · ".join([head, *count_parts(status)]))
        self.setToolTip(indicator_tooltip(status, zone, today, self.shortcut))
        troubled = status.problems or (status.on and status.last_error)
        self.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: 600;" if troubled else "")

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit()
        super().mousePressEvent(event)
