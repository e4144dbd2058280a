"""Another desk, in a process of its own, that changes bookings when told: one line in, one out.

`python -m tests.support.changing_desk URL STAFF_ID CLIENT_ID COURSE_ID`, then lines on stdin:
`book DATE TIME`, `pay ID`, `move ID DATE TIME COACH_ID`, `cancel ID`; each answers
`done BOOKING_ID` once committed (or `error ...`). End of input ends it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from studio_desk import services
from studio_desk.services import Actor, BookingView, Database, PaymentMethod, StaffRole
from tests.support.clock import SettableClock


def main(url: str, staff_id: str, client_id: str, course_id: str) -> None:
    db = Database.open(url, clock=SettableClock(), migrate=False)
    desk = Actor(int(staff_id), "Other desk", StaffRole.RECEPTIONIST)
    commands: dict[str, Callable[..., BookingView]] = {
        "book": lambda date, start: services.create_booking(
            db, desk, client_id=client_id, course_id=course_id, date=date, start_time=start
        ),
        "pay": lambda booking: services.mark_paid(db, desk, booking, method=PaymentMethod.CASH).booking,
        "move": lambda booking, date, start, coach: services.reschedule_booking(
            db, desk, booking, date=date, start_time=start, coach_id=coach
        ),
        "cancel": lambda booking: services.cancel_booking(
            db, desk, booking, reason="Client called", refund=services.NO_REFUND
        ),
    }
    print("ready", flush=True)
    for line in sys.stdin:
        name, *arguments = line.split()
        try:
            print(f"done {commands[name](*arguments).id}", flush=True)
        except services.DomainError as error:
            print(f"error {error}", flush=True)
    db.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:])
