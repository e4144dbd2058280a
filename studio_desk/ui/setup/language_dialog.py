"""Choosing the desk's language on this PC (English or Indonesian); it applies from the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.language import LANGUAGES, choose_language, chosen_language


class LanguageDialog(DeskDialog):
    def __init__(self, desk: Desk, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Language — Studio Desk"))
        self.setMinimumWidth(420)  # wide enough for its title in the window's bar
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(chosen_language(settings)))
        note = QLabel(self.tr("Receipts and reports follow it too. The desk speaks it from its next start."))
        note.setWordWrap(True)
        save = QPushButton(self.tr("&Save"))
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(save)
        buttons.addWidget(self.make_cancel_button())
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.set_main_button(save)
        self.set_first_field(self.language)

    def save(self) -> None:
        choose_language(self.settings, str(self.language.currentData()))
        self.accept()
