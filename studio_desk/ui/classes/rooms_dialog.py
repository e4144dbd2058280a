"""The Rooms screen (admins): the rooms classes happen in, each with how many people it holds;
add, rename, resize, set aside and bring back. The services decide what is valid (a room cannot
shrink below a class to come in it) and their refusal shows beside the form."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Actor, Change, ChangeKind, Database, RoomView
from studio_desk.ui.catalog.list_editor import lay_out_list_and_editor
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView

CLASSES_CHANGED = Change.of_kinds(ChangeKind.CLASSES)
NAME_COLUMN, CAPACITY_COLUMN = range(2)
LIST_WIDTH = 260


def classes_concern(change: Change) -> bool:
    """Whether a change may touch rooms, the timetable or its classes."""
    return change.concerns(kinds=[ChangeKind.CLASSES, ChangeKind.CATALOG])


def every_room(db: Database) -> list[RoomView]:
    return services.list_rooms(db, include_inactive=True)


class RoomsDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Rooms"))
        self.rooms: list[RoomView] = []
        self.editing: RoomView | None = None  # None: the form adds a new room

        self.room_list = QTreeWidget()
        self.room_list.setHeaderLabels([self.tr("Room"), self.tr("People")])
        self.room_list.setRootIsDecorated(False)
        self.room_list.setUniformRowHeights(True)
        self.room_list.setMinimumWidth(LIST_WIDTH)
        list_label = QLabel(self.tr("&Rooms"))
        list_label.setBuddy(self.room_list)

        self.name_edit = QLineEdit()
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, services.MAX_CAPACITY)
        self.capacity_spin.setValue(10)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Capacity (people)"), self.capacity_spin)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.note = InlineError()
        self.name_field("the room's name", self.name_edit)

        self.save_button = QPushButton(self.tr("&Save"))
        self.new_button = QPushButton(self.tr("N&ew room"))
        self.aside_button = QPushButton(self.tr("Set &aside"))
        close = self.make_close_button()
        lay_out_list_and_editor(
            self, (list_label, self.room_list), form, (self.state_label, self.note),
            (self.save_button, self.new_button, self.aside_button), close,
        )

        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.start_new)
        self.aside_button.clicked.connect(self.toggle_aside)
        self.room_list.currentItemChanged.connect(self.show_chosen)
        self.set_main_button(self.save_button)
        self.set_first_field(self.name_edit)
        self.start_new()
        self.live = LiveView(self, desk, self.reload, classes_concern)

    # Reading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.live.read(every_room, self.show_rooms, self.refused)

    def show_rooms(self, rooms: list[RoomView]) -> None:
        self.rooms = rooms
        keep = self.editing.id if self.editing else None
        kept = next((row for row, room in enumerate(rooms) if room.id == keep), None)
        self.room_list.blockSignals(True)
        self.room_list.clear()
        for room in rooms:
            self.room_list.addTopLevelItem(self.room_row(room))
        for column in range(self.room_list.columnCount()):
            self.room_list.resizeColumnToContents(column)
        current = self.room_list.topLevelItem(kept) if kept is not None else None
        if current is not None:
            self.room_list.setCurrentItem(current)
        self.room_list.blockSignals(False)
        if kept is not None:
            self.show_room(rooms[kept])
        elif keep is not None:
            self.start_new()

    def room_row(self, room: RoomView) -> QTreeWidgetItem:
        name = room.name if room.active else self.tr("{name} (set aside)").format(name=room.name)
        item = QTreeWidgetItem([name, str(room.capacity)])
        item.setTextAlignment(CAPACITY_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not room.active:
            for column in range(item.columnCount()):
                item.setForeground(column, self.palette().placeholderText())
        return item

    # The form ----------------------------------------------------------------------------------

    def show_chosen(self, current: QTreeWidgetItem | None) -> None:
        row = self.room_list.indexOfTopLevelItem(current) if current is not None else -1
        if 0 <= row < len(self.rooms):
            self.show_room(self.rooms[row])

    def show_room(self, room: RoomView) -> None:
        self.editing = room
        self.name_edit.setText(room.name)
        self.capacity_spin.setValue(room.capacity)
        self.show_state()

    def start_new(self) -> None:
        self.editing = None
        self.room_list.blockSignals(True)
        self.room_list.setCurrentIndex(QModelIndex())
        self.room_list.clearSelection()
        self.room_list.blockSignals(False)
        self.name_edit.clear()
        self.capacity_spin.setValue(10)
        self.show_state()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_state(self) -> None:
        room = self.editing
        self.note.hide()
        self.aside_button.setEnabled(room is not None)
        if room is None:
            self.state_label.setText(self.tr("A new room. Save adds it."))
        elif room.active:
            self.state_label.setText(self.tr("In use: classes can be put in it."))
        else:
            self.state_label.setText(self.tr("Set aside: no new classes in it; the classes there stay."))
        aside = room is None or room.active
        self.aside_button.setText(self.tr("Set &aside") if aside else self.tr("&Bring back"))
        self.watch_input(self.name_edit, self.capacity_spin)

    # Changing ----------------------------------------------------------------------------------

    def save(self) -> None:
        name, capacity, room = self.name_edit.text(), self.capacity_spin.value(), self.editing

        def work(db: Database, actor: Actor) -> RoomView:
            if room is None:
                return services.add_room(db, actor, name=name, capacity=capacity)
            return services.update_room(db, actor, room.id, name=name, capacity=capacity, active=room.active)

        self.desk.act(work, self.saved, self.refused, change=CLASSES_CHANGED, owner=self)

    def toggle_aside(self) -> None:
        room = self.editing
        if room is None:
            return
        # The room as saved changes state; what is typed in the form waits for Save.

        def work(db: Database, actor: Actor) -> RoomView:
            return services.update_room(
                db, actor, room.id, name=room.name, capacity=room.capacity, active=not room.active
            )

        self.desk.act(work, self.saved, self.refused, change=CLASSES_CHANGED, owner=self)

    def saved(self, room: RoomView) -> None:
        self.editing = room
        self.forget_input()
        self.live.refresh()

    def refused(self, message: str) -> None:
        self.show_problem(self.note, message)
