"""Reports › Class attendance, by keys: the classes held between two dates per class and per coach,
with the places offered and taken, the check-ins, the no-shows and the fill rate; and the coach
report's footnote on the minutes of a class."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import Database
from studio_desk.ui.main_window import REPORTS_TAB, MainWindow
from studio_desk.ui.reports.attendance_page import AttendancePage
from studio_desk.ui.reports.reports_page import ATTENDANCE_PAGE
from tests.support.classes import make_class
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio
from tests.support.ui import press, shown, synchronous_desk

ALT = Qt.KeyboardModifier.AltModifier


def held_classes(db: Database, studio: Studio, clock: SettableClock) -> None:
    """Tuesday 28 October 2025 at 18:00: Coach Smith's Vinyasa Flow (4 places) with three paid,
    two checked in and one no-show; Coach Sari's HIIT Circuit (2 places) with one, checked in.
    Both finished; the clock is then 19:05."""
    vinyasa = make_class(db, studio, capacity=4)
    hiit = make_class(db, studio, capacity=2, title="HIIT Circuit", coach=studio.coach_b)
    members = [services.create_client(db, name=f"Member {n}", phone=f"08120000000{n}").id for n in range(3)]
    places: list[int] = []
    for client in members:
        booked = services.book_place(db, studio.desk, occurrence_id=vinyasa.first, client_id=client)
        services.mark_paid(db, studio.desk, booked.id, method="cash")
        places.append(booked.id)
    hiit_place = services.book_place(db, studio.desk, occurrence_id=hiit.first, client_id=studio.jane)
    services.mark_paid(db, studio.desk, hiit_place.id, method="qris", reference="QR-1")
    clock.set(dt.datetime(2025, 10, 28, 18, 2, tzinfo=JAKARTA))
    for place in (*places[:2], hiit_place.id):
        services.check_in(db, studio.desk, place)
    clock.set(dt.datetime(2025, 10, 28, 19, 5, tzinfo=JAKARTA))
    services.finish_class(db, studio.admin, vinyasa.first, no_shows=[places[2]])
    services.finish_class(db, studio.admin, hiit.first, no_shows=[])


def _heading(page: AttendancePage) -> str:
    item = page.table.horizontalHeaderItem(0)
    return "" if item is None else item.text()


def test_the_attendance_page_shows_a_finished_class_by_class_and_by_coach(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, studio: Studio, clock: SettableClock,
    tmp_path: Path,
) -> None:
    held_classes(db, studio, clock)
    desk = synchronous_desk(db, studio.admin)
    window = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)
    page = window.reports.attendance

    press(window, Qt.Key.Key_R, ALT)  # &Reports
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)  # the menu pops up a moment later
    menu = QApplication.activePopupWidget()
    assert menu is not None
    press(menu, Qt.Key.Key_T)  # Class a&ttendance

    assert window.tabs.currentIndex() == REPORTS_TAB
    assert window.reports.pages.currentIndex() == ATTENDANCE_PAGE
    assert window.focusWidget() is page.from_edit
    assert page.span == (dt.date(2025, 10, 1), dt.date(2025, 10, 28))
    assert page.table.texts() == [
        ["HIIT Circuit", "1", "2", "1", "1", "0", "50%"],
        ["Vinyasa Flow", "1", "4", "3", "2", "1", "75%"],
        ["All classes", "2", "6", "4", "3", "1", "67%"],
    ]
    qtmodeltester.check(page.table.model())  # type: ignore[no-untyped-call]

    press(window, Qt.Key.Key_O, ALT)  # By c&oach
    assert page.by_coach_button.isChecked()
    assert _heading(page) == "Coach"
    assert page.table.texts() == [
        ["Coach Sari", "1", "2", "1", "1", "0", "50%"],
        ["Coach Smith", "1", "4", "3", "2", "1", "75%"],
        ["All classes", "2", "6", "4", "3", "1", "67%"],
    ]
    assert "Class attendance by coach" in page.document().toPlainText()

    press(window, Qt.Key.Key_L, ALT)  # By c&lass
    press(window, Qt.Key.Key_T, ALT)  # &To
    press(window, Qt.Key.Key_Down)  # a day back: 27 October, before the classes
    assert page.span == (dt.date(2025, 10, 1), dt.date(2025, 10, 27))
    assert _heading(page) == "Class"
    assert page.table.texts() == [["All classes", "0", "0", "0", "0", "0", "–"]]


def test_a_coach_sees_their_own_classes_and_the_front_desk_none(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, tmp_path: Path
) -> None:
    held_classes(db, studio, clock)
    desk = synchronous_desk(db, studio.coach_a_actor)
    window = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, window)

    window.desk_actions.attendance.trigger()
    assert window.reports.attendance.table.texts() == [
        ["Vinyasa Flow", "1", "4", "3", "2", "1", "75%"],
        ["All classes", "1", "4", "3", "2", "1", "75%"],
    ]
    # The coach report says how a class's minutes count.
    assert "counts its minutes once" in window.reports.coaches.class_note.text()

    desk.set_actor(studio.desk)
    assert not window.reports.pages.isTabVisible(ATTENDANCE_PAGE)
    assert not window.desk_actions.attendance.isVisible()
