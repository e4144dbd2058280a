"""The coach's page: paid bookings waiting for their confirmation, and today's sessions to mark done.

Made for the keyboard as well as the mouse: Tab reaches each table, the arrows choose a row, and
Enter (or the mnemonic shown on the buttons, Alt+O for Confirm and Alt+D for Mark done) does that
row's action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
    BookingPage,
    BookingStatus,
    BookingView,
    Change,
    ChangeKind,
    CoachQueueView,
    CoachView,
    StaffRole,
)
from studio_desk.ui.bookings.booking_details import run_coach_action
from studio_desk.ui.bookings.no_show_dialog import NoShowDialog
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView

# How often the Mark done buttons look at the clock again (a session starts, the day turns).
TICK_MS = 30_000
# Room around a button inside its cell, so that the button never touches the grid lines.
BUTTON_MARGIN = 6


class RowActionButton(QPushButton):
    """A row's action button. It shows its mnemonic, but the page's shortcut acts on the chosen
    row: a shortcut of every button's own would be ambiguous as soon as there are two rows."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes table to table, not button to button
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self.setShortcut(QKeySequence())


class CoachQueue(QWidget):
    booking_opened = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.coach_id: int | None = None
        self.paid_bookings: list[BookingView] = []
        self.today_bookings: list[BookingView] = []
        self.confirm_buttons: dict[int, QPushButton] = {}
        self.done_buttons: dict[int, QPushButton] = {}
        self.no_show_dialog: NoShowDialog | None = None
        self._loaded_day: dt.date | None = None
        self._build()
        self.live = LiveView(self, desk, self._load, self._concerns)
        desk.actor_changed.connect(self._actor_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._actor_changed(desk.actor)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.coach_picker = QComboBox()
        self.coach_picker.setMinimumContentsLength(16)
        self.coach_picker.currentIndexChanged.connect(self._coach_picked)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.coach_picker)
        top.addStretch()
        self.explanation = QLabel(self.tr(
            "Sign in as a coach to see their queue (Ctrl+L). "
            "Only a booking's coach or an admin confirms bookings and marks sessions done."
        ))
        self.explanation.setWordWrap(True)
        self.message = InlineError()
        self.done_note = QLabel()
        self.done_note.setStyleSheet("color: #1d4d24; font-weight: 600;")
        self.done_note.hide()

        self.paid_heading = _section()
        date, time, client, course = self.tr("Date"), self.tr("Time"), self.tr("Client"), self.tr("Course")
        self.paid_table = _queue_table((date, time, client, course, ""))
        self.paid_empty = _note(self.tr("Nothing is waiting for confirmation."))
        self.today_heading = _section()
        self.today_table = _queue_table((time, client, course, ""))
        self.today_empty = _note(self.tr("No confirmed sessions today."))
        # The client of the chosen session never came: recorded once the session has begun.
        self.no_show_button = QPushButton(self.tr("&No-show…"))
        self.no_show_button.setToolTip(self.tr("Record that the chosen session's client did not come"))
        # Tab goes from table to table (as the row buttons); Alt+N presses it.
        self.no_show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.no_show_button.clicked.connect(self.record_no_show)
        self.today_table.currentCellChanged.connect(lambda *_cells: self.update_buttons())
        self.paid_table.cellDoubleClicked.connect(
            lambda row, _column: self._open(self.paid_bookings, row)
        )
        self.today_table.cellDoubleClicked.connect(
            lambda row, _column: self._open(self.today_bookings, row)
        )
        for table, label, action in (
            (self.paid_table, self.tr("C&onfirm"), BookingAction.CONFIRM),
            (self.today_table, self.tr("Mark &done"), BookingAction.COMPLETE),
        ):
            table.installEventFilter(self)
            shortcut = QShortcut(QKeySequence.mnemonic(label), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda chosen=action: self.run_chosen(chosen))
        self.queue = QWidget()
        lists = QVBoxLayout(self.queue)
        lists.setContentsMargins(0, 0, 0, 0)
        lists.addWidget(self.paid_heading)
        lists.addWidget(self.paid_empty)
        lists.addWidget(self.paid_table, 3)
        lists.addWidget(self.today_heading)
        lists.addWidget(self.today_empty)
        lists.addWidget(self.today_table, 2)
        no_show_row = QHBoxLayout()
        no_show_row.addWidget(self.no_show_button)
        no_show_row.addStretch(1)
        lists.addLayout(no_show_row)
        # Takes the spare height only while both tables are hidden (empty), so the notes stay
        # under their headings instead of spreading down the page.
        lists.addStretch(0)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message)
        layout.addWidget(self.done_note)
        layout.addWidget(self.queue, 1)
        layout.addStretch(0)

    # Whose queue --------------------------------------------------------------------------

    def _actor_changed(self, actor: Actor | None) -> None:
        self.message.hide()
        is_admin = actor is not None and actor.role is StaffRole.ADMIN
        self.coach_picker.setVisible(is_admin)
        if is_admin:
            # An admin may confirm for any coach (covering for one who forgot): they pick whose.
            self.heading.setText(self.tr("Queue of"))
            self.desk.read(services.list_coaches, self._show_coaches, self._show_message)
            return
        if actor is not None and actor.role is StaffRole.COACH and actor.coach_id is not None:
            self.heading.setText(self.tr("{coach}'s queue").format(coach=actor.name))
            self._set_coach(actor.coach_id)
        else:
            self.heading.setText(self.tr("Coach queue"))
            self._set_coach(None)

    def _show_coaches(self, coaches: list[CoachView]) -> None:
        previous = self.coach_id
        self.coach_picker.blockSignals(True)
        self.coach_picker.clear()
        for coach in coaches:
            self.coach_picker.addItem(coach.name, coach.id)
        index = max(self.coach_picker.findData(previous), 0)
        self.coach_picker.setCurrentIndex(index)
        self.coach_picker.blockSignals(False)
        self._coach_picked()

    def _coach_picked(self) -> None:
        coach_id = self.coach_picker.currentData()
        self._set_coach(coach_id if isinstance(coach_id, int) else None)

    def pick_coach(self, coach_id: int) -> None:
        """Show `coach_id`'s queue (an admin's picker)."""
        self.coach_picker.setCurrentIndex(self.coach_picker.findData(coach_id))

    def _set_coach(self, coach_id: int | None) -> None:
        self.coach_id = coach_id
        self.explanation.setVisible(coach_id is None)
        self.queue.setVisible(coach_id is not None)
        self.refresh()

    def _paid_heading(self, page: BookingPage) -> str:
        """The first list's heading: whose confirmation it waits for, as the person reading it says it."""
        actor = self.desk.actor
        if actor is not None and actor.coach_id == self.coach_id:
            return self.tr("Paid — waiting for your confirmation ({count})").format(count=_count(page))
        return self.tr("Paid — waiting for {coach}'s confirmation ({count})").format(
            coach=self.coach_picker.currentText(), count=_count(page)
        )

    # Loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the queue again (now if it is shown)."""
        self.live.refresh()

    def _concerns(self, change: Change) -> bool:
        # The paid list runs over coming days, so any day of this coach's bookings concerns it.
        return change.concerns(kinds=(ChangeKind.BOOKINGS, ChangeKind.CATALOG), coach_id=self.coach_id)

    def _load(self) -> None:
        coach_id, actor = self.coach_id, self.desk.actor
        if coach_id is None or actor is None:
            self._show_paid(BookingPage((), 0, 0))
            self._show_today(BookingPage((), 0, 0))
            return
        today = self.desk.today()
        self._loaded_day = today

        def show(queue: CoachQueueView) -> None:
            self._show_paid(queue.waiting)
            self._show_today(queue.to_mark_done)

        self.live.read(
            lambda db: services.coach_queue(db, actor, today, coach_id=coach_id), show, self._show_message
        )

    def _show_paid(self, page: BookingPage) -> None:
        self.paid_bookings = list(page.rows)
        self.paid_heading.setText(self._paid_heading(page))
        today = self.desk.today()
        rows = [
            (_day_text(b.start_at.date(), today), _times(b), b.client_name, b.course_title)
            for b in self.paid_bookings
        ]
        self.confirm_buttons = self._fill_with_buttons(
            self.paid_table, self.paid_empty, self.paid_bookings, rows, self.tr("C&onfirm"),
            BookingAction.CONFIRM,
        )
        self.update_buttons()

    def _show_today(self, page: BookingPage) -> None:
        self.today_bookings = list(page.rows)
        self.today_heading.setText(self.tr("Today's confirmed sessions ({count})").format(count=_count(page)))
        rows = [(_times(b), b.client_name, b.course_title) for b in self.today_bookings]
        self.done_buttons = self._fill_with_buttons(
            self.today_table, self.today_empty, self.today_bookings, rows, self.tr("Mark &done"),
            BookingAction.COMPLETE,
        )
        self.update_buttons()

    def _fill_with_buttons(
        self,
        table: QTableWidget,
        empty_note: QLabel,
        bookings: Sequence[BookingView],
        rows: Sequence[Sequence[str]],
        label: str,
        action: BookingAction,
    ) -> dict[int, QPushButton]:
        """Fill `table` with `rows` and an `action` button at the end of each; returns them by booking id.
        The chosen row stays chosen (the next one moves up into it after an action), so that a
        coach can press Enter again and again."""
        chosen = table.currentRow()
        _fill(table, rows)
        buttons: dict[int, QPushButton] = {}
        for row, booking in enumerate(bookings):
            button = RowActionButton(label)
            button.clicked.connect(lambda _=False, picked=booking: self._run(picked, action))
            table.setCellWidget(row, table.columnCount() - 1, button)
            buttons[booking.id] = button
        if chosen >= 0 and rows:
            table.setCurrentCell(min(chosen, len(rows) - 1), 0)
        table.setVisible(bool(rows))
        empty_note.setVisible(not rows)
        return buttons

    def update_buttons(self) -> None:
        """Enable exactly what the services allow the signed-in person now."""
        for bookings, buttons, action in (
            (self.paid_bookings, self.confirm_buttons, BookingAction.CONFIRM),
            (self.today_bookings, self.done_buttons, BookingAction.COMPLETE),
        ):
            for booking in bookings:
                button = buttons.get(booking.id)
                if button is None:
                    continue
                allowed = action in self.desk.allowed_actions(booking)
                button.setEnabled(allowed)
                button.setToolTip("")
                if action is BookingAction.COMPLETE:
                    # The only thing that holds back one's own confirmed session is the clock.
                    not_yet = not allowed and self.desk.now() < booking.start_at
                    if not_yet:
                        button.setText(
                            self.tr("Mark &done from {time}").format(time=formats.time(booking.start_at))
                        )
                        button.setToolTip(self.tr("A session can be marked done once it has begun."))
                    else:
                        button.setText(self.tr("Mark &done"))
        _fit_button_column(self.paid_table, self.confirm_buttons.values())
        _fit_button_column(self.today_table, self.done_buttons.values())
        self._update_no_show()

    def _chosen_today(self) -> BookingView | None:
        row = self.today_table.currentRow()
        return self.today_bookings[row] if 0 <= row < len(self.today_bookings) else None

    def _update_no_show(self) -> None:
        """Offered while today's list has sessions; pressable when the services allow the chosen
        one (with none chosen yet, the press chooses the first, as Enter does)."""
        chosen = self._chosen_today()
        self.no_show_button.setVisible(bool(self.today_bookings))
        self.no_show_button.setEnabled(
            chosen is None or BookingAction.NO_SHOW in self.desk.allowed_actions(chosen)
        )

    def record_no_show(self) -> None:
        """The chosen session of today's list was a no-show (asked first, in NoShowDialog, which
        shows what the course's rules charge)."""
        chosen = self._chosen_today()
        if chosen is None:
            if self.today_bookings:
                self.today_table.setCurrentCell(0, 0)
                self.today_table.setFocus()
            return
        if BookingAction.NO_SHOW in self.desk.allowed_actions(chosen):
            self.message.hide()
            self.done_note.hide()
            if self.no_show_dialog is not None:
                self.no_show_dialog.deleteLater()
            self.no_show_dialog = NoShowDialog(self.desk, chosen, self)
            self.no_show_dialog.recorded.connect(self._acted)
            self.no_show_dialog.open()

    def _tick(self) -> None:
        if self.coach_id is not None and self._loaded_day != self.desk.today():
            self.refresh()
        else:
            self.update_buttons()

    # Acting -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter in a table does the chosen row's action, as its button would."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if watched is self.paid_table:
                self.run_chosen(BookingAction.CONFIRM)
                return True
            if watched is self.today_table:
                self.run_chosen(BookingAction.COMPLETE)
                return True
        return super().eventFilter(watched, event)

    def run_chosen(self, action: BookingAction) -> None:
        """Confirm or mark done the chosen row of its table; with no row chosen, choose the first
        and let the person look before acting."""
        if action is BookingAction.CONFIRM:
            table, bookings, buttons = self.paid_table, self.paid_bookings, self.confirm_buttons
        else:
            table, bookings, buttons = self.today_table, self.today_bookings, self.done_buttons
        if not bookings or not table.isVisible():
            return
        row = table.currentRow()
        if not 0 <= row < len(bookings):
            table.setCurrentCell(0, 0)
            table.setFocus()
            return
        booking = bookings[row]
        button = buttons.get(booking.id)
        if button is None:
            return
        if not button.isEnabled():
            # Not allowed yet (a session that has not begun): say why instead of doing nothing.
            if button.toolTip():
                self._show_message(button.toolTip())
            return
        self._run(booking, action)

    def _run(self, booking: BookingView, action: BookingAction) -> None:
        self.message.hide()
        self.done_note.hide()
        buttons = self.confirm_buttons if action is BookingAction.CONFIRM else self.done_buttons
        button = buttons.get(booking.id)
        if button is not None:
            button.setEnabled(False)  # the refresh after the change brings the new state
        started = run_coach_action(self.desk, self, booking, action, self._action_failed, self._acted)
        if not started and button is not None:
            button.setEnabled(True)

    def _acted(self, booking: BookingView) -> None:
        # Said, so that the coach sees which booking it was before the next row moves up.
        when = f"{_day_text(booking.start_at.date(), self.desk.today())} {_times(booking)}"
        if booking.status is BookingStatus.CONFIRMED:
            done = self.tr("Confirmed: {client}, {when}.")
        elif booking.no_show:
            done = self.tr("No-show recorded: {client}, {when}.")
        else:
            done = self.tr("Marked done: {client}, {when}.")
        self.done_note.setText(done.format(client=booking.client_name, when=when))
        self.done_note.show()

    def _action_failed(self, text: str) -> None:
        self._show_message(text)
        self.refresh()  # another desk may have moved it on; show what is true now

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _open(self, bookings: Sequence[BookingView], row: int) -> None:
        if 0 <= row < len(bookings):
            self.booking_opened.emit(bookings[row].id)


