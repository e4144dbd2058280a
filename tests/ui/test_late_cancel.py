"""The cancel dialog under a course's cancellation rules (issue 17), by keys: it shows what the
rules do before anything is confirmed, passes on what it showed, chooses the refund the rules
allow, lets an admin (only) waive them with a reason, and looks again when the window passed
while it stood open."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, Database, FeeState
from studio_desk.ui.bookings.cancel_dialog import CancelDialog
from studio_desk.ui.kit.desk import Desk
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio
from tests.support.ui import press, shown, synchronous_desk

DAY = "2025-10-25"
START = dt.datetime(2025, 10, 25, 10, 0, tzinfo=JAKARTA)
ALT = Qt.KeyboardModifier.AltModifier


def rules(db: Database, studio: Studio, **given: object) -> None:
    values: dict[str, object] = {
        "late_cancel_hours": 12, "late_cancel_cost": "credit", "no_show_cost": "credit",
    }
    services.set_cancel_rules(db, studio.admin, studio.yoga, **(values | given))


def booked_with_pack(db: Database, studio: Studio) -> tuple[int, BookingView]:
    product = add_product(db)
    sold = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product, method="cash")
    pack = sold.pack.id
    booking = services.book_with_pack(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY, start_time="10:00"
    )
    return pack, booking


def paid_in_cash(db: Database, studio: Studio) -> BookingView:
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY, start_time="10:00"
    )
    return services.mark_paid(db, studio.desk, booking.id, method="cash").booking


def open_cancel(qtbot: QtBot, desk: Desk, booking: BookingView) -> CancelDialog:
    dialog = CancelDialog(desk, booking)
    shown(qtbot, dialog)
    return dialog


def balance(db: Database, studio: Studio, pack: int) -> int:
    return services.get_pack(db, studio.desk, pack).balance


def test_a_late_cancel_shows_the_rule_and_keeps_the_packs_credit(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, clock: SettableClock
) -> None:
    rules(db, studio)
    pack, booking = booked_with_pack(db, studio)
    clock.set(START - dt.timedelta(hours=2))
    dialog = open_cancel(qtbot, desk, booking)  # the receptionist
    assert dialog.rules_summary.isVisibleTo(dialog)
    assert dialog.rules_summary.text() == (
        f"Late (2 h before; the rule is 12 h): the credit of pack #{pack} is kept."
    )
    assert not dialog.waiver.isVisibleTo(dialog)  # waiving is an admin's

    QTest.keyClicks(dialog.reason, "Macet")
    press(dialog, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.get_booking(db, booking.id).status is BookingStatus.CANCELED
    assert balance(db, studio, pack) == 9  # the session counts


def test_an_admin_waives_the_rules_by_keys_with_a_reason(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio)
    pack, booking = booked_with_pack(db, studio)
    clock.set(START - dt.timedelta(hours=2))
    dialog = open_cancel(qtbot, synchronous_desk(db, studio.admin), booking)
    assert dialog.waiver.isVisibleTo(dialog)
    assert not dialog.waiver.reason.isVisibleTo(dialog)  # until the rules are waived
    QTest.keyClicks(dialog.reason, "Sakit")

    press(dialog, Qt.Key.Key_V, ALT)  # Wai&ve the rules
    assert dialog.waiver.waive.isChecked()
    assert dialog.focusWidget() is dialog.waiver.reason
    press(dialog, Qt.Key.Key_Return)  # no reason for the waiver yet
    assert dialog.message.text() == "Enter the reason."
    assert dialog.focusWidget() is dialog.waiver.reason
    assert services.get_booking(db, booking.id).status is BookingStatus.PAID

    QTest.keyClicks(dialog.waiver.reason, "Doctor's note")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert balance(db, studio, pack) == 10  # the credit came back
    said = str(services.booking_details(db, booking.id).history[-1].reason)
    assert "Waived by Dewi (admin): Doctor's note" in said


def test_a_cancel_in_time_says_the_credit_goes_back_and_offers_no_waiver(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio)
    pack, booking = booked_with_pack(db, studio)  # 26 h before
    dialog = open_cancel(qtbot, synchronous_desk(db, studio.admin), booking)
    assert dialog.rules_summary.text() == f"The credit goes back to pack #{pack}."
    assert not dialog.waiver.isVisibleTo(dialog)  # nothing to waive
    QTest.keyClicks(dialog.reason, "Sakit")
    press(dialog, Qt.Key.Key_Return)
    assert balance(db, studio, pack) == 10


def test_the_window_passing_while_the_dialog_is_open_shows_the_rules_again(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, clock: SettableClock
) -> None:
    rules(db, studio)
    pack, booking = booked_with_pack(db, studio)
    clock.set(START - dt.timedelta(hours=12, minutes=1))
    dialog = open_cancel(qtbot, desk, booking)
    assert dialog.rules_summary.text() == f"The credit goes back to pack #{pack}."
    QTest.keyClicks(dialog.reason, "Sakit")

    clock.advance(minutes=2)  # the person looked away; now it is late
    press(dialog, Qt.Key.Key_Return)
    assert dialog.message.text().startswith("It is now 11 h before the session")
    assert dialog.message.text().endswith("Look again.")
    assert services.get_booking(db, booking.id).status is BookingStatus.PAID
    assert dialog.rules_summary.text() == (
        f"Late (11 h before; the rule is 12 h): the credit of pack #{pack} is kept."
    )

    press(dialog, Qt.Key.Key_Return)  # seen: canceled as it now says
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert balance(db, studio, pack) == 9


def test_a_fee_rule_chooses_the_refund_it_allows_for_money_paid(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, clock: SettableClock
) -> None:
    rules(db, studio, late_cancel_cost="fee", late_cancel_fee=100_000)
    booking = paid_in_cash(db, studio)  # Rp 150,000
    clock.set(START - dt.timedelta(hours=2))
    dialog = open_cancel(qtbot, desk, booking)
    assert dialog.rules_summary.text() == (
        "Late (2 h before; the rule is 12 h): a fee of Rp 100,000 (Rp 100,000 kept from the payment, "
        "Rp 0 owed)."
    )
    assert dialog.refund_option.isChecked() and dialog.amount.text() == "50,000"
    assert dialog.refund_fields.isEnabled()

    QTest.keyClicks(dialog.reason, "Lupa")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.get_booking(db, booking.id).paid_total == 100_000
    [fee] = services.client_fees(db, studio.desk, studio.john)
    assert (fee.amount, fee.state) == (100_000, FeeState.KEPT)


def test_a_rule_that_keeps_the_money_chooses_no_refund(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, clock: SettableClock
) -> None:
    rules(db, studio)
    booking = paid_in_cash(db, studio)
    clock.set(START - dt.timedelta(hours=2))
    dialog = open_cancel(qtbot, desk, booking)
    assert dialog.keep_option.isChecked() and not dialog.refund_fields.isEnabled()
    QTest.keyClicks(dialog.reason, "Lupa")
    press(dialog, Qt.Key.Key_Return)
    assert services.get_booking(db, booking.id).paid_total == 150_000


def test_an_admins_waiver_offers_all_the_money_back_and_escape_asks_first(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio, late_cancel_cost="fee", late_cancel_fee=100_000)
    booking = paid_in_cash(db, studio)
    clock.set(START - dt.timedelta(hours=2))
    desk = synchronous_desk(db, studio.admin)
    dialog = open_cancel(qtbot, desk, booking)
    assert dialog.amount.text() == "50,000"
    assert not dialog.has_typed_input()  # what the rules chose is not the person's typing
    press(dialog, Qt.Key.Key_V, ALT)
    assert dialog.amount.text() == "150,000"
    press(dialog, Qt.Key.Key_V, ALT)  # taken back: the rules' refund again
    assert dialog.amount.text() == "50,000"

    # Every letter its own, with the waiver's reason and a refund by another method both showing.
    press(dialog, Qt.Key.Key_V, ALT)
    dialog.method.setCurrentIndex(dialog.method.count() - 1)
    assert dialog.method_reason.isVisibleTo(dialog) and dialog.waiver.reason.isVisibleTo(dialog)
    assert repeated_letters(dialog) == {}


def repeated_letters(dialog: QWidget) -> dict[str, list[str]]:
    """The Alt+letters that more than one visible button or field label of `dialog` shows."""
    letters: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if found:
                letters.setdefault(found.group(1).lower(), []).append(widget.text())
    return {letter: texts for letter, texts in letters.items() if len(texts) > 1}
