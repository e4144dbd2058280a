"""The owner's exports: every payment and refund line, or every booking, of a date range to a
CSV file whose headers name the studio's currency and time zone."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import BookingFilter, Database, ValidationError
from studio_desk.ui.bookings.booking_table_model import BookingQuery, all_bookings
from studio_desk.ui.bookings.csv_export import save_bookings_csv, zone_name
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.labels import method_label, status_labels
from studio_desk.ui.reports.payments_csv import save_payments_csv
from studio_desk.ui.reports.report_widgets import date_edit, day_of, set_day


class ExportKind(enum.Enum):
    PAYMENTS = "payments"
    BOOKINGS = "bookings"


def _what(kind: ExportKind) -> str:
    if kind is ExportKind.PAYMENTS:
        return QCoreApplication.translate(
            "export_dialog", "Every payment and refund taken on these days (refunds as negative amounts)."
        )
    return QCoreApplication.translate(
        "export_dialog", "Every booking whose session starts on these days, in every status."
    )


def counted(kind: ExportKind, written: int) -> str:
    count = QLocale().toString(written)
    if kind is ExportKind.PAYMENTS:
        if written == 1:
            return QCoreApplication.translate("export_dialog", "1 payment line")
        return QCoreApplication.translate("export_dialog", "{count} payment lines").format(count=count)
    if written == 1:
        return QCoreApplication.translate("export_dialog", "1 booking")
    return QCoreApplication.translate("export_dialog", "{count} bookings").format(count=count)


class ExportDialog(DeskDialog):
    def __init__(self, desk: Desk, kind: ExportKind, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.kind = kind
        self.setWindowTitle(
            self.tr("Export payments") if kind is ExportKind.PAYMENTS else self.tr("Export bookings")
        )
        self.setMinimumWidth(540)
        settings = desk.settings

        today = desk.today()
        self.from_edit = date_edit(today.replace(day=1))
        self.to_edit = date_edit(today)
        self.from_edit.dateChanged.connect(self._from_moved)
        self.to_edit.dateChanged.connect(self._to_moved)
        what = QLabel(_what(kind))
        what.setWordWrap(True)
        units = QLabel(
            self.tr("Amounts in {currency}, times in {zone}.").format(
                currency=settings.currency, zone=zone_name(settings.zone)
            )
        )
        units.setStyleSheet("color: #555555;")
        self.error = InlineError()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        self.save_button = QPushButton(self.tr("&Save CSV…"))
        self.save_button.clicked.connect(self.choose_file)
        self.close_button = self.make_close_button()

        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(units)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addStretch()
        layout.addLayout(buttons)
        self.set_main_button(self.save_button)
        self.set_first_field(self.from_edit)

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        return day_of(self.from_edit), day_of(self.to_edit)

    def set_span(self, start: dt.date, end: dt.date) -> None:
        set_day(self.from_edit, start)
        set_day(self.to_edit, end)

    # A range that ends before it starts would export nothing: the other end follows.
    def _from_moved(self) -> None:
        if self.to_edit.date() < self.from_edit.date():
            self.to_edit.setDate(self.from_edit.date())

    def _to_moved(self) -> None:
        if self.from_edit.date() > self.to_edit.date():
            self.from_edit.setDate(self.to_edit.date())

    def choose_file(self) -> None:
        start, end = self.span
        path = self.desk.prompts.save_path(
            self, self.windowTitle(), f"{self.kind.value}-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write the chosen days' lines to `path` (the file chooser's answer; tests call this)."""
        start, end = self.span
        kind, settings, target, actor = self.kind, self.desk.settings, Path(path), self.desk.actor
        # Worded here, on the GUI thread; `work` runs on the desk's worker.
        not_written = self.tr("the file could not be written")
        could_not_save = self.tr("Could not save {name}: {reason}.")

        def work(db: Database) -> int:
            try:
                if kind is ExportKind.PAYMENTS:
                    labels = {method: method_label(method) for method in services.METHOD_ORDER}
                    return save_payments_csv(
                        target, services.payment_lines(db, actor, start, end),
                        currency=settings.currency, zone=settings.zone, method_labels=labels,
                    )
                services.require_export(actor)
                query = BookingQuery(BookingFilter(date_from=start, date_to=end))
                return save_bookings_csv(
                    target, all_bookings(db, query), currency=settings.currency, zone=settings.zone,
                    status_labels=status_labels(), name_units=True,
                )
            except OSError as error:
                reason = error.strerror or not_written
                raise ValidationError(could_not_save.format(name=target.name, reason=reason)) from error

        self.error.clear_message()
        self.note.hide()
        self.save_button.setEnabled(False)  # one export at a time
        self.desk.read(work, lambda written: self._saved(target, written), self._failed, owner=self)

    def _saved(self, target: Path, written: int) -> None:
        self.save_button.setEnabled(True)
        if written == 0:
            if self.kind is ExportKind.PAYMENTS:
                empty = self.tr("There were no payments on these days; {path} holds the headers only.")
            else:
                empty = self.tr("There were no bookings on these days; {path} holds the headers only.")
            self.note.setText(empty.format(path=target))
        else:
            self.note.setText(
                self.tr("Saved {count} to {path}.").format(count=counted(self.kind, written), path=target)
            )
        self.note.show()

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.error.show_message(message)
