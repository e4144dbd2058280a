"""Message boxes behind one small object, so that tests can read and answer them.

Widgets never call QMessageBox themselves; they ask `desk.prompts`. Tests put a
`tests.support.ui.ScriptedPrompts` there, which records what was said and answers as told.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _title() -> str:
    return QCoreApplication.translate("prompts", "Studio Desk")


class Prompts:
    def error(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, _title(), text)

    def info(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, _title(), text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent, _title(), text)
        return answer == QMessageBox.StandardButton.Yes
