"""A booking paid with a pack, as Booking details, the payment dialog and the list show it: "With
pack #12" and the pack's balance, the client's open packs and owed fees, and paying a pending
booking with a pack by keys."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, Database, ProductScope
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.bookings.booking_list import BookingListPage
from studio_desk.ui.bookings.booking_table_model import Column
from studio_desk.ui.bookings.payment_dialog import PaymentDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.language import install_language
from tests.support.packs import add_product
from tests.support.studio import Studio
from tests.support.ui import press, shown

TODAY = dt.date(2025, 10, 24)
ALT = Qt.KeyboardModifier.AltModifier


def sell(db: Database, studio: Studio) -> services.PackView:
    """John's "10 Sesi Bebas", valid 90 days from today's sale."""
    product = add_product(db, name="10 Sesi Bebas", valid_days=90)
    return services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product, method="cash").pack


def pending(db: Database, studio: Studio, at: str = "10:00") -> BookingView:
    return services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                   date=TODAY, start_time=at)


def open_details(qtbot: QtBot, desk: Desk, booking_id: int) -> BookingDetailsDialog:
    dialog = BookingDetailsDialog(desk, booking_id)
    shown(qtbot, dialog)
    return dialog


def open_payment(qtbot: QtBot, desk: Desk, booking: BookingView) -> PaymentDialog:
    dialog = PaymentDialog(desk, booking)
    shown(qtbot, dialog)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_details_of_a_pack_paid_booking_say_which_pack_and_what_it_has_left(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    pack = sell(db, studio)
    booking = services.pay_with_pack(db, studio.desk, pending(db, studio).id)
    services.pay_with_pack(db, studio.desk, pending(db, studio, "14:00").id)  # another credit used

    dialog = open_details(qtbot, desk, booking.id)

    assert dialog.paid.text() == f"With pack #{pack.id}"
    assert dialog.pack_payment.isVisible() and not dialog.no_payments.isVisible()
    assert dialog.pack_payment.text() == f"Paid with pack #{pack.id} (10 Sesi Bebas): 8 of 10 left"
    assert dialog.client_packs.isVisible()
    label = dialog.facts.labelForField(dialog.client_packs)
    assert isinstance(label, QLabel) and label.text() == "Packs:"
    assert dialog.client_packs.open_packs.text() == (
        f"#{pack.id} 10 Sesi Bebas — 8 of 10 left, last day 21 Jan 2026"
    )
    assert not dialog.client_packs.owed.isVisible()


def test_a_client_without_packs_or_fees_has_no_packs_line(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    booking = pending(db, studio)
    dialog = open_details(qtbot, desk, booking.id)

    assert dialog.paid.text() == "Rp 0"
    assert dialog.no_payments.isVisible() and not dialog.pack_payment.isVisible()
    assert not dialog.client_packs.isVisible()


def test_a_fee_the_client_owes_shows_beside_the_booking(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    services.set_cancel_rules(db, studio.admin, studio.yoga, late_cancel_hours=12, late_cancel_cost="fee",
                              late_cancel_fee=100_000, no_show_cost="credit")
    services.cancel_booking(db, studio.desk, pending(db, studio, "11:00").id, reason="Lupa")
    [fee] = services.client_fees(db, studio.desk, studio.john, owed_only=True)
    booking = pending(db, studio, "14:00")

    dialog = open_details(qtbot, desk, booking.id)

    assert dialog.client_packs.isVisible() and dialog.client_packs.owed.isVisible()
    assert not dialog.client_packs.open_packs.isVisible()  # no pack: only what is owed
    assert dialog.client_packs.owed.text().startswith("Owes Rp 100,000 for a late cancel")
    assert fee.amount == 100_000


def test_the_payment_dialog_chooses_the_pack_and_enter_pays_with_it(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    pack = sell(db, studio)
    booking = pending(db, studio)
    dialog = open_payment(qtbot, desk, booking)

    assert dialog.pack_choice.isVisible() and dialog.pack_choice.chosen_pack() == pack.id
    assert not dialog.fields.isVisible()  # no money asked
    assert dialog.pay_button.text() == "&Pay with pack"
    assert dialog.pack_choice.isAncestorOf(focused())

    with qtbot.waitSignal(dialog.paid) as paid:
        press(dialog, Qt.Key.Key_Return)

    now = services.get_booking(db, booking.id)
    assert now.status is BookingStatus.PAID and now.paid_with_pack == pack.id and now.paid_total == 0
    assert paid.args == [now]
    assert services.get_pack(db, studio.desk, pack.id).balance == 9
    assert services.booking_details(db, booking.id).payments == ()
    assert dialog.success_page.isVisible() and dialog.paid_amount.text() == f"With pack #{pack.id}"
    assert not dialog.print_button.isVisible() and not dialog.save_pdf_button.isVisible()
    press(dialog, Qt.Key.Key_Return)  # Close
    assert not dialog.isVisible()


def test_pay_with_money_by_its_letter_takes_the_money_and_leaves_the_pack(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    pack = sell(db, studio)
    booking = pending(db, studio)
    dialog = open_payment(qtbot, desk, booking)

    press(dialog, Qt.Key.Key_W, ALT)  # Pay &with money
    assert dialog.pack_choice.pay_later.isChecked() and dialog.fields.isVisible()
    assert dialog.pay_button.text() == "&Pay"
    press(dialog, Qt.Key.Key_A, ALT)  # &Amount: the price, as it was
    assert focused() is dialog.amount
    with qtbot.waitSignal(dialog.paid):
        press(dialog, Qt.Key.Key_Return)

    now = services.get_booking(db, booking.id)
    assert now.status is BookingStatus.PAID and now.paid_total == 150_000 and now.paid_with_pack is None
    assert services.get_pack(db, studio.desk, pack.id).balance == 10
    assert dialog.print_button.isVisible()  # money taken: its receipt


def test_a_pack_not_for_the_session_is_shown_but_money_is_chosen(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio
) -> None:
    product = add_product(db, name="HIIT only", course_ids=(studio.hiit,), scope=ProductScope.COURSES)
    services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product, method="cash")
    dialog = open_payment(qtbot, desk, pending(db, studio))

    [button] = dialog.pack_choice.pack_buttons()
    assert not button.isEnabled()
    assert dialog.pack_choice.pay_later.isChecked() and dialog.fields.isVisible()
    assert focused() is dialog.amount


def letters(screen: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter shown on `screen`, with the texts that use it."""
    found: dict[str, list[str]] = {}
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None or isinstance(widget, QAbstractButton):
            text = widget.text()
            letter = re.search(r"&([^&\s])", text.replace("&&", ""))
            if letter:
                found.setdefault(letter.group(1).lower(), []).append(text)
    return found


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("with_money", [False, True])
def test_the_payment_dialog_with_a_pack_has_a_letter_each(
    qtbot: QtBot, db: Database, desk: Desk, studio: Studio, language: str, with_money: bool
) -> None:
    sell(db, studio)
    booking = pending(db, studio)
    install_language(language)
    try:
        dialog = open_payment(qtbot, desk, booking)
        if with_money:
            dialog.pack_choice.pay_later.setChecked(True)  # the money fields show too
        clashes = {letter: texts for letter, texts in letters(dialog).items() if len(texts) > 1}
        assert clashes == {}
    finally:
        install_language("en")


def test_the_list_says_which_pack_paid(qtbot: QtBot, db: Database, desk: Desk, studio: Studio) -> None:
    pack = sell(db, studio)
    services.pay_with_pack(db, studio.desk, pending(db, studio).id)
    pending(db, studio, "14:00")
    page = BookingListPage(desk)
    qtbot.addWidget(page)
    page.model.set_filter(services.BookingFilter())

    paid = [page.model.index(row, Column.PAID).data() for row in range(page.model.rowCount())]
    assert paid == [f"Pack #{pack.id}", "—"]
