"""Help > About Studio Desk: the program's name, its version and the database it works on."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog

DISTRIBUTION = "studio-desk"


def desk_version() -> str:
    """The installed version ("0.1.0"); a copy run from its sources without installing has none."""
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "?"


class AboutDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("About Studio Desk"))
        name = QLabel(self.tr("Studio Desk"))
        name.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.version_label = QLabel(self.tr("Version {version}").format(version=desk_version()))
        self.database_label = QLabel(self.tr("Database: {database}").format(database=desk.db.describe()))
        self.database_label.setWordWrap(True)
        # The path or server is worth copying into a message to whoever looks after the desk.
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = self.make_close_button()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        for label in (name, self.version_label, self.database_label):
            layout.addWidget(label)
        layout.addLayout(buttons)
        self.setMinimumWidth(380)
        self.set_main_button(close)
        self.set_first_field(close)
