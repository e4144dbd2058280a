"""Taking payment in the dialog, the success state, and the receipt (document and PDF)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, Database, PaymentMethod, ValidationError
from studio_desk.ui.bookings.payment_dialog import PAID_MESSAGE, PaymentDialog
from studio_desk.ui.bookings.receipt import build_receipt
from studio_desk.ui.kit.desk import Desk
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts

TODAY = dt.date(2025, 10, 24)


@pytest.fixture
def booking(db: Database, studio: Studio) -> BookingView:
    """John's pending Yoga Pemula (Rp 150,000) with Coach Smith today at 10:00."""
    return services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                   date=TODAY, start_time="10:00")


def open_dialog(qtbot: QtBot, desk: Desk, booking: BookingView) -> PaymentDialog:
    dialog = PaymentDialog(desk, booking)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_amount_is_prefilled_with_the_price_and_the_summary_shows_the_booking(
    qtbot: QtBot, desk: Desk, booking: BookingView
) -> None:
    dialog = open_dialog(qtbot, desk, booking)

    assert dialog.amount.text() == "150,000"
    assert services.parse_amount(dialog.amount.text()) == booking.price
    summary = " ".join(label.text() for label in dialog.form_page.findChildren(QLabel))
    for shown in ("John Doe", "Yoga Pemula", "Coach Smith", "Friday 24 October 2025, 10:00–11:00"):
        assert shown in summary
    assert "Price: Rp 150,000" in summary
    assert [dialog.method.itemText(i) for i in range(dialog.method.count())] == [
        "Cash", "Card", "Bank transfer", "QRIS", "E-wallet"
    ]


def test_cash_shows_the_change_as_it_is_typed_and_pays(
    qtbot: QtBot, db: Database, desk: Desk, booking: BookingView
) -> None:
    dialog = open_dialog(qtbot, desk, booking)
    assert dialog.chosen_method() is PaymentMethod.CASH and dialog.cash_given.isVisible()
    assert dialog.reference_label.text() == "&Reference (optional):"

    qtbot.keyClicks(dialog.cash_given, "100.000")
    assert dialog.change.text() == "The cash given is less than the amount to pay."
    dialog.cash_given.clear()
    qtbot.keyClicks(dialog.cash_given, "200.000")
    assert dialog.change.text() == "Rp 50,000"

    with qtbot.waitSignal(dialog.paid) as paid:
        dialog.pay_button.click()

    now = services.get_booking(db, booking.id)
    assert now.status is BookingStatus.PAID and now.paid_total == 150_000
    assert paid.args == [now]
    [payment] = services.booking_details(db, booking.id).payments
    assert (payment.method, payment.amount, payment.reference) == (PaymentMethod.CASH, 150_000, None)
    assert "Rp 50,000" in dialog.change_given.text()


def test_a_card_without_reference_shows_the_services_message_and_stays_pending(
    qtbot: QtBot, db: Database, desk: Desk, booking: BookingView, prompts: ScriptedPrompts
) -> None:
    with pytest.raises(ValidationError) as refusal:
        services.mark_paid(db, desk.actor, booking.id, method="card")  # type: ignore[arg-type]
    dialog = open_dialog(qtbot, desk, booking)
    dialog.set_method(PaymentMethod.CARD)
    assert not dialog.cash_given.isVisible() and not dialog.change.isVisible()
    assert dialog.reference_label.text() == "&Reference (required):"

    dialog.pay()

    assert dialog.error.isVisible() and dialog.error.text() == str(refusal.value)
    assert prompts.errors == []
    assert services.get_booking(db, booking.id).status is BookingStatus.PENDING
    assert dialog.form_page.isVisible() and not dialog.success_page.isVisible()

    dialog.reference.setText("EDC-7781")  # fixed in place, nothing else retyped
    dialog.pay()
    assert services.get_booking(db, booking.id).status is BookingStatus.PAID


def test_after_payment_the_dialog_says_paid_and_offers_the_receipt(
    qtbot: QtBot, desk: Desk, booking: BookingView
) -> None:
    dialog = open_dialog(qtbot, desk, booking)
    dialog.set_method(PaymentMethod.QRIS)
    dialog.reference.setText("QR-2025-1")

    dialog.pay()

    assert not dialog.form_page.isVisible()
    assert dialog.success_text.isVisible() and dialog.success_text.text() == PAID_MESSAGE
    for button, text in (
        (dialog.print_button, "&Print receipt…"),
        (dialog.save_pdf_button, "&Save receipt as PDF…"),
        (dialog.close_button, "C&lose"),
    ):
        assert button.isVisible() and button.isEnabled() and button.text() == text
    assert dialog.paid_amount.text() == "Rp 150,000 by QRIS"
    assert not dialog.change_given.isVisible()  # no change for a QR payment


