"""Import clients from a CSV file: choose the file, read what the import would do (how many
clients, which rows are left out and why, which columns are used), then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from studio_desk import services
from studio_desk.services import Change, ChangeKind, ClientImport
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.messages import translated


class ImportClientsDialog(DeskDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Import clients"))
        self.setMinimumWidth(560)
        self.data: bytes | None = None
        self.outcome: ClientImport | None = None
        intro = QLabel(
            self.tr(
                "Choose a CSV file saved from a spreadsheet or another studio system. Its first row "
                "names the columns: name (or nama), phone (telepon, HP, WhatsApp), email, notes "
                "(catatan). Clients whose phone number is already here are not added twice."
            )
        )
        intro.setWordWrap(True)
        self.file = QLabel(self.tr("No file chosen yet."))
        self.file.setWordWrap(True)
        self.choose = QPushButton(self.tr("&Choose file…"))
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(160)
        self.message = InlineError()
        self.run = QPushButton(self.tr("&Import"))
        self.run.setEnabled(False)
        close = self.make_close_button()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addStretch(1)
        buttons.addWidget(self.run)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.file)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.set_main_button(self.choose)
        self.set_first_field(self.choose)
        self.choose.clicked.connect(self._choose)
        self.run.clicked.connect(self._import)

    def _choose(self) -> None:
        path = self.desk.prompts.open_path(
            self, self.tr("Import clients"), self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path is None:
            return
        self.run.setEnabled(False)
        self.report.clear()
        self.message.hide()
        self.file.setText(path)
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            self.show_problem(self.message, self.tr("Cannot read {file}: {reason}").format(
                file=Path(path).name, reason=error.strerror or str(error)))
            return
        actor = self.desk.actor
        if actor is None:
            signed_out = self.tr("Sign in first (Ctrl+L), so the desk knows who is doing this.")
            self.show_problem(self.message, signed_out)
            return
        self.data = data
        self.desk.read(
            lambda db: services.preview_client_import(db, actor, data), self._previewed,
            lambda text: self.show_problem(self.message, text), owner=self,
        )

    def _previewed(self, preview: ClientImport) -> None:
        self._show(preview)
        self.run.setEnabled(bool(preview.clients))
        self.set_main_button(self.run if preview.clients else self.choose)
        if preview.clients:
            self.run.setFocus()  # the next Enter imports what the person has just read

    def _import(self) -> None:
        data = self.data
        if data is None:
            return
        self.run.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.import_clients(db, actor, data), self._imported,
            self._failed, change=Change.of_kinds(ChangeKind.CLIENTS), owner=self,
        )

    def _failed(self, text: str) -> None:
        self.run.setEnabled(True)
        self.show_problem(self.message, text)

    def _imported(self, result: ClientImport) -> None:
        self.data = None
        self._show(result)
        self.set_main_button(self.choose)

    def _show(self, outcome: ClientImport) -> None:
        self.outcome = outcome
        lines = [translated(line) for line in outcome.summary()]
        lines += [translated(problem.reason) for problem in outcome.problems]
        self.report.setPlainText("\n".join(lines))
