"""The Staff screen and PINs by keys, the desk locking itself and opening again, and a coach
seeing their own sessions on the calendar and in the booking list."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import Database
from studio_desk.ui.bookings.booking_list import BookingListPage
from studio_desk.ui.calendar.calendar_page import CalendarPage
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.main_window import MainWindow
from studio_desk.ui.staff.person_dialog import AddPersonDialog
from studio_desk.ui.staff.pin_dialogs import ChangePinDialog
from studio_desk.ui.staff.staff_screen import StaffDialog
from tests.support.studio import PINS, Studio
from tests.support.ui import ScriptedPrompts, press, shown, synchronous_desk

ALT = Qt.KeyboardModifier.AltModifier
LOCK_MS = 150
FRIDAY = dt.date(2025, 10, 24)


def prompts_of(desk: Desk) -> ScriptedPrompts:
    assert isinstance(desk.prompts, ScriptedPrompts)
    return desk.prompts


def activate(widget: QWidget) -> None:
    """Make a dialog the window in front, as `shown` does, for a dialog that deletes itself when
    closed (qtbot must not close it again)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)


def staff_screen(qtbot: QtBot, desk: Desk) -> StaffDialog:
    dialog = StaffDialog(desk)
    shown(qtbot, dialog)
    return dialog


def test_an_admin_deactivates_and_reactivates_by_keys(qtbot: QtBot, db: Database, studio: Studio) -> None:
    desk = synchronous_desk(db, studio.admin)
    dialog = staff_screen(qtbot, desk)
    dialog.select("Rina (desk)")
    press(dialog, Qt.Key.Key_D, ALT)
    assert "Deactivate Rina (desk)?" in prompts_of(desk).questions[-1]
    assert "Rina (desk)" not in [person.name for person in services.list_staff(db)]
    assert dialog.active_button.text() == "R&eactivate"
    press(dialog, Qt.Key.Key_E, ALT)
    assert "Rina (desk)" in [person.name for person in services.list_staff(db)]


def test_the_last_admin_is_told_why_not(qtbot: QtBot, db: Database, studio: Studio) -> None:
    desk = synchronous_desk(db, studio.admin)
    dialog = staff_screen(qtbot, desk)
    dialog.select("Dewi (admin)")
    press(dialog, Qt.Key.Key_D, ALT)
    assert dialog.error.isVisible() and "cannot deactivate yourself" in dialog.error.text()


def test_a_locked_out_person_is_shown_and_unlocked(qtbot: QtBot, db: Database, studio: Studio) -> None:
    for _ in range(5):
        with pytest.raises(services.Forbidden):
            services.sign_in(db, studio.desk.staff_id, "0000")
    desk = synchronous_desk(db, studio.admin)
    dialog = staff_screen(qtbot, desk)
    dialog.select("Rina (desk)")
    assert dialog.table.item(dialog.table.currentRow(), 3).text() == "Yes"
    assert dialog.unlock_button.isEnabled()
    press(dialog, Qt.Key.Key_U, ALT)
    assert services.sign_in(db, studio.desk.staff_id, PINS["desk"]) == studio.desk
    assert dialog.table.item(dialog.table.currentRow(), 3).text() == ""


