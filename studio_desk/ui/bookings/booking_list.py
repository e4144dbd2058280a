"""The Booking list screen: filter bar, the paged table of bookings, and export to CSV."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import (
    ACTIVE_STATUSES,
    Actor,
    BookingFilter,
    BookingStatus,
    Change,
    ChangeKind,
    CoachView,
    Database,
    ValidationError,
)

# Which statuses are "active" is the booking engine's rule; asked from it, never repeated here.
# (Until services re-exports ACTIVE_STATUSES, it is read where the status machine keeps it.)
from studio_desk.ui.bookings.booking_table_model import BookingQuery, BookingTableModel, Column, all_bookings
from studio_desk.ui.bookings.class_chip import ClassChip
from studio_desk.ui.bookings.csv_export import save_bookings_csv
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.date_field import within_the_desks_days
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.labels import status_label, status_labels
from studio_desk.ui.kit.live_view import LiveView

# Keys that take a person from the search field down to the results.
TO_RESULTS_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEARCH_DELAY_MS = 250  # typing pauses this long before the list is asked again
# The filter bar's fixed texts in English, for reference (the page shows them translated).
SEARCH_PLACEHOLDER = "Client name, phone or course"
ALL_STATUSES = "All statuses"
ALL_COACHES = "All coaches"
ANY_COACH = 0  # the coach combo's data for "All coaches"; real ids start at 1
_ACTIVE_IN_ORDER = [status for status in BookingStatus if status in ACTIVE_STATUSES]
ACTIVE_LABEL = "Active"


def active_means() -> str:
    statuses = ", ".join(status_label(status) for status in _ACTIVE_IN_ORDER)
    text = QCoreApplication.translate("booking_list", "Bookings still on: {statuses}")
    return text.format(statuses=statuses)


# Widths from a typical text of each column, so that nothing is measured row by row (that would
# read every page). Client and course take whatever room is left.
_TYPICAL_TEXT = {
    Column.DATE: "Wed 30 Sep 2025",
    Column.TIME: "10:00–11:00",
    Column.PHONE: "+6281234567890",
    Column.COACH: "Coach Smith",
    Column.STATUS: "Confirmed",
    Column.PRICE: "Rp 1.500.000",
    Column.PAID: "Rp 1.500.000",
}
# Client and course share the room left over, but never get narrower than this text.
_SHARED_TEXT = {Column.CLIENT: "Siti Nurhaliza", Column.COURSE: "Yoga Pemula"}


def _typical_texts() -> dict[Column, str]:
    """The typical texts, with the date and status as the desk's language writes them."""
    longest_status = max(status_labels().values(), key=len)
    typical_date = formats.weekday_date(dt.date(2025, 9, 30))
    return _TYPICAL_TEXT | {Column.DATE: typical_date, Column.STATUS: longest_status}


def number(count: int) -> str:
    """`1,500` (`1.500` in Indonesian)."""
    return f"{count:,}".replace(",", QLocale().groupSeparator())


def count_text(total: int) -> str:
    if total == 0:
        return QCoreApplication.translate("booking_list", "No bookings match these filters")
    if total == 1:
        return QCoreApplication.translate("booking_list", "1 booking")
    return QCoreApplication.translate("booking_list", "{count} bookings").format(count=number(total))


