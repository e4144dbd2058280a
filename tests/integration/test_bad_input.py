"""Bad input at the desk: a domain error whose message a receptionist can read, and nothing written."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from studio_desk import services
from studio_desk.services import Database, DomainError, NotFound, ValidationError
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

SQL_INJECTION = "x'); DROP TABLE bookings; --"


def refused(db: Database, error: type[DomainError], call: Callable[[], object]) -> str:
    """Run `call`, expect `error`, check nothing changed and the message is for people."""
    before = snapshot(db)
    with pytest.raises(error) as caught:
        call()
    message = str(caught.value)
    assert message[:1].isupper() or message.startswith("'"), message
    for leak in ("Traceback", "sqlalchemy", "psycopg", "sqlite", "Error(", "SELECT", "None"):
        assert leak not in message, message
    assert snapshot(db) == before
    return message


def book(db: Database, studio: Studio, **overrides: object) -> Callable[[], object]:
    values: dict[str, object] = dict(
        client_id=studio.john, course_id=studio.yoga, date="2025-10-25", start_time="10:00"
    )
    values.update(overrides)
    return lambda: services.create_booking(db, studio.desk, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value", "error", "words"),
    [
        ("client_id", 4242, NotFound, "Client not found"),
        ("course_id", 4242, NotFound, "Course not found"),
        ("client_id", "abc", ValidationError, "not a client number"),
        ("course_id", SQL_INJECTION, ValidationError, "not a course number"),
        ("course_id", True, ValidationError, "not a course number"),
        ("date", "25/10/2025", ValidationError, "like 2025-10-25"),
        ("date", "2025-13-01", ValidationError, "is not a date"),
        ("date", "", ValidationError, "is not a date"),
        ("date", SQL_INJECTION, ValidationError, "is not a date"),
        ("start_time", "9", ValidationError, "like 09:00"),
        ("start_time", "25:00", ValidationError, "is not a time of day"),
        ("start_time", "09:60", ValidationError, "is not a time of day"),
        ("start_time", "9am", ValidationError, "is not a time of day"),
        ("start_time", "", ValidationError, "is not a time of day"),
        ("start_time", "06:00", ValidationError, "within the coach's hours"),
        ("start_time", "20:30", ValidationError, "within the coach's hours"),
        ("date", "2025-12-25", ValidationError, "not available on that day"),
        ("date", "2025-10-23", ValidationError, "already passed"),
    ],
)
def test_a_booking_from_bad_input_is_refused(
    db: Database, studio: Studio, field: str, value: object, error: type[DomainError], words: str
) -> None:
    assert words in refused(db, error, book(db, studio, **{field: value}))


def test_earlier_today_is_in_the_past(db: Database, studio: Studio, clock: SettableClock) -> None:
    assert "already passed" in refused(db, ValidationError, book(db, studio, date="2025-10-24",
                                                                   start_time="07:30"))


@pytest.mark.parametrize(
    ("name", "words"),
    [("", "Enter the client's name."), ("   ", "Enter the client's name."),
     ("x" * 121, "too long"), ("x" * 100_000, "too long"), ("Nul\x00Byte", "control characters")],
)
def test_client_names_must_be_real(db: Database, name: str, words: str) -> None:
    assert words in refused(db, ValidationError, lambda: services.create_client(db, name=name))


@pytest.mark.parametrize("phone", ["call me", "12", "0812-3456-7890-1234-5678", "+62 abc"])
def test_phone_numbers_must_look_like_phone_numbers(db: Database, phone: str) -> None:
    assert "phone number" in refused(
        db, ValidationError, lambda: services.create_client(db, name="Ana", phone=phone)
    )


def test_quotes_and_sql_in_text_are_kept_as_typed(db: Database, studio: Studio, clock: SettableClock) -> None:
    name = "O'Brien \"Bob\" " + SQL_INJECTION
    client = services.create_client(db, name=name, notes="50% off_peak; \\ backslash")
    assert services.get_client(db, client.id).name == name
    assert [c.id for c in services.find_clients(db, "O'Brien \"Bob\"")] == [client.id]
    # % and _ are letters in a search, not wildcards.
    assert services.find_clients(db, "%") == []
    assert services.find_clients(db, "_") == []
    booking = booking_in(db, studio, clock, services.BookingStatus.PAID)
    reason = "Client said: \"can't come\"; DELETE FROM payments; --"
    services.cancel_booking(db, studio.desk, booking.id, reason=reason, refund=services.NO_REFUND)
    last = services.booking_details(db, booking.id).history[-1]
    assert str(last.reason) == reason + " (no refund)"
    assert len(services.booking_details(db, booking.id).payments) == 1


def test_availability_that_ends_before_it_starts_is_refused(db: Database, studio: Studio) -> None:
    message = refused(db, ValidationError, lambda: services.add_availability(
        db, studio.admin, coach_id=studio.coach_a, date="2025-12-01", start_time="12:00", end_time="09:00"))
    assert "end of the hours must be after their start" in message


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"method": "bitcoin"}, "cash, card, bank transfer, QRIS or e-wallet"),
        ({"method": "card"}, "Enter the reference of the card payment"),
        ({"method": "qris", "reference": "   "}, "Enter the reference of the QRIS payment"),
        ({"method": "cash", "amount": "abc"}, "must be a number, like Rp 150,000."),
        ({"method": "cash", "amount": -5}, "cannot be negative"),
        ({"method": "cash", "amount": 10**15}, "larger than any price"),
        ({"method": "ewallet", "reference": "R" * 65}, "too long"),
    ],
)
def test_payments_from_bad_input_are_refused(
    db: Database, studio: Studio, clock: SettableClock, kwargs: dict[str, object], words: str
) -> None:
    booking = booking_in(db, studio, clock, services.BookingStatus.PENDING)
    message = refused(db, ValidationError, lambda: services.mark_paid(db, studio.desk, booking.id, **kwargs))
    assert words in message


def test_canceling_needs_a_reason_and_a_sane_refund(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, services.BookingStatus.PAID)
    cancel = lambda **kw: lambda: services.cancel_booking(db, studio.desk, booking.id, **kw)  # noqa: E731
    assert "Enter the reason" in refused(db, ValidationError, cancel(reason="  ", refund=services.NO_REFUND))
    assert "Rp 150,000 paid" in refused(db, ValidationError, cancel(reason="Ill"))
    assert "more than what was paid" in refused(
        db, ValidationError, cancel(reason="Ill", refund=services.Refund(150_001, "cash")))
    assert "reference" in refused(
        db, ValidationError, cancel(reason="Ill", refund=services.Refund(1000, "bank_transfer")))
    unpaid = booking_in(db, studio, clock, services.BookingStatus.PENDING, start="12:00")
    assert "nothing to refund" in refused(db, ValidationError, lambda: services.cancel_booking(
        db, studio.desk, unpaid.id, reason="Ill", refund=services.Refund(1000, "cash")))


def test_a_reschedule_from_bad_input_is_refused(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, services.BookingStatus.PAID)
    move = lambda **kw: lambda: services.reschedule_booking(db, studio.desk, booking.id, **kw)  # noqa: E731
    assert "Coach not found" in refused(db, NotFound, move(date="2025-10-26", start_time="10:00",
                                                           coach_id=999))
    assert "already at that time" in refused(db, ValidationError, move(date="2025-10-25",
                                                                        start_time="10:00"))
    assert "is not a date" in refused(db, ValidationError, move(date="soon", start_time="10:00"))
    assert "already passed" in refused(db, ValidationError, move(date="2025-10-20", start_time="10:00"))
    assert "Booking not found" in refused(db, NotFound, lambda: services.reschedule_booking(
        db, studio.desk, 31337, date="2025-10-26", start_time="10:00"))


def test_unknown_person_and_bad_new_staff(db: Database, studio: Studio) -> None:
    assert "No such person" in refused(db, NotFound, lambda: services.sign_in(db, 999, "2222"))
    assert "4 to 8 digits" in refused(db, ValidationError, lambda: services.create_staff(
        db, studio.admin, name="Tono", role="receptionist", pin="12"))
    assert "Choose a role" in refused(db, ValidationError, lambda: services.create_staff(
        db, studio.admin, name="Tono", role="boss", pin="1234"))


@pytest.mark.parametrize(
    ("typed", "taken"),
    [("150000", 150_000), ("150.000", 150_000), ("150,000", 150_000), ("150 000", 150_000),
     (" 120.000 ", 120_000), (150_000, 150_000)],
)
def test_amounts_typed_with_grouping_are_read_as_people_mean_them(
    db: Database, studio: Studio, clock: SettableClock, typed: object, taken: int
) -> None:
    booking = booking_in(db, studio, clock, services.BookingStatus.PENDING)
    assert services.mark_paid(db, studio.desk, booking.id, method="cash", amount=typed).booking.paid_total == taken


@pytest.mark.parametrize(
    ("typed", "words"),
    [("150.000,00", "must be a number"), ("150000.5", "must be a number"), ("1,5", "must be a number"),
     ("15.00.000", "must be a number"), ("EUR 150.000", "must be a number"),
     (150_001, "cannot be more than the price"), ("1.500.000", "cannot be more than the price"),
     ("Rp 1.500.000", "cannot be more than the price"),
     (0, "Enter the amount paid")],
)
def test_amounts_that_could_be_misread_are_refused(
    db: Database, studio: Studio, clock: SettableClock, typed: object, words: str
) -> None:
    booking = booking_in(db, studio, clock, services.BookingStatus.PENDING)
    message = refused(db, ValidationError, lambda: services.mark_paid(
        db, studio.desk, booking.id, method="cash", amount=typed))
    assert words in message


def test_a_refund_must_be_a_refund_or_no_refund(db: Database, studio: Studio, clock: SettableClock) -> None:
    booking = booking_in(db, studio, clock, services.BookingStatus.PAID)
    assert "Choose a refund or 'no refund'" in refused(db, ValidationError, lambda: services.cancel_booking(
        db, studio.desk, booking.id, reason="Ill", refund={"amount": 150_000}))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "words"),
    [({"slot_step_minutes": 7.5}, "whole number of minutes"), ({"hold_minutes": True}, "whole number"),
     ({"hold_minutes": "30"}, "whole number"), ({"timezone": 5}, "must be text"),
     ({"timezone": "Mars/Olympus"}, "no time zone called"), ({"timezone": "Asia"}, "no time zone called"),
     ({"slot_step_minutes": 1}, "between 5 and 240"),
     ({"hold_minutes": -1}, "between 0 (off)"), ({"currency": "rupiah"}, "three-letter code"),
     ({"phone_country_code": "+62"}, "digits only"), ({"colour": "blue"}, "Unknown setting"),
     ({"idle_lock_minutes": 2.5}, "whole number"), ({"idle_lock_minutes": 1441}, "0 (never) to 1440")],
)
def test_settings_of_the_wrong_kind_are_refused(
    db: Database, studio: Studio, change: dict[str, object], words: str
) -> None:
    assert words in refused(db, ValidationError, lambda: services.update_settings(db, studio.admin, **change))
