"""What a receipt says: the studio, a number per money line without gaps, the tax inside the
price, words that fit the booking's status, a copy printed later, and its file's name."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from studio_desk import services
from studio_desk.services import BookingStatus, Database, Forbidden, ValidationError
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio

S = BookingStatus


def numbers(db: Database) -> list[int]:
    with db.engine.connect() as connection:
        return list(connection.scalars(text("SELECT receipt_number FROM payments ORDER BY id")))


def test_payments_and_refunds_take_the_next_number_and_a_refused_payment_gives_its_number_back(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    first = booking_in(db, studio, clock, S.PENDING)
    receipt = services.mark_paid(db, studio.desk, first.id, method="cash")
    second = booking_in(db, studio, clock, S.PENDING, start="12:00")
    with pytest.raises(ValidationError):  # refused inside the unit of work: rolled back
        services.mark_paid(db, studio.desk, second.id, method="cash", amount=999_999)
    again = services.mark_paid(db, studio.desk, second.id, method="card", reference="EDC-1")
    services.cancel_booking(
        db, studio.desk, first.id, reason="Ill", refund=services.Refund(150_000, "cash")
    )

    assert receipt.payment is not None and again.payment is not None
    assert (receipt.payment.receipt_number, again.payment.receipt_number) == (1, 2)
    assert numbers(db) == [1, 2, 3]
    assert [line.receipt_number for line in services.booking_details(db, first.id).payments] == [1, 3]


def test_the_database_refuses_a_line_without_the_number_just_taken(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, S.PENDING)
    insert = (
        "INSERT INTO payments (booking_id, amount, method, taken_at, receipt_number)"
        " VALUES (:b, 5, 'cash', :t, :n)"
    )
    moment = "2025-10-24 03:00:00" if db.backend == "sqlite" else clock()
    for number in (None, 7):
        with pytest.raises(DBAPIError, match="receipt_number_not_taken"), db.engine.begin() as connection:
            connection.execute(text(insert), {"b": booking.id, "t": moment, "n": number})
    for statement in ("UPDATE receipt_counters SET last_number = 0", "DELETE FROM receipt_counters",
                      "UPDATE receipt_counters SET last_number = last_number + 2"):
        with pytest.raises(DBAPIError, match="receipt_counter_steps_by_one"), db.engine.begin() as connection:
            connection.execute(text(statement))


def test_the_receipt_has_the_studio_the_number_the_tax_and_the_words_of_a_paid_booking(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    services.update_settings(
        db, studio.admin, studio_name="Sanggar Yoga Kemang", studio_address="Jl. Kemang Raya 12",
        studio_phone="021 719 3344", tax_number="01.234.567.8-901.000", tax_mode="ppn",
        receipt_footer="Terima kasih!", paper_size="80mm",
    )
    booking = booking_in(db, studio, clock, S.PENDING)
    paid = services.mark_paid(db, studio.desk, booking.id, method="cash", cash_tendered=200_000)

    sheet = services.receipt_sheet(paid, services.get_settings(db))
    assert sheet.studio == services.StudioHeader(
        "Sanggar Yoga Kemang", "Jl. Kemang Raya 12", "021 719 3344", "01.234.567.8-901.000"
    )
    assert (sheet.number, sheet.paper, sheet.copy) == ("000001", "80mm", False)
    assert sheet.studio_footer == "Terima kasih!"
    assert sheet.tax is not None
    assert (sheet.tax.name, sheet.tax.tax, sheet.tax.base) == ("PPN", 14_865, 123_874)
    assert (sheet.cash_tendered, sheet.change) == (200_000, 50_000)
    assert str(sheet.footer) == "Thank you! Your booking is paid and waits for the coach's confirmation."
    assert services.receipt_file_name(sheet) == "2025-10-24 John Doe receipt 000001.pdf"


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (S.CONFIRMED, "Thank you! Your coach has confirmed the session. See you there."),
        (S.DONE, "Thank you for training with us. This session took place."),
    ],
)
def test_a_reprint_is_a_copy_with_the_words_of_the_status_now(
    db: Database, studio: Studio, clock: SettableClock, status: BookingStatus, words: str
) -> None:
    booking = booking_in(db, studio, clock, status)
    sheet = services.reprint_receipt(db, studio.desk, booking.id)
    assert sheet.copy and sheet.number == "000001" and str(sheet.footer) == words
    assert sheet.tax is None  # the studio prints no tax until it chooses one
    assert (sheet.cash_tendered, sheet.change) == (None, None)  # not kept


def test_a_refunded_booking_reprints_with_its_refund(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    services.update_settings(db, studio.admin, tax_mode="regional", regional_tax_percent=10)
    booking = booking_in(db, studio, clock, S.PAID)
    refund = services.Refund(100_000, "cash")
    services.cancel_booking(db, studio.desk, booking.id, reason="Ill", refund=refund)

    sheet = services.reprint_receipt(db, studio.desk, booking.id)
    assert sheet.payment is not None and sheet.payment.amount == 150_000 and sheet.number == "000001"
    assert [line.receipt_number for line in sheet.refunds] == [2] and sheet.refunded == 100_000
    assert str(sheet.footer) == "This booking was canceled and Rp 100,000 was refunded."
    assert sheet.tax is not None and (sheet.tax.name, sheet.tax.tax) == ("PBJT", 13_636)


def test_no_receipt_before_payment_and_none_for_a_coach(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    pending = booking_in(db, studio, clock, S.PENDING)
    with pytest.raises(ValidationError, match="has not been paid, so it has no receipt yet"):
        services.reprint_receipt(db, studio.desk, pending.id)
    paid = booking_in(db, studio, clock, S.PAID, start="12:00")
    with pytest.raises(Forbidden, match="Only the front desk can print a receipt again."):
        services.reprint_receipt(db, studio.coach_a_actor, paid.id)


def test_a_free_session_has_a_receipt_without_a_number(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    course = services.create_course(
        db, studio.admin, coach_id=studio.coach_a, title="Open day", duration_minutes=30, price=0
    )
    booking = booking_in(db, studio, clock, S.PAID, course=course.id)
    sheet = services.reprint_receipt(db, studio.desk, booking.id)
    assert (sheet.payment, sheet.number, sheet.tax) == (None, None, None)
    assert services.receipt_file_name(sheet).endswith(f"John Doe receipt {booking.id}.pdf")


@pytest.mark.parametrize(
    ("client", "name"),
    [
        ("Ayu Lestari", "Ayu Lestari"),
        ("Siti/Nur: \"A*\"?", "Siti Nur A"),
        ("Ni Kadek Ayu Dewi   ", "Ni Kadek Ayu Dewi"),
    ],
)
def test_the_file_name_keeps_safe_characters_only(
    db: Database, studio: Studio, clock: SettableClock, client: str, name: str
) -> None:
    who = services.create_client(db, name=client)
    booking = booking_in(db, studio, clock, S.PAID, client=who.id)
    sheet = services.reprint_receipt(db, studio.desk, booking.id)
    assert services.receipt_file_name(sheet, "struk") == f"2025-10-24 {name} struk 000001.pdf"
