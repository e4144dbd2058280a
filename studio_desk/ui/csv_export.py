"""Bookings to a CSV file that Excel and LibreOffice open as they are: plain Python, no Qt.

Kept free of Qt so that the owner's reports and command-line exports (issue 7) write the same
file as the booking list does.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TextIO

from studio_desk.services import BookingStatus, BookingView

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

# A cell starting with one of these is run as a formula by spreadsheets. Names and titles can
# come from the web platform, so free text is never allowed to start one.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _plain_text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def booking_row(
    booking: BookingView, *, currency: str, zone: dt.tzinfo, status_labels: Mapping[BookingStatus, str]
) -> list[str | int]:
    """One line of the file: times on the studio's clock, money as whole numbers of `currency`."""
    start = booking.start_at.astimezone(zone)
    end = booking.end_at.astimezone(zone)
    return [
        booking.id,
        start.date().isoformat(),
        f"{start:%H:%M}",
        f"{end:%H:%M}",
        _plain_text(booking.client_name),
        f"+{booking.client_phone}" if booking.client_phone else "",
        _plain_text(booking.course_title),
        _plain_text(booking.coach_name),
        status_labels[booking.status],
        booking.price,
        booking.paid_total,
        currency,
    ]


def write_bookings_csv(
    stream: TextIO,
    bookings: Iterable[BookingView],
    *,
    currency: str,
    zone: dt.tzinfo,
    status_labels: Mapping[BookingStatus, str],
) -> int:
    """Write the header and one line per booking to `stream` (opened with newline="");
    returns how many bookings were written."""
    writer = csv.writer(stream)
    writer.writerow(HEADERS)
    written = 0
    for booking in bookings:
        writer.writerow(booking_row(booking, currency=currency, zone=zone, status_labels=status_labels))
        written += 1
    return written


def save_bookings_csv(
    path: str | os.PathLike[str],
    bookings: Iterable[BookingView],
    *,
    currency: str,
    zone: dt.tzinfo,
    status_labels: Mapping[BookingStatus, str],
) -> int:
    """Write the file at `path` in UTF-8 with a byte-order mark (without it Excel reads the
    names as another code page). The file appears whole or not at all: it is written beside
    `path` first, so a failure halfway never leaves half an export under the chosen name."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.part")
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
            written = write_bookings_csv(
                stream, bookings, currency=currency, zone=zone, status_labels=status_labels
            )
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return written
