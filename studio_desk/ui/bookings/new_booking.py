"""Booking a walk-in: find or add the client, pick course, date and a free start time, create.

Made for the keyboard: focus starts in the client search (ClientFinder); type part of a name or
phone, Down and Enter (or just Enter for the first match) pick the client; Tab moves on to the course, the
date and the free times; Enter on a time presses "Create and pay", the default button.

A refusal from the service (a slot taken meanwhile, a bad phone number, ...) is shown inside
the dialog; everything typed stays, and the free times are read again.

"Create and pay" opens the PaymentDialog itself (`open_payment`, kept as `payment_dialog`) once
the booking exists, parented to this dialog's parent so that it outlives this one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import BookingView, Change, ChangeKind, ClientView, CourseView, FreeSlot
from studio_desk.ui.bookings.client_finder import ClientFinder
from studio_desk.ui.bookings.payment_dialog import PaymentDialog
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.date_field import DateField
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.messages import translated
from studio_desk.ui.packs.pack_choice import PackChoiceBox, booking_with_pack, paid_with_pack_note

# The English texts of the dialog's notes (tests compare with them); shown translated.
NO_FREE_TIMES = "No free times that day"
CHOOSE_COURSE_FIRST = "Choose a course to see its free times."
NO_CLIENT = "Choose the client from the list, or tick “New client” and type their name."
NO_COURSE = "Choose a course."
NO_TIME = "Choose one of the free start times."

Start = dt.datetime | dt.time | None
TIME_CELL = QSize(62, 26)
REPEATED_TIME_CELL = QSize(124, 26)  # "01:00 (second)", "01:00 (kedua)"


def time_span(slot: FreeSlot) -> str:
    """"10:00–11:00"; with the UTC offsets on the night the clocks go back, where the wall clock
    alone does not say which hour it is."""
    span = f"{formats.time(slot.start_at)}–{formats.time(slot.end_at)}"
    if not slot.repeated:
        return span
    return QCoreApplication.translate("new_booking", "{span} (UTC{offset})").format(
        span=span, offset=formats.utc_offset(slot.start_at)
    )


def course_label(course: CourseView, money: Callable[[int], str]) -> str:
    """"Yoga Pemula — Coach Smith, 60 min, Rp 150.000"."""
    return QCoreApplication.translate("new_booking", "{title} — {coach}, {minutes} min, {price}").format(
        title=course.title,
        coach=course.coach_name,
        minutes=course.duration_minutes,
        price=money(course.price),
    )


class NewBookingDialog(DeskDialog):
    """New booking for a walk-in. `course_id` (or `coach_id`: a course of that coach), `date` and
    `start` preselect (a click on free time in the calendar); `start` is an aware datetime or a
    wall-clock time, chosen if it is free. With `coach_id`, the coach's first course that has
    `start` free is chosen."""

    created = Signal(object)  # BookingView, pending

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        course_id: int | None = None,
        coach_id: int | None = None,
        date: dt.date | None = None,
        start: Start = None,
    ) -> None:
        super().__init__(desk, parent)
        # First, so that every signal wired below finds it (the free times follow other desks).
        self.live = LiveView(self, desk, self._load_free_times, self._concerns)
        self.booking: BookingView | None = None
        self.payment_dialog: PaymentDialog | None = None
        self._wanted_course = course_id
        self._wanted_coach = coach_id
        # The wanted coach's other courses (their rows in the course list), tried in turn while
        # the wanted start is not free for the chosen one.
        self._courses_to_try: list[int] = []
        self._wanted_start = start
        if isinstance(start, dt.datetime) and date is None:
            date = start.astimezone(desk.settings.zone).date()
        self.setWindowTitle(self.tr("New booking"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_client_box())
        layout.addWidget(self._build_booking_box(date or desk.today()))
        self.error = InlineError()
        layout.addWidget(self.error)
        layout.addLayout(self._build_buttons())
        self._set_tab_order()

        self.set_main_button(self.create_and_pay_button)
        self.set_first_field(self.search)
        self.watch_input(self.search, self.new_client, self.new_name, self.new_phone)
        self.name_field("the client's name", self.new_name)
        self.search.setFocus()
        self._load_courses()

    # Building ----------------------------------------------------------------------------

    def _build_client_box(self) -> QGroupBox:
        # Finding or adding the client is shared with the class roster's walk-in (ClientFinder);
        # its fields are kept here by name too.
        self.finder = ClientFinder(self.desk)
        finder = self.finder
        self.search, self.results, self.search_hint = finder.search, finder.results, finder.search_hint
        self.chosen, self.new_client = finder.chosen, finder.new_client
        self.new_client_form = finder.new_client_form
        self.new_name, self.new_phone, self.owed_fees = finder.new_name, finder.new_phone, finder.owed_fees
        finder.sig_picked.connect(self._client_picked)
        finder.sig_choice_changed.connect(self._ask_packs)
        finder.sig_read_failed.connect(self._read_failed)
        box = QGroupBox(self.tr("Client"))
        layout = QVBoxLayout(box)
        layout.addWidget(finder)
        return box

    def _build_booking_box(self, day: dt.date) -> QGroupBox:
        self.course = QComboBox()
        self.course.setPlaceholderText(self.tr("Choose a course"))
        self.course.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.date = DateField(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.times = QListWidget()
        # A grid of times that wraps, walked with the arrow keys.
        self.times.setViewMode(QListView.ViewMode.ListMode)
        self.times.setFlow(QListView.Flow.LeftToRight)
        self.times.setWrapping(True)
        self.times.setResizeMode(QListView.ResizeMode.Adjust)
        self.times.setUniformItemSizes(True)
        self.times.setSpacing(3)
        self.times.setMinimumHeight(172)  # five rows: a whole day of half-hours without scrolling
        self.times_note = QLabel()
        self.times_note.setStyleSheet("color: #555555;")

        box = QGroupBox(self.tr("Session"))
        form = QFormLayout(box)
        form.addRow(self.tr("C&ourse:"), self.course)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("Start &time:"), self.times)
        form.addRow("", self.times_note)
        self.pack_choice = PackChoiceBox(self.desk)  # shown when the client has packs
        form.addRow(self.pack_choice)

        self.course.currentIndexChanged.connect(self.reload_free_times)
        self.date.dateChanged.connect(self.reload_free_times)
        self.times.itemSelectionChanged.connect(self._ask_packs)
        self.pack_choice.changed.connect(self._show_pay_way)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        self.create_button = QPushButton(self.tr("C&reate"))
        self.create_and_pay_button = QPushButton(self.tr("Create and &pay"))
        self.cancel_button = self.make_cancel_button()
        self.create_button.clicked.connect(lambda: self.create_booking(pay=False))
        self.create_and_pay_button.clicked.connect(lambda: self.create_booking(pay=True))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.create_and_pay_button)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        return buttons

    def _set_tab_order(self) -> None:
        chain = [
            self.search, self.results, self.new_client, self.new_name, self.new_phone,
            self.course, self.date, self.times, self.pack_choice,
            self.create_and_pay_button, self.create_button, self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # The client ----------------------------------------------------------------------------

    @property
    def client(self) -> ClientView | None:
        """The client found and picked (None while adding a new one, or before one is picked)."""
        return self.finder.client

    def search_clients_now(self) -> None:
        self.finder.search_clients_now()

    def found_clients(self) -> list[ClientView]:
        """The clients the result list shows now, top to bottom."""
        return self.finder.found_clients()

    def pick_client(self, client: ClientView) -> None:
        """`client` is the one being booked; focus moves on to the course."""
        self.finder.pick_client(client)

    def _client_picked(self, _client: ClientView) -> None:
        self.error.clear_message()
        self.course.setFocus()

    # Course, date and free times ------------------------------------------------------------

    def _load_courses(self) -> None:
        self.desk.read(services.list_courses, self._show_courses, self._read_failed, owner=self)

    def _show_courses(self, courses: list[CourseView]) -> None:
        self.course.blockSignals(True)
        self.course.clear()
        for course in courses:
            self.course.addItem(course_label(course, self.desk.money), course)
        # The asked-for course, or the asked-for coach's; the only one when there is just one;
        # otherwise the person picks.
        only = 0 if len(courses) == 1 else -1
        coachs = [i for i, c in enumerate(courses) if c.coach_id == self._wanted_coach]
        wanted = next((i for i, c in enumerate(courses) if c.id == self._wanted_course), None)
        if wanted is None and coachs:
            wanted, self._courses_to_try = coachs[0], coachs[1:]
        self.course.setCurrentIndex(only if wanted is None else wanted)
        self.course.blockSignals(False)
        if not courses:
            self.course.setPlaceholderText(self.tr("No courses yet: an admin adds them first"))
        self.reload_free_times()

    def chosen_course(self) -> CourseView | None:
        course = self.course.currentData()
        return course if isinstance(course, CourseView) else None

    def set_course(self, course_id: int) -> None:
        for index in range(self.course.count()):
            course = self.course.itemData(index)
            if isinstance(course, CourseView) and course.id == course_id:
                self.course.setCurrentIndex(index)
                return
        raise LookupError(f"course {course_id} is not offered in the dialog")

    def chosen_date(self) -> dt.date:
        day = self.date.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def set_date(self, day: dt.date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def reload_free_times(self) -> None:
        """Ask for the free start times of the chosen course and day again, keeping the chosen
        time when it is still free."""
        self.live.refresh()

    def _concerns(self, change: Change) -> bool:
        course = self.chosen_course()
        kinds = (ChangeKind.BOOKINGS, ChangeKind.HOURS, ChangeKind.CATALOG)
        coach_id = course.coach_id if course is not None else None
        return change.concerns(kinds=kinds, coach_id=coach_id, day=self.chosen_date())

    def _load_free_times(self) -> None:
        course = self.chosen_course()
        if course is None:
            self._show_free_times([])
            return
        day = self.chosen_date()
        self.live.read(
            lambda db: services.free_start_times(db, course.id, day), self._show_free_times, self._read_failed
        )

    def _show_free_times(self, slots: list[FreeSlot]) -> None:
        previous = self.chosen_slot()
        missed: Start = None  # the asked-for start, when no course on offer has it free
        self.times.clear()
        # One size for every cell (the list keeps them uniform): wide enough for "(second)".
        cell = REPEATED_TIME_CELL if any(slot.repeated for slot in slots) else TIME_CELL
        for slot in slots:
            # "01:00 (first)" and "01:00 (second)" the night the clocks go back: told apart.
            item = QListWidgetItem(translated(slot.words))
            item.setData(Qt.ItemDataRole.UserRole, slot)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setSizeHint(cell)
            item.setToolTip(time_span(slot))
            self.times.addItem(item)
        if previous is not None:
            # By its instant: the second 01:00 of the night stays the second after a refresh.
            if not self._select_time(lambda slot: slot.instant == previous.instant):
                # Taken meanwhile (another desk was quicker): say which, keep everything else.
                self.error.show_message(
                    self.tr("{time} was just booked at another desk. Choose another time.").format(
                        time=translated(previous.words)
                    )
                )
        elif self._wanted_start is not None and self.chosen_course() is not None:
            if not self._select_wanted_start():
                if self._courses_to_try:
                    # The coach's next course may fit there (a shorter session, no buffer).
                    self.course.setCurrentIndex(self._courses_to_try.pop(0))
                    return
                missed = self._wanted_start
            self._wanted_start = None  # asked for once, for the day the dialog opened on
        self._courses_to_try = []
        note = "" if slots else self.tr("No free times that day")
        if missed is not None:
            shown = missed.astimezone(self.desk.settings.zone) if isinstance(missed, dt.datetime) else missed
            note = self.tr("{time} is not free for this course: choose another start time.").format(
                time=formats.time(shown)
            )
        if self.chosen_course() is None:
            note = self.tr("Choose a course to see its free times.")
        self.times_note.setText(note)
        self.times_note.setVisible(bool(note))

    def _select_wanted_start(self) -> bool:
        wanted = self._wanted_start
        if isinstance(wanted, dt.datetime):
            instant = wanted.astimezone(dt.UTC)  # not ==: that reads one zone's times on the wall clock
            return self._select_time(lambda slot: slot.instant == instant)
        if isinstance(wanted, dt.time):
            # A wall-clock time means its first occurrence unless its fold says the second.
            asked = (wanted.replace(tzinfo=None), wanted.fold)
            return self._select_time(lambda slot: (slot.start_at.time(), slot.start_at.fold) == asked)
        return False

    def _select_time(self, matches: Callable[[FreeSlot], bool]) -> bool:
        for row in range(self.times.count()):
            item = self.times.item(row)
            if matches(item.data(Qt.ItemDataRole.UserRole)):
                self.times.setCurrentItem(item)
                return True
        return False

    def free_times(self) -> list[FreeSlot]:
        """The start times the list offers now."""
        return [self.times.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.times.count())]

    def chosen_slot(self) -> FreeSlot | None:
        item = self.times.currentItem()
        if item is None or not item.isSelected():
            return None
        slot = item.data(Qt.ItemDataRole.UserRole)
        return slot if isinstance(slot, FreeSlot) else None

    def choose_time(self, label: str) -> None:
        """Select the free time shown as `label` ("10:00")."""
        if not self._select_time(lambda slot: slot.label == label):
            raise LookupError(f"{label} is not among the free times")

    # Paying with a pack ----------------------------------------------------------------------

    def _ask_packs(self) -> None:
        client = None if self.new_client.isChecked() or self.client is None else self.client.id
        course, slot = self.chosen_course(), self.chosen_slot()
        start = None if slot is None else slot.start_at
        self.pack_choice.ask(client, None if course is None else course.id, start)

    def _show_pay_way(self) -> None:
        """With a pack chosen, the booking is paid at once: one button books it, no payment follows."""
        with_pack = self.pack_choice.chosen_pack() is not None
        pay_text = self.tr("&Book, paid with pack") if with_pack else self.tr("Create and &pay")
        self.create_and_pay_button.setText(pay_text)
        self.create_button.setVisible(not with_pack)

    # Creating ------------------------------------------------------------------------------

    def create_booking(self, *, pay: bool) -> None:
        """Create the booking, and the new client with it if one is being added: both or neither."""
        self.error.clear_message()
        course, slot = self.chosen_course(), self.chosen_slot()
        adding = self.new_client.isChecked()
        if not adding and self.client is None:
            self._refuse(
                self.tr("Choose the client from the list, or tick “New client” and type their name."),
                self.search,
            )
            return
        if course is None:
            self._refuse(self.tr("Choose a course."), self.course)
            return
        if slot is None:
            self._refuse(self.tr("Choose one of the free start times."), self.times)
            return
        client_id = None if adding or self.client is None else self.client.id
        phone = self.new_phone.text().strip() or None
        new_client = services.NewClient(self.new_name.text(), phone) if adding else None

        # time() keeps the fold, which tells the two 01:00s of a night the clocks go back apart.
        day, start = slot.start_at.date(), slot.start_at.time()
        pack_id = None if adding else self.pack_choice.chosen_pack()
        if client_id is not None and pack_id is not None:  # booked and paid in one step
            work_with_pack = booking_with_pack(client_id, course.id, day, start, pack_id)
            self._set_busy(True)
            self.desk.act(work_with_pack, lambda booking: self._booked_with_pack(booking, pack_id),
                          self._failed, owner=self)
            return

        def work(db: services.Database, actor: services.Actor) -> BookingView:
            return services.book_walk_in(
                db, actor, client_id=client_id, new_client=new_client,
                course_id=course.id, date=day, start_time=start,
            )

        self._set_busy(True)
        self.desk.act(work, lambda booking: self._created(booking, pay), self._failed, owner=self)

    def _booked_with_pack(self, booking: BookingView, pack_id: int) -> None:
        self._created(booking, pay=False)
        self.desk.prompts.info(self.parentWidget(), paid_with_pack_note(booking, pack_id))

    def _refuse(self, message: str, focus: QWidget) -> None:
        self.error.show_message(message)
        focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.create_and_pay_button.setEnabled(not busy)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.error.show_message(message)
        self.times.setFocus()
        self.reload_free_times()

    def _read_failed(self, message: str) -> None:
        self.error.show_message(message)

    def _created(self, booking: BookingView, pay: bool) -> None:
        self._set_busy(False)
        self.booking = booking
        self.created.emit(booking)
        if pay:
            self.open_payment(booking)
        self.accept()

    def open_payment(self, booking: BookingView) -> PaymentDialog:
        """Open the payment of the new booking (window-modal, not blocking the caller)."""
        self.payment_dialog = PaymentDialog(self.desk, booking, self.parentWidget())
        self.payment_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.payment_dialog.open()
        self.payment_dialog.activateWindow()  # typing goes on there, not in the window below
        return self.payment_dialog
