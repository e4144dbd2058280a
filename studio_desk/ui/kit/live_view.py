"""Live data on a screen: the one way a view keeps what it shows up to date.

A `LiveView` ties a widget's refresh to the desk's change notices. It

- reads when the widget is shown and has not read since it last went stale;
- reads again when a change concerns it (`concerns(change)`), at once when the widget is
  showing, and otherwise marks it stale, so a hidden tab reads nothing until it is shown;
- drops answers that arrive late: `read` hands a view only the answers of its newest round;
- stops with the widget: it is the widget's child, so it is deleted (and disconnected) with it,
  and an answer for a deleted widget is dropped.

A view calls `live.refresh()` when its own question changes (another day, another filter), and
uses `live.read(...)` inside its refresh function instead of `desk.read`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from studio_desk.services import Change, Database
from studio_desk.ui.kit.desk import Desk

T = TypeVar("T")


def showing(widget: QWidget) -> bool:
    """Shown, or shown as soon as its window is: no hidden tab or page between it and its window.
    A window (a dialog) counts until it is closed: it reads before it first appears."""
    if widget.isWindow():
        return widget.isVisible() or not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    return widget.isVisibleTo(widget.window())


class LiveView(QObject):
    def __init__(
        self,
        widget: QWidget,
        desk: Desk,
        refresh: Callable[[], None],
        concerns: Callable[[Change], bool],
    ) -> None:
        super().__init__(widget)
        self.desk = desk
        self._widget = widget
        self._refresh = refresh
        self._concerns = concerns
        self._stale = True
        self._round = 0
        widget.installEventFilter(self)
        desk.sig_changed.connect(self._changed)

    @property
    def rounds(self) -> int:
        """How many times it has read what it shows (a round may take several queries)."""
        return self._round

    def refresh(self) -> None:
        """Read again now if the widget is showing; otherwise when it is next shown."""
        self._stale = True
        if showing(self._widget):
            self._stale = False
            self._round += 1
            self._refresh()

    def read(
        self,
        query: Callable[[Database], T],
        show: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """`desk.read`, whose answer reaches the view only if no newer round has started and the
        widget is still there."""
        round_ = self._round

        def current() -> bool:
            return shiboken6.isValid(self) and round_ == self._round

        def answered(result: T) -> None:
            if current():
                show(result)

        def refused(message: str) -> None:
            if current():
                if failed is None:
                    self.desk.prompts.error(None, message)
                else:
                    failed(message)

        self.desk.read(query, answered, refused)

    def _changed(self, change: Change) -> None:
        if self._concerns(change):
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._widget and event.type() == QEvent.Type.Show and self._stale:
            self.refresh()
        return False
