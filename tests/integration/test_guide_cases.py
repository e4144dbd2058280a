"""The five test cases of the web platform's integration guide, at the desk."""

from __future__ import annotations

import pytest

from studio_desk import services
from studio_desk.services import BookingStatus, Forbidden, InvalidTransition
from tests.support.snapshot import snapshot
from tests.support.studio import Studio


def _walk_in(db: services.Database, studio: Studio) -> services.BookingView:
    return services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga,
        date="2025-10-25", start_time="09:00",
    )


def test_1_create_booking_is_pending(db: services.Database, studio: Studio) -> None:
    booking = _walk_in(db, studio)
    assert booking.status is BookingStatus.PENDING
    assert services.get_booking(db, booking.id).status is BookingStatus.PENDING
    assert f"{booking.start_at:%Y-%m-%dT%H:%M}" == "2025-10-25T09:00"
    assert f"{booking.end_at:%Y-%m-%dT%H:%M}" == "2025-10-25T10:00"


def test_2_mark_paid_with_payment_id_is_paid(db: services.Database, studio: Studio) -> None:
    booking = _walk_in(db, studio)
    paid = services.mark_paid(db, studio.desk, booking.id, method="card", reference="PAY-12345").booking
    assert paid.status is BookingStatus.PAID
    assert paid.paid_total == Studio.YOGA_PRICE
    (payment,) = services.booking_details(db, booking.id).payments
    assert (payment.reference, payment.amount) == ("PAY-12345", Studio.YOGA_PRICE)


def test_3_marking_a_paid_booking_again_is_refused(db: services.Database, studio: Studio) -> None:
    booking = _walk_in(db, studio)
    services.mark_paid(db, studio.desk, booking.id, method="card", reference="PAY-12345")
    before = snapshot(db)
    with pytest.raises(InvalidTransition) as refused:
        services.mark_paid(db, studio.desk, booking.id, method="card", reference="PAY-99999")
    assert str(refused.value) == (
        "Only pending bookings can be marked as paid. Current status: paid"
    )
    assert refused.value.http_status == 400
    assert snapshot(db) == before


def test_4_someone_not_allowed_to_take_payment_is_refused(
    db: services.Database, studio: Studio
) -> None:
    # At the desk, "another user's booking" is a coach trying to take the money.
    booking = _walk_in(db, studio)
    before = snapshot(db)
    with pytest.raises(Forbidden) as refused:
        services.mark_paid(db, studio.coach_a_actor, booking.id, method="cash")
    assert refused.value.http_status == 403
    assert snapshot(db) == before


def test_5_cancel_paid_booking_is_canceled(db: services.Database, studio: Studio) -> None:
    booking = _walk_in(db, studio)
    services.mark_paid(db, studio.desk, booking.id, method="cash")
    canceled = services.cancel_booking(
        db, studio.desk, booking.id, reason="Client is ill",
        refund=services.Refund(Studio.YOGA_PRICE, "cash"),
    )
    assert canceled.status is BookingStatus.CANCELED
    assert canceled.paid_total == 0
    # The time is free again for someone else.
    again = services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
        date="2025-10-25", start_time="09:00",
    )
    assert again.status is BookingStatus.PENDING
