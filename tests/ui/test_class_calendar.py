"""Group classes in the desk's views: one block per class in the calendar with its fill and waitlist
(never its places one by one), opened by a click or Enter; the booking list narrowed to one class;
and Bookings > Today's classes, whose Enter opens a class's roster."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingView, Change, ChangeKind, Database
from studio_desk.ui import main_window
from studio_desk.ui.bookings.booking_list import BookingListPage
from studio_desk.ui.bookings.booking_table_model import Column
from studio_desk.ui.calendar.calendar_page import WEEK_VIEW, CalendarPage
from studio_desk.ui.calendar.day_calendar import DayCalendar
from studio_desk.ui.classes.today_classes import Column as TodayColumn
from studio_desk.ui.classes.today_classes import TodayClassesDialog
from studio_desk.ui.kit import style
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.main_window import LIST_TAB, MainWindow
from tests.support.classes import make_class
from tests.support.clock import JAKARTA
from tests.support.studio import Studio
from tests.support.ui import in_front, press, shown

TODAY = dt.date(2025, 10, 24)  # a Friday; the test clock says 08:00
FRIDAY = 4


def members(db: Database, count: int) -> list[int]:
    return [services.create_client(db, name=f"Member {n}", phone=f"0812777000{n:02d}").id
            for n in range(count)]


def class_with_waitlist(db: Database, studio: Studio) -> tuple[int, list[BookingView]]:
    """Vinyasa Flow today at 09:00 for Coach Smith: 2 of its 3 places taken and 1 client waiting.
    (A place was given up an hour before: past the waitlist's cut-off, so nobody moved up.)"""
    made = make_class(db, studio, capacity=3, weekday=FRIDAY, start="09:00")
    one, two, three, four = members(db, 4)
    places = [services.book_place(db, studio.desk, occurrence_id=made.first, client_id=client)
              for client in (one, two, three)]
    services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=four)
    services.cancel_booking(db, studio.desk, places[0].id, reason="Sick")
    return made.first, places


def full_class(db: Database, studio: Studio) -> int:
    """Power Yoga today at 10:00 for Coach Sari, both places taken."""
    made = make_class(db, studio, capacity=2, weekday=FRIDAY, start="10:00", title="Power Yoga",
                      coach=studio.coach_b)
    for client in members(db, 2):
        services.book_place(db, studio.desk, occurrence_id=made.first, client_id=client)
    return made.first


@pytest.fixture
def page(qtbot: QtBot, desk: Desk) -> CalendarPage:
    page = CalendarPage(desk)
    shown(qtbot, page)
    page.resize(1000, 700)
    return page


def column_of(calendar: DayCalendar, coach_id: int) -> int:
    return next(i for i, column in enumerate(calendar.columns) if column.coach_id == coach_id)


def point_at(calendar: DayCalendar, column: int, hour: int, minute: int) -> QPoint:
    x = calendar.column_rect(column).center().x()
    return QPoint(int(x), int(calendar.y_of(hour * 60 + minute)))


# The calendar -------------------------------------------------------------------------------------


def test_a_class_is_one_block_in_its_coachs_column_with_its_fill_and_waitlist(
    page: CalendarPage, db: Database, studio: Studio
) -> None:
    vinyasa, places = class_with_waitlist(db, studio)
    power = full_class(db, studio)
    page.refresh()
    calendar = page.calendar

    block = calendar.class_rect(vinyasa)
    smith = calendar.column_rect(column_of(calendar, studio.coach_a))
    sari = calendar.column_rect(column_of(calendar, studio.coach_b))
    assert block is not None and smith.contains(block.center())
    assert calendar.class_text(vinyasa) == [
        "09:00–10:00 · Room for Vinyasa Flow", "Vinyasa Flow", "2/3 · 1 waiting",
    ]
    assert all(calendar.block_rect(place.id) is None for place in places)  # the class stands for them
    assert calendar.class_at(block.center()).id == vinyasa  # type: ignore[union-attr]
    assert calendar.booking_at(block.center()) is None
    assert "Vinyasa Flow" in calendar.tooltip_at(block.center())
    assert "2/3 · 1 waiting" in calendar.tooltip_at(block.center())

    full = calendar.class_rect(power)
    assert full is not None and sari.contains(full.center())
    assert calendar.class_text(power)[-1] == "2/2 full"
    picture = calendar.grab().toImage()
    # Below the text, each block shows its fill: a full class is a darker violet.
    assert picture.pixelColor(block.center().x(), block.bottom() - 4) == QColor(style.CLASS_FILL)
    assert picture.pixelColor(full.center().x(), full.bottom() - 4) == QColor(style.FULL_CLASS_FILL)