def test_add_a_person_and_reset_a_pin_by_keys(qtbot: QtBot, db: Database, studio: Studio) -> None:
    desk = synchronous_desk(db, studio.admin)
    dialog = staff_screen(qtbot, desk)
    press(dialog, Qt.Key.Key_A, ALT)
    adding = dialog.opened
    assert isinstance(adding, AddPersonDialog)
    activate(adding)
    QTest.keyClicks(adding.focusWidget(), "Budi")
    press(adding, Qt.Key.Key_P, ALT)
    QTest.keyClicks(adding.focusWidget(), "5555")
    press(adding, Qt.Key.Key_G, ALT)
    QTest.keyClicks(adding.focusWidget(), "5556")  # a slip of the finger
    press(adding, Qt.Key.Key_Return)
    assert adding.isVisible() and "differ" in adding.error.text()
    QTest.keyClicks(adding.focusWidget(), "5555")
    with qtbot.waitSignal(adding.accepted):
        press(adding, Qt.Key.Key_Return)
    budi = adding.added
    assert budi is not None
    assert services.sign_in(db, budi.id, "5555").name == "Budi"

    activate(dialog)
    dialog.select("Budi")
    press(dialog, Qt.Key.Key_I, ALT)
    resetting = dialog.opened
    activate(resetting)
    QTest.keyClicks(resetting.focusWidget(), "7777")
    press(resetting, Qt.Key.Key_G, ALT)
    QTest.keyClicks(resetting.focusWidget(), "7777")
    with qtbot.waitSignal(resetting.accepted):
        press(resetting, Qt.Key.Key_Return)
    assert services.sign_in(db, budi.id, "7777").name == "Budi"


def test_change_my_pin_needs_the_current_one(qtbot: QtBot, db: Database, studio: Studio) -> None:
    desk = synchronous_desk(db, studio.coach_a_actor)
    dialog = ChangePinDialog(desk)
    shown(qtbot, dialog)
    for current in ("9999", PINS["coach_a"]):
        QTest.keyClicks(dialog.focusWidget(), current)
        press(dialog, Qt.Key.Key_N, ALT)
        QTest.keyClicks(dialog.focusWidget(), "2468")
        press(dialog, Qt.Key.Key_G, ALT)
        QTest.keyClicks(dialog.focusWidget(), "2468")
        press(dialog, Qt.Key.Key_Return)
        if current == "9999":
            assert dialog.isVisible() and dialog.pins.error.text() == "Wrong PIN. Try again."
            assert dialog.focusWidget() is dialog.old_pin
    assert not dialog.isVisible()
    assert prompts_of(desk).infos == ["Your PIN is changed. Use the new one from now on."]
    assert services.sign_in(db, studio.coach_a_actor.staff_id, "2468") == studio.coach_a_actor


# The desk locking itself ----------------------------------------------------------------------


def window_of(qtbot: QtBot, desk: Desk, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(desk, settings, expire_holds=False, idle_lock_ms=LOCK_MS)
    shown(qtbot, window)
    return window


def typed_change_pin(qtbot: QtBot, window: MainWindow) -> ChangePinDialog:
    window.desk_actions.change_my_pin.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ChangePinDialog)
    activate(dialog)
    QTest.keyClicks(dialog.old_pin, "12")
    return dialog


