"""The owner's reports in words: the lines of the cash-up and coach report tables, and the same
as HTML documents to print or save as PDF."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QTextDocument

from studio_desk import services
from studio_desk.services import (
    CashUp,
    CoachReport,
    CoachTotals,
    OtherMethodRefund,
    StudioSettings,
    ValidationError,
)
from studio_desk.ui.bookings.receipt import studio_name
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.labels import method_label
from studio_desk.ui.kit.messages import translated

Money = Callable[[int], str]
Lines = tuple[list[list[str]], list[str]]  # (rows, total row)



def cash_up_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("report_documents", "Method"),
        QCoreApplication.translate("report_documents", "Taken"),
        QCoreApplication.translate("report_documents", "Refunded"),
        QCoreApplication.translate("report_documents", "Net"),
        QCoreApplication.translate("report_documents", "Payments"),
        QCoreApplication.translate("report_documents", "Refunds"),
    )


def coach_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("report_documents", "Coach"),
        QCoreApplication.translate("report_documents", "Sessions done"),
        QCoreApplication.translate("report_documents", "Minutes"),
        QCoreApplication.translate("report_documents", "Earned"),
        QCoreApplication.translate("report_documents", "Cancellations"),
        QCoreApplication.translate("report_documents", "No-shows"),
        QCoreApplication.translate("report_documents", "Not yet marked"),
        QCoreApplication.translate("report_documents", "With a pack"),
        QCoreApplication.translate("report_documents", "With a membership"),
    )


def coach_note() -> str:
    return QCoreApplication.translate(
        "report_documents",
        "Sessions count on the day they start. Earned is the price, as sold, of the sessions done "
        "and of the no-shows. A no-show is recorded by the coach or an admin; a paid or confirmed "
        "session that ended without being marked is not yet marked.",
    )


def coach_class_note() -> str:
    return QCoreApplication.translate(
        "report_documents",
        "A group class counts its minutes once for its coach, however many clients came.",
    )


def coach_pack_note() -> str:
    return QCoreApplication.translate(
        "report_documents",
        "Sessions paid with a pack count at the pack's price per session; membership sessions at no price.",
    )


def long_day(day: dt.date) -> str:
    """`Friday 24 October 2025` (`Jumat 24 Oktober 2025`)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def month_year(day: dt.date) -> str:
    """`October 2025` (`Oktober 2025`)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMMM yyyy")


def short_day(day: dt.date) -> str:
    return formats.date(day)


def cash_up_lines(cash_up: CashUp, money: Money) -> Lines:
    """One row per payment method, in the services' order, then the day's total."""
    rows = [
        [
            method_label(m.method), money(m.taken), money(m.refunded), money(m.net),
            str(m.payments), str(m.refunds),
        ]
        for m in cash_up.methods
    ]
    total = [
        QCoreApplication.translate("report_documents", "Total"),
        money(cash_up.taken), money(cash_up.refunded), money(cash_up.net),
        str(sum(m.payments for m in cash_up.methods)), str(sum(m.refunds for m in cash_up.methods)),
    ]
    return rows, total


def other_method_refunds_title() -> str:
    return QCoreApplication.translate(
        "report_documents", "Refunds by a method that did not take the money (an admin's reason each)"
    )


def other_method_refund_lines(cash_up: CashUp) -> list[str]:
    """"14:05 · Rp 100.000 refunded by card against cash taken: <reason> (Dewi, booking 12)", one
    for each such refund of the day, so whoever counts the till sees why a method is off."""
    return [_other_method_refund_line(refund, cash_up.currency) for refund in cash_up.other_method_refunds]


def _other_method_refund_line(refund: OtherMethodRefund, currency: str) -> str:
    time, what = formats.time(refund.given_at), translated(refund.words(currency))
    if refund.pack_id is not None:  # a pack's refund ("Dewi, pack #12")
        template = QCoreApplication.translate("report_documents", "{time} · {what} ({name}, pack #{pack})")
        return template.format(time=time, what=what, name=refund.given_by, pack=refund.pack_id)
    template = QCoreApplication.translate("report_documents", "{time} · {what} ({name}, booking {booking})")
    return template.format(time=time, what=what, name=refund.given_by, booking=refund.booking_id)


def closing_text(cash_up: CashUp, money: Money) -> str:
    """"Last closed by Rina on 24 Oct 2025 at 18:05 ...", or that the till was not closed yet."""
    closing = cash_up.closing
    if closing is None:
        if cash_up.till is None:
            return QCoreApplication.translate("report_documents", "The till was not closed on this day.")
        return QCoreApplication.translate(
            "report_documents", "Not closed yet today: the next closing counts everything since the last one."
        )
    when = closing.closed_at
    return QCoreApplication.translate(
        "report_documents",
        "Last closed by {name} on {date} at {time}. Money taken since belongs to the next closing.",
    ).format(name=closing.closed_by, date=short_day(when.date()), time=formats.time(when))


def closings_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("report_documents", "Closed at"),
        QCoreApplication.translate("report_documents", "By"),
        QCoreApplication.translate("report_documents", "Expected"),
        QCoreApplication.translate("report_documents", "Counted"),
        QCoreApplication.translate("report_documents", "Difference"),
    )


def closings_lines(cash_up: CashUp, money: Money) -> Lines:
    """One row per closing of the day (time, who, expected, counted, difference), then the sums."""
    rows = [
        [
            formats.time(c.closed_at), c.closed_by, money(c.expected_cash), money(c.counted_cash),
            _signed(c.difference, money),
        ]
        for c in cash_up.closings
    ]
    closings = cash_up.closings
    total = [
        QCoreApplication.translate("report_documents", "All closings"), "",
        money(sum(c.expected_cash for c in closings)), money(sum(c.counted_cash for c in closings)),
        _signed(sum(c.difference for c in closings), money),
    ]
    return rows, total


def _signed(amount: int, money: Money) -> str:
    """A difference with its sign: "+Rp 1.000" over, "−Rp 5.000" short, "Rp 0" exact."""
    if amount == 0:
        return money(0)
    return ("+" if amount > 0 else "−") + money(abs(amount))


def coach_lines(report: CoachReport, money: Money) -> Lines:
    def line(totals: CoachTotals) -> list[str]:
        return [
            totals.coach_name, str(totals.sessions_done), str(totals.minutes), money(totals.earned),
            str(totals.cancellations), str(totals.no_shows), str(totals.not_yet_marked),
            str(totals.with_pack), str(totals.with_membership),
        ]

    # The total's name is the services' English ("All coaches"): the desk's language here.
    total = replace(report.total, coach_name=QCoreApplication.translate(
        services.TRANSLATION_CONTEXT, report.total.coach_name))
    return [line(coach) for coach in report.coaches], line(total)


# Printable documents --------------------------------------------------------------------------

_CELL = "padding:4px 10px; border-bottom:1px solid #cccccc"


def table_html(headers: Sequence[str], lines: Lines) -> str:
    def cells(texts: Sequence[str], tag: str, style: str = "") -> str:
        # Figures and headings never break inside ("Rp" above "500.000"); names may wrap.
        return "".join(
            f"<{tag} align='{'left' if column == 0 else 'right'}' style='{_CELL}{style}"
            f"{'' if column == 0 else '; white-space:nowrap'}'>{html.escape(text)}</{tag}>"
            for column, text in enumerate(texts)
        )

    rows, total = lines
    body = "".join(f"<tr>{cells(row, 'td')}</tr>" for row in rows)
    return (
        "<table width='100%' cellspacing='0' cellpadding='4'>"
        f"<tr style='background:#eef1f5'>{cells(headers, 'th')}</tr>{body}"
        f"<tr style='background:#eef1f5'>{cells(total, 'td', '; font-weight:bold')}</tr></table>"
    )


def page_html(settings: StudioSettings, title: str, subtitle: str, body: str, printed_at: dt.datetime) -> str:
    printed = QCoreApplication.translate(
        "report_documents", "Printed {date} at {time} ({zone}). Amounts in {currency}."
    ).format(
        date=short_day(printed_at.date()), time=formats.time(printed_at),
        zone=settings.timezone, currency=settings.currency,
    )
    return (
        "<html><body style='font-family: sans-serif; font-size: 10pt'>"
        f"<h2 style='margin-bottom:2px'>{html.escape(studio_name(settings))}</h2>"
        f"<p style='margin-top:0; color:#555555'>{html.escape(title)} — {html.escape(subtitle)}</p>"
        f"{body}"
        f"<p style='margin-top:18px; color:#777777; font-size:8pt'>{html.escape(printed)}</p></body></html>"
    )


def _facts(lines: Sequence[tuple[str, str]]) -> str:
    return "<table cellspacing='0' cellpadding='3' style='margin-top:12px'>" + "".join(
        f"<tr><td style='color:#555555; padding-right:16px'>{html.escape(label)}</td>"
        f"<td>{html.escape(value)}</td></tr>"
        for label, value in lines
    ) + "</table>"


def _counted_so_far(cash_up: CashUp, counted_text: str) -> tuple[int, int] | None:
    """(counted, difference) for the count typed on an open day; None when it is not a count."""
    try:
        return (
            services.parse_amount(counted_text, what="The counted cash", currency=cash_up.currency),
            services.cash_difference(cash_up, counted_text),
        )
    except ValidationError:
        return None


def cash_up_html(
    cash_up: CashUp, settings: StudioSettings, printed_at: dt.datetime, *, counted_text: str = ""
) -> str:
    """The day's cash-up on paper. An open day shows the count typed so far, or a line to write
    it on by hand."""

    def money(amount: int) -> str:
        return formats.money(amount, settings.currency)

    counted_cash = QCoreApplication.translate("report_documents", "Counted cash")
    difference_label = QCoreApplication.translate("report_documents", "Difference")
    facts: list[tuple[str, str]] = []
    if cash_up.till is not None:  # today: the till as the next closing will count it
        expected = QCoreApplication.translate("report_documents", "Cash expected in the till now")
        facts.append((expected, money(cash_up.expected_cash)))
        so_far = _counted_so_far(cash_up, counted_text) if counted_text.strip() else None
        if so_far is not None:
            counted, difference = so_far
            not_closed = QCoreApplication.translate("report_documents", "{amount} (not closed yet)")
            facts += [
                (counted_cash, not_closed.format(amount=money(counted))),
                (difference_label, difference_words(difference, cash_up.currency)),
            ]
        else:
            facts.append((counted_cash, "_" * 24))
    facts.append((QCoreApplication.translate("report_documents", "Till"), closing_text(cash_up, money)))
    body = table_html(cash_up_headers(), cash_up_lines(cash_up, money))
    if cash_up.other_method_refunds:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in other_method_refund_lines(cash_up))
        title = html.escape(other_method_refunds_title())
        body += f"<p style='margin-top:12px'><b>{title}</b></p><ul>{items}</ul>"
    if cash_up.closings:
        body += table_html(closings_headers(), closings_lines(cash_up, money))
    body += _facts(facts)
    title = QCoreApplication.translate("report_documents", "Day's takings")
    return page_html(settings, title, long_day(cash_up.day), body, printed_at)


def coach_report_html(report: CoachReport, settings: StudioSettings, printed_at: dt.datetime) -> str:
    def money(amount: int) -> str:
        return formats.money(amount, settings.currency)

    span = QCoreApplication.translate("report_documents", "{start} to {end}").format(
        start=short_day(report.start), end=short_day(report.end)
    )
    body = table_html(coach_headers(), coach_lines(report, money)) + (
        f"<p style='margin-top:12px; color:#555555'>{html.escape(coach_note())}</p>"
        f"<p style='color:#555555'>{html.escape(coach_class_note())}</p>"
        f"<p style='color:#555555'>{html.escape(coach_pack_note())}</p>"
    )
    title = QCoreApplication.translate("report_documents", "Coach report")
    return page_html(settings, title, span, body, printed_at)


def build_document(html_text: str) -> QTextDocument:
    """An HTML report as a document ready to print or save as PDF."""
    document = QTextDocument()
    document.setDocumentMargin(24)
    document.setHtml(html_text)
    return document


def difference_words(difference: int, currency: str) -> str:
    """"The till is Rp 5.000 short.", in the desk's language."""
    return translated(services.describe_difference(difference, currency))
