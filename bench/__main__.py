"""Command line of the benchmarks: `python -m bench NAME [--db URL] [--quick]`; NAME as BENCHMARKS lists."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import URL

from bench import availability, booking, classes, desks, listing, packs, race, refresh, sync, ui
from bench.common import BenchError, Outcome, fresh_database, print_figures_last

BENCHMARKS: dict[str, Callable[[URL, argparse.Namespace], Outcome]] = {
    "booking": booking.run,
    "availability": availability.run,
    "race": race.run,
    "list": listing.run,
    "ui": ui.run,
    "sync": sync.run,
    "desks": desks.run,
    "refresh": refresh.run,
    "packs": packs.run,
    "classes": classes.run,
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Run one benchmark; its last line of output is one JSON object of figures.",
    )
    parser.add_argument("name", choices=sorted(BENCHMARKS), help="which benchmark")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="a SQLite file that does not exist yet, or a PostgreSQL server URL on which a "
        "throw-away database is created and dropped (default: SQLite in a temporary folder)",
    )
    parser.add_argument("--quick", action="store_true", help="sizes that run in seconds, for CI smoke runs")
    parser.add_argument(
        "--desks", type=int,
        help="race, desks, refresh, packs and classes: desk processes (default 8, refresh 20; quick 3)",
    )
    parser.add_argument(
        "--attempts", type=int, help="race only: bookings tried by all desks together (default 300, quick 60)"
    )
    parser.add_argument(
        "--minutes", type=float,
        help="desks, packs and classes: how long the desks work (default 1, quick 4 s)",
    )
    parser.add_argument(
        "--bundle", type=Path, metavar="PATH",
        help="ui only: the bundle to time as well, its folder or executable (default dist/studio-desk "
        "when it was built)",
    )
    args = parser.parse_args(argv)
    for option in ("desks", "attempts"):
        value = getattr(args, option)
        if value is not None and value < 1:
            parser.error(f"--{option} must be at least 1")
    if args.minutes is not None and not args.minutes > 0:  # not '<= 0': NaN must fail too
        parser.error("--minutes must be more than 0")
    return args


def main(argv: list[str] | None = None) -> int:
    """Exit status 0; 1 when the run found a broken rule (an overlap, an error); 2 when it could not run."""
    args = parse_args(argv)
    try:
        with fresh_database(args.db) as url:
            outcome = BENCHMARKS[args.name](url, args)
    except BenchError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    for problem in outcome.problems:
        print(f"PROBLEM: {problem}")
    print_figures_last(outcome.figures)
    return 1 if outcome.problems else 0


if __name__ == "__main__":
    sys.exit(main())
