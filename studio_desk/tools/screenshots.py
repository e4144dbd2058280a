"""`studio-desk screenshots DIR`: every screen and dialog of the desk, drawn offscreen with the
data in the database, saved as PNG files for the README and for looking at after a change.

Nothing is written to the database: the pictures show bookings as they are, dialogs are
filled in but never submitted, and the "paid" page is drawn for a booking already paid.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from studio_desk import services
from studio_desk.platform_check import refuse_unloadable_platform
from studio_desk.services import (
    Actor,
    BookingFilter,
    BookingStatus,
    BookingView,
    Database,
    ProductScope,
    StaffRole,
)
from studio_desk.tools.class_screenshots import class_screens
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.bookings.cancel_dialog import CancelDialog
from studio_desk.ui.bookings.new_booking import NewBookingDialog
from studio_desk.ui.bookings.payment_dialog import PaymentDialog
from studio_desk.ui.bookings.receipt import PAPERS, build_receipt
from studio_desk.ui.bookings.receipt_dialog import ReceiptDialog
from studio_desk.ui.bookings.reschedule_dialog import RescheduleDialog
from studio_desk.ui.catalog.coaches_dialog import CoachesDialog
from studio_desk.ui.catalog.courses_dialog import CoursesDialog
from studio_desk.ui.clients.clients_dialog import ClientsDialog
from studio_desk.ui.hours.hours_dialog import HoursDialog
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.language import DEFAULT_LANGUAGE, install_language
from studio_desk.ui.kit.prompts import Prompts
from studio_desk.ui.kit.tasks import TaskRunner
from studio_desk.ui.main_window import CALENDAR_TAB, LIST_TAB, QUEUE_TAB, MainWindow
from studio_desk.ui.packs.products_dialog import ProductsDialog
from studio_desk.ui.reports.export_dialog import ExportDialog, ExportKind
from studio_desk.ui.setup.first_run import FirstRunDialog
from studio_desk.ui.setup.sign_in import SignInDialog
from studio_desk.ui.setup.studio_settings_dialog import StudioSettingsDialog
from studio_desk.ui.staff.staff_screen import StaffDialog
from studio_desk.ui.sync.settings_dialog import PROBLEMS_TAB, SETTINGS_TAB, SyncSettingsDialog

WINDOW_SIZE = (1280, 800)


class _QuietPrompts(Prompts):
    """No message box may wait for a click in a picture run."""

    def error(self, parent: QWidget | None, text: str) -> None:
        pass

    def info(self, parent: QWidget | None, text: str) -> None:
        pass

    def confirm(self, parent: QWidget | None, text: str, *, default: bool = True) -> bool:
        return False


ShownHook = Callable[[str, QWidget], None]


def render_screenshots(
    db: Database, directory: Path, *, language: str = DEFAULT_LANGUAGE, on_shown: ShownHook | None = None
) -> list[Path]:
    """Draw every screen in `language`; returns the files written, in the order a receptionist
    meets them. `on_shown(name, widget)` sees each screen as it is drawn (tests look for text
    that does not fit)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if app is None:
        refuse_unloadable_platform()  # only when QT_QPA_PLATFORM=xcb was asked for
        app = QApplication([])
    install_language(language)
    directory.mkdir(parents=True, exist_ok=True)
    desk = Desk(db, TaskRunner(synchronous=True), _QuietPrompts())
    people = services.list_staff(db)
    desk.set_actor(_first(people, StaffRole.RECEPTIONIST) or _first(people, StaffRole.ADMIN))
    written: list[Path] = []

    def save(name: str, widget: QWidget) -> None:
        widget.show()
        app.processEvents()
        if on_shown is not None:
            on_shown(name, widget)
        path = directory / f"{len(written) + 1:02d}-{name}.png"
        if not widget.grab().save(str(path)):  # Qt says no more than that
            raise OSError(f"{path.name} could not be written")
        written.append(path)

    with tempfile.TemporaryDirectory() as scratch:
        # Remembered window state must neither come from nor go to the person's own settings.
        settings = QSettings(str(Path(scratch) / "desk.ini"), QSettings.Format.IniFormat)
        window = MainWindow(desk, settings, expire_holds=False)  # draws, changes nothing
        window.resize(*WINDOW_SIZE)
        window.tabs.setCurrentIndex(CALENDAR_TAB)
        save("calendar-day", window)
        coach = _busiest_coach(db, desk.today())
        if coach is not None:
            window.calendar.show_week_of(coach)
            save("calendar-week", window)
            window.calendar.view_combo.setCurrentIndex(0)
        window.tabs.setCurrentIndex(LIST_TAB)
        save("booking-list", window)
        coach_actor = next((p for p in people if p.role is StaffRole.COACH and p.coach_id == coach), None)
        if coach_actor is not None:
            desk.set_actor(_actor(coach_actor))
            window.tabs.setCurrentIndex(QUEUE_TAB)
            save("coach-queue", window)
            desk.set_actor(_first(people, StaffRole.RECEPTIONIST) or _first(people, StaffRole.ADMIN))
        window.tabs.setCurrentIndex(CALENDAR_TAB)

        for name, make in _dialogs(db, desk, window).items():
            dialog = make()
            if dialog is not None:
                save(name, dialog)
                dialog.close()

        desk.set_online(False, "The database is busy or cannot be reached right now.")
        save("offline", window)
        desk.set_online(True, "")

        # After the rest, so that the older pictures keep their numbers.
        for tab, name in ((SETTINGS_TAB, "sync-settings"), (PROBLEMS_TAB, "sync-needs-a-person")):
            sync_dialog = SyncSettingsDialog(desk, window.sync_driver, window)
            sync_dialog.tabs.setCurrentIndex(tab)
            save(name, sync_dialog)
            sync_dialog.close()
        _owner_reports(desk, window, save, admin=_first(people, StaffRole.ADMIN))
        _studio_settings_and_receipt(db, desk, window, save)
        _hours(db, desk, window, save)
        _clients(db, desk, window, save)
        _catalog_screens(desk, window, people, save)
        _products(desk, window, people, save)
        _pack_reports(window, save)
        _client_packs_and_fees(db, desk, window, people, save)
        _booking_with_a_pack(db, desk, window, save)
        class_screens(db, desk, window, _first(people, StaffRole.ADMIN), save)
        _staff_and_lock(desk, window, people, save)  # last: the lock screen stays till the end
        window.close()
    return written