def test_the_receipt_is_saved_as_a_pdf(
    qtbot: QtBot, desk: Desk, booking: BookingView, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, desk, booking)
    dialog.cash_given.setText("200000")
    dialog.pay()

    saved = dialog.save_receipt_to(tmp_path / "receipt.pdf")

    assert saved is not None and saved.stat().st_size > 0
    assert saved.read_bytes().startswith(b"%PDF")
    assert str(saved) in dialog.receipt_note.text()


def test_a_pdf_that_cannot_be_written_is_said_in_the_dialog(
    qtbot: QtBot, desk: Desk, booking: BookingView, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, desk, booking)
    dialog.pay()

    assert dialog.save_receipt_to(tmp_path / "no such folder" / "receipt.pdf") is None
    assert "could not be saved" in dialog.receipt_note.text()


def test_the_receipt_shows_what_was_paid_and_how(
    db: Database, desk: Desk, studio: Studio, booking: BookingView
) -> None:
    receipt = services.mark_paid(db, studio.desk, booking.id, method="cash", cash_tendered=200_000)

    text = build_receipt(services.receipt_sheet(receipt, desk.settings)).toPlainText()

    [payment] = services.booking_details(db, booking.id).payments
    assert payment.receipt_number is not None
    for shown in (
        "Studio Desk", f"Receipt no.\n{payment.receipt_number:06d}", "John Doe", "Yoga Pemula", "Coach Smith",
        "10:00–11:00", "Amount\nRp 150,000", "Paid by\nCash", "Change given\nRp 50,000",
        "Taken by\nRina (desk)",
    ):
        assert shown in text


def test_cash_that_does_not_cover_the_amount_is_refused_beside_the_cash_until_more_is_typed(
    qtbot: QtBot, db: Database, desk: Desk, booking: BookingView
) -> None:
    dialog = open_dialog(qtbot, desk, booking)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.method, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.cash_given, "100.000")

    qtbot.keyClick(dialog.cash_given, Qt.Key.Key_Return)

    assert dialog.error.isVisible()
    assert dialog.error.text() == "The cash given is less than the amount to pay."
    assert dialog.focusWidget() is dialog.cash_given and dialog.form_page.isVisible()
    assert services.get_booking(db, booking.id).status is BookingStatus.PENDING
    qtbot.keyClick(dialog.cash_given, Qt.Key.Key_Home)
    qtbot.keyClicks(dialog.cash_given, "1")  # 1100.000, not an amount yet
    assert dialog.error.isVisible()
    qtbot.keyClick(dialog.cash_given, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.cash_given, "200.000")
    assert not dialog.error.isVisible()

    qtbot.keyClick(dialog.cash_given, Qt.Key.Key_Return)

    assert dialog.success_page.isVisible()
    assert "Rp 50,000" in dialog.change_given.text() and "Rp 200,000" in dialog.change_given.text()


def test_the_receipt_printed_from_the_success_page_is_the_payment_just_taken_with_its_change(
    qtbot: QtBot, db: Database, desk: Desk, booking: BookingView
) -> None:
    dialog = open_dialog(qtbot, desk, booking)
    qtbot.keyClicks(dialog.cash_given, "200.000")
    qtbot.keyClick(dialog.cash_given, Qt.Key.Key_Return)

    assert dialog.print_button.isEnabled() and dialog.save_pdf_button.isEnabled()
    text = dialog.receipt_document().toPlainText()

    [payment] = services.booking_details(db, booking.id).payments
    for shown in (f"Receipt no.\n{payment.receipt_number:06d}", "Amount\nRp 150,000", "Paid by\nCash",
                  "Cash given\nRp 200,000", "Change given\nRp 50,000", "Taken by\nRina (desk)"):
        assert shown in text


def test_a_receipt_printed_again_later_has_no_change_lines(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, booking: BookingView
) -> None:
    services.mark_paid(db, studio.desk, booking.id, method="qris", reference="QR-9", cash_tendered=None)
    dialog = open_dialog(qtbot, desk, services.get_booking(db, booking.id))

    dialog.show_paid(services.booking_details(db, booking.id).receipt)

    assert dialog.paid_amount.text() == "Rp 150,000 by QRIS"
    assert not dialog.change_given.isVisible()
    text = dialog.receipt_document().toPlainText()
    assert "Reference\nQR-9" in text and "Change given" not in text
