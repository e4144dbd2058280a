"""The desk on a real X server (Xvfb), with Qt's X11 platform plugin (xcb) as on a receptionist's
PC: it opens its window when the README's libraries are there, and when one cannot be loaded it
names it and its package instead of Qt's abort (exit 134)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio_desk.platform_check import PLATFORM_MISSING_EXIT
from tests.support.backends import sqlite_copy
from tests.support.display import visible_windows, xvfb

WINDOW_TIMEOUT_S = 60.0  # a loaded 2-core CI machine; it takes about a second here
ABORTED = (134, -signal.SIGABRT)


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name


@pytest.fixture
def database(sqlite_template: tuple[Path, object], tmp_path: Path) -> str:
    return str(sqlite_copy(sqlite_template[0], tmp_path / "studio.sqlite3").database)


def on_the_display(display: str, tmp_path: Path, **more: str) -> dict[str, str]:
    """The environment of a desk started on `display` the way a person's session starts it:
    no QT_QPA_PLATFORM, so Qt picks xcb; its own log folder; English."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "LC_ALL", "LANGUAGE")}
    return env | {"DISPLAY": display, "XDG_STATE_HOME": str(tmp_path / "state"), "LANG": "C.UTF-8"} | more


def log_text(tmp_path: Path) -> str:
    log = tmp_path / "state" / "studio-desk" / "log" / "studio-desk.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def unloadable(tmp_path: Path, *sonames: str) -> str:
    """A folder for LD_LIBRARY_PATH in which each of `sonames` is an empty file: the dynamic
    loader looks there first, finds a file too short to be a library and gives up on it, as on
    a PC without that library."""
    folder = tmp_path / "unloadable"
    folder.mkdir()
    for soname in sonames:
        (folder / soname).write_bytes(b"")
    return str(folder)


def test_the_desk_opens_its_window_under_xvfb(display: str, database: str, tmp_path: Path) -> None:
    desk = subprocess.Popen(
        [sys.executable, "-m", "studio_desk", "--db", database],
        env=on_the_display(display, tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        # The main window shows first, then asks who is at the desk.
        deadline = time.monotonic() + WINDOW_TIMEOUT_S
        while not visible_windows(display, "^Sign in"):
            if desk.poll() is not None or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        shown = {title: bool(visible_windows(display, title)) for title in ("^Studio Desk$", "^Sign in")}
        still_running = desk.poll() is None
    finally:
        desk.terminate()
        _, errors = desk.communicate(timeout=30)
    assert still_running and all(shown.values()), f"{shown} (exit {desk.returncode}): {errors[-2000:]}"
    assert "Could not load the Qt platform plugin" not in errors


def test_a_library_that_cannot_load_is_named_instead_of_the_qt_abort(
    display: str, database: str, tmp_path: Path
) -> None:
    env = on_the_display(display, tmp_path, LD_LIBRARY_PATH=unloadable(tmp_path, "libxcb-icccm.so.4"))
    # The trick works: Qt itself, without the desk's check, aborts on it.
    bare_qt = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert bare_qt.returncode in ABORTED, bare_qt.stderr
    assert 'Could not load the Qt platform plugin "xcb"' in bare_qt.stderr

    desk = subprocess.run(
        [sys.executable, "-m", "studio_desk", "--db", database],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert desk.returncode == PLATFORM_MISSING_EXIT, desk.stderr
    assert desk.stderr.startswith("studio-desk: the desk cannot open its window:"), desk.stderr
    assert "libxcb-icccm.so.4" in desk.stderr and "libxcb-icccm4" in desk.stderr
    assert "sudo apt-get install" in desk.stderr
    assert "Aborted" not in desk.stderr and "qt.qpa" not in desk.stderr
    assert len(desk.stderr.strip().splitlines()) == 1, desk.stderr
    assert "libxcb-icccm4" in log_text(tmp_path)