def _clients(db: Database, desk: Desk, window: MainWindow, save: Callable[[str, QWidget], None]) -> None:
    """The Clients screen as an admin sees it (merge and import shown), on a client who has
    bookings and payments."""
    signed_in = desk.actor
    desk.set_actor(_first(services.list_staff(db), StaffRole.ADMIN) or signed_in)
    paid = _a_booking(db, BookingStatus.PAID, desk.today())
    dialog = ClientsDialog(desk, window)
    dialog.show()  # reads the list
    rows = range(dialog.clients.count())
    listed = [dialog.clients.item(row).data(Qt.ItemDataRole.UserRole).id for row in rows]
    if paid is not None and paid.client_id in listed:
        dialog.clients.setCurrentRow(listed.index(paid.client_id))
    save("clients", dialog)
    dialog.close()
    desk.set_actor(signed_in)


def _owner_reports(
    desk: Desk, window: MainWindow, save: Callable[[str, QWidget], None], *, admin: Actor | None
) -> None:
    """The end-of-day screens: today's takings with its closings and the till counted (never
    closed: a picture run writes nothing), as the front desk sees them; the coach report and the
    payments export, as the admin does (they are not the front desk's)."""
    window.show_takings()
    takings = window.reports.takings
    if takings.cash_up is not None:
        takings.counted.setText(formats.amount(takings.cash_up.expected_cash, desk.settings.currency))
    save("day-takings", window)
    receptionist = desk.actor
    if admin is not None:
        desk.set_actor(admin)
    window.show_coach_report()
    save("coach-report", window)
    window.tabs.setCurrentIndex(CALENDAR_TAB)
    export = ExportDialog(desk, ExportKind.PAYMENTS, window)
    save("export-payments", export)
    export.close()
    desk.set_actor(receptionist)