def test_untouched_the_desk_locks_and_the_same_pin_opens_it_as_it_was(
    qtbot: QtBot, db: Database, studio: Studio, tmp_path: Path
) -> None:
    desk = synchronous_desk(db, studio.desk)
    window = window_of(qtbot, desk, tmp_path)
    dialog = typed_change_pin(qtbot, window)
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=3000)
    screen = window.idle_lock.screen
    assert screen is not None and screen.isVisible() and screen.geometry() == window.rect()
    assert not dialog.isVisible()  # nothing behind the lock can be read
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    press(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New booking: not behind the lock
    assert window.dialog is dialog
    QTest.keyClicks(screen.pin, "9999")
    press(screen, Qt.Key.Key_Return)
    assert screen.error.text() == "Wrong PIN. Try again." and window.idle_lock.locked
    QTest.keyClicks(screen.pin, PINS["desk"])
    press(screen, Qt.Key.Key_Return)
    assert not window.idle_lock.locked
    assert dialog.isVisible() and dialog.old_pin.text() == "12"  # as it was
    assert desk.actor == studio.desk and window.centralWidget().isEnabled()
    assert prompts_of(desk).questions == []


def test_a_key_press_keeps_the_desk_open(qtbot: QtBot, db: Database, studio: Studio, tmp_path: Path) -> None:
    desk = synchronous_desk(db, studio.desk)
    window = window_of(qtbot, desk, tmp_path)
    for _ in range(6):
        QTest.qWait(LOCK_MS // 3)
        press(window, Qt.Key.Key_Shift)
    assert not window.idle_lock.locked
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=3000)


def test_another_persons_pin_closes_what_was_open_after_asking(
    qtbot: QtBot, db: Database, studio: Studio, tmp_path: Path
) -> None:
    desk = synchronous_desk(db, studio.desk)
    window = window_of(qtbot, desk, tmp_path)
    dialog = typed_change_pin(qtbot, window)
    # Lock now, from inside the open dialog.
    press(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    screen = window.idle_lock.screen
    assert screen is not None and not dialog.isVisible()
    screen.choose(studio.admin.staff_id)
    prompts_of(desk).answers = [False]  # first: keep Rina's work
    QTest.keyClicks(screen.pin, PINS["admin"])
    press(screen, Qt.Key.Key_Return)
    assert "Rina (desk) left typed work open" in prompts_of(desk).questions[-1]
    assert prompts_of(desk).defaults[-1] is False  # Enter keeps the work
    assert window.idle_lock.locked and desk.actor == studio.desk
    prompts_of(desk).answers = [True]
    QTest.keyClicks(screen.pin, PINS["admin"])
    press(screen, Qt.Key.Key_Return)
    assert not window.idle_lock.locked and desk.actor == studio.admin
    assert not dialog.isVisible()
    assert window.desk_actions.staff.isVisible()  # the admin's screens are offered


def test_nobody_signed_in_nothing_locks(qtbot: QtBot, db: Database, studio: Studio, tmp_path: Path) -> None:
    window = window_of(qtbot, synchronous_desk(db), tmp_path)
    QTest.qWait(LOCK_MS * 2)
    assert not window.idle_lock.locked and not window.desk_actions.lock_now.isEnabled()


# Whose sessions ---------------------------------------------------------------------------------


def test_a_coach_sees_their_own_column_and_bookings(qtbot: QtBot, db: Database, studio: Studio) -> None:
    for course in (studio.yoga, studio.hiit):
        services.create_booking(
            db, studio.desk, client_id=studio.john, course_id=course, date=FRIDAY, start_time="15:00"
        )
    desk = synchronous_desk(db, studio.desk)
    calendar, bookings = CalendarPage(desk), BookingListPage(desk)
    for page in (calendar, bookings):
        shown(qtbot, page)
    assert {column.coach_id for column in calendar.calendar.columns} == {studio.coach_a, studio.coach_b}
    assert bookings.model.total == 2
    desk.set_actor(studio.coach_a_actor)
    assert [column.coach_id for column in calendar.calendar.columns] == [studio.coach_a]
    assert bookings.model.total == 1
    assert [bookings.coach.itemData(i) for i in range(1, bookings.coach.count())] == [studio.coach_a]
    desk.set_actor(studio.desk)
    assert len(calendar.calendar.columns) == 2 and bookings.model.total == 2


def test_keys_typed_at_the_window_reach_the_lock_screen_and_nothing_behind_it(
    qtbot: QtBot, db: Database, studio: Studio, tmp_path: Path
) -> None:
    """As a real keyboard types: through the window (the platform hands its key presses to the
    QWindow, which passes them to the focused widget), not straight to the PIN field."""
    desk = synchronous_desk(db, studio.desk)
    window = window_of(qtbot, desk, tmp_path)
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=3000)
    screen = window.idle_lock.screen
    assert screen is not None
    screen.pin.setFocus()
    handle = window.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New booking: not behind the lock
    assert window.dialog is None
    for key in PINS["desk"]:
        QTest.keyClick(handle, key)
    assert screen.pin.text() == PINS["desk"]
    QTest.keyClick(handle, Qt.Key.Key_Return)
    assert not window.idle_lock.locked and desk.actor == studio.desk
