"""One valid call of every public service function, in a studio with something of everything.

`VALID[name](world)` gives the arguments, by parameter name, with which `name` succeeds in a
fresh `World` (or, for a few, refuses for a stated reason of the studio's, never of the
arguments). The hostile-arguments test changes one of them at a time; that test is only as good
as these calls are valid, so tests/integration/test_hostile_arguments.py also makes each of them
once and checks that it does what it should.
"""

from __future__ import annotations

import datetime as dt
import inspect
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

from studio_desk import services
from studio_desk.services import (
    BookingAction,
    BookingFilter,
    BookingStatus,
    BookingView,
    CashUp,
    Database,
    DomainError,
    FeePayment,
    FeeView,
    NewClient,
    NewStudio,
    PackSale,
    PaymentReceipt,
    PaymentView,
    ReceiptSheet,
    Refund,
    RosterView,
    StudioSettings,
    SyncError,
    ValidationError,
)
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio

Arguments = dict[str, Any]


@dataclass(frozen=True)
class World:
    """The seeded studio (tests/support/studio.py) and, on 25 October 2025, with the clock at
    15:00 that day: a pending yoga booking of John's at 10:00 (coach A), a paid one of Jane's at
    12:00 (coach A), and a confirmed HIIT booking of John's at 10:00 (coach B); time off, extra
    hours and a holiday to remove, and a weekly pattern of coach B's from 1 December; a product
    of 10 sessions with a pack of it sold to John, and a retired membership."""

    studio: Studio
    pending: BookingView
    paid: PaymentReceipt
    confirmed: BookingView
    time_off: int
    extra_hours: int
    holiday: int
    settings: StudioSettings
    cash: CashUp
    sheet: ReceiptSheet
    now: dt.datetime
    product: int  # a pack of 10 sessions for 60 days
    pack: int  # one of them, sold to John
    sale: PackSale  # its sale, as sell_pack answered
    freezable: int  # a pack of 10 sessions that may be frozen twice for up to 14 days, sold to Jane
    retired_product: int  # a membership for coach B's courses, retired
    fee: int  # Jane's, owed for a late cancel of pilates (whose rules charge Rp 50,000)
    fee_paid: FeePayment  # what collecting it in cash would answer (it stays owed in the World)
    classes: WorldClasses


@dataclass(frozen=True)
class WorldClasses:
    """A class course of coach A (Vinyasa, 3 places) in a room of its own, every Tuesday at
    18:00 from 28 October (a timetable line). The first, `full`, holds a paid place checked in,
    a paid place not yet, and the place of the first of its waitlist, moved up when a pending
    place was canceled (pending, held for two hours); another client waits. The second,
    `open`, has a pending place. A one-off class of coach B, `past`, was on 24 October at 10:00
    with one paid place, and is over: it can be finished."""

    course: int
    room: int
    entry: int  # the timetable line
    full: int
    open: int
    past: int
    checked_in: int  # a paid place of `full`, checked in
    paid: int  # a paid place of `full`, not checked in
    pending: int  # the pending place of `open`
    promoted: int  # the waitlist entry moved up into `full`
    waiting: int  # the waitlist entry still waiting for `full`
    past_place: int  # the paid place of `past`
    roster: RosterView  # `full`'s roster as the desk read it


PATTERN_FROM = dt.date(2025, 12, 1)


def _fee_paid(fee: FeeView, now: dt.datetime) -> FeePayment:
    line = PaymentView(id=0, booking_id=None, amount=fee.amount, method=services.PaymentMethod.CASH,
                       reference=None, taken_by="Desk", taken_at=now, receipt_number=99)
    return FeePayment(fee, line, tendered=100_000, change=100_000 - fee.amount)


