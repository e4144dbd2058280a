"""The fees report in words: the Packs page's Fees tab, its totals line and its table of the fees
the studio's rules charged over the range. Every figure is the services' (`fees_report`); here
they are only written out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio_desk.services import FeesReport
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.messages import translated
from studio_desk.ui.packs.fees_panel import fee_state_label
from studio_desk.ui.reports.packs_lines import Lines, Money

FEE_NAMES = 4  # day, client, what, state; the amount is the one figure


def fees_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("fees_lines", "Day"),
        QCoreApplication.translate("fees_lines", "Client"),
        QCoreApplication.translate("fees_lines", "What"),
        QCoreApplication.translate("fees_lines", "State"),
        QCoreApplication.translate("fees_lines", "Amount"),
    )


def fees_lines(report: FeesReport, money: Money) -> Lines:
    """The fees charged in the range, newest first as the service gives them: the day each was
    charged, the service's sentence for it in the desk's language, and what became of it."""
    rows = [
        [
            formats.date(fee.created_at.date()), fee.client_name, translated(fee.said),
            fee_state_label(fee.state), money(fee.amount),
        ]
        for fee in report.fees
    ]
    return rows, [QCoreApplication.translate("fees_lines", "Total"), "", "", "", money(report.charged)]


def fees_summary(report: FeesReport, money: Money) -> str:
    return QCoreApplication.translate(
        "fees_lines",
        "Charged in these days: {charged} ({kept} of it kept from refunds). Collected: {collected}. "
        "Waived: {waived}. Owed now, whenever charged: {owed}.",
    ).format(
        charged=money(report.charged), kept=money(report.kept), collected=money(report.collected),
        waived=money(report.waived), owed=money(report.owed_now),
    )
