"""Issue 15, items 5 and 7, one by one: text that is not a name, wrong types and values out of
range all get a domain error a person can read, and nothing is written. On both databases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from studio_desk import services
from studio_desk.services import (
    Actor,
    BookingFilter,
    Database,
    DomainError,
    Forbidden,
    StaffRole,
    ValidationError,
)
from tests.integration.test_bad_input import refused
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

# Not names: invisible, reordering or breaking text, or not text at all.
NOT_NAMES = {
    "zero-width spaces only": ("\u200b\u200b\u200b", "invisible"),
    "a right-to-left override": ("Ana\u202eLee", "invisible"),
    "a bidi isolate": ("\u2067Ana\u2069", "invisible"),
    "a byte-order mark": ("\ufeffAna", "invisible"),
    "DEL": ("Ana\x7f", "invisible"),
    "NEL": ("Ana\x85Lee", "invisible"),
    "a line break": ("Ana\nLee", "invisible"),
    "a tab": ("Ana\tLee", "invisible"),
    "a line separator": ("Ana\u2028Lee", "invisible"),
    "a lone surrogate": ("Ana\udcffLee", "invisible"),
    "an escape sequence": ("Ana\x1b[31mLee", "invisible"),
    "a joiner alone": ("\u200d", "Enter"),
    "accents alone": ("\u0301\u0301", "Enter"),
    "Hangul fillers alone": ("\u3164\u3164", "Enter"),
    "a half-width Hangul filler alone": ("\uffa0", "Enter"),
    "a Hangul choseong filler alone": ("\u115f", "Enter"),
    "blank Braille alone": ("\u2800\u2800", "Enter"),
    "a combining grapheme joiner alone": ("\u034f", "Enter"),
    "a Hangul filler among letters": ("Ana\u3164Lee", "blank or not printable (U+3164)"),
    "blank Braille among letters": ("Ana\u2800Lee", "blank or not printable (U+2800)"),
    "a combining grapheme joiner among letters": ("Ana\u034fLee", "blank or not printable (U+034F)"),
    "a private-use character": ("\ue000", "blank or not printable (U+E000)"),
    "a private-use character among letters": ("Ana\U000f0000", "blank or not printable (U+F0000)"),
    "an unassigned code point": ("Ana\u0378", "blank or not printable (U+0378)"),
    "bytes": (b"Ana", "must be text"),
    "a list": (["Ana"], "must be text"),
    "a number": (42, "must be text"),
}


@pytest.mark.parametrize("kind", sorted(NOT_NAMES))
def test_what_is_not_a_name_is_refused_everywhere_a_name_is_given(
    db: Database, studio: Studio, kind: str
) -> None:
    name, words = NOT_NAMES[kind]
    admin = studio.admin
    naming: list[Callable[[], object]] = [
        lambda: services.create_client(db, name=name),
        lambda: services.update_client(db, studio.desk, studio.john, name=name),
        lambda: services.create_coach(db, admin, name=name),
        lambda: services.update_coach(db, admin, studio.coach_a, name=name),
        lambda: services.create_staff(db, admin, name=name, role="receptionist", pin="5678"),
        lambda: services.create_course(
            db, admin, coach_id=studio.coach_a, title=name, duration_minutes=60, price=1
        ),
        lambda: services.add_holiday(db, admin, date="2025-12-25", name=name),
    ]
    for call in naming:
        assert words in refused(db, ValidationError, call)


@pytest.mark.parametrize("kind", sorted(kind for kind, (_, words) in NOT_NAMES.items() if words != "Enter"))
def test_the_studios_name_is_a_name_too(db: Database, studio: Studio, kind: str) -> None:
    name, words = NOT_NAMES[kind]
    said = refused(db, ValidationError, lambda: services.update_settings(db, studio.admin, studio_name=name))
    if "U+" in words:
        assert words.split()[-1].strip("()") in said


def test_a_studio_name_that_shows_nothing_is_no_name_yet(db: Database, studio: Studio) -> None:
    """The studio's details are empty until the owner fills them in: blank is empty, not refused."""
    for blank in ("\u3164\u3164", "\u2800", "\u200d"):
        assert services.update_settings(db, studio.admin, studio_name=blank).studio_name == ""