def _day_text(day: dt.date, today: dt.date) -> str:
    if day == today:
        return QCoreApplication.translate("coach_queue", "Today")
    if day == today + dt.timedelta(days=1):
        return QCoreApplication.translate("coach_queue", "Tomorrow")
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def _times(booking: BookingView) -> str:
    return f"{formats.time(booking.start_at)}–{formats.time(booking.end_at)}"


def _count(page: BookingPage) -> str:
    shown = len(page.rows)
    if page.total <= shown:
        return str(shown)
    text = QCoreApplication.translate("coach_queue", "{shown} of {total}")
    return text.format(shown=shown, total=page.total)


def _section() -> QLabel:
    label = QLabel()
    label.setStyleSheet("font-weight: 600; font-size: 11pt; margin-top: 10px;")
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #555; padding: 6px 0;")
    return label


def _queue_table(columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setToolTip(QCoreApplication.translate(
        "coach_queue", "Arrows choose a booking, Enter does its action; double-click to see its details"
    ))
    table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    table.setTabKeyNavigation(False)  # Tab leaves the table rather than walking its cells
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The course title takes the spare width; the button column is sized to its buttons
    # (_fit_button_column), and stays so when the table is filled again.
    header.setSectionResizeMode(len(columns) - 2, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Fixed)
    return table


def _fit_button_column(table: QTableWidget, buttons: Iterable[QPushButton]) -> None:
    """The last column as wide as its widest button in the current language (its header sizes
    columns by their text and knows nothing of the buttons), and every row as tall."""
    hints = [button.sizeHint() for button in buttons]
    if not hints:
        return
    header = table.horizontalHeader()
    header.resizeSection(table.columnCount() - 1, max(h.width() for h in hints) + 2 * BUTTON_MARGIN)
    rows = table.verticalHeader()
    rows.setDefaultSectionSize(max(rows.defaultSectionSize(), max(h.height() for h in hints) + BUTTON_MARGIN))


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.clearContents()
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
