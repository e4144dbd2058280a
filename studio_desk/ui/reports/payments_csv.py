"""Payment and refund lines to a CSV file for the owner or the accountant: plain Python, only
Qt's translation for the headers and the kind of each line.

The headers say which currency the amounts are in and which zone the times are on, because
the file is read away from the desk. Cells are made safe as the bookings export makes them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from studio_desk.services import PaymentLine, PaymentMethod, plain_amount
from studio_desk.ui.bookings.csv_export import plain_text, save_atomically, write_rows, zone_name

# The kinds in English; a file says them in the desk's language (see `kind_text`).
PAYMENT = "Payment"
REFUND = "Refund"


def kind_text(amount: int) -> str:
    if amount < 0:
        return QCoreApplication.translate("payments_csv", "Refund")
    return QCoreApplication.translate("payments_csv", "Payment")


def payment_headers(*, currency: str, zone: dt.tzinfo) -> list[str]:
    return [
        QCoreApplication.translate("payments_csv", "Payment no."),
        QCoreApplication.translate("payments_csv", "Taken at ({zone})").format(zone=zone_name(zone)),
        QCoreApplication.translate("payments_csv", "Kind"),
        QCoreApplication.translate("payments_csv", "Amount ({currency})").format(currency=currency),
        QCoreApplication.translate("payments_csv", "Method"),
        QCoreApplication.translate("payments_csv", "Reference"),
        QCoreApplication.translate("payments_csv", "Booking no."),
        QCoreApplication.translate("payments_csv", "Client"),
        QCoreApplication.translate("payments_csv", "Course"),
        QCoreApplication.translate("payments_csv", "Coach"),
        QCoreApplication.translate("payments_csv", "Taken by"),
    ]


def payment_row(
    line: PaymentLine, *, currency: str, zone: dt.tzinfo, method_labels: Mapping[PaymentMethod, str]
) -> list[str | int]:
    """One line: the time on the studio's clock, the amount in `currency` (negative for a
    refund, so that a column sum is the net takings)."""
    taken_at = line.taken_at.astimezone(zone)
    return [
        line.id,
        f"{taken_at:%Y-%m-%d %H:%M}",
        kind_text(line.amount),
        plain_amount(line.amount, currency),
        method_labels[line.method],
        plain_text(line.reference or ""),
        "" if line.booking_id is None else line.booking_id,  # a pack's sale: its name is the course
        plain_text(line.client_name),
        plain_text(line.course_title),
        plain_text(line.coach_name),
        plain_text(line.taken_by or ""),
    ]


def write_payments_csv(
    stream: TextIO,
    lines: Iterable[PaymentLine],
    *,
    currency: str,
    zone: dt.tzinfo,
    method_labels: Mapping[PaymentMethod, str],
) -> int:
    """Write the header and one row per line to `stream` (opened with newline=""); returns how
    many lines were written."""
    return write_rows(
        stream,
        payment_headers(currency=currency, zone=zone),
        (payment_row(line, currency=currency, zone=zone, method_labels=method_labels) for line in lines),
    )


def save_payments_csv(
    path: str | os.PathLike[str],
    lines: Iterable[PaymentLine],
    *,
    currency: str,
    zone: dt.tzinfo,
    method_labels: Mapping[PaymentMethod, str],
) -> int:
    """Write the file at `path`, whole or not at all (as the bookings export does)."""
    return save_atomically(
        path,
        lambda stream: write_payments_csv(
            stream, lines, currency=currency, zone=zone, method_labels=method_labels
        ),
    )
