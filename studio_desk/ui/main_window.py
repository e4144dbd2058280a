"""The desk's main window: calendar, booking list, coach queue and reports under the menus and the
toolbar (ui/menus/desk_actions.py), and the bars that say who is signed in, where the data lives,
whether the database answers and how the web sync stands.

The window only wires things together: pages ask for dialogs through their signals and the
window opens them; every page refreshes itself from the desk's change notices (kit/live_view.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Actor, BookingAction, BookingView, Change
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.bookings.booking_list import BookingListPage
from studio_desk.ui.bookings.hold_expiry import HoldExpiry
from studio_desk.ui.bookings.new_booking import NewBookingDialog
from studio_desk.ui.bookings.payment_dialog import PaymentDialog
from studio_desk.ui.calendar.calendar_page import CalendarPage
from studio_desk.ui.calendar.coach_queue import CoachQueue
from studio_desk.ui.catalog.screens import add_catalog_screens
from studio_desk.ui.classes.open_roster import open_roster
from studio_desk.ui.classes.timetable_screens import add_timetable_screens
from studio_desk.ui.classes.today_classes import TodayClassesDialog
from studio_desk.ui.clients.clients_dialog import ClientsDialog
from studio_desk.ui.hours.hours_dialog import HoursDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.labels import role_label
from studio_desk.ui.kit.messages import translated
from studio_desk.ui.menus.about_dialog import AboutDialog
from studio_desk.ui.menus.desk_actions import SYNC_SETTINGS_KEYS, DeskActions
from studio_desk.ui.menus.shortcuts_dialog import ShortcutsDialog
from studio_desk.ui.packs.screens import add_products_screen
from studio_desk.ui.reports.export_dialog import ExportDialog, ExportKind
from studio_desk.ui.reports.reports_page import ReportsPage
from studio_desk.ui.setup.connection_settings import ConnectionSettingsDialog
from studio_desk.ui.setup.idle_lock import IdleLock
from studio_desk.ui.setup.language_dialog import LanguageDialog
from studio_desk.ui.setup.sign_in import SignInDialog
from studio_desk.ui.setup.studio_settings_dialog import StudioSettingsDialog
from studio_desk.ui.staff.pin_dialogs import ChangePinDialog
from studio_desk.ui.staff.staff_screen import StaffDialog
from studio_desk.ui.sync.driver import SyncDriver
from studio_desk.ui.sync.settings_dialog import SyncSettingsDialog
from studio_desk.ui.sync.status_indicator import SyncIndicator

CALENDAR_TAB, LIST_TAB, QUEUE_TAB, REPORTS_TAB = range(4)
DAY_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home)


class MainWindow(QMainWindow):
    def __init__(
        self, desk: Desk, settings: QSettings, *, expire_holds: bool = True, idle_lock_ms: int | None = None
    ) -> None:
        """`expire_holds`: release stale holds while the window is open (not when only drawing
        the screens, which must change nothing). `idle_lock_ms`: lock after this long untouched
        instead of the studio's setting (tests)."""
        super().__init__()
        self.desk = desk
        self.settings = settings
        self.dialog: QDialog | None = None  # the dialog opened last, for tests and screenshots
        self.setWindowTitle(self.tr("Studio Desk"))
        self.sync_driver = SyncDriver(desk, self)
        self.hold_expiry = HoldExpiry(desk, self)
        self.idle_lock = IdleLock(desk, self, interval_ms=idle_lock_ms)

        self.calendar = CalendarPage(desk)
        self.bookings = BookingListPage(desk)
        self.queue = CoachQueue(desk)
        self.reports = ReportsPage(desk)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.calendar, self.tr("&Calendar"))
        self.tabs.addTab(self.bookings, self.tr("Boo&kings"))
        self.tabs.addTab(self.queue, self.tr("Coach &queue"))
        self.tabs.addTab(self.reports, self.tr("Re&ports"))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self._offline_banner())
        layout.addWidget(self.tabs)
        self.setCentralWidget(body)
        self._status_bar()
        self.desk_actions = DeskActions(self)
        # The administration screens, in the order a new studio sets itself up.
        self.studio_settings_action = QAction(self.tr("&Studio settings…"), self)
        self.studio_settings_action.triggered.connect(lambda _checked=False: self.open_studio_settings())
        self.desk_actions.add_administration(self.studio_settings_action)
        self.coaches_action, self.courses_action = add_catalog_screens(self)
        self.products_action = add_products_screen(self)
        self.rooms_action, self.timetable_action = add_timetable_screens(self)
        self.hours_action = QAction(self.tr("&Hours…"), self)
        self.hours_action.triggered.connect(lambda _checked=False: self.open_hours())
        self.desk_actions.add_administration(self.hours_action)
        self.desk_actions.add_administration(self.desk_actions.staff)
        # Clients are the front desk's too: packs are sold and fees collected there.
        self.clients_action = QAction(self.tr("Cl&ients…"), self)
        self.clients_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.clients_action.triggered.connect(lambda _checked=False: self.open_clients())
        self.desk_actions.add_front_desk(self.clients_action)
        self._tab_keys()

        self.calendar.new_booking_requested.connect(self.new_booking)
        for page in (self.calendar, self.bookings, self.queue):
            page.booking_opened.connect(self.open_details)
        self.calendar.sig_class_opened.connect(self.open_class)
        desk.actor_changed.connect(self._show_actor)
        desk.connection_changed.connect(self._show_connection)
        self._restore()
        self._show_actor(desk.actor)
        self.sync_driver.sig_round_finished.connect(self.sync_label.refresh)
        self.sync_driver.sig_round_failed.connect(lambda _message: self.sync_label.refresh())
        self.sync_driver.start()
        if expire_holds:
            self.hold_expiry.start()
        self.idle_lock.start()
        self.sync_label.refresh()

    # Building ------------------------------------------------------------------------------

    def _offline_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setStyleSheet("QFrame { background: #fbe0e0; border: 1px solid #d9a0a0; }"
                                  " QLabel { color: #7a1f1f; border: none; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("R&etry"))
        self.retry_button.clicked.connect(self.desk.retry_connection)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.retry_button)
        self.banner.hide()
        return self.banner

    def _status_bar(self) -> None:
        self.person_label = QLabel()
        self.database_label = QLabel(self.tr("Database: {database}").format(database=self.desk.db.describe()))
        self.sync_label = SyncIndicator(self.desk, shortcut=SYNC_SETTINGS_KEYS)
        self.sync_label.sig_clicked.connect(self.open_sync_settings)
        bar = self.statusBar()
        bar.addWidget(self.person_label, 1)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.sync_label)

    def _tab_keys(self) -> None:
        # Alt+Left/Right/Home move the calendar's day; in the tab bar they must not change the
        # tab instead (Ctrl+Tab and Ctrl+PgDown do that).
        self.tabs.tabBar().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self.tabs.tabBar()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in DAY_KEYS
        ):
            return True
        return super().eventFilter(watched, event)

    # What the bars say ---------------------------------------------------------------------

    def _show_actor(self, actor: Actor | None) -> None:
        if actor is None or actor.role is None:
            self.person_label.setText(self.tr("Nobody is signed in — press Ctrl+L to sign in"))
        else:
            self.person_label.setText(
                self.tr("Signed in: {name} ({role})").format(name=actor.name, role=role_label(actor.role))
            )

    def _show_connection(self, online: bool, _reason: str) -> None:
        self.banner_text.setText(self.tr(
            "The database is not answering, so nothing can be saved right now. What you typed "
            "is kept: press Retry when the connection is back."
        ))
        self.banner.setVisible(not online)

    # Commands ------------------------------------------------------------------------------

    def new_booking(self, coach_id: int | None = None, start: dt.datetime | None = None) -> None:
        # The dialog reads the courses itself, fresh, and takes the coach's course that has
        # `start` free, and the day from `start`; "Create and pay" opens the payment dialog itself.
        self._show(NewBookingDialog(self.desk, self, coach_id=coach_id, start=start))

    def open_details(self, booking_id: int) -> None:
        dialog = BookingDetailsDialog(self.desk, booking_id, self)
        dialog.pay_requested.connect(self.pay)
        self._show(dialog)

    def open_class(self, occurrence_id: int, parent: QWidget | None = None) -> None:
        """A class's check-in roster, over the window or over the list it was chosen in."""
        self.dialog = open_roster(self.desk, occurrence_id, parent or self)

    def open_today_classes(self) -> None:
        dialog = TodayClassesDialog(self.desk, self)
        dialog.sig_class_opened.connect(lambda occurrence_id: self.open_class(occurrence_id, dialog))
        dialog.sig_show_places.connect(self.show_class_places)
        self._show(dialog)

    def show_class_places(self, occurrence_id: int) -> None:
        """The booking list, showing one class's places."""
        self.tabs.setCurrentIndex(LIST_TAB)
        self.bookings.show_class(occurrence_id)

    def open_language(self) -> None:
        self._show(LanguageDialog(self.desk, self.settings, self))

    def open_studio_settings(self) -> None:
        self._show(StudioSettingsDialog(self.desk, self))

    def open_connection_settings(self) -> None:
        self._show(ConnectionSettingsDialog(self.desk, self))

    def open_hours(self) -> None:
        self._show(HoursDialog(self.desk, self))

    def open_clients(self) -> None:
        self._show(ClientsDialog(self.desk, self))

    def open_sync_settings(self) -> None:
        dialog = SyncSettingsDialog(self.desk, self.sync_driver, self)
        dialog.sig_booking_opened.connect(self.open_details)
        self._show(dialog)

    def pay(self, booking: BookingView) -> None:
        self._show(PaymentDialog(self.desk, booking, self))

    def pay_selected(self) -> None:
        booking_id = self._selected_booking_id()
        if booking_id is None:
            self.desk.prompts.info(self, self.tr("Select a booking in the list or the calendar first."))
            return
        self.desk.read(lambda db: services.get_booking(db, booking_id), self._pay_if_allowed)

    def _pay_if_allowed(self, booking: BookingView) -> None:
        # The service says why not (a coach is told only the front desk takes payments); signed
        # out, the payment dialog's Pay asks the person to sign in.
        actor, pay = self.desk.actor, BookingAction.PAY
        refused = None if actor is None else services.refusal(booking, actor, pay, self.desk.now())
        if refused is None:
            self.pay(booking)
        else:
            self.desk.prompts.info(self, translated(refused))

    def _selected_booking_id(self) -> int | None:
        page = self.tabs.currentWidget()
        selected = getattr(page, "selected_booking_id", None)
        return selected() if selected else None

    def search(self) -> None:
        self.tabs.setCurrentIndex(LIST_TAB)
        self.bookings.focus_search()

    def step_tab(self, direction: int) -> None:
        """The next (+1) or previous (-1) tab, round from the last to the first."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + direction) % self.tabs.count())

    def refresh(self) -> None:
        self.desk.announce(Change.of_everything())

    def show_takings(self) -> None:
        self.tabs.setCurrentIndex(REPORTS_TAB)
        self.reports.show_takings()

    def show_coach_report(self) -> None:
        self.tabs.setCurrentIndex(REPORTS_TAB)
        self.reports.show_coach_report()

    def show_packs(self) -> None:
        self.tabs.setCurrentIndex(REPORTS_TAB)
        self.reports.show_packs()

    def show_attendance(self) -> None:
        self.tabs.setCurrentIndex(REPORTS_TAB)
        self.reports.show_attendance()

    def export(self, kind: ExportKind) -> None:
        self._show(ExportDialog(self.desk, kind, self))

    def can_print(self) -> bool:
        # Only the reports print today; a page that can says so with can_print/print_current.
        return self.tabs.currentWidget() is self.reports and self.reports.can_print()

    def print_page(self) -> None:
        """File > Print: what the page on screen prints (a report), nothing elsewhere."""
        if self.can_print():
            self.reports.print_current()

    def show_about(self) -> None:
        self._show(AboutDialog(self.desk, self))

    def show_shortcuts(self) -> None:
        calendar = (self.tr("Calendar"), self.calendar.day_actions)
        self._show(ShortcutsDialog(self.desk, [*self.desk_actions.shortcut_groups(), calendar], self))

    def sign_in(self) -> None:
        last = self.settings.value("desk/last_staff_id")
        dialog = SignInDialog(self.desk, self, last_staff_id=int(last) if last else None)
        dialog.signed_in.connect(self._remember_person)
        self._show(dialog)

    def lock_now(self) -> None:
        self.idle_lock.lock()

    def change_my_pin(self) -> None:
        self._show(ChangePinDialog(self.desk, self))

    def open_staff(self) -> None:
        self._show(StaffDialog(self.desk, self))

    def _remember_person(self, actor: Actor) -> None:
        self.settings.setValue("desk/last_staff_id", actor.staff_id)

    def show_dialog(self, dialog: QDialog) -> None:
        """Open a screen over the window (the administration screens open theirs here)."""
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    # Remembered between runs ----------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        tab = self.settings.value("window/tab", CALENDAR_TAB)
        if not (isinstance(tab, int | str) and str(tab).isdigit()):
            tab = CALENDAR_TAB  # a settings file edited by hand
        self.tabs.setCurrentIndex(int(tab))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync_driver.stop()
        self.hold_expiry.stop()
        self.idle_lock.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()
        super().closeEvent(event)