def test_a_click_on_a_class_or_enter_on_it_asks_for_its_roster(
    qtbot: QtBot, page: CalendarPage, db: Database, studio: Studio
) -> None:
    vinyasa, _ = class_with_waitlist(db, studio)
    page.refresh()
    block = page.calendar.class_rect(vinyasa)
    assert block is not None

    with qtbot.waitSignal(page.sig_class_opened, timeout=1000) as opened, \
            qtbot.assertNotEmitted(page.new_booking_requested), qtbot.assertNotEmitted(page.booking_opened):
        qtbot.mouseClick(page.calendar, Qt.MouseButton.LeftButton, pos=block.center())
    assert opened.args == [vinyasa]

    with qtbot.waitSignal(page.sig_class_opened, timeout=1000) as opened:
        press(page, Qt.Key.Key_Return)  # the block clicked keeps the focus
    assert opened.args == [vinyasa]


def test_the_arrows_walk_classes_and_bookings_and_enter_opens_the_one_framed(
    qtbot: QtBot, page: CalendarPage, db: Database, studio: Studio
) -> None:
    vinyasa, _ = class_with_waitlist(db, studio)  # 09:00, Coach Smith
    later = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                    date=TODAY, start_time="11:00")
    page.refresh()
    page.view_combo.setFocus()
    press(page, Qt.Key.Key_Tab)  # on to the calendar: its first block is framed
    assert page.calendar.hasFocus()
    assert page.calendar.focused_item().id == vinyasa  # type: ignore[union-attr]

    press(page, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.booking_opened, timeout=1000) as opened:
        press(page, Qt.Key.Key_Enter)
    assert opened.args == [later.id]

    press(page, Qt.Key.Key_Up)
    with qtbot.waitSignal(page.sig_class_opened, timeout=1000) as opened, \
            qtbot.assertNotEmitted(page.booking_opened):
        press(page, Qt.Key.Key_Return)
    assert opened.args == [vinyasa]


def test_free_time_beside_a_class_still_starts_a_private_booking(
    qtbot: QtBot, page: CalendarPage, db: Database, desk: Desk, studio: Studio
) -> None:
    vinyasa, _ = class_with_waitlist(db, studio)
    page.refresh()
    calendar = page.calendar
    smith = column_of(calendar, studio.coach_a)
    assert not calendar.time_at(point_at(calendar, smith, 9, 40)).free  # type: ignore[union-attr]

    with qtbot.waitSignal(page.new_booking_requested, timeout=1000) as asked, \
            qtbot.assertNotEmitted(page.sig_class_opened):
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=point_at(calendar, smith, 10, 40))
    assert asked.args == [studio.coach_a, dt.datetime.combine(TODAY, dt.time(10, 30), tzinfo=JAKARTA)]


def test_the_week_view_shows_each_class_once_on_its_day(
    page: CalendarPage, db: Database, studio: Studio
) -> None:
    vinyasa, places = class_with_waitlist(db, studio)
    page.view_combo.setCurrentText(WEEK_VIEW)
    page.show_week_of(studio.coach_a)
    calendar = page.calendar

    friday = [column.title for column in calendar.columns].index("Fri 24 Oct")
    block = calendar.class_rect(vinyasa)
    assert block is not None and calendar.column_rect(friday).contains(block.center())
    assert calendar.class_text(vinyasa)[-1] == "2/3 · 1 waiting"
    assert all(calendar.block_rect(place.id) is None for place in places)
    assert sum(len(column.classes) for column in calendar.columns) == 1  # next Friday's is next week's


