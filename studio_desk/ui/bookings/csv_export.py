"""Bookings to a CSV file that Excel and LibreOffice open as they are: plain Python, with Qt only
for the headers' words (in the desk's language, as the rest of what it shows).

Kept free of widgets so that the owner's reports and command-line exports (issue 7) write the
same file as the booking list does. The safe cell (`plain_text`) and the whole-or-nothing file
(`save_atomically`) serve the payments export too.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from studio_desk.services import BookingStatus, BookingView, e164_phone, plain_amount

# The header line in English, for reference; `header_words()` gives it in the desk's language.
HEADERS = (
    "Booking no.",
    "Date",
    "Start",
    "End",
    "Client",
    "Phone",
    "Course",
    "Coach",
    "Status",
    "Price",
    "Paid",
    "Currency",
)
# Headers that carry a unit (by their place in HEADERS): named with the studio's zone or
# currency when asked to be.
_ZONED_HEADERS = frozenset({1, 2, 3})
_MONEY_HEADERS = frozenset({9, 10})

# A cell starting with one of these is run as a formula by spreadsheets. Names and titles can
# come from the web platform, so free text is never allowed to start one.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain_text(value: str) -> str:
    """Free text as a cell that a spreadsheet shows as typed, never runs as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def zone_name(zone: dt.tzinfo) -> str:
    """"Asia/Jakarta" for the studio's zone (a fixed offset names itself, like "UTC+07:00")."""
    return str(getattr(zone, "key", None) or zone)


def header_words() -> tuple[str, ...]:
    """HEADERS in the desk's language."""
    return (
        QCoreApplication.translate("csv_export", "Booking no."),
        QCoreApplication.translate("csv_export", "Date"),
        QCoreApplication.translate("csv_export", "Start"),
        QCoreApplication.translate("csv_export", "End"),
        QCoreApplication.translate("csv_export", "Client"),
        QCoreApplication.translate("csv_export", "Phone"),
        QCoreApplication.translate("csv_export", "Course"),
        QCoreApplication.translate("csv_export", "Coach"),
        QCoreApplication.translate("csv_export", "Status"),
        QCoreApplication.translate("csv_export", "Price"),
        QCoreApplication.translate("csv_export", "Paid"),
        QCoreApplication.translate("csv_export", "Currency"),
    )


def booking_headers(*, currency: str | None = None, zone: dt.tzinfo | None = None) -> list[str]:
    """The header line; with `currency` and `zone`, times and money say which they are in:
    "Date (Asia/Jakarta)", "Price (IDR)"."""
    headers = []
    for place, header in enumerate(header_words()):
        if zone is not None and place in _ZONED_HEADERS:
            header = f"{header} ({zone_name(zone)})"
        elif currency is not None and place in _MONEY_HEADERS:
            header = f"{header} ({currency})"
        headers.append(header)
    return headers


def booking_row(
    booking: BookingView, *, currency: str, zone: dt.tzinfo, status_labels: Mapping[BookingStatus, str]
) -> list[str | int]:
    """One line of the file: times on the studio's clock, money in `currency` (`150000`, `15.50`)."""
    start = booking.start_at.astimezone(zone)
    end = booking.end_at.astimezone(zone)
    return [
        booking.id,
        start.date().isoformat(),
        f"{start:%H:%M}",
        f"{end:%H:%M}",
        plain_text(booking.client_name),
        e164_phone(booking.client_phone),  # for machines: the international form, one way for all
        plain_text(booking.course_title),
        plain_text(booking.coach_name),
        status_labels[booking.status],
        plain_amount(booking.price, currency),
        plain_amount(booking.paid_total, currency),
        currency,
    ]


def write_bookings_csv(
    stream: TextIO,
    bookings: Iterable[BookingView],
    *,
    currency: str,
    zone: dt.tzinfo,
    status_labels: Mapping[BookingStatus, str],
    name_units: bool = False,
) -> int:
    """Write the header and one line per booking to `stream` (opened with newline="");
    returns how many bookings were written. `name_units` puts the zone and the currency in
    the headers (the owner's exports, read far from the desk)."""
    return write_rows(
        stream,
        booking_headers(currency=currency, zone=zone) if name_units else header_words(),
        (
            booking_row(booking, currency=currency, zone=zone, status_labels=status_labels)
            for booking in bookings
        ),
    )


def write_rows(stream: TextIO, headers: Sequence[str], rows: Iterable[list[str | int]]) -> int:
    """The headers, then every row, to `stream` (opened with newline=""); returns how many rows."""
    writer = csv.writer(stream)
    writer.writerow(headers)
    written = 0
    for row in rows:
        writer.writerow(row)
        written += 1
    return written


def save_bookings_csv(
    path: str | os.PathLike[str],
    bookings: Iterable[BookingView],
    *,
    currency: str,
    zone: dt.tzinfo,
    status_labels: Mapping[BookingStatus, str],
    name_units: bool = False,
) -> int:
    """Write the bookings' file at `path` (see `save_atomically`); returns how many were written."""
    return save_atomically(
        path,
        lambda stream: write_bookings_csv(
            stream, bookings, currency=currency, zone=zone, status_labels=status_labels, name_units=name_units
        ),
    )


def save_atomically(path: str | os.PathLike[str], write: Callable[[TextIO], int]) -> int:
    """Run `write(stream)` into the file at `path` in UTF-8 with a byte-order mark (without it
    Excel reads the names as another code page). The file appears whole or not at all: it is
    written beside `path` first, so a failure halfway never leaves half an export under the
    chosen name. Returns what `write` returns."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.part")
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
            written = write(stream)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return written
