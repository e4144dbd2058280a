"""The Day's takings page (cash-up): a day's money by method, the day's closings of the till,
the cash the till should hold now against the cash counted, closing the till (any time, as often
as the desk likes), the float and pay-outs, printing it, and the month's takings as a chart.

Every figure and every rule is the services': the totals (`cash_up`), the difference
(`cash_difference`, `describe_difference`), who sees the takings and closes the till
(`may_see_takings`, `may_close_day`) and closing itself (`close_day`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import CashUp, Change, ChangeKind, DayTakings, ValidationError
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.messages import translated
from studio_desk.ui.kit.printing import print_document, save_pdf
from studio_desk.ui.reports.cash_movement_dialog import CashMovement, CashMovementDialog
from studio_desk.ui.reports.report_documents import (
    build_document,
    cash_up_headers,
    cash_up_html,
    cash_up_lines,
    closing_text,
    closings_headers,
    closings_lines,
    month_year,
    other_method_refund_lines,
    other_method_refunds_title,
)
from studio_desk.ui.reports.report_widgets import FiguresTable, date_edit, day_of, set_day
from studio_desk.ui.reports.takings_chart import TakingsChart

# The prompt in English (tests compare with it); shown through tr() in TakingsPage.count_prompt.
COUNT_PROMPT = "Count the cash in the till and type it here to see the difference."
_TONES = {  # the difference's sign -> its colour: matches, over, short
    0: "#1d4d24",
    1: "#5c4400",
    -1: "#7a1f1f",
}


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day of `day`'s month."""
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


class TakingsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.cash_up: CashUp | None = None
        self.cash_dialog: CashMovementDialog | None = None

        self.day_edit = date_edit(desk.today())
        self.day_edit.dateChanged.connect(self._day_moved)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.set_day(self.desk.today()))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_cash_up)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_as_pdf)
        self.table = FiguresTable(cash_up_headers())
        self.table.fit_rows(len(services.METHOD_ORDER) + 1)
        # Refunds by a method that took nothing (an admin's, with a reason): why a column is off.
        self.other_refunds = QLabel()
        self.other_refunds.setWordWrap(True)
        self.other_refunds.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other_refunds.setStyleSheet("color: #5c4400;")
        self.other_refunds.hide()
        self.closings_title = QLabel(self.tr("Closings of the till on this day"))
        self.closings_title.setStyleSheet("font-weight: 600;")
        self.closings = FiguresTable(closings_headers(), names=2)  # when, and who
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()

        self.chart_title = QLabel()
        self.chart_title.setStyleSheet("font-weight: 600;")
        self.chart = TakingsChart(desk.money)
        self.chart.sig_day_clicked.connect(self.set_day)

        bar = QHBoxLayout()
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day_edit)
        for widget in (day_label, self.day_edit, self.today_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.state, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        figures = QHBoxLayout()
        figures.addWidget(self.table, 3)
        figures.addWidget(self._till_box(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(figures)
        layout.addWidget(self.other_refunds)
        layout.addWidget(self.closings_title)
        layout.addWidget(self.closings)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart, 1)

        self.live = LiveView(self, desk, self._load, self._concerns)
        desk.actor_changed.connect(self._actor_changed)
        self.refresh()

    def _actor_changed(self, *_: object) -> None:
        # Someone else signed in on this window: what they may see is read again, as them.
        self._offer_closing()
        self.refresh()

    def _offer_closing(self, *_: object) -> None:
        """The till's count and buttons: today only, for a person who may close the till."""
        today = self.cash_up is not None and self.cash_up.till is not None
        usable = today and services.may_close_day(self.desk.actor)
        for button in (self.close_button, self.float_button, self.payout_button):
            button.setVisible(usable)
        self.counted.setReadOnly(not usable)
        self._form.setRowVisible(self.counted, usable)
        self._form.setRowVisible(self.difference, usable)
        self._form.setRowVisible(self.expected, today)
        self.past_day.setVisible(not today)

    def _till_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cash in the till since the last closing"))
        self.expected = QLabel()
        self.expected.setStyleSheet("font-weight: 600;")
        self.counted = QLineEdit()
        self.counted.setPlaceholderText(
            self.tr("What is in the till, like {amount}").format(
                amount=formats.amount(1_250_000, self.desk.settings.currency)
            )
        )
        self.counted.textChanged.connect(self._update_difference)
        self.counted.returnPressed.connect(self.close_day)
        self.difference = QLabel(self.count_prompt())
        self.difference.setWordWrap(True)
        self.error = InlineError()
        self.close_button = QPushButton(self.tr("C&lose the till…"))
        self.close_button.setToolTip(
            self.tr("Record the counted cash; money taken afterwards belongs to the next closing")
        )
        self.close_button.clicked.connect(self.close_day)
        self.float_button = QPushButton(self.tr("Pu&t in a float…"))
        self.float_button.clicked.connect(lambda: self.record_cash(CashMovement.FLOAT))
        self.payout_button = QPushButton(self.tr("Take cash o&ut…"))
        self.payout_button.clicked.connect(lambda: self.record_cash(CashMovement.PAYOUT))
        self.past_day = QLabel(
            self.tr("The till is counted on the day itself: this day's closings are below.")
        )
        self.past_day.setWordWrap(True)
        self.past_day.setStyleSheet("color: #555555;")
        form = QFormLayout()
        form.addRow(self.tr("Expected:"), self.expected)
        counted_label = QLabel(self.tr("C&ounted cash:"))
        counted_label.setBuddy(self.counted)
        form.addRow(counted_label, self.counted)
        form.addRow("", self.difference)
        self._form = form
        buttons = QHBoxLayout()
        buttons.addWidget(self.float_button)
        buttons.addWidget(self.payout_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.past_day)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch()
        layout.addLayout(buttons)
        return box

    def count_prompt(self) -> str:
        """COUNT_PROMPT in the desk's language."""
        return self.tr("Count the cash in the till and type it here to see the difference.")

    # Which day -----------------------------------------------------------------------------

    @property
    def day(self) -> dt.date:
        return day_of(self.day_edit)

    def set_day(self, day: dt.date) -> None:
        set_day(self.day_edit, day)

    def _day_moved(self) -> None:
        self.counted.blockSignals(True)
        self.counted.clear()
        self.counted.blockSignals(False)
        self.error.clear_message()
        self.note.hide()
        self.refresh()

    def refresh(self) -> None:
        """Read the chosen day's cash-up and its month's takings again (now if shown)."""
        self.live.refresh()

    def _concerns(self, change: Change) -> bool:
        # Money is kept by the day it was taken, which a notice does not carry: any payment counts.
        return bool(change.kinds & {ChangeKind.PAYMENTS, ChangeKind.CLOSINGS, ChangeKind.SETTINGS})

    def _load(self) -> None:
        day, actor = self.day, self.desk.actor
        if not services.may_see_takings(actor):
            return  # the page is not offered to them (ReportsPage); nothing of the money is read
        self.live.read(lambda db: services.cash_up(db, actor, day), self._show_cash_up, self._read_failed)
        first, last = month_of(day)
        self.live.read(
            lambda db: services.takings_by_day(db, actor, first, last), self._show_month, self._read_failed
        )

    # What the page shows -------------------------------------------------------------------

    def _show_cash_up(self, cash_up: CashUp) -> None:
        self.cash_up = cash_up
        money = self.desk.money
        self.table.show_rows(*cash_up_lines(cash_up, money))
        self.expected.setText(money(cash_up.expected_cash))
        self.state.setText(closing_text(cash_up, money))
        closed = cash_up.closing is not None
        self.state.setStyleSheet("color: #1d4d24; font-weight: 600;" if closed else "color: #555555;")
        others = other_method_refund_lines(cash_up)
        self.other_refunds.setText("\n".join([other_method_refunds_title() + ":", *others]))
        self.other_refunds.setVisible(bool(others))
        self.closings.show_rows(*closings_lines(cash_up, money))
        self.closings.fit_rows(len(cash_up.closings) + 1)
        self.closings_title.setVisible(closed)
        self.closings.setVisible(closed)
        till = cash_up.till
        if till is not None:
            self.expected.setText(
                self.tr("{expected} (float {float}, pay-outs {payouts})").format(
                    expected=money(till.expected_cash), float=money(till.float_in),
                    payouts=money(till.paid_out),
                )
            )
        self._offer_closing()
        self._update_difference()

    def _show_month(self, days: tuple[DayTakings, ...]) -> None:
        if not days:
            return
        self.chart.set_takings(days, chosen=self.day)
        total = sum(day.total for day in days)
        self.chart_title.setText(
            self.tr("Takings in {month}: {total} net, by day and method (click a day to open it)").format(
                month=month_year(days[0].day), total=self.desk.money(total)
            )
        )

    def _read_failed(self, message: str) -> None:
        self.error.show_message(message)

    def _update_difference(self) -> None:
        """The difference, live as the count is typed; the service's words for a count it cannot read."""
        cash_up = self.cash_up
        if cash_up is None or cash_up.till is None:
            return
        self.error.clear_message()
        self._form.setRowVisible(self.difference, True)
        if not self.counted.text().strip():
            self.difference.setText(self.count_prompt())
            self.difference.setStyleSheet("color: #555555;")
            return
        try:
            difference = services.cash_difference(cash_up, self.counted.text())
        except ValidationError as error:
            self._form.setRowVisible(self.difference, False)  # the error says it instead
            self.error.show_message(translated(error))
            return
        self._show_difference(difference)

    def _show_difference(self, difference: int) -> None:
        currency = self.desk.settings.currency
        self.difference.setText(translated(services.describe_difference(difference, currency)))
        tone = _TONES[(difference > 0) - (difference < 0)]
        self.difference.setStyleSheet(f"color: {tone}; font-weight: 600;")

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet("color: #7a1f1f;" if problem else "color: #333333;")
        self.note.show()

    # The till ------------------------------------------------------------------------------

    def record_cash(self, kind: CashMovement) -> None:
        """A float put in or cash taken out, in its dialog (the page reads the till again after)."""
        dialog = CashMovementDialog(self.desk, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.cash_dialog = dialog
        dialog.open()

    def close_day(self) -> None:
        """Ask, then close the till with the counted cash; the service's refusal shows here."""
        cash_up = self.cash_up
        if cash_up is None or cash_up.till is None or not self.close_button.isVisible():
            return
        counted_text = self.counted.text()
        try:
            difference = services.cash_difference(cash_up, counted_text)
            counted = services.parse_amount(counted_text, what="The counted cash", currency=cash_up.currency)
        except ValidationError as error:
            self.error.show_message(translated(error))
            self.counted.setFocus()
            return
        question = self.tr(
            "Close the till with {amount} counted in it? {difference}\n\n"
            "The closing keeps this count. Money taken afterwards belongs to the next closing."
        ).format(
            amount=self.desk.money(counted),
            difference=translated(services.describe_difference(difference, cash_up.currency)),
        )
        if not self.desk.prompts.confirm(self, question):
            return
        self.close_button.setEnabled(False)
        self.desk.act(
            lambda db, actor: services.close_day(db, actor, counted_cash=counted_text),
            self._closed,
            self._refused,
            change=Change.of_kinds(ChangeKind.CLOSINGS),
            owner=self,
        )

    def _closed(self, cash_up: CashUp) -> None:
        self.close_button.setEnabled(True)
        self.counted.blockSignals(True)
        self.counted.clear()
        self.counted.blockSignals(False)
        if cash_up.day != self.day:  # past midnight since the page was read: today's till was closed
            self.set_day(cash_up.day)
        self._show_cash_up(cash_up)
        closing = cash_up.closing
        if closing is not None:
            self._say(
                self.tr("The till is closed at {time}. {difference}").format(
                    time=formats.time(closing.closed_at),
                    difference=translated(services.describe_difference(closing.difference, cash_up.currency)),
                )
            )

    def _refused(self, message: str) -> None:
        self.close_button.setEnabled(True)
        self.error.show_message(message)

    # On paper ------------------------------------------------------------------------------

    def document(self) -> QTextDocument:
        if self.cash_up is None:
            raise RuntimeError("the cash-up is printed only once it is read")
        settings = self.desk.settings
        printed_at = self.desk.now().astimezone(settings.zone)
        html = cash_up_html(self.cash_up, settings, printed_at, counted_text=self.counted.text())
        return build_document(html)

    def print_cash_up(self) -> None:
        if self.cash_up is None:
            return
        if print_document(self.document(), self, title=self.tr("Print the day's takings")):
            self._say(self.tr("The day's takings went to the printer."))

    def save_as_pdf(self) -> None:
        path = self.desk.prompts.save_path(
            self, self.tr("Save the day's takings as PDF"), f"takings-{self.day:%Y-%m-%d}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: str | Path) -> Path | None:
        """Save the cash-up as a PDF at `path` (the file chooser's answer; tests call this)."""
        if self.cash_up is None:
            return None
        try:
            saved = save_pdf(self.document(), path, what=self.tr("cash-up"))
        except OSError as error:
            self._say(str(error), problem=True)
            return None
        self._say(self.tr("Saved to {path}").format(path=saved))
        return saved

    def focus_count(self) -> None:
        """Straight to the counted cash (Ctrl+Shift+T), or the day when there is no till to count."""
        target = self.day_edit if self.counted.isReadOnly() else self.counted
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