def test_a_place_booked_at_another_desk_fills_the_block_when_the_desk_hears_of_it(
    page: CalendarPage, db: Database, desk: Desk, studio: Studio
) -> None:
    vinyasa, _ = class_with_waitlist(db, studio)
    page.refresh()
    services.book_place(db, studio.desk, occurrence_id=vinyasa, client_id=studio.jane)
    desk.announce(Change.of_kinds(ChangeKind.CLASSES))
    assert page.calendar.class_text(vinyasa)[-1] == "3/3 full · 1 waiting"


# The booking list ---------------------------------------------------------------------------------


def test_the_booking_list_narrowed_to_one_class_shows_only_its_places(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio
) -> None:
    vinyasa, places = class_with_waitlist(db, studio)
    full_class(db, studio)
    private = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                      date=TODAY, start_time="11:00")
    page = BookingListPage(desk)
    shown(qtbot, page)
    page.resize(1200, 600)
    model = page.model
    assert model.rowCount() == 6  # two classes' places and a private session, from today on
    assert "Yoga Pemula" in [model.index(row, Column.COURSE).data() for row in range(model.rowCount())]

    page.show_class(vinyasa)

    assert page.class_chip.isVisible()
    assert page.class_chip.label.text() == "Class: Vinyasa Flow, Fri 24 Oct 2025 09:00"
    ids = [model.booking_at(row).id for row in range(model.rowCount())]  # type: ignore[union-attr]
    assert sorted(ids) == sorted(place.id for place in places)  # the canceled place too
    courses = {model.index(row, Column.COURSE).data() for row in range(model.rowCount())}
    assert courses == {"Vinyasa Flow (class)"}
    assert page.count.text() == "3 bookings"

    page.class_chip.clear_button.setFocus()
    press(page, Qt.Key.Key_Space)  # its ✕: every booking again
    assert not page.class_chip.isVisible()
    assert page.count.text() == "6 bookings"
    assert private.id in [model.booking_at(row).id for row in range(model.rowCount())]  # type: ignore[union-attr]


# Today's classes ----------------------------------------------------------------------------------


def test_today_lists_the_days_classes_and_enter_opens_the_roster(
    qtbot: QtBot, qtmodeltester: Any, desk: Desk, db: Database, studio: Studio
) -> None:
    vinyasa, places = class_with_waitlist(db, studio)
    power = full_class(db, studio)
    make_class(db, studio, weekday=5, start="09:00", title="Tomorrow's Flow")  # Saturday: not today
    arrived = places[1].id
    services.mark_paid(db, studio.desk, arrived, method="cash")
    services.check_in(db, studio.desk, arrived)
    dialog = TodayClassesDialog(desk)
    shown(qtbot, dialog)
    emitted: list[int] = []
    dialog.sig_class_opened.connect(emitted.append)
    model = dialog.model
    qtmodeltester.check(model)

    assert dialog.heading.text() == "Classes on Fri 24 Oct 2025"
    rows = [[model.index(row, column).data() for column in TodayColumn] for row in range(model.rowCount())]
    assert rows == [
        ["09:00–10:00", "Vinyasa Flow", "Coach Smith", "Room for Vinyasa Flow", "2/3", "1", "1"],
        ["10:00–11:00", "Power Yoga", "Coach Sari", "Room for Power Yoga", "2/2 full", "0", "0"],
    ]
    full = model.index(1, TodayColumn.PLACES)
    assert full.data(Qt.ItemDataRole.BackgroundRole) == QColor(style.FULL_CLASS_FILL)
    assert dialog.table.hasFocus()

    with qtbot.waitSignal(dialog.sig_class_opened, timeout=1000) as opened:
        press(dialog, Qt.Key.Key_Return)  # the next class to start is chosen
    assert opened.args == [vinyasa]
    press(dialog, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.sig_class_opened, timeout=1000) as opened:
        press(dialog, Qt.Key.Key_Enter)
    assert opened.args == [power]
    assert dialog.isVisible()  # still there for the next class

    row = dialog.table.visualRect(model.index(0, TodayColumn.COURSE)).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    with qtbot.waitSignal(dialog.sig_class_opened, timeout=1000) as opened:
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert opened.args == [vinyasa]
    assert emitted == [vinyasa, power, vinyasa]  # once each: Enter is not also the view's "activated"


