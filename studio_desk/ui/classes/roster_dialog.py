"""The check-in roster of one class: who has a place and what to know about each, checking them
in with one key, walk-ins, the waitlist (RosterWaitlist), telling clients moved up from it
(PromotionsList), and finishing the class once it is over (FinishClassDialog).

Made for the front desk at the door: focus starts in the places; Up and Down (or typing the
start of a name) choose a client, and Space or Enter checks them in. A place not paid yet is
paid first, in the same key press: with the client's pack when one can pay for it, else the
payment dialog opens and the check-in follows its success. Ctrl+Z takes a check-in back.

What is allowed is the services' decision (`class_roster`, `check_in`, ...); their refusal shows
inside the roster. It reads again when classes, bookings, payments or packs change, here or at
another desk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import (
    ACTIVE_STATUSES,
    Actor,
    BookingStatus,
    BookingView,
    Change,
    ChangeKind,
    CheckInAll,
    Database,
    FinishedClass,
    OccurrenceStatus,
    RosterPlace,
    RosterView,
    WaitingClient,
)
from studio_desk.ui.bookings.booking_details import BookingDetailsDialog
from studio_desk.ui.bookings.payment_dialog import PaymentDialog
from studio_desk.ui.classes.promotions_panel import PromotionsList
from studio_desk.ui.classes.roster_finish import FinishClassDialog
from studio_desk.ui.classes.roster_places_model import Column, RosterPlacesModel
from studio_desk.ui.classes.roster_waitlist import RosterWaitlist
from studio_desk.ui.classes.roster_walk_in import WalkInDialog
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import ENTER_KEYS, DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView

ROSTER_KINDS = (ChangeKind.CLASSES, ChangeKind.BOOKINGS, ChangeKind.PAYMENTS, ChangeKind.PACKS)
ROSTER_CHANGED = Change.of_kinds(ChangeKind.CLASSES, ChangeKind.BOOKINGS, ChangeKind.PAYMENTS)
PAID_AND_IN = Change.of_kinds(ChangeKind.CLASSES, ChangeKind.BOOKINGS, ChangeKind.PAYMENTS, ChangeKind.PACKS)
NOTE_STYLE = "color: #1d4d24;"


def paid_with_pack_and_in(booking_id: int) -> Callable[[Database, Actor], tuple[BookingView, RosterView]]:
    """Pay a pending place with the client's usable pack, then check it in (two steps: a
    check-in refused after the pack paid leaves the place paid, as the person asked)."""

    def work(db: Database, actor: Actor) -> tuple[BookingView, RosterView]:
        paid = services.pay_with_pack(db, actor, booking_id)
        return paid, services.check_in(db, actor, booking_id)

    return work


class RosterDialog(DeskDialog):
    """The roster of the class `occurrence_id`, as the calendar and Today open it."""

    def __init__(self, desk: Desk, occurrence_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.occurrence_id = occurrence_id
        self.roster: RosterView | None = None
        # The dialogs it opened last (window-modal, not blocking): tests and the desk reach them here.
        self.payment_dialog: PaymentDialog | None = None
        self.walk_in_dialog: WalkInDialog | None = None
        self.finish_dialog: FinishClassDialog | None = None
        self.details_dialog: BookingDetailsDialog | None = None
        self.setWindowTitle(self.tr("Class roster"))
        self.setMinimumWidth(760)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self._build_places(), 1)  # the places take what room there is
        self.waitlist = RosterWaitlist(desk)
        layout.addWidget(self.waitlist)
        layout.addWidget(self._build_promotions())
        self.finish_button = QPushButton(self.tr("&Finish class…"))
        self.finish_button.hide()  # until the class is over
        # When the studio does not confirm a paid place at once, its coach confirms them here.
        self.confirm_button = QPushButton(self.tr("Co&nfirm paid places"))
        self.confirm_button.hide()
        self.close_button = self.make_close_button()
        bottom = QHBoxLayout()
        bottom.addWidget(self.finish_button)
        bottom.addWidget(self.confirm_button)
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.check_in_button.clicked.connect(self.check_in_selected)
        self.undo_button.clicked.connect(self.undo_check_in)
        self.check_in_all_button.clicked.connect(self.check_in_all)
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.details_button.clicked.connect(self.open_details)
        self.waitlist.sig_add_requested.connect(self.add_to_waitlist)
        self.waitlist.sig_told.connect(self._tell)
        self.waitlist.sig_refused.connect(self._refused)
        self.finish_button.clicked.connect(self.finish_class)
        self.confirm_button.clicked.connect(self.confirm_paid_places)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.activated.connect(self.undo_check_in)

        self.set_main_button(self.check_in_button)
        self.set_first_field(self.table)
        self.live = LiveView(self, desk, self.reload, self._concerns)
        self.live.refresh()

    # Building ----------------------------------------------------------------------------------

    def _build_places(self) -> QWidget:
        self.model = RosterPlacesModel(self.desk, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves for the buttons
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(220)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.check_in_selected())
        label = QLabel(self.tr("&Places (Space checks the chosen client in):"))
        label.setBuddy(self.table)

        self.check_in_button = QPushButton(self.tr("&Check in"))
        self.undo_button = QPushButton(self.tr("&Undo check-in"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z takes back the chosen client's check-in."))
        self.check_in_all_button = QPushButton(self.tr("Check &in all"))
        self.walk_in_button = QPushButton(self.tr("Add &walk-in…"))
        # The place as a booking: its history, payments, and canceling it by the course's rules
        # (a cancel in time moves the waitlist up).
        self.details_button = QPushButton(self.tr("Booking &details…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        self.error = InlineError()

        buttons = QHBoxLayout()
        for button in (self.check_in_button, self.undo_button, self.check_in_all_button, self.walk_in_button,
                       self.details_button):
            buttons.addWidget(button)
        buttons.addStretch()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        return box

    def _build_promotions(self) -> QWidget:
        self.promotions = PromotionsList(self.desk)
        self.promotions.tree.setMaximumHeight(90)
        label = QLabel(self.tr("M&oved up from the waitlist (tell them):"))
        label.setBuddy(self.promotions.tree)
        self.promotions_box = QWidget()
        layout = QVBoxLayout(self.promotions_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.promotions)
        self.promotions_box.hide()  # until someone moved up
        return self.promotions_box

    # Reading -----------------------------------------------------------------------------------

    def _concerns(self, change: Change) -> bool:
        day = None if self.roster is None else self.roster.occurrence.start_at.date()
        return change.concerns(kinds=ROSTER_KINDS, day=day)

    def reload(self) -> None:
        actor, occurrence_id = self.desk.actor, self.occurrence_id
        if actor is None:
            return  # nobody to read for; signing in again refreshes every view
        self.live.read(lambda db: services.class_roster(db, actor, occurrence_id), self.show_roster,
                       self._read_failed)

    def show_roster(self, roster: RosterView) -> None:
        chosen = self.chosen_place()
        self.roster = roster
        self._show_header(roster)
        self.model.set_places(roster.places)
        row = None if chosen is None else self.model.row_of(chosen.booking_id)
        if row is None and roster.places:
            row = 0
        if row is not None:
            self._choose_row(row)
        self.waitlist.show_waitlist(roster.waitlist)
        self.promotions.set_promotions(roster.promotions)
        self.promotions_box.setVisible(bool(roster.promotions))
        open_places = any(p.status in ACTIVE_STATUSES for p in roster.places)
        self.finish_button.setVisible(roster.ended and open_places)
        actor = self.desk.actor
        paid = any(p.status is BookingStatus.PAID for p in roster.places)
        self.confirm_button.setVisible(
            paid and actor is not None and services.may_confirm_class(actor, roster.occurrence))

    def _show_header(self, roster: RosterView) -> None:
        occurrence = roster.occurrence
        self.title.setText(occurrence.course_title)
        self.setWindowTitle(self.tr("Class roster — {course}").format(course=occurrence.course_title))
        when = (f"{formats.weekday_date(occurrence.start_at.date())} "
                f"{formats.time(occurrence.start_at)}–{formats.time(occurrence.end_at)}")
        coach = occurrence.coach_name
        if occurrence.usual_coach_name:
            usual = occurrence.usual_coach_name
            coach = self.tr("{coach} (sub for {usual})").format(coach=coach, usual=usual)
        parts = [
            when,
            coach,
            occurrence.room_name or self.tr("no room"),
            self.tr("{fill} places").format(fill=occurrence.fill_text),
            self.tr("{count} waiting").format(count=occurrence.waiting),
        ]
        if occurrence.status is OccurrenceStatus.CANCELED:
            parts.append(self.tr("canceled"))
        elif roster.ended:
            parts.append(self.tr("over: finish the class"))
        self.details.setText(" · ".join(parts))

    def chosen_place(self) -> RosterPlace | None:
        index = self.table.currentIndex()
        return self.model.place(index.row()) if index.isValid() else None

    def _choose_row(self, row: int) -> None:
        """The place in `row` is the chosen one, as Up and Down choose it."""
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, Column.CLIENT))

    # Keys --------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Enter in the waitlist or the promoted clients is theirs (the promoted one's message is
        # sent by its list): it must not also check in the place chosen in the table above.
        lists = (self.waitlist.tree, self.promotions.tree)
        if event.key() in ENTER_KEYS and any(widget.hasFocus() for widget in lists):
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Space in the places checks the chosen client in, as Enter does."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Space and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.check_in_selected()
            return True
        return super().eventFilter(watched, event)

    # Checking in -------------------------------------------------------------------------------

    def check_in_selected(self) -> None:
        """Check the chosen place in; a place not paid yet is paid first (its pack, or money)."""
        place = self.chosen_place()
        if place is None:
            self._refused(self.tr("Choose a client in the list first (Up and Down)."))
            return
        self._clear_messages()
        if place.checked_in_at is not None:
            self._tell(self.tr("{client} is checked in already ({time}). Ctrl+Z takes it back.").format(
                client=place.client_name, time=formats.time(place.checked_in_at)))
            return
        if place.status is BookingStatus.PENDING:
            self.take_payment_then_check_in(place)
            return
        self._check_in(place.booking_id, place.client_name)

    def _check_in(self, booking_id: int, client: str) -> None:
        self.desk.act(
            lambda db, actor: services.check_in(db, actor, booking_id),
            lambda _roster: self._tell(self.tr("{client} is checked in.").format(client=client)),
            self._refused,
            change=ROSTER_CHANGED,
            owner=self,
        )

    def take_payment_then_check_in(self, place: RosterPlace) -> None:
        """A pending place: the client's usable pack pays at once; else the payment dialog opens,
        and its success checks the client in."""
        if not place.flags.no_usable_credit:
            client = place.client_name
            self.desk.act(
                paid_with_pack_and_in(place.booking_id),
                lambda done: self._tell(self.tr("{client}: paid with pack #{pack}, and checked in.").format(
                    client=client, pack=done[0].paid_with_pack)),
                self._refused,
                change=PAID_AND_IN,
                owner=self,
            )
            return
        booking_id = place.booking_id
        self.desk.read(lambda db: services.get_booking(db, booking_id), self.open_payment, self._read_failed,
                       owner=self)

    def open_payment(self, booking: BookingView, *, check_in: bool = True) -> None:
        """The payment of `booking` (window-modal, not blocking); once paid, it is checked in
        unless `check_in` is False (paid from its details, not at the door)."""
        dialog = PaymentDialog(self.desk, booking, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if check_in:
            dialog.paid.connect(lambda paid: self._check_in(paid.id, paid.client_name))
        self.payment_dialog = dialog
        dialog.open()
        dialog.activateWindow()  # typing goes on there

    def undo_check_in(self) -> None:
        place = self.chosen_place()
        if place is None:
            return
        self._clear_messages()
        booking_id, client = place.booking_id, place.client_name
        self.desk.act(
            lambda db, actor: services.undo_check_in(db, actor, booking_id),
            lambda _roster: self._tell(self.tr("{client}'s check-in is taken back.").format(client=client)),
            self._refused,
            change=ROSTER_CHANGED,
            owner=self,
        )

    def check_in_all(self) -> None:
        self._clear_messages()
        occurrence_id = self.occurrence_id
        self.desk.act(
            lambda db, actor: services.check_in_all(db, actor, occurrence_id),
            self._checked_in_all,
            self._refused,
            change=ROSTER_CHANGED,
            owner=self,
        )

    def open_details(self) -> None:
        place = self.chosen_place()
        if place is None:
            return
        details = BookingDetailsDialog(self.desk, place.booking_id, self)
        details.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        details.pay_requested.connect(lambda booking: self.open_payment(booking, check_in=False))
        self.details_dialog = details  # kept for tests and for its lifetime beside the roster
        details.open()

    def confirm_paid_places(self) -> None:
        self._clear_messages()
        occurrence_id = self.occurrence_id
        self.desk.act(
            lambda db, actor: services.confirm_class(db, actor, occurrence_id),
            lambda count: self._tell(self.tr("Confirmed: {count}.").format(count=count)),
            self._refused,
            change=ROSTER_CHANGED,
            owner=self,
        )

    def _checked_in_all(self, result: CheckInAll) -> None:
        text = self.tr("Checked in: {count}.").format(count=result.checked_in)
        if result.not_paid:
            left_out = self.tr("Left out, to pay first: {names}.").format(names=", ".join(result.not_paid))
            text = f"{text} {left_out}"
        self._tell(text)

    # Walk-ins and the waitlist -------------------------------------------------------------------

    def add_walk_in(self) -> None:
        """Find or add the client, give them a place, take the payment, check them in."""
        dialog = self._open_client_dialog(waitlist=False)
        if dialog is not None:
            dialog.sig_booked.connect(self._walked_in)

    def add_to_waitlist(self) -> None:
        self._open_client_dialog(waitlist=True)

    def _open_client_dialog(self, *, waitlist: bool) -> WalkInDialog | None:
        if self.roster is None:
            return None
        self._clear_messages()
        dialog = WalkInDialog(self.desk, self.roster.occurrence, self, waitlist=waitlist)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_waitlisted.connect(self._waitlisted)
        self.walk_in_dialog = dialog
        dialog.open()
        return dialog

    def _walked_in(self, booking: BookingView) -> None:
        """The new place is pending: its payment next, the way Space takes it (read afresh, for
        whether a pack of theirs can pay)."""
        occurrence_id, actor = self.occurrence_id, self.desk.actor
        if actor is None:
            return
        self.desk.read(lambda db: services.class_roster(db, actor, occurrence_id),
                       lambda roster: self._pay_new_place(roster, booking.id), self._read_failed, owner=self)

    def _pay_new_place(self, roster: RosterView, booking_id: int) -> None:
        self.show_roster(roster)
        row = self.model.row_of(booking_id)
        place = None if row is None else self.model.place(row)
        if row is None or place is None:
            return
        self._choose_row(row)
        if place.status is BookingStatus.PENDING:
            self.take_payment_then_check_in(place)
        else:
            self._check_in(place.booking_id, place.client_name)

    def _waitlisted(self, waiting: WaitingClient) -> None:
        self._tell(self.tr("{client} is number {position} on the waitlist.").format(
            client=waiting.client_name, position=waiting.position))

    # Finishing ---------------------------------------------------------------------------------

    def finish_class(self) -> None:
        if self.roster is None:
            return
        self._clear_messages()
        dialog = FinishClassDialog(self.desk, self.roster, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_finished.connect(self._finished)
        self.finish_dialog = dialog
        dialog.open()

    def _finished(self, finished: FinishedClass) -> None:
        text = self.tr("Class finished: {done} done, {no_shows} no-shows, {canceled} unpaid places canceled.")
        done, missing, canceled = finished.done, finished.no_shows, finished.unpaid_canceled
        self._tell(text.format(done=done, no_shows=missing, canceled=canceled))

    # Messages ----------------------------------------------------------------------------------

    def _tell(self, text: str) -> None:
        self.error.clear_message()
        self.note.setText(text)
        self.note.show()

    def _clear_messages(self) -> None:
        self.error.clear_message()
        self.note.hide()

    def _refused(self, message: str) -> None:
        self._read_failed(message)
        self.live.refresh()  # a half-done step (paid, not checked in) shows as it is

    def _read_failed(self, message: str) -> None:
        self.note.hide()
        self.show_problem(self.error, message)
