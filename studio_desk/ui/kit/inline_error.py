"""The one way a screen shows a problem: a red note inside the window, next to what it is
about, instead of a message box that hides the form the person is filling in. A note about one
field goes away by itself as soon as that field is put right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class InlineError(QLabel):
    """A message inside a dialog, next to what it is about, instead of a box that hides the form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel { color: #7a1f1f; background: #fbe0e0; border: 1px solid #e8b4b4;"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self._fixed: Callable[[], bool] | None = None
        self.hide()

    def show_message(
        self, text: str, *, about: QWidget | None = None, fixed: Callable[[], bool] | None = None
    ) -> None:
        """Show `text`. With `about`, it disappears once that field is acceptable: `fixed()` says
        so, and by default a field is acceptable when it is no longer empty."""
        self.setText(text)
        self.setVisible(bool(text))
        self._fixed = None
        if about is not None and text:
            self._fixed = fixed or (lambda: bool(field_text(about).strip()))
            changed = change_signal(about)
            # Connected once per field; a later message replaces what `_fixed` checks.
            if about.property("inline_error_watched") is not True:
                about.setProperty("inline_error_watched", True)
                changed.connect(self._field_changed)

    def clear_message(self) -> None:
        self.show_message("")

    def _field_changed(self) -> None:
        if self.isVisible() and self._fixed is not None and self._fixed():
            self.clear_message()


def field_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    raise TypeError(f"{type(widget).__name__} is not a field a message can be about")


def change_signal(widget: QWidget) -> SignalInstance:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.editingFinished
    raise TypeError(f"{type(widget).__name__} is not a field a message can be about")
