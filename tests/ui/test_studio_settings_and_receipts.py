"""The studio settings screen by keys, the receipt printed again from Booking details (COPY,
named by day and client), and every paper's layout without text cut off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingView, Database
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.bookings.receipt import PAPERS, build_receipt, receipt_page, save_receipt_pdf
from studio_desk.ui.bookings.receipt_dialog import ReceiptDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.setup.studio_settings_dialog import StudioSettingsDialog
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown, synchronous_desk

TODAY = dt.date(2025, 10, 24)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def admin_desk(db: Database, studio: Studio) -> Desk:
    return synchronous_desk(db, studio.admin)


def paid(db: Database, studio: Studio, client: int | None = None) -> BookingView:
    booking = services.create_booking(
        db, studio.desk, client_id=client or studio.john, course_id=studio.yoga, date=TODAY,
        start_time="10:00",
    )
    return services.mark_paid(db, studio.desk, booking.id, method="card", reference="EDC-1").booking


def type_into(qtbot: QtBot, dialog: QDialog, letter: Qt.Key, text: str) -> None:
    """Alt+letter to the field, select what is there, and type over it."""
    press(dialog, letter, ALT)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.focusWidget(), text)


def test_an_admin_fills_in_the_studio_by_keys_and_enter_saves(
    qtbot: QtBot, db: Database, admin_desk: Desk
) -> None:
    dialog = StudioSettingsDialog(admin_desk)
    shown(qtbot, dialog)
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClicks(dialog.name, "Sanggar Yoga Kemang")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "Jl. Kemang Raya 12")
    assert dialog.focusWidget() is dialog.address
    type_into(qtbot, dialog, Qt.Key.Key_X, "01.234.567.8-901.000")
    assert dialog.focusWidget() is dialog.tax_number
    type_into(qtbot, dialog, Qt.Key.Key_U, "usd")
    press(dialog, Qt.Key.Key_I, ALT)
    assert dialog.focusWidget() is dialog.tax_mode
    qtbot.keyClick(dialog.tax_mode, Qt.Key.Key_Down)
    press(dialog, Qt.Key.Key_E, ALT)
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)  # A5 -> 80 mm roll

    press(dialog, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    settings = services.get_settings(db)
    assert (settings.studio_name, settings.studio_address, settings.tax_number) == (
        "Sanggar Yoga Kemang", "Jl. Kemang Raya 12", "01.234.567.8-901.000"
    )
    assert (settings.currency, settings.tax_mode, settings.paper_size) == ("USD", "ppn", "80mm")
    assert admin_desk.settings == settings  # this desk's next receipt uses them


def test_a_bad_currency_is_refused_beside_it_and_the_typing_is_kept(
    qtbot: QtBot, db: Database, admin_desk: Desk
) -> None:
    dialog = StudioSettingsDialog(admin_desk)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Kemang")
    type_into(qtbot, dialog, Qt.Key.Key_U, "XYZ")

    press(dialog, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "XYZ is not a currency code. Use an ISO 4217 code such as IDR, USD or EUR."
    assert dialog.name.text() == "Kemang" and services.get_settings(db).studio_name == ""


def test_time_zone_and_currency_are_read_only_with_the_reason_once_payments_exist(
    qtbot: QtBot, db: Database, studio: Studio, admin_desk: Desk
) -> None:
    paid(db, studio)
    dialog = StudioSettingsDialog(admin_desk)
    shown(qtbot, dialog)

    assert not dialog.timezone.isEnabled() and not dialog.currency.isEnabled()
    assert dialog.timezone_fixed.text() == (
        "The time zone cannot change once there are bookings: their times would all move."
    )
    assert "once payments have been taken" in dialog.currency_fixed.text()
    press(dialog, Qt.Key.Key_H, ALT)
    qtbot.keyClicks(dialog.hold, "0")  # 0 -> 0 typed after the existing digits is still a number
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_after_typing_asks_before_throwing_it_away(qtbot: QtBot, admin_desk: Desk) -> None:
    dialog = StudioSettingsDialog(admin_desk)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Kemang")
    prompts = admin_desk.prompts
    assert isinstance(prompts, ScriptedPrompts)
    prompts.answers.append(False)
    press(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and prompts.questions


def test_booking_details_prints_the_receipt_again_as_a_copy_named_by_day_and_client(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, tmp_path: Path
) -> None:
    services.update_settings(db, studio.admin, studio_name="Sanggar Yoga Kemang", tax_mode="regional")
    desk.settings = services.get_settings(db)
    ayu = services.create_client(db, name="Ayu Lestari")
    booking = paid(db, studio, client=ayu.id)
    details = BookingDetailsDialog(desk, booking.id)
    shown(qtbot, details)
    assert details.reprint_button.isVisible()

    press(details, Qt.Key.Key_I, ALT)

    receipt = details.receipt_dialog
    assert isinstance(receipt, ReceiptDialog) and receipt.isVisible()
    text = receipt.preview.document().toPlainText()
    for words in ("Sanggar Yoga Kemang", "COPY", "Receipt no.\n000001", "PBJT 10% (included)\nRp 13,636",
                  "Thank you! Your booking is paid and waits for the coach's confirmation."):
        assert words in text
    prompts = desk.prompts
    assert isinstance(prompts, ScriptedPrompts)
    prompts.save_paths.append(str(tmp_path / "copy.pdf"))
    press(receipt, Qt.Key.Key_S, ALT)
    assert prompts.questions[-1] == "Save receipt as PDF: 2025-10-24 Ayu Lestari receipt 000001.pdf"
    assert (tmp_path / "copy.pdf").read_bytes().startswith(b"%PDF")


def test_a_coach_is_not_offered_the_receipt(qtbot: QtBot, db: Database, studio: Studio) -> None:
    booking = paid(db, studio)
    details = BookingDetailsDialog(synchronous_desk(db, studio.coach_a_actor), booking.id)
    shown(qtbot, details)
    assert not details.reprint_button.isVisible()


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_every_paper_holds_the_whole_receipt_without_cutting_text(
    db: Database, studio: Studio, paper: str, tmp_path: Path
) -> None:
    services.update_settings(
        db, studio.admin, paper_size=paper, tax_mode="ppn",
        studio_name="Sanggar Yoga dan Pilates Kemang Selatan",
        studio_address="Jl. Kemang Raya 12A\nJakarta Selatan",
        studio_phone="021 719 3344", tax_number="01.234.567.8-901.000",
        receipt_footer="Barang yang sudah dibayar tidak dapat ditukar. Terima kasih!",
    )
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=TODAY, start_time="10:00"
    )
    services.mark_paid(
        db, studio.desk, booking.id, method="ewallet", reference="GOPAY-2025102412345678901234567890"
    )
    sheet = services.reprint_receipt(db, studio.desk, booking.id)
    document = build_receipt(sheet)

    width = PAPERS[paper].text_width
    assert document.size().width() <= width + 0.5, "a line runs off the paper"
    unwrapped = document.toPlainText().replace("\n", "").replace("\u2028", "")
    assert "GOPAY-2025102412345678901234567890" in unwrapped
    page, _margin = receipt_page(sheet, document)
    if PAPERS[paper].height_mm is None:  # a roll is cut to the receipt's length
        assert document.pageCount() == 1
    assert save_receipt_pdf(sheet, tmp_path / f"{paper}.pdf").stat().st_size > 0
