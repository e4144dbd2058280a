"""PINs from the desk: an admin gives someone a new one, and anyone changes their own (the old
PIN first, the new one twice so that a slip of the finger does not lock them out)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Change, ChangeKind, StaffView
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError

STAFF_CHANGED = Change.of_kinds(ChangeKind.STAFF)


def pin_field() -> QLineEdit:
    """A field for a PIN: digits only, never shown."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(8)
    field.setValidator(QRegularExpressionValidator(r"\d{0,8}"))
    return field


class _NewPin:
    """The new PIN typed twice, the note for refusals and the Save and Cancel buttons: the part
    both PIN dialogs share. The dialog adds what comes before it and saves."""

    def __init__(self, dialog: DeskDialog, save: Callable[[str], None]) -> None:
        self._dialog = dialog
        self._save = save
        self.new_pin = pin_field()
        self.new_pin.setPlaceholderText(QCoreApplication.translate("NewPin", "4 to 8 digits"))
        self.again = pin_field()
        self.error = InlineError()
        self.save_button = QPushButton(QCoreApplication.translate("NewPin", "&Save PIN"))
        self.save_button.clicked.connect(self.submit)
        self.form = QFormLayout()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(dialog.make_cancel_button())
        layout = QVBoxLayout(dialog)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        dialog.set_main_button(self.save_button)

    def add_rows(self) -> None:
        self.form.addRow(QCoreApplication.translate("NewPin", "&New PIN"), self.new_pin)
        self.form.addRow(QCoreApplication.translate("NewPin", "New PIN a&gain"), self.again)

    def submit(self) -> None:
        if self.new_pin.text() != self.again.text():
            self.again.clear()
            differ = QCoreApplication.translate("NewPin", "The two new PINs differ. Type the new PIN again.")
            self.error.show_message(differ, about=self.again)
            self.again.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.save_button.setEnabled(False)
        self._save(self.new_pin.text())

    def saved(self) -> None:
        self._dialog.forget_input()
        self._dialog.accept()

    def refused(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self._dialog.show_problem(self.error, message)


class ResetPinDialog(DeskDialog):
    """An admin gives `person` a new PIN (it also lifts a lockout)."""

    def __init__(self, desk: Desk, person: StaffView, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.person = person
        self.setWindowTitle(self.tr("Reset PIN — {name}").format(name=person.name))
        self.pins = _NewPin(self, self._save)
        told = self.tr("A new PIN for {name}. Tell them in person.").format(name=person.name)
        self.pins.form.addRow(QLabel(told))
        self.pins.add_rows()
        self.watch_input(self.pins.new_pin, self.pins.again)
        self.set_first_field(self.pins.new_pin)

    def _save(self, new_pin: str) -> None:
        person = self.person.id
        self.desk.act(
            lambda db, actor: services.reset_pin(db, actor, person, new_pin),
            lambda _person: self.pins.saved(), self.pins.refused, change=STAFF_CHANGED, owner=self,
        )


class ChangePinDialog(DeskDialog):
    """The signed-in person changes their own PIN; the old one proves it is them."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Change my PIN"))
        self.pins = _NewPin(self, self._save)
        self.old_pin = pin_field()
        self.pins.form.addRow(self.tr("C&urrent PIN"), self.old_pin)
        self.pins.add_rows()
        self.watch_input(self.old_pin, self.pins.new_pin, self.pins.again)
        self.set_first_field(self.old_pin)

    def _save(self, new_pin: str) -> None:
        old_pin = self.old_pin.text()
        self.desk.act(
            lambda db, actor: services.change_own_pin(db, actor, old_pin, new_pin),
            self._changed, self._refused, change=STAFF_CHANGED, owner=self,
        )

    def _changed(self, _person: StaffView) -> None:
        self.desk.prompts.info(self, self.tr("Your PIN is changed. Use the new one from now on."))
        self.pins.saved()

    def _refused(self, message: str) -> None:
        # PINs are short and never shown: after any refusal all three are typed afresh, from
        # the current one, rather than the person guessing which hidden field was wrong.
        for field in (self.old_pin, self.pins.new_pin, self.pins.again):
            field.clear()
        self.pins.refused(message)
        self.old_pin.setFocus(Qt.FocusReason.OtherFocusReason)
