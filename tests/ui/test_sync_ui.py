"""The web sync at the desk: the status bar's indicator, the timer that runs the rounds, the
settings dialog with what needs a person, and a refused booking in its details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from studio_desk import services
from studio_desk.services import BookingView, Change, Database, SyncState, sync
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.tasks import TaskRunner
from studio_desk.ui.main_window import MainWindow
from studio_desk.ui.sync.driver import SyncDriver
from studio_desk.ui.sync.settings_dialog import PROBLEMS_TAB, SAVED, SyncSettingsDialog
from tests.support.snapshot import snapshot
from tests.support.studio import Studio
from tests.support.sync import MemoryKeyring
from tests.support.ui import ScriptedPrompts, in_front, press, shown
from tests.support.web_platform import WebPlatform

TODAY = dt.date(2025, 10, 24)
# Nothing listens on the discard port of the loopback: the web platform is "down".
NOWHERE = "http://127.0.0.1:9"
PASSWORD = "coach-secret"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> str:
    """A desk without a keyring takes the web password from the environment."""
    monkeypatch.setenv(sync.PASSWORD_ENV, PASSWORD)
    return PASSWORD


@pytest.fixture
def web(password: str) -> Iterator[WebPlatform]:
    platform = WebPlatform().start()
    yield platform
    platform.stop()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def open_window(qtbot: QtBot, desk: Desk, settings: QSettings) -> MainWindow:
    window = MainWindow(desk, settings)
    qtbot.addWidget(window)
    return window


def open_sync_settings(qtbot: QtBot, desk: Desk) -> SyncSettingsDialog:
    driver = SyncDriver(desk)
    dialog = SyncSettingsDialog(desk, driver)
    qtbot.addWidget(dialog)
    driver.setParent(dialog)
    return dialog


def turn_on(db: Database, studio: Studio, server: str, *, web_coach: int = 1, web_course: int = 1) -> None:
    """Coach Smith and her yoga course linked to the web, sync on."""
    sync.configure_sync(
        db, studio.admin, server=server, enabled=True,
        coaches={studio.coach_a: (web_coach, "smith")}, courses={studio.yoga: web_course},
    )


def book_yoga(db: Database, studio: Studio, at: str = "10:00") -> BookingView:
    return services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=TODAY, start_time=at
    )


def web_studio(web: WebPlatform) -> tuple[int, int, int]:
    """(web coach, web yoga course, a web client) on the stand-in platform."""
    coach = web.add_coach("smith", PASSWORD, "Coach Smith")
    course = web.add_course(coach.coach_id, "Yoga Pemula")
    client = web.add_user("ann", "pw", "Ann Online")
    return coach.coach_id, course, client.user_id


def refused_booking(db: Database, studio: Studio, web: WebPlatform) -> tuple[BookingView, int]:
    """A desk booking made before a round, at a time a web client took meanwhile: the web says 409."""
    coach, course, client = web_studio(web)
    turn_on(db, studio, web.base_url, web_coach=coach, web_course=course)
    booking = book_yoga(db, studio)
    web_booking = web.add_booking(client, course, dt.datetime(2025, 10, 24, 10, 0))
    report = sync.run_sync_once(db, timeout=2)
    assert report.refused == 1
    return services.get_booking(db, booking.id), web_booking


# The indicator ----------------------------------------------------------------------------------


def test_the_indicator_says_off_and_the_timer_sleeps_when_sync_is_off(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    window = open_window(qtbot, desk, settings)

    assert window.sync_label.text() == "Web sync: off"
    assert not window.sync_driver.timer.isActive()


def test_the_indicator_counts_what_waits_and_says_when_the_web_is_out_of_reach(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, settings: QSettings, password: str
) -> None:
    turn_on(db, studio, NOWHERE)
    window = open_window(qtbot, desk, settings)
    assert window.sync_label.text() == "Web sync: on, not run yet"

    book_yoga(db, studio)
    desk.announce(Change.of_everything())
    assert window.sync_label.text() == "Web sync: on, not run yet · 1 waiting"

    sync.run_sync_once(db, timeout=0.5)
    desk.announce(Change.of_everything())
    text = window.sync_label.text()
    assert text.startswith("Web sync: cannot reach the web platform")
    assert text.endswith(" · 1 waiting")
    # The whole story, address and all, is in the tooltip.
    assert f"Cannot reach the web platform at {NOWHERE}" in window.sync_label.toolTip()


def test_clicking_the_indicator_opens_the_sync_settings(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    window = open_window(qtbot, desk, settings)
    window.show()

    qtbot.mouseClick(window.sync_label, Qt.MouseButton.LeftButton)

    assert isinstance(window.dialog, SyncSettingsDialog)
    assert window.dialog.isVisible()


# The timer ------------------------------------------------------------------------------------


def test_the_driver_does_nothing_while_sync_is_off(qtbot: QtBot, db: Database, desk: Desk) -> None:
    driver = SyncDriver(desk)
    driver.start()

    with qtbot.assertNotEmitted(driver.sig_round_started), qtbot.assertNotEmitted(desk.sig_changed):
        driver.tick()
    assert not driver.timer.isActive()
    assert sync.sync_status(db).last_run_at is None


def test_the_driver_runs_a_round_on_each_tick_and_tells_the_views_about_web_bookings(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, web: WebPlatform
) -> None:
    coach, course, client = web_studio(web)
    turn_on(db, studio, web.base_url, web_coach=coach, web_course=course)
    driver = SyncDriver(desk)
    driver.start()
    assert driver.timer.isActive() and driver.timer.interval() == 60_000

    web.add_booking(client, course, dt.datetime(2025, 10, 24, 14, 0))
    with qtbot.waitSignal(driver.sig_round_finished) as finished, qtbot.waitSignal(desk.sig_changed):
        driver.tick()
    assert finished.args is not None and finished.args[0].pulled_new == 1

    # A round that brought nothing new leaves the views alone.
    with qtbot.assertNotEmitted(desk.sig_changed):
        driver.tick()


def test_a_round_runs_off_the_gui_thread_and_a_tick_meanwhile_does_not_start_another(
    qtbot: QtBot, db: Database, studio: Studio, web: WebPlatform
) -> None:
    coach, course, client = web_studio(web)
    turn_on(db, studio, web.base_url, web_coach=coach, web_course=course)
    web.add_booking(client, course, dt.datetime(2025, 10, 24, 14, 0))
    web.inject("slow", path="/auth/api_login/", seconds=0.5)
    desk = Desk(db, TaskRunner(), ScriptedPrompts())
    driver = SyncDriver(desk)
    with qtbot.waitSignal(driver.sig_config_changed):
        driver.start()

    with qtbot.waitSignal(driver.sig_round_finished, timeout=10_000) as finished:
        driver.tick()
        assert driver.running  # the GUI thread is free while the web answers slowly
        with qtbot.assertNotEmitted(driver.sig_round_started):
            driver.tick()
    assert finished.args is not None and finished.args[0].pulled_new == 1
    assert not driver.running
    desk.tasks.wait_for_done()


def test_the_driver_follows_the_settings_when_sync_is_turned_off(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    turn_on(db, studio, NOWHERE)
    driver = SyncDriver(desk)
    driver.start()
    assert driver.timer.isActive()

    driver.apply_config(sync.configure_sync(db, studio.admin, enabled=False, every_seconds=30))

    assert not driver.timer.isActive()
    with qtbot.assertNotEmitted(driver.sig_round_started):
        driver.tick()


# The settings dialog ---------------------------------------------------------------------------


def test_an_admin_links_coaches_and_courses_and_turns_sync_on(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, memory_keyring: MemoryKeyring
) -> None:
    desk.set_actor(studio.admin)
    dialog = open_sync_settings(qtbot, desk)
    assert dialog.server.text() == "" and not dialog.enabled.isChecked()
    assert set(dialog.links.coach_rows) == {studio.coach_a, studio.coach_b}

    dialog.server.setText("https://studio.example.com/")
    dialog.every.setText("120")
    dialog.enabled.setChecked(True)
    smith = dialog.links.coach_rows[studio.coach_a]
    smith.remote_id.setText("17")
    smith.username.setText("coach.smith")
    smith.password.setText("s3cret")
    dialog.links.course_rows[studio.yoga].remote_id.setText("42")
    dialog.save()

    assert not dialog.message.isVisibleTo(dialog)
    assert dialog.report.text() == SAVED
    config = sync.get_sync_config(db)
    assert (config.server, config.every_seconds, config.is_on) == ("https://studio.example.com", 120, True)
    assert [(c.coach_id, c.remote_id, c.username) for c in config.coaches] == [
        (studio.coach_a, 17, "coach.smith")
    ]
    assert [(c.course_id, c.remote_id) for c in config.courses] == [(studio.yoga, 42)]
    assert list(memory_keyring.passwords.values()) == ["s3cret"]
    # Kept, never shown again.
    assert dialog.links.coach_rows[studio.coach_a].password.text() == ""
    assert dialog.server.text() == "https://studio.example.com"

    # Emptying a course's web id unlinks it.
    dialog.links.course_rows[studio.yoga].remote_id.setText("")
    dialog.save()
    assert sync.get_sync_config(db).courses == ()


def test_an_admin_fills_the_settings_by_keys_tabbing_through_the_tables_and_saves_with_enter(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, memory_keyring: MemoryKeyring
) -> None:
    desk.set_actor(studio.admin)
    dialog = open_sync_settings(qtbot, desk)
    in_front(dialog)

    def typed(text: str) -> None:
        QTest.keyClicks(dialog.focusWidget(), text)

    def tab(times: int = 1) -> None:
        for _ in range(times):
            press(dialog, Qt.Key.Key_Tab)

    press(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    typed("https://studio.example.com")
    press(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    tab()  # from the check box into the first coach's fields, not onto the table
    first_coach = next(iter(dialog.links.coach_rows))  # the rows go by name: Coach Sari, coach B
    assert first_coach == studio.coach_b
    assert dialog.focusWidget() is dialog.links.coach_rows[first_coach].remote_id
    typed("17")
    tab()
    typed("coach.sari")
    tab()
    typed("s3cret")
    courses = list(dialog.links.course_rows)
    # Past the other coach's three fields, then down the courses to HIIT's web id.
    tab(1 + 3 * (len(dialog.links.coach_rows) - 1) + courses.index(studio.hiit))
    assert dialog.focusWidget() is dialog.links.course_rows[studio.hiit].remote_id
    typed("42")
    press(dialog, Qt.Key.Key_Return)

    assert dialog.report.text() == SAVED, dialog.message.text()
    config = sync.get_sync_config(db)
    assert [(c.coach_id, c.remote_id, c.username) for c in config.coaches] == [
        (studio.coach_b, 17, "coach.sari")
    ]
    assert [(c.course_id, c.remote_id) for c in config.courses] == [(studio.hiit, 42)]
    assert config.is_on and list(memory_keyring.passwords.values()) == ["s3cret"]
    # After the last course, Tab leaves the tables for the buttons.
    dialog.links.course_rows[courses[-1]].remote_id.setFocus()
    tab()
    assert dialog.focusWidget() is dialog.sync_now_button


def test_a_bad_server_address_gets_the_services_words_and_keeps_what_was_typed(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    desk.set_actor(studio.admin)
    dialog = open_sync_settings(qtbot, desk)
    dialog.server.setText("studio.example.com")
    dialog.save()

    assert dialog.message.isVisibleTo(dialog)
    assert "The server address must start with https://" in dialog.message.text()
    assert dialog.server.text() == "studio.example.com"
    assert sync.get_sync_config(db).server == ""

    dialog.links.coach_rows[studio.coach_a].remote_id.setText("seventeen")
    dialog.links.coach_rows[studio.coach_a].username.setText("smith")
    dialog.server.setText("https://studio.example.com")
    dialog.save()
    assert "Coach Smith" in dialog.message.text() and "'seventeen'" in dialog.message.text()


def test_a_password_typed_into_the_server_address_is_refused_and_never_kept(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, memory_keyring: MemoryKeyring
) -> None:
    desk.set_actor(studio.admin)
    dialog = open_sync_settings(qtbot, desk)
    in_front(dialog)
    press(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    QTest.keyClicks(dialog.focusWidget(), "https://owner:S3cret@studio.example.com")
    press(dialog, Qt.Key.Key_Return)

    assert dialog.message.isVisibleTo(dialog)
    assert dialog.message.text().startswith(
        "Leave the user name and password out of the server address, like https://studio.example.com."
    )
    assert dialog.server.text() == "https://owner:S3cret@studio.example.com", "kept to be corrected"
    assert sync.get_sync_config(db).server == ""
    assert "S3cret" not in repr(snapshot(db)) and memory_keyring.passwords == {}


def test_the_web_platforms_time_zone_is_typed_by_keys_and_saved_with_the_rest(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    desk.set_actor(studio.admin)
    dialog = open_sync_settings(qtbot, desk)
    in_front(dialog)
    assert dialog.web_zone.currentText() == "Asia/Jakarta"

    press(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)  # the field's own Alt letter
    assert dialog.focusWidget() in (dialog.web_zone, dialog.web_zone.lineEdit())
    press(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.focusWidget(), "Mars/Olympus")
    press(dialog, Qt.Key.Key_Return)  # Enter saves

    assert dialog.message.text() == (
        "There is no time zone called 'Mars/Olympus'. Use a name like Asia/Jakarta."
    )
    assert dialog.web_zone.currentText() == "Mars/Olympus"  # kept, to put right
    assert sync.get_sync_config(db).web_zone == "Asia/Jakarta"

    press(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.focusWidget(), "Asia/Makassar")
    press(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # saved with what else changed
    press(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.focusWidget(), "90")
    press(dialog, Qt.Key.Key_Return)

    assert dialog.report.text() == SAVED
    config = sync.get_sync_config(db)
    assert (config.web_zone, config.every_seconds) == ("Asia/Makassar", 90)
    assert dialog.web_zone.currentText() == "Asia/Makassar"  # as read back
    assert not dialog.has_typed_input()


def test_a_receptionist_is_told_that_the_settings_are_an_admins(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk
) -> None:
    dialog = open_sync_settings(qtbot, desk)  # the receptionist is signed in
    dialog.server.setText("https://studio.example.com")
    dialog.save()

    assert dialog.message.text() == "Only an admin can set up the web sync."
    assert sync.get_sync_config(db).server == ""


def test_without_a_password_store_the_settings_are_saved_and_the_password_stays_typed(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, no_keyring: None
) -> None:
    desk.set_actor(studio.admin)
    dialog = open_sync_settings(qtbot, desk)
    dialog.server.setText("https://studio.example.com")
    smith = dialog.links.coach_rows[studio.coach_a]
    smith.remote_id.setText("17")
    smith.username.setText("smith")
    smith.password.setText("s3cret")
    dialog.save()

    assert "no password store" in dialog.message.text()
    assert sync.PASSWORD_ENV in dialog.message.text()
    assert sync.get_sync_config(db).coach(studio.coach_a) is not None
    assert dialog.links.coach_rows[studio.coach_a].password.text() == "s3cret"


def test_sync_now_shows_the_report_and_what_needs_a_person(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, web: WebPlatform
) -> None:
    coach, course, client = web_studio(web)
    turn_on(db, studio, web.base_url, web_coach=coach, web_course=course)
    booking = book_yoga(db, studio)
    web.add_booking(client, course, dt.datetime(2025, 10, 24, 10, 0))
    dialog = open_sync_settings(qtbot, desk)
    assert dialog.tabs.tabText(PROBLEMS_TAB) == "&Needs a person"

    dialog.sync_now()

    assert "refused by the web: 1" in dialog.report.text()
    assert "1 in conflict with the desk" in dialog.report.text()
    assert dialog.tabs.tabText(PROBLEMS_TAB) == "&Needs a person (2)"
    [refused] = dialog.problems.refused_boxes
    assert refused.booking is not None and refused.booking.id == booking.id
    assert "another booking at this time" in refused.problem.text()
    [conflict] = dialog.problems.conflict_cards
    assert f"desk booking {booking.id} holds this time" in conflict.explanation.text()
    assert conflict.open_button is not None
    with qtbot.waitSignal(dialog.sig_booking_opened) as opened:
        conflict.open_button.click()
    assert opened.args == [booking.id]


def test_sync_now_while_sync_is_off_says_so(qtbot: QtBot, studio: Studio, desk: Desk) -> None:
    dialog = open_sync_settings(qtbot, desk)
    dialog.sync_now()

    assert dialog.message.text().startswith("Web sync is off.")
    assert dialog.sync_now_button.isEnabled()


# A refused booking's details --------------------------------------------------------------------


def test_a_refused_booking_shows_its_problem_and_keeping_it_at_the_desk_clears_it(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, web: WebPlatform
) -> None:
    booking, _ = refused_booking(db, studio, web)
    dialog = BookingDetailsDialog(desk, booking.id)
    qtbot.addWidget(dialog)

    box = dialog.sync_problem
    assert box.isVisibleTo(dialog)
    assert box.problem.text() == str(booking.sync_problem)
    assert box.send_again_button.isVisibleTo(dialog) and box.keep_button.isVisibleTo(dialog)

    box.keep_at_desk_only()

    assert not box.isVisibleTo(dialog)
    kept = services.get_booking(db, booking.id)
    assert (kept.sync_problem, kept.sync_state) == (None, None)
    assert dialog.web.text() == ""


def test_send_again_after_the_web_booking_is_gone_puts_the_booking_on_the_web(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, web: WebPlatform
) -> None:
    booking, web_booking = refused_booking(db, studio, web)
    web.set_status(web_booking, "canceled")
    dialog = BookingDetailsDialog(desk, booking.id)
    qtbot.addWidget(dialog)

    dialog.sync_problem.send_again()
    assert not dialog.sync_problem.isVisibleTo(dialog)
    assert dialog.web.text() == "Waiting to be sent to the web platform"

    sync.run_sync_once(db, timeout=2)
    desk.announce(Change.of_everything())
    sent = services.get_booking(db, booking.id)
    assert sent.sync_state is SyncState.LINKED
    assert dialog.web.text() == f"On the web platform (#{sent.remote_id})"


def test_a_booking_made_online_says_so(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, web: WebPlatform
) -> None:
    coach, course, client = web_studio(web)
    turn_on(db, studio, web.base_url, web_coach=coach, web_course=course)
    remote = web.add_booking(client, course, dt.datetime(2025, 10, 24, 15, 0))
    sync.run_sync_once(db, timeout=2)
    [online] = [b for b in services.list_bookings(db, services.BookingFilter()).rows if b.remote_id == remote]

    dialog = BookingDetailsDialog(desk, online.id)
    qtbot.addWidget(dialog)

    assert dialog.web.text() == f"Booked online · On the web platform (#{remote})"
    assert not dialog.sync_problem.isVisibleTo(dialog)


# Linking a course sends its bookings the web has never heard of ---------------------------------


def on_with_yoga_unlinked(db: Database, studio: Studio) -> None:
    """Sync on with Coach Smith linked, but not her yoga course."""
    sync.configure_sync(
        db, studio.admin, server=NOWHERE, enabled=True, coaches={studio.coach_a: (1, "smith")}
    )


def type_into(editor: QLineEdit, text: str) -> None:
    """Click into a table's cell editor and type, as a person does."""
    QTest.mouseClick(editor, Qt.MouseButton.LeftButton)
    editor.selectAll()
    QTest.keyClicks(editor, text)


