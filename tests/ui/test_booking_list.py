"""The Booking list: filters, sorting, paging over many bookings, CSV export, refresh on change."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, Change, Database
from studio_desk.ui.bookings.booking_list import BookingListPage
from studio_desk.ui.bookings.booking_table_model import PAGE_SIZE, BookingQuery, BookingTableModel, Column
from studio_desk.ui.kit import style
from studio_desk.ui.kit.desk import Desk
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts, press, shown

S = BookingStatus


def booked(
    db: Database, studio: Studio, clock: SettableClock, *, client: int, course: int, date: str, start: str,
    status: BookingStatus = S.PENDING,
) -> BookingView:
    return booking_in(db, studio, clock, status, date=date, start=start, course=course, client=client)


@pytest.fixture
def week(db: Database, studio: Studio, clock: SettableClock) -> dict[str, BookingView]:
    """Five bookings of three clients over a week, one in each status."""
    budi = services.create_client(db, name="Budi Santoso", phone="0857-2222-3333")
    return {
        "john_yoga": booked(db, studio, clock, client=studio.john, course=studio.yoga,
                            date="2025-10-25", start="10:00"),
        "jane_hiit": booked(db, studio, clock, client=studio.jane, course=studio.hiit,
                            date="2025-10-25", start="09:00", status=S.PAID),
        "john_hiit": booked(db, studio, clock, client=studio.john, course=studio.hiit,
                            date="2025-10-27", start="11:00", status=S.CONFIRMED),
        "jane_yoga": booked(db, studio, clock, client=studio.jane, course=studio.yoga,
                            date="2025-10-28", start="14:00", status=S.CANCELED),
        "budi_pilates": booked(db, studio, clock, client=budi.id, course=studio.pilates,
                               date="2025-10-30", start="08:00", status=S.DONE),
    }


def open_list(qtbot: QtBot, desk: Desk) -> BookingListPage:
    page = BookingListPage(desk)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    return page


def column(page: BookingListPage, which: Column) -> list[str]:
    """The texts of one column, as a person reads them down the list (all rows loaded)."""
    model = page.model
    assert model.rowCount() <= PAGE_SIZE, "only for lists that arrive in one page"
    return [model.index(row, which).data() for row in range(model.rowCount())]


def rows_shown(page: BookingListPage) -> list[tuple[str, str, str]]:
    return list(zip(column(page, Column.DATE), column(page, Column.CLIENT), column(page, Column.COURSE),
                    strict=True))


def test_the_list_shows_each_booking_as_a_person_reads_it(
    qtbot: QtBot, desk: Desk, week: dict[str, BookingView]
) -> None:
    page = open_list(qtbot, desk)
    model = page.model

    assert page.count.text() == "5 bookings"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Date", "Time", "Client", "Phone", "Course", "Coach", "Status", "Price", "Paid"
    ]
    assert [model.index(1, c).data() for c in Column] == [
        "Sat 25 Oct 2025", "10:00–11:00", "John Doe", "0812-3456-7890", "Yoga Pemula", "Coach Smith",
        "Pending", "Rp 150,000", "—",
    ]
    assert model.index(0, Column.PAID).data() == "Rp 175,000"  # Jane paid for HIIT
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) == week["john_yoga"].id
    assert model.booking_at(1) == week["john_yoga"]
    status_cell = model.index(0, Column.STATUS)
    assert status_cell.data(Qt.ItemDataRole.BackgroundRole) == style.status_fill(S.PAID)
    assert status_cell.data(Qt.ItemDataRole.ForegroundRole) == style.status_text(S.PAID)
    assert column(page, Column.STATUS) == ["Paid", "Pending", "Confirmed", "Canceled", "Done"]


def test_the_model_passes_qt_model_checks(
    qtbot: QtBot, qtmodeltester, desk: Desk, week: dict[str, BookingView]  # type: ignore[no-untyped-def]
) -> None:
    model = BookingTableModel(desk)
    model.set_query(BookingQuery())
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    model.sort(Column.CLIENT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def _pick_status(label: str) -> Callable[[BookingListPage], None]:
    return lambda page: page.status.setCurrentText(label)


def _pick_coach(name: str) -> Callable[[BookingListPage], None]:
    return lambda page: page.coach.setCurrentText(name)


def _dates(first: str, last: str) -> Callable[[BookingListPage], None]:
    def choose(page: BookingListPage) -> None:
        page.date_from.setDate(dt.date.fromisoformat(first))
        page.use_to.setChecked(True)
        page.date_to.setDate(dt.date.fromisoformat(last))

    return choose


@pytest.mark.parametrize(
    ("choose", "expected"),
    [
        (_pick_status("Paid"), [("Sat 25 Oct 2025", "Jane Roe", "HIIT")]),
        (_pick_status("Active"), [("Sat 25 Oct 2025", "Jane Roe", "HIIT"),
                                  ("Sat 25 Oct 2025", "John Doe", "Yoga Pemula"),
                                  ("Mon 27 Oct 2025", "John Doe", "HIIT")]),
        (_pick_coach("Coach Sari"), [("Sat 25 Oct 2025", "Jane Roe", "HIIT"),
                                     ("Mon 27 Oct 2025", "John Doe", "HIIT")]),
        (_dates("2025-10-26", "2025-10-28"), [("Mon 27 Oct 2025", "John Doe", "HIIT"),
                                              ("Tue 28 Oct 2025", "Jane Roe", "Yoga Pemula")]),
    ],
    ids=["status", "active", "coach", "date-range"],
)
def test_each_filter_narrows_the_list(
    qtbot: QtBot, desk: Desk, week: dict[str, BookingView],
    choose: Callable[[BookingListPage], None], expected: list[tuple[str, str, str]],
) -> None:
    page = open_list(qtbot, desk)
    assert page.model.rowCount() == 5

    choose(page)

    assert rows_shown(page) == expected
    assert page.count.text() == f"{len(expected)} booking{'s' if len(expected) > 1 else ''}"


@pytest.mark.parametrize(
    ("typed", "clients"),
    [
        ("jane", ["Jane Roe", "Jane Roe"]),
        ("0857 2222", ["Budi Santoso"]),  # the phone as people write it, stored as 62857...
        ("pilates", ["Budi Santoso"]),
    ],
)
def test_the_search_applies_a_moment_after_typing_stops(
    qtbot: QtBot, desk: Desk, week: dict[str, BookingView], typed: str, clients: list[str]
) -> None:
    page = open_list(qtbot, desk)

    with qtbot.waitSignal(page.model.loaded, timeout=2000):
        page.search.setText(typed)
        assert page.model.rowCount() == 5  # not on every key: the list waits for a pause

    assert column(page, Column.CLIENT) == clients


def test_clear_filters_shows_every_booking_including_past_ones(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, desk: Desk,
    week: dict[str, BookingView],
) -> None:
    clock.set(dt.datetime(2025, 10, 29, 9, 0, tzinfo=clock.now.tzinfo))
    page = open_list(qtbot, desk)  # opens on today and later
    assert column(page, Column.CLIENT) == ["Budi Santoso"]

    page.clear_filters()

    assert page.model.rowCount() == 5
    assert not page.use_from.isChecked() and page.search.text() == ""


def click_header(qtbot: QtBot, page: BookingListPage, which: Column) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(which) + header.sectionSize(which) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_clicking_headers_sorts_by_date_descending_and_by_client(
    qtbot: QtBot, desk: Desk, week: dict[str, BookingView]
) -> None:
    page = open_list(qtbot, desk)
    page.show()
    qtbot.waitExposed(page)
    assert column(page, Column.DATE) == [
        "Sat 25 Oct 2025", "Sat 25 Oct 2025", "Mon 27 Oct 2025", "Tue 28 Oct 2025", "Thu 30 Oct 2025"
    ]

    click_header(qtbot, page, Column.DATE)  # sorted by date already: the second click turns it round
    assert column(page, Column.DATE) == [
        "Thu 30 Oct 2025", "Tue 28 Oct 2025", "Mon 27 Oct 2025", "Sat 25 Oct 2025", "Sat 25 Oct 2025"
    ]
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    click_header(qtbot, page, Column.CLIENT)
    assert column(page, Column.CLIENT) == ["Budi Santoso", "Jane Roe", "Jane Roe", "John Doe", "John Doe"]
    assert page.table.horizontalHeader().sortIndicatorSection() == Column.CLIENT

    click_header(qtbot, page, Column.PHONE)  # the service cannot sort by phone: nothing moves
    assert column(page, Column.CLIENT) == ["Budi Santoso", "Jane Roe", "Jane Roe", "John Doe", "John Doe"]
    assert page.table.horizontalHeader().sortIndicatorSection() == Column.CLIENT


def fill_many_days(db: Database, studio: Studio, clock: SettableClock, count: int) -> None:
    """`count` bookings, an hour each, day after day from tomorrow, on both coaches."""
    day = dt.date(2025, 10, 25)
    for extra in range(31):  # the test studio's hours end in November; December too
        for coach in (studio.coach_a, studio.coach_b):
            services.add_availability(db, studio.admin, coach_id=coach,
                                      date=dt.date(2025, 12, 1) + dt.timedelta(days=extra),
                                      start_time="07:00", end_time="21:00")
    made = 0
    while made < count:
        for hour in range(7, 21):
            for course in (studio.yoga, studio.hiit):
                if made < count:
                    services.create_booking(db, studio.desk, client_id=studio.john, course_id=course,
                                            date=day, start_time=f"{hour:02d}:00")
                    made += 1
        day += dt.timedelta(days=1)


def test_many_bookings_are_counted_but_read_only_a_page_at_a_time(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, desk: Desk,
    prompts: ScriptedPrompts, tmp_path: Path,
) -> None:
    desk.set_actor(studio.admin)  # the exports are an admin's
    fill_many_days(db, studio, clock, 1500)
    page = open_list(qtbot, desk)
    page.show()
    qtbot.waitExposed(page)
    model = page.model

    assert model.rowCount() == 1500
    assert page.count.text() == "1,500 bookings"
    assert model.loaded_row_count() <= 200  # the first page only
    assert model.booking_at(750) is None

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.booking_at(1499) is not None)
    last = model.booking_at(1499)
    assert last is not None and f"{last.start_at:%Y-%m-%d %H:%M}" == "2025-12-17 14:00"
    assert model.loaded_row_count() <= 600  # the first page and the pages at the end
    assert model.booking_at(750) is None  # nothing in between was read

    # The export reads every match through the service, not the few rows the table holds.
    page.export_csv(tmp_path / "all.csv")
    with (tmp_path / "all.csv").open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    assert len(lines) == 1 + 1500
    assert len({line[0] for line in lines[1:]}) == 1500
    assert lines[-1][1:3] == ["2025-12-17", "14:00"]  # the second page of 1,000 came too
    assert prompts.infos == [f"Saved 1,500 bookings to {tmp_path / 'all.csv'}."]

    # A new search starts at the top of its own list.
    with qtbot.waitSignal(model.loaded, timeout=2000):
        page.search.setText("hiit")
    assert page.count.text() == "750 bookings"
    assert page.table.verticalScrollBar().value() == 0


def test_the_export_holds_exactly_the_bookings_shown_in_their_order(
    qtbot: QtBot, studio: Studio, desk: Desk, prompts: ScriptedPrompts, week: dict[str, BookingView],
    tmp_path: Path,
) -> None:
    desk.set_actor(studio.admin)  # the exports are an admin's
    page = open_list(qtbot, desk)
    page.coach.setCurrentText("Coach Smith")
    page.sort_by(Column.DATE, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "smith.csv"

    page.export_csv(target)

    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # the mark Excel needs to read UTF-8
    with target.open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    assert lines == [
        ["Booking no.", "Date (Asia/Jakarta)", "Start (Asia/Jakarta)", "End (Asia/Jakarta)", "Client",
         "Phone", "Course", "Coach", "Status", "Price (IDR)", "Paid (IDR)", "Currency"],
        [str(week["budi_pilates"].id), "2025-10-30", "08:00", "08:45", "Budi Santoso", "+6285722223333",
         "Pilates", "Coach Smith", "Done", "200000", "200000", "IDR"],
        [str(week["jane_yoga"].id), "2025-10-28", "14:00", "15:00", "Jane Roe", "+6281311112222",
         "Yoga Pemula", "Coach Smith", "Canceled", "150000", "0", "IDR"],
        [str(week["john_yoga"].id), "2025-10-25", "10:00", "11:00", "John Doe", "+6281234567890",
         "Yoga Pemula", "Coach Smith", "Pending", "150000", "0", "IDR"],
    ]
    assert prompts.infos == [f"Saved 3 bookings to {target}."]
    assert page.export_button.isEnabled()


def test_a_name_that_looks_like_a_formula_is_exported_as_text(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, desk: Desk, tmp_path: Path
) -> None:
    desk.set_actor(studio.admin)  # the exports are an admin's
    sly = services.create_client(db, name="=HYPERLINK(\"http://x\")")
    booked(db, studio, clock, client=sly.id, course=studio.yoga, date="2025-10-25", start="10:00")
    page = open_list(qtbot, desk)

    page.export_csv(tmp_path / "x.csv")

    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    assert lines[1][4] == "'=HYPERLINK(\"http://x\")"


def test_an_export_that_cannot_be_written_says_so(
    qtbot: QtBot, studio: Studio, desk: Desk, prompts: ScriptedPrompts, week: dict[str, BookingView],
    tmp_path: Path,
) -> None:
    desk.set_actor(studio.admin)  # the exports are an admin's
    page = open_list(qtbot, desk)

    page.export_csv(tmp_path / "no such folder" / "x.csv")

    assert prompts.errors and prompts.errors[0].startswith("Could not save x.csv:")
    assert page.export_button.isEnabled()


def test_a_payment_elsewhere_shows_up_and_the_picked_booking_stays_picked(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock, desk: Desk,
    week: dict[str, BookingView],
) -> None:
    page = open_list(qtbot, desk)
    john = week["john_yoga"]
    page.table.selectRow(page.model.row_of(john.id) or 0)
    assert page.selected_booking_id() == john.id
    assert page.model.index(1, Column.STATUS).data() == "Pending"

    services.mark_paid(db, studio.desk, john.id, method="cash")
    # A booking earlier that day moves John's down a row.
    booked(db, studio, clock, client=studio.jane, course=studio.yoga, date="2025-10-25", start="07:00")
    desk.announce(Change.of_everything())

    row = page.model.row_of(john.id)
    assert row == 2
    assert page.model.index(row, Column.STATUS).data() == "Paid"
    assert page.model.index(row, Column.PAID).data() == "Rp 150,000"
    assert page.selected_booking_id() == john.id
    assert page.count.text() == "6 bookings"


def test_enter_opens_the_picked_booking_and_ctrl_f_goes_to_the_search(
    qtbot: QtBot, desk: Desk, week: dict[str, BookingView]
) -> None:
    page = open_list(qtbot, desk)
    page.show()
    qtbot.waitExposed(page)
    page.table.setFocus()
    page.table.selectRow(2)

    with qtbot.waitSignal(page.booking_opened) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [week["john_hiit"].id]

    page.search.setText("jane")
    page.focus_search()
    qtbot.waitUntil(page.search.hasFocus)
    assert page.search.selectedText() == "jane"


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_the_search_reaches_the_first_result_and_up_comes_back(
    qtbot: QtBot, desk: Desk, week: dict[str, BookingView], key: Qt.Key
) -> None:
    page = open_list(qtbot, desk)
    shown(qtbot, page)
    page.focus_search()
    qtbot.keyClicks(page.search, "jane")

    press(page, key)

    assert page.table.hasFocus()
    assert page.selected_booking_id() == week["jane_hiit"].id  # the first of Jane's, soonest first
    assert {client for _date, client, _course in rows_shown(page)} == {"Jane Roe"}

    with qtbot.waitSignal(page.booking_opened) as opened:
        press(page, Qt.Key.Key_Return)  # Enter on the results opens the booking, as before
    assert opened.args == [week["jane_hiit"].id]

    press(page, Qt.Key.Key_Down)
    assert page.selected_booking_id() != week["jane_hiit"].id  # Down moves within the results
    press(page, Qt.Key.Key_Up)
    assert page.table.hasFocus()  # back on the first row, still in the table
    press(page, Qt.Key.Key_Up)
    assert page.search.hasFocus()
