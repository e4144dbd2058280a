"""PostgreSQL tests skip with a reason when the server is out of reach, and fail instead when
STUDIO_DESK_REQUIRE_PG=1 (as in CI), so a missing server can never pass for a green run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNREACHABLE = "postgresql://nobody@127.0.0.1:1/nothing"
ONE_PG_TEST = "tests/integration/test_guide_cases.py::test_1_create_booking_is_pending[postgresql]"


def run_one_pg_test(require: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STUDIO_DESK_TEST_PG": UNREACHABLE, "STUDIO_DESK_REQUIRE_PG": require}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", ONE_PG_TEST],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.slow
def test_unreachable_server_skips_with_the_reason() -> None:
    done = run_one_pg_test(require="")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout and "unreachable" in done.stdout


@pytest.mark.slow
def test_unreachable_server_fails_when_required() -> None:
    done = run_one_pg_test(require="1")
    assert done.returncode != 0
    assert "STUDIO_DESK_REQUIRE_PG is set" in done.stdout
