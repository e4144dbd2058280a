"""Message boxes behind one small object, so that tests can read and answer them.

Widgets never call QMessageBox themselves; they ask `desk.prompts`. Tests put a
`tests.support.ui.ScriptedPrompts` there, which records what was said and answers as told.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Prompts:
    def error(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, "Studio Desk", text)

    def info(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, "Studio Desk", text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent, "Studio Desk", text)
        return answer == QMessageBox.StandardButton.Yes
