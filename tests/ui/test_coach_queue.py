"""The coach queue: a coach's own paid bookings to confirm and today's sessions to mark done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, Change, Database
from studio_desk.ui.calendar.coach_queue import CoachQueue
from studio_desk.ui.kit.desk import Desk
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts

TODAY = dt.date(2025, 10, 24)
TOMORROW = TODAY + dt.timedelta(days=1)


def booked(db: Database, studio: Studio, course: int, day: dt.date, at: str, *, paid: bool = True,
           confirmed: bool = False) -> BookingView:
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=course, date=day, start_time=at
    )
    if paid:
        booking = services.mark_paid(db, studio.desk, booking.id, method="cash").booking
    if confirmed:
        booking = services.confirm_booking(db, studio.admin, booking.id)
    return booking


def open_queue(qtbot: QtBot, desk: Desk) -> CoachQueue:
    queue = CoachQueue(desk)
    qtbot.addWidget(queue)
    queue.show()
    return queue


def ids(bookings: list[BookingView]) -> list[int]:
    return [booking.id for booking in bookings]


def test_a_coach_sees_only_their_own_paid_bookings_from_today_on(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    today_yoga = booked(db, studio, studio.yoga, TODAY, "10:00")
    tomorrow_pilates = booked(db, studio, studio.pilates, TOMORROW, "09:00")
    booked(db, studio, studio.yoga, TODAY, "15:00", paid=False)  # still pending
    booked(db, studio, studio.hiit, TODAY, "10:00")  # Coach Sari's
    desk.set_actor(studio.coach_a_actor)

    queue = open_queue(qtbot, desk)

    assert queue.heading.text() == "Coach Smith's queue"
    assert queue.paid_heading.text() == "Paid — waiting for your confirmation (2)"
    assert ids(queue.paid_bookings) == [today_yoga.id, tomorrow_pilates.id]
    days = [queue.paid_table.item(row, 0) for row in range(2)]
    assert [day.text() if day else "" for day in days] == ["Today", "Tomorrow"]
    assert all(button.isEnabled() for button in queue.confirm_buttons.values())
    assert queue.today_bookings == [] and queue.today_empty.isVisible()

    desk.set_actor(studio.coach_b_actor)
    assert queue.heading.text() == "Coach Sari's queue"
    assert [b.coach_name for b in queue.paid_bookings] == ["Coach Sari"]


def test_confirm_moves_todays_booking_to_the_confirmed_list(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts
) -> None:
    today_yoga = booked(db, studio, studio.yoga, TODAY, "10:00")
    tomorrow_yoga = booked(db, studio, studio.yoga, TOMORROW, "10:00")
    desk.set_actor(studio.coach_a_actor)
    queue = open_queue(qtbot, desk)

    queue.confirm_buttons[today_yoga.id].click()
    queue.confirm_buttons[tomorrow_yoga.id].click()

    assert prompts.questions == []  # confirming does not ask
    assert queue.paid_bookings == []
    # Tomorrow's is confirmed too, but only today's sessions are waiting to be marked done.
    assert ids(queue.today_bookings) == [today_yoga.id]
    assert services.get_booking(db, tomorrow_yoga.id).status is BookingStatus.CONFIRMED


def test_mark_done_waits_for_the_session_to_start(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts,
    clock: SettableClock,
) -> None:
    session = booked(db, studio, studio.yoga, TODAY, "10:00", confirmed=True)
    desk.set_actor(studio.coach_a_actor)
    queue = open_queue(qtbot, desk)
    button = queue.done_buttons[session.id]
    assert not button.isEnabled()
    assert button.text() == "Mark &done from 10:00"

    clock.set(dt.datetime(2025, 10, 24, 10, 1, tzinfo=JAKARTA))
    queue.update_buttons()  # what the page's timer does every half minute
    assert button.isEnabled() and button.text() == "Mark &done"

    button.click()
    assert len(prompts.questions) == 1
    assert services.get_booking(db, session.id).status is BookingStatus.DONE
    assert queue.today_bookings == [] and queue.today_empty.isVisible()


def test_someone_who_is_not_a_coach_is_told_how_to_see_a_queue(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booked(db, studio, studio.yoga, TODAY, "10:00")
    queue = open_queue(qtbot, desk)  # the receptionist
    assert queue.explanation.isVisible() and "Sign in as a coach" in queue.explanation.text()
    assert not queue.queue.isVisible() and queue.paid_bookings == []

    desk.set_actor(None)
    assert queue.explanation.isVisible()


def test_an_admin_picks_whose_queue_to_work_on(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    smith = booked(db, studio, studio.yoga, TODAY, "10:00")
    sari = booked(db, studio, studio.hiit, TODAY, "10:00")
    desk.set_actor(studio.admin)
    queue = open_queue(qtbot, desk)
    assert queue.coach_picker.isVisible() and not queue.explanation.isVisible()

    queue.pick_coach(studio.coach_a)
    assert ids(queue.paid_bookings) == [smith.id]
    assert queue.paid_heading.text() == "Paid — waiting for Coach Smith's confirmation (1)"
    queue.pick_coach(studio.coach_b)
    assert ids(queue.paid_bookings) == [sari.id]

    queue.confirm_buttons[sari.id].click()
    assert ids(queue.today_bookings) == [sari.id]


def test_changes_made_elsewhere_show_up(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    desk.set_actor(studio.coach_a_actor)
    queue = open_queue(qtbot, desk)
    assert queue.paid_empty.isVisible()
    booking = booked(db, studio, studio.yoga, TODAY, "10:00")

    desk.announce(Change.of_everything())  # as after the payment dialog's change

    assert ids(queue.paid_bookings) == [booking.id]
    assert not queue.paid_empty.isVisible()


def test_a_double_click_opens_the_booking(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    booking = booked(db, studio, studio.yoga, TODAY, "10:00")
    desk.set_actor(studio.coach_a_actor)
    queue = open_queue(qtbot, desk)
    with qtbot.waitSignal(queue.booking_opened) as opened:
        queue.paid_table.cellDoubleClicked.emit(0, 2)
    assert opened.args == [booking.id]


def button_column_width(table: QTableWidget) -> int:
    return table.columnWidth(table.columnCount() - 1)


def widest_button(table: QTableWidget) -> int:
    last = table.columnCount() - 1
    return max(table.cellWidget(row, last).sizeHint().width() for row in range(table.rowCount()))


def test_the_button_columns_stay_as_wide_as_their_buttons_after_an_action_and_a_refill(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, clock: SettableClock
) -> None:
    first = booked(db, studio, studio.yoga, TODAY, "10:00")
    booked(db, studio, studio.pilates, TODAY, "12:00")
    booked(db, studio, studio.yoga, TOMORROW, "09:00")
    desk.set_actor(studio.coach_a_actor)
    queue = open_queue(qtbot, desk)
    queue.resize(900, 600)

    queue.confirm_buttons[first.id].click()
    for table in (queue.paid_table, queue.today_table):
        assert table.isVisible()
        assert button_column_width(table) >= widest_button(table)
    assert queue.done_buttons[first.id].text() == "Mark &done from 10:00"

    clock.set(dt.datetime(2025, 10, 24, 10, 1, tzinfo=JAKARTA))
    desk.announce(Change.of_everything())  # a refill, with the shorter "Mark done" now
    for table in (queue.paid_table, queue.today_table):
        assert button_column_width(table) >= widest_button(table)
        button = table.cellWidget(0, table.columnCount() - 1)
        assert button.width() >= button.sizeHint().width()  # "Confirm", not "onfir"
    queue.grab().save("/tmp/coach_queue_after_refill.png")


def test_a_coach_confirms_and_marks_done_with_the_keyboard_only(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts,
    clock: SettableClock,
) -> None:
    session = booked(db, studio, studio.yoga, TODAY, "10:00", confirmed=True)
    later = booked(db, studio, studio.yoga, TODAY, "15:00")
    tomorrow = booked(db, studio, studio.yoga, TOMORROW, "09:00")
    clock.set(dt.datetime(2025, 10, 24, 10, 5, tzinfo=JAKARTA))
    desk.set_actor(studio.coach_a_actor)
    queue = open_queue(qtbot, desk)
    with qtbot.waitActive(queue):
        queue.activateWindow()

    # Tab goes from table to table, not from cell to cell or button to button.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert queue.today_table.hasFocus()
    QTest.keyClick(queue.today_table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert queue.paid_table.hasFocus()
    QTest.keyClick(queue.paid_table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(queue.paid_table, Qt.Key.Key_Down)
    assert queue.paid_table.currentRow() == 1  # tomorrow's
    QTest.keyClick(queue.paid_table, Qt.Key.Key_Return)
    assert services.get_booking(db, tomorrow.id).status is BookingStatus.CONFIRMED
    assert services.get_booking(db, later.id).status is BookingStatus.PAID

    QTest.keyClick(queue.paid_table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # C&onfirm
    assert services.get_booking(db, later.id).status is BookingStatus.CONFIRMED
    assert queue.paid_bookings == [] and ids(queue.today_bookings) == [session.id, later.id]

    QTest.keyClick(queue.paid_table, Qt.Key.Key_Tab)  # the emptied first table is hidden: Tab still works
    assert queue.today_table.hasFocus()
    QTest.keyClick(queue.today_table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the last row
    QTest.keyClick(queue.today_table, Qt.Key.Key_Return)  # 15:00 has not begun yet
    assert services.get_booking(db, later.id).status is BookingStatus.CONFIRMED
    assert prompts.questions == []
    assert queue.message.text() == "A session can be marked done once it has begun."

    QTest.keyClick(queue.today_table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(queue.today_table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Mark &done
    assert len(prompts.questions) == 1  # final, so it asks first
    assert services.get_booking(db, session.id).status is BookingStatus.DONE
    assert ids(queue.today_bookings) == [later.id]


def test_the_queue_says_which_booking_was_just_confirmed(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    # The next row moves up into the chosen place: the note names the one that was confirmed.
    booking = booked(db, studio, studio.yoga, TOMORROW, "10:00")
    booked(db, studio, studio.yoga, TOMORROW, "14:00")
    desk.set_actor(studio.coach_a_actor)
    queue = open_queue(qtbot, desk)
    queue.confirm_buttons[booking.id].click()
    assert queue.done_note.isVisible()
    assert queue.done_note.text() == "Confirmed: John Doe, Tomorrow 10:00–11:00."