# Names as people at an Indonesian studio have them, and from elsewhere: they all stay as typed.
REAL_NAMES = [
    "Ni Luh Putu Ayu Saraswati", "I Gusti Ngurah Rai", "Siti Nur\u2019aini", "Muhammad Al-Fatih",
    "Dewi Lestari S.Pd.", "Tjokorda Istri Agung", "Anak Agung Ngurah", "Nguyễn Thị Minh Khai",
    "Zoë O'Brien-Łukasiewicz", "Σωκράτης", "Пётр Ильич", "محمد\u200cرضا", "नमस्\u200dते",
    "\u4e2d\u6751\u3000\u82b1\u5b50", "\u845b\U000e0100\u98fe", "\ud55c\uc9c0\ubbfc", "Ana\u00a0Lee",
]


def test_real_names_are_kept_as_typed(db: Database) -> None:
    for name in REAL_NAMES:
        assert services.create_client(db, name=name).name == name


def test_names_are_kept_in_one_normal_form_and_joiners_stay(db: Database) -> None:
    decomposed = services.create_client(db, name="  Jose\u0301 Lu\u0301cia  ")
    assert decomposed.name == "Jos\u00e9 L\u00facia"
    assert [c.id for c in services.find_clients(db, "Jose\u0301")] == [decomposed.id]
    # The joiners are how Persian and emoji are written: they are not invisible tricks.
    assert services.create_client(db, name="Mi\u200cnoo").name == "Mi\u200cnoo"
    assert services.create_client(db, name="Ana \U0001f469\u200d\U0001f4bb").name.endswith("\u200d\U0001f4bb")


def test_notes_and_the_address_keep_their_line_breaks(db: Database, studio: Studio) -> None:
    client = services.create_client(db, name="Ana", notes="Pagi saja\r\nTidak hari Jumat\rOK")
    assert client.notes == "Pagi saja\nTidak hari Jumat\nOK"
    settings = services.update_settings(db, studio.admin, studio_address="Jl. Kemang 1\r\nJakarta")
    assert settings.studio_address == "Jl. Kemang 1\nJakarta"
    assert "invisible" in refused(
        db, ValidationError, lambda: services.create_client(db, name="Ana", notes="Pagi\u202e")
    )
    refused(db, ValidationError, lambda: services.update_settings(db, studio.admin, studio_name="A\nB"))


