"""The main window: the whole walk-in day through the widgets, the shortcuts, what the window
remembers, and what it shows when the database stops answering."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from studio_desk import services
from studio_desk.services import BookingStatus, Database
from studio_desk.ui.bookings.booking_list import BookingListPage
from studio_desk.ui.bookings.booking_table_model import Column
from studio_desk.ui.bookings.new_booking import NewBookingDialog
from studio_desk.ui.bookings.payment_dialog import PAID_MESSAGE, PaymentDialog
from studio_desk.ui.calendar.coach_queue import CoachQueue
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.main_window import CALENDAR_TAB, LIST_TAB, QUEUE_TAB, MainWindow
from studio_desk.ui.setup.sign_in import SignInDialog
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import PINS, Studio
from tests.support.ui import ScriptedPrompts, press, shown

TODAY = dt.date(2025, 10, 24)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def open_window(qtbot: QtBot, desk: Desk, settings: QSettings) -> MainWindow:
    window = MainWindow(desk, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def trigger(window: MainWindow, keys: str) -> None:
    wanted = QKeySequence(keys)
    exact = QKeySequence.SequenceMatch.ExactMatch
    [action] = [a for a in window.actions() if a.shortcut().matches(wanted) == exact]
    action.trigger()


def look_at(window: MainWindow, page: QWidget) -> None:
    """Open the page's tab and go back, as a person glances at it: a hidden tab reads nothing
    until it is shown."""
    shown_tab = window.tabs.currentIndex()
    window.tabs.setCurrentWidget(page)
    window.tabs.setCurrentIndex(shown_tab)


def status_in_list(window: MainWindow, booking_id: int) -> str:
    look_at(window, window.bookings)
    model = window.bookings.model
    row = model.row_of(booking_id)
    assert row is not None
    return str(model.index(row, Column.STATUS).data())


def status_in_calendar(window: MainWindow, booking_id: int) -> str:
    look_at(window, window.calendar)
    return " ".join(window.calendar.calendar.block_text(booking_id))


def test_the_walk_in_day_through_the_widgets(
    qtbot: QtBot, desk: Desk, settings: QSettings, studio: Studio, clock: SettableClock, db: Database
) -> None:
    window = open_window(qtbot, desk, settings)
    window.calendar.go_to(TODAY)

    # The receptionist books a walk-in: finds the client, picks course, date and a free time.
    trigger(window, "Ctrl+N")
    booking_dialog = window.dialog
    assert isinstance(booking_dialog, NewBookingDialog)
    booking_dialog.search.setText("John")
    booking_dialog.search_clients_now()
    booking_dialog.pick_client(booking_dialog.found_clients()[0])
    booking_dialog.set_course(studio.yoga)
    booking_dialog.set_date(TODAY)
    booking_dialog.choose_time("10:00")
    booking_dialog.create_booking(pay=True)

    # ... and takes the payment in cash, with change.
    payment = booking_dialog.payment_dialog
    assert isinstance(payment, PaymentDialog)
    payment.cash_given.setText("200.000")
    assert "Rp 50,000" in payment.change.text()
    payment.pay()
    assert payment.success_text.text() == PAID_MESSAGE
    [booking] = services.list_bookings(db, services.BookingFilter(client_id=studio.john)).rows
    assert booking.status is BookingStatus.PAID and booking.start_at.hour == 10
    assert "Paid" in status_in_calendar(window, booking.id)
    assert status_in_list(window, booking.id) == "Paid"

    # The coach signs in with a PIN on the same PC and confirms the paid session.
    trigger(window, "Ctrl+L")
    sign_in = window.dialog
    assert isinstance(sign_in, SignInDialog)
    sign_in.choose(studio.coach_a_actor.staff_id or 0)
    sign_in.pin.setText(PINS["coach_a"])
    sign_in.submit()
    assert "Coach Smith" in window.person_label.text()
    window.tabs.setCurrentIndex(QUEUE_TAB)
    queue: CoachQueue = window.queue
    queue.confirm_buttons[booking.id].click()
    assert "Confirmed" in status_in_calendar(window, booking.id)
    assert status_in_list(window, booking.id) == "Confirmed"

    # Once the session has begun, the coach marks it done.
    assert not queue.done_buttons[booking.id].isEnabled()
    clock.set(dt.datetime(2025, 10, 24, 10, 5, tzinfo=JAKARTA))
    queue.update_buttons()
    queue.done_buttons[booking.id].click()
    assert "Done" in status_in_calendar(window, booking.id)
    assert status_in_list(window, booking.id) == "Done"
    assert services.get_booking(db, booking.id).status is BookingStatus.DONE


def test_the_shortcuts_do_what_they_say(
    qtbot: QtBot, desk: Desk, settings: QSettings, studio: Studio, prompts: ScriptedPrompts
) -> None:
    window = open_window(qtbot, desk, settings)
    booking = services.create_booking(desk.db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                      date=TODAY, start_time="10:00")
    with qtbot.waitSignal(desk.sig_changed):
        trigger(window, "F5")

    trigger(window, "Ctrl+F")
    assert window.tabs.currentIndex() == LIST_TAB
    page: BookingListPage = window.bookings
    assert page.search.hasFocus() or page.search.selectedText() == page.search.text()

    trigger(window, "Ctrl+P")  # nothing selected yet
    assert prompts.infos == ["Select a booking in the list or the calendar first."]
    page.table.selectRow(page.model.row_of(booking.id) or 0)
    trigger(window, "Ctrl+P")
    assert isinstance(window.dialog, PaymentDialog)

    trigger(window, "Ctrl+L")
    assert isinstance(window.dialog, SignInDialog)


def test_the_window_remembers_its_size_screen_and_last_person(
    qtbot: QtBot, desk: Desk, settings: QSettings, studio: Studio
) -> None:
    window = open_window(qtbot, desk, settings)
    window.resize(window.width(), 700)  # the offscreen screen is 800 wide: only heights can differ
    window.tabs.setCurrentIndex(LIST_TAB)
    window.sign_in()
    sign_in = window.dialog
    assert isinstance(sign_in, SignInDialog)
    sign_in.choose(studio.coach_b_actor.staff_id or 0)
    sign_in.pin.setText(PINS["coach_b"])
    sign_in.submit()
    height = window.height()
    window.close()

    again = open_window(qtbot, desk, settings)
    assert again.tabs.currentIndex() == LIST_TAB
    assert again.height() == height == 700
    again.sign_in()
    assert isinstance(again.dialog, SignInDialog)
    assert "Coach Sari" in again.dialog.person.currentText()


def test_a_database_that_stops_answering_shows_a_banner_and_a_retry(
    qtbot: QtBot, desk: Desk, settings: QSettings, db: Database
) -> None:
    window = open_window(qtbot, desk, settings)
    window.tabs.setCurrentIndex(CALENDAR_TAB)
    assert not window.banner.isVisible()

    # A server nobody listens on: every call fails as a database that went away does.
    desk.db = Database(make_url("postgresql+psycopg://desk@127.0.0.1:9/studio?connect_timeout=2"))
    window.refresh()
    assert window.banner.isVisible()
    assert "nothing can be saved" in window.banner_text.text()
    assert window.isVisible()  # no crash, no frozen window

    desk.db = db  # the connection is back
    window.retry_button.click()
    assert not window.banner.isVisible()


def click_calendar_at(qtbot: QtBot, window: MainWindow, coach_id: int, hour: int, minute: int) -> None:
    calendar = window.calendar.calendar
    column = next(i for i, c in enumerate(calendar.columns) if c.coach_id == coach_id)
    where = QPoint(int(calendar.column_rect(column).center().x()), int(calendar.y_of(hour * 60 + minute)))
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=where)


@pytest.mark.parametrize(("coach", "course", "hour"), [
    ("coach_b", "hiit", 14),  # Coach Sari's own course, not the first course of the studio
    ("coach_a", "pilates", 20),  # 90 minutes of Ashtanga do not fit before 21:00; Pilates does
])
def test_a_click_on_free_time_opens_new_booking_with_that_coachs_course_at_that_time(
    qtbot: QtBot, desk: Desk, settings: QSettings, studio: Studio, db: Database,
    coach: str, course: str, hour: int,
) -> None:
    services.create_course(db, studio.admin, coach_id=studio.coach_a, title="Ashtanga", duration_minutes=90,
                           price=250_000)  # coach A's first course by title
    window = open_window(qtbot, desk, settings)
    window.calendar.go_to(TODAY)
    coach_id = getattr(studio, coach)

    click_calendar_at(qtbot, window, coach_id, hour, 10)

    dialog = window.dialog
    assert isinstance(dialog, NewBookingDialog)
    chosen = dialog.chosen_course()
    assert chosen is not None and (chosen.coach_id, chosen.id) == (coach_id, getattr(studio, course))
    assert dialog.chosen_date() == TODAY
    slot = dialog.chosen_slot()
    assert slot is not None and slot.label == f"{hour}:00"
    assert dialog.times.currentItem().isSelected()


def test_a_click_on_past_time_opens_nothing(
    qtbot: QtBot, desk: Desk, settings: QSettings, studio: Studio, clock: SettableClock
) -> None:
    clock.set(dt.datetime(2025, 10, 24, 22, 40, tzinfo=JAKARTA))
    window = open_window(qtbot, desk, settings)
    window.calendar.go_to(TODAY)

    click_calendar_at(qtbot, window, studio.coach_a, 16, 0)

    assert window.dialog is None


def test_a_click_on_free_time_starts_a_booking_there_and_a_block_opens_its_details(
    qtbot: QtBot, desk: Desk, settings: QSettings, studio: Studio
) -> None:
    from studio_desk.ui.bookings.booking_details import BookingDetailsDialog

    window = open_window(qtbot, desk, settings)
    window.calendar.go_to(TODAY)
    start = dt.datetime(2025, 10, 24, 14, 0, tzinfo=JAKARTA)
    window.calendar.new_booking_requested.emit(studio.coach_a, start)
    dialog = window.dialog
    assert isinstance(dialog, NewBookingDialog)
    course = dialog.chosen_course()
    assert course is not None and course.coach_id == studio.coach_a
    assert dialog.chosen_date() == TODAY
    slot = dialog.chosen_slot()
    assert slot is not None and slot.label == "14:00"

    booking = services.create_booking(desk.db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                      date=TODAY, start_time="10:00")
    window.calendar.booking_opened.emit(booking.id)
    assert isinstance(window.dialog, BookingDetailsDialog)


def test_a_coach_pressing_ctrl_p_is_told_who_takes_payments(
    qtbot: QtBot, desk: Desk, settings: QSettings, studio: Studio, prompts: ScriptedPrompts
) -> None:
    booking = services.create_booking(desk.db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                      date=TODAY, start_time="10:00")
    desk.set_actor(studio.coach_a_actor)
    window = open_window(qtbot, desk, settings)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.tabs.setCurrentIndex(LIST_TAB)
    page: BookingListPage = window.bookings
    qtbot.waitUntil(lambda: page.model.row_of(booking.id) is not None)
    page.table.selectRow(page.model.row_of(booking.id) or 0)
    page.table.setFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert prompts.infos == ["Only the front desk can take payments."]
    assert not isinstance(window.dialog, PaymentDialog)
    assert services.get_booking(desk.db, booking.id).status is BookingStatus.PENDING


def test_alt_arrows_move_the_calendars_day_even_from_the_tab_bar_and_never_change_tab(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    window = MainWindow(desk, settings)
    shown(qtbot, window)
    window.tabs.setCurrentIndex(CALENDAR_TAB)
    window.calendar.go_to(TODAY)
    window.tabs.tabBar().setFocus()

    press(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == CALENDAR_TAB
    assert window.calendar.day == TODAY + dt.timedelta(days=1)
    press(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    press(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.calendar.day == TODAY - dt.timedelta(days=1)
    press(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.calendar.day == desk.today()

    # On another tab the calendar's keys do nothing, and still do not change the tab.
    window.tabs.setCurrentIndex(LIST_TAB)
    window.tabs.tabBar().setFocus()
    press(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == LIST_TAB
    assert window.calendar.day == desk.today()


def test_ctrl_tab_and_ctrl_page_down_change_the_tab(qtbot: QtBot, desk: Desk, settings: QSettings) -> None:
    window = MainWindow(desk, settings)
    shown(qtbot, window)
    window.tabs.setCurrentIndex(CALENDAR_TAB)
    window.calendar.today_button.setFocus()

    press(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == LIST_TAB
    window.tabs.tabBar().setFocus()
    press(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == QUEUE_TAB
    press(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == LIST_TAB


@pytest.mark.parametrize(("tab", "first"), [
    (CALENDAR_TAB, lambda window: window.calendar.previous_button),
    (LIST_TAB, lambda window: window.bookings.search),
])
def test_tab_from_the_tab_bar_reaches_the_pages_first_control(
    qtbot: QtBot, desk: Desk, settings: QSettings, tab: int, first: Callable[[MainWindow], QWidget]
) -> None:
    window = MainWindow(desk, settings)
    shown(qtbot, window)
    window.tabs.setCurrentIndex(tab)
    window.tabs.tabBar().setFocus()

    press(window, Qt.Key.Key_Tab)

    assert QApplication.focusWidget() is first(window)
