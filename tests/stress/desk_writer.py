"""A desk that books, takes money and refunds as fast as it can, logging each action it is told
succeeded; run as a child process that the killed-desk test stops with SIGKILL at any moment.

    python -m tests.stress.desk_writer URL ACK_FILE --seed N --first-slot K [--busy 3,17] --studio JSON

Each action writes an intent line ("try") before its service call and an acknowledgement
("ok") after the call returned, to ACK_FILE, one JSON object a line, each with one write(2)
on an O_APPEND descriptor. Once write(2) returns the line is the kernel's, so a SIGKILL cannot
take it back (no fsync: the test kills the process, not the power).

Bookings go to one-hour slots (see `slot_time`) taken in order from --first-slot, wrapping
round the studio's seeded hours; a slot that an earlier run may still hold (--busy) or that
this run holds is skipped. Nearly every booking ends canceled, freeing its slot for the next
lap, so a run never meets a booking it does not expect.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from studio_desk import services
from studio_desk.services import Actor, BookingStatus, BookingView, PaymentMethod, StaffRole
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import CLOSES, FIRST_DAY, LAST_DAY, OPENS, Studio

# The day before the studio's first bookable day: every slot is in the future.
NOW = dt.datetime(2025, 10, 19, 8, 0, tzinfo=JAKARTA)
FIRST_HOUR, LAST_END = int(OPENS[:2]), int(CLOSES[:2])
HOURS_A_DAY = LAST_END - FIRST_HOUR  # one-hour slots per coach and day
SLOTS_A_DAY = 2 * HOURS_A_DAY  # coach A's hours, then coach B's
SLOTS = SLOTS_A_DAY * ((LAST_DAY - FIRST_DAY).days + 1)
# Keep a few bookings open at once, so a run moves several along their lives.
OPEN_BOOKINGS = 3


def slot_time(slot: int) -> tuple[str, dt.date, str]:
    """Slot number -> (which coach: "a" or "b", local date, start time); one hour each, so
    distinct slots never overlap, pilates' 45 minutes plus 15 of buffer included."""
    day, rest = divmod(slot % SLOTS, SLOTS_A_DAY)
    coach, hour = divmod(rest, HOURS_A_DAY)
    return ("a", "b")[coach], FIRST_DAY + dt.timedelta(days=day), f"{FIRST_HOUR + hour:02d}:00"


def studio_from_json(text: str) -> Studio:
    fields: dict[str, Any] = json.loads(text)
    for name, value in fields.items():
        if isinstance(value, dict):
            role = StaffRole(value["role"])
            fields[name] = Actor(value["staff_id"], value["name"], role, value["coach_id"])
    return Studio(**fields)


@dataclass
class Open:
    """A booking of this run that can still move: its id, status, and what the client paid."""

    id: int
    status: BookingStatus
    coach: str
    slot: int
    price: int
    paid: int = 0
    paid_by: PaymentMethod = PaymentMethod.CASH  # a refund goes back the way the money came


class Desk:
    """One receptionist's desk, working through its own bookings until it is killed."""

    def __init__(
        self, url: str, ack_path: str, seed: int, first_slot: int, busy: set[int], studio: Studio
    ) -> None:
        self.db = services.Database.open(url, migrate=False, clock=SettableClock(NOW))
        self.acks = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self.rng = random.Random(seed)
        self.next_slot = first_slot
        self.busy = busy
        self.studio = studio
        self.open: list[Open] = []
        self.seq = 0

    def log(self, **line: object) -> None:
        os.write(self.acks, (json.dumps(line, separators=(",", ":")) + "\n").encode())

    def act(self, action: str, booking: int | None, money: int, call: Callable[[], BookingView],
            **extra: object) -> BookingView:
        """One service call between its intent line and its acknowledgement."""
        self.seq += 1
        self.log(t="try", seq=self.seq, action=action, booking=booking, money=money, **extra)
        view = call()
        self.log(
            t="ok", seq=self.seq, action=action, booking=view.id, status=view.status.value,
            money=money, paid_total=view.paid_total, **extra,
        )
        return view

    def run(self) -> None:
        services.get_settings(self.db)  # warm up, so the parent's kill lands among the writes
        self.log(t="ready")
        while True:
            if len(self.open) < OPEN_BOOKINGS or self.rng.random() < 0.3:
                self.create()
            else:
                self.move(self.rng.choice(self.open))

    def create(self) -> None:
        held = self.busy | {booking.slot for booking in self.open}
        slot = self.next_slot % SLOTS
        while slot in held:
            slot = (slot + 1) % SLOTS
        self.next_slot = slot + 1
        coach, day, start = slot_time(slot)
        studio = self.studio
        course = (self.rng.choice([studio.yoga, studio.pilates]) if coach == "a" else studio.hiit)
        client = self.rng.choice([studio.john, studio.jane])
        view = self.act(
            "create", None, 0,
            lambda: services.create_booking(
                self.db, studio.desk, client_id=client, course_id=course, date=day, start_time=start
            ),
            slot=slot,
        )
        self.open.append(Open(view.id, view.status, coach, slot, view.price))

    def move(self, booking: Open) -> None:
        studio, rng = self.studio, self.rng
        if booking.status is BookingStatus.PENDING and rng.random() < 0.8:
            self.pay(booking)
        elif booking.status is BookingStatus.PAID and rng.random() < 0.4:
            coach = studio.coach_a_actor if booking.coach == "a" else studio.coach_b_actor
            view = self.act(
                "confirm", booking.id, 0, lambda: services.confirm_booking(self.db, coach, booking.id)
            )
            booking.status = view.status
        else:
            self.cancel(booking)

    def pay(self, booking: Open) -> None:
        method = self.rng.choice([PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.QRIS])
        reference = None if method is PaymentMethod.CASH else f"REF-{booking.id}-{self.seq}"
        # Now and then a discount: less than the price, recorded as agreed.
        amount = 100_000 if self.rng.random() < 0.2 else None
        view = self.act(
            "pay", booking.id, booking.price if amount is None else amount,
            lambda: services.mark_paid(
                self.db, self.studio.desk, booking.id, method=method, reference=reference, amount=amount
            ).booking,
        )
        booking.status, booking.paid, booking.paid_by = view.status, view.paid_total, method

    def cancel(self, booking: Open) -> None:
        refund: services.Refund | services.NoRefund | None = None
        given_back = 0
        if booking.paid:
            if self.rng.random() < 0.2:
                refund = services.NO_REFUND
            else:
                given_back = booking.paid if self.rng.random() < 0.7 else booking.paid // 2
                reference = None if booking.paid_by is PaymentMethod.CASH else f"RF-{booking.id}"
                refund = services.Refund(given_back, booking.paid_by, reference)
        view = self.act(
            "cancel", booking.id, -given_back,
            lambda: services.cancel_booking(
                self.db, self.studio.desk, booking.id, reason="client called off", refund=refund
            ),
        )
        booking.status = view.status
        self.open.remove(booking)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("ack_file")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--first-slot", type=int, required=True)
    parser.add_argument("--busy", default="", help="slots an earlier run may hold, comma separated")
    parser.add_argument("--studio", required=True, help="the Studio's fields as JSON")
    args = parser.parse_args(argv)
    busy = {int(slot) for slot in args.busy.split(",") if slot}
    desk = Desk(args.url, args.ack_file, args.seed, args.first_slot, busy, studio_from_json(args.studio))
    try:
        desk.run()
    except Exception as error:  # the test reads this line and fails on it
        desk.log(t="error", error=repr(error), cause=repr(error.__cause__))
        raise


if __name__ == "__main__":
    main()
