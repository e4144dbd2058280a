"""Every dialog the desk can open behaves the same way for the keyboard: Enter does its main
action, focus starts on the first thing to fill in, every button has its own Alt+letter, and a
message that appears fits without squeezing anything.

The list below names a way to open each dialog; a test fails when a dialog class exists that the
list forgets, so a new dialog is checked from the day it is written.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

import studio_desk.ui
from studio_desk import services
from studio_desk.services import BookingView, Database
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.bookings.cancel_dialog import CancelDialog
from studio_desk.ui.bookings.new_booking import NewBookingDialog
from studio_desk.ui.bookings.no_show_dialog import NoShowDialog
from studio_desk.ui.bookings.payment_dialog import PaymentDialog
from studio_desk.ui.bookings.receipt_dialog import ReceiptDialog
from studio_desk.ui.bookings.reschedule_dialog import RescheduleDialog
from studio_desk.ui.catalog.coaches_dialog import CoachesDialog
from studio_desk.ui.catalog.courses_dialog import CoursesDialog
from studio_desk.ui.classes.class_actions import CancelClassDialog, SubstituteCoachDialog
from studio_desk.ui.classes.rooms_dialog import RoomsDialog
from studio_desk.ui.classes.roster_dialog import RosterDialog
from studio_desk.ui.classes.roster_finish import FinishClassDialog
from studio_desk.ui.classes.roster_walk_in import WalkInDialog
from studio_desk.ui.classes.timetable_dialog import TimetableDialog
from studio_desk.ui.classes.today_classes import TodayClassesDialog
from studio_desk.ui.clients.clients_dialog import ClientsDialog
from studio_desk.ui.clients.import_dialog import ImportClientsDialog
from studio_desk.ui.clients.merge_dialog import MergeClientsDialog
from studio_desk.ui.hours.hours_dialog import HoursDialog
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.menus.about_dialog import AboutDialog
from studio_desk.ui.menus.shortcuts_dialog import ShortcutsDialog
from studio_desk.ui.packs.adjust_dialog import AdjustDialog
from studio_desk.ui.packs.collect_fee_dialog import CollectFeeDialog
from studio_desk.ui.packs.freeze_dialog import FreezeDialog
from studio_desk.ui.packs.products_dialog import ProductsDialog
from studio_desk.ui.packs.refund_dialog import RefundDialog
from studio_desk.ui.packs.sell_pack_dialog import SellPackDialog
from studio_desk.ui.packs.waive_fee_dialog import WaiveFeeDialog
from studio_desk.ui.reports.cash_movement_dialog import CashMovement, CashMovementDialog
from studio_desk.ui.reports.export_dialog import ExportDialog, ExportKind
from studio_desk.ui.setup.connection_settings import ConnectionSettingsDialog
from studio_desk.ui.setup.first_run import FirstRunDialog
from studio_desk.ui.setup.language_dialog import LanguageDialog
from studio_desk.ui.setup.sign_in import SignInDialog
from studio_desk.ui.setup.studio_settings_dialog import StudioSettingsDialog
from studio_desk.ui.staff.person_dialog import AddPersonDialog
from studio_desk.ui.staff.pin_dialogs import ChangePinDialog, ResetPinDialog
from studio_desk.ui.staff.staff_screen import StaffDialog
from studio_desk.ui.sync.driver import SyncDriver
from studio_desk.ui.sync.settings_dialog import SyncSettingsDialog
from tests.support.classes import make_class
from tests.support.layout import cut_off
from tests.support.packs import add_product
from tests.support.studio import Studio
from tests.support.ui import press, shown

TODAY = dt.date(2025, 10, 24)
LONG_MESSAGE = (
    "The web platform answered with something the desk cannot read, so nothing was sent: "
    "C:\\Users\\reception\\Documents\\Studio Desk\\receipts\\2025-10-24-receipt-of-a-long-name.pdf"
)

Opener = Callable[[Desk, Studio, Database], DeskDialog]


def paid_booking(db: Database, studio: Studio) -> BookingView:
    booking = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=TODAY, start_time="10:00"
    )
    return services.mark_paid(db, studio.desk, booking.id, method="card", reference="C-1").booking


def pending_booking(db: Database, studio: Studio) -> BookingView:
    return services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=TODAY, start_time="11:00"
    )


def owed_fee(db: Database, studio: Studio) -> services.FeeView:
    """John's fee for canceling two hours before, with the rule at twelve."""
    services.set_cancel_rules(db, studio.admin, studio.yoga, late_cancel_hours=12, late_cancel_cost="fee",
                              late_cancel_fee=100_000, no_show_cost="credit")
    services.cancel_booking(db, studio.desk, pending_booking(db, studio).id, reason="Lupa")
    return services.client_fees(db, studio.desk, studio.john, owed_only=True)[0]


