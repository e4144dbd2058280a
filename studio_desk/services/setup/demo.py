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
from studio_desk.models import Booking, Client, Coach, DayClosing, Staff, StaffRole
from studio_desk.services.arguments import whole_number
from studio_desk.services.bookings import lifecycle
from studio_desk.services.bookings import make as bookings
from studio_desk.services.calendar import availability, hours_admin, time_off
from studio_desk.services.errors import QT_TRANSLATE_NOOP, SlotConflict, ValidationError
from studio_desk.services.money import payments
from studio_desk.services.people import catalog, client_import, clients, staff, staff_admin
from studio_desk.services.people.coaches import COACH_COLOURS
from studio_desk.services.setup.demo_classes import fill_classes, plan_classes
from studio_desk.services.setup.demo_packs import load_packs
from studio_desk.services.setup.demo_products import load_products
from studio_desk.services.setup.demo_till import load_till_day
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
# Closed on Sundays: the weekly patterns hold Monday (0) to Saturday (5).
_WORKING_DAYS = range(6)
# The studio's one holiday and one coach's day off, days from today.
_HOLIDAY_IN_DAYS, _HOLIDAY_NAME = 9, "Cuti Bersama"
_TIME_OFF_COACH, _TIME_OFF_IN_DAYS = "Sari Wulandari", 4
# Makes the demo's admin. The command line is trusted: whoever runs it holds the database.
# A client brought in from a spreadsheet, the way a studio moving to the desk does it.
_IMPORTED_CLIENTS = "Nama;Telepon;Catatan\nRatna Kusuma;0812 9000 1234;Imported from the old booking book\n"
_LOADER = Actor(staff_id=None, name="Demo loader", role=StaffRole.ADMIN)


@dataclass(frozen=True)
class DemoSummary:
    coaches: int
    courses: int
    clients: int
    bookings: int
    pins: dict[str, str]


TILL_CLOSED = QT_TRANSLATE_NOOP(
    "services",
    "The till of this database has been closed, and the demo's past payments would fall before "
    "that closing, which the database refuses. Load the demo into a new database.",
)


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
    """Fill the database with the demo studio. The caller decides whether it may be non-empty;
    one whose till was ever closed is refused before anything is added, since the demo's past
    sessions were paid on past days (migration 0012)."""
    if run_read(db, lambda session: bool(session.scalar(select(exists().where(DayClosing.id.isnot(None)))))):
        raise ValidationError(TILL_CLOSED)
    rng = random.Random(whole_number(seed, low=0, high=2**32 - 1))
    zone = get_settings(db).zone
    today = db.now().astimezone(zone).date()

    pins = dict(DEMO_PINS)
    admin_view = staff.create_staff(db, _LOADER, name="Dewi Lestari", role=StaffRole.ADMIN, pin="1111")
    admin = Actor(admin_view.id, admin_view.name, admin_view.role)
    rina = staff.create_staff(db, admin, name="Rina Wati", role=StaffRole.RECEPTIONIST, pin="2222")
    # Someone who left: on the Staff screen, no longer among those who can sign in.
    former = staff.create_staff(db, admin, name="Putri Ayu", role=StaffRole.RECEPTIONIST, pin="5555")
    staff_admin.deactivate_staff(db, admin, former.id)
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
    coach_ids: dict[str, int] = {}
    for number, (coach_name, offers) in enumerate(_COACHES.items()):
        colour = COACH_COLOURS[number % len(COACH_COLOURS)]  # each coach's column its own colour
        coach = catalog.create_coach(db, admin, name=coach_name, colour=colour)
        coach_ids[coach_name] = coach.id
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
        hours_admin.set_weekly_hours(
            db, admin, coach_id=coach.id, valid_from=today - dt.timedelta(days=_DAYS_BACK),
            windows={weekday: _HOURS[coach_name] for weekday in _WORKING_DAYS},
        )
        if coach_name == _TIME_OFF_COACH:
            time_off.add_time_off(db, admin, coach_id=coach.id, date=_weekday_after(today, _TIME_OFF_IN_DAYS))
    holiday = _weekday_after(today, _HOLIDAY_IN_DAYS)
    if not any(h.day == holiday for h in hours_admin.list_holidays(db, holiday)):  # a demo loaded twice
        time_off.add_holiday(db, admin, date=holiday, name=_HOLIDAY_NAME)
    # Before the private sessions, which then keep out of the classes' times.
    hours = {coach_ids[name]: windows for name, windows in _HOURS.items()}
    classes = plan_classes(db, admin, coach_ids, hours, today)

    people = [
        clients.create_client(
            db,
            name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            phone=f"08{rng.randint(11, 59)}{rng.randint(1000_0000, 9999_9999)}",
        )
        for _ in range(40)
    ]
    # After the random ones, so the seed still makes the same studio.
    imported = client_import.import_clients(db, admin, _IMPORTED_CLIENTS.encode("utf-8"))

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
    desk = Actor(rina.id, rina.name, rina.role)
    offered = load_products(db, admin, [*courses, *classes.courses])
    made += load_packs(db, admin, desk, coach_actors, courses, [p.id for p in people[-3:]], offered, today)
    # The regulars of the classes: not the packs' three above (one of whom owes a fee).
    made += fill_classes(db, desk, coach_actors, classes, [p.id for p in people[:30]], offered)
    made += load_till_day(db, desk, zone, [c.id for c in courses], [p.id for p in people])
    return DemoSummary(
        len(_COACHES), len(courses) + len(classes.courses), len(people) + len(imported.clients), made, pins
    )


def _weekday_after(today: dt.date, days: int) -> dt.date:
    """The day `days` from today, or the Monday after it if that is a Sunday (closed anyway)."""
    day = today + dt.timedelta(days=days)
    return day + dt.timedelta(days=1) if day.weekday() == 6 else day


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
                date=start.date(), start_time=start.time(),
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
            with _clock_at(db, begins + dt.timedelta(minutes=15)):  # the coach waited, in vain
                lifecycle.record_no_show(db, coach, booking.id)
        else:
            with _clock_at(db, ends):
                lifecycle.complete_booking(db, coach, booking.id)
    return 1
