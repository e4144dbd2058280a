"""The tests that open the desk's window on Xvfb skip with a reason where Xvfb is not installed,
and fail instead when STUDIO_DESK_REQUIRE_DISPLAY=1 (as in CI), so that a CI machine without
Xvfb can never pass for a green run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ONE_DISPLAY_TEST = "tests/shipping/test_xcb_start.py::test_the_desk_opens_its_window_under_xvfb"


def run_without_xvfb(require: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    # A PATH with nothing on it: no Xvfb, no xdotool (pytest runs by its full path).
    env = {**os.environ, "PATH": str(tmp_path), "STUDIO_DESK_REQUIRE_DISPLAY": require}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", ONE_DISPLAY_TEST],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.slow
def test_without_xvfb_the_display_tests_skip_with_the_reason(tmp_path: Path) -> None:
    done = run_without_xvfb("", tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout and "Xvfb and xdotool not installed" in done.stdout


@pytest.mark.slow
def test_without_xvfb_the_display_tests_fail_when_required(tmp_path: Path) -> None:
    done = run_without_xvfb("1", tmp_path)
    assert done.returncode != 0
    assert "STUDIO_DESK_REQUIRE_DISPLAY is set but Xvfb and xdotool not installed" in done.stdout
