"""New booking in a New York studio on the night the clocks go back: the two 01:00s read apart,
the one chosen by keys stays chosen through refreshes, and the booking is made at its instant."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import Change, Database
from studio_desk.ui.bookings.new_booking import NewBookingDialog
from studio_desk.ui.kit.desk import Desk
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.ui import press, shown, synchronous_desk

NEW_YORK = ZoneInfo("America/New_York")
NIGHT = dt.date(2026, 11, 1)  # 02:00 EDT becomes 01:00 EST
FIRST_ONE = dt.datetime(2026, 11, 1, 5, 0, tzinfo=dt.UTC)  # 01:00 EDT
SECOND_ONE = dt.datetime(2026, 11, 1, 6, 0, tzinfo=dt.UTC)  # 01:00 EST


@pytest.fixture
def new_york_desk(db: Database, studio: Studio, clock: SettableClock) -> Desk:
    services.update_settings(db, studio.admin, timezone="America/New_York")
    clock.set(dt.datetime(2026, 10, 30, 9, 0, tzinfo=NEW_YORK))
    services.add_extra_hours(
        db, studio.admin, coach_id=studio.coach_a, date=NIGHT, start_time="00:30", end_time="02:00"
    )
    return synchronous_desk(db, studio.desk)  # after the zone is set: a desk reads it once


def shown_times(dialog: NewBookingDialog) -> list[str]:
    return [dialog.times.item(row).text() for row in range(dialog.times.count())]


def test_the_second_0100_chosen_by_keys_survives_refreshes_and_is_booked_at_its_instant(
    qtbot: QtBot, db: Database, studio: Studio, new_york_desk: Desk
) -> None:
    desk = new_york_desk
    dialog = NewBookingDialog(desk, course_id=studio.yoga, date=NIGHT)  # an hour, no buffer
    shown(qtbot, dialog)
    dialog.pick_client(services.get_client(db, studio.john))
    assert shown_times(dialog) == ["00:30", "01:00 (first)", "01:30 (first)", "01:00 (second)"]
    assert "UTC−05:00" in dialog.times.item(3).toolTip()  # the offset says which, too

    dialog.times.setFocus()
    press(dialog, Qt.Key.Key_Home)
    for _ in range(3):
        press(dialog, Qt.Key.Key_Right)
    chosen = dialog.chosen_slot()
    assert chosen is not None and chosen.label == "01:00 (second)"

    desk.announce(Change.of_everything())  # a refresh: the same list read again
    again = dialog.chosen_slot()
    assert again is not None and again.instant == SECOND_ONE and again.label == "01:00 (second)"

    # Another desk takes the first 01:00; the list changes under the choice, which stays.
    services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.yoga, date=NIGHT, start_time="01:00"
    )
    desk.announce(Change.of_everything())
    assert shown_times(dialog) == ["01:00 (second)"]
    still = dialog.chosen_slot()
    assert still is not None and still.instant == SECOND_ONE
    assert not dialog.error.isVisible()  # nothing the person chose was taken

    press(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # C&reate
    assert dialog.booking is not None
    assert dialog.booking.start_at.astimezone(dt.UTC) == SECOND_ONE  # not an hour earlier
    mine = services.get_booking(db, dialog.booking.id)
    assert (mine.client_id, mine.start_at.astimezone(dt.UTC)) == (studio.john, SECOND_ONE)
    theirs = [b for b in services.list_bookings(db).rows if b.client_id == studio.jane]
    assert [b.start_at.astimezone(dt.UTC) for b in theirs] == [FIRST_ONE]


def test_a_start_asked_for_as_the_second_0100_opens_on_it(
    qtbot: QtBot, studio: Studio, new_york_desk: Desk
) -> None:
    # A click on the calendar hands over an aware start: matched by its instant, not its wall time.
    dialog = NewBookingDialog(new_york_desk, course_id=studio.yoga, start=SECOND_ONE.astimezone(NEW_YORK))
    qtbot.addWidget(dialog)
    chosen = dialog.chosen_slot()
    assert chosen is not None and chosen.instant == SECOND_ONE
    by_time = NewBookingDialog(new_york_desk, course_id=studio.yoga, date=NIGHT, start=dt.time(1, 0, fold=1))
    qtbot.addWidget(by_time)
    chosen = by_time.chosen_slot()
    assert chosen is not None and chosen.instant == SECOND_ONE
