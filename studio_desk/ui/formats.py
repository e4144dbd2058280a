"""Money, dates and times as the desk shows them.

Dates and times follow the desk's language (QLocale's default, see language): `25 Okt 2025` in
Indonesian, `25 Oct 2025` in English. Money follows the studio's currency, the same in either
language and in the services' messages: rupiah are written `Rp 150.000`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

from studio_desk.services import format_money


def money(amount: int, currency: str) -> str:
    return format_money(amount, currency)


def date(day: dt.date) -> str:
    """`25 Okt 2025`."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def weekday_date(day: dt.date) -> str:
    """`Jum 24 Okt 2025`."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def time(moment: dt.datetime | dt.time) -> str:
    """`09:30`, the 24-hour clock in both languages."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def date_time(moment: dt.datetime) -> str:
    """`25 Okt 2025 09:30`."""
    return f"{date(moment.date())} {time(moment)}"
