"""Adding a person to the desk: their name, role and first PIN (a coach's account is tied to
their coach)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Actor, CoachView, Database, StaffRole, StaffView
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.labels import role_label
from studio_desk.ui.staff.pin_dialogs import STAFF_CHANGED, pin_field


class AddPersonDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Add a person"))
        self.added: StaffView | None = None
        self.name = QLineEdit()
        self.name.setMinimumWidth(240)
        self.role = QComboBox()
        for role in (StaffRole.RECEPTIONIST, StaffRole.COACH, StaffRole.ADMIN):
            self.role.addItem(role_label(role), role)
        self.coach = QComboBox()
        self.pin = pin_field()
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))
        self.again = pin_field()
        self.error = InlineError()
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("C&oach"), self.coach)
        form.addRow(self.tr("&PIN"), self.pin)
        form.addRow(self.tr("PIN a&gain"), self.again)
        self.form = form
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.make_cancel_button())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.set_main_button(self.add_button)
        self.set_first_field(self.name)
        self.watch_input(self.name, self.pin, self.again)
        self.name_field("the person's name", self.name)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        desk.read(services.list_coaches, self._show_coaches, self._refused, owner=self)

    def _show_coaches(self, coaches: list[CoachView]) -> None:
        self.coach.clear()
        for coach in coaches:
            if coach.active:
                self.coach.addItem(coach.name, coach.id)

    def _role_changed(self) -> None:
        # Only a coach's account has a coach: the field is there for that role alone.
        is_coach = self.role.currentData() is StaffRole.COACH
        self.form.setRowVisible(self.coach, is_coach)

    def submit(self) -> None:
        if self.pin.text() != self.again.text():
            self.again.clear()
            self.error.show_message(self.tr("The two PINs differ. Type the PIN again."), about=self.again)
            self.again.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        name, role, pin = self.name.text(), self.role.currentData(), self.pin.text()
        coach_id = self.coach.currentData() if role is StaffRole.COACH else None
        self.add_button.setEnabled(False)

        def add(db: Database, actor: Actor) -> StaffView:
            return services.create_staff(db, actor, name=name, role=role, pin=pin, coach_id=coach_id)

        self.desk.act(
            add,
            self._added, self._refused, change=STAFF_CHANGED, owner=self,
        )

    def _added(self, person: StaffView) -> None:
        self.added = person
        self.forget_input()
        self.accept()

    def _refused(self, message: str) -> None:
        self.add_button.setEnabled(True)
        self.show_problem(self.error, message)