def sold_pack(db: Database, studio: Studio) -> services.PackView:
    """John's pack of 10, paid in cash, that may be frozen once."""
    product = add_product(db, freezes_allowed=1, freeze_days_max=14)
    return services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product, method="cash").pack


def class_with_places(db: Database, studio: Studio) -> int:
    """A class with John's paid place and Jane's unpaid one."""
    made = make_class(db, studio)
    paid = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.john)
    services.mark_paid(db, studio.desk, paid.id, method="cash")
    services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.jane)
    return made.first


def todays_classes(desk: Desk, studio: Studio, db: Database) -> TodayClassesDialog:
    make_class(db, studio, weekday=TODAY.weekday())  # so that there is a class to open
    return TodayClassesDialog(desk)


def quit_action() -> QAction:
    action = QAction("&Quit")
    action.setShortcut(QKeySequence("Ctrl+Q"))
    return action


OPENERS: dict[type[QDialog], Opener] = {
    SignInDialog: lambda desk, studio, db: SignInDialog(desk),
    LanguageDialog: lambda desk, studio, db: LanguageDialog(desk, QSettings()),
    FirstRunDialog: lambda desk, studio, db: FirstRunDialog(desk),
    ConnectionSettingsDialog: lambda desk, studio, db: ConnectionSettingsDialog(desk),
    NewBookingDialog: lambda desk, studio, db: NewBookingDialog(desk, course_id=studio.yoga),
    PaymentDialog: lambda desk, studio, db: PaymentDialog(desk, pending_booking(db, studio)),
    BookingDetailsDialog: lambda desk, studio, db: BookingDetailsDialog(desk, pending_booking(db, studio).id),
    CancelDialog: lambda desk, studio, db: CancelDialog(desk, paid_booking(db, studio)),
    RescheduleDialog: lambda desk, studio, db: RescheduleDialog(desk, paid_booking(db, studio)),
    NoShowDialog: lambda desk, studio, db: NoShowDialog(desk, paid_booking(db, studio)),
    ExportDialog: lambda desk, studio, db: ExportDialog(desk, ExportKind.PAYMENTS),
    CashMovementDialog: lambda desk, studio, db: CashMovementDialog(desk, CashMovement.PAYOUT),
    SyncSettingsDialog: lambda desk, studio, db: SyncSettingsDialog(desk, SyncDriver(desk)),
    AboutDialog: lambda desk, studio, db: AboutDialog(desk),
    ShortcutsDialog: lambda desk, studio, db: ShortcutsDialog(desk, [("File", [quit_action()])]),
    StaffDialog: lambda desk, studio, db: StaffDialog(desk),
    AddPersonDialog: lambda desk, studio, db: AddPersonDialog(desk),
    ResetPinDialog: lambda desk, studio, db: ResetPinDialog(desk, services.list_staff(db)[0]),
    ChangePinDialog: lambda desk, studio, db: ChangePinDialog(desk),
    ClientsDialog: lambda desk, studio, db: ClientsDialog(desk),
    MergeClientsDialog: lambda desk, studio, db: MergeClientsDialog(
        desk, services.get_client(db, studio.john)
    ),
    ImportClientsDialog: lambda desk, studio, db: ImportClientsDialog(desk),
    SellPackDialog: lambda desk, studio, db: SellPackDialog(desk, services.get_client(db, studio.jane)),
    CollectFeeDialog: lambda desk, studio, db: CollectFeeDialog(desk, owed_fee(db, studio)),
    WaiveFeeDialog: lambda desk, studio, db: WaiveFeeDialog(desk, owed_fee(db, studio)),
    FreezeDialog: lambda desk, studio, db: FreezeDialog(desk, sold_pack(db, studio)),
    AdjustDialog: lambda desk, studio, db: AdjustDialog(desk, sold_pack(db, studio)),
    RefundDialog: lambda desk, studio, db: RefundDialog(desk, sold_pack(db, studio)),
    CoachesDialog: lambda desk, studio, db: CoachesDialog(desk),
    CoursesDialog: lambda desk, studio, db: CoursesDialog(desk),
    ProductsDialog: lambda desk, studio, db: ProductsDialog(desk),
    HoursDialog: lambda desk, studio, db: HoursDialog(desk),
    StudioSettingsDialog: lambda desk, studio, db: StudioSettingsDialog(desk),
    RosterDialog: lambda desk, studio, db: RosterDialog(desk, class_with_places(db, studio)),
    WalkInDialog: lambda desk, studio, db: WalkInDialog(
        desk, services.get_occurrence(db, class_with_places(db, studio))
    ),
    FinishClassDialog: lambda desk, studio, db: FinishClassDialog(
        desk, services.class_roster(db, studio.desk, class_with_places(db, studio))
    ),
    RoomsDialog: lambda desk, studio, db: RoomsDialog(desk),
    TimetableDialog: lambda desk, studio, db: TimetableDialog(desk),
    CancelClassDialog: lambda desk, studio, db: CancelClassDialog(desk, make_class(db, studio).first),
    SubstituteCoachDialog: lambda desk, studio, db: SubstituteCoachDialog(desk, make_class(db, studio).first),
    TodayClassesDialog: lambda desk, studio, db: todays_classes(desk, studio, db),
    ReceiptDialog: lambda desk, studio, db: ReceiptDialog(
        desk, services.reprint_receipt(db, studio.desk, paid_booking(db, studio).id)
    ),
}


