"""The one way a screen shows a problem: a red note inside the window, next to what it is
about, instead of a message box that hides the form the person is filling in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


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
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")
