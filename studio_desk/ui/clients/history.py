"""One line per booking and per payment in a client's history, in the desk's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from studio_desk.services import BookingView, PaymentView
from studio_desk.ui.kit import formats
from studio_desk.ui.kit.labels import method_label, status_label


def booking_line(booking: BookingView) -> str:
    """"Sat 25 Oct 2025 10:00 · Yoga Pemula · Coach Smith · Paid"."""
    when = f"{formats.weekday_date(booking.start_at.date())} {formats.time(booking.start_at)}"
    return " · ".join((when, booking.course_title, booking.coach_name, status_label(booking.status)))


def payment_line(payment: PaymentView, money: Callable[[int], str]) -> str:
    """"25 Oct 2025 · Rp 150,000 · Card C-1", a refund marked as one."""
    what = money(payment.amount)
    if payment.is_refund:
        refund = QCoreApplication.translate("client_history", "refund {amount}")
        what = refund.format(amount=money(-payment.amount))
    method = method_label(payment.method)
    if payment.reference:
        method = f"{method} {payment.reference}"
    return " · ".join((formats.date(payment.taken_at.date()), what, method))