def dialog_classes() -> set[type[QDialog]]:
    for module in pkgutil.walk_packages(studio_desk.ui.__path__, "studio_desk.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    todo: list[type[QDialog]] = [QDialog]
    while todo:
        for subclass in todo.pop().__subclasses__():
            todo.append(subclass)
            if subclass.__module__.startswith("studio_desk.ui") and subclass is not DeskDialog:
                found.add(subclass)
    return found


def test_the_list_names_every_dialog_and_each_is_a_desk_dialog() -> None:
    assert dialog_classes() == set(OPENERS)
    assert all(issubclass(kind, DeskDialog) for kind in OPENERS)


@pytest.fixture(params=sorted(OPENERS, key=lambda kind: kind.__name__), ids=lambda kind: kind.__name__)
def dialog(
    request: pytest.FixtureRequest, qtbot: QtBot, desk: Desk, studio: Studio, db: Database
) -> DeskDialog:
    opened = OPENERS[request.param](desk, studio, db)
    shown(qtbot, opened)
    return opened


def test_focus_starts_inside_on_something_to_fill_in_or_press(dialog: DeskDialog) -> None:
    focus = dialog.focusWidget()
    assert focus is not None and dialog.isAncestorOf(focus)
    assert focus.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_enter_reaches_the_main_action(qtbot: QtBot, dialog: DeskDialog) -> None:
    main = dialog.main_button
    assert main is not None and main.isVisible() and main.isEnabled()
    with qtbot.waitSignal(main.clicked, timeout=1000):
        press(dialog, Qt.Key.Key_Return)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_every_button_has_its_own_alt_letter(dialog: DeskDialog) -> None:
    letters: dict[str, list[str]] = {}
    missing = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if not labelled and not (isinstance(widget, QAbstractButton) and widget.text()):
            continue
        text = widget.text()
        letter = mnemonic(text)
        if letter is None:
            if isinstance(widget, QAbstractButton):
                missing.append(text)
            continue
        letters.setdefault(letter, []).append(text)
    assert missing == []
    assert {letter: texts for letter, texts in letters.items() if len(texts) > 1} == {}


def test_a_long_message_makes_room_for_itself(qtbot: QtBot, dialog: DeskDialog) -> None:
    for note in dialog.findChildren(InlineError):  # (the language dialog has nothing to refuse)
        note.show_message(LONG_MESSAGE)
    qtbot.wait(10)  # the layout settles
    assert cut_off(type(dialog).__name__, dialog) == []


def test_a_dialog_opens_over_the_middle_of_its_window(qtbot: QtBot, desk: Desk) -> None:
    # Not at the screen's corner with its title bar off screen, as some window managers place it.
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(100, 80, 600, 440)  # inside the (800x600) offscreen screen
    window.show()
    opened = LanguageDialog(desk, QSettings(), window)
    qtbot.addWidget(opened)
    opened.show()
    offset = opened.frameGeometry().center() - window.frameGeometry().center()
    assert abs(offset.x()) < 40 and abs(offset.y()) < 40
