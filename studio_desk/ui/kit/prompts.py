"""Message boxes and file choosers behind one small object, so that tests can read and answer them.

Widgets never call QMessageBox or QFileDialog themselves; they ask `desk.prompts`. Tests put a
`tests.support.ui.ScriptedPrompts` there, which records what was said and answers as told.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def documents_folder() -> Path:
    """Where file choosers start: the person's documents folder, or their home folder where it
    does not exist (a new account, a bare Linux PC): never the folder the desk was started in."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return folder if folder.is_dir() else Path.home()


def _title() -> str:
    return QCoreApplication.translate("prompts", "Studio Desk")


class Prompts:
    def error(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, _title(), text)

    def info(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, _title(), text)

    def confirm(self, parent: QWidget | None, text: str, *, default: bool = True) -> bool:
        """Yes or No; `default` is what Enter answers (No where Yes would throw work away)."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, _title(), text, yes | no, yes if default else no)
        return answer == yes

    def save_path(self, parent: QWidget | None, title: str, file_name: str, file_filter: str) -> str | None:
        """Where to save a file, suggested as `file_name` in the person's documents folder;
        None when they canceled."""
        path, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / file_name), file_filter)
        return path or None

    def open_path(self, parent: QWidget | None, title: str, file_filter: str) -> str | None:
        """A file to open, chosen starting in the person's documents folder; None when they canceled."""
        path, _ = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), file_filter)
        return path or None
