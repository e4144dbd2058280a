"""Live data: a view reads when shown and when a change concerns it, never while hidden, never
twice for one change, and never shows an answer that came too late."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import Change, ChangeKind, Database
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.tasks import TaskRunner
from studio_desk.ui.main_window import MainWindow
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts

TODAY = dt.date(2025, 10, 24)


class ReadCounter:
    """Counts the desk's reads by the query function's name (the desk itself is real)."""

    def __init__(self, desk: Desk) -> None:
        self.counts: Counter[str] = Counter()
        real = desk.read

        def counted(work: Callable[[Database], Any], *args: Any, **kwargs: Any) -> None:
            self.counts[getattr(work, "__qualname__", repr(work))] += 1
            real(work, *args, **kwargs)

        desk.read = counted  # type: ignore[method-assign]

    def total(self) -> int:
        return sum(self.counts.values())

    def clear(self) -> None:
        self.counts.clear()


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, tmp_path: Any) -> MainWindow:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(desk, settings)
    qtbot.addWidget(shown)
    shown.tabs.setCurrentWidget(shown.calendar)
    shown.show()
    shown.calendar.go_to(TODAY)
    return shown


def book(db: Database, studio: Studio, day: dt.date = TODAY, at: str = "10:00") -> services.BookingView:
    return services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=day, start_time=at
    )


def test_hidden_tabs_read_nothing_and_catch_up_once_when_shown(
    window: MainWindow, desk: Desk, db: Database, studio: Studio
) -> None:
    reads = ReadCounter(desk)
    booking = book(db, studio)
    desk.announce(Change.of_bookings(booking))
    # The calendar shows today: it reads the day (the coaches did not change). The list, queue
    # and reports are hidden tabs: nothing.
    assert set(reads.counts) == {"CalendarPage._coaches_loaded.<locals>.<lambda>"}
    assert reads.total() == 1

    reads.clear()
    window.tabs.setCurrentWidget(window.bookings)
    assert reads.total() >= 1  # it catches up now that it is shown
    assert window.bookings.model.total == 1
    reads.clear()
    window.tabs.setCurrentWidget(window.calendar)
    assert reads.total() == 0  # nothing changed since the calendar last read


def test_a_change_elsewhere_reads_nothing(
    window: MainWindow, desk: Desk, db: Database, studio: Studio
) -> None:
    reads = ReadCounter(desk)
    other_day = book(db, studio, day=TODAY + dt.timedelta(days=3))
    desk.announce(Change.of_bookings(other_day))
    assert reads.total() == 0  # the calendar shows another day
    desk.announce(Change.of_kinds(ChangeKind.STAFF))
    assert reads.total() == 0


def test_the_desks_own_change_is_announced_once(
    qtbot: QtBot, window: MainWindow, desk: Desk, studio: Studio
) -> None:
    heard: list[Change] = []
    desk.sig_changed.connect(heard.append)
    reads = ReadCounter(desk)
    desk.act(
        lambda db, actor: services.create_booking(
            db, actor, client_id=studio.john, course_id=studio.yoga, date=TODAY, start_time="11:00"
        ),
        lambda _booking: None,
    )
    assert len(heard) == 1 and heard[0].concerns(kinds=[ChangeKind.BOOKINGS], day=TODAY)
    assert reads.total() == 1  # the calendar, once


def test_a_closed_dialog_reads_nothing_and_catches_up_when_opened_again(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio
) -> None:
    from studio_desk.ui.bookings.booking_details import BookingDetailsDialog

    booking = book(db, studio)
    dialog = BookingDetailsDialog(desk, booking.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close()
    reads = ReadCounter(desk)
    services.mark_paid(db, studio.desk, booking.id, method="cash")
    desk.announce(Change.of_bookings(booking))
    assert reads.total() == 0
    dialog.show()
    assert reads.total() == 1
    assert dialog.status.text() == "Paid"


def test_only_the_newest_answer_is_shown_and_none_after_the_widget_is_gone(
    qtbot: QtBot, db: Database, studio: Studio
) -> None:
    # The real thread pool: the first answer is held back until the second has been shown.
    desk = Desk(db, TaskRunner(), ScriptedPrompts())
    label = QLabel()  # not kept by qtbot: the test deletes it itself
    release_first = threading.Event()
    asked: list[str] = []

    def load() -> None:
        number = f"answer {len(asked) + 1}"
        first = not asked
        asked.append(number)

        def query(_db: Database) -> str:
            if first:
                release_first.wait(5)
            return number

        live.read(query, label.setText)

    live = LiveView(label, desk, load, lambda change: True)
    live.refresh()  # answer 1, held back
    live.refresh()  # answer 2
    qtbot.waitUntil(lambda: label.text() == "answer 2")
    release_first.set()
    assert desk.tasks.wait_for_done(5_000)
    qtbot.wait(50)  # the late answer's delivery comes and goes
    assert label.text() == "answer 2"

    live.refresh()
    label.deleteLater()  # the screen closes while its answer is on the way
    qtbot.wait(50)
    assert desk.tasks.wait_for_done(5_000)
    qtbot.wait(50)  # nothing is shown on a deleted label, and nothing fails


def test_rounds_count_the_times_a_shown_view_read(
    window: MainWindow, desk: Desk, db: Database, studio: Studio
) -> None:
    # What bench/refresh.py counts: one round per change a shown view reads for, none while hidden.
    calendar, listing = window.calendar.live.rounds, window.bookings.live.rounds
    desk.announce(Change.of_bookings(book(db, studio)))
    assert window.calendar.live.rounds == calendar + 1  # coaches then the day: two queries, one round
    assert window.bookings.live.rounds == listing
    window.tabs.setCurrentWidget(window.bookings)
    assert window.bookings.live.rounds == listing + 1
