"""A refund goes back by a method that took at least that much on its booking; another method
only with an admin's reason, which the cash-up, the till's count and its closing show."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from studio_desk import services
from studio_desk.models import PaymentMethod
from studio_desk.services import BookingStatus, Database, Forbidden, NotFound, ValidationError
from studio_desk.services.money.refund_methods import checked_refund_method, refund_methods_of
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio

S = BookingStatus
CASH, CARD, QRIS = PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.QRIS
NO_CASH = "The client's bank wants it on the card"


def card_refund(amount: int = Studio.YOGA_PRICE, reason: str | None = None) -> services.Refund:
    return services.Refund(amount, CARD, "RF-1", method_reason=reason)


def unchanged(db: Database, booking_id: int) -> bool:
    """Still paid, with its payment line alone."""
    details = services.booking_details(db, booking_id)
    return details.booking.status is S.PAID and len(details.payments) == 1


def test_a_cash_payment_goes_back_in_cash_and_not_by_card(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    paid = booking_in(db, studio, clock, S.PAID)  # in cash
    with pytest.raises(ValidationError) as refused:
        services.cancel_booking(db, studio.desk, paid.id, reason="Ill", refund=card_refund())
    assert str(refused.value) == (
        "Nothing was paid by card for this booking, so the refund goes back by cash. Only an admin "
        "can give it back another way, with a reason."
    )
    assert refused.value.about == "the refund method"
    assert unchanged(db, paid.id)
    # Less than was paid, by the method that took it, is fine; and needs no reason.
    canceled = services.cancel_booking(
        db, studio.desk, paid.id, reason="Ill", refund=services.Refund(100_000, CASH)
    )
    assert canceled.paid_total == 50_000
    [_, refund] = services.booking_details(db, paid.id).payments
    assert (refund.amount, refund.method, refund.method_reason) == (-100_000, CASH, None)


def test_only_an_admin_refunds_by_another_method_and_says_why(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    paid = booking_in(db, studio, clock, S.PAID)
    # A receptionist's reason is not enough: the choice is an admin's.
    with pytest.raises(Forbidden, match="Only an admin can give a refund back by a method"):
        services.cancel_booking(db, studio.desk, paid.id, reason="Ill", refund=card_refund(reason=NO_CASH))
    # An admin without a reason is asked for one, beside the reason's field.
    with pytest.raises(ValidationError) as refused:
        services.cancel_booking(db, studio.admin, paid.id, reason="Ill", refund=card_refund())
    assert str(refused.value) == (
        "Nothing was paid by card for this booking. Give the refund back by cash, or say why it goes "
        "back by card."
    )
    assert refused.value.about == "the reason"
    with pytest.raises(ValidationError, match="The reason contains invisible control characters"):
        services.cancel_booking(db, studio.admin, paid.id, reason="Ill", refund=card_refund(reason="x\x00"))
    assert unchanged(db, paid.id)

    canceled = services.cancel_booking(
        db, studio.admin, paid.id, reason="Ill", refund=card_refund(reason=f"  {NO_CASH} ")
    )
    assert (canceled.status, canceled.paid_total) == (S.CANCELED, 0)
    [_, refund] = services.booking_details(db, paid.id).payments
    assert (refund.amount, refund.method, refund.method_reason) == (-Studio.YOGA_PRICE, CARD, NO_CASH)


def test_a_reason_with_the_usual_method_is_refused_rather_than_kept(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    paid = booking_in(db, studio, clock, S.PAID)
    with pytest.raises(ValidationError) as refused:
        services.cancel_booking(
            db, studio.admin, paid.id, reason="Ill",
            refund=services.Refund(Studio.YOGA_PRICE, CASH, method_reason="because"),
        )
    assert str(refused.value) == (
        "The money was paid by cash, so the refund needs no reason for its method. Clear the reason."
    )
    assert refused.value.about == "the reason"
    assert unchanged(db, paid.id)


def test_the_cash_up_and_the_till_show_a_refund_by_another_method_as_such(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    paid = booking_in(db, studio, clock, S.PAID)
    services.cancel_booking(db, studio.admin, paid.id, reason="Ill", refund=card_refund(100_000, NO_CASH))
    today = clock.now.astimezone(services.get_settings(db).zone).date()

    cash_up = services.cash_up(db, studio.desk, today)
    card = next(m for m in cash_up.methods if m.method is CARD)
    assert (card.taken, card.refunded) == (0, 100_000)  # the column is off ...
    [other] = cash_up.other_method_refunds  # ... and this says why
    assert (other.booking_id, other.amount, other.method, other.against) == (paid.id, 100_000, CARD, CASH)
    assert (other.reason, other.given_by) == (NO_CASH, "Dewi (admin)")
    assert str(other.words("IDR")) == f"Rp 100,000 refunded by card against cash taken: {NO_CASH}"
    assert cash_up.till is not None and cash_up.till.other_method_refunds == (other,)
    assert cash_up.expected_cash == Studio.YOGA_PRICE  # the cash stayed in the till

    closed = services.close_day(db, studio.desk, counted_cash=Studio.YOGA_PRICE)
    assert closed.closing is not None and closed.closing.difference == 0
    assert closed.closing.count is not None
    assert closed.closing.count.other_method_refunds == (other,)  # kept with what it counted
    # Read back from the stored closing, the same; the next till has none.
    again = services.cash_up(db, studio.desk, today)
    assert again.closings[-1].count is not None
    assert again.closings[-1].count.other_method_refunds == (other,)
    assert again.till is not None and again.till.other_method_refunds == ()
    assert again.other_method_refunds == (other,)  # still the day's


def test_the_dialog_is_told_which_methods_took_the_money(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    paid = booking_in(db, studio, clock, S.PAID)
    for_desk = services.refund_methods(db, studio.desk, paid.id)
    assert (for_desk.took, for_desk.usual, for_desk.others_allowed) == (((CASH, 150_000),), CASH, False)
    assert for_desk.others == (CARD, PaymentMethod.BANK_TRANSFER, QRIS, PaymentMethod.EWALLET)
    assert services.refund_methods(db, studio.admin, paid.id).others_allowed
    unpaid = booking_in(db, studio, clock, S.PENDING, start="12:00")
    assert services.refund_methods(db, studio.desk, unpaid.id).took == ()
    with pytest.raises(NotFound):
        services.refund_methods(db, studio.desk, 999_999)


def test_the_database_keeps_a_method_reason_off_money_coming_in(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    paid = booking_in(db, studio, clock, S.PAID)
    with pytest.raises(DBAPIError), db.engine.begin() as connection:
        connection.execute(
            text("UPDATE payments SET method_reason = 'x' WHERE booking_id = :id AND amount > 0"),
            {"id": paid.id},
        )


# The rule itself, over lines no single booking gets from the desk today (mixed methods, more
# than one refund), so that "net of earlier refunds by that method" is pinned down.


def test_what_a_method_can_give_back_is_net_of_its_refunds() -> None:
    lines = [(CASH, 100_000), (QRIS, 50_000), (CASH, -60_000)]
    methods = refund_methods_of(lines, studio_admin())
    assert methods.took == ((QRIS, 50_000), (CASH, 40_000))  # most first
    assert not methods.needs_reason(QRIS, 50_000) and methods.needs_reason(CASH, 50_000)
    assert methods.needs_reason(CARD, 1)
    with pytest.raises(ValidationError) as refused:
        checked_refund_method(
            methods, studio_admin(), amount=50_000, method=CASH, reason=None, currency="IDR"
        )
    assert str(refused.value) == (
        "Only Rp 40,000 was paid by cash for this booking. Give the refund back by QRIS, or say why "
        "it goes back by cash."
    )
    assert checked_refund_method(
        methods, studio_admin(), amount=50_000, method=CASH, reason="Split", currency="IDR"
    ) == "Split"
    # Refunded in full by one method: nothing left to give back by it.
    assert refund_methods_of([(CARD, 10), (CARD, -10)], None).took == ()


def studio_admin() -> services.Actor:
    return services.Actor(1, "Dewi (admin)", services.StaffRole.ADMIN)
