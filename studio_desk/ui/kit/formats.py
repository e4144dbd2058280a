"""Money, dates and times as the desk shows them.

Dates and times follow the desk's language (QLocale's default, see language): `25 Okt 2025` in
Indonesian, `25 Oct 2025` in English. Money is the studio's currency with the language's
separators: `Rp 150.000` in Indonesian, `Rp 150,000` in English.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

from studio_desk.services import format_amount, format_money


def money(amount: int, currency: str) -> str:
    """`Rp 150.000`."""
    locale = QLocale()
    return format_money(amount, currency, group=locale.groupSeparator(), point=locale.decimalPoint())


def amount(value: int, currency: str) -> str:
    """`150.000`: an amount put in a field for a person to change; parse_amount reads it back."""
    locale = QLocale()
    return format_amount(value, currency, group=locale.groupSeparator(), point=locale.decimalPoint())


def date(day: dt.date) -> str:
    """`25 Okt 2025`."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def weekday_date(day: dt.date) -> str:
    """`Jum 24 Okt 2025`."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def time(moment: dt.datetime | dt.time) -> str:
    """`09:30`, the 24-hour clock in both languages."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def utc_offset(moment: dt.datetime) -> str:
    """`+07:00`, `−05:00`: how far the studio's clocks are from UTC at `moment`."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "−"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def date_time(moment: dt.datetime) -> str:
    """`25 Okt 2025 09:30`."""
    return f"{date(moment.date())} {time(moment)}"
