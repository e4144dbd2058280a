"""A busy day of desk and web changes while the web platform misbehaves: nothing lost or doubled.

Each run is a seeded random mix of walk-ins, payments, confirmations and cancellations at the
desk and bookings on the web, with one fault injected before each sync round: answers lost after
the server acted, 500s, HTML pages, nonsense JSON, expired sessions, a server that is down.
Afterwards every desk change reached the server exactly once and every web booking is in the desk.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from studio_desk import services
from studio_desk.services import BookingOrigin, BookingStatus, Database, integrity, sync
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.sync import Linked, link_studio
from tests.support.web_platform import WebPlatform

S = BookingStatus
DAYS = [dt.date(2025, 10, 25) + dt.timedelta(days=n) for n in range(4)]
# Desk and web take turns by the hour: their bookings never collide, so every desk booking
# must reach the web and every web booking must come into the desk.
DESK_HOURS, WEB_HOURS = range(8, 20, 2), range(9, 21, 2)
INJECTED = ["timeout_after_commit", "error_500", "html", "bad_json", "expire_session"]
FAULTS = [*INJECTED, "down", None]
CANNED = {"html", "bad_json", "error_500"}  # answered without the server doing anything
# Creates, payments and status changes, the lists, the sign-in.
TARGETS = [
    ("POST", "/booking/api/course/"),
    ("POST", "/booking/api/booking/"),
    ("GET", "/booking/api/bookings/"),
    ("POST", "/auth/api_login/"),
]
ROUNDS_TO_SETTLE = 12


class Day:
    def __init__(self, linked: Linked, rng: random.Random) -> None:
        self.linked, self.rng = linked, rng
        self.db, self.studio = linked.db, linked.studio
        self.desk_bookings: list[int] = []
        # Every fault at every target, in a shuffled order, again and again.
        self.faults = [
            (fault, target) for fault in FAULTS for target in (TARGETS if fault in INJECTED else [None])
        ]
        rng.shuffle(self.faults)
        self.free_desk = [(day, hour, coach) for day in DAYS for hour in DESK_HOURS for coach in ("a", "b")]
        self.free_web = [(day, hour, coach) for day in DAYS for hour in WEB_HOURS for coach in ("a", "b")]
        rng.shuffle(self.free_desk)
        rng.shuffle(self.free_web)

    def desk_change(self) -> None:
        choice = self.rng.random()
        views = [services.get_booking(self.db, number) for number in self.desk_bookings]
        in_status = {status: [v for v in views if v.status is status] for status in S}
        if choice < 0.4 or not views:
            day, hour, coach = self.free_desk.pop()
            course = self.studio.yoga if coach == "a" else self.studio.hiit
            made = services.create_booking(
                self.db,
                self.studio.desk,
                client_id=self.studio.john,
                course_id=course,
                date=day,
                start_time=f"{hour:02d}:00",
            )
            self.desk_bookings.append(made.id)
        elif choice < 0.6 and in_status[S.PENDING]:
            booking = self.rng.choice(in_status[S.PENDING])
            method = self.rng.choice(["cash", "qris", "card"])
            reference = None if method == "cash" else f"REF-{booking.id}"
            services.mark_paid(self.db, self.studio.desk, booking.id, method=method, reference=reference)
        elif choice < 0.8 and in_status[S.PAID]:
            services.confirm_booking(self.db, self.studio.admin, self.rng.choice(in_status[S.PAID]).id)
        else:
            active = in_status[S.PENDING] + in_status[S.PAID] + in_status[S.CONFIRMED]
            if active:
                services.cancel_booking(
                    self.db,
                    self.studio.desk,
                    self.rng.choice(active).id,
                    reason="Plans changed",
                    refund=services.NO_REFUND,
                )

    def web_booking(self) -> None:
        day, hour, coach = self.free_web.pop()
        course = self.linked.web_yoga if coach == "a" else self.linked.web_hiit
        status = self.rng.choice(["pending", "paid", "confirmed"])
        self.linked.web.add_booking(
            self.linked.budi, course, dt.datetime.combine(day, dt.time(hour)), status=status
        )

    def fault_then_sync(self) -> None:
        web = self.linked.web
        fault, target = self.faults.pop(0)
        self.faults.append((fault, target))
        if fault == "down":
            web.stop()
        elif fault is not None and target is not None:
            method, path = target
            web.inject(fault, method=method, path=path, times=self.rng.randint(1, 3), seconds=2.0)
        self.linked.sync()
        web.clear_faults()
        web.start()
        self.linked.later()


def successes(web: WebPlatform, remote_id: int, action: str) -> int:
    """How often the server did `action` to the booking (canned fault pages do nothing)."""
    path = f"/booking/api/booking/{remote_id}/{action}/"
    return sum(
        1
        for r in web.requests
        if r.method == "POST" and r.path == path and 200 <= r.status < 300 and r.fault not in CANNED
    )


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_change_reaches_the_other_side_exactly_once(
    db: Database, studio: Studio, clock: SettableClock, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    with WebPlatform() as web:
        linked = link_studio(db, studio, clock, web, monkeypatch)
        day = Day(linked, random.Random(seed))
        for _ in range(2 * len(day.faults)):
            for _ in range(day.rng.randint(1, 3)):
                day.desk_change()
            if day.rng.random() < 0.4:
                day.web_booking()
            day.fault_then_sync()
        for _ in range(ROUNDS_TO_SETTLE):
            report = linked.sync()
            linked.later()
            if report.ok and report.waiting == 0:
                break
        assert report.ok and report.waiting == 0, report.lines()
        assert web.errors == []
        # The run met the faults that matter most: answers lost after a create, a payment or a status change.
        lost = {
            r.path.split("/")[3]
            for r in web.requests
            if r.fault == "timeout_after_commit" and r.method == "POST"
        }
        assert {"course", "booking"} <= lost

        desk = [services.get_booking(db, number) for number in day.desk_bookings]
        web_bookings = web.bookings()
        by_web_user = [w for w in web_bookings if w.user_id == linked.budi]
        made_by_desk = [w for w in web_bookings if w.user_id != linked.budi]

        # Every desk booking is on the web once, in the same status, with the same payment.
        assert len(made_by_desk) == len(desk), "a desk booking was made twice, or never"
        for booking in desk:
            assert booking.remote_id is not None and booking.sync_problem is None
            there = web.booking(booking.remote_id)
            assert there.status == booking.status.value
            assert there.start == booking.start_at.replace(tzinfo=None)
            paid = any(
                line.action.value == "pay" for line in services.booking_details(db, booking.id).history
            )
            assert successes(web, booking.remote_id, "mark-paid") == int(paid)
            changes = [
                line
                for line in services.booking_details(db, booking.id).history
                if line.action.value in {"confirm", "cancel"}
            ]
            assert successes(web, booking.remote_id, "status") == len(changes)

        # Every web booking is in the desk, in the web's status.
        pulled = {
            b.remote_id: b
            for b in services.list_bookings(db, services.BookingFilter(text="Budi"), limit=500).rows
        }
        assert set(pulled) == {w.id for w in by_web_user}
        for web_booking in by_web_user:
            assert pulled[web_booking.id].status.value == web_booking.status
            assert pulled[web_booking.id].origin is BookingOrigin.WEB

        assert sync.sync_problems(db).count == 0
        assert integrity.count_overlapping_pairs(db) == 0
        assert integrity.bookings_without_matching_history(db) == []
