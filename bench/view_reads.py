"""A desk's database reads, told apart by the live view that asked for each, for the refresh benchmark.

`ViewReads` wraps `desk.read`, as tests/ui/test_live_view.py's ReadCounter does, and notes the
time of each read and the view it is for: the nearest object on the calling stack that owns a
`LiveView`, or one of its Qt parents that does (a view's table model reads for its page). A
read nobody's view asked for is noted as OTHER.

`LiveViews` says which views a window has, which of them are showing, and how many rounds
each has read (a round is one refresh; the calendar's takes two queries, coaches then day).

Qt is imported here, so only the benchmark's desk processes and its one-desk part import this.
"""

from __future__ import annotations

import inspect
import time
from collections import Counter
from collections.abc import Callable
from types import FrameType
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from studio_desk.services import Database
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.live_view import LiveView, showing

OTHER = "(no view)"


class ViewReads:
    def __init__(self, desk: Desk) -> None:
        self.log: list[tuple[float, str]] = []  # (time.monotonic(), view), in the order asked
        real = desk.read

        def counted(work: Callable[[Database], Any], *args: Any, **kwargs: Any) -> None:
            self.log.append((time.monotonic(), asking_view(inspect.currentframe())))
            real(work, *args, **kwargs)

        desk.read = counted  # type: ignore[method-assign]

    def since(self, start: int, end: int | None = None) -> Counter[str]:
        """Reads by view from position `start` of the log on (up to `end`)."""
        return Counter(view for _, view in self.log[start:end])


def asking_view(frame: FrameType | None) -> str:
    while frame is not None:
        owner = frame.f_locals.get("self")
        if isinstance(owner, QObject) and shiboken6.isValid(owner):
            view = _view_of(owner)
            if view is not None:
                return view_name(view)
        frame = frame.f_back
    return OTHER


def _view_of(thing: QObject) -> QObject | None:
    current: QObject | None = thing
    while current is not None:
        if isinstance(current, LiveView):
            return current.parent()
        if any(isinstance(child, LiveView) for child in current.children()):
            return current
        current = current.parent()
    return None


def view_name(view: QObject | None) -> str:
    return type(view).__name__


class LiveViews:
    """The live views under a window, as a person would find them now."""

    def __init__(self, window: QWidget) -> None:
        self.window = window

    def all(self) -> list[LiveView]:
        return list(self.window.findChildren(LiveView))

    def showing(self) -> frozenset[str]:
        return frozenset(view_name(live.parent()) for live in self.all() if _shows(live))

    def hidden(self) -> frozenset[str]:
        return frozenset(view_name(live.parent()) for live in self.all()) - self.showing()

    def rounds(self) -> Counter[str]:
        counted: Counter[str] = Counter()
        for live in self.all():
            counted[view_name(live.parent())] += live.rounds
        return counted


def _shows(live: LiveView) -> bool:
    widget = live.parent()
    return isinstance(widget, QWidget) and showing(widget)
