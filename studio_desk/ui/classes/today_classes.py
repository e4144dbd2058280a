"""Bookings > Today's classes: every class of the day with its coach, room, fill, waitlist and
check-ins, to open a class's roster (Enter or a double-click) or show its places in the list.

It keeps itself up to date while open: a place booked, a client checked in or a class changed,
here or at another desk, reads the day again.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
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
from studio_desk.services import Change, ChangeKind, OccurrenceView
from studio_desk.ui.kit import formats, style
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView

AnyIndex = QModelIndex | QPersistentModelIndex
ENDED_TEXT = QColor("#777777")  # a class that is over: still listed, for its roster, but quieter


class Column(enum.IntEnum):
    TIME = 0
    COURSE = enum.auto()
    COACH = enum.auto()
    ROOM = enum.auto()
    PLACES = enum.auto()
    WAITING = enum.auto()
    CHECKED_IN = enum.auto()


_NUMBERS = (Column.PLACES, Column.WAITING, Column.CHECKED_IN)


class TodayClassesModel(QAbstractTableModel):
    """The day's classes in time order, one row each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._classes: list[OccurrenceView] = []
        self._now: dt.datetime | None = None

    def set_classes(self, classes: Sequence[OccurrenceView], now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self._classes = list(classes)
        self._now = now
        self.endResetModel()

    def occurrence_at(self, row: int) -> OccurrenceView | None:
        return self._classes[row] if 0 <= row < len(self._classes) else None

    def row_of(self, occurrence_id: int) -> int | None:
        return next((row for row, o in enumerate(self._classes) if o.id == occurrence_id), None)

    def ended(self, occurrence: OccurrenceView) -> bool:
        return self._now is not None and occurrence.end_at <= self._now

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._classes)

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
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def header(self, column: Column) -> str:
        return {
            Column.TIME: self.tr("Time"),
            Column.COURSE: self.tr("Class"),
            Column.COACH: self.tr("Coach"),
            Column.ROOM: self.tr("Room"),
            Column.PLACES: self.tr("Places"),
            Column.WAITING: self.tr("Waiting"),
            Column.CHECKED_IN: self.tr("Checked in"),
        }[column]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        occurrence, column = self._classes[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(occurrence, column)
        if role == Qt.ItemDataRole.UserRole:
            return occurrence.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.COACH and occurrence.usual_coach_name:
            return self.tr("Standing in for {coach}").format(coach=occurrence.usual_coach_name)
        if column == Column.PLACES and occurrence.full:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(style.FULL_CLASS_FILL)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(style.CLASS_INK)
        if role == Qt.ItemDataRole.ForegroundRole and self.ended(occurrence):
            return ENDED_TEXT
        return None

    def text(self, occurrence: OccurrenceView, column: Column) -> str:
        if column == Column.TIME:
            return f"{formats.time(occurrence.start_at)}–{formats.time(occurrence.end_at)}"
        if column == Column.COURSE:
            return occurrence.course_title
        if column == Column.COACH:
            if occurrence.usual_coach_name:
                return self.tr("{coach} (for {usual})").format(
                    coach=occurrence.coach_name, usual=occurrence.usual_coach_name)
            return occurrence.coach_name
        if column == Column.ROOM:
            return occurrence.room_name or "—"
        if column == Column.PLACES:
            if occurrence.full:
                return self.tr("{fill} full").format(fill=occurrence.fill_text)
            return occurrence.fill_text
        if column == Column.WAITING:
            return str(occurrence.waiting)
        return str(occurrence.checked_in)


class TodayClassesDialog(DeskDialog):
    sig_class_opened = Signal(int)  # Enter, a double-click or Open roster: the occurrence id
    sig_show_places = Signal(int)  # the class's places in the booking list: the occurrence id

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Today's classes — Studio Desk"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.model = TodayClassesModel(self)
        self.table = self._make_table()
        self.empty = QLabel(self.tr("No classes today."))
        self.empty.setStyleSheet("color: #555; padding: 6px 0;")
        self.empty.hide()
        self.problem = InlineError()

        self.open_button = QPushButton(self.tr("&Open roster"))
        self.open_button.clicked.connect(self.open_selected)
        self.places_button = QPushButton(self.tr("Show &places in the list"))
        self.places_button.setToolTip(self.tr("The booking list, showing only this class's places"))
        self.places_button.clicked.connect(self.show_places)
        close = self.make_close_button()
        buttons = QHBoxLayout()
        buttons.addWidget(self.places_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.set_main_button(self.open_button)
        self.set_first_field(self.table)
        self._offer_buttons()

        self.live = LiveView(self, desk, self._load, self._concerns)
        desk.actor_changed.connect(lambda _actor: self.live.refresh())  # a coach sees their own
        self.live.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setToolTip(self.tr("Arrows choose a class; Enter or a double-click opens its roster"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.COURSE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # Enter is the dialog's (Open roster); the view's own `activated` would open it twice.
        table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        table.selectionModel().selectionChanged.connect(lambda *_: self._offer_buttons())
        return table

    # Reading ---------------------------------------------------------------------------------

    def _concerns(self, change: Change) -> bool:
        kinds = (ChangeKind.CLASSES, ChangeKind.BOOKINGS, ChangeKind.CATALOG)
        return change.concerns(kinds=kinds, day=self.desk.today())

    def _load(self) -> None:
        day = self.desk.today()
        self.heading.setText(self.tr("Classes on {date}").format(date=formats.weekday_date(day)))
        self.live.read(lambda db: services.occurrences_between(db, day, day), self._loaded, self._failed)

    def _loaded(self, classes: list[OccurrenceView]) -> None:
        self.problem.hide()
        actor, now = self.desk.actor, self.desk.now()
        picked = self.selected_occurrence_id()
        shown = [o for o in classes if services.sees_coach(actor, o.coach_id)]
        self.model.set_classes(shown, now)
        self.empty.setVisible(not shown)
        self.table.setVisible(bool(shown))
        # The class picked stays picked; at first, the next one to start (or the last of the day).
        row = self.model.row_of(picked) if picked is not None else None
        if row is None and shown:
            row = next((r for r, o in enumerate(shown) if not self.model.ended(o)), len(shown) - 1)
        if row is not None:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._offer_buttons()

    def _failed(self, message: str) -> None:
        text = self.tr("Today's classes could not be read. {reason}")
        self.problem.show_message(text.format(reason=message))

    # Acting ----------------------------------------------------------------------------------

    def selected_occurrence_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        occurrence = self.model.occurrence_at(rows[0].row()) if rows else None
        return occurrence.id if occurrence else None

    def _offer_buttons(self) -> None:
        chosen = self.selected_occurrence_id() is not None
        self.open_button.setEnabled(chosen)
        self.places_button.setEnabled(chosen)

    def _open_row(self, row: int) -> None:
        occurrence = self.model.occurrence_at(row)
        if occurrence is not None:
            self.sig_class_opened.emit(occurrence.id)

    def open_selected(self) -> None:
        """Open roster (Enter): the roster of the class picked, over this list."""
        occurrence_id = self.selected_occurrence_id()
        if occurrence_id is not None:
            self.sig_class_opened.emit(occurrence_id)

    def show_places(self) -> None:
        """The class's places in the booking list, which is where the person goes now."""
        occurrence_id = self.selected_occurrence_id()
        if occurrence_id is not None:
            self.sig_show_places.emit(occurrence_id)
            self.accept()
