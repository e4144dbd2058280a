"""The cancel dialog offers the methods that took the money first; another is an admin's, with a
reason, and the day's takings say so. Driven by keys."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, Database, PaymentMethod
from studio_desk.ui.bookings.cancel_dialog import CancelDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.reports.takings_page import TakingsPage
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.ui import press, shown, synchronous_desk

TODAY = dt.date(2025, 10, 24)
WHY = "Card only, the client's cash account is closed"


def method_texts(dialog: CancelDialog) -> list[str]:
    return [dialog.method.itemText(row) for row in range(dialog.method.count())]


def open_cancel(qtbot: QtBot, desk: Desk, booking: BookingView) -> CancelDialog:
    dialog = CancelDialog(desk, booking)
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.reason, "Coach is ill")
    press(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Re&fund
    press(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # &Given back by
    assert dialog.focusWidget() is dialog.method
    return dialog


def test_an_admin_refunds_a_cash_payment_by_card_with_a_reason_the_takings_show(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, S_PAID, date=TODAY, start="10:00")  # in cash
    desk = synchronous_desk(db, studio.admin)
    dialog = open_cancel(qtbot, desk, booking)
    # What took the money first, chosen; then, after a line, the others.
    assert method_texts(dialog) == [
        "Cash (paid Rp 150,000)", "", "Card (admin, with a reason)", "Bank transfer (admin, with a reason)",
        "QRIS (admin, with a reason)", "E-wallet (admin, with a reason)",
    ]
    assert dialog.chosen_method is PaymentMethod.CASH
    assert dialog.method_reason.isHidden()  # no reason asked for the usual way

    press(dialog, Qt.Key.Key_Down)  # over the line, to card
    assert dialog.chosen_method is PaymentMethod.CARD
    assert dialog.method_reason.isVisibleTo(dialog)
    press(dialog, Qt.Key.Key_Return)  # a card refund needs its reference first
    assert dialog.focusWidget() is dialog.reference
    QTest.keyClicks(dialog.reference, "RF-9")
    press(dialog, Qt.Key.Key_Return)  # still without the reason
    assert dialog.message.text() == (
        "Nothing was paid by card for this booking. Give the refund back by cash, or say why it goes "
        "back by card."
    )
    assert dialog.focusWidget() is dialog.method_reason  # the cursor waits where it is missing
    assert services.get_booking(db, booking.id).status is BookingStatus.PAID

    QTest.keyClicks(dialog.method_reason, WHY)
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [_, refund] = services.booking_details(db, booking.id).payments
    assert (refund.method, refund.method_reason, refund.reference) == (PaymentMethod.CARD, WHY, "RF-9")

    page = TakingsPage(desk)
    qtbot.addWidget(page)
    page.show()
    assert page.table.texts()[1] == ["Card", "Rp 0", "Rp 150,000", "-Rp 150,000", "0", "1"]
    assert page.other_refunds.isVisibleTo(page)
    lines = page.other_refunds.text().splitlines()
    assert lines[0] == "Refunds by a method that did not take the money (an admin's reason each):"
    assert lines[1] == (
        f"08:00 · Rp 150,000 refunded by card against cash taken: {WHY} (Dewi (admin), booking {booking.id})"
    )
    html = page.document().toHtml()
    assert "refunded by card against cash taken" in html


def test_a_receptionist_sees_the_other_methods_but_cannot_choose_them(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, S_PAID, date=TODAY, start="10:00")
    desk = synchronous_desk(db, studio.desk)
    dialog = open_cancel(qtbot, desk, booking)
    model = dialog.method.model()
    assert isinstance(model, QStandardItemModel)
    card = dialog.method.findData(PaymentMethod.CARD)
    assert not model.item(card).isEnabled()
    assert model.item(card).toolTip() == "Only an admin can refund by a method that did not take the money."

    press(dialog, Qt.Key.Key_Down)  # nothing to move to: the rest is an admin's
    assert dialog.chosen_method is PaymentMethod.CASH
    assert dialog.method_reason.isHidden()
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [_, refund] = services.booking_details(db, booking.id).payments
    assert (refund.amount, refund.method, refund.method_reason) == (-150_000, PaymentMethod.CASH, None)
    page = TakingsPage(desk)
    qtbot.addWidget(page)
    assert page.other_refunds.isHidden()


S_PAID = BookingStatus.PAID
