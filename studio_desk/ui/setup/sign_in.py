"""Sign in, or switch person, with a PIN on the shared desk PC (Ctrl+L)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
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
from studio_desk.services import Actor, StaffView
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.labels import role_label


class SignInDialog(DeskDialog):
    signed_in = Signal(object)  # Actor

    def __init__(
        self, desk: Desk, parent: QWidget | None = None, *, last_staff_id: int | None = None
    ) -> None:
        super().__init__(desk, parent)
        self._last_staff_id = last_staff_id
        self.setWindowTitle(self.tr("Sign in — Studio Desk"))
        self.person = QComboBox()
        self.person.setMinimumWidth(260)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,8}"))
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))
        self.error = InlineError()
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.make_cancel_button())

        form = QFormLayout()
        form.addRow(self.tr("&Who are you?"), self.person)
        form.addRow(self.tr("&PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.set_main_button(self.sign_in_button)
        self.set_first_field(self.pin)
        desk.read(services.list_staff, self._show_people, self._show_error)

    def _show_people(self, people: list[StaffView]) -> None:
        self.person.clear()
        for person in people:
            if person.active:
                self.person.addItem(f"{person.name} ({role_label(person.role)})", person.id)
        if self._last_staff_id is not None:
            index = self.person.findData(self._last_staff_id)
            if index >= 0:
                self.person.setCurrentIndex(index)
        self.pin.setFocus()

    def choose(self, staff_id: int) -> None:
        self.person.setCurrentIndex(self.person.findData(staff_id))

    def submit(self) -> None:
        staff_id, pin = self.person.currentData(), self.pin.text()
        if staff_id is None:
            self._show_error(self.tr("Choose who you are."))
            return
        self.sign_in_button.setEnabled(False)
        self.desk.read(lambda db: services.sign_in(db, staff_id, pin), self._signed_in, self._refused)

    def _signed_in(self, actor: Actor) -> None:
        self.desk.set_actor(actor)
        self.signed_in.emit(actor)
        self.accept()

    def _refused(self, message: str) -> None:
        self.sign_in_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error.show_message(message)
