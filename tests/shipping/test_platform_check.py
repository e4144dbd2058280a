"""The desk names the system library it cannot load, and its package, instead of a Qt abort or
an ImportError traceback. No X server needed: the check comes before Qt talks to one (the same
under Xvfb: tests/shipping/test_xcb_start.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from studio_desk.platform_check import (
    PLATFORM_MISSING_EXIT,
    QT_ITSELF,
    platform_problem,
    xcb_is_the_platform,
)
from tests.support.backends import sqlite_copy

QT = Path(PySide6.__path__[0]) / "Qt"
ROOT = Path(__file__).resolve().parents[2]


def desk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studio_desk", *args],
        env={**os.environ, **env}, capture_output=True, text=True, timeout=60, cwd=ROOT,
    )


def empty_files(folder: Path, *sonames: str) -> str:
    """A folder for LD_LIBRARY_PATH where each soname is a file too short to be a library: the
    loader looks there first and gives up on it, as on a PC that lacks it."""
    folder.mkdir()
    for soname in sonames:
        (folder / soname).write_bytes(b"")
    return str(folder)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's X11 plugin is Linux's")
def test_a_missing_library_is_named_and_has_a_way_to_find_its_package(tmp_path: Path) -> None:
    """A copy of Qt's X11 plugin that needs libxcb-icccm.so.9, which no PC has: the same file
    with one byte of its list of libraries changed, beside PySide6's own Qt libraries."""
    plugin = (QT / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert plugin.count(b"libxcb-icccm.so.4\0") == 1
    folders = tmp_path / "plugins" / "platforms"
    folders.mkdir(parents=True)
    (folders / "libqxcb.so").write_bytes(plugin.replace(b"libxcb-icccm.so.4\0", b"libxcb-icccm.so.9\0"))
    (tmp_path / "lib").symlink_to(QT / "lib")  # the plugin's RUNPATH: $ORIGIN/../../lib

    said = platform_problem({"QT_QPA_PLATFORM": "xcb"}, [tmp_path / "plugins"])

    assert said is not None
    assert said.startswith("the desk cannot open its window: Qt's X11 plugin (xcb) needs a system library")
    assert "libxcb-icccm.so.9 (not installed)" in said
    assert "apt-file search libxcb-icccm.so.9" in said
    assert platform_problem({"QT_QPA_PLATFORM": "xcb"}, [QT / "plugins"]) is None  # the real one loads


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the dynamic loader of Linux")
def test_a_library_qt_itself_needs_is_named_instead_of_a_traceback(
    sqlite_template: tuple[Path, object], tmp_path: Path
) -> None:
    """QtGui needs libEGL.so.1 even offscreen; libX11 needs libXau.so.6 in turn."""
    database = str(sqlite_copy(sqlite_template[0], tmp_path / "studio.sqlite3").database)
    broken = empty_files(tmp_path / "unloadable", "libEGL.so.1", "libXau.so.6")
    env = {"LD_LIBRARY_PATH": broken, "XDG_STATE_HOME": str(tmp_path / "state")}
    for command in ([], ["screenshots", str(tmp_path / "pictures")]):
        done = desk("--db", database, *command, env=env)
        assert done.returncode == PLATFORM_MISSING_EXIT, done.stderr
        assert done.stderr.startswith(f"studio-desk: {QT_ITSELF} needs")
        assert "libEGL.so.1 (" in done.stderr and "libXau.so.6 (" in done.stderr
        assert "sudo apt-get install --reinstall libegl1" in done.stderr or not shutil.which("apt-get")
        assert "apt-file search libXau.so.6" in done.stderr
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's X11 plugin is Linux's")
def test_the_check_takes_a_few_milliseconds() -> None:
    """It runs at every start, just before the QApplication: its import and the check."""
    timed = subprocess.run(
        [sys.executable, "-c",
         "import time\n"
         "import studio_desk.ui.main_window  # what the desk has loaded by then\n"
         "started = time.perf_counter()\n"
         "from studio_desk.platform_check import refuse_unloadable_platform\n"
         "refuse_unloadable_platform()\n"
         "print(time.perf_counter() - started)\n"],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"}, capture_output=True, text=True, timeout=60, cwd=ROOT,
    )
    assert timed.returncode == 0, timed.stderr
    seconds = float(timed.stdout)
    print(f"platform check: {seconds * 1000:.1f} ms")
    assert seconds < 0.05  # 2-3 ms here; the bound leaves room for a busy CI machine


@pytest.mark.parametrize(
    ("environ", "platform", "xcb"),
    [
        ({}, "linux", True),  # no display at all: Qt still tries xcb, and needs its libraries
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, "linux", True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),  # Wayland first
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),  # Qt has a platform to fall back on
        ({"DISPLAY": ":0"}, "win32", False),
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_the_check_runs_only_where_qt_uses_xcb_alone(
    environ: dict[str, str], platform: str, xcb: bool
) -> None:
    assert xcb_is_the_platform(environ, platform) is xcb
