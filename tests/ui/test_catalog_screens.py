"""The Coaches and Courses screens, driven by keys as an admin would: add, rename, colour,
deactivate after seeing the bookings that stay, reactivate; change a course's price."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import COACH_COLOURS, BookingStatus, Change, Database
from studio_desk.ui.catalog.coaches_dialog import CoachesDialog
from studio_desk.ui.catalog.courses_dialog import CoursesDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.main_window import MainWindow
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown, synchronous_desk

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def admin_desk(db: Database, studio: Studio) -> Desk:
    return synchronous_desk(db, studio.admin)


def retype(dialog: CoachesDialog | CoursesDialog, letter: Qt.Key, text: str) -> None:
    """Alt+letter to the field, select what is there, type `text` over it."""
    press(dialog, letter, ALT)
    press(dialog, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(dialog.focusWidget(), text)


def test_add_a_coach_with_a_colour(qtbot: QtBot, admin_desk: Desk, db: Database) -> None:
    dialog = CoachesDialog(admin_desk)
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.focusWidget(), "Coach Putri")  # focus starts on the name
    press(dialog, Qt.Key.Key_C, ALT)  # the colour
    press(dialog, Qt.Key.Key_Down)
    press(dialog, Qt.Key.Key_Return)

    added = [c for c in services.list_coaches(db) if c.name == "Coach Putri"]
    assert len(added) == 1 and added[0].colour == COACH_COLOURS[0]
    assert "Coach Putri" in [dialog.coach_list.item(i).text() for i in range(dialog.coach_list.count())]
    assert not dialog.has_typed_input()


def test_rename_and_link_a_coach(qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio) -> None:
    dialog = CoachesDialog(admin_desk)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_H, ALT)  # the list: Coach Sari, Coach Smith
    press(dialog, Qt.Key.Key_Home)
    assert dialog.name_edit.text() == "Coach Sari"
    retype(dialog, Qt.Key.Key_N, "Sari Dewi")
    retype(dialog, Qt.Key.Key_W, "12")
    retype(dialog, Qt.Key.Key_U, "sari")
    press(dialog, Qt.Key.Key_Return)

    coach = services.get_coach(db, studio.coach_b)
    assert (coach.name, coach.remote_id, coach.web_username) == ("Sari Dewi", 12, "sari")


def test_a_bad_web_number_is_shown_and_nothing_is_saved(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    dialog = CoachesDialog(admin_desk)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_H, ALT)
    press(dialog, Qt.Key.Key_Home)
    retype(dialog, Qt.Key.Key_W, "twelve")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.note.isVisible() and "'twelve' is not a web coach number." in dialog.note.text()
    assert services.get_coach(db, studio.coach_b).remote_id is None


def test_deactivating_lists_the_bookings_that_stay_then_reactivate(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, BookingStatus.PAID, date="2025-10-28")
    dialog = CoachesDialog(admin_desk)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_H, ALT)
    press(dialog, Qt.Key.Key_End)  # Coach Smith
    prompts = admin_desk.prompts
    assert isinstance(prompts, ScriptedPrompts)
    prompts.answers.append(False)
    press(dialog, Qt.Key.Key_D, ALT)
    assert "They stay valid" in prompts.questions[-1] and "Yoga Pemula, John" in prompts.questions[-1]
    assert prompts.defaults[-1] is False  # Enter keeps the coach
    assert services.get_coach(db, studio.coach_a).active

    press(dialog, Qt.Key.Key_D, ALT)  # asked again, and yes this time
    assert not services.get_coach(db, studio.coach_a).active
    assert "(inactive)" in dialog.coach_list.currentItem().text()
    assert services.get_booking(db, booking.id).status is BookingStatus.PAID

    press(dialog, Qt.Key.Key_R, ALT)
    assert services.get_coach(db, studio.coach_a).active


def test_a_receptionist_is_told_only_an_admin_adds_coaches(qtbot: QtBot, desk: Desk, db: Database) -> None:
    dialog = CoachesDialog(desk)
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.focusWidget(), "Coach Putri")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.note.text() == "Only an admin can add coaches."
    assert "Coach Putri" not in [c.name for c in services.list_coaches(db)]


def test_another_desks_change_shows_in_the_list(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    dialog = CoachesDialog(admin_desk)
    shown(qtbot, dialog)
    services.update_coach(db, studio.admin, studio.coach_b, name="Coach Sari Dewi")
    admin_desk.announce(Change.of_kinds(services.ChangeKind.CATALOG))
    assert dialog.coach_list.item(0).text() == "Coach Sari Dewi"


def test_a_price_change_applies_to_new_bookings(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio, clock: SettableClock
) -> None:
    sold = booking_in(db, studio, clock, BookingStatus.PAID, date="2025-10-28")
    dialog = CoursesDialog(admin_desk)
    shown(qtbot, dialog)
    press(dialog, Qt.Key.Key_R, ALT)  # the list: HIIT, Pilates, Yoga Pemula
    press(dialog, Qt.Key.Key_End)
    assert dialog.title_edit.text() == "Yoga Pemula"
    retype(dialog, Qt.Key.Key_P, "175000")
    retype(dialog, Qt.Key.Key_N, "Studio 2")
    press(dialog, Qt.Key.Key_Return)

    course = services.get_course(db, studio.yoga)
    assert (course.price, course.location) == (175_000, "Studio 2")
    assert services.get_booking(db, sold.id).price == 150_000


def test_add_a_course_and_refuse_a_bad_duration(
    qtbot: QtBot, admin_desk: Desk, db: Database, studio: Studio
) -> None:
    dialog = CoursesDialog(admin_desk)
    shown(qtbot, dialog)
    QTest.keyClicks(dialog.focusWidget(), "Meditasi")
    retype(dialog, Qt.Key.Key_D, "an hour")
    retype(dialog, Qt.Key.Key_P, "90000")
    press(dialog, Qt.Key.Key_Return)
    assert dialog.note.text() == "The duration must be a whole number of minutes."
    assert "Meditasi" not in [c.title for c in services.list_courses(db, include_inactive=True)]

    retype(dialog, Qt.Key.Key_D, "30")
    press(dialog, Qt.Key.Key_A, ALT)  # not active yet
    press(dialog, Qt.Key.Key_Return)
    made = [c for c in services.list_courses(db, include_inactive=True) if c.title == "Meditasi"]
    assert len(made) == 1 and (made[0].duration_minutes, made[0].price, made[0].active) == (30, 90_000, False)


def test_the_screens_are_in_settings_for_an_admin(
    qtbot: QtBot, desk: Desk, studio: Studio, tmp_path: Path
) -> None:
    window = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    try:
        assert not window.coaches_action.isVisible()  # a receptionist is signed in
        desk.set_actor(studio.admin)
        assert window.coaches_action.isVisible() and window.courses_action.isVisible()
        window.courses_action.trigger()
        assert isinstance(window.dialog, CoursesDialog)
    finally:
        window.sync_driver.stop()
