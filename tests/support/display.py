"""A real X server for tests that open the desk's window as a person's PC does: Xvfb, with
xdotool to see the windows on it.

Without them the tests skip with the reason, unless STUDIO_DESK_REQUIRE_DISPLAY=1 (as .ci/run
sets, having installed both): then they fail, so that CI never passes by skipping them.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import pytest

REQUIRE_DISPLAY_ENV_VAR = "STUDIO_DESK_REQUIRE_DISPLAY"
TOOLS = ("Xvfb", "xdotool")
START_TIMEOUT_S = 15.0


def display_required() -> bool:
    return os.environ.get(REQUIRE_DISPLAY_ENV_VAR, "") not in ("", "0")


def skip_or_fail_without_display(reason: str) -> None:
    if display_required():
        pytest.fail(f"{REQUIRE_DISPLAY_ENV_VAR} is set but {reason}")
    pytest.skip(reason)


@contextmanager
def xvfb() -> Iterator[str]:
    """A fresh X server on a display number no one uses (Xvfb picks it); yields ":N"."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        skip_or_fail_without_display(f"{' and '.join(missing)} not installed (apt-get install xvfb xdotool)")
    read_end, write_end = os.pipe()
    # Its warnings go to a file: a pipe nobody reads would stop the server once full.
    with tempfile.TemporaryFile() as errors:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=errors,
        )
        os.close(write_end)
        try:
            number = _read_display_number(read_end, server, errors)
            yield f":{number}"
        finally:
            os.close(read_end)
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _read_display_number(read_end: int, server: subprocess.Popen[bytes], errors: IO[bytes]) -> int:
    """Xvfb writes its display number and a newline once it accepts clients."""
    said = b""
    deadline = time.monotonic() + START_TIMEOUT_S
    while not said.endswith(b"\n"):
        ready, _, _ = select.select([read_end], [], [], max(deadline - time.monotonic(), 0))
        chunk = os.read(read_end, 64) if ready else b""
        if not chunk:
            server.kill()
            server.wait()
            errors.seek(0)
            pytest.fail(f"Xvfb did not start: {errors.read().decode(errors='replace').strip()[-500:]}")
        said += chunk
    return int(said.strip())


def visible_windows(display: str, title: str) -> list[str]:
    """The ids of the mapped windows whose title contains `title` (a regular expression)."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=10,
    )
    return found.stdout.split()