def _pack_reports(window: MainWindow, save: Callable[[str, QWidget], None]) -> None:
    """What the studio still owes of the packs and memberships it sold, as the front desk sees it
    (the demo sells none yet: the report then says it owes nothing)."""
    window.show_packs()
    save("packs-not-yet-used", window)
    window.tabs.setCurrentIndex(CALENDAR_TAB)


def _catalog_screens(
    desk: Desk, window: MainWindow, people: list[services.StaffView], save: Callable[[str, QWidget], None]
) -> None:
    """The admin's Coaches and Courses screens, each with its first entry open."""
    admin = _first(people, StaffRole.ADMIN)
    if admin is None:
        return
    signed_in = desk.actor
    desk.set_actor(admin)
    for name, dialog in (("coaches", CoachesDialog(desk, window)), ("courses", CoursesDialog(desk, window))):
        dialog.show()
        entries = dialog.coach_list if isinstance(dialog, CoachesDialog) else dialog.course_list
        entries.setCurrentRow(0)
        save(name, dialog)
        dialog.close()
    desk.set_actor(signed_in)


def _products(
    desk: Desk, window: MainWindow, people: list[services.StaffView], save: Callable[[str, QWidget], None]
) -> None:
    """The admin's Products screen (the demo has a pack, a membership and a pack of two courses),
    with a product for the courses ticked open, when there is one."""
    admin = _first(people, StaffRole.ADMIN)
    if admin is None:
        return
    signed_in = desk.actor
    desk.set_actor(admin)
    dialog = ProductsDialog(desk, window)
    dialog.show()  # reads the list
    ticked = [index for index, product in enumerate(dialog.products) if product.scope is ProductScope.COURSES]
    chosen = dialog.product_list.topLevelItem(ticked[0] if ticked else 0)
    if chosen is not None:
        dialog.product_list.setCurrentItem(chosen)
    save("products", dialog)
    dialog.close()
    desk.set_actor(signed_in)


def _client_packs_and_fees(
    db: Database, desk: Desk, window: MainWindow, people: list[services.StaffView],
    save: Callable[[str, QWidget], None],
) -> None:
    """The Clients screen on a client with packs and a fee owed (the demo's member who did not
    show), as an admin sees it: Collect and Waive both shown. Nothing is made for the picture:
    a studio without such a client gets the one with the most packs, or no picture."""
    admin = _first(people, StaffRole.ADMIN)
    if admin is None:
        return
    chosen = _client_with_packs_and_fees(db, admin)
    if chosen is None:
        return
    signed_in = desk.actor
    desk.set_actor(admin)
    dialog = ClientsDialog(desk, window)
    dialog.show()  # reads the list
    rows = range(dialog.clients.count())
    listed = [dialog.clients.item(row).data(Qt.ItemDataRole.UserRole).id for row in rows]
    if chosen.id in listed:
        dialog.clients.setCurrentRow(listed.index(chosen.id))
    else:  # beyond the first page of the list: found by name
        dialog.search.setText(chosen.name)
    save("client-packs-and-fees", dialog)
    dialog.close()
    desk.set_actor(signed_in)


def _client_with_packs_and_fees(db: Database, actor: Actor) -> services.ClientView | None:
    """The client with a fee owed and the most packs; without fees owed, the one with most packs."""
    best: tuple[bool, int] = (False, 0)
    chosen = None
    for client in services.list_clients(db):
        packs = len(services.client_packs(db, actor, client.id))
        owes = bool(services.client_fees(db, actor, client.id, owed_only=True))
        if (owes or packs) and (owes, packs) > best:
            best, chosen = (owes, packs), client
    return chosen


