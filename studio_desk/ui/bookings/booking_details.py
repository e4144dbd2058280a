"""One booking in full: who, what, when, its history and money, and the actions allowed now."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import (
    Actor,
    BookingAction,
    BookingDetails,
    BookingOrigin,
    BookingStatus,
    BookingView,
    Change,
    ChangeKind,
    ChangeSource,
    Database,
    PaymentView,
    StatusChangeView,
    SyncState,
)
from studio_desk.ui.bookings.booking_packs import (
    ClientPacksNote,
    PackFacts,
    pack_payment_text,
    paid_with_text,
    read_pack_facts,
)
from studio_desk.ui.bookings.cancel_dialog import CancelDialog
from studio_desk.ui.bookings.no_show_dialog import NoShowDialog
from studio_desk.ui.bookings.receipt_dialog import ReceiptDialog
from studio_desk.ui.bookings.reschedule_dialog import RescheduleDialog
from studio_desk.ui.kit import formats, style
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.labels import action_label, method_label, status_label
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.messages import service_words
from studio_desk.ui.sync.problem_box import SyncProblemBox

# The order the buttons always appear in, whichever of them are allowed: the next step of the
# booking first, the ones that undo or move it after.
ACTION_ORDER = (
    BookingAction.PAY,
    BookingAction.CONFIRM,
    BookingAction.COMPLETE,
    BookingAction.NO_SHOW,
    BookingAction.RESCHEDULE,
    BookingAction.CANCEL,
)

FORWARD_ACTIONS = (BookingAction.PAY, BookingAction.CONFIRM, BookingAction.COMPLETE)

REFUND_COLOUR = "#7a1f1f"

# Words are functions, not tables: they are looked up in the desk's language when shown.


def origin_label(origin: str) -> str:
    """Where the booking was made: "Front desk" or "Web booking"."""
    labels = {
        "desk": QCoreApplication.translate("booking_details", "Front desk"),
        "web": QCoreApplication.translate("booking_details", "Web booking"),
    }
    return labels.get(origin, origin)


def history_action(action: BookingAction) -> str:
    """What each kind of history line is called; the statuses themselves come from labels."""
    return {
        BookingAction.CREATE: QCoreApplication.translate("booking_details", "Booked"),
        BookingAction.PAY: QCoreApplication.translate("booking_details", "Paid"),
        BookingAction.CONFIRM: QCoreApplication.translate("booking_details", "Confirmed"),
        BookingAction.COMPLETE: QCoreApplication.translate("booking_details", "Marked done"),
        BookingAction.CANCEL: QCoreApplication.translate("booking_details", "Canceled"),
        BookingAction.EXPIRE: QCoreApplication.translate("booking_details", "Hold expired"),
        BookingAction.RESCHEDULE: QCoreApplication.translate("booking_details", "Moved"),
    }[action]


def history_columns() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("booking_details", "When"),
        QCoreApplication.translate("booking_details", "Who"),
        QCoreApplication.translate("booking_details", "What"),
        QCoreApplication.translate("booking_details", "Why"),
    )


def payment_columns() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("booking_details", "When"),
        QCoreApplication.translate("booking_details", "Kind"),
        QCoreApplication.translate("booking_details", "Amount"),
        QCoreApplication.translate("booking_details", "Method"),
        QCoreApplication.translate("booking_details", "Reference"),
        QCoreApplication.translate("booking_details", "Taken by"),
    )


def when_text(booking: BookingView) -> str:
    """`Fri 24 Oct 2025, 10:00–11:00`."""
    start, end = booking.start_at, booking.end_at
    return f"{formats.weekday_date(start.date())}, {formats.time(start)}–{formats.time(end)}"


def web_text(booking: BookingView) -> str:
    """Where the booking stands with the web platform, for the header; empty when nowhere."""
    parts = []
    if booking.origin is BookingOrigin.WEB:
        parts.append(QCoreApplication.translate("booking_details", "Booked online"))
    if booking.sync_state is SyncState.LINKED:
        if booking.remote_id is not None:
            linked = QCoreApplication.translate("booking_details", "On the web platform (#{number})")
            parts.append(linked.format(number=booking.remote_id))
        else:
            parts.append(QCoreApplication.translate("booking_details", "On the web platform"))
    elif booking.sync_state is SyncState.QUEUED:
        parts.append(QCoreApplication.translate("booking_details", "Waiting to be sent to the web platform"))
    return " · ".join(parts)


def status_chip(label: QLabel, status: BookingStatus) -> None:
    """Show `status` on `label` in the colours every screen uses for it."""
    label.setText(status_label(status))
    label.setStyleSheet(
        f"background: {style.status_fill(status).name()}; color: {style.status_text(status).name()};"
        "border-radius: 4px; padding: 2px 8px; font-weight: 600;"
    )


def run_coach_action(
    desk: Desk,
    parent: QWidget | None,
    booking: BookingView,
    action: BookingAction,
    on_failed: Callable[[str], None],
    on_done: Callable[[BookingView], None] = lambda _booking: None,
) -> bool:
    """Confirm or mark done `booking`; False when the person changed their mind.

    Confirm runs at once: a coach confirms several in a row, and a confirmed booking can still
    be canceled. Mark done asks first, because it is final and counts in the coach's report.
    (A no-show has a dialog of its own, NoShowDialog, which shows what the rules charge.)
    """
    booking_id = booking.id
    if action is BookingAction.CONFIRM:
        desk.act(
            lambda db, actor: services.confirm_booking(db, actor, booking_id), on_done, on_failed
        )
        return True
    if action is BookingAction.COMPLETE:
        question = QCoreApplication.translate(
            "booking_details", "Mark {client}'s {course} at {time} as done? This cannot be undone."
        ).format(client=booking.client_name, course=booking.course_title, time=formats.time(booking.start_at))
        if not desk.prompts.confirm(parent, question):
            return False
        desk.act(
            lambda db, actor: services.complete_booking(db, actor, booking_id), on_done, on_failed
        )
        return True
    raise ValueError(f"{action} is not a coach's action")


def _read_only_table(columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeRowsToContents()


def history_row(change: StatusChangeView) -> tuple[str, str, str, str]:
    to_status = status_label(change.to_status)
    if change.from_status is None:
        what = f"{history_action(change.action)}: {to_status}"
    elif change.from_status == change.to_status:
        still = QCoreApplication.translate("booking_details", "{action} (still {status})")
        what = still.format(action=history_action(change.action), status=to_status.lower())
    else:
        what = f"{status_label(change.from_status)} → {to_status}"
    # Who did it: a person's name, or "Web" / "System" in the desk's language.
    actor = change.actor if change.source is ChangeSource.DESK else service_words(change.actor)
    return (formats.date_time(change.at), actor, what, service_words(change.reason) if change.reason else "")


class BookingDetailsDialog(DeskDialog):
    """Opened from the calendar, the list or the coach queue; reloads itself after any change."""

    pay_requested = Signal(object)  # BookingView: the main window opens the payment dialog

    def __init__(self, desk: Desk, booking_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.booking_id = booking_id
        self.details: BookingDetails | None = None
        self.action_buttons: dict[BookingAction, QPushButton] = {}
        self.cancel_dialog: CancelDialog | None = None
        self.no_show_dialog: NoShowDialog | None = None
        self.reschedule_dialog: RescheduleDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Booking {number}").format(number=booking_id))
        self.resize(760, 620)
        self._build()
        # Closed, it reads nothing; opened again, it catches up first.
        self.live = LiveView(self, desk, self._load, self._concerns)
        desk.actor_changed.connect(self._actor_changed)
        self.reload()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.web = QLabel()
        self.web.setStyleSheet(
            "background: #e8eefc; color: #1f3a7a; border-radius: 4px; padding: 2px 8px; font-weight: 600;"
        )
        self.web.hide()
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addStretch()
        heading_row.addWidget(self.web)
        self.client = QLabel()
        self.course = QLabel()
        self.coach = QLabel()
        self.when = QLabel()
        self.status = QLabel()
        self.price = QLabel()
        self.paid = QLabel()
        self.origin = QLabel()
        for label in (self.client, self.course, self.coach, self.when, self.price, self.paid, self.origin):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch()
        # The client's open packs and owed fees: a row shown only when there is one.
        self.client_packs = ClientPacksNote(self.desk)
        facts = self.facts = QFormLayout()
        facts.addRow(self.tr("Client:"), self.client)
        facts.addRow(self.tr("Course:"), self.course)
        facts.addRow(self.tr("Coach:"), self.coach)
        facts.addRow(self.tr("When:"), self.when)
        facts.addRow(self.tr("Status:"), status_row)
        facts.addRow(self.tr("Price:"), self.price)
        facts.addRow(self.tr("Paid:"), self.paid)
        facts.addRow(self.tr("Booked at:"), self.origin)
        facts.addRow(self.tr("Packs:"), self.client_packs)
        facts.setRowVisible(self.client_packs, False)

        self.history = _read_only_table(history_columns())
        self.payments = _read_only_table(payment_columns())
        self.no_payments = QLabel(self.tr("No payments yet."))
        self.no_payments.setStyleSheet("color: #555;")
        self.pack_payment = QLabel()  # a booking paid with a pack: which, and what it has left
        self.pack_payment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pack_payment.hide()
        self.message = InlineError()
        self.sync_problem = SyncProblemBox(self.desk, self._show_error)

        self.actions_row = QHBoxLayout()
        self.close_button = self.make_close_button()
        # A paid booking's receipt, printed again (marked COPY); shown only where it has one.
        self.reprint_button = QPushButton(self.tr("Print rece&ipt again…"))
        self.reprint_button.clicked.connect(self.reprint_receipt)
        self.reprint_button.hide()
        bottom = QHBoxLayout()
        bottom.addLayout(self.actions_row)
        bottom.addStretch()
        bottom.addWidget(self.reprint_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(self.sync_problem)
        layout.addLayout(facts)
        layout.addWidget(_section(self.tr("History")))
        layout.addWidget(self.history, 3)
        layout.addWidget(_section(self.tr("Payments and refunds")))
        layout.addWidget(self.no_payments)
        layout.addWidget(self.pack_payment)
        layout.addWidget(self.payments, 2)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

    # Loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.live.refresh()

    def _concerns(self, change: Change) -> bool:
        kinds = (ChangeKind.BOOKINGS, ChangeKind.PAYMENTS, ChangeKind.SYNC, ChangeKind.PACKS)
        return change.concerns(kinds=kinds, booking_id=self.booking_id)

    def _load(self) -> None:
        booking_id, actor = self.booking_id, self.desk.actor
        self.live.read(
            lambda db: _details_and_packs(db, actor, booking_id), self._show_answer, self._show_error
        )

    def _show_answer(self, answer: tuple[BookingDetails, PackFacts]) -> None:
        details, facts = answer
        self.client_packs.show_facts(facts)
        self._show(details)

    @property
    def booking(self) -> BookingView | None:
        return self.details.booking if self.details else None

    def _show(self, details: BookingDetails) -> None:
        self.details = details
        self._busy = False
        self.message.hide()
        booking = details.booking
        self.heading.setText(f"{booking.client_name} · {booking.course_title}")
        self.web.setText(web_text(booking))
        self.web.setVisible(bool(self.web.text()))
        self.sync_problem.show_booking(booking)
        phone = f" · {self.desk.phone(booking.client_phone)}" if booking.client_phone else ""
        self.client.setText(f"{booking.client_name}{phone}")
        course = self.tr("{course} ({minutes} min)")
        self.course.setText(course.format(course=booking.course_title, minutes=booking.duration_minutes))
        self.coach.setText(booking.coach_name)
        self.when.setText(when_text(booking))
        status_chip(self.status, booking.status)
        if booking.no_show:
            self.status.setText(self.tr("{status} · no-show").format(status=self.status.text()))
        self.price.setText(self.desk.money(booking.price))
        if booking.paid_with_pack is None:
            self.paid.setText(self.desk.money(booking.paid_total))
        else:
            self.paid.setText(paid_with_text(booking.paid_with_pack))
        self.origin.setText(origin_label(booking.origin))
        _fill(self.history, [history_row(change) for change in details.history])
        self._show_payments(details.payments)
        self._rebuild_actions()

    def _show_payments(self, payments: Sequence[PaymentView]) -> None:
        _fill(self.payments, [self._payment_row(payment) for payment in payments])
        for row, payment in enumerate(payments):
            if payment.is_refund:  # money going out reads differently from money coming in
                for column in range(self.payments.columnCount()):
                    cell = self.payments.item(row, column)
                    if cell is not None:
                        cell.setForeground(QColor(REFUND_COLOUR))
        self.payments.setVisible(bool(payments))
        with_pack = self.booking is not None and self.booking.paid_with_pack is not None
        self.no_payments.setVisible(not payments and not with_pack)
        self.pack_payment.setVisible(with_pack)
        self._show_pack_facts()

    def _show_pack_facts(self) -> None:
        """The client's packs as read with the booking: the "Packs:" row, and the paying pack's balance."""
        self.facts.setRowVisible(self.client_packs, self.client_packs.has_facts())
        booking = self.booking
        if booking is not None and booking.paid_with_pack is not None:
            pack = self.client_packs.pack(booking.paid_with_pack)
            self.pack_payment.setText(pack_payment_text(booking.paid_with_pack, pack))

    def _payment_row(self, payment: PaymentView) -> tuple[str, ...]:
        return (
            formats.date_time(payment.taken_at),
            self.tr("Refund") if payment.is_refund else self.tr("Payment"),
            self.desk.money(payment.amount),
            # A refund by a method that did not take the money says the admin's reason with it.
            self.tr("{method}, because: {reason}").format(
                method=method_label(payment.method), reason=payment.method_reason
            )
            if payment.method_reason
            else method_label(payment.method),
            payment.reference or "",
            payment.taken_by or "",
        )

    def _show_error(self, text: str) -> None:
        self._busy = False
        self.message.show_message(text)
        self._rebuild_actions()

    # Actions ------------------------------------------------------------------------------

    def _actor_changed(self, _actor: object) -> None:
        self.message.hide()
        self._rebuild_actions()
        self.reload()  # the client's packs are read for whoever is signed in

    def _rebuild_actions(self) -> None:
        for button in self.action_buttons.values():
            self.actions_row.removeWidget(button)
            button.setParent(None)  # gone from the screen now, not at the next event loop turn
            button.deleteLater()
        self.action_buttons = {}
        booking = self.booking
        if booking is None:
            return
        allowed = self.desk.allowed_actions(booking)
        self.reprint_button.setVisible(
            self.details is not None and self.details.has_receipt and services.is_desk(self.desk.actor)
        )
        for action in ACTION_ORDER:
            if action in allowed:
                button = QPushButton(action_label(action))
                button.setEnabled(not self._busy)
                button.clicked.connect(lambda _=False, chosen=action: self.run_action(chosen))
                self.actions_row.addWidget(button)
                self.action_buttons[action] = button
        # Enter takes the booking's next step; it never cancels or moves it by accident.
        forward = [self.action_buttons[a] for a in FORWARD_ACTIONS if a in self.action_buttons]
        main = forward[0] if forward else self.close_button
        self.set_main_button(main)
        self.set_first_field(main)
        if self.isVisible() and not isinstance(self.focusWidget(), QPushButton):
            main.setFocus()

    def run_action(self, action: BookingAction) -> None:
        """What the button of `action` does (tests call this as a person clicks)."""
        booking = self.booking
        if booking is None or action not in self.action_buttons:
            return
        self.message.hide()
        if action is BookingAction.PAY:
            self.pay_requested.emit(booking)
        elif action is BookingAction.CANCEL:
            if self.cancel_dialog is not None:
                self.cancel_dialog.deleteLater()
            self.cancel_dialog = CancelDialog(self.desk, booking, self)
            self.cancel_dialog.open()
        elif action is BookingAction.NO_SHOW:
            if self.no_show_dialog is not None:
                self.no_show_dialog.deleteLater()
            self.no_show_dialog = NoShowDialog(self.desk, booking, self)
            self.no_show_dialog.open()
        elif action is BookingAction.RESCHEDULE:
            if self.reschedule_dialog is not None:
                self.reschedule_dialog.deleteLater()
            self.reschedule_dialog = RescheduleDialog(self.desk, booking, self)
            self.reschedule_dialog.open()
        else:
            # Until the reload (or the error) arrives, a second click would only earn a
            # "not paid" error; both of those turn the buttons back on.
            self._set_busy(True)
            if not run_coach_action(self.desk, self, booking, action, self._show_error):
                self._set_busy(False)

    def reprint_receipt(self) -> None:
        """Ask the services for the booking's receipt as a copy and show it to print or save."""
        actor, booking_id = self.desk.actor, self.booking_id
        if actor is None:
            return
        self.message.hide()
        self.desk.read(
            lambda db: services.reprint_receipt(db, actor, booking_id), self._show_receipt, self._show_error,
            owner=self,
        )

    def _show_receipt(self, sheet: services.ReceiptSheet) -> None:
        if self.receipt_dialog is not None:
            self.receipt_dialog.deleteLater()
        self.receipt_dialog = ReceiptDialog(self.desk, sheet, self)
        self.receipt_dialog.open()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in self.action_buttons.values():
            button.setEnabled(not busy)



def _details_and_packs(
    db: Database, actor: Actor | None, booking_id: int
) -> tuple[BookingDetails, PackFacts]:
    """The booking and its client's packs and owed fees, in one read: shown together, never
    one before the other."""
    details = services.booking_details(db, booking_id)
    return details, read_pack_facts(db, actor, details.booking.client_id)


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setStyleSheet("font-weight: 600; margin-top: 8px;")
    return label
