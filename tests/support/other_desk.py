"""Another desk, in a process of its own: books a walk-in, says when it committed, and exits.

`python -m tests.support.other_desk URL STAFF_ID CLIENT_ID COURSE_ID DATE TIME`
"""

from __future__ import annotations

import sys
import time

from studio_desk import services
from studio_desk.services import Actor, Database, StaffRole
from tests.support.clock import SettableClock


def main(url: str, staff_id: str, client_id: str, course_id: str, date: str, start: str) -> None:
    db = Database.open(url, clock=SettableClock(), migrate=False)
    desk = Actor(int(staff_id), "Other desk", StaffRole.RECEPTIONIST)
    print("ready", flush=True)
    sys.stdin.readline()  # the test says when
    booking = services.create_booking(
        db, desk, client_id=client_id, course_id=course_id, date=date, start_time=start
    )
    print(f"committed {booking.id} {time.monotonic()}", flush=True)
    db.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:])
