"""The calendar: bookings as coloured blocks per coach, clicks that book or open, moving by day and week."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingStatus, Change, Database
from studio_desk.services.calendar.days import day_schedule
from studio_desk.ui.calendar.calendar_page import WEEK_VIEW, CalendarPage
from studio_desk.ui.calendar.day_calendar import NOW_LINE, TEXT_PADDING, DayCalendar
from studio_desk.ui.kit import style
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.labels import status_label
from tests.support.builders import booking_in
from tests.support.clock import JAKARTA, SettableClock
from tests.support.studio import Studio

S = BookingStatus
FRIDAY = dt.date(2025, 10, 24)  # the test clock's today
SATURDAY = dt.date(2025, 10, 25)


@pytest.fixture
def page(qtbot: QtBot, desk: Desk) -> CalendarPage:
    page = CalendarPage(desk)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def column_of(calendar: DayCalendar, coach_id: int, day: dt.date | None = None) -> int:
    return next(
        i for i, column in enumerate(calendar.columns)
        if column.coach_id == coach_id and day in (None, column.day)
    )


def point_at(calendar: DayCalendar, column: int, hour: int, minute: int) -> QPoint:
    x = calendar.column_rect(column).center().x()
    return QPoint(int(x), int(calendar.y_of(hour * 60 + minute)))


def local(day: dt.date, hour: int, minute: int, desk: Desk) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=desk.settings.zone)


def test_each_booking_of_the_day_is_a_block_with_its_client_and_status_colour(
    page: CalendarPage, db: Database, studio: Studio, clock: SettableClock
) -> None:
    made = {
        status: booking_in(db, studio, clock, status, date=SATURDAY, start=start)
        for status, start in [(S.PENDING, "08:00"), (S.PAID, "09:00"), (S.CONFIRMED, "10:00"),
                              (S.DONE, "11:00"), (S.CANCELED, "12:00")]
    }
    hiit = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.hiit,
                                   date=SATURDAY, start_time="12:00")

    page.go_to(SATURDAY)
    calendar = page.calendar
    picture = calendar.grab().toImage()

    assert [c.title for c in calendar.columns] == ["Coach Sari", "Coach Smith"]
    smith = column_of(calendar, studio.coach_a)
    for status in (S.PENDING, S.PAID, S.CONFIRMED, S.DONE):
        block = calendar.block_rect(made[status].id)
        assert block is not None, status
        assert calendar.column_rect(smith).contains(block.center())
        shown = calendar.booking_at(block.center())
        assert shown is not None and (shown.id, shown.client_name, shown.status) == (
            made[status].id, "John Doe", status
        )
        assert calendar.block_text(made[status].id) == [
            f"{made[status].start_at:%H:%M}–{made[status].end_at:%H:%M} · {status_label(status)}",
            "John Doe",
            "Yoga Pemula",
        ]
        assert status_label(status) in calendar.tooltip_at(block.center())
        # Below the text, the block shows its status's fill.
        assert picture.pixelColor(block.center().x(), block.bottom() - 4) == style.status_fill(status)
    jane = calendar.block_rect(hiit.id)
    sari = column_of(calendar, studio.coach_b)
    assert jane is not None and calendar.column_rect(sari).contains(jane.center())
    assert "Jane Roe" in calendar.tooltip_at(jane.center()) and "HIIT" in calendar.tooltip_at(jane.center())
    # A canceled booking frees its time and is not drawn.
    assert calendar.block_rect(made[S.CANCELED].id) is None
    spot = calendar.time_at(point_at(calendar, smith, 12, 15))
    assert calendar.booking_at(point_at(calendar, smith, 12, 15)) is None
    assert spot is not None and spot.free


def test_a_click_on_free_time_asks_for_a_booking_of_that_coach_from_the_slot_before(
    qtbot: QtBot, page: CalendarPage, desk: Desk, studio: Studio
) -> None:
    page.go_to(SATURDAY)
    calendar = page.calendar
    where = point_at(calendar, column_of(calendar, studio.coach_b), 9, 40)

    with qtbot.waitSignal(page.new_booking_requested, timeout=1000) as asked:
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=where)

    coach_id, start = asked.args
    assert coach_id == studio.coach_b
    assert start == local(SATURDAY, 9, 30, desk)  # 30-minute steps from the start of the hours
    assert start.tzinfo == desk.settings.zone


def test_a_click_where_the_coach_is_not_working_asks_nothing(
    qtbot: QtBot, page: CalendarPage, studio: Studio
) -> None:
    page.go_to(dt.date(2025, 12, 1))  # after the test studio's hours
    calendar = page.calendar
    where = point_at(calendar, column_of(calendar, studio.coach_a), 10, 0)
    assert calendar.time_at(where) is not None and not calendar.time_at(where).free  # type: ignore[union-attr]
    assert calendar.tooltip_at(where) == ""

    with qtbot.assertNotEmitted(page.new_booking_requested):
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=where)


def test_a_click_on_time_already_gone_asks_nothing(
    qtbot: QtBot, page: CalendarPage, desk: Desk, studio: Studio
) -> None:
    page.go_to(desk.today())  # the clock says 08:00
    calendar = page.calendar
    gone = point_at(calendar, column_of(calendar, studio.coach_a), 7, 40)
    assert not calendar.time_at(gone).free  # type: ignore[union-attr]
    assert calendar.tooltip_at(gone) == "07:30 is past: a booking starts from now on."
    with qtbot.assertNotEmitted(page.new_booking_requested):
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=gone)

    with qtbot.waitSignal(page.new_booking_requested, timeout=1000) as asked:
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=point_at(calendar, 0, 8, 10))
    assert asked.args[1] == local(desk.today(), 8, 0, desk)


def test_a_click_on_a_block_opens_that_booking(
    qtbot: QtBot, page: CalendarPage, db: Database, studio: Studio
) -> None:
    booking = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.pilates,
                                      date=SATURDAY, start_time="10:00")
    page.go_to(SATURDAY)
    block = page.calendar.block_rect(booking.id)
    assert block is not None
    # The course's 15-minute buffer after the session is busy too: no booking starts there.
    buffer = QPoint(block.center().x(), block.bottom() + 8)
    assert page.calendar.booking_at(buffer) is None
    assert not page.calendar.time_at(buffer).free  # type: ignore[union-attr]

    with qtbot.waitSignal(page.booking_opened, timeout=1000) as opened, \
            qtbot.assertNotEmitted(page.new_booking_requested):
        qtbot.mouseClick(page.calendar, Qt.MouseButton.LeftButton, pos=block.center())

    assert opened.args == [booking.id]


def test_a_long_name_is_cut_short_inside_its_block(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio
) -> None:
    client = services.create_client(db, name="Maria Theresia Anastasia Kusumawardhani Setiabudi-Wijayakusuma")
    booking = services.create_booking(db, studio.desk, client_id=client.id, course_id=studio.yoga,
                                      date=SATURDAY, start_time="10:00")
    calendar = DayCalendar(desk.settings)
    qtbot.addWidget(calendar)
    calendar.set_schedule(day_schedule(db, SATURDAY))
    calendar.resize(calendar.minimumSize())  # the columns at their narrowest
    block = calendar.block_rect(booking.id)
    assert block is not None and block.width() < 200
    picture = calendar.grab().toImage()

    lines = calendar.block_text(booking.id)
    assert lines[1].startswith("Maria") and lines[1].endswith("…")
    bold = QFont(calendar.font())
    bold.setBold(True)
    assert QFontMetrics(bold).horizontalAdvance(lines[1]) < block.width() - 2 * TEXT_PADDING
    beside = block.right() + 2  # the strip between the block and the next column
    lightness = [picture.pixelColor(beside, y).lightness() for y in range(block.top(), block.bottom())]
    assert min(lightness) > 190  # only the open-hours fill and grid lines, no text spilling over


def test_previous_next_today_and_the_date_picker_move_the_day(
    page: CalendarPage, desk: Desk
) -> None:
    assert page.heading.text() == "Friday 24 October 2025"
    assert page.calendar.schedule is not None and page.calendar.schedule.day == desk.today()

    page.next_button.click()
    assert page.heading.text() == "Saturday 25 October 2025"
    assert page.calendar.schedule.day == SATURDAY
    assert page.date_edit.date() == QDate(2025, 10, 25)

    page.previous_button.click()
    page.previous_button.click()
    assert page.heading.text() == "Thursday 23 October 2025"

    page.date_edit.setDate(QDate(2025, 11, 3))
    assert page.heading.text() == "Monday 3 November 2025"
    assert page.calendar.schedule.day == dt.date(2025, 11, 3)

    page.today_button.click()
    assert page.calendar.schedule.day == dt.date(2025, 10, 24)
    assert page.heading.text() == "Friday 24 October 2025"


def test_the_week_view_shows_one_coachs_bookings_on_their_days(
    qtbot: QtBot, page: CalendarPage, desk: Desk, db: Database, studio: Studio, clock: SettableClock
) -> None:
    monday = dt.date(2025, 10, 27)
    yoga = booking_in(db, studio, clock, S.PAID, date=monday, start="09:00")
    pilates = booking_in(db, studio, clock, S.PENDING, date=monday + dt.timedelta(days=2), start="15:00",
                         course=studio.pilates)
    hiit = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.hiit,
                                   date=monday, start_time="09:00")

    page.go_to(monday + dt.timedelta(days=3))  # a Thursday: its week starts on Monday
    page.view_combo.setCurrentText(WEEK_VIEW)
    page.show_week_of(studio.coach_a)
    calendar = page.calendar

    assert page.coach_combo.isVisible() and page.coach_combo.currentText() == "Coach Smith"
    assert page.heading.text() == "Week of Monday 27 October 2025 · Coach Smith"
    assert [c.title for c in calendar.columns] == [
        "Mon 27 Oct", "Tue 28 Oct", "Wed 29 Oct", "Thu 30 Oct", "Fri 31 Oct", "Sat 1 Nov", "Sun 2 Nov",
    ]
    for booking, day in ((yoga, 0), (pilates, 2)):
        block = calendar.block_rect(booking.id)
        assert block is not None and calendar.column_rect(day).contains(block.center())
        assert calendar.booking_at(block.center()).id == booking.id  # type: ignore[union-attr]
    assert calendar.block_rect(hiit.id) is None  # the other coach's

    where = point_at(calendar, 3, 10, 10)
    with qtbot.waitSignal(page.new_booking_requested, timeout=1000) as asked:
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=where)
    assert asked.args == [studio.coach_a, local(monday + dt.timedelta(days=3), 10, 0, desk)]

    page.next_button.click()
    assert page.heading.text() == "Week of Monday 3 November 2025 · Coach Smith"
    assert calendar.block_rect(yoga.id) is None


def test_a_booking_made_elsewhere_appears_when_the_desk_hears_of_it(
    page: CalendarPage, desk: Desk, db: Database, studio: Studio
) -> None:
    calendar = page.calendar
    booking = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.yoga,
                                      date=desk.today(), start_time="10:00")
    assert calendar.block_rect(booking.id) is None

    desk.announce(Change.of_everything())

    block = calendar.block_rect(booking.id)
    assert block is not None
    assert calendar.booking_at(block.center()).client_name == "Jane Roe"  # type: ignore[union-attr]

    services.cancel_booking(db, studio.desk, booking.id, reason="Ill")
    desk.announce(Change.of_everything())
    assert calendar.block_rect(booking.id) is None


def at_friday(hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(FRIDAY, dt.time(hour, minute), tzinfo=JAKARTA)


def test_past_time_is_grey_says_so_and_a_click_there_opens_nothing(
    qtbot: QtBot, page: CalendarPage, clock: SettableClock, studio: Studio
) -> None:
    clock.set(at_friday(22, 40))
    page.tick()  # what the page's timer does every minute
    calendar = page.calendar
    smith = column_of(calendar, studio.coach_a)
    where = point_at(calendar, smith, 16, 10)
    picture = calendar.grab().toImage()

    spot = calendar.time_at(where)
    assert spot is not None and spot.past and not spot.free
    assert calendar.tooltip_at(where) == "16:00 is past: a booking starts from now on."
    assert picture.pixelColor(where) == QColor(style.PAST_FILL)  # not the green of free time
    with qtbot.assertNotEmitted(page.new_booking_requested):
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=where)
    assert QToolTip.text() == "16:00 is past: a booking starts from now on."  # said where it was clicked

    page.next_button.click()  # tomorrow is all ahead
    tomorrow = calendar.time_at(point_at(calendar, smith, 16, 10))
    assert tomorrow is not None and tomorrow.free and not tomorrow.past
    assert calendar.grab().toImage().pixelColor(point_at(calendar, smith, 16, 10)) == QColor(style.AVAILABILITY_FILL)


def test_a_step_under_way_is_past_while_the_next_one_is_free(
    page: CalendarPage, clock: SettableClock, studio: Studio
) -> None:
    clock.set(at_friday(12, 40))
    page.tick()
    calendar = page.calendar
    smith = column_of(calendar, studio.coach_a)
    under_way = calendar.time_at(point_at(calendar, smith, 12, 50))
    assert under_way is not None and under_way.past  # 12:30 has begun: the services refuse it too
    next_step = calendar.time_at(point_at(calendar, smith, 13, 5))
    assert next_step is not None and next_step.free and next_step.start == at_friday(13, 0)


def test_the_now_line_crosses_todays_columns_in_red_even_late_in_the_evening(
    page: CalendarPage, clock: SettableClock
) -> None:
    calendar = page.calendar
    for hour, minute in ((12, 40), (22, 40)):  # 22:40 is after everyone's hours
        clock.set(at_friday(hour, minute))
        page.tick()
        y = calendar.now_line_y()
        assert y == round(calendar.y_of(hour * 60 + minute))
        assert y < calendar.height()
        picture = calendar.grab().toImage()
        for column in range(len(calendar.columns)):
            x = int(calendar.column_rect(column).center().x())
            assert picture.pixelColor(x, y) == NOW_LINE, (hour, column)
            assert picture.pixelColor(x, y - 6) != NOW_LINE  # a line, not a band

    page.next_button.click()
    assert calendar.now_line_y() is None  # tomorrow has no now


def test_the_date_field_offers_only_the_days_the_desk_works_with(
    qtbot: QtBot, page: CalendarPage
) -> None:
    """31 Dec 9999 once made the desk say "Something went wrong": the field stops at the services'
    last day, and so do Next and the arrow keys."""
    first, last = services.EARLIEST_DAY, services.LATEST_DAY
    assert page.date_edit.minimumDate().toPython() == first
    assert page.date_edit.maximumDate().toPython() == last

    page.date_edit.setDate(QDate(9999, 12, 31))
    assert page.date_edit.date().toPython() == last
    assert page.calendar.schedule is not None and page.calendar.schedule.day == last
    assert page.heading.text() == "Thursday 31 December 2099"
    page.date_edit.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.date_edit, Qt.Key.Key_Up)
        qtbot.keyClick(page.date_edit, Qt.Key.Key_PageUp)
    assert page.date_edit.date().toPython() <= last
    page.date_edit.setDate(QDate(2099, 12, 31))
    page.next_button.click()
    assert page.calendar.schedule.day == last
    assert not page.problem.isVisible()

    page.date_edit.setDate(QDate(1, 1, 1))
    assert page.calendar.schedule.day == first
    assert page.heading.text() == "Saturday 1 January 2000"
    page.previous_button.click()
    assert page.calendar.schedule.day == first
    assert not page.problem.isVisible()
