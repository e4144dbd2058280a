"""The Hours screen, by keys: an admin sets a coach's weekly pattern, is told what is wrong,
adds a holiday over a booking only after saying "save anyway", sees the bookings left outside
the hours, and removes what they added."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import ChangeKind, Database
from studio_desk.ui.hours.hours_dialog import HoursDialog
from studio_desk.ui.main_window import MainWindow
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown, synchronous_desk
from tests.ui.test_desk_menus import open_menu_by_keys

ALT = Qt.KeyboardModifier.AltModifier
MONDAY = dt.date(2025, 10, 27)


def open_hours(qtbot: QtBot, db: Database, studio: Studio) -> tuple[HoursDialog, ScriptedPrompts]:
    desk = synchronous_desk(db, studio.admin)
    dialog = HoursDialog(desk)
    shown(qtbot, dialog)
    assert isinstance(desk.prompts, ScriptedPrompts)
    return dialog, desk.prompts


def new_coach(db: Database, studio: Studio) -> tuple[int, int]:
    """A coach with no hours yet (the test studio's coaches have dated hours every day), and
    their course: (coach, course). By name the last coach in the screen's list."""
    coach = services.create_coach(db, studio.admin, name="Coach Wira")
    course = services.create_course(
        db, studio.admin, coach_id=coach.id, title="Boxing", duration_minutes=60, price=100_000
    )
    return coach.id, course.id


def pick_last_coach(dialog: HoursDialog) -> None:
    press(dialog, Qt.Key.Key_C, ALT)
    press(dialog, Qt.Key.Key_End)


def type_into(dialog: HoursDialog, letter: Qt.Key, text: str) -> None:
    press(dialog, letter, ALT)
    focus = dialog.focusWidget()
    press(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(dialog, Qt.Key.Key_Delete)
    QTest.keyClicks(focus, text)


def test_an_admin_sets_a_weekly_pattern_by_keys(qtbot: QtBot, db: Database, studio: Studio) -> None:
    dialog, prompts = open_hours(qtbot, db, studio)
    assert dialog.focusWidget() is dialog.coach and dialog.coach.currentText() == "Coach Sari"
    type_into(dialog, Qt.Key.Key_M, "08:00-12:00, 13:00-17:00")
    type_into(dialog, Qt.Key.Key_U, "09:00-11:00")  # Sunday
    changes: list[services.Change] = []
    dialog.desk.sig_changed.connect(changes.append)
    press(dialog, Qt.Key.Key_Return)

    (pattern,) = services.weekly_hours(db, studio.coach_b)
    assert pattern.valid_from == dialog.desk.today()
    assert [(f"{w.start:%H:%M}", f"{w.end:%H:%M}") for w in pattern.on(0)] == [
        ("08:00", "12:00"),
        ("13:00", "17:00"),
    ]
    assert len(pattern.on(6)) == 1 and pattern.on(1) == ()
    assert any(ChangeKind.HOURS in change.kinds for change in changes)  # the calendar refreshes
    assert not prompts.errors and not dialog.has_typed_input()
    assert "Weekly patterns from" in dialog.patterns_note.text()


def test_bad_hours_are_explained_and_nothing_is_saved(qtbot: QtBot, db: Database, studio: Studio) -> None:
    dialog, _ = open_hours(qtbot, db, studio)
    type_into(dialog, Qt.Key.Key_M, "08:00-12:00, 11:00-14:00")
    press(dialog, Qt.Key.Key_Return)
    assert "overlap" in dialog.message.text()
    type_into(dialog, Qt.Key.Key_M, "")
    press(dialog, Qt.Key.Key_S, ALT)
    assert "add time off" in dialog.message.text()
    assert services.weekly_hours(db, studio.coach_b) == ()


def test_a_holiday_over_a_booking_asks_first_then_lists_the_booking(
    qtbot: QtBot, db: Database, studio: Studio
) -> None:
    coach, course = new_coach(db, studio)
    services.add_extra_hours(
        db, studio.admin, coach_id=coach, date=MONDAY, start_time="09:00", end_time="12:00"
    )
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=course, date=MONDAY, start_time="10:00"
    )
    dialog, prompts = open_hours(qtbot, db, studio)
    pick_last_coach(dialog)
    assert dialog.coach.currentText() == "Coach Wira"
    dialog.day.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    type_into(dialog, Qt.Key.Key_N, "Cuti Bersama")
    prompts.answers = [False]
    press(dialog, Qt.Key.Key_Y, ALT)
    assert "Save anyway?" in prompts.questions[-1] and "John Doe" in prompts.questions[-1]
    assert services.list_holidays(db, MONDAY) == ()

    prompts.answers = [True]
    press(dialog, Qt.Key.Key_Y, ALT)
    (holiday,) = services.list_holidays(db, MONDAY)
    assert holiday.name == "Cuti Bersama"
    assert "outside the hours" in prompts.infos[-1] and "John Doe" in prompts.infos[-1]
    assert services.get_booking(db, booking.id).status is services.BookingStatus.PENDING
    assert "John Doe" in dialog.outside.item(0).text()

    press(dialog, Qt.Key.Key_E, ALT)  # to the list: the extra hours, then the holiday
    press(dialog, Qt.Key.Key_End)
    assert "Cuti Bersama" in dialog.exceptions.currentItem().text()
    press(dialog, Qt.Key.Key_V, ALT)
    assert services.list_holidays(db, MONDAY) == ()
    assert dialog.exceptions.count() == 1


def test_time_off_and_extra_hours_by_keys(qtbot: QtBot, db: Database, studio: Studio) -> None:
    coach, course = new_coach(db, studio)
    services.set_weekly_hours(
        db, studio.admin, coach_id=coach, valid_from=MONDAY, windows={0: [("08:00", "17:00")]}
    )
    dialog, prompts = open_hours(qtbot, db, studio)
    pick_last_coach(dialog)
    assert dialog.days[0].text() == "08:00-17:00"
    dialog.day.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    type_into(dialog, Qt.Key.Key_I, "13:00-15:00")
    press(dialog, Qt.Key.Key_O, ALT)
    type_into(dialog, Qt.Key.Key_I, "18:00-20:00")
    press(dialog, Qt.Key.Key_X, ALT)
    assert not prompts.errors and not dialog.message.text(), dialog.message.text()
    kinds = [(e.kind, f"{e.start:%H:%M}") for e in services.hours_exceptions(db, coach, MONDAY)]
    assert kinds == [(services.ExceptionKind.TIME_OFF, "13:00"), (services.ExceptionKind.EXTRA, "18:00")]
    assert dialog.exceptions.count() == 2
    slots = [slot.label for slot in services.free_start_times(db, course, MONDAY)]
    assert "13:00" not in slots and "12:00" in slots and "19:00" in slots


def test_an_admin_opens_hours_from_the_settings_menu_and_others_do_not_see_it(
    qtbot: QtBot, db: Database, studio: Studio, tmp_path: Path
) -> None:
    desk = synchronous_desk(db, studio.desk)
    window = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    try:
        assert not window.hours_action.isVisible()  # the receptionist is signed in
        desk.set_actor(studio.admin)
        open_menu_by_keys(qtbot, window, Qt.Key.Key_S, Qt.Key.Key_H)
        assert isinstance(window.dialog, HoursDialog)
    finally:
        window.sync_driver.stop()
