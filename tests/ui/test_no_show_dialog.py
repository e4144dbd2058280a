"""The no-show dialog (issue 17), by keys: it shows what the course's rules charge before the
no-show is recorded; Enter records it, Escape leaves the booking; an admin, and only an admin,
may waive the rules with a reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingAction, BookingStatus, BookingView, Database
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.bookings.no_show_dialog import NoShowDialog
from studio_desk.ui.kit.desk import Desk
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio
from tests.support.ui import in_front, press, shown, synchronous_desk

DAY = "2025-10-25"
BEGUN = dt.datetime(2025, 10, 25, 10, 20, tzinfo=JAKARTA)
ALT = Qt.KeyboardModifier.AltModifier


def no_show_fee(db: Database, studio: Studio) -> None:
    services.set_cancel_rules(db, studio.admin, studio.yoga, late_cancel_hours=12, late_cancel_cost="credit",
                              no_show_cost="fee", no_show_fee=100_000)


def booked_with_pack(db: Database, studio: Studio) -> tuple[int, BookingView]:
    product = add_product(db)
    sold = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product, method="cash")
    pack = sold.pack.id
    booking = services.book_with_pack(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY, start_time="10:00"
    )
    return pack, booking


def open_no_show(qtbot: QtBot, desk: Desk, booking: BookingView) -> NoShowDialog:
    dialog = NoShowDialog(desk, booking)
    shown(qtbot, dialog)
    return dialog


def owed(db: Database, studio: Studio) -> list[str]:
    return [str(fee.said) for fee in services.client_fees(db, studio.desk, studio.john, owed_only=True)]


def test_the_coach_sees_the_fee_and_enter_records_the_no_show(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    no_show_fee(db, studio)
    pack, booking = booked_with_pack(db, studio)
    clock.set(BEGUN)
    dialog = open_no_show(qtbot, synchronous_desk(db, studio.coach_a_actor), booking)
    recorded: list[BookingView] = []
    dialog.recorded.connect(recorded.append)
    assert dialog.question.text().startswith("Record that John Doe did not come to Yoga Pemula at 10:00?")
    assert dialog.rules_summary.text() == "No-show: a fee of Rp 100,000 is owed."
    assert not dialog.waiver.isVisibleTo(dialog)  # a coach waives nothing
    assert dialog.focusWidget() is dialog.record_button

    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = services.get_booking(db, booking.id)
    assert (stored.status, stored.no_show) == (BookingStatus.DONE, True)
    assert [view.id for view in recorded] == [booking.id]
    assert owed(db, studio) == ["Owes Rp 100,000 for a no-show on 25 Oct 2025"]
    assert services.get_pack(db, studio.desk, pack).balance == 10  # the fee, not the credit


def test_escape_leaves_the_booking_as_it_was(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    no_show_fee(db, studio)
    _, booking = booked_with_pack(db, studio)
    clock.set(BEGUN)
    dialog = open_no_show(qtbot, synchronous_desk(db, studio.coach_a_actor), booking)
    press(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services.get_booking(db, booking.id).status is BookingStatus.PAID
    assert owed(db, studio) == []


def test_an_admin_waives_the_fee_with_a_reason(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    no_show_fee(db, studio)
    _, booking = booked_with_pack(db, studio)
    clock.set(BEGUN)
    dialog = open_no_show(qtbot, synchronous_desk(db, studio.admin), booking)
    assert dialog.waiver.isVisibleTo(dialog)

    press(dialog, Qt.Key.Key_V, ALT)  # Wai&ve the rules
    assert dialog.focusWidget() is dialog.waiver.reason
    press(dialog, Qt.Key.Key_Return)
    assert dialog.message.text() == "Enter the reason."  # beside the reason, nothing recorded
    assert services.get_booking(db, booking.id).status is BookingStatus.PAID

    QTest.keyClicks(dialog.waiver.reason, "Flood on the toll road")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert owed(db, studio) == []
    said = str(services.booking_details(db, booking.id).history[-1].reason)
    assert said.endswith("Waived by Dewi (admin): Flood on the toll road")


def test_without_rules_it_says_what_the_no_show_keeps(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    pack, booking = booked_with_pack(db, studio)
    clock.set(BEGUN)
    dialog = open_no_show(qtbot, synchronous_desk(db, studio.admin), booking)
    assert dialog.rules_summary.text() == f"No-show: the credit of pack #{pack} is used."
    assert not dialog.waiver.isVisibleTo(dialog)  # no rules: nothing to waive


def test_booking_details_opens_it_by_alt_n(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    no_show_fee(db, studio)
    _, booking = booked_with_pack(db, studio)
    clock.set(BEGUN)
    details = BookingDetailsDialog(synchronous_desk(db, studio.coach_a_actor), booking.id)
    shown(qtbot, details)
    assert BookingAction.NO_SHOW in details.action_buttons
    press(details, Qt.Key.Key_N, ALT)
    dialog = details.no_show_dialog
    assert dialog is not None and dialog.isVisible()
    in_front(dialog)
    assert dialog.rules_summary.text() == "No-show: a fee of Rp 100,000 is owed."
    press(dialog, Qt.Key.Key_Return)
    assert details.status.text() == "Done · no-show"
    assert owed(db, studio) == ["Owes Rp 100,000 for a no-show on 25 Oct 2025"]
