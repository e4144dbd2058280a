"""Booking details, cancel and reschedule: what each person sees and what the buttons do."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingAction, BookingStatus, BookingView, Database
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.bookings.cancel_dialog import CancelDialog
from studio_desk.ui.bookings.reschedule_dialog import RescheduleDialog
from studio_desk.ui.kit.desk import Desk
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown

TODAY = dt.date(2025, 10, 24)
SLOT_TAKEN = "The coach already has a booking at that time. Pick another time."


def paid_yoga(db: Database, studio: Studio, *, at: str = "10:00", method: str = "qris",
              reference: str | None = "QR-1") -> BookingView:
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=TODAY, start_time=at
    )
    return services.mark_paid(db, studio.desk, booking.id, method=method, reference=reference).booking


def open_details(qtbot: QtBot, desk: Desk, booking_id: int) -> BookingDetailsDialog:
    dialog = BookingDetailsDialog(desk, booking_id)
    qtbot.addWidget(dialog)
    return dialog


def button_labels(dialog: BookingDetailsDialog) -> list[str]:
    return [button.text().replace("&", "") for button in dialog.action_buttons.values()]


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [item.text() if (item := table.item(row, column)) else "" for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_receptionist_sees_a_paid_booking_without_a_confirm_button(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = paid_yoga(db, studio)
    dialog = open_details(qtbot, desk, booking.id)

    assert dialog.client.text() == "John Doe · 0812-3456-7890"
    assert dialog.coach.text() == "Coach Smith"
    assert dialog.when.text() == "Fri 24 Oct 2025, 10:00–11:00"
    assert dialog.status.text() == "Paid"
    assert "#d6ecff" in dialog.status.styleSheet()  # the colour every screen uses for Paid
    assert (dialog.price.text(), dialog.paid.text()) == ("Rp 150,000", "Rp 150,000")
    assert dialog.origin.text() == "Front desk"
    assert button_labels(dialog) == ["Reschedule…", "Cancel booking…"]


def test_a_pending_booking_offers_payment_and_hands_it_to_the_main_window(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.hiit, date=TODAY, start_time="11:00"
    )
    dialog = open_details(qtbot, desk, booking.id)
    assert button_labels(dialog) == ["Take payment…", "Reschedule…", "Cancel booking…"]
    assert dialog.no_payments.isVisibleTo(dialog) and not dialog.payments.isVisibleTo(dialog)

    with qtbot.waitSignal(dialog.pay_requested) as asked:
        dialog.run_action(BookingAction.PAY)
    assert asked.args is not None and asked.args[0].id == booking.id


def test_its_coach_confirms_at_once_and_the_dialog_follows(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts
) -> None:
    booking = paid_yoga(db, studio)
    dialog = open_details(qtbot, desk, booking.id)
    desk.set_actor(studio.coach_b_actor)
    assert "Confirm" not in button_labels(dialog)  # not her booking

    desk.set_actor(studio.coach_a_actor)
    assert button_labels(dialog) == ["Confirm", "Cancel booking…"]
    dialog.run_action(BookingAction.CONFIRM)

    assert prompts.questions == []  # confirming is quick: no question
    assert dialog.status.text() == "Confirmed"
    assert rows(dialog.history)[-1][1:] == ["Coach Smith", "Paid → Confirmed", ""]
    # Mark done waits for the session to begin.
    assert button_labels(dialog) == ["Cancel booking…"]


def test_mark_done_asks_first_and_only_after_the_start(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts,
    clock: SettableClock,
) -> None:
    booking = paid_yoga(db, studio)
    services.confirm_booking(db, studio.coach_a_actor, booking.id)
    desk.set_actor(studio.coach_a_actor)
    dialog = open_details(qtbot, desk, booking.id)
    assert "Mark done" not in button_labels(dialog)

    clock.set(dt.datetime(2025, 10, 24, 10, 5, tzinfo=JAKARTA))
    desk.set_actor(studio.coach_a_actor)  # the buttons are asked for again
    assert button_labels(dialog) == ["Mark done", "No-show…", "Cancel booking…"]

    prompts.answers = [False]
    dialog.run_action(BookingAction.COMPLETE)
    assert "cannot be undone" in prompts.questions[0]
    assert services.get_booking(db, booking.id).status is BookingStatus.CONFIRMED
    assert dialog.action_buttons[BookingAction.COMPLETE].isEnabled()

    dialog.run_action(BookingAction.COMPLETE)
    assert dialog.status.text() == "Done"
    assert button_labels(dialog) == []


def test_another_desk_moving_the_booking_on_is_shown_instead_of_failing_later(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = paid_yoga(db, studio)
    desk.set_actor(studio.coach_a_actor)
    dialog = open_details(qtbot, desk, booking.id)
    services.confirm_booking(db, studio.admin, booking.id)  # the admin, at another desk

    dialog.run_action(BookingAction.CONFIRM)

    assert dialog.message.isVisibleTo(dialog)
    assert "Only paid bookings can be confirmed" in dialog.message.text()
    assert dialog.action_buttons[BookingAction.CANCEL].isEnabled()


def test_cancel_from_the_details_shows_who_why_and_the_refund(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = paid_yoga(db, studio, method="card", reference="CARD-77")
    dialog = open_details(qtbot, desk, booking.id)
    dialog.run_action(BookingAction.CANCEL)
    cancel = dialog.cancel_dialog
    assert cancel is not None and cancel.isVisible()

    cancel.reason.setText("Client is ill")
    cancel.refund_option.setChecked(True)
    assert cancel.chosen_method is services.PaymentMethod.CARD  # back the way it came in
    cancel.reference.setText("RF-77")
    cancel.submit()

    assert cancel.result() == QDialog.DialogCode.Accepted
    assert dialog.status.text() == "Canceled"
    assert rows(dialog.history)[-1][1:] == ["Rina (desk)", "Paid → Canceled", "Client is ill"]
    assert [row[1:] for row in rows(dialog.payments)] == [
        ["Payment", "Rp 150,000", "Card", "CARD-77", "Rina (desk)"],
        ["Refund", "-Rp 150,000", "Card", "RF-77", "Rina (desk)"],
    ]
    assert dialog.paid.text() == "Rp 0"
    assert button_labels(dialog) == []


def open_cancel(qtbot: QtBot, desk: Desk, booking: BookingView) -> CancelDialog:
    dialog = CancelDialog(desk, booking)
    qtbot.addWidget(dialog)
    return dialog


def test_canceling_a_paid_booking_requires_the_refund_choice(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = paid_yoga(db, studio, method="card", reference="CARD-9")
    dialog = CancelDialog(desk, booking)
    shown(qtbot, dialog)
    assert dialog.amount.text() == "150,000"
    assert not dialog.refund_fields.isEnabled()  # until Refund is chosen
    assert dialog.focusWidget() is dialog.reason

    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.message.text() == "Enter the reason for canceling."
    QTest.keyClicks(dialog.reason, "Coach is ill")
    assert dialog.message.isHidden()  # put right: the note goes

    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.message.text() == (
        "This booking has Rp 150,000 paid. Choose a refund or 'no refund' before canceling."
    )
    assert services.get_booking(db, booking.id).status is BookingStatus.PAID
    assert dialog.reason.text() == "Coach is ill"

    press(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Re&fund
    assert dialog.refund_option.isChecked()
    # The money goes back the way it came in.
    assert dialog.chosen_method is services.PaymentMethod.CARD
    assert dialog.reference_label.text() == "R&eference (required):"
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert "Enter the reference of the card payment" in dialog.message.text()
    assert services.get_booking(db, booking.id).status is BookingStatus.PAID
    assert dialog.focusWidget() is dialog.reference  # the cursor waits where it is missing

    press(dialog, Qt.Key.Key_Tab)
    press(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # R&eference, also by its letter
    assert dialog.focusWidget() is dialog.reference
    QTest.keyClicks(dialog.reference, "BCA-123")
    QTest.keyClick(dialog.reference, Qt.Key.Key_Enter)
    canceled = services.get_booking(db, booking.id)
    assert (canceled.status, canceled.paid_total) == (BookingStatus.CANCELED, 0)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_refunds_default_to_the_way_the_money_came_in(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = paid_yoga(db, studio, method="card", reference="CARD-9")
    details = open_details(qtbot, desk, booking.id)
    details.run_action(BookingAction.CANCEL)
    assert details.cancel_dialog is not None
    assert details.cancel_dialog.chosen_method is services.PaymentMethod.CARD


def test_escape_asks_before_throwing_away_a_typed_reason(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts
) -> None:
    booking = paid_yoga(db, studio)
    dialog = open_cancel(qtbot, desk, booking)
    dialog.show()
    QTest.keyClicks(dialog.reason, "Client is ill")
    prompts.answers.append(False)  # "Close without saving?" No: stay
    QTest.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.reason.text() == "Client is ill"
    assert prompts.questions == ["Close without saving? What you typed here will be lost."]
    assert prompts.defaults == [False]  # Enter on the question keeps what was typed
    prompts.answers.append(True)
    QTest.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert services.get_booking(db, booking.id).status is BookingStatus.PAID


def test_keeping_the_money_is_said_in_the_history(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = paid_yoga(db, studio)
    dialog = open_cancel(qtbot, desk, booking)
    dialog.reason.setText("No show")
    dialog.keep_option.setChecked(True)
    dialog.submit()

    details = services.booking_details(db, booking.id)
    assert details.booking.status is BookingStatus.CANCELED
    assert details.booking.paid_total == booking.price
    assert str(details.history[-1].reason) == "No show (no refund)"


def test_an_unpaid_booking_is_canceled_with_a_reason_only(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.hiit, date=TODAY, start_time="11:00"
    )
    dialog = open_cancel(qtbot, desk, booking)
    assert not dialog.refund_option.isVisibleTo(dialog)
    dialog.reason.setText("Changed her mind")
    dialog.submit()
    assert services.get_booking(db, booking.id).status is BookingStatus.CANCELED


def open_reschedule(qtbot: QtBot, desk: Desk, booking: BookingView) -> RescheduleDialog:
    dialog = RescheduleDialog(desk, booking)
    qtbot.addWidget(dialog)
    return dialog


def test_reschedule_to_a_free_time_moves_the_booking(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = paid_yoga(db, studio)
    dialog = open_reschedule(qtbot, desk, booking)
    assert dialog.coach.currentText() == "Coach Smith"
    assert "10:00" in dialog.free_time_labels()  # its own time is not in its way
    dialog.submit()  # nothing chosen yet
    assert dialog.message.text() == "Pick one of the free times."

    dialog.date.setDate(dialog.date.date().addDays(1))
    dialog.select_time("14:00")
    dialog.reason.setText("Client asked")
    dialog.submit()

    moved = services.booking_details(db, booking.id)
    assert f"{moved.booking.start_at:%Y-%m-%d %H:%M}" == "2025-10-25 14:00"
    assert moved.booking.status is BookingStatus.PAID
    assert str(moved.history[-1].reason) == "Moved from 24 Oct 2025 10:00. Client asked"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_reschedule_to_another_coach_lists_that_coachs_times(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = paid_yoga(db, studio)
    services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.hiit, date=TODAY, start_time="13:00"
    )
    dialog = open_reschedule(qtbot, desk, booking)
    assert "13:00" in dialog.free_time_labels()

    dialog.coach.setCurrentIndex(dialog.coach.findData(studio.coach_b))
    assert "13:00" not in dialog.free_time_labels()
    dialog.select_time("15:00")
    dialog.submit()
    assert services.get_booking(db, booking.id).coach_name == "Coach Sari"


def test_a_time_taken_meanwhile_shows_the_conflict_and_the_times_now_free(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = paid_yoga(db, studio)
    dialog = open_reschedule(qtbot, desk, booking)
    dialog.select_time("14:00")
    dialog.reason.setText("Client asked")
    # Another desk books 14:00 while the dialog is open.
    services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.yoga, date=TODAY, start_time="14:00"
    )

    dialog.submit()

    assert dialog.message.text() == SLOT_TAKEN
    assert "14:00" not in dialog.free_time_labels()
    assert dialog.reason.text() == "Client asked"
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert f"{services.get_booking(db, booking.id).start_at:%H:%M}" == "10:00"


def test_a_closed_details_dialog_stops_reloading(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = paid_yoga(db, studio)
    dialog = open_details(qtbot, desk, booking.id)
    dialog.show()
    dialog.close()
    desk.set_actor(studio.coach_a_actor)
    desk.act(lambda db_, actor: services.confirm_booking(db_, actor, booking.id), lambda _: None)
    assert dialog.status.text() == "Paid"

    dialog.show()  # opened again: catches up
    assert dialog.status.text() == "Confirmed"
