"""The minimal window: today's bookings for the studio's today, and where the data lives."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import Database
from studio_desk.ui.main_window import MainWindow
from tests.support.clock import SettableClock
from tests.support.studio import Studio


def cells(window: MainWindow) -> list[list[str]]:
    table = window.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_today_is_listed_and_the_database_is_named(
    qtbot: QtBot, db: Database, studio: Studio, clock: SettableClock
) -> None:
    today = clock.now.date()
    services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                            date=today, start_time="10:00")
    paid = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.hiit,
                                   date=today, start_time="09:00")
    services.mark_paid(db, studio.desk, paid.id, method="qris", reference="QR-1")
    services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                            date=today + dt.timedelta(days=1), start_time="10:00")

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()

    assert window.heading.text() == "Today, Friday 24 October 2025"
    assert cells(window) == [
        ["09:00-10:00", "Coach Sari", "Jane Roe", "HIIT", "Paid"],
        ["10:00-11:00", "Coach Smith", "John Doe", "Yoga Pemula", "Pending"],
    ]
    assert not window.empty_note.isVisible()
    assert db.describe() in window.statusBar().currentMessage()


def test_an_empty_day_says_how_to_try_the_desk(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.table.rowCount() == 0
    assert window.empty_note.isVisible() and "studio-desk demo" in window.empty_note.text()
