"""The menu bar, the toolbar and Help, by keys: every command in its menu with its own letter and
its shortcut, the everyday four on the toolbar, and all of it fitting a 1024 px screen in English
and in Indonesian."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from studio_desk import __version__
from studio_desk.desk_log import current_log_file
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.language import install_language
from studio_desk.ui.main_window import LIST_TAB, REPORTS_TAB, MainWindow
from studio_desk.ui.menus.about_dialog import AboutDialog
from studio_desk.ui.menus.shortcuts_dialog import ShortcutsDialog
from studio_desk.ui.reports.export_dialog import ExportDialog
from tests.support.layout import cut_off
from tests.support.studio import Studio
from tests.support.ui import press, shown

EVERYDAY = ["New booking", "Take payment", "Find a booking", "Sign in / switch person"]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, settings: QSettings) -> Iterator[MainWindow]:
    opened = MainWindow(desk, settings)
    shown(qtbot, opened)
    yield opened
    opened.sync_driver.stop()


def letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def repeated(texts: list[str]) -> list[str]:
    letters = [letter(text) for text in texts]
    return [text for text, mine in zip(texts, letters, strict=True)
            if mine is None or letters.count(mine) > 1]


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_menu_and_item_has_its_own_letter(qtbot: QtBot, desk: Desk, settings: QSettings,
                                                language: str) -> None:
    install_language(language)
    try:
        window = MainWindow(desk, settings)
        qtbot.addWidget(window)
        menus = window.desk_actions.menus()
        # The menu bar's letters and the tabs' are pressed in the same window: none twice.
        titles = [menu.title() for menu in menus]
        tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
        assert repeated(titles + tabs + [window.retry_button.text()]) == []
        for menu in menus:
            assert repeated([action.text() for action in menu.actions() if not action.isSeparator()]) == []
        window.sync_driver.stop()
    finally:
        install_language("en")


def test_the_menus_hold_every_command_with_its_keys(window: MainWindow) -> None:
    keys = {
        menu.title(): {
            action.text(): action.shortcut().toString() for action in menu.actions() if action.text()
        }
        for menu in window.desk_actions.menus()
    }
    assert keys["&File"] == {"&Export payments…": "Ctrl+Shift+E", "Export &bookings…": "Ctrl+Shift+B",
                             "&Print…": "", "&Quit": "Ctrl+Q"}
    assert keys["&Bookings"] == {"&New booking": "Ctrl+N", "Take &payment": "Ctrl+P",
                                 "&Find a booking": "Ctrl+F", "&Today's classes…": "Ctrl+Shift+C",
                                 "&Refresh": "F5",
                                 "&Sign in / switch person": "Ctrl+L", "&Lock now": "Ctrl+Shift+L",
                                 "C&hange my PIN…": "", "Cl&ients…": "Ctrl+Shift+I"}
    assert keys["&Reports"] == {"&Day's takings": "Ctrl+Shift+T", "&Coach report": "Ctrl+Shift+R",
                                "P&acks and memberships": "", "Class a&ttendance": ""}
    assert keys["&Settings"] == {"&Web sync…": "Ctrl+Shift+W", "&Database…": "Ctrl+Shift+D",
                                 "&Language…": "Ctrl+Shift+G", "&Studio settings…": "", "&Coaches…": "",
                                 "C&ourses…": "", "&Products…": "", "&Rooms…": "", "T&imetable…": "",
                                 "&Hours…": "", "S&taff…": ""}
    assert set(keys["&Help"]) == {"&About Studio Desk", "&Keyboard shortcuts"}


def test_the_toolbar_holds_only_the_everyday_commands(window: MainWindow) -> None:
    toolbar = window.findChild(QToolBar)
    assert [action.iconText() for action in toolbar.actions()] == EVERYDAY


def open_menu_by_keys(qtbot: QtBot, window: MainWindow, menu_letter: Qt.Key, item_letter: Qt.Key) -> None:
    press(window, menu_letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)  # the menu pops up a moment later
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    press(popup, item_letter)


def test_file_export_bookings_by_its_letters(qtbot: QtBot, studio: Studio, window: MainWindow) -> None:
    window.desk.set_actor(studio.admin)  # the exports are an admin's
    open_menu_by_keys(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_B)
    assert isinstance(window.dialog, ExportDialog)


def test_bookings_find_by_its_letters(qtbot: QtBot, window: MainWindow) -> None:
    open_menu_by_keys(qtbot, window, Qt.Key.Key_B, Qt.Key.Key_F)
    assert window.tabs.currentIndex() == LIST_TAB
    assert window.bookings.search.hasFocus()


def test_print_is_offered_where_the_page_can_print(window: MainWindow) -> None:
    print_page = window.desk_actions.print_page
    window.tabs.setCurrentIndex(LIST_TAB)
    window.desk_actions.file_menu.aboutToShow.emit()
    assert not print_page.isEnabled()
    window.tabs.setCurrentIndex(REPORTS_TAB)
    window.desk_actions.file_menu.aboutToShow.emit()
    assert print_page.isEnabled()


def test_ctrl_q_closes_the_desk(window: MainWindow) -> None:
    press(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_about_by_its_letters_names_the_version_the_database_and_the_log(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    open_menu_by_keys(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_A)
    about = window.dialog
    assert isinstance(about, AboutDialog)
    qtbot.waitUntil(about.isVisible)
    assert about.version_label.text() == f"Version {__version__}"
    assert desk.db.describe() in about.database_label.text()
    assert about.log_label.text() == f"Log: {current_log_file()}"
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert about.log_label.textInteractionFlags() & selectable, "the path can be copied"
    assert not about.icon_label.pixmap().isNull(), "the desk's icon"
    press(about, Qt.Key.Key_Escape)
    assert not about.isVisible()


def test_the_shortcuts_list_says_what_each_action_answers_to(window: MainWindow) -> None:
    window.desk_actions.shortcuts.trigger()
    listed = window.dialog
    assert isinstance(listed, ShortcutsDialog)
    rows = dict(listed.rows())
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.actions():
        if action.shortcut().isEmpty():
            continue
        command = action.text().replace("&", "")
        assert rows[command].split(", ")[0] == action.shortcut().toString(native)
    assert rows["Next day (week)"] == "Alt+Right"
    assert rows["Next tab"] == "Ctrl+PgDown, Ctrl+Tab"


@pytest.mark.parametrize("language", ["en", "id"])
def test_everything_fits_at_1024_pixels(qtbot: QtBot, desk: Desk, settings: QSettings, language: str) -> None:
    install_language(language)
    try:
        window = MainWindow(desk, settings)
        shown(qtbot, window)
        window.resize(1024, 700)
        qtbot.wait(20)  # the layout settles
        toolbar = window.findChild(QToolBar)
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible()
        shown_buttons = [w for w in toolbar.findChildren(QToolButton) if w.isVisible() and w is not extension]
        assert len(shown_buttons) == len(toolbar.actions())
        assert window.menuBar().actionGeometry(window.desk_actions.help_menu.menuAction()).right() < 1024
        assert cut_off(f"main window ({language})", window) == []
        window.sync_driver.stop()
    finally:
        install_language("en")


def test_administration_is_for_an_admin_only(window: MainWindow, desk: Desk, studio: Studio) -> None:
    """An administration screen in Settings is there while an admin is signed in, and neither seen
    nor reachable by its keys for a receptionist or a coach."""
    screen = QAction("&Coaches…", window)
    screen.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.desk_actions.add_administration(screen)
    assert not screen.isVisible() and not screen.isEnabled()  # the receptionist is signed in
    desk.set_actor(studio.admin)
    assert screen.isVisible() and screen.isEnabled()
    desk.set_actor(studio.coach_a_actor)
    assert not screen.isVisible() and not screen.isEnabled()


def test_the_front_desk_opens_the_clients_screen_by_its_keys_and_a_coach_does_not(
    qtbot: QtBot, studio: Studio, window: MainWindow
) -> None:
    window.desk.set_actor(studio.desk)  # a receptionist sells packs and collects fees there
    assert window.clients_action.isVisible()
    press(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: type(window.dialog).__name__ == "ClientsDialog")
    window.dialog.close()
    window.desk.set_actor(studio.coach_a_actor)
    assert not window.clients_action.isVisible() and not window.clients_action.isEnabled()
