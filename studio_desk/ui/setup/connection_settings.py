"""This PC's database connection: test an address and password, keep them for the next start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk.services import Sentence
from studio_desk.services.setup import connection
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.messages import translated, user_message

GOOD_STYLE = "background: #e9f6ec; color: #1e5b2e; border-radius: 4px; padding: 6px 8px;"
# In English, for reference (and the tests); shown translated (`_saved`).
RESTART_NOTE = (
    "Saved for this computer. The desk uses it from the next time it starts. "
    "--db or STUDIO_DESK_DB, when given, still win."
)


class ConnectionSettingsDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Database connection — Studio Desk"))
        self.setMinimumWidth(560)
        self.url = QLineEdit(desk.db.address())
        self.url.setPlaceholderText(self.tr("postgresql://desk@db-server/studio, or a SQLite file's path"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("PostgreSQL only; kept in this computer's password store"))
        explanation = QLabel(self.tr(
            "Several desks share one PostgreSQL server; a desk on its own can keep a SQLite file. "
            "Now in use: {database}."
        ).format(database=desk.db.describe()))
        explanation.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet(GOOD_STYLE)
        self.outcome.hide()
        self.error = InlineError()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.make_close_button())

        form = QFormLayout()
        form.addRow(self.tr("&Database"), self.url)
        form.addRow(self.tr("&Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.set_main_button(self.save_button)
        self.set_first_field(self.url)
        self.watch_input(self.url, self.password)
        for field in (self.url, self.password):
            # What the check said was about the address as it was.
            field.textChanged.connect(self.outcome.hide)

    def test(self) -> None:
        url, password = self.url.text(), self.password.text() or None
        self._busy(True)
        # Through the task runner but not desk.read: a failure here is about the address typed,
        # not this desk's own database, which must not be shown as offline for it.
        self.desk.tasks.run(lambda: connection.check_connection(url, password), self._tested, self._failed)

    def save(self) -> None:
        url, password = self.url.text(), self.password.text() or None
        self._busy(True)
        self.desk.tasks.run(lambda: connection.save_connection(url, password), self._saved, self._failed)

    def _tested(self, description: Sentence) -> None:
        self._busy(False)
        self._show_result(translated(description))

    def _saved(self, _url: str) -> None:
        self._busy(False)
        self.password.clear()
        self.forget_input()
        self._show_result(self.tr(
            "Saved for this computer. The desk uses it from the next time it starts. "
            "--db or STUDIO_DESK_DB, when given, still win."
        ))

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.outcome.hide()
        self.error.show_message(user_message(error), about=self.url)

    def _show_result(self, text: str) -> None:
        self.error.hide()
        self.outcome.setText(text)
        self.outcome.show()

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
