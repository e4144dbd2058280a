"""Holds expiring by themselves at the desk: the minute timer releases a stale hold and the
calendar frees its time, then writes off what is left of packs that ended; quiet when there is
nothing to do or the database is away."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from studio_desk import services
from studio_desk.services import BookingStatus, BookingView, Change, ChangeKind, Database, DatabaseUnavailable
from studio_desk.services.errors import QT_TRANSLATE_NOOP
from studio_desk.ui.bookings.hold_expiry import EVERY_MS, HoldExpiry
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.main_window import CALENDAR_TAB, MainWindow
from tests.support.builders import booking_in
from tests.support.classes import make_class
from tests.support.clock import SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio
from tests.support.ui import ScriptedPrompts

SATURDAY = dt.date(2025, 10, 25)


@pytest.fixture
def hold(db: Database, studio: Studio, clock: SettableClock) -> BookingView:
    """A pending booking on Saturday at 10:00, made with holds of 30 minutes."""
    services.update_settings(db, studio.admin, hold_minutes=30)
    return booking_in(db, studio, clock, BookingStatus.PENDING, date=SATURDAY)


def open_window(qtbot: QtBot, desk: Desk, tmp_path: Path) -> MainWindow:
    window = MainWindow(desk, QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    return window


def test_the_timer_releases_a_stale_hold_and_the_calendar_frees_its_time(
    qtbot: QtBot, desk: Desk, hold: BookingView, clock: SettableClock, tmp_path: Path
) -> None:
    window = open_window(qtbot, desk, tmp_path)
    window.tabs.setCurrentIndex(CALENDAR_TAB)
    window.calendar.go_to(SATURDAY)
    assert window.calendar.calendar.block_rect(hold.id) is not None  # still young when it opened

    clock.advance(minutes=31)
    with qtbot.waitSignal(window.hold_expiry.sig_released, timeout=1000) as released:
        window.hold_expiry.tick()

    assert released.args == [1]
    assert window.calendar.calendar.block_rect(hold.id) is None
    assert services.get_booking(desk.db, hold.id).status is BookingStatus.CANCELED


def test_a_tick_with_nothing_to_release_tells_no_view(
    qtbot: QtBot, desk: Desk, hold: BookingView
) -> None:
    driver = HoldExpiry(desk)
    with qtbot.assertNotEmitted(desk.sig_changed), qtbot.assertNotEmitted(driver.sig_released):
        driver.tick()


def test_the_window_releases_stale_holds_when_it_opens_and_then_every_minute(
    qtbot: QtBot, desk: Desk, hold: BookingView, clock: SettableClock, tmp_path: Path
) -> None:
    clock.advance(minutes=31)
    window = open_window(qtbot, desk, tmp_path)

    assert services.get_booking(desk.db, hold.id).status is BookingStatus.CANCELED
    assert window.hold_expiry.timer.isActive()
    assert window.hold_expiry.timer.interval() == EVERY_MS
    window.close()
    assert not window.hold_expiry.timer.isActive()


def test_a_database_away_is_tried_again_next_minute_without_a_message(
    desk: Desk, db: Database, hold: BookingView, clock: SettableClock, prompts: ScriptedPrompts
) -> None:
    clock.advance(minutes=31)
    driver = HoldExpiry(desk)
    desk.db = Database(make_url("postgresql+psycopg://desk@127.0.0.1:9/studio?connect_timeout=2"))
    driver.tick()
    assert prompts.errors == []

    desk.db = db  # back
    driver.tick()
    assert services.get_booking(db, hold.id).status is BookingStatus.CANCELED


def test_the_same_tick_writes_off_the_sessions_left_on_a_pack_that_ended(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio, clock: SettableClock
) -> None:
    product = add_product(db, valid_days=1)  # sold today: good through today
    pack = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product, method="cash").pack
    driver = HoldExpiry(desk)
    with qtbot.assertNotEmitted(desk.sig_changed), qtbot.assertNotEmitted(driver.sig_packs_expired):
        driver.tick()

    clock.advance(days=1)
    with qtbot.waitSignal(driver.sig_packs_expired, timeout=1000) as expired, qtbot.waitSignal(
        desk.sig_changed, timeout=1000
    ) as changed:
        driver.tick()
    assert expired.args == [1]
    assert changed.args[0] == Change.of_kinds(ChangeKind.PACKS)
    assert services.get_pack(db, studio.desk, pack.id).balance == 0
    assert not driver.running  # the next minute ticks again


def test_packs_are_written_off_even_when_the_holds_fail(
    desk: Desk, db: Database, studio: Studio, clock: SettableClock, prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    product = add_product(db, valid_days=1)
    pack = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product, method="cash").pack
    clock.advance(days=1)

    def holds_fail(db: Database) -> int:
        raise DatabaseUnavailable(QT_TRANSLATE_NOOP("services", "The database is busy."))

    monkeypatch.setattr(services, "release_stale_holds", holds_fail)
    driver = HoldExpiry(desk)
    driver.tick()
    assert prompts.errors == []
    assert services.get_pack(db, studio.desk, pack.id).balance == 0


def test_the_timer_makes_the_timetables_classes_for_the_weeks_to_come(
    qtbot: QtBot, desk: Desk, db: Database, studio: Studio, clock: SettableClock
) -> None:
    made = make_class(db, studio)
    clock.advance(days=14)  # two weeks on, the eight weeks ahead reach two Tuesdays further
    timer = HoldExpiry(desk)
    with qtbot.waitSignal(timer.sig_classes_scheduled, timeout=1000) as scheduled:
        timer.tick()
    assert scheduled.args == [2]
    assert len(services.occurrences_between(db, "2025-10-01", "2026-03-01")) == len(made.occurrences) + 2
