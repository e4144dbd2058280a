"""The base of every dialog of the desk: Enter does its main action, Escape cancels (asking first
when something was typed), focus starts on the first thing to fill in, a refusal shows beside
the field it is about and goes once that is right, the dialog grows to fit a message instead of
cutting it off, and it opens over the middle of the window that opened it.

Qt's own Enter handling follows whichever push button last had focus ("auto default"), so Enter
in a line edit could press Cancel; here Enter is decided once, for every dialog, in
`keyPressEvent`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.messages import Problem

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def input_value(widget: QWidget) -> object:
    """What a person typed or chose in `widget`, to compare with what it held at first."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.isChecked()
    raise TypeError(f"cannot watch {type(widget).__name__} for typed input")


class DeskDialog(QDialog):
    """A dialog of the desk. A subclass names its main button (`set_main_button`), the fields a
    person fills in (`watch_input`) and the first of them (`set_first_field`)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._main_button: QAbstractButton | None = None
        self._first_field: QWidget | None = None
        self._watched: dict[QWidget, object] = {}
        self._named_fields: dict[str, tuple[QWidget, Callable[[], bool] | None]] = {}
        self._asking = False
        self._placed = False

    # What a subclass declares ------------------------------------------------------------------

    def set_main_button(self, button: QAbstractButton) -> None:
        """The button Enter presses. It is drawn as the default; other buttons never take Enter
        over by having had focus."""
        self._main_button = button
        self._mark_default()

    def _mark_default(self) -> None:
        for other in self.findChildren(QPushButton):
            other.setAutoDefault(False)
            other.setDefault(other is self._main_button)

    @property
    def main_button(self) -> QAbstractButton | None:
        return self._main_button

    def set_first_field(self, widget: QWidget) -> None:
        self._first_field = widget

    def watch_input(self, *widgets: QWidget) -> None:
        """Fields whose typed contents Escape must not throw away without asking."""
        for widget in widgets:
            self._watched[widget] = input_value(widget)

    def forget_input(self) -> None:
        """What is in the fields now counts as nothing typed (after it was saved, say)."""
        self.watch_input(*self._watched)

    def has_typed_input(self) -> bool:
        return any(input_value(widget) != first for widget, first in self._watched.items())

    def name_field(self, what: str, widget: QWidget, fixed: Callable[[], bool] | None = None) -> None:
        """`widget` is the field the services call `what` ("the client's name"): their message
        about it shows beside the form and goes once `fixed()` (by default: not empty)."""
        self._named_fields[what] = (widget, fixed)

    def show_problem(self, note: InlineError, message: str) -> None:
        """Show a service's refusal in `note`, tied to the field it is about when it names one."""
        about = message.about if isinstance(message, Problem) else None
        widget, fixed = self._named_fields.get(about or "", (None, None))
        note.show_message(message, about=widget, fixed=fixed)
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)  # where the person puts it right

    # Keys ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus is not self._main_button and focus.isEnabled():
                focus.click()  # Enter on a focused button presses that button, as Space does
            else:
                self.press_main_button()
            event.accept()
            return
        super().keyPressEvent(event)  # Escape: reject()

    def press_main_button(self) -> None:
        button = self._main_button
        if button is not None and button.isVisible() and button.isEnabled():
            button.click()

    # Closing ---------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: ask before typed input is lost."""
        if self._asking:
            return
        if self.has_typed_input():
            self._asking = True
            try:
                discard = self.desk.prompts.confirm(
                    self,
                    QCoreApplication.translate(
                        "DeskDialog", "Close without saving? What you typed here will be lost."
                    ),
                    default=False,  # Enter keeps the work
                )
            finally:
                self._asking = False
            if not discard:
                return
        super().reject()

    # The two ways out, worded the same in every dialog: Cancel where something would be done,
    # Close where the dialog only shows or has already done its work. The base's own words are
    # looked up in the context "DeskDialog": self.tr would use the subclass's name.

    def make_cancel_button(self) -> QPushButton:
        button = QPushButton(QCoreApplication.translate("DeskDialog", "&Cancel"))
        button.clicked.connect(self.reject)
        return button

    def make_close_button(self) -> QPushButton:
        button = QPushButton(QCoreApplication.translate("DeskDialog", "C&lose"))
        button.clicked.connect(self.reject)
        return button

    # Showing ---------------------------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        if visible and not self._placed:
            self._placed = True
            self._centre_on_parent()
        super().setVisible(visible)

    def _centre_on_parent(self) -> None:
        # Some window managers put a dialog at the screen's corner, title bar off screen; the
        # desk puts it over the middle of the window that opened it, inside that screen.
        parent = self.parentWidget()
        if parent is None:
            return
        window = parent.window().frameGeometry()
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            self.adjustSize()  # the size it will open at (Qt would centre its 640x480 default)
        size = self.size()
        place = window.center() - QPoint(size.width() // 2, size.height() // 2)
        screen = parent.window().screen().availableGeometry()
        x = min(max(place.x(), screen.left()), max(screen.left(), screen.right() - size.width()))
        y = min(max(place.y(), screen.top()), max(screen.top(), screen.bottom() - size.height()))
        self.move(x, y)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self._grow_to_fit()
        return handled

    def _grow_to_fit(self) -> None:
        # Qt sizes a window by its layout's minimum, which ignores that a wrapped message needs
        # more lines at the window's width: a message that appears would be cut off.
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if self.height() < needed:
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        layout = self.layout()
        if layout is not None:
            # The dialog never gets smaller than what it holds: a message that appears makes it grow.
            layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._mark_default()  # also the buttons made after set_main_button
        super().showEvent(event)
        if self._first_field is not None and self._first_field.isEnabled():
            self._first_field.setFocus(Qt.FocusReason.OtherFocusReason)
