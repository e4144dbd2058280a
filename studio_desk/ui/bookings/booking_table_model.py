"""The booking list's table model: the service's paged query, a page at a time, never every booking.

How rows arrive. `rowCount` is the query's total from the start, so the scroll bar is true to
the list's length, but a row's data is only read when a view asks for it. A changed filter or
sort asks for the first page through `desk.read` (off the GUI thread) and resets the model when
it arrives. Afterwards, `data()` for a row whose page is not here yet answers "…" and notes the
page; a zero-delay timer then asks for the noted pages in one `desk.read`, so a paint that
touches forty rows makes one request, and no request (or model signal) ever starts inside
`data()`. Pages land with `dataChanged`. Only the most recently used pages are kept, so
scrolling through 100,000 bookings holds a few thousand at most.

canFetchMore/fetchMore is not used: it grows `rowCount` as the view scrolls, so the scroll bar
would lie about the list's length and jumping to the end would mean reading everything before.
"""

from __future__ import annotations

import enum
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from studio_desk import services
from studio_desk.services import Actor, BookingFilter, BookingPage, BookingView, Database
from studio_desk.ui.kit import formats, style
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.labels import status_label

PAGE_SIZE = 200
MAX_CACHED_PAGES = 25  # 5,000 bookings: many screens of scrolling back without asking again
REFRESHED_PAGES = 3  # on a refresh, the pages read last (those on screen) come back at once
EXPORT_PAGE_SIZE = 1000  # the service's largest page (MAX_PAGE)
LOADING = "…"

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    DATE = 0
    TIME = enum.auto()
    CLIENT = enum.auto()
    PHONE = enum.auto()
    COURSE = enum.auto()
    COACH = enum.auto()
    STATUS = enum.auto()
    PRICE = enum.auto()
    PAID = enum.auto()


# The headers in English, for reference; `header()` gives them in the desk's language.
HEADERS = {
    Column.DATE: "Date",
    Column.TIME: "Time",
    Column.CLIENT: "Client",
    Column.PHONE: "Phone",
    Column.COURSE: "Course",
    Column.COACH: "Coach",
    Column.STATUS: "Status",
    Column.PRICE: "Price",
    Column.PAID: "Paid",
}

# The service's sort keys. Time, phone and paid have none; price is left out because the
# service sorts "price" by the course's price today, while the column shows the price as sold.
SORT_KEYS = {
    Column.DATE: "start_at",
    Column.CLIENT: "client",
    Column.COURSE: "course",
    Column.COACH: "coach",
    Column.STATUS: "status",
    Column.PRICE: "price",
}
_COLUMN_OF_KEY = {key: column for column, key in SORT_KEYS.items()}
_MONEY_COLUMNS = (Column.PRICE, Column.PAID)


@dataclass(frozen=True)
class BookingQuery:
    """What the list shows: which bookings and in which order."""

    where: BookingFilter = field(default_factory=BookingFilter)
    sort: str = "start_at"
    descending: bool = False
    # Who looks: the services keep a coach to their own sessions.
    seen_by: Actor | None = None

    def page(self, db: Database, offset: int, limit: int) -> BookingPage:
        return services.list_bookings(
            db, self.where, offset=offset, limit=limit, sort=self.sort, descending=self.descending,
            seen_by=self.seen_by,
        )


def all_bookings(
    db: Database, query: BookingQuery, page_size: int = EXPORT_PAGE_SIZE
) -> Iterator[BookingView]:
    """Every booking `query` matches, in its order, read a page at a time (for exports)."""
    offset = 0
    while True:
        page = query.page(db, offset, page_size)
        yield from page.rows
        offset += len(page.rows)
        if not page.rows or offset >= page.total:
            return


