"""The desk's bundle, built once per test session into a folder of the session's own (about a
minute on two cores): tests/shipping runs what it builds, as a person would, without Python."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from shipping.build import executable_path
from shipping.contents import NAME

ROOT = Path(__file__).resolve().parents[2]
# Not a time limit on the build: only a guard against one that hangs the whole test run.
BUILD_HANG_GUARD_S = 1800


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle's folder (dist/studio-desk as `python -m shipping.build` makes it)."""
    where = tmp_path_factory.mktemp("bundle")
    env = os.environ | {
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    command = [sys.executable, "-m", "shipping.build", "--dist", str(where / "dist"),
               "--work", str(where / "work")]
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=BUILD_HANG_GUARD_S
    )
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-5000:]}"
    print(done.stdout.strip().splitlines()[-1])  # its time and size, in the test's output
    folder = where / "dist" / NAME
    assert executable_path(folder).is_file(), done.stdout[-3000:]
    return folder
