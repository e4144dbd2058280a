"""What mark_paid answers: the receipt of the payment it took, as stored, with the cash and change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, Database, PaymentMethod, ValidationError
from tests.support.snapshot import snapshot
from tests.support.studio import Studio


@pytest.fixture
def booking(db: Database, studio: Studio) -> BookingView:
    """John's pending Yoga Pemula (Rp 150,000)."""
    return services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-25", start_time="09:00"
    )


def test_a_cash_receipt_carries_the_line_as_stored_the_cash_given_and_the_change(
    db: Database, studio: Studio, booking: BookingView
) -> None:
    receipt = services.mark_paid(db, studio.desk, booking.id, method="cash", cash_tendered="Rp 200.000")

    details = services.booking_details(db, booking.id)
    assert receipt.booking == details.booking
    assert receipt.booking.status is BookingStatus.PAID
    assert receipt.payment == details.payments[0]
    assert (receipt.payment.amount, receipt.payment.method, receipt.payment.taken_by) == (
        Studio.YOGA_PRICE, PaymentMethod.CASH, "Rina (desk)",
    )
    assert (receipt.cash_tendered, receipt.change) == (200_000, 50_000)


def test_a_card_receipt_has_its_reference_and_no_cash_lines(
    db: Database, studio: Studio, booking: BookingView
) -> None:
    receipt = services.mark_paid(db, studio.desk, booking.id, method="card", reference="EDC-7781")

    [payment] = services.booking_details(db, booking.id).payments
    assert receipt.payment == payment and payment.reference == "EDC-7781"
    assert (receipt.cash_tendered, receipt.change) == (None, None)


def test_the_exact_cash_gives_no_change_and_a_discount_is_what_the_change_is_counted_from(
    db: Database, studio: Studio, booking: BookingView
) -> None:
    receipt = services.mark_paid(
        db, studio.desk, booking.id, method="cash", amount="120.000", cash_tendered=150_000
    )

    assert receipt.payment is not None and receipt.payment.amount == 120_000
    assert (receipt.cash_tendered, receipt.change) == (150_000, 30_000)


def refused(db: Database, pay: Callable[[], object]) -> ValidationError:
    """The refusal `pay` meets, having written nothing."""
    before = snapshot(db)
    with pytest.raises(ValidationError) as refusal:
        pay()
    assert snapshot(db) == before
    return refusal.value


@pytest.mark.parametrize(
    ("amount", "tendered"), [(None, "100.000"), ("120.000", 119_999)], ids=["price", "discount"]
)
def test_cash_less_than_the_amount_is_refused_and_nothing_is_written(
    db: Database, studio: Studio, booking: BookingView, amount: str | None, tendered: object
) -> None:
    refusal = refused(db, lambda: services.mark_paid(
        db, studio.desk, booking.id, method="cash", amount=amount, cash_tendered=tendered
    ))

    assert str(refusal) == "The cash given is less than the amount to pay."
    assert refusal.about == "The cash given"


@pytest.mark.parametrize(
    ("payment", "message"),
    [
        ({"method": "card", "reference": "EDC-1", "cash_tendered": 200_000},
         "The cash given is only for cash payments; clear it or choose cash."),
        ({"method": "cash", "cash_tendered": "two hundred"},
         "The cash given must be a number, like Rp 150,000."),
    ],
    ids=["with a card", "not an amount"],
)
def test_cash_given_that_cannot_be_taken_is_refused_and_nothing_is_written(
    db: Database, studio: Studio, booking: BookingView, payment: dict[str, Any], message: str
) -> None:
    refusal = refused(db, lambda: services.mark_paid(db, studio.desk, booking.id, **payment))

    assert str(refusal) == message
    assert refusal.about == "The cash given"


def test_a_receipt_printed_again_later_is_the_same_without_the_cash_given(
    db: Database, studio: Studio, booking: BookingView
) -> None:
    receipt = services.mark_paid(db, studio.desk, booking.id, method="cash", cash_tendered=200_000)

    again = services.booking_details(db, booking.id).receipt

    assert again == services.PaymentReceipt(receipt.booking, receipt.payment)
