"""Studio settings (admins only): who the studio is, time zone and currency, the desk's minutes,
whether an unpaid fee blocks new bookings, the group classes' waitlist and places, and what
receipts print. The services decide what is allowed: a setting they have fixed (the time zone
once there are bookings, the currency once there are payments) is shown read-only with their
reason, and a refusal is shown beside its field with everything typed kept."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import SettingsLocks, StudioSettings, TaxMode
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.dialog import DeskDialog
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.messages import translated

PAPER_KEYS = "a4", "a5", "80mm", "58mm"


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


def _text_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere else
    box.setFixedHeight(64)
    return box


class StudioSettingsDialog(DeskDialog):
    """Read the settings and what is fixed; save what the admin changed in one service call."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setWindowTitle(self.tr("Studio settings"))
        self.settings: StudioSettings | None = None
        self._build()
        self.set_main_button(self.save_button)
        self.set_first_field(self.name)
        for what, widget in (
            ("the studio's name", self.name), ("the address", self.address),
            ("the studio's phone", self.phone), ("the tax number", self.tax_number),
            ("the time zone", self.timezone), ("the currency", self.currency),
            ("the tax's name", self.tax_name), ("the tax rate", self.tax_rate),
            ("the receipt footer", self.footer),
        ):
            self.name_field(what, widget, lambda: True)
        self.desk.read(
            lambda db: (services.get_settings(db), services.settings_locks(db)),
            self._show, self._could_not_read, owner=self,
        )

    def _build(self) -> None:
        self.name = QLineEdit()
        self.address = _text_box()
        self.phone = QLineEdit()
        self.tax_number = QLineEdit()
        self.tax_number.setPlaceholderText("01.234.567.8-901.000")
        studio = QGroupBox(self.tr("The studio, as its receipts show it"))
        studio_form = QFormLayout(studio)
        studio_form.addRow(self.tr("&Name:"), self.name)
        studio_form.addRow(self.tr("A&ddress:"), self.address)
        studio_form.addRow(self.tr("&Phone:"), self.phone)
        studio_form.addRow(self.tr("Ta&x number (NPWP):"), self.tax_number)

        self.timezone = QComboBox()
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone_fixed = QLabel()
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency_fixed = QLabel()
        for note in (self.timezone_fixed, self.currency_fixed):
            note.setWordWrap(True)
            note.setStyleSheet("color: #555555;")
            note.hide()
        self.hold = _spin(0, 7 * 24 * 60, self.tr(" min"))
        self.hold.setSpecialValueText(self.tr("Never"))
        self.step = _spin(5, 240, self.tr(" min"))
        self.idle_lock = _spin(0, 24 * 60, self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("Never"))
        desk_box = QGroupBox(self.tr("Time, money and the desk"))
        desk_form = QFormLayout(desk_box)
        desk_form.addRow(self.tr("Time &zone:"), self.timezone)
        desk_form.addRow("", self.timezone_fixed)
        desk_form.addRow(self.tr("C&urrency (ISO code):"), self.currency)
        desk_form.addRow("", self.currency_fixed)
        desk_form.addRow(self.tr("&Hold unpaid bookings for:"), self.hold)
        desk_form.addRow(self.tr("Booking s&tep:"), self.step)
        desk_form.addRow(self.tr("&Lock the desk after:"), self.idle_lock)
        # Off: the desk shows what a client owes and books them all the same.
        self.fee_blocks = QCheckBox(self.tr("An unpaid fee &blocks new bookings"))
        desk_form.addRow("", self.fee_blocks)

        # Group classes: how long before a class a freed place still goes to the waitlist, how
        # long a client moved up has to pay, and whether a paid place is confirmed at once.
        self.waitlist_cutoff = _spin(0, 7 * 24 * 60, self.tr(" min"))
        self.waitlist_cutoff.setSpecialValueText(self.tr("When it starts"))
        self.waitlist_hold = _spin(5, 7 * 24 * 60, self.tr(" min"))
        self.confirm_places = QCheckBox(self.tr("C&onfirm a paid class place at once"))
        classes_box = QGroupBox(self.tr("Group classes"))
        classes_form = QFormLayout(classes_box)
        classes_form.addRow(self.tr("&Waitlist closes before a class:"), self.waitlist_cutoff)
        classes_form.addRow(self.tr("A client moved up has to pa&y within:"), self.waitlist_hold)
        classes_form.addRow("", self.confirm_places)

        self.tax_mode = QComboBox()
        self.tax_mode.addItem(self.tr("No tax"), TaxMode.NONE.value)
        self.tax_mode.addItem(self.tr("PPN 12% on a tax base of 11/12 (11%)"), TaxMode.PPN.value)
        self.tax_mode.addItem(self.tr("Regional tax, such as PBJT"), TaxMode.REGIONAL.value)
        self.tax_name = QLineEdit()
        self.tax_rate = _spin(1, 25, "%")
        self.footer = _text_box()
        self.paper = QComboBox()
        for key, label in zip(PAPER_KEYS, (self.tr("A4"), self.tr("A5"), self.tr("80 mm roll"),
                                           self.tr("58 mm roll")), strict=True):
            self.paper.addItem(label, key)
        receipts = QGroupBox(self.tr("Receipts (prices include tax)"))
        self.receipt_form = QFormLayout(receipts)
        self.receipt_form.addRow(self.tr("Tax on rece&ipts:"), self.tax_mode)
        self.receipt_form.addRow(self.tr("Regional tax na&me:"), self.tax_name)
        self.receipt_form.addRow(self.tr("Regional tax &rate:"), self.tax_rate)
        self.receipt_form.addRow(self.tr("Receipt &footer:"), self.footer)
        self.receipt_form.addRow(self.tr("Pap&er:"), self.paper)
        self.tax_mode.currentIndexChanged.connect(self._tax_mode_changed)

        self.error = InlineError()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setEnabled(False)  # until the settings are read
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.make_cancel_button())
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(studio)
        left.addWidget(receipts)
        columns.addLayout(left)
        right = QVBoxLayout()
        right.addWidget(desk_box)
        right.addWidget(classes_box)
        right.addStretch()
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # Reading ---------------------------------------------------------------------------------

    def _show(self, answer: tuple[StudioSettings, SettingsLocks]) -> None:
        settings, locks = answer
        self.settings = settings
        self.name.setText(settings.studio_name)
        self.address.setPlainText(settings.studio_address)
        self.phone.setText(settings.studio_phone)
        self.tax_number.setText(settings.tax_number)
        self.timezone.setCurrentText(settings.timezone)
        self.currency.setText(settings.currency)
        self.hold.setValue(settings.hold_minutes)
        self.step.setValue(settings.slot_step_minutes)
        self.idle_lock.setValue(settings.idle_lock_minutes)
        self.fee_blocks.setChecked(settings.unpaid_fee_blocks_booking)
        self.waitlist_cutoff.setValue(settings.waitlist_cutoff_minutes)
        self.waitlist_hold.setValue(settings.waitlist_hold_minutes)
        self.confirm_places.setChecked(settings.confirm_places_on_payment)
        self.tax_mode.setCurrentIndex(max(0, self.tax_mode.findData(settings.tax_mode)))
        self.tax_name.setText(settings.regional_tax_name)
        self.tax_rate.setValue(settings.regional_tax_percent)
        self.footer.setPlainText(settings.receipt_footer)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper_size)))
        self._fix(self.timezone, self.timezone_fixed, locks.timezone)
        self._fix(self.currency, self.currency_fixed, locks.currency)
        self._tax_mode_changed()
        self.save_button.setEnabled(True)
        self.watch_input(
            self.name, self.address, self.phone, self.tax_number, self.timezone, self.currency, self.hold,
            self.step, self.idle_lock, self.fee_blocks, self.waitlist_cutoff, self.waitlist_hold,
            self.confirm_places, self.tax_mode, self.tax_name, self.tax_rate,
            self.footer, self.paper,
        )

    @staticmethod
    def _fix(field: QWidget, note: QLabel, why: services.Sentence | None) -> None:
        """A setting the services have fixed: read-only, and the reason under it."""
        field.setEnabled(why is None)
        note.setVisible(why is not None)
        if why is not None:
            note.setText(translated(why))

    def _could_not_read(self, message: str) -> None:
        self.show_problem(self.error, message)

    def _tax_mode_changed(self) -> None:
        regional = self.tax_mode.currentData() == TaxMode.REGIONAL.value
        self.receipt_form.setRowVisible(self.tax_name, regional)
        self.receipt_form.setRowVisible(self.tax_rate, regional)

    # Saving ----------------------------------------------------------------------------------

    def changes(self) -> dict[str, object]:
        """Every setting as the form holds it; the fixed ones only when they can change."""
        changes: dict[str, object] = {
            "studio_name": self.name.text(),
            "studio_address": self.address.toPlainText(),
            "studio_phone": self.phone.text(),
            "tax_number": self.tax_number.text(),
            "hold_minutes": self.hold.value(),
            "slot_step_minutes": self.step.value(),
            "idle_lock_minutes": self.idle_lock.value(),
            "unpaid_fee_blocks_booking": self.fee_blocks.isChecked(),
            "waitlist_cutoff_minutes": self.waitlist_cutoff.value(),
            "waitlist_hold_minutes": self.waitlist_hold.value(),
            "confirm_places_on_payment": self.confirm_places.isChecked(),
            "tax_mode": self.tax_mode.currentData(),
            "regional_tax_name": self.tax_name.text(),
            "regional_tax_percent": self.tax_rate.value(),
            "receipt_footer": self.footer.toPlainText(),
            "paper_size": self.paper.currentData(),
        }
        if self.timezone.isEnabled():
            changes["timezone"] = self.timezone.currentText()
        if self.currency.isEnabled():
            changes["currency"] = self.currency.text()
        return changes

    def save(self) -> None:
        self.error.clear_message()
        self.save_button.setEnabled(False)
        changes = self.changes()
        self.desk.act(
            lambda db, actor: services.update_settings(db, actor, **changes),
            self._saved, self._refused, owner=self,
        )

    def _saved(self, settings: StudioSettings) -> None:
        # This desk prints its next receipt with them; others read them again within seconds.
        self.desk.settings = settings
        self.forget_input()
        self.accept()

    def _refused(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.show_problem(self.error, message)