class BookingTableModel(QAbstractTableModel):
    # A new list arrived (after a filter, a sort or a refresh): how many bookings match.
    loaded = Signal(int)
    # The list could not be read: the message a receptionist can read.
    load_failed = Signal(str)

    def __init__(self, desk: Desk, query: BookingQuery | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._query = query or BookingQuery()
        self._total = 0
        self._pages: OrderedDict[int, tuple[BookingView, ...]] = OrderedDict()  # oldest use first
        self._wanted: set[int] = set()
        self._requested: set[int] = set()
        self._failed: set[int] = set()  # not asked again until the next load, or it would loop
        # Every load bumps this; answers to an older load are dropped when they arrive.
        self._generation = 0
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # What is shown ------------------------------------------------------------------------

    @property
    def query(self) -> BookingQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: BookingQuery) -> None:
        self._query = query
        self._load((0,), keep_rows=False)

    def set_filter(self, where: BookingFilter) -> None:
        self.set_query(replace(self._query, where=where))

    def refresh(self) -> None:
        """Read the list again with the same filter and sort (its page does, after a change).
        When the count is unchanged the rows are updated in place, so the view keeps its
        scroll position; the pages on screen come back in the same answer, so nothing blinks."""
        recent = [page for page in reversed(self._pages) if page != 0][: REFRESHED_PAGES - 1]
        self._load((0, *recent), keep_rows=True)

    def loaded_row_count(self) -> int:
        """How many bookings the model holds now (a page or a few, never the whole list)."""
        return sum(len(rows) for rows in self._pages.values())

    # Sorting -------------------------------------------------------------------------------

    @staticmethod
    def is_sortable(column: int) -> bool:
        return column in SORT_KEYS

    def sort_column(self) -> int:
        return _COLUMN_OF_KEY.get(self._query.sort, -1)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        self.set_query(
            replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )

    # Rows ----------------------------------------------------------------------------------

    def booking_at(self, row: int) -> BookingView | None:
        """The booking shown at `row`, or None while its page has not arrived."""
        rows = self._pages.get(row // PAGE_SIZE)
        if rows is None or not 0 <= row % PAGE_SIZE < len(rows):
            return None
        return rows[row % PAGE_SIZE]

    def row_of(self, booking_id: int) -> int | None:
        """Where `booking_id` is among the rows held now; None when it is not held."""
        for page, rows in self._pages.items():
            for position, booking in enumerate(rows):
                if booking.id == booking_id:
                    return page * PAGE_SIZE + position
        return None

    # QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(column)
        if role == Qt.ItemDataRole.ToolTipRole and self.is_sortable(column):
            return self.tr("Click to sort by {column}").format(column=self.header(column).lower())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def header(self, column: Column) -> str:
        return {
            Column.DATE: self.tr("Date"),
            Column.TIME: self.tr("Time"),
            Column.CLIENT: self.tr("Client"),
            Column.PHONE: self.tr("Phone"),
            Column.COURSE: self.tr("Course"),
            Column.COACH: self.tr("Coach"),
            Column.STATUS: self.tr("Status"),
            Column.PRICE: self.tr("Price"),
            Column.PAID: self.tr("Paid"),
        }[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row, column = index.row(), Column(index.column())
        page = row // PAGE_SIZE
        booking = self.booking_at(row)
        if booking is None:
            self._want(page)
            loading = role == Qt.ItemDataRole.DisplayRole and column == Column.DATE
            return LOADING if loading else None
        self._pages.move_to_end(page)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(booking, column)
        if role == Qt.ItemDataRole.UserRole:
            return booking.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == Column.STATUS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return style.status_fill(booking.status)
            if role == Qt.ItemDataRole.ForegroundRole:
                return style.status_text(booking.status)
        return None

    def _text(self, booking: BookingView, column: Column) -> str:
        texts: dict[Column, Callable[[], str]] = {
            Column.DATE: lambda: formats.weekday_date(booking.start_at.date()),
            Column.TIME: lambda: f"{formats.time(booking.start_at)}–{formats.time(booking.end_at)}",
            Column.CLIENT: lambda: booking.client_name,
            Column.PHONE: lambda: self._desk.phone(booking.client_phone),
            Column.COURSE: lambda: self._course_text(booking),
            Column.COACH: lambda: booking.coach_name,
            Column.STATUS: lambda: status_label(booking.status),
            Column.PRICE: lambda: self._desk.money(booking.price),
            Column.PAID: lambda: self._paid_text(booking),
        }
        return texts[column]()

    def _course_text(self, booking: BookingView) -> str:
        """The course; a place in a class says so ("Vinyasa Flow (class)"), from the row itself."""
        if booking.occurrence_id is None:
            return booking.course_title
        return self.tr("{course} (class)").format(course=booking.course_title)

    def _paid_text(self, booking: BookingView) -> str:
        """The money taken, "Pack #12" for a booking a pack paid for, or "—" for nothing yet."""
        if booking.paid_with_pack is not None:
            return self.tr("Pack #{pack}").format(pack=booking.paid_with_pack)
        return self._desk.money(booking.paid_total) if booking.paid_total else "—"

    # Reading pages -------------------------------------------------------------------------

    def _load(self, pages: Sequence[int], *, keep_rows: bool) -> None:
        self._generation += 1
        generation, query = self._generation, self._query
        self._wanted.clear()
        self._requested.clear()
        self._failed.clear()
        self._desk.read(
            lambda db: [query.page(db, page * PAGE_SIZE, PAGE_SIZE) for page in pages],
            lambda answers: self._list_arrived(generation, pages, answers, keep_rows=keep_rows),
            lambda message: self._list_failed(generation, message),
        )

    def _list_arrived(
        self, generation: int, pages: Sequence[int], answers: list[BookingPage], *, keep_rows: bool
    ) -> None:
        if generation != self._generation:
            return
        total = answers[0].total
        fresh = OrderedDict(
            (page, answer.rows) for page, answer in zip(pages, answers, strict=True) if answer.rows
        )
        if keep_rows and total == self._total:
            self._pages = fresh
            if total:
                self.dataChanged.emit(self.index(0, 0), self.index(total - 1, len(Column) - 1))
        else:
            self.beginResetModel()
            self._total = total
            self._pages = fresh
            self.endResetModel()
        self.loaded.emit(total)

    def _list_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.load_failed.emit(message)

    def _want(self, page: int) -> None:
        if page in self._requested or page in self._failed:
            return
        self._wanted.add(page)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        pages = sorted(self._wanted - self._requested - self._pages.keys())
        self._wanted.clear()
        if not pages:
            return
        self._requested.update(pages)
        generation, query = self._generation, self._query
        self._desk.read(
            lambda db: [query.page(db, page * PAGE_SIZE, PAGE_SIZE) for page in pages],
            lambda answers: self._pages_arrived(generation, pages, answers),
            lambda message: self._pages_failed(generation, pages, message),
        )

    def _pages_arrived(self, generation: int, pages: list[int], answers: list[BookingPage]) -> None:
        if generation != self._generation:
            return
        for page, answer in zip(pages, answers, strict=True):
            self._requested.discard(page)
            self._pages[page] = answer.rows
            first = page * PAGE_SIZE
            last = min(first + PAGE_SIZE, self._total) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        if any(answer.total != self._total for answer in answers):
            # Another desk added or removed bookings since the list was read: read it again,
            # or rows would shift between pages and show twice or not at all.
            self.refresh()

    def _pages_failed(self, generation: int, pages: list[int], message: str) -> None:
        if generation != self._generation:
            return
        self._requested.difference_update(pages)
        self._failed.update(pages)
        self.load_failed.emit(message)