def build_world(db: Database, studio: Studio, clock: SettableClock) -> World:
    s = studio
    pending = services.create_booking(
        db, s.desk, client_id=s.john, course_id=s.yoga, date="2025-10-25", start_time="10:00"
    )
    to_pay = services.create_booking(
        db, s.desk, client_id=s.jane, course_id=s.yoga, date="2025-10-25", start_time="12:00"
    )
    paid = services.mark_paid(db, s.desk, to_pay.id, method="cash", cash_tendered=200_000)
    hiit = services.create_booking(
        db, s.desk, client_id=s.john, course_id=s.hiit, date="2025-10-25", start_time="10:00"
    )
    services.mark_paid(db, s.desk, hiit.id, method="qris", reference="QR-1")
    confirmed = services.confirm_booking(db, s.admin, hiit.id)
    services.add_time_off(db, s.admin, coach_id=s.coach_b, date="2025-11-03")
    services.add_extra_hours(
        db, s.admin, coach_id=s.coach_b, date="2025-12-06", start_time="08:00", end_time="10:00"
    )
    services.add_holiday(db, s.admin, date="2025-11-10", name="Libur")
    product = add_product(db, name="Paket 10 sesi")
    sale = services.sell_pack(db, s.desk, client_id=s.john, product_id=product, method="cash")
    holiday_product = add_product(db, name="Paket 10 sesi, boleh cuti", freezes_allowed=2, freeze_days_max=14)
    freezable = services.sell_pack(
        db, s.desk, client_id=s.jane, product_id=holiday_product, method="card", reference="EDC-7"
    ).pack.id
    services.set_cancel_rules(
        db, s.admin, s.pilates, late_cancel_hours=48, late_cancel_cost="fee", late_cancel_fee=50_000,
    )
    late = services.create_booking(
        db, s.desk, client_id=s.jane, course_id=s.pilates, date="2025-10-25", start_time="08:00"
    )
    services.cancel_booking(db, s.desk, late.id, reason="Lupa")
    owed = services.client_fees(db, s.desk, s.jane)[0]
    services.set_weekly_hours(
        db, s.admin, coach_id=s.coach_b, valid_from=PATTERN_FROM, windows={0: [("09:00", "17:00")]}
    )
    exceptions = services.hours_exceptions(db, s.coach_b, "2025-11-01")
    kinds = {exception.kind: exception.id for exception in exceptions}
    holiday = services.list_holidays(db, "2025-11-01")[0].id
    retired = services.create_product(
        db, s.admin, kind="membership", name="Member Bulanan", max_active=2, price=750_000,
        valid_days=30, scope="coach", coach_id=s.coach_b,
    )
    services.retire_product(db, s.admin, retired.id)
    course = services.create_course(
        db, s.admin, coach_id=s.coach_a, title="Vinyasa", duration_minutes=60, price=120_000, capacity=3,
    )
    past = services.add_class(db, s.admin, course_id=course.id, date="2025-10-24", start_time="10:00",
                              coach_id=s.coach_b)
    past_place = _paid_place(db, s, past.id, services.create_client(db, name="Kelas Lalu").id)
    clock.set(dt.datetime(2025, 10, 25, 15, 0, tzinfo=JAKARTA))
    classes = _classes(db, s, course.id, past.id, past_place)
    settings = services.get_settings(db)
    return World(
        studio=s,
        pending=pending,
        paid=paid,
        confirmed=confirmed,
        time_off=kinds[services.ExceptionKind.TIME_OFF],
        extra_hours=kinds[services.ExceptionKind.EXTRA],
        holiday=holiday,
        settings=settings,
        cash=services.cash_up(db, s.desk, "2025-10-25"),
        sheet=services.receipt_sheet(paid, settings),
        now=clock.now,
        product=product,
        pack=sale.pack.id,
        sale=sale,
        freezable=freezable,
        retired_product=retired.id,
        fee=owed.id,
        fee_paid=_fee_paid(owed, clock.now),
        classes=classes,
    )


def _paid_place(db: Database, s: Studio, occurrence: int, client: int) -> int:
    place = services.book_place(db, s.desk, occurrence_id=occurrence, client_id=client)
    services.mark_paid(db, s.desk, place.id, method="cash")
    return place.id


def _classes(db: Database, s: Studio, course: int, past: int, past_place: int) -> WorldClasses:
    room = services.add_room(db, s.admin, name="Ruang Vinyasa", capacity=10).id
    line = services.add_timetable_entry(
        db, s.admin, course_id=course, weekday=1, start_time="18:00", starts_on="2025-10-28", room_id=room,
    )
    full, open_ = (o.id for o in services.occurrences_between(db, "2025-10-28", "2025-11-04"))
    members = [services.create_client(db, name=f"Anggota {n}", phone=f"0813 5555 00{n:02d}").id
               for n in range(6)]
    checked_in = _paid_place(db, s, full, members[0])
    services.check_in(db, s.desk, checked_in)
    paid = _paid_place(db, s, full, members[1])
    leaving = services.book_place(db, s.desk, occurrence_id=full, client_id=members[2])
    promoted = services.join_waitlist(db, s.desk, occurrence_id=full, client_id=members[3]).entry_id
    waiting = services.join_waitlist(db, s.desk, occurrence_id=full, client_id=members[4]).entry_id
    services.cancel_booking(db, s.desk, leaving.id, reason="Tidak jadi")  # the first waiting moves up
    pending = services.book_place(db, s.desk, occurrence_id=open_, client_id=members[5]).id
    return WorldClasses(
        course=course, room=room, entry=line.entry.id, full=full, open=open_, past=past,
        checked_in=checked_in, paid=paid, pending=pending, promoted=promoted, waiting=waiting,
        past_place=past_place,
        roster=services.class_roster(db, s.desk, full),
    )


