"""Selling a pack at the desk by keys: the product, the payment as for a booking, the change, and
the receipt that opens once sold (printed, saved as a PDF or closed by keys)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.models import ProductKind
from studio_desk.services import Database
from studio_desk.ui.bookings.receipt_dialog import ReceiptDialog
from studio_desk.ui.clients.clients_dialog import ClientsDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.packs.sell_pack_dialog import SellPackDialog
from tests.support.packs import add_product
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, in_front, press, shown, synchronous_desk


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_dialog(qtbot: QtBot, db: Database, desk: Desk, studio: Studio) -> SellPackDialog:
    dialog = SellPackDialog(desk, services.get_client(db, studio.jane))
    shown(qtbot, dialog)
    return dialog


def test_a_pack_is_sold_by_keys_with_cash_and_change_and_its_receipt_opens(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    add_product(db, name="Unlimited month", kind=ProductKind.MEMBERSHIP, price=900_000)
    add_product(db, name="10 sessions", price=1_200_000)
    dialog = open_dialog(qtbot, db, desk, studio)
    assert focused() is dialog.product
    assert dialog.product.currentText() == "10 sessions — 60 days, Rp 1,200,000"  # by name: first
    assert dialog.fields.amount.text() == "1,200,000"

    press(dialog, Qt.Key.Key_Tab)  # the amount
    press(dialog, Qt.Key.Key_Tab)  # the method: cash
    press(dialog, Qt.Key.Key_Tab)  # the reference
    press(dialog, Qt.Key.Key_Tab)  # the cash given
    assert focused() is dialog.fields.cash_given
    qtbot.keyClicks(focused(), "1500000")
    assert dialog.fields.change.text() == "Rp 300,000"
    press(dialog, Qt.Key.Key_Return)  # Sell

    [pack] = services.client_packs(db, studio.desk, studio.jane)
    assert (pack.name, pack.balance, pack.price) == ("10 sessions", 10, 1_200_000)
    assert dialog.result() == SellPackDialog.DialogCode.Accepted
    receipt = dialog.receipt_dialog
    assert isinstance(receipt, ReceiptDialog) and receipt.isVisible()  # the receipt, not a message
    assert prompts.infos == []
    assert receipt.windowTitle() == "Receipt — Jane Roe"
    note = receipt.note.text()
    assert note.startswith(f"Sold pack #{pack.id} to Jane Roe. Receipt ") and note.endswith(
        "Give back Rp 300,000 change."
    )
    text = receipt.preview.toPlainText()
    assert f"Pack #{pack.id}: 10 sessions, 10 sessions, good through " in text
    assert "Rp 1,500,000" in text and "Rp 300,000" in text  # the cash given and the change

    in_front(receipt)
    assert focused() is receipt.close_button
    prompts.save_paths.append(str(tmp_path / "pack.pdf"))
    press(receipt, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save as PDF…
    assert prompts.questions == ["Save receipt as PDF: 2025-10-24 Jane Roe receipt 000001.pdf"]
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    press(receipt, Qt.Key.Key_Escape)
    assert not receipt.isVisible()


def test_a_free_product_has_no_receipt_only_the_note(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, prompts: ScriptedPrompts
) -> None:
    add_product(db, name="Trial", price=0)
    dialog = open_dialog(qtbot, db, desk, studio)
    press(dialog, Qt.Key.Key_Return)  # Sell

    [pack] = services.client_packs(db, studio.desk, studio.jane)
    assert dialog.receipt_dialog is None and prompts.infos == [f"Sold pack #{pack.id} to Jane Roe."]


def test_a_card_without_its_reference_is_refused_in_the_dialog(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    add_product(db)
    dialog = open_dialog(qtbot, db, desk, studio)
    press(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Method
    assert focused() is dialog.fields.method
    press(dialog, Qt.Key.Key_Down)  # cash -> card
    assert dialog.fields.chosen_method() is services.PaymentMethod.CARD
    press(dialog, Qt.Key.Key_Return)  # Sell

    assert dialog.isVisible() and "reference" in dialog.error.text().lower()
    assert services.client_packs(db, studio.desk, studio.jane) == []


def test_escape_closes_without_selling(qtbot: QtBot, db: Database, desk: Desk, studio: Studio) -> None:
    add_product(db)
    dialog = open_dialog(qtbot, db, desk, studio)
    press(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.client_packs(db, studio.desk, studio.jane) == []


def test_the_clients_screen_offers_selling_to_the_desk_and_never_to_a_coach(
    qtbot: QtBot, db: Database, studio: Studio
) -> None:
    desk_screen = ClientsDialog(synchronous_desk(db, studio.desk))
    coach_screen = ClientsDialog(synchronous_desk(db, studio.coach_a_actor))
    qtbot.addWidget(desk_screen)
    qtbot.addWidget(coach_screen)
    assert not desk_screen.sell_pack.isHidden()
    assert coach_screen.sell_pack.isHidden()