def _booking_with_a_pack(
    db: Database, desk: Desk, window: MainWindow, save: Callable[[str, QWidget], None]
) -> None:
    """New booking for a client with a pack that pays for the session (the demo's regular, on a
    Yoga time to come): the pack offered and chosen. Then that pack's receipt, as it opens once
    sold. A studio without such a pack gets neither picture."""
    found = _session_a_pack_pays_for(db, desk)
    if found is None:
        return
    client, course, slot, pack = found
    dialog = NewBookingDialog(desk, window, course_id=course, date=slot.start_at.date(), start=slot.start_at)
    dialog.pick_client(client)
    save("new-booking-pack", dialog)
    dialog.close()
    actor = desk.actor
    try:
        sheet = None if actor is None else services.reprint_pack_receipt(db, actor, pack)
    except services.ValidationError:  # a free pack: no receipt to draw
        sheet = None
    if sheet is not None:
        receipt = ReceiptDialog(desk, dataclasses.replace(sheet, copy=False), window)
        save("receipt-pack-sale", receipt)
        receipt.close()


def _session_a_pack_pays_for(
    db: Database, desk: Desk
) -> tuple[services.ClientView, int, services.FreeSlot, int] | None:
    """The first client (one who owes no fee, if any), course and free time of the coming week
    that one of the client's packs pays for, with that pack; None when there is none."""
    actor = desk.actor
    if actor is None:
        return None
    owners = [client for client in services.list_clients(db) if services.client_packs(db, actor, client.id)]
    # A client who owes nothing first: the picture is about the pack, not a fee's warning.
    owners.sort(key=lambda client: bool(services.client_fees(db, actor, client.id, owed_only=True)))
    courses = services.list_courses(db)
    for client in owners:
        for day in (desk.today() + dt.timedelta(days=extra) for extra in range(1, 8)):
            for course in courses:
                slot = next(iter(services.free_start_times(db, course.id, day)), None)
                if slot is None:
                    continue
                start = slot.start_at.time()  # keeps the fold of a repeated hour
                choices = services.usable_packs(
                    db, actor, client_id=client.id, course_id=course.id, date=day, start_time=start
                )
                usable = next((choice for choice in choices if choice.usable), None)
                if usable is not None:
                    return client, course.id, slot, usable.pack.id
    return None


def _hours(db: Database, desk: Desk, window: MainWindow, save: Callable[[str, QWidget], None]) -> None:
    """The Hours screen, on a coach with time off when there is one (the demo's has)."""
    dialog = HoursDialog(desk, window)
    with_time_off = next(
        (index for index in range(dialog.coach.count())
         if services.hours_exceptions(db, dialog.coach.itemData(index), desk.today())),
        0,
    )
    dialog.coach.setCurrentIndex(with_time_off)
    save("hours", dialog)
    dialog.close()


def _studio_settings_and_receipt(
    db: Database, desk: Desk, window: MainWindow, save: Callable[[str, QWidget], None]
) -> None:
    """The studio settings (as an admin sees them) and a paid booking's receipt on an 80 mm roll."""
    admin = next((p for p in services.list_staff(db) if p.role is StaffRole.ADMIN), None)
    if admin is not None:
        desk.set_actor(_actor(admin))
        settings = StudioSettingsDialog(desk, window)
        save("studio-settings", settings)
        settings.close()
        desk.set_actor(_first(services.list_staff(db), StaffRole.RECEPTIONIST) or _actor(admin))
    paid = _a_booking(db, BookingStatus.PAID, desk.today())
    if paid is None or desk.actor is None:
        return
    sheet = dataclasses.replace(services.reprint_receipt(db, desk.actor, paid.id), paper="80mm", copy=False)
    receipt = QTextBrowser()
    receipt.setDocument(build_receipt(sheet))
    receipt.resize(int(PAPERS["80mm"].text_width) + 40, 760)
    save("receipt-80mm", receipt)
    receipt.close()