NEW_STUDIO = NewStudio(
    admin_name="Dewi", admin_pin="1111", coach_name="Andi", coach_pin="3333", course_title="Yoga",
    duration_minutes=60, price=150_000, hours_from="08:00", hours_to="17:00",
)
CSV = b"name,phone,notes\nSiti Aminah,0812 5555 0000,Datang pagi\n"
# A SQLite file in a folder that exists: the connection settings check and save its address
# without making it (the hostile test saves none: every hostile value is refused first).
CONNECTION_FILE = str(Path(tempfile.gettempdir()) / "studio-desk-connection-check.sqlite3")


def _valid_calls() -> dict[str, Callable[[World], Arguments]]:
    def a(w: World) -> Studio:
        return w.studio

    return {
        "coach_future_bookings": lambda w: {"coach_id": a(w).coach_a},
        "get_coach": lambda w: {"coach_id": a(w).coach_a},
        "record_no_show": lambda w: {"actor": a(w).admin, "booking_id": w.confirmed.id, "waive_reason": None},
        "set_coach_active": lambda w: {"actor": a(w).admin, "coach_id": a(w).coach_b, "active": False},
        "update_coach": lambda w: {
            "actor": a(w).admin, "coach_id": a(w).coach_a, "name": "Coach Smith", "colour": "#cfe2ff",
            "remote_id": 77, "web_username": "smith",
        },
        "update_course": lambda w: {
            "actor": a(w).admin, "course_id": a(w).yoga, "coach_id": a(w).coach_a, "title": "Yoga Pemula",
            "duration_minutes": 60, "price": 150_000, "buffer_minutes": 5, "location": "Ruang 1",
            "active": True, "remote_id": 88, "capacity": 1,
        },
        "add_extra_hours": lambda w: {
            "actor": a(w).admin, "coach_id": a(w).coach_a, "date": "2025-12-01", "start_time": "08:00",
            "end_time": "10:00",
        },
        "bookings_outside": lambda w: {"coach_id": a(w).coach_a, "from_date": "2025-10-20"},
        "add_holiday": lambda w: {
            "actor": a(w).admin, "date": "2025-12-25", "name": "Natal", "anyway": False,
        },
        "add_time_off": lambda w: {
            "actor": a(w).admin, "coach_id": a(w).coach_a, "date": "2025-12-02", "start_time": "08:00",
            "end_time": "10:00", "anyway": False,
        },
        "hours_exceptions": lambda w: {"coach_id": a(w).coach_b, "from_date": "2025-10-20"},
        "list_holidays": lambda w: {"from_date": "2025-10-20"},
        "parse_windows": lambda w: {"text": "08:00-12:00, 13:00-17:00"},
        "remove_extra_hours": lambda w: {"actor": a(w).admin, "extra_hours_id": w.extra_hours},
        "remove_holiday": lambda w: {"actor": a(w).admin, "holiday_id": w.holiday},
        "remove_time_off": lambda w: {"actor": a(w).admin, "time_off_id": w.time_off},
        "remove_weekly_hours": lambda w: {
            "actor": a(w).admin, "coach_id": a(w).coach_b, "valid_from": PATTERN_FROM,
        },
        "set_weekly_hours": lambda w: {
            "actor": a(w).admin, "coach_id": a(w).coach_a, "valid_from": "2025-12-08",
            "windows": {0: [("09:00", "12:00")], 2: [("13:00", "17:00")]},
        },
        "weekly_hours": lambda w: {"coach_id": a(w).coach_b},
        "cash_difference": lambda w: {"cash_up": w.cash, "counted": "150.000"},
        "may_close_day": lambda w: {"actor": a(w).desk},
        "cash_up": lambda w: {"actor": a(w).desk, "day": "2025-10-25"},
        "close_day": lambda w: {"actor": a(w).desk, "day": "2025-10-25", "counted_cash": 150_000},
        "close_till": lambda w: {"actor": a(w).desk, "counted_cash": 150_000},
        "record_float": lambda w: {"actor": a(w).desk, "amount": 200_000},
        "record_payout": lambda w: {"actor": a(w).desk, "amount": 20_000, "reason": "Susu untuk kafe"},
        "describe_difference": lambda w: {"difference": -5_000, "currency": "IDR"},
        "coach_report": lambda w: {"actor": a(w).admin, "start": "2025-10-20", "end": "2025-10-31"},
        "payment_lines": lambda w: {"actor": a(w).admin, "start": "2025-10-20", "end": "2025-10-31"},
        "takings_by_day": lambda w: {"actor": a(w).desk, "start": "2025-10-20", "end": "2025-10-31"},
        "local_days": lambda w: {"instants": [w.now], "zone": ZoneInfo("Asia/Jakarta")},
        "is_admin": lambda w: {"actor": a(w).admin},
        "may_export": lambda w: {"actor": a(w).admin},
        "may_see_coach_report": lambda w: {"actor": a(w).coach_a_actor},
        "may_see_takings": lambda w: {"actor": a(w).desk},
        "require_export": lambda w: {"actor": a(w).admin},
        "is_desk": lambda w: {"actor": a(w).desk},
        "add_availability": lambda w: {
            "actor": a(w).admin, "coach_id": a(w).coach_a, "date": "2025-12-03", "start_time": "08:00",
            "end_time": "10:00",
        },
        "allowed_actions": lambda w: {"booking": w.pending, "actor": a(w).desk, "now": w.now},
        "availability_of": lambda w: {"coach_id": a(w).coach_a, "date": "2025-10-27"},
        "booking_details": lambda w: {"booking_id": w.pending.id},
        "book_walk_in": lambda w: {
            "actor": a(w).desk, "client_id": None,
            "new_client": NewClient("Ana Walk", "0812 9999 0000", "ana@example.com", "Baru"),
            "course_id": a(w).yoga, "date": "2025-10-27", "start_time": "11:00",
        },
        "cancel_booking": lambda w: {
            "actor": a(w).desk, "booking_id": w.paid.booking.id, "reason": "Sakit",
            "refund": Refund(50_000, "cash"), "expected_late": False, "waive_reason": None,
        },
        "change_due": lambda w: {"amount": 150_000, "tendered": "200.000", "currency": "IDR"},
        "coach_queue": lambda w: {
            "actor": a(w).admin, "day": "2025-10-25", "coach_id": a(w).coach_a, "limit": 50,
        },
        "complete_booking": lambda w: {"actor": a(w).admin, "booking_id": w.confirmed.id},
        "confirm_booking": lambda w: {"actor": a(w).admin, "booking_id": w.paid.booking.id},
        "create_booking": lambda w: {
            "actor": a(w).desk, "client_id": a(w).jane, "course_id": a(w).pilates, "date": "2025-10-27",
            "start_time": "09:00",
        },
        "day_schedule": lambda w: {"day": "2025-10-25", "seen_by": a(w).desk},
        "create_client": lambda w: {
            "name": "Ana", "phone": "0812 7777 0000", "email": "ana@example.com", "notes": "Suka pagi",
        },
        "create_coach": lambda w: {
            "actor": a(w).admin, "name": "Coach Baru", "remote_id": 91, "colour": "#d1f0d8",
            "web_username": "baru",
        },
        "create_course": lambda w: {
            "actor": a(w).admin, "coach_id": a(w).coach_b, "title": "Boxing", "duration_minutes": 60,
            "price": 100_000, "buffer_minutes": 10, "location": "Ruang 2", "remote_id": 92, "active": True,
            "capacity": "1",
        },
        "create_product": lambda w: {
            "actor": a(w).admin, "kind": "pack", "name": "5 Sesi Pilates", "sessions": "5",
            "max_active": None, "price": "600.000", "valid_days": 60, "valid_from": "first_use",
            "scope": "courses", "coach_id": None, "course_ids": (a(w).pilates, a(w).yoga),
            "freezes_allowed": 1, "freeze_days_max": 14,
        },
        "get_product": lambda w: {"actor": a(w).desk, "product_id": w.product},
        "list_products": lambda w: {"actor": a(w).desk, "include_retired": True},
        "update_product": lambda w: {
            "actor": a(w).admin, "product_id": w.product, "name": "10 Sesi Yoga", "sessions": 10,
            "max_active": None, "price": 1_100_000, "valid_days": "120", "valid_from": "sale",
            "scope": "courses", "coach_id": None, "course_ids": [a(w).yoga], "freezes_allowed": "2",
            "freeze_days_max": "7",
        },
        "retire_product": lambda w: {"actor": a(w).admin, "product_id": w.product},
        "restore_product": lambda w: {"actor": a(w).admin, "product_id": w.retired_product},
        "create_staff": lambda w: {
            "actor": a(w).admin, "name": "Tono", "role": "receptionist", "pin": "5678", "coach_id": None,
        },
        "find_clients": lambda w: {"text": "John", "limit": 10},
        "currency_digits": lambda w: {"currency": "IDR"},
        "fill": lambda w: {"template": "Hi {name}", "fields": {"name": "Ana"}, "write": str},
        "format_amount": lambda w: {"amount": 150_000, "currency": "IDR", "group": ".", "point": ","},
        "format_money": lambda w: {"amount": -150_000, "currency": "EUR", "group": ".", "point": ","},
        "plain_amount": lambda w: {"amount": 1_550, "currency": "EUR"},
        "free_start_times": lambda w: {
            "course_id": a(w).yoga, "date": "2025-10-27", "coach_id": a(w).coach_a,
            "ignore_booking_id": w.pending.id,
        },
        "get_booking": lambda w: {"booking_id": w.pending.id},
        # Cancellation rules and fees
        "cancel_outcome": lambda w: {"actor": a(w).desk, "booking_id": w.pending.id},
        "no_show_outcome": lambda w: {"actor": a(w).admin, "booking_id": w.confirmed.id},
        "get_cancel_rules": lambda w: {"actor": a(w).desk, "course_id": a(w).pilates},
        "set_cancel_rules": lambda w: {
            "actor": a(w).admin, "course_id": a(w).yoga, "late_cancel_hours": "12", "late_cancel_cost": "fee",
            "late_cancel_fee": "100.000", "no_show_cost": "credit", "no_show_fee": 0, "member_block_days": 14,
        },
        "clear_cancel_rules": lambda w: {"actor": a(w).admin, "course_id": a(w).pilates},
        "client_fees": lambda w: {"actor": a(w).desk, "client_id": a(w).jane, "owed_only": True},
        "collect_fee": lambda w: {
            "actor": a(w).desk, "fee_id": w.fee, "method": "cash", "reference": "Kas 3",
            "cash_tendered": 100_000,
        },
        "waive_fee": lambda w: {"actor": a(w).admin, "fee_id": w.fee, "reason": "Pelanggan lama"},
        "fees_report": lambda w: {"actor": a(w).desk, "start": "2025-10-20", "end": "2025-10-31"},
        # Packs and memberships
        "book_with_pack": lambda w: {
            "actor": a(w).desk, "client_id": a(w).john, "course_id": a(w).yoga, "date": "2025-10-27",
            "start_time": "14:00", "pack_id": w.pack,
        },
        "adjust_credits": lambda w: {
            "actor": a(w).admin, "pack_id": w.pack, "delta": "+2", "reason": "Bonus",
        },
        "client_packs": lambda w: {"actor": a(w).desk, "client_id": a(w).john},
        "default_refund": lambda w: {"actor": a(w).desk, "pack_id": w.pack},
        "freeze_pack": lambda w: {
            "actor": a(w).admin, "pack_id": w.freezable, "start_date": "2025-11-03", "days": 7,
            "reason": "Liburan keluarga",
        },
        "get_pack": lambda w: {"actor": a(w).desk, "pack_id": w.pack},
        "pack_refund_methods": lambda w: {"actor": a(w).desk, "pack_id": w.freezable},
        "pay_with_pack": lambda w: {"actor": a(w).desk, "booking_id": w.pending.id, "pack_id": w.pack},
        # An admin's amount and reason; by cash, which did not take the card's money, with a reason.
        "refund_pack": lambda w: {
            "actor": a(w).admin, "pack_id": w.freezable, "method": "cash", "reference": "Kas 9",
            "amount": "600.000", "reason": "Pindah kota", "method_reason": "Kartunya sudah ditutup",
        },
        "sell_pack": lambda w: {
            "actor": a(w).desk, "client_id": a(w).jane, "product_id": w.product, "method": "cash",
            "reference": "Kas 2", "amount": 1_000_000, "cash_tendered": 1_200_000,
        },
        "unused_credits": lambda w: {"actor": a(w).desk, "on": "2025-10-25"},
        "packs_sold": lambda w: {"actor": a(w).desk, "start": "2025-10-20", "end": "2025-10-31"},
        "expiring_packs": lambda w: {"actor": a(w).desk, "days": 14},
        "expired_credits": lambda w: {"actor": a(w).desk, "start": "2025-10-20", "end": "2025-12-31"},
        "may_see_pack_reports": lambda w: {"actor": a(w).desk},
        "usable_packs": lambda w: {
            "actor": a(w).desk, "client_id": a(w).john, "course_id": a(w).yoga, "date": "2025-10-27",
            "start_time": "14:00",
        },
        # Group classes
        "add_room": lambda w: {"actor": a(w).admin, "name": "Ruang Kaca", "capacity": 12},
        "update_room": lambda w: {
            "actor": a(w).admin, "room_id": w.classes.room, "name": "Ruang Besar", "capacity": "20",
            "active": True,
        },
        "list_rooms": lambda w: {"include_inactive": True},
        "add_timetable_entry": lambda w: {
            "actor": a(w).admin, "course_id": w.classes.course, "weekday": 3, "start_time": "19:00",
            "starts_on": "2025-10-30", "ends_on": "2025-12-18", "coach_id": a(w).coach_a,
            "room_id": w.classes.room, "capacity": 3,
        },
        "end_timetable_entry": lambda w: {
            "actor": a(w).admin, "entry_id": w.classes.entry, "last_day": "2025-11-30",
        },
        "list_timetable": lambda w: {"on": "2025-10-25"},
        "add_class": lambda w: {
            "actor": a(w).admin, "course_id": w.classes.course, "date": "2025-11-01", "start_time": "18:00",
            "coach_id": a(w).coach_b, "room_id": w.classes.room, "capacity": "3",
        },
        "get_occurrence": lambda w: {"occurrence_id": w.classes.full},
        "occurrences_between": lambda w: {
            "first_day": "2025-10-20", "last_day": "2025-11-30", "coach_id": a(w).coach_a,
            "include_canceled": True,
        },
        "book_place": lambda w: {
            "actor": a(w).desk, "occurrence_id": w.classes.open, "client_id": a(w).john, "new_client": None,
            "with_pack": False, "pack_id": w.pack,
        },
        "join_waitlist": lambda w: {
            "actor": a(w).desk, "occurrence_id": w.classes.full, "client_id": None,
            "new_client": NewClient("Sinta Menunggu", "0812 7777 0000"),
        },
        "leave_waitlist": lambda w: {"actor": a(w).desk, "entry_id": w.classes.waiting},
        "class_roster": lambda w: {"actor": a(w).coach_a_actor, "occurrence_id": w.classes.full},
        "missing_places": lambda w: {"roster": w.classes.roster},
        "check_in": lambda w: {"actor": a(w).desk, "booking_id": w.classes.paid},
        "undo_check_in": lambda w: {"actor": a(w).desk, "booking_id": w.classes.checked_in},
        "check_in_all": lambda w: {"actor": a(w).coach_a_actor, "occurrence_id": w.classes.full},
        "confirm_class": lambda w: {"actor": a(w).coach_a_actor, "occurrence_id": w.classes.full},
        "may_confirm_class": lambda w: {"actor": a(w).coach_a_actor, "occurrence": w.classes.roster.occurrence},
        "finish_class": lambda w: {
            "actor": a(w).admin, "occurrence_id": w.classes.past, "no_shows": [w.classes.past_place],
            "waive_reason": None,
        },
        "cancel_occurrence": lambda w: {
            "actor": a(w).admin, "occurrence_id": w.classes.full, "reason": "Pelatih sakit",
            "refund_money": True, "return_credits": False,
        },
        "substitute_coach": lambda w: {
            "actor": a(w).admin, "occurrence_id": w.classes.full, "coach_id": a(w).coach_b,
        },
        "attendance": lambda w: {
            "actor": a(w).admin, "start": "2025-10-20", "end": "2025-10-31", "by_coach": True,
        },
        "untold_promotions": lambda w: {"actor": a(w).desk},
        "record_message_sent": lambda w: {"actor": a(w).desk, "entry_id": w.classes.promoted},
        "whatsapp_text": lambda w: {
            "language": "id", "name": "Ana", "course": "Vinyasa", "start": w.now, "studio": "Sanggar Kemang",
            "pack": None, "pay_by": w.now,
        },
        "whatsapp_url": lambda w: {"phone": "6281355550003", "text": "Halo Ana"},
        "get_client": lambda w: {"client_id": a(w).john},
        "get_course": lambda w: {"course_id": a(w).yoga},
        "list_bookings": lambda w: {
            "where": BookingFilter(
                statuses=frozenset({BookingStatus.PENDING, BookingStatus.PAID}), coach_id=a(w).coach_a,
                client_id=a(w).john, course_id=a(w).yoga, date_from="2025-10-20", date_to="2025-10-31",
                text="John",
            ),
            "offset": 0, "limit": 50, "sort": "client", "descending": True, "seen_by": a(w).desk,
        },
        "list_coaches": lambda w: {"include_inactive": True},
        "list_courses": lambda w: {"include_inactive": True},
        "load_demo": lambda w: {"seed": 7},
        "products_for_sale": lambda w: {"actor": a(w).desk},
        "mark_paid": lambda w: {
            "actor": a(w).desk, "booking_id": w.pending.id, "method": "cash", "reference": "Kas 1",
            "amount": 100_000, "cash_tendered": 150_000,
        },
        "normalize_phone": lambda w: {"text": "0812 3456 7890", "country_code": "62"},
        "parse_amount": lambda w: {"value": "150.000", "what": "The price", "currency": "IDR"},
        "reference_required": lambda w: {"method": "card"},
        "refund_methods": lambda w: {"actor": a(w).desk, "booking_id": w.paid.booking.id},
        "refusal": lambda w: {
            "booking": w.pending, "actor": a(w).desk, "action": BookingAction.PAY, "now": w.now,
        },
        "reschedule_booking": lambda w: {
            "actor": a(w).desk, "booking_id": w.pending.id, "date": "2025-10-27", "start_time": "13:00",
            "coach_id": a(w).coach_a, "reason": "Minta pindah",
        },
        "sign_in": lambda w: {"staff_id": a(w).desk.staff_id, "pin": "2222"},
        "start_studio": lambda w: {"new": NEW_STUDIO},
        "update_settings": lambda w: {
            "actor": a(w).admin, "studio_name": "Sanggar Kemang", "studio_address": "Jl. Kemang 1\nJakarta",
            "receipt_footer": "Terima kasih", "hold_minutes": 30, "timezone": "Asia/Jakarta",
            "currency": "IDR", "tax_number": "01.234.567.8-901.000",
        },
        "week_schedule": lambda w: {
            "coach_id": a(w).coach_a, "week_start": "2025-10-20", "seen_by": a(w).admin,
        },
        "change_own_pin": lambda w: {"actor": a(w).desk, "old_pin": "2222", "new_pin": "2468"},
        "change_role": lambda w: {
            "actor": a(w).admin, "staff_id": a(w).desk.staff_id, "role": "admin", "coach_id": None,
        },
        "deactivate_staff": lambda w: {"actor": a(w).admin, "staff_id": a(w).desk.staff_id},
        "reactivate_staff": lambda w: {"actor": a(w).admin, "staff_id": a(w).desk.staff_id},
        "reset_pin": lambda w: {"actor": a(w).admin, "staff_id": a(w).desk.staff_id, "new_pin": "9753"},
        "unlock_staff": lambda w: {"actor": a(w).admin, "staff_id": a(w).desk.staff_id},
        "list_all_staff": lambda w: {"actor": a(w).admin},
        "own_coach_of": lambda w: {"actor": a(w).coach_a_actor},
        "sees_coach": lambda w: {"actor": a(w).coach_a_actor, "coach_id": a(w).coach_a},
        "client_history": lambda w: {"client_id": a(w).john},
        "e164_phone": lambda w: {"stored": "6281234567890"},
        "format_phone": lambda w: {"stored": "6281234567890", "country_code": "62"},
        "import_clients": lambda w: {"actor": a(w).admin, "data": CSV},
        "preview_client_import": lambda w: {"actor": a(w).admin, "data": CSV},
        "list_clients": lambda w: {"text": "J", "limit": 100},
        "merge_clients": lambda w: {"actor": a(w).admin, "keep_id": a(w).john, "merge_id": a(w).jane},
        "update_client": lambda w: {
            "actor": a(w).desk, "client_id": a(w).john, "name": "John Doe", "phone": "0812-3456-7890",
            "email": "john@example.com", "notes": "Catatan\nbaris dua", "language": "en",
        },
        "included_tax": lambda w: {
            "price": 150_000, "mode": "regional", "regional_name": "PBJT", "regional_percent": 10,
        },
        "known_currency": lambda w: {"code": "idr"},
        "receipt_file_name": lambda w: {"sheet": w.sheet, "word": "kwitansi"},
        "pack_sale_sheet": lambda w: {"sale": w.sale, "settings": w.settings},
        "fee_payment_sheet": lambda w: {"payment": w.fee_paid, "settings": w.settings},
        "reprint_pack_receipt": lambda w: {"actor": a(w).desk, "pack_id": w.pack},
        "receipt_sheet": lambda w: {"receipt": w.paid, "settings": w.settings, "refunds": (), "copy": True},
        "reprint_receipt": lambda w: {"actor": a(w).desk, "booking_id": w.paid.booking.id},
        # This PC's database connection (services.connection): a SQLite file, so nothing
        # connects to a server; a save writes the connection file into each test's own config
        # folder (test_hostile_arguments.own_config_folder), never the machine's.
        "connection.check_connection": lambda w: {"url_text": CONNECTION_FILE, "password": None},
        "connection.save_connection": lambda w: {"url_text": CONNECTION_FILE, "password": None},
        # The web sync's (services.sync).
        "sync.coach_web_link": lambda w: {"remote_id": "17", "username": "coach.ayu", "row": "Coach Ayu"},
        "sync.course_web_link": lambda w: {"remote_id": "42", "row": "Yoga Pemula"},
        "sync.configure_sync": lambda w: {
            "actor": a(w).admin, "server": "https://studio.example.com", "login_path": "/auth/api_login/",
            "every_seconds": 60, "enabled": False, "web_zone": "Asia/Jakarta",
            "coaches": {a(w).coach_a: (17, "smith")}, "courses": {a(w).yoga: 42},
        },
        "sync.keep_at_desk_only": lambda w: {"actor": a(w).desk, "booking_id": w.pending.id},
        "sync.send_again": lambda w: {"actor": a(w).desk, "booking_id": w.pending.id},
        "sync.parse_coach_link": lambda w: {"spec": "3=17:coach.ayu"},
        "sync.parse_course_link": lambda w: {"spec": "5=42"},
        "sync.preview_catch_up": lambda w: {
            "actor": a(w).admin, "server": "https://studio.example.com", "enabled": True,
            "courses": {a(w).yoga: 42},
        },
        "sync.run_sync_once": lambda w: {"timeout": 5.0, "push_limit": 10},
        # Nothing but the database to give them.
        **dict.fromkeys(
            (
                "expire_stale_holds", "release_stale_holds", "release_expired_packs", "is_empty",
                "schedule_classes", "keep_timetable_scheduled",
                "get_settings", "list_staff",
                "settings_locks", "studio_today", "sync.get_sync_config", "sync.sync_problems",
                "sync.sync_status",
            ),
            lambda w: {},
        ),
    }