def test_today_follows_the_changes_and_a_coach_sees_their_own(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio
) -> None:
    vinyasa, _ = class_with_waitlist(db, studio)
    full_class(db, studio)
    dialog = TodayClassesDialog(desk)
    shown(qtbot, dialog)
    dialog.table.selectRow(1)

    services.book_place(db, studio.desk, occurrence_id=vinyasa, client_id=studio.john)  # at another desk
    desk.announce(Change.of_kinds(ChangeKind.CLASSES))
    assert dialog.model.index(0, TodayColumn.PLACES).data() == "3/3 full"
    assert dialog.table.currentIndex().row() == 1  # what the person chose stays chosen

    desk.set_actor(studio.coach_b_actor)
    assert [dialog.model.occurrence_at(row).course_title  # type: ignore[union-attr]
            for row in range(dialog.model.rowCount())] == ["Power Yoga"]


def test_a_day_without_classes_says_so(qtbot: QtBot, desk: Desk) -> None:
    dialog = TodayClassesDialog(desk)
    shown(qtbot, dialog)
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert not dialog.open_button.isEnabled()


# The main window ----------------------------------------------------------------------------------


class Opened:
    """What `open_roster` was asked, in place of the roster dialog."""

    def __init__(self) -> None:
        self.asked: list[tuple[int, QWidget]] = []

    def __call__(self, desk: Desk, occurrence_id: int, parent: QWidget) -> QDialog:
        self.asked.append((occurrence_id, parent))
        return QDialog(parent)


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(main_window, "open_roster", Opened())
    opened = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    shown(qtbot, opened)
    yield opened
    opened.sync_driver.stop()


def test_ctrl_shift_c_lists_todays_classes_whose_rosters_open_over_it(
    window: MainWindow, db: Database, studio: Studio
) -> None:
    vinyasa, _ = class_with_waitlist(db, studio)
    press(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.dialog
    assert isinstance(dialog, TodayClassesDialog)

    press(dialog, Qt.Key.Key_Return)
    assert main_window.open_roster.asked == [(vinyasa, dialog)]  # type: ignore[attr-defined]


def test_the_calendars_class_opens_its_roster_through_the_window(
    qtbot: QtBot, window: MainWindow, db: Database, studio: Studio
) -> None:
    vinyasa, _ = class_with_waitlist(db, studio)
    window.refresh()
    calendar = window.calendar.calendar
    block = calendar.class_rect(vinyasa)
    assert block is not None
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=block.center())
    assert main_window.open_roster.asked == [(vinyasa, window)]  # type: ignore[attr-defined]


def test_show_places_goes_to_the_booking_list_of_that_class(
    window: MainWindow, db: Database, studio: Studio
) -> None:
    vinyasa, places = class_with_waitlist(db, studio)
    window.desk_actions.today_classes.trigger()
    dialog = window.dialog
    assert isinstance(dialog, TodayClassesDialog)
    in_front(dialog)

    press(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)

    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted)
    assert window.tabs.currentIndex() == LIST_TAB
    model = window.bookings.model
    assert sorted(model.booking_at(row).id for row in range(model.rowCount())) == sorted(  # type: ignore[union-attr]
        place.id for place in places
    )
    assert window.bookings.class_chip.label.text() == "Class: Vinyasa Flow, Fri 24 Oct 2025 09:00"