def _dialogs(db: Database, desk: Desk, window: MainWindow) -> dict[str, Callable[[], QWidget | None]]:
    today = desk.today()
    pending = _a_booking(db, BookingStatus.PENDING, today)
    paid = _a_booking(db, BookingStatus.PAID, today)

    def new_booking() -> QWidget:
        courses = services.list_courses(db)
        dialog = NewBookingDialog(
            desk, window, course_id=courses[0].id if courses else None, date=today + dt.timedelta(days=1)
        )
        clients = services.find_clients(db, "a", limit=1)
        if clients:
            dialog.pick_client(clients[0])
        return dialog

    def payment() -> QWidget | None:
        if pending is None:
            return None
        dialog = PaymentDialog(desk, pending, window)
        dialog.cash_given.setText(formats.amount(_round_up(pending.price), desk.settings.currency))
        return dialog

    def payment_done() -> QWidget | None:
        if paid is None:
            return None
        dialog = PaymentDialog(desk, paid, window)
        dialog.show_paid(services.booking_details(db, paid.id).receipt)
        return dialog

    def details() -> QWidget | None:
        return None if paid is None else BookingDetailsDialog(desk, paid.id, window)

    def cancel() -> QWidget | None:
        if paid is None:
            return None
        dialog = CancelDialog(desk, paid, window)
        dialog.reason.setText("Client is ill")
        return dialog

    def reschedule() -> QWidget | None:
        return None if pending is None else RescheduleDialog(desk, pending, window)

    def sign_in() -> QWidget:
        dialog = SignInDialog(desk, window)
        dialog.pin.setText("1234")
        return dialog

    def welcome() -> QWidget:
        return FirstRunDialog(desk, window)

    def setup() -> QWidget:
        dialog = FirstRunDialog(desk, window)
        dialog.show_page(1)
        return dialog

    return {
        "new-booking": new_booking, "payment": payment, "payment-done": payment_done,
        "booking-details": details, "cancel": cancel, "reschedule": reschedule,
        "sign-in": sign_in, "welcome": welcome, "set-up-studio": setup,
    }


def _staff_and_lock(
    desk: Desk, window: MainWindow, people: list[services.StaffView], save: Callable[[str, QWidget], None]
) -> None:
    """The Staff screen as an admin sees it, then the lock screen over the window."""
    admin = _first(people, StaffRole.ADMIN)
    if admin is None:
        return
    desk.set_actor(admin)
    staff = StaffDialog(desk, window)
    save("staff", staff)
    staff.close()
    window.idle_lock.lock()
    save("lock-screen", window)


def _first(people: list[services.StaffView], role: StaffRole) -> Actor | None:
    found = next((person for person in people if person.role is role and person.active), None)
    return None if found is None else _actor(found)


def _actor(person: services.StaffView) -> Actor:
    # The picture run is trusted as `studio-desk demo` is: whoever runs it holds the database.
    return Actor(person.id, person.name, person.role, person.coach_id)


def _a_booking(db: Database, status: BookingStatus, today: dt.date) -> BookingView | None:
    page = services.list_bookings(
        db, BookingFilter(statuses=frozenset({status}), date_from=today), limit=1
    )
    return page.rows[0] if page.rows else None


def _busiest_coach(db: Database, today: dt.date) -> int | None:
    page = services.list_bookings(db, BookingFilter(date_from=today, date_to=today), limit=200)
    counts: dict[int, int] = {}
    for booking in page.rows:
        counts[booking.coach_id] = counts.get(booking.coach_id, 0) + 1
    if counts:
        return max(counts, key=lambda coach: counts[coach])
    coaches = services.list_coaches(db)
    return coaches[0].id if coaches else None


def _round_up(price: int) -> int:
    """Cash a client would plausibly hand over: the next 50.000 up."""
    step = 50_000
    return (price // step + 1) * step