def test_linking_a_course_lists_its_future_bookings_and_saving_sends_them(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts
) -> None:
    on_with_yoga_unlinked(db, studio)
    booked = book_yoga(db, studio, "10:00")
    book_yoga(db, studio, "12:00")
    assert sync.sync_status(db).waiting == 0, "the course is not linked yet"
    desk.set_actor(studio.admin)
    dialog = shown(qtbot, open_sync_settings(qtbot, desk))

    type_into(dialog.links.course_rows[studio.yoga].remote_id, "42")
    press(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Sa&ve

    [question] = prompts.questions
    assert question.splitlines() == [
        "2 future bookings of 'Yoga Pemula' will be sent to the web platform:",
        "• 24 Oct 2025 10:00: John Doe, pending",
        "• 24 Oct 2025 12:00: John Doe, pending",
        "",
        "Save the settings and send these bookings?",
    ]
    assert prompts.defaults == [True]
    assert [(c.course_id, c.remote_id) for c in sync.get_sync_config(db).courses] == [(studio.yoga, 42)]
    assert sync.sync_status(db).waiting == 2
    assert services.get_booking(db, booked.id).sync_state is SyncState.QUEUED
    assert dialog.report.text().splitlines() == [
        SAVED, "2 future bookings of 'Yoga Pemula' will be sent to the web platform:"
    ]

    # Saved again: nothing more to send, nothing to ask.
    press(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert len(prompts.questions) == 1
    assert sync.sync_status(db).waiting == 2


def test_answering_no_saves_nothing_and_keeps_what_was_typed(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts
) -> None:
    on_with_yoga_unlinked(db, studio)
    book_yoga(db, studio, "10:00")
    desk.set_actor(studio.admin)
    dialog = shown(qtbot, open_sync_settings(qtbot, desk))
    prompts.answers.append(False)

    type_into(dialog.links.course_rows[studio.yoga].remote_id, "42")
    press(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)

    assert len(prompts.questions) == 1
    assert sync.get_sync_config(db).courses == ()
    assert sync.sync_status(db).waiting == 0
    assert dialog.links.course_rows[studio.yoga].remote_id.text() == "42"
    assert dialog.save_button.isEnabled()
    assert dialog.report.text() == "Nothing was saved."


def test_turning_sync_on_asks_about_what_was_booked_while_it_was_off(
    qtbot: QtBot, db: Database, studio: Studio, desk: Desk, prompts: ScriptedPrompts
) -> None:
    turn_on(db, studio, NOWHERE)
    sync.configure_sync(db, studio.admin, enabled=False)
    booked = book_yoga(db, studio, "10:00")
    desk.set_actor(studio.admin)
    dialog = shown(qtbot, open_sync_settings(qtbot, desk))

    press(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Sync with the &web platform
    assert dialog.enabled.isChecked()
    press(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)

    [question] = prompts.questions
    assert question.startswith("1 future booking of 'Yoga Pemula' will be sent to the web platform:\n")
    assert sync.get_sync_config(db).is_on
    assert services.get_booking(db, booked.id).sync_state is SyncState.QUEUED
