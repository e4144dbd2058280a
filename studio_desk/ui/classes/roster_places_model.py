"""The places of a class's roster as a table: client, phone, status, when they checked in, and
what the desk should know before letting them in (not paid, no usable credit, a pack ending
soon, a fee owed), written out in words and marked so it catches the eye. Canceled places come
last (the services' order) and are greyed."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from studio_desk.services import BookingStatus, RosterPlace
from studio_desk.ui.kit import formats, style
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.labels import status_label

AnyIndex = QModelIndex | QPersistentModelIndex

# The amber of the desk's notices (rule_notes.NOTICE_STYLE): look before going on.
NOTICE_FILL = QColor("#fff4cc")
NOTICE_TEXT = QColor("#5c4400")
GONE_TEXT = QColor("#8a8a8a")  # a canceled place: still listed, out of the way
MARKER = "⚠"  # before the words, so a row that needs a look stands out even in grey-scale


class Column(enum.IntEnum):
    CLIENT = 0
    PHONE = enum.auto()
    STATUS = enum.auto()
    CHECKED_IN = enum.auto()
    NOTES = enum.auto()


class RosterPlacesModel(QAbstractTableModel):
    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._places: tuple[RosterPlace, ...] = ()

    # What it holds -----------------------------------------------------------------------------

    def set_places(self, places: tuple[RosterPlace, ...]) -> None:
        self.beginResetModel()
        self._places = tuple(places)
        self.endResetModel()

    def places(self) -> tuple[RosterPlace, ...]:
        return self._places

    def place(self, row: int) -> RosterPlace | None:
        return self._places[row] if 0 <= row < len(self._places) else None

    def row_of(self, booking_id: int) -> int | None:
        return next((row for row, p in enumerate(self._places) if p.booking_id == booking_id), None)

    # Words ---------------------------------------------------------------------------------------

    def headers(self) -> dict[Column, str]:
        return {
            Column.CLIENT: self.tr("Client"),
            Column.PHONE: self.tr("Phone"),
            Column.STATUS: self.tr("Status"),
            Column.CHECKED_IN: self.tr("Checked in"),
            Column.NOTES: self.tr("Look out for"),
        }

    def flag_words(self, place: RosterPlace) -> list[str]:
        """What the desk should know before letting the client in, one phrase each."""
        flags = place.flags
        words = []
        if flags.not_paid:
            words.append(self.tr("not paid"))
        if flags.no_usable_credit:
            words.append(self.tr("no usable credit"))
        if flags.pack_expiring:
            words.append(self.tr("pack ending soon"))
        if flags.fee_owed:
            words.append(self.tr("fee owed"))
        return words

    def notes(self, place: RosterPlace) -> str:
        """"⚠ not paid, no usable credit"; plain words for what is only worth knowing."""
        flagged = self.flag_words(place)
        text = f"{MARKER} {', '.join(flagged)}" if flagged else ""
        if place.promoted:
            moved = self.tr("moved up from the waitlist")
            text = f"{text}; {moved}" if text else moved
        return text

    def status_text(self, place: RosterPlace) -> str:
        if place.no_show:
            return self.tr("{status}, no-show").format(status=status_label(place.status))
        return status_label(place.status)

    # The model -----------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's name)
        return 0 if parent.isValid() else len(self._places)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return self.headers()[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        place = self.place(index.row())
        if place is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        gone = place.status is BookingStatus.CANCELED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(place, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if gone:
                return GONE_TEXT
            if column is Column.STATUS:
                return style.status_text(place.status)
            if column is Column.NOTES and place.flags:
                return NOTICE_TEXT
            return None
        if role == Qt.ItemDataRole.BackgroundRole and not gone:
            if column is Column.STATUS:
                return style.status_fill(place.status)
            if column is Column.NOTES and place.flags:
                return NOTICE_FILL
            return None
        if role == Qt.ItemDataRole.UserRole:
            return place.booking_id
        return None

    def _text(self, place: RosterPlace, column: Column) -> str:
        if column is Column.CLIENT:
            return place.client_name
        if column is Column.PHONE:
            return self._desk.phone(place.client_phone)
        if column is Column.STATUS:
            return self.status_text(place)
        if column is Column.CHECKED_IN:
            return "" if place.checked_in_at is None else formats.time(place.checked_in_at)
        return self.notes(place)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
