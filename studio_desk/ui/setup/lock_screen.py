"""The lock screen: an opaque cover over the whole main window while the desk is locked, with a
PIN to carry on. Nothing behind it can be read or clicked; what happens after a PIN (the same
person carries on, or someone else takes over) is idle_lock.py's business."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import Actor, StaffView
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.labels import role_label
from studio_desk.ui.staff.pin_dialogs import pin_field


class LockScreen(QWidget):
    sig_signed_in = Signal(object)  # Actor: whoever typed their PIN

    def __init__(self, desk: Desk, window: QWidget, locked_for: Actor) -> None:
        super().__init__(window)
        self.desk = desk
        self.locked_for = locked_for
        self._covered = window
        self.setObjectName("lock-screen")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        self.setPalette(palette)

        title = QLabel(self.tr("The desk is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.explanation = QLabel(self.tr(
            "{name} was signed in. Their PIN opens the desk just as they left it; another "
            "person's PIN closes what was open and signs them in."
        ).format(name=locked_for.name))
        self.explanation.setWordWrap(True)
        self.person = QComboBox()
        self.person.setMinimumWidth(260)
        self.pin = pin_field()
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))
        self.pin.returnPressed.connect(self.submit)
        self.error = InlineError()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("&Who are you?"), self.person)
        form.addRow(self.tr("&PIN"), self.pin)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.unlock_button)
        panel = QWidget()
        panel.setMaximumWidth(460)
        inner = QVBoxLayout(panel)
        inner.addWidget(title)
        inner.addWidget(self.explanation)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addLayout(row)
        panel.setMinimumWidth(420)
        outer = QHBoxLayout(self)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)  # at its own size, in the middle

        window.installEventFilter(self)  # to keep covering it as it is resized
        self.setGeometry(window.rect())
        desk.read(services.list_staff, self._show_people, self._show_error, owner=self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._covered and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._covered.rect())
        return False

    def cover(self) -> None:
        self.show()
        self.raise_()
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_people(self, people: list[StaffView]) -> None:
        self.person.clear()
        for person in people:
            self.person.addItem(f"{person.name} ({role_label(person.role)})", person.id)
        index = self.person.findData(self.locked_for.staff_id)
        self.person.setCurrentIndex(max(index, 0))
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, staff_id: int | None) -> None:
        self.person.setCurrentIndex(self.person.findData(staff_id))

    def submit(self) -> None:
        staff_id, pin = self.person.currentData(), self.pin.text()
        if staff_id is None:
            self._show_error(self.tr("Choose who you are."))
            return
        self.unlock_button.setEnabled(False)
        # Through the same service as signing in: a wrong PIN here counts toward the lockout.
        self.desk.read(lambda db: services.sign_in(db, staff_id, pin), self._signed_in, self._refused,
                       owner=self)

    def _signed_in(self, actor: Actor) -> None:
        self.unlock_button.setEnabled(True)
        self.pin.clear()
        self.error.hide()
        self.sig_signed_in.emit(actor)

    def _refused(self, message: str) -> None:
        self.unlock_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error.show_message(message)
