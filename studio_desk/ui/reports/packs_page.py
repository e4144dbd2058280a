"""The Packs page of the Reports tab: four reports of the packs and memberships sold, and the fees the
studio's rules charged, each on a tab of its own, over one range of days (from the 1st of this
month to today at first):

- Not yet used: what the studio still owes at the end of the last day of the range (now, for
  today): each pack's sessions left and booked but not done, each membership's days, in money;
- Sold: packs and memberships sold and refunded, by month and by day;
- Ending soon: the packs and memberships whose last day is near, with the client's phone;
- Expired credits: the sessions that ended unused, on the day their pack ended;
- Fees: the fees for late cancels and no-shows charged, kept, collected and waived, and what is
  owed now.

Every figure is the services' (`unused_credits`, `packs_sold`, `expiring_packs`,
`expired_credits`, `fees_report`); who sees the page is theirs too (`may_see_pack_reports`).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_desk import services
from studio_desk.services import (
    Change,
    ChangeKind,
    ExpiredCredits,
    ExpiringPack,
    FeesReport,
    PacksSold,
    UnusedCredits,
)
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.desk import Desk
from studio_desk.ui.kit.inline_error import InlineError
from studio_desk.ui.kit.live_view import LiveView
from studio_desk.ui.kit.printing import print_document, save_pdf
from studio_desk.ui.reports import fees_lines
from studio_desk.ui.reports import packs_lines as lines
from studio_desk.ui.reports.report_documents import build_document, page_html, short_day, table_html
from studio_desk.ui.reports.report_widgets import FiguresTable, date_edit, day_of, set_days

UNUSED_TAB, SOLD_TAB, EXPIRING_TAB, EXPIRED_TAB, FEES_TAB = range(5)
# What the reports read: packs and their ledger, their money, the bookings holding credits (and
# the cancels that charge fees), the clients' names and phones.
_CONCERNS = (
    ChangeKind.PACKS, ChangeKind.PAYMENTS, ChangeKind.BOOKINGS, ChangeKind.CLIENTS, ChangeKind.SETTINGS,
)
EXPIRING_DAYS = 14  # how far ahead "Ending soon" looks at first


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


class PacksPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unused: UnusedCredits | None = None
        self.sold: PacksSold | None = None
        self.expiring: tuple[ExpiringPack, ...] | None = None
        self.expired: ExpiredCredits | None = None
        self.fees: FeesReport | None = None

        today = desk.today()
        self.from_edit = date_edit(today.replace(day=1))  # this month so far
        self.to_edit = date_edit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.refresh)
        self.month_button = QPushButton(self.tr("This month"))
        self.month_button.setToolTip(self.tr("From the 1st of this month to today"))
        self.month_button.clicked.connect(self.this_month)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_as_pdf)
        self.error = InlineError()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()

        self.reports = QTabWidget()
        self.reports.addTab(self._unused_tab(), self.tr("&Not yet used"))
        self.reports.addTab(self._sold_tab(), self.tr("S&old"))
        self.reports.addTab(self._expiring_tab(), self.tr("Endin&g soon"))
        self.reports.addTab(self._expired_tab(), self.tr("E&xpired credits"))
        # F, E and S are the File, Retry and Settings letters: D is free in English and Indonesian.
        self.reports.addTab(self._fees_tab(), self.tr("Fees charge&d"))
        self.reports.currentChanged.connect(self._enable_paper)

        bar = QHBoxLayout()
        from_label = QLabel(self.tr("Fro&m:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, to_label, self.to_edit, self.month_button):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.reports, 1)
        layout.addWidget(self.note)

        self.live = LiveView(self, desk, self._load, self._concerns)
        desk.actor_changed.connect(self.refresh)
        self.refresh()

    # The five tabs ---------------------------------------------------------------------------

    def _unused_tab(self) -> QWidget:
        self.unused_summary = QLabel()
        self.unused_summary.setWordWrap(True)
        self.unused_summary.setStyleSheet("font-weight: 600;")
        self.unused_packs = FiguresTable(lines.unused_pack_headers(), names=lines.UNUSED_PACK_NAMES)
        self.unused_memberships = FiguresTable(
            lines.unused_membership_headers(), names=lines.UNUSED_MEMBERSHIP_NAMES
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.unused_summary)
        layout.addWidget(_title(self.tr("Packs")))
        layout.addWidget(self.unused_packs, 2)
        layout.addWidget(_title(self.tr("Memberships")))
        layout.addWidget(self.unused_memberships, 1)
        layout.addWidget(_note(self.unused_note()))
        layout.addStretch()
        return page

    def unused_note(self) -> str:
        return self.tr(
            "What the studio still owes of what it sold, at the end of the last day chosen (now, for "
            "today). A pack's sessions count at what was paid for it per session, sessions booked but "
            "not done yet included; a membership's days left at what was paid for it per day."
        )

    def _sold_tab(self) -> QWidget:
        self.sold_months = FiguresTable(lines.month_sales_headers())
        self.sold_days = FiguresTable(lines.day_sales_headers())
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_title(self.tr("By month")))
        layout.addWidget(self.sold_months)
        layout.addWidget(_title(self.tr("By day")))
        layout.addWidget(self.sold_days, 1)
        layout.addWidget(_note(self.tr(
            "Money counts on the day it was taken, from the sales' payment lines: a pack given "
            "free takes no money and is not counted. Refunds are the money given back for packs."
        )))
        layout.addStretch()
        return page

    def _expiring_tab(self) -> QWidget:
        self.within = QSpinBox()
        self.within.setRange(1, 366)
        self.within.setValue(EXPIRING_DAYS)
        self.within.setSuffix(self.tr(" days"))
        self.within.valueChanged.connect(self.refresh)
        within_label = QLabel(self.tr("&Within:"))
        within_label.setBuddy(self.within)
        self.expiring_table = FiguresTable(lines.expiring_headers(), names=lines.EXPIRING_NAMES)
        page = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(within_label)
        bar.addWidget(self.within)
        bar.addStretch()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.expiring_table, 1)
        layout.addWidget(_note(self.tr(
            "Packs with sessions left and memberships whose last day is within these days, today "
            "included: the clients to call before what they paid for runs out."
        )))
        layout.addStretch()
        return page

    def _expired_tab(self) -> QWidget:
        self.expired_table = FiguresTable(lines.expired_headers(), names=lines.EXPIRED_NAMES)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.expired_table, 1)
        layout.addWidget(_note(self.tr(
            "Sessions that ended unused, on the day their pack ended, at what was paid for the pack "
            "per session."
        )))
        layout.addStretch()
        return page

    def _fees_tab(self) -> QWidget:
        self.fees_summary = QLabel()
        self.fees_summary.setWordWrap(True)
        self.fees_summary.setStyleSheet("font-weight: 600;")
        self.fees_table = FiguresTable(fees_lines.fees_headers(), names=fees_lines.FEE_NAMES)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.fees_summary)
        layout.addWidget(self.fees_table, 1)
        layout.addWidget(_note(self.fees_note()))
        layout.addStretch()
        return page

    def fees_note(self) -> str:
        return self.tr(
            "The fees the studio's rules charged for late cancels and no-shows, on the day each was "
            "charged. Kept: taken from money already paid, as a smaller refund. Collected and waived "
            "count on the day the money was taken or the fee let go, whenever it was charged."
        )

    # Which days ------------------------------------------------------------------------------

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        return day_of(self.from_edit), day_of(self.to_edit)

    def set_span(self, start: dt.date, end: dt.date) -> None:
        set_days(self.from_edit, self.to_edit, start, end)
        self.refresh()

    def this_month(self) -> None:
        today = self.desk.today()
        self.set_span(today.replace(day=1), today)

    def refresh(self) -> None:
        """Read the five reports again (now if the page is shown)."""
        self.live.refresh()

    def _concerns(self, change: Change) -> bool:
        return change.concerns(kinds=_CONCERNS)

    def _load(self) -> None:
        start, end = self.span
        actor, within = self.desk.actor, self.within.value()
        self.note.hide()
        self.error.clear_message()
        if not services.may_see_pack_reports(actor):
            return  # the page is not offered to them (ReportsPage)
        read = self.live.read
        read(lambda db: services.unused_credits(db, actor, on=end), self._show_unused, self._refused)
        read(lambda db: services.packs_sold(db, actor, start, end), self._show_sold, self._refused)
        read(lambda db: services.expiring_packs(db, actor, days=within), self._show_expiring, self._refused)
        read(lambda db: services.expired_credits(db, actor, start, end), self._show_expired, self._refused)
        read(lambda db: services.fees_report(db, actor, start, end), self._show_fees, self._refused)

    # What the page shows ---------------------------------------------------------------------

    def _show_unused(self, report: UnusedCredits) -> None:
        self.unused = report
        money = self.desk.money
        self.unused_summary.setText(lines.unused_summary(report, money))
        self._fill(self.unused_packs, lines.unused_pack_lines(report, money))
        self._fill(self.unused_memberships, lines.unused_membership_lines(report, money))
        self._enable_paper()

    def _show_sold(self, report: PacksSold) -> None:
        self.sold = report
        self._fill(self.sold_months, lines.month_sales_lines(report, self.desk.money))
        self._fill(self.sold_days, lines.day_sales_lines(report, self.desk.money))
        self._enable_paper()

    def _show_expiring(self, packs: tuple[ExpiringPack, ...]) -> None:
        self.expiring = packs
        self._fill(self.expiring_table, lines.expiring_lines(packs, self.desk.money))
        self._enable_paper()

    def _show_expired(self, report: ExpiredCredits) -> None:
        self.expired = report
        self._fill(self.expired_table, lines.expired_lines(report, self.desk.money))
        self._enable_paper()

    def _show_fees(self, report: FeesReport) -> None:
        self.fees = report
        self.fees_summary.setText(fees_lines.fees_summary(report, self.desk.money))
        self._fill(self.fees_table, fees_lines.fees_lines(report, self.desk.money))
        self._enable_paper()

    @staticmethod
    def _fill(table: FiguresTable, shown: lines.Lines) -> None:
        rows, total = shown
        table.show_rows(rows, total)
        table.fit_rows(len(rows) + 1, fixed=False)  # no empty box below a short report

    def _refused(self, message: str) -> None:
        """The days do not make a report (the service says why): nothing old stays on show."""
        self.sold = self.expired = self.fees = None
        for table in (self.sold_months, self.sold_days, self.expired_table, self.fees_table):
            table.setRowCount(0)
        self.fees_summary.clear()
        self.error.show_message(message)
        self._enable_paper()

    def _enable_paper(self) -> None:
        enabled = self._current_html() is not None
        self.print_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet("color: #7a1f1f;" if problem else "color: #333333;")
        self.note.show()

    # On paper: the report of the tab on show -------------------------------------------------

    def _current_html(self) -> tuple[str, str, str] | None:
        """(title, subtitle, body) of the report on show, or None when it is not read."""
        money = self.desk.money
        start, end = self.span
        span = self.tr("{start} to {end}").format(start=short_day(start), end=short_day(end))
        tab = self.reports.currentIndex()
        if tab == UNUSED_TAB and self.unused is not None:
            report = self.unused
            body = (
                f"<p>{html.escape(lines.unused_summary(report, money))}</p>"
                + table_html(lines.unused_pack_headers(), lines.unused_pack_lines(report, money))
                + "<p></p>"
                + table_html(lines.unused_membership_headers(), lines.unused_membership_lines(report, money))
                + f"<p style='color:#555555'>{html.escape(self.unused_note())}</p>"
            )
            return self.tr("Sold, not yet used"), formats.date_time(report.as_at), body
        if tab == SOLD_TAB and self.sold is not None:
            body = (
                table_html(lines.month_sales_headers(), lines.month_sales_lines(self.sold, money))
                + "<p></p>"
                + table_html(lines.day_sales_headers(), lines.day_sales_lines(self.sold, money))
            )
            return self.tr("Packs sold"), span, body
        if tab == EXPIRING_TAB and self.expiring is not None:
            ahead = self.tr("The next {days} days").format(days=self.within.value())
            return self.tr("Packs ending soon"), ahead, table_html(
                lines.expiring_headers(), lines.expiring_lines(self.expiring, money)
            )
        if tab == EXPIRED_TAB and self.expired is not None:
            return self.tr("Expired credits"), span, table_html(
                lines.expired_headers(), lines.expired_lines(self.expired, money)
            )
        if tab == FEES_TAB and self.fees is not None:
            body = (
                f"<p>{html.escape(fees_lines.fees_summary(self.fees, money))}</p>"
                + table_html(fees_lines.fees_headers(), fees_lines.fees_lines(self.fees, money))
                + f"<p style='color:#555555'>{html.escape(self.fees_note())}</p>"
            )
            return self.tr("Fees charged"), span, body
        return None

    def document(self) -> QTextDocument:
        shown = self._current_html()
        if shown is None:
            raise RuntimeError("a pack report is printed only once it is read")
        title, subtitle, body = shown
        settings = self.desk.settings
        printed_at = self.desk.now().astimezone(settings.zone)
        return build_document(page_html(settings, title, subtitle, body, printed_at))

    def print_report(self) -> None:
        if self._current_html() is None:
            return
        if print_document(self.document(), self, title=self.tr("Print the pack report")):
            self._say(self.tr("The pack report went to the printer."))

    def save_as_pdf(self) -> None:
        start, end = self.span
        path = self.desk.prompts.save_path(
            self, self.tr("Save the pack report as PDF"),
            f"packs-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}.pdf", self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: str | Path) -> Path | None:
        """Save the report on show as a PDF at `path` (the file chooser's answer; tests call this)."""
        if self._current_html() is None:
            return None
        try:
            saved = save_pdf(self.document(), path, what=self.tr("pack report"))
        except OSError as error:
            self._say(str(error), problem=True)
            return None
        self._say(self.tr("Saved to {path}").format(path=saved))
        return saved
