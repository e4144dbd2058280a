"""The main window's commands as actions, and the menu bar and toolbar that show them.

Each command is one QAction: the menu item, the toolbar button, the shortcut and the Keyboard
shortcuts list all read that one object, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from studio_desk import services
from studio_desk.services import Actor
from studio_desk.ui.reports.export_dialog import ExportKind
from studio_desk.ui.setup.idle_lock import LOCK_KEYS

if TYPE_CHECKING:
    from studio_desk.ui.main_window import MainWindow

SYNC_SETTINGS_KEYS = "Ctrl+Shift+W"
CONNECTION_KEYS = "Ctrl+Shift+D"
LANGUAGE_KEYS = "Ctrl+Shift+G"
TODAY_CLASSES_KEYS = "Ctrl+Shift+C"

Keys = QKeySequence | QKeySequence.StandardKey | str | None


def without_mnemonic(text: str) -> str:
    """The words without the mnemonic's ampersand ("&Quit" -> "Quit"; "&&" is a real one)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_text(action: QAction) -> str:
    """Every shortcut of `action` as this computer writes it ("Ctrl+N")."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(keys.toString(native) for keys in action.shortcuts())


class DeskActions(QObject):
    """Every command of the main window, the menus that hold them and the everyday toolbar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        make = self._make
        self.export_payments = make(self.tr("&Export payments…"), "Ctrl+Shift+E",
                                    lambda: window.export(ExportKind.PAYMENTS))
        self.export_bookings = make(self.tr("Export &bookings…"), "Ctrl+Shift+B",
                                    lambda: window.export(ExportKind.BOOKINGS))
        self.print_page = make(self.tr("&Print…"), None, window.print_page)
        self.quit = make(self.tr("&Quit"), "Ctrl+Q", window.close)

        self.new_booking = make(self.tr("&New booking"), QKeySequence.StandardKey.New, window.new_booking)
        self.take_payment = make(self.tr("Take &payment"), "Ctrl+P", window.pay_selected)
        self.find = make(self.tr("&Find a booking"), QKeySequence.StandardKey.Find, window.search)
        self.today_classes = make(self.tr("&Today's classes…"), TODAY_CLASSES_KEYS, window.open_today_classes)
        self.refresh = make(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, window.refresh)
        self.sign_in = make(self.tr("&Sign in / switch person"), "Ctrl+L", window.sign_in)
        self.lock_now = make(self.tr("&Lock now"), LOCK_KEYS, window.lock_now)
        self.change_my_pin = make(self.tr("C&hange my PIN…"), None, window.change_my_pin)
        self.staff = make(self.tr("S&taff…"), None, window.open_staff)

        self.takings = make(self.tr("&Day's takings"), "Ctrl+Shift+T", window.show_takings)
        self.coach_report = make(self.tr("&Coach report"), "Ctrl+Shift+R", window.show_coach_report)
        self.pack_reports = make(self.tr("P&acks and memberships"), None, window.show_packs)
        self.attendance = make(self.tr("Class a&ttendance"), None, window.show_attendance)

        self.sync_settings = make(self.tr("&Web sync…"), SYNC_SETTINGS_KEYS, window.open_sync_settings)
        self.database = make(self.tr("&Database…"), CONNECTION_KEYS, window.open_connection_settings)
        self.language = make(self.tr("&Language…"), LANGUAGE_KEYS, window.open_language)

        # Not in a menu: moving between the window's tabs (Qt's tab widget knows Ctrl+Tab only
        # while the focus is inside it, and Ctrl+PgDown not at all).
        self.next_tab = make(self.tr("Next tab"), "Ctrl+PgDown", lambda: window.step_tab(1))
        self.next_tab.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Ctrl+Tab")])
        self.previous_tab = make(self.tr("Previous tab"), "Ctrl+PgUp", lambda: window.step_tab(-1))
        self.previous_tab.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Ctrl+Shift+Tab")])

        self.about = make(self.tr("&About Studio Desk"), None, window.show_about)
        self.shortcuts = make(self.tr("&Keyboard shortcuts"), None, window.show_shortcuts)

        bar = window.menuBar()
        self.file_menu = self._menu(self.tr("&File"), [
            self.export_payments, self.export_bookings, None, self.print_page, None, self.quit,
        ])
        self.bookings_menu = self._menu(self.tr("&Bookings"), [
            self.new_booking, self.take_payment, self.find, self.today_classes, self.refresh, None,
            self.sign_in, self.lock_now, self.change_my_pin,
        ])
        self.reports_menu = self._menu(
            self.tr("&Reports"), [self.takings, self.coach_report, self.pack_reports, self.attendance]
        )
        self.settings_menu = self._menu(self.tr("&Settings"), [self.sync_settings, self.database, self.language])
        self.help_menu = self._menu(self.tr("&Help"), [self.shortcuts, None, self.about])
        for menu in self.menus():
            bar.addMenu(menu)
        # Print follows the page on screen: only a page that has something to print offers it.
        self.file_menu.aboutToShow.connect(self.update_print)
        self.toolbar = self._toolbar([self.new_booking, self.take_payment, self.find, self.sign_in])
        self._administration_started = False
        self._administration: list[QAction] = []
        self._administration_separator: QAction | None = None
        window.desk.actor_changed.connect(self._show_administration)
        self._front_desk: list[QAction] = []
        window.desk.actor_changed.connect(self._show_front_desk)
        window.desk.actor_changed.connect(self._show_money_views)
        self._show_money_views(window.desk.actor)
        window.desk.actor_changed.connect(self._offer_own_actions)
        self._offer_own_actions(window.desk.actor)

    # Building ----------------------------------------------------------------------------------

    def _make(self, text: str, keys: Keys, run: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # (triggered passes a `checked` flag that the commands do not take)
        action.triggered.connect(lambda _checked=False: run())
        words, shortcut = without_mnemonic(text), keys_text(action)
        action.setToolTip(f"{words} ({shortcut})" if shortcut else words)
        # Added to the window as well, so its keys work while the menu bar is hidden or busy.
        self._window.addAction(action)
        return action

    def _menu(self, title: str, actions: Sequence[QAction | None]) -> QMenu:
        menu = QMenu(title, self._window)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _toolbar(self, actions: Sequence[QAction]) -> QToolBar:
        # Only what is used every hour; settings and reports live in the menus.
        toolbar = self._window.addToolBar(self.tr("Desk"))
        toolbar.setObjectName("desk-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in actions:
            toolbar.addAction(action)
        return toolbar

    # Use ---------------------------------------------------------------------------------------

    def menus(self) -> list[QMenu]:
        return [self.file_menu, self.bookings_menu, self.reports_menu, self.settings_menu, self.help_menu]

    def add_administration(self, action: QAction) -> None:
        """A place in Settings for the administration screens (coaches, courses, staff ...), below
        the desk's own settings. They are there for an admin only: for anyone else the actions
        are hidden, and disabled so that their keys do nothing either."""
        if not self._administration_started:
            self._administration_separator = self.settings_menu.addSeparator()
            self._administration_started = True
        self.settings_menu.addAction(action)
        self._administration.append(action)
        self._show_administration(self._window.desk.actor)

    def add_front_desk(self, action: QAction) -> None:
        """A screen of the front desk's (clients, where packs are sold and fees collected) at the
        end of the Bookings menu: hidden and disabled for anyone the services say is not the
        front desk (a coach)."""
        self.bookings_menu.addSeparator()
        self.bookings_menu.addAction(action)
        self._front_desk.append(action)
        self._show_front_desk(self._window.desk.actor)

    def _show_front_desk(self, actor: Actor | None) -> None:
        allowed = services.is_desk(actor)
        for action in self._front_desk:
            action.setVisible(allowed)
            action.setEnabled(allowed)

    def _show_administration(self, actor: Actor | None) -> None:
        allowed = services.is_admin(actor)
        for action in self._administration:
            action.setVisible(allowed)
            action.setEnabled(allowed)
        if self._administration_separator is not None:
            self._administration_separator.setVisible(allowed)

    def _show_money_views(self, actor: Actor | None) -> None:
        """The money views for whom the services let see them: the takings for the front desk,
        the coach report and the classes' attendance for an admin or a coach (their own), the
        pack reports for the front desk, the exports for an admin."""
        for action, allowed in (
            (self.takings, services.may_see_takings(actor)),
            (self.coach_report, services.may_see_coach_report(actor)),
            (self.attendance, services.may_see_coach_report(actor)),
            (self.pack_reports, services.may_see_pack_reports(actor)),
            (self.export_payments, services.may_export(actor)),
            (self.export_bookings, services.may_export(actor)),
        ):
            action.setVisible(allowed)
            action.setEnabled(allowed)

    def _offer_own_actions(self, actor: Actor | None) -> None:
        # Locking and one's own PIN belong to someone signed in.
        for action in (self.lock_now, self.change_my_pin):
            action.setEnabled(actor is not None)

    def update_print(self) -> None:
        self.print_page.setEnabled(self._window.can_print())

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        """Every command by menu, as the Keyboard shortcuts list shows them."""
        by_menu = [
            (without_mnemonic(menu.title()), [action for action in menu.actions() if not action.isSeparator()])
            for menu in self.menus()
        ]
        return [*by_menu, (self.tr("Tabs"), [self.next_tab, self.previous_tab])]
