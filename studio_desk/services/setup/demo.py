"""A believable demo studio in Jakarta, made through the same services a receptionist uses.

Past sessions are made by setting the database's clock back while they are booked, paid and
completed, so every rule (availability, overlap, who may, when) holds for the demo data too.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Booking, Client, Coach, Staff, StaffRole
from studio_desk.services.bookings import lifecycle
from studio_desk.services.bookings import make as bookings
from studio_desk.services.calendar import availability
from studio_desk.services.errors import SlotConflict, ValidationError
from studio_desk.services.money import payments
from studio_desk.services.people import catalog, clients, staff
from studio_desk.services.setup.settings import get_settings, update_settings
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor, CourseView

# PINs of the demo people; printed by `studio-desk demo` and listed in the README.
DEMO_PINS = {"Dewi Lestari": "1111", "Rina Wati": "2222"}
COACH_PIN = "3333"

_COACHES = {
    "Andi Pratama": [("Yoga Pemula", 60, 150_000, 15), ("Vinyasa Flow", 75, 180_000, 15)],
    "Sari Wulandari": [("Pilates Reformer", 50, 250_000, 10), ("Mat Pilates", 45, 120_000, 0)],
    "Budi Santoso": [("Personal Training", 60, 300_000, 0), ("HIIT Privat", 45, 175_000, 15)],
    "Maya Putri": [("Muay Thai Dasar", 60, 200_000, 10)],
}
_HOURS = {
    "Andi Pratama": [("07:00", "12:00"), ("16:00", "20:00")],
    "Sari Wulandari": [("08:00", "13:00"), ("15:00", "19:00")],
    "Budi Santoso": [("06:00", "11:00"), ("17:00", "21:00")],
    "Maya Putri": [("10:00", "14:00"), ("18:00", "21:00")],
}
_FIRST = ["Ayu", "Bagus", "Citra", "Dimas", "Eka", "Fajar", "Gita", "Hendra", "Indah", "Joko",
          "Kartika", "Lukman", "Mega", "Nanda", "Oki", "Putri", "Rizky", "Sinta", "Taufik", "Wulan"]
_LAST = ["Saputra", "Hidayat", "Kusuma", "Nugroho", "Wijaya", "Permata", "Siregar", "Halim"]
_DAYS_BACK, _DAYS_AHEAD = 14, 14
# Makes the demo's admin. The command line is trusted: whoever runs it holds the database.
_LOADER = Actor(staff_id=None, name="Demo loader", role=StaffRole.ADMIN)


@dataclass(frozen=True)
class DemoSummary:
    coaches: int
    courses: int
    clients: int
    bookings: int
    pins: dict[str, str]


def is_empty(db: Database) -> bool:
    def work(session: Session) -> bool:
        return not any(
            session.scalar(select(exists().where(table.id.isnot(None))))
            for table in (Coach, Client, Staff, Booking)
        )

    return run_read(db, work)


@contextmanager
def _clock_at(db: Database, moment: dt.datetime) -> Iterator[None]:
    real = db.clock
    db.clock = lambda: moment
    try:
        yield
    finally:
        db.clock = real


def load_demo(db: Database, *, seed: int = 7) -> DemoSummary:
    """Fill the database with the demo studio. The caller decides whether it may be non-empty."""
    rng = random.Random(seed)
    zone = get_settings(db).zone
    today = db.now().astimezone(zone).date()

    pins = dict(DEMO_PINS)
    admin_view = staff.create_staff(db, _LOADER, name="Dewi Lestari", role=StaffRole.ADMIN, pin="1111")
    admin = Actor(admin_view.id, admin_view.name, admin_view.role)
    staff.create_staff(db, admin, name="Rina Wati", role=StaffRole.RECEPTIONIST, pin="2222")
    # Who the studio is on its receipts, and Jakarta's tax on services inside its prices.
    update_settings(
        db, admin, studio_name="Sanggar Yoga Kemang",
        studio_address="Jl. Kemang Raya 12A\nJakarta Selatan 12730", studio_phone="021 719 3344",
        tax_number="01.234.567.8-901.000", tax_mode="regional",
        regional_tax_name="PBJT", regional_tax_percent=10,
        receipt_footer="Sampai jumpa di kelas berikutnya!", paper_size="80mm",
    )

    courses: list[CourseView] = []
    coach_actors: dict[int, Actor] = {}
    for coach_name, offers in _COACHES.items():
        coach = catalog.create_coach(db, admin, name=coach_name)
        person = staff.create_staff(
            db, admin, name=coach_name, role=StaffRole.COACH, pin=COACH_PIN, coach_id=coach.id
        )
        pins[coach_name] = COACH_PIN
        coach_actors[coach.id] = Actor(person.id, person.name, person.role, coach.id)
        for title, minutes, price, buffer in offers:
            courses.append(
                catalog.create_course(
                    db, admin, coach_id=coach.id, title=title, duration_minutes=minutes, price=price,
                    buffer_minutes=buffer, location="Studio Kemang",
                )
            )
        for offset in range(-_DAYS_BACK, _DAYS_AHEAD + 1):
            day = today + dt.timedelta(days=offset)
            if day.weekday() == 6:  # closed on Sundays
                continue
            for start, end in _HOURS[coach_name]:
                availability.add_availability(
                    db, admin, coach_id=coach.id, date=day, start_time=start, end_time=end
                )

    people = [
        clients.create_client(
            db,
            name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            phone=f"08{rng.randint(11, 59)}{rng.randint(1000_0000, 9999_9999)}",
        )
        for _ in range(40)
    ]

    made = 0
    for offset in range(-_DAYS_BACK, _DAYS_AHEAD + 1):
        day = today + dt.timedelta(days=offset)
        for course in rng.sample(courses, k=min(len(courses), 5)):
            slots = _slots_of(db, course, day)
            if not slots:
                continue
            slot = rng.choice(slots)
            client = rng.choice(people)
            made += _book_in_some_status(
                db, rng, admin, coach_actors[course.coach_id], course, client.id, slot, offset
            )
    return DemoSummary(len(_COACHES), len(courses), len(people), made, pins)


def _slots_of(db: Database, course: CourseView, day: dt.date) -> list[dt.datetime]:
    # Free times as they were the day before, so past days offer their slots too.
    before = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(12), tzinfo=dt.UTC)
    with _clock_at(db, min(before, db.now())):
        return [slot.start_at for slot in availability.free_start_times(db, course.id, day)]


def _book_in_some_status(
    db: Database,
    rng: random.Random,
    desk: Actor,
    coach: Actor,
    course: CourseView,
    client_id: int,
    start: dt.datetime,
    day_offset: int,
) -> int:
    now = db.now()
    begins = start.astimezone(dt.UTC)  # arithmetic in UTC: exact on days the clocks change
    ends = begins + dt.timedelta(minutes=course.duration_minutes)
    booked_at = min(begins - dt.timedelta(days=1), now)
    try:
        with _clock_at(db, booked_at):
            booking = bookings.create_booking(
                db, desk, client_id=client_id, course_id=course.id,
                date=start.date(), start_time=start.timetz(),
            )
    except (SlotConflict, ValidationError):
        return 0
    roll = rng.random()
    past = ends <= now
    if roll < 0.12:
        with _clock_at(db, booked_at):
            lifecycle.cancel_booking(db, desk, booking.id, reason="Client asked to cancel")
        return 1
    if not past and roll < 0.35:
        return 1  # stays pending: a reservation paid on arrival
    method = rng.choice(["cash", "cash", "card", "qris", "ewallet", "bank_transfer"])
    reference = None if method == "cash" else f"REF-{rng.randint(100000, 999999)}"
    with _clock_at(db, booked_at):
        payments.mark_paid(db, desk, booking.id, method=method, reference=reference)
    if not past and roll < 0.6:
        return 1  # paid, waiting for the coach
    with _clock_at(db, booked_at):
        lifecycle.confirm_booking(db, coach, booking.id)
    if past and day_offset < 0:
        if roll > 0.95:
            with _clock_at(db, begins):
                lifecycle.cancel_booking(
                    db, coach, booking.id, reason="Client did not come (no-show)",
                    refund=payments.NO_REFUND,
                )
        else:
            with _clock_at(db, ends):
                lifecycle.complete_booking(db, coach, booking.id)
    return 1