def test_numbers_of_thousands_of_digits_are_too_large_not_a_crash(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    huge = "9" * 5000
    course = lambda **kw: lambda: services.create_course(  # noqa: E731
        db, studio.admin, **{"coach_id": studio.coach_a, "title": "Yoga", "duration_minutes": 60,
                             "price": 1, **kw}
    )
    assert "larger than any price" in refused(db, ValidationError, course(price=huge))
    assert "between 5 and 720 minutes" in refused(db, ValidationError, course(duration_minutes=huge))
    assert "between 0 and 240 minutes" in refused(db, ValidationError, course(buffer_minutes=huge))
    booking = booking_in(db, studio, clock, services.BookingStatus.PENDING)
    assert "larger than any price" in refused(db, ValidationError, lambda: services.mark_paid(
        db, studio.desk, booking.id, method="cash", amount=huge))
    assert "larger than any" in refused(db, ValidationError, lambda: services.record_float(
        db, studio.desk, 10**4400))


@pytest.mark.parametrize("number", [2**31, 2**63, 10**30, 0, -1, "2147483648", "9" * 30])
def test_ids_beyond_the_columns_are_not_ids(db: Database, studio: Studio, number: object) -> None:
    """PostgreSQL's INTEGER ends at 2^31 - 1 and SQLite's at 2^63 - 1: both said DataError or
    OverflowError before."""
    assert "is not a booking number" in refused(db, ValidationError, lambda: services.get_booking(db, number))
    assert "is not a client number" in refused(db, ValidationError, lambda: services.create_booking(
        db, studio.desk, client_id=number, course_id=studio.yoga, date="2025-10-27", start_time="10:00"))
    assert "is not a coach number" in refused(db, ValidationError, lambda: services.week_schedule(
        db, number, "2025-10-27"))


def test_a_web_id_may_be_as_large_as_its_column(db: Database, studio: Studio) -> None:
    coach = services.create_coach(db, studio.admin, name="Coach Web", remote_id=2**40)
    assert coach.remote_id == 2**40
    assert "is not a web coach number" in refused(db, ValidationError, lambda: services.create_coach(
        db, studio.admin, name="Coach Web 2", remote_id=2**63))


@pytest.mark.parametrize("text", ["\x00", "Jo\x00hn", "\ud800"])
def test_a_search_for_what_cannot_be_stored_is_refused(db: Database, text: str) -> None:
    """PostgreSQL cannot even be sent a NUL (DataError before)."""
    for search in (
        lambda: services.find_clients(db, text),
        lambda: services.list_clients(db, text),
        lambda: services.list_bookings(db, BookingFilter(text=text)),
    ):
        assert "invisible control characters" in refused(db, ValidationError, search)


@pytest.mark.parametrize(
    "call",
    [
        lambda db: services.create_client(db, name="Ana", phone=81234567890),
        lambda db: services.list_bookings(db, offset="0"),
        lambda db: services.list_bookings(db, limit="10"),
        lambda db: services.list_bookings(db, BookingFilter(statuses="pending")),  # type: ignore[arg-type]
        lambda db: services.list_bookings(db, BookingFilter(statuses={"pending", "lost"})),  # type: ignore[arg-type]
        lambda db: services.find_clients(db, "Jo", limit="5"),
        lambda db: services.list_coaches(db, include_inactive="no"),
        lambda db: services.normalize_phone(b"0812", "62"),
        lambda db: services.format_money("150000", "IDR"),
        lambda db: services.format_money(150_000, "rupiah"),
    ],
    ids=["int phone", "str offset", "str limit", "statuses str", "unknown status", "str find limit",
         "str flag", "bytes phone", "str amount", "unknown currency"],
)
def test_wrong_types_are_refused(db: Database, call: Callable[[Database], object]) -> None:
    refused(db, ValidationError, lambda: call(db))


def test_a_status_list_may_be_the_statuses_words(db: Database, studio: Studio, clock: SettableClock) -> None:
    booking = booking_in(db, studio, clock, services.BookingStatus.PENDING)
    page = services.list_bookings(db, BookingFilter(statuses=frozenset({"pending"})))  # type: ignore[arg-type]
    assert [row.id for row in page.rows] == [booking.id]


@pytest.mark.parametrize(
    "day", [dt.date(1, 1, 1), dt.date(9999, 12, 31), "9999-12-31", "0001-01-01", "1999-12-31", "2100-01-01"]
)
def test_days_outside_the_desks_dates_are_refused(db: Database, studio: Studio, day: object) -> None:
    """Year 1 and 9999 were an OverflowError in the cash-up, the reports, the calendars and the
    free times; the desk's date fields stop at the same days."""
    for call in (
        lambda: services.cash_up(db, studio.desk, day),
        lambda: services.takings_by_day(db, studio.desk, day, day),
        lambda: services.coach_report(db, studio.admin, day, day),
        lambda: services.day_schedule(db, day),
        lambda: services.week_schedule(db, studio.coach_a, day),
        lambda: services.free_start_times(db, studio.yoga, day),
        lambda: services.list_holidays(db, day),
    ):
        assert "works with dates from 01 Jan 2000 to 31 Dec 2099" in refused(db, ValidationError, call)


def test_the_first_and_last_days_work_everywhere(db: Database, studio: Studio) -> None:
    """Nothing overflows at the ends: a week from the last day, the day after it in UTC."""
    for day in (services.EARLIEST_DAY, services.LATEST_DAY):
        assert services.day_schedule(db, day).day == day
        assert services.week_schedule(db, studio.coach_a, day).week_start == day
        assert services.cash_up(db, studio.desk, day).day == day
        assert len(services.takings_by_day(db, studio.desk, day, day)) == 1
        assert services.free_start_times(db, studio.yoga, day) == []


@pytest.mark.parametrize(
    "typed", ["20251027", "2025-W44-1", "2025-10-27T10:00", "２０２５-１０-２７", "27-10-2025"]
)
def test_a_date_is_written_year_month_day(db: Database, typed: str) -> None:
    assert "is not a date" in refused(db, ValidationError, lambda: services.day_schedule(db, typed))


def ghost(role: StaffRole = StaffRole.ADMIN) -> Actor:
    return Actor(staff_id=999_999, name="Ghost", role=role)


def test_someone_who_is_not_at_the_studio_is_asked_to_sign_in_again(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    """An actor whose staff row does not exist: the database refused their line (IntegrityError)."""
    booking = booking_in(db, studio, clock, services.BookingStatus.PENDING)
    for call in (
        lambda: services.create_booking(db, ghost(StaffRole.RECEPTIONIST), client_id=studio.john,
                                        course_id=studio.yoga, date="2025-10-27", start_time="10:00"),
        lambda: services.mark_paid(db, ghost(), booking.id, method="cash"),
        lambda: services.close_till(db, ghost(), counted_cash=0),
        lambda: services.record_float(db, ghost(), 100_000),
        lambda: services.update_client(db, ghost(), studio.john, name="John"),
        lambda: services.cash_up(db, ghost(), "2025-10-24"),
    ):
        assert "Sign in again" in refused(db, Forbidden, call)


def test_someone_deactivated_or_given_another_role_signs_in_again(db: Database, studio: Studio) -> None:
    """Their Actor still says what it said at sign-in; the staff row says what holds now."""
    services.change_role(db, studio.admin, studio.coach_b_actor.staff_id, "receptionist")
    services.change_role(db, studio.admin, studio.desk.staff_id, "coach", coach_id=studio.coach_b)
    # What each could do as they signed in, and no longer may.
    assert "Sign in again" in refused(db, Forbidden, lambda: services.update_client(
        db, studio.desk, studio.john, name="John"))
    assert "Sign in again" in refused(db, Forbidden, lambda: services.coach_queue(db, studio.coach_b_actor))
    services.deactivate_staff(db, studio.admin, studio.coach_a_actor.staff_id)
    assert "Sign in again" in refused(db, Forbidden, lambda: services.confirm_booking(
        db, studio.coach_a_actor, 1))
    # As they sign in now, they may.
    again = services.sign_in(db, studio.coach_b_actor.staff_id, "4444")
    assert again.role is StaffRole.RECEPTIONIST
    services.update_client(db, again, studio.john, name="John Doe")


@pytest.mark.parametrize(
    "actor",
    [
        "admin",
        Actor(staff_id="1", name="Dewi", role=StaffRole.ADMIN),  # type: ignore[arg-type]
        Actor(staff_id=1, name="Dewi", role="admin"),  # type: ignore[arg-type]
        Actor(staff_id=2**31, name="Dewi", role=StaffRole.ADMIN),
    ],
    ids=["a string", "a string id", "a string role", "an id beyond the column"],
)
def test_what_is_not_an_actor_is_refused_by_every_kind_of_service(db: Database, actor: object) -> None:
    for call in (
        lambda: services.is_admin(actor),  # type: ignore[arg-type]
        lambda: services.list_all_staff(db, actor),  # type: ignore[arg-type]
        lambda: services.create_coach(db, actor, name="Coach"),  # type: ignore[arg-type]
    ):
        assert "Sign in again" in refused(db, DomainError, call)


def test_the_system_and_the_command_line_act_without_a_staff_row(db: Database) -> None:
    command_line = Actor(staff_id=None, name="Command line", role=StaffRole.ADMIN)
    staff = snapshot(db)["staff"]
    assert services.create_coach(db, command_line, name="Coach CLI").name == "Coach CLI"
    assert snapshot(db)["staff"] == staff  # nobody was made up for it
