"""The pack reports in words: the headers and the lines of the Packs page's tables, each with its
total line. Every figure is the services'; here they are only written out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from studio_desk.services import ExpiredCredits, ExpiringPack, PackSales, PacksSold, UnusedCredits
from studio_desk.ui.kit import formats
from studio_desk.ui.reports.report_documents import month_year

Money = Callable[[int], str]
Lines = tuple[list[list[str]], list[str]]  # (rows, total row)

# How many of each table's first columns are words (left-aligned); the rest are figures.
UNUSED_PACK_NAMES = 4  # client, pack, sold, last day
UNUSED_MEMBERSHIP_NAMES = 4
EXPIRING_NAMES = 4  # client, phone, pack, last day
EXPIRED_NAMES = 3  # day, client, pack


def _total() -> str:
    return QCoreApplication.translate("packs_lines", "Total")


def _pack(number: int, name: str) -> str:
    """"#12 10 sessions"."""
    return QCoreApplication.translate("packs_lines", "#{number} {name}").format(number=number, name=name)


def _last_day(day: dt.date | None) -> str:
    if day is None:
        return QCoreApplication.translate("packs_lines", "from first use")
    return formats.date(day)


# Sold, not yet used ------------------------------------------------------------------------------


def unused_pack_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("packs_lines", "Client"),
        QCoreApplication.translate("packs_lines", "Pack"),
        QCoreApplication.translate("packs_lines", "Sold"),
        QCoreApplication.translate("packs_lines", "Last day"),
        QCoreApplication.translate("packs_lines", "Sessions"),
        QCoreApplication.translate("packs_lines", "Left"),
        QCoreApplication.translate("packs_lines", "Value left"),
        QCoreApplication.translate("packs_lines", "Booked, not done"),
        QCoreApplication.translate("packs_lines", "Value booked"),
    )


def unused_pack_lines(report: UnusedCredits, money: Money) -> Lines:
    rows = [
        [
            pack.client_name, _pack(pack.pack_id, pack.name), formats.date(pack.sold_on),
            _last_day(pack.last_day), str(pack.sessions), str(pack.balance), money(pack.value),
            str(pack.held), money(pack.held_value),
        ]
        for pack in report.packs
    ]
    total = [
        _total(), "", "", "", "", str(report.balance), money(report.packs_value), str(report.held),
        money(report.held_value),
    ]
    return rows, total


def unused_membership_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("packs_lines", "Client"),
        QCoreApplication.translate("packs_lines", "Membership"),
        QCoreApplication.translate("packs_lines", "Sold"),
        QCoreApplication.translate("packs_lines", "Last day"),
        QCoreApplication.translate("packs_lines", "Days"),
        QCoreApplication.translate("packs_lines", "Days left"),
        QCoreApplication.translate("packs_lines", "Value left"),
    )


def unused_membership_lines(report: UnusedCredits, money: Money) -> Lines:
    rows = [
        [
            membership.client_name, _pack(membership.pack_id, membership.name),
            formats.date(membership.sold_on), _last_day(membership.last_day), str(membership.valid_days),
            str(membership.days_left), money(membership.value),
        ]
        for membership in report.memberships
    ]
    return rows, [_total(), "", "", "", "", "", money(report.memberships_value)]


def unused_summary(report: UnusedCredits, money: Money) -> str:
    return QCoreApplication.translate(
        "packs_lines",
        "Still owed at {when}: {total} ({left} in sessions not booked yet, {booked} in sessions booked "
        "but not done yet, {memberships} in days of memberships).",
    ).format(
        when=formats.date_time(report.as_at), total=money(report.total_value), left=money(report.packs_value),
        booked=money(report.held_value), memberships=money(report.memberships_value),
    )


# Packs sold --------------------------------------------------------------------------------------


def _sales_headers(first: str) -> tuple[str, ...]:
    return (
        first,
        QCoreApplication.translate("packs_lines", "Packs"),
        QCoreApplication.translate("packs_lines", "Packs sold for"),
        QCoreApplication.translate("packs_lines", "Memberships"),
        QCoreApplication.translate("packs_lines", "Memberships sold for"),
        QCoreApplication.translate("packs_lines", "Refunds"),
        QCoreApplication.translate("packs_lines", "Refunded"),
        QCoreApplication.translate("packs_lines", "Net"),
    )


def day_sales_headers() -> tuple[str, ...]:
    return _sales_headers(QCoreApplication.translate("packs_lines", "Day"))


def month_sales_headers() -> tuple[str, ...]:
    return _sales_headers(QCoreApplication.translate("packs_lines", "Month"))


def _sales_line(name: str, sales: PackSales, money: Money) -> list[str]:
    return [
        name, str(sales.packs), money(sales.packs_money), str(sales.memberships),
        money(sales.memberships_money), str(sales.refunds), money(sales.refunded), money(sales.net),
    ]


def day_sales_lines(report: PacksSold, money: Money) -> Lines:
    rows = [_sales_line(formats.date(sales.start), sales, money) for sales in report.days]
    return rows, _sales_line(_total(), report.total, money)


def month_sales_lines(report: PacksSold, money: Money) -> Lines:
    rows = [_sales_line(month_year(sales.start), sales, money) for sales in report.months]
    return rows, _sales_line(_total(), report.total, money)


# Ending soon -------------------------------------------------------------------------------------


def expiring_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("packs_lines", "Client"),
        QCoreApplication.translate("packs_lines", "Phone"),
        QCoreApplication.translate("packs_lines", "Pack"),
        QCoreApplication.translate("packs_lines", "Last day"),
        QCoreApplication.translate("packs_lines", "Days left"),
        QCoreApplication.translate("packs_lines", "Sessions left"),
        QCoreApplication.translate("packs_lines", "Value left"),
    )


def expiring_lines(packs: Sequence[ExpiringPack], money: Money) -> Lines:
    membership = QCoreApplication.translate("packs_lines", "membership")
    rows = [
        [
            pack.client_name, pack.phone, _pack(pack.pack_id, pack.name), formats.date(pack.last_day),
            str(pack.days_left), membership if pack.is_membership else str(pack.balance),
            "" if pack.is_membership else money(pack.value),
        ]
        for pack in packs
    ]
    total = [
        _total(), "", "", "", "", str(sum(pack.balance for pack in packs)),
        money(sum(pack.value for pack in packs)),
    ]
    return rows, total


# Credits that ended unused -----------------------------------------------------------------------


def expired_headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("packs_lines", "Ended on"),
        QCoreApplication.translate("packs_lines", "Client"),
        QCoreApplication.translate("packs_lines", "Pack"),
        QCoreApplication.translate("packs_lines", "Credits"),
        QCoreApplication.translate("packs_lines", "Value"),
    )


def expired_lines(report: ExpiredCredits, money: Money) -> Lines:
    rows = [
        [
            formats.date(pack.day), pack.client_name, _pack(pack.pack_id, pack.name), str(pack.credits),
            money(pack.value),
        ]
        for pack in report.packs
    ]
    return rows, [_total(), "", "", str(report.credits), money(report.value)]