class BookingListPage(QWidget):
    booking_opened = Signal(int)  # a double-click or Enter on a booking: its id

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        # The booking a person picked, so that it stays picked when the list is read again
        # (and is never silently swapped for the booking that moved into its row).
        self._picked_id: int | None = None
        self._applied: BookingFilter | None = None  # what the list was last asked with
        self._new_list = False  # a new filter or sort starts at the top; a refresh stays put

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Client name, phone or course"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)

        # Item data never holds None: PySide6 6.12 on Python 3.11 miscounts None's references
        # when it comes back from Qt, which ends the program after a few thousand reads.
        self.status = QComboBox()
        self._status_choices: list[frozenset[BookingStatus] | None] = [None, frozenset(ACTIVE_STATUSES)]
        self.status.addItems([self.tr("All statuses"), self.tr("Active")])
        self.status.setItemData(1, active_means(), Qt.ItemDataRole.ToolTipRole)
        for status in BookingStatus:
            self.status.addItem(status_label(status))
            self._status_choices.append(frozenset({status}))
        self.status.currentIndexChanged.connect(self.apply_filters)

        self.coach = QComboBox()
        self.coach.addItem(self.tr("All coaches"), ANY_COACH)
        self.coach.currentIndexChanged.connect(self.apply_filters)

        today = self._qdate(desk.today())
        # A date edit cannot be empty, so a tick says whether it limits the list at all.
        self.use_from = QCheckBox(self.tr("From"))
        self.date_from = self._date_edit(today)
        self.use_to = QCheckBox(self.tr("To"))
        self.date_to = self._date_edit(today)
        # The desk opens on what is coming: from today on, soonest first.
        self.use_from.setChecked(True)
        for tick, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            edit.setEnabled(tick.isChecked())
            tick.toggled.connect(edit.setEnabled)
            tick.toggled.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self._from_moved)
        self.date_to.dateChanged.connect(self._to_moved)

        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.class_chip = ClassChip()  # shown while the list is one class's places
        self.class_chip.sig_cleared.connect(self._class_cleared)

        self.model = BookingTableModel(desk, BookingQuery(seen_by=desk.actor), parent=self)
        self.model.loaded.connect(self._list_loaded)
        self.model.load_failed.connect(self._list_failed)
        self.table = self._make_table()
        # Arrows and Enter join the search field and the results (no nine Tabs in between).
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)

        self.count = QLabel()
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Save every booking that matches the filters, in this order"))
        self.export_button.clicked.connect(self._choose_export_file)
        # The exports are an admin's (services.may_export); the button follows who is signed in.
        desk.actor_changed.connect(lambda actor: self.export_button.setVisible(services.may_export(actor)))
        self.export_button.setVisible(services.may_export(desk.actor))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.coach)
        filters.addSpacing(8)
        for widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            filters.addWidget(widget)
        filters.addSpacing(8)
        filters.addWidget(self.clear_button)
        footer = QHBoxLayout()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.export_button)
        chips = QHBoxLayout()
        chips.addWidget(self.class_chip)
        chips.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(chips)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        self._coaches_stale = True  # the coach filter's list: read again only when coaches change
        self.live = LiveView(self, desk, self._reload, self._concerns)
        self.live.refresh()  # now if shown, else when its tab is first opened
        desk.actor_changed.connect(self._actor_changed)

    # Building ------------------------------------------------------------------------------

    @staticmethod
    def _qdate(day: dt.date) -> QDate:
        return QDate(day.year, day.month, day.day)

    @staticmethod
    def _date_edit(day: QDate) -> QDateEdit:
        edit = within_the_desks_days(QDateEdit(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        return edit

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows, so it never asks for unread pages.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows = table.verticalHeader()
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        padding = 24  # the cell's margins and the header's sort arrow
        for column, text in (_typical_texts() | _SHARED_TEXT).items():
            header.resizeSection(column, table.fontMetrics().horizontalAdvance(text) + padding)
        table.viewport().installEventFilter(self)
        header.setHighlightSections(False)
        # Sorting is handled here rather than by setSortingEnabled, so that a click on a column
        # the service cannot sort by leaves the arrow where it is.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        header.sectionClicked.connect(self._header_clicked)
        table.activated.connect(self._activated)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.setMinimumHeight(200)
        return table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_spare_width()
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
            if plain and watched is self.search and event.key() in TO_RESULTS_KEYS:
                self.apply_filters()  # the results of what was typed, without waiting for the pause
                self.focus_results()
                return True
            if plain and watched is self.table and event.key() == Qt.Key.Key_Up and self._on_first_row():
                self.focus_search()
                return True
        return super().eventFilter(watched, event)

    def focus_results(self) -> None:
        """From the search field to the results, on the first booking."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() > 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0), flags)
            self.table.scrollToTop()

    def _on_first_row(self) -> bool:
        current = self.table.currentIndex()
        return not current.isValid() or current.row() == 0

    def _share_spare_width(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        fixed = sum(header.sectionSize(column) for column in Column if column not in _SHARED_TEXT)
        spare = self.table.viewport().width() - fixed
        for column, text in _SHARED_TEXT.items():
            least = metrics.horizontalAdvance(text) + 24
            header.resizeSection(column, max(least, spare // len(_SHARED_TEXT)))

    # Filters -------------------------------------------------------------------------------

    def current_filter(self) -> BookingFilter:
        def day(edit: QDateEdit) -> dt.date:
            date = edit.date()
            return dt.date(date.year(), date.month(), date.day())

        return BookingFilter(
            statuses=self._status_choices[max(self.status.currentIndex(), 0)],
            coach_id=self.coach.currentData() or None,
            date_from=day(self.date_from) if self.use_from.isChecked() else None,
            date_to=day(self.date_to) if self.use_to.isChecked() else None,
            text=self.search.text().strip() or None,
            occurrence_id=self.class_chip.occurrence_id,
        )

    def apply_filters(self) -> None:
        """Ask the list again with what the filter bar says now (typing waits for a pause)."""
        self._search_timer.stop()
        where = self.current_filter()
        if where != self._applied:
            self._applied = where
            self._new_list = True
            self.model.set_filter(where)

    def clear_filters(self) -> None:
        """Everything, every date: the whole list."""
        self._reset_bar()
        self.class_chip.clear()
        self.apply_filters()

    def show_class(self, occurrence_id: int) -> None:
        """One class's places, in every status and on any date: the filter bar is cleared, and the
        class's chip shows instead (its ✕, or Clear filters, shows every booking again)."""
        self._reset_bar()
        self.class_chip.show_class(occurrence_id)
        self.apply_filters()
        # The chip names the class when the services have said which it is; until then its number.
        self._desk.read(lambda db: services.get_occurrence(db, occurrence_id), self.class_chip.name,
                        lambda _message: None)

    def _class_cleared(self) -> None:
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # the ✕ that had the focus is gone

    def _reset_bar(self) -> None:
        """The filter bar as Clear filters leaves it, without asking the list again yet."""
        for widget in (self.search, self.status, self.coach, self.use_from, self.use_to):
            widget.blockSignals(True)
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.coach.setCurrentIndex(0)
        for tick, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            tick.setChecked(False)
            edit.setEnabled(False)
        for widget in (self.search, self.status, self.coach, self.use_from, self.use_to):
            widget.blockSignals(False)

    def _from_moved(self, date: QDate) -> None:
        if self.use_to.isChecked() and self.date_to.date() < date:
            self.date_to.setDate(date)  # a range that ends before it starts would show nothing
        self.apply_filters()

    def _to_moved(self, date: QDate) -> None:
        if self.use_from.isChecked() and self.date_from.date() > date:
            self.date_from.setDate(date)
        self.apply_filters()

    def _concerns(self, change: Change) -> bool:
        if change.concerns(kinds=[ChangeKind.CATALOG]):
            self._coaches_stale = True
        # A row shows the booking, its client, coach, course and money.
        kinds = {ChangeKind.BOOKINGS, ChangeKind.PAYMENTS, ChangeKind.CLIENTS, ChangeKind.CATALOG}
        return bool(change.kinds & kinds)

    def _reload(self) -> None:
        if self._coaches_stale:
            self._coaches_stale = False
            self._load_coaches()
        if self._applied is None:
            self.apply_filters()  # the first page
        elif self.model.query.seen_by != self._desk.actor:
            self._new_list = True
            self.model.set_query(replace(self.model.query, seen_by=self._desk.actor))
        else:
            self.model.refresh()  # the same filter, rows kept where they stand

    def _load_coaches(self) -> None:
        # Coaches who left are listed too: their bookings are still in the list.
        self._desk.read(
            lambda db: services.list_coaches(db, include_inactive=True), self._show_coaches, self._list_failed
        )

    def _actor_changed(self, _actor: Actor | None) -> None:
        # A coach sees their own sessions (the services decide); the list follows who is in.
        self._coaches_stale = True
        self.live.refresh()

    def _show_coaches(self, coaches: list[CoachView]) -> None:
        coaches = [coach for coach in coaches if services.sees_coach(self._desk.actor, coach.id)]
        chosen = self.coach.currentData()
        self.coach.blockSignals(True)
        self.coach.clear()
        self.coach.addItem(self.tr("All coaches"), ANY_COACH)
        for coach in coaches:
            name = coach.name if coach.active else self.tr("{coach} (left)").format(coach=coach.name)
            self.coach.addItem(name, coach.id)
        found = self.coach.findData(chosen)
        self.coach.setCurrentIndex(max(found, 0))
        self.coach.blockSignals(False)
        if found < 0:
            self.apply_filters()  # the chosen coach is gone: the list shows every coach now

    # The list ------------------------------------------------------------------------------

    def _header_clicked(self, column: int) -> None:
        if self.model.is_sortable(column):
            self._new_list = True
            order = Qt.SortOrder.AscendingOrder
            if column == self.model.sort_column() and self.model.sort_order() == Qt.SortOrder.AscendingOrder:
                order = Qt.SortOrder.DescendingOrder
            self.model.sort(column, order)
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Sort as a click on the column's header would (columns the service cannot sort by stay put)."""
        self._new_list = self._new_list or self.model.is_sortable(column)
        self.model.sort(column, order)
        self.table.horizontalHeader().setSortIndicator(self.model.sort_column(), self.model.sort_order())

    def _list_loaded(self, total: int) -> None:
        self.count.setStyleSheet("")
        self.count.setText(count_text(total))
        if self._new_list:
            self._new_list = False
            self.table.scrollToTop()
        self._keep_pick()

    def _list_failed(self, message: str) -> None:
        self._applied = None  # so that the same filters, applied again, ask again
        self.count.setStyleSheet("color: #7a1f1f;")
        self.count.setText(self.tr("The list could not be read: {reason}").format(reason=message))

    def _keep_pick(self) -> None:
        if self._picked_id is None:
            return
        row = self.model.row_of(self._picked_id)
        selection = self.table.selectionModel()
        if row is None:
            selection.clearSelection()
            self._picked_id = None
            return
        if self.selected_booking_id() != self._picked_id:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(self.model.index(row, 0), flags)

    def _selection_changed(self) -> None:
        picked = self.selected_booking_id()
        if picked is not None or not self.table.selectionModel().hasSelection():
            self._picked_id = picked

    def _activated(self, index: QModelIndex) -> None:
        booking = self.model.booking_at(index.row())
        if booking is not None:
            self.booking_opened.emit(booking.id)

    def selected_booking_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        booking = self.model.booking_at(rows[0].row())
        return booking.id if booking is not None else None

    def focus_search(self) -> None:
        """Ctrl+F: straight to the search field, its text selected to type over."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # Export --------------------------------------------------------------------------------

    def _choose_export_file(self) -> None:
        self.apply_filters()
        if self.model.total == 0:
            self._desk.prompts.info(
                self, self.tr("No bookings match these filters, so there is nothing to export.")
            )
            return
        path = self._desk.prompts.save_path(
            self, self.tr("Export bookings"), f"bookings-{self._desk.today():%Y-%m-%d}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> None:
        """Save every booking that matches the list's filter, in the list's order, to `path`:
        all of them, read page by page through the service, not only the rows on screen."""
        self.apply_filters()
        query = self.model.query
        settings = self._desk.settings
        target = Path(path)
        actor = self._desk.actor

        def work(db: Database) -> int:
            services.require_export(actor)
            try:
                return save_bookings_csv(
                    target, all_bookings(db, query),
                    currency=settings.currency, zone=settings.zone, status_labels=status_labels(),
                    name_units=True,
                )
            except OSError as error:
                reason = error.strerror or self.tr("the file could not be written")
                raise ValidationError(
                    self.tr("Could not save {file}: {reason}.").format(file=target.name, reason=reason)
                ) from error

        def saved(written: int) -> None:
            self.export_button.setEnabled(True)
            if written == 1:
                text = self.tr("Saved 1 booking to {path}.").format(path=target)
            else:
                text = self.tr("Saved {count} bookings to {path}.").format(count=number(written), path=target)
            self._desk.prompts.info(self, text)

        def failed(message: str) -> None:
            self.export_button.setEnabled(True)
            self._desk.prompts.error(self, message)

        self.export_button.setEnabled(False)  # one export at a time
        self._desk.read(work, saved, failed)