VALID = _valid_calls()

# What the valid call of a few functions meets in the World, by the studio's state and not by
# its arguments (the hostile-arguments test still shows that their arguments are checked first).
REFUSED_BY_THE_STUDIO: dict[str, type[DomainError]] = {
    "sync.keep_at_desk_only": ValidationError,  # the booking has no problem with the web
    "sync.send_again": ValidationError,  # the web sync is off
    "sync.run_sync_once": SyncError,  # the web sync is off
}

# The parameters no hostile value is given, and why.
NOT_VARIED: dict[str, str] = {
    "db": "the Database the program opened, never something a person types",
    "write": "fill's way of writing a field is the desk's own function",
}
# Functions the test does not call at all, and why (kept small).
NOT_CALLED: dict[str, str] = {
    "sync.save_password": "writes the operating system's keyring, not the database",
}


def public_functions() -> dict[str, Callable[..., Any]]:
    """Every function studio_desk.services exports by name, and those of the modules it exports
    (services.sync, services.connection) as `module.name`, but for NOT_CALLED.

    An exported module says what it exports in its `__all__`; one without is a mistake, not a
    module with nothing to test (services.connection had none, and was silently skipped)."""
    found: dict[str, Callable[..., Any]] = {}
    for name in services.__all__:
        value = getattr(services, name)
        if inspect.isfunction(value):
            found[name] = value
        elif isinstance(value, ModuleType):
            if not isinstance(getattr(value, "__all__", None), list | tuple):
                raise AssertionError(
                    f"services.{name} ({value.__name__}) has no __all__: name what it exports"
                )
            for inner in value.__all__:
                member = getattr(value, inner)
                if inspect.isfunction(member):
                    found[f"{name}.{inner}"] = member
    unknown = set(NOT_CALLED) - set(found)
    assert not unknown, f"NOT_CALLED names functions that are not exported: {sorted(unknown)}"
    return {name: function for name, function in found.items() if name not in NOT_CALLED}


def varied_parameters(name: str, arguments: Arguments) -> list[str]:
    return [parameter for parameter in arguments if parameter not in NOT_VARIED]


def call(function: Callable[..., Any], db: Database, arguments: Arguments) -> Any:
    """`function` with `arguments`, and `db` when it takes one."""
    if "db" in inspect.signature(function).parameters:
        return function(db, **arguments)
    return function(**arguments)
