"""The Staff screen (admins): everyone who uses the desk with their role, whether they still work
here and whether wrong PINs locked them out; add a person, reset a PIN, deactivate or reactivate,
unlock. The services decide what is allowed (the last admin stays); the screen shows their answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from studio_desk.services import Actor, ChangeKind, Database, StaffView
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.labels import role_label
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.staff.person_dialog import AddPersonDialog
from studio_desk.ui.staff.pin_dialogs import STAFF_CHANGED, ResetPinDialog

NAME, ROLE, ACTIVE, LOCKED = range(4)


class StaffDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Staff"))
        self.people: list[StaffView] = []
        self.opened: DeskDialog | None = None  # the dialog opened from here last (for tests)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Works here"),
                                              self.tr("Locked out")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumSize(520, 260)
        label = QLabel(self.tr("&People"))
        label.setBuddy(self.table)
        self.error = InlineError()

        self.add_button = QPushButton(self.tr("&Add person…"))
        self.reset_button = QPushButton(self.tr("Reset P&IN…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        close = self.make_close_button()
        self.add_button.clicked.connect(self.add_person)
        self.reset_button.clicked.connect(self.reset_pin)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.active_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        # Enter closes the screen: each change here is a button of its own, with its own letter.
        self.set_main_button(close)
        self.set_first_field(self.table)
        self.table.itemSelectionChanged.connect(self._offer)
        self.live = LiveView(self, desk, self._load, lambda change: change.concerns(kinds=[ChangeKind.STAFF]))
        self._offer()

    # Reading -----------------------------------------------------------------------------------

    def _load(self) -> None:
        actor = self.desk.actor
        if actor is None:  # the screen is an admin's, and the services say so to anyone else
            self._refused(self.tr("Sign in first (Ctrl+L), so the desk knows who is doing this."))
            return
        self.live.read(lambda db: services.list_all_staff(db, actor), self._show, self._refused)

    def _show(self, people: list[StaffView]) -> None:
        chosen = self.selected()
        self.people = people
        self.table.setRowCount(len(people))
        yes, no = self.tr("Yes"), self.tr("No")
        for row, person in enumerate(people):
            texts = (person.name, role_label(person.role), yes if person.active else no,
                     yes if person.locked else "")
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        ids = [person.id for person in people]
        self.table.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self._offer()

    def selected(self) -> StaffView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.people):
            return None
        return self.people[rows[0].row()]

    def select(self, name: str) -> None:
        """Select the person called `name` (as a person would click their row)."""
        for row, person in enumerate(self.people):
            if person.name == name:
                self.table.selectRow(row)

    def _offer(self) -> None:
        person = self.selected()
        for button in (self.reset_button, self.active_button, self.unlock_button):
            button.setEnabled(person is not None)
        leaving = person is None or person.active
        self.active_button.setText(self.tr("&Deactivate") if leaving else self.tr("R&eactivate"))
        self.unlock_button.setEnabled(person is not None and person.locked)

    # Doing -------------------------------------------------------------------------------------

    def add_person(self) -> None:
        self._open(AddPersonDialog(self.desk, self))

    def reset_pin(self) -> None:
        person = self.selected()
        if person is not None:
            self._open(ResetPinDialog(self.desk, person, self))

    def toggle_active(self) -> None:
        person = self.selected()
        if person is None:
            return
        if person.active:
            question = self.tr("Deactivate {name}? They will no longer be able to sign in.")
            if not self.desk.prompts.confirm(self, question.format(name=person.name), default=False):
                return
            self._act(lambda db, actor: services.deactivate_staff(db, actor, person.id))
        else:
            self._act(lambda db, actor: services.reactivate_staff(db, actor, person.id))

    def unlock(self) -> None:
        person = self.selected()
        if person is not None:
            self._act(lambda db, actor: services.unlock_staff(db, actor, person.id))

    def _act(self, work: Callable[[Database, Actor], StaffView]) -> None:
        self.error.hide()
        self.desk.act(work, lambda _person: None, self._refused, change=STAFF_CHANGED, owner=self)

    def _open(self, dialog: DeskDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.opened = dialog
        dialog.open()

    def _refused(self, message: str) -> None:
        self.show_problem(self.error, message)

