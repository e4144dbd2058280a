"""For `python -m bench ui`: a desk that says when its main window is on screen, and stops there.

The benchmark times the real `studio-desk` command from its process start to that line, the same
way for a desk started from a virtual environment and for the bundle, which runs none of the
benchmark's Python. Nothing else sets the variable; without it the desk goes on as ever.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bench.ui reads the names below in processes that never load Qt
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

QUIT_WHEN_SHOWN_VAR = "STUDIO_DESK_QUIT_WHEN_SHOWN"
SHOWN_LINE = "WINDOW-SHOWN"


def quit_when_shown() -> bool:
    return os.environ.get(QUIT_WHEN_SHOWN_VAR) == "1"


def report_when_shown(app: QCoreApplication, window: QWidget, timeout_s: float = 60.0) -> int:
    """Print SHOWN_LINE once the window is exposed and painted; the exit code."""
    deadline = time.monotonic() + timeout_s
    while (handle := window.windowHandle()) is None or not handle.isExposed():
        if time.monotonic() > deadline:
            print("studio-desk: the main window was never shown", file=sys.stderr)
            return 1
        app.processEvents()
    app.processEvents()  # the first paint
    print(SHOWN_LINE, flush=True)
    return 0
