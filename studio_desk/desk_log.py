"""The desk's log file: unexpected errors and what the desk did about them, for whoever looks
after the PC. It rotates, so that a desk left running for years never fills the disk: at 1 MB
the file becomes studio-desk.log.1 (the older ones move up to .5, the oldest is dropped).

No Qt here: a message written before the window exists (why Qt could not start) goes in too.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

LOG_NAME = "studio-desk.log"
MAX_BYTES = 1_000_000  # small enough to attach to an email
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: RotatingFileHandler | None = None
_level_before = logging.WARNING  # the root logger's level before start_log, for stop_log


def log_folder() -> Path:
    """The user's log folder (~/.local/state/studio-desk/log on Linux)."""
    return platformdirs.user_log_path("studio-desk", appauthor=False)


def log_file(folder: Path | None = None) -> Path:
    return (folder or log_folder()) / LOG_NAME


def log_started() -> bool:
    return _handler is not None


def current_log_file() -> Path:
    """The file the desk writes its log to now; before the log is started, where it will."""
    return Path(_handler.baseFilename) if _handler is not None else log_file()


def start_log(folder: Path | None = None, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> Path:
    """Write the desk's records (INFO and above) to its log file in `folder` (the user's log
    folder if None) from now on; returns the file. Started again, it moves to the new file."""
    global _handler, _level_before
    path = log_file(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    stop_log()
    root = logging.getLogger()
    _level_before = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _handler = handler
    return path


def stop_log() -> None:
    """Close the log file (a test's folder can then be removed, also on Windows)."""
    global _handler
    if _handler is not None:
        root = logging.getLogger()
        root.removeHandler(_handler)
        root.setLevel(_level_before)
        _handler.close()
        _handler = None
