"""One desk's web sync round as a process of its own, for a test to kill (SIGKILL) mid-round.

    python -m tests.support.sync_desk URL --now ISO [--timeout SECONDS]

The sync's settings come from the database and the password from STUDIO_DESK_SYNC_PASSWORD,
as for any desk. The desk's clock stands still at --now, the test's moment when it started the
process, so the lease it leaves behind is measured on the test's clock. It prints the round's
report if it lives to the end.
"""

from __future__ import annotations

import argparse
import datetime as dt

from studio_desk.services import Database, sync
from tests.support.clock import SettableClock


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--now", required=True, help="the desk's clock, an ISO date and time with offset")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the web")
    args = parser.parse_args(argv)
    db = Database.open(args.url, migrate=False, clock=SettableClock(dt.datetime.fromisoformat(args.now)))
    try:
        report = sync.run_sync_once(db, timeout=args.timeout)
        for line in report.lines():
            print(line, flush=True)
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
