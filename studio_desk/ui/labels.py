"""The words for the desk's fixed vocabularies (statuses, actions, payment methods, roles), in
the desk's language. Functions, not tables: a translation is looked up when it is shown, after
the language is installed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio_desk.services import BookingAction, BookingStatus, PaymentMethod, StaffRole


def _(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_label(status: BookingStatus) -> str:
    return {
        BookingStatus.PENDING: _("Pending"),
        BookingStatus.PAID: _("Paid"),
        BookingStatus.CONFIRMED: _("Confirmed"),
        BookingStatus.DONE: _("Done"),
        BookingStatus.CANCELED: _("Canceled"),
    }[status]


def status_labels() -> dict[BookingStatus, str]:
    return {status: status_label(status) for status in BookingStatus}


def action_label(action: BookingAction) -> str:
    """The button that takes a booking one step on."""
    return {
        BookingAction.PAY: _("Take payment…"),
        BookingAction.CONFIRM: _("Confirm"),
        BookingAction.COMPLETE: _("Mark done"),
        BookingAction.CANCEL: _("Cancel booking…"),
        BookingAction.RESCHEDULE: _("Reschedule…"),
    }[action]


def method_label(method: PaymentMethod) -> str:
    """"Cash", "Bank transfer", "QRIS": as a field or a table cell shows it."""
    return {
        PaymentMethod.CASH: _("Cash"),
        PaymentMethod.CARD: _("Card"),
        PaymentMethod.BANK_TRANSFER: _("Bank transfer"),
        PaymentMethod.QRIS: _("QRIS"),
        PaymentMethod.EWALLET: _("E-wallet"),
    }[method]


def method_labels() -> dict[PaymentMethod, str]:
    return {method: method_label(method) for method in PaymentMethod}


def role_label(role: StaffRole) -> str:
    return {
        StaffRole.ADMIN: _("owner / admin"),
        StaffRole.RECEPTIONIST: _("reception"),
        StaffRole.COACH: _("coach"),
    }[role]
