"""The receipt of money that is not a booking's: a pack or membership sold, a fee collected. The
same sheet as a booking's (the studio, the number, the tax inside the amount, cash and change),
with the line of what was bought and the words that fit it; a pack's printed again as a copy."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.services import Database, Forbidden, ProductKind, ValidationError, ValidFrom
from tests.support.builders import booking_in
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio


def test_a_pack_sold_for_cash_has_its_line_the_tax_and_the_change(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    services.update_settings(
        db, studio.admin, studio_name="Sanggar Yoga Kemang", tax_mode="ppn", receipt_footer="Terima kasih!",
        paper_size="58mm",
    )
    product = add_product(db, name="10 Sesi Bebas")  # 60 days from the sale, on 24 Oct 2025
    sale = services.sell_pack(
        db, studio.desk, client_id=studio.john, product_id=product, method="cash", cash_tendered=1_500_000
    )

    sheet = services.pack_sale_sheet(sale, services.get_settings(db))
    assert sheet.booking is None and sheet.subject is not None
    assert sheet.client_name == sheet.subject.client_name == "John Doe"
    line = f"Pack #{sale.pack.id}: 10 Sesi Bebas, 10 sessions, good through 22 Dec 2025"
    assert str(sheet.subject.what) == line
    assert (sheet.number, sheet.paper, sheet.copy) == ("000001", "58mm", False)
    assert sheet.payment is not None and (sheet.payment.amount, sheet.payment.method) == (1_200_000, "cash")
    assert (sheet.cash_tendered, sheet.change) == (1_500_000, 300_000)
    assert sheet.tax is not None and (sheet.tax.name, sheet.tax.tax) == ("PPN", 118_919)
    assert sheet.studio.name == "Sanggar Yoga Kemang" and sheet.studio_footer == "Terima kasih!"
    assert str(sheet.footer) == "Thank you! Your pack is ready to book with."
    assert services.receipt_file_name(sheet) == "2025-10-24 John Doe receipt 000001.pdf"


def test_a_membership_valid_from_first_use_says_so_with_its_reference(db: Database, studio: Studio) -> None:
    product = add_product(
        db, name="Unlimited month", kind=ProductKind.MEMBERSHIP, max_active=2, valid_days=30,
        valid_from=ValidFrom.FIRST_USE, price=900_000,
    )
    sale = services.sell_pack(
        db, studio.desk, client_id=studio.jane, product_id=product, method="qris", reference="QR-88120",
        amount=850_000,
    )

    sheet = services.pack_sale_sheet(sale, services.get_settings(db))
    assert sheet.subject is not None
    assert str(sheet.subject.what) == (
        f"Membership #{sale.pack.id}: Unlimited month, unlimited, 2 at a time, 30 days from first use"
    )
    assert sheet.payment is not None
    assert (sheet.payment.amount, sheet.payment.reference) == (850_000, "QR-88120")
    assert (sheet.cash_tendered, sheet.change) == (None, None)
    assert sheet.tax is None  # the studio prints no tax until it chooses one
    assert str(sheet.footer) == "Thank you! Your membership is ready to book with."


@pytest.mark.parametrize("event", ["late cancel", "no-show"])
def test_a_fee_collected_has_its_line_and_the_change(
    db: Database, studio: Studio, clock: SettableClock, event: str
) -> None:
    services.update_settings(db, studio.admin, tax_mode="regional", regional_tax_percent=10)
    services.set_cancel_rules(
        db, studio.admin, studio.yoga, late_cancel_hours=12, late_cancel_cost="fee", late_cancel_fee=100_000,
        no_show_cost="fee", no_show_fee=100_000,
    )
    start = dt.datetime(2025, 10, 25, 10, 0, tzinfo=JAKARTA)
    if event == "late cancel":  # an unpaid booking canceled an hour before: all of the fee is owed
        booking = booking_in(db, studio, clock, services.BookingStatus.PENDING)
        clock.set(start - dt.timedelta(hours=1))
        services.cancel_booking(db, studio.desk, booking.id, reason="Lupa")
    else:  # a member who did not show (a session paid with money keeps that money instead)
        monthly = add_product(db, name="Unlimited month", kind=ProductKind.MEMBERSHIP, price=900_000)
        member = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=monthly, method="card",
                                    reference="EDC-2").pack
        booking = services.book_with_pack(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                          date="2025-10-25", start_time="10:00", pack_id=member.id)
        services.confirm_booking(db, studio.admin, booking.id)
        clock.set(start + dt.timedelta(minutes=15))
        services.record_no_show(db, studio.admin, booking.id)
    [fee] = services.client_fees(db, studio.desk, studio.john, owed_only=True)

    paid = services.collect_fee(db, studio.desk, fee.id, method="cash", cash_tendered=150_000)
    sheet = services.fee_payment_sheet(paid, services.get_settings(db))
    assert sheet.subject is not None and str(sheet.subject.what) == f"Fee: {event} on 25 Oct 2025"
    assert sheet.client_name == "John Doe"
    assert sheet.number == ("000001" if event == "late cancel" else "000002")  # after the membership's
    assert sheet.payment is not None and sheet.payment.amount == 100_000
    assert (sheet.cash_tendered, sheet.change) == (150_000, 50_000)
    assert sheet.tax is not None and (sheet.tax.name, sheet.tax.tax) == ("PBJT", 9_091)
    assert str(sheet.footer) == "Thank you! This fee is paid."


def test_a_pack_reprints_as_a_copy_with_its_refund(db: Database, studio: Studio) -> None:
    product = add_product(db, name="10 Sesi Bebas", price=1_000_000)
    sale = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product, method="card",
                              reference="EDC-20411")
    pack = sale.pack.id
    copy = services.reprint_pack_receipt(db, studio.desk, pack)
    assert copy.copy and copy.number == "000001" and copy.subject == services.pack_sale_sheet(
        sale, services.get_settings(db)
    ).subject
    assert copy.payment is not None
    assert (copy.payment.reference, copy.payment.taken_by) == ("EDC-20411", "Rina (desk)")
    assert (copy.cash_tendered, copy.change, copy.refunds) == (None, None, ())  # cash given is not kept

    services.refund_pack(db, studio.admin, pack, method="card", reference="EDC-RF1", amount=400_000,
                         reason="Pindah kota")
    copy = services.reprint_pack_receipt(db, studio.desk, pack)
    assert [line.receipt_number for line in copy.refunds] == [2] and copy.refunded == 400_000
    assert str(copy.footer) == "This pack was closed and Rp 400,000 was refunded."


def test_no_receipt_for_a_free_pack_and_no_copy_for_a_coach(db: Database, studio: Studio) -> None:
    free = add_product(db, name="Trial", price=0)
    sale = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=free, method="cash")
    message = f"No money was taken for pack #{sale.pack.id}, so it has no receipt."
    with pytest.raises(ValidationError, match=message):
        services.pack_sale_sheet(sale, services.get_settings(db))
    with pytest.raises(ValidationError, match=message):
        services.reprint_pack_receipt(db, studio.desk, sale.pack.id)
    with pytest.raises(Forbidden, match="Only the front desk can print a receipt again."):
        services.reprint_pack_receipt(db, studio.coach_a_actor, sale.pack.id)
    with pytest.raises(services.NotFound, match="Pack not found"):
        services.reprint_pack_receipt(db, studio.desk, 999_999)
