"""Every benchmark that `python -m bench` lists runs in its --quick mode, as a person runs it, on
a SQLite file and on PostgreSQL, and ends with its line of figures: a benchmark that stopped
working (an import moved, a service renamed) fails here instead of on the day someone measures.

Nothing here is about time: the figures are only checked to be there, and the benchmark's own
counts of broken rules to be zero."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import BENCHMARKS
from tests.support.backends import PgDatabases, pg_server_url

ROOT = Path(__file__).resolve().parents[2]
# Quick runs that take more than a few seconds (they start desk processes).
SLOW = {"ui", "desks", "refresh", "packs", "classes"}
# Figures in which a benchmark counts broken rules: any one it reports must be 0.
BROKEN_RULE_COUNTS = (
    "overlaps", "errors", "failures", "missing_acknowledged", "audit_mismatches", "payment_mismatches",
    "hidden_tab_reads", "echo_reads", "unconcerned_reads", "leftover_connections",
    "overdrawn", "double_used", "over_limit", "counter_mismatches", "half_written", "unexpected_refusals",
    "oversold", "double_placed", "promoted_twice", "promoted_out_of_order", "canceled_with_places",
    "checked_in_unpaid", "coach_overlaps",
)
# Not a time limit on the benchmark: only a guard against a run that hangs the whole test run.
HANG_GUARD_S = 600


def quick_runs(backend: str) -> list[object]:
    marks = [pytest.mark.pg] if backend == "postgresql" else []
    return [
        pytest.param(name, marks=[*marks, *([pytest.mark.slow] if name in SLOW else [])], id=name)
        for name in sorted(BENCHMARKS)
    ]


def run_quick(name: str, *db: str) -> tuple[dict[str, object], str]:
    """Runs `python -m bench NAME --quick` in a new process; its figures and its whole output,
    once it ended well."""
    env = os.environ | {
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bench", name, "--quick", *db],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=HANG_GUARD_S,
    )
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    last_line = done.stdout.strip().splitlines()[-1]
    figures = json.loads(last_line)
    assert isinstance(figures, dict), last_line
    broken = {key: figures[key] for key in BROKEN_RULE_COUNTS if key in figures and figures[key] != 0}
    assert not broken, f"{name} found broken rules: {broken}"
    return figures, done.stdout


@pytest.mark.parametrize("name", sorted(BENCHMARKS))
def test_every_benchmark_has_a_quick_mode(name: str) -> None:
    # Without one, --quick is ignored and CI would run the full benchmark for minutes.
    run = BENCHMARKS[name]
    assert "quick" in run.__code__.co_names, f"{run.__module__}.run never reads options.quick"


@pytest.mark.parametrize("name", quick_runs("sqlite"))
def test_quick_run_on_sqlite(name: str) -> None:
    figures, _ = run_quick(name)
    assert figures.get("backend", "sqlite") == "sqlite"


@pytest.mark.parametrize("name", quick_runs("postgresql"))
def test_quick_run_on_postgresql(name: str, pg_databases: PgDatabases) -> None:
    server = pg_server_url().render_as_string(hide_password=False)
    figures, output = run_quick(name, "--db", server)
    assert figures.get("backend", "postgresql") == "postgresql"
    created = re.search(r"^created throw-away database (\S+)", output, re.MULTILINE)
    assert created, output
    assert f"dropped throw-away database {created[1]}" in output
