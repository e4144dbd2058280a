"""Help > About Studio Desk: the program's icon, name and version, the database it works on, and
where its log is (what whoever looks after the PC asks for first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio_desk import __version__
from studio_desk.desk_log import current_log_file
from studio_desk.ui.kit.app_icon import application_icon
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog

ICON_PIXELS = 64


class AboutDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("About Studio Desk"))
        self.icon_label = QLabel()
        self.icon_label.setPixmap(application_icon().pixmap(ICON_PIXELS, ICON_PIXELS))
        name = QLabel(self.tr("Studio Desk"))
        name.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__))
        self.database_label = QLabel(self.tr("Database: {database}").format(database=desk.db.describe()))
        self.log_label = QLabel(self.tr("Log: {file}").format(file=current_log_file()))
        # The path or server is worth copying into a message to whoever looks after the desk.
        for label in (self.database_label, self.log_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = self.make_close_button()
        heading = QHBoxLayout()
        heading.addWidget(self.icon_label)
        heading.addWidget(name, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        for label in (self.version_label, self.database_label, self.log_label):
            layout.addWidget(label)
        layout.addLayout(buttons)
        self.setMinimumWidth(380)
        self.set_main_button(close)
        self.set_first_field(close)
