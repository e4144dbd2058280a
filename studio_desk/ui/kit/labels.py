"""The words for the desk's fixed vocabularies (statuses, actions, payment methods, roles), in
the desk's language. Functions, not tables: a translation is looked up when it is shown, after
the language is installed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio_desk.services import BookingAction, BookingStatus, PaymentMethod, StaffRole


def status_label(status: BookingStatus) -> str:
    return {
        BookingStatus.PENDING: QCoreApplication.translate("labels", "Pending"),
        BookingStatus.PAID: QCoreApplication.translate("labels", "Paid"),
        BookingStatus.CONFIRMED: QCoreApplication.translate("labels", "Confirmed"),
        BookingStatus.DONE: QCoreApplication.translate("labels", "Done"),
        BookingStatus.CANCELED: QCoreApplication.translate("labels", "Canceled"),
    }[status]


def status_labels() -> dict[BookingStatus, str]:
    return {status: status_label(status) for status in BookingStatus}


def action_label(action: BookingAction) -> str:
    """The button that takes a booking one step on, with its mnemonic (Alt+letter)."""
    return {
        BookingAction.PAY: QCoreApplication.translate("labels", "&Take payment…"),
        BookingAction.CONFIRM: QCoreApplication.translate("labels", "&Confirm"),
        BookingAction.COMPLETE: QCoreApplication.translate("labels", "Mark &done"),
        BookingAction.NO_SHOW: QCoreApplication.translate("labels", "&No-show…"),
        BookingAction.CANCEL: QCoreApplication.translate("labels", "Cancel &booking…"),
        BookingAction.RESCHEDULE: QCoreApplication.translate("labels", "&Reschedule…"),
    }[action]


def method_label(method: PaymentMethod) -> str:
    """"Cash", "Bank transfer", "QRIS": as a field or a table cell shows it."""
    return {
        PaymentMethod.CASH: QCoreApplication.translate("labels", "Cash"),
        PaymentMethod.CARD: QCoreApplication.translate("labels", "Card"),
        PaymentMethod.BANK_TRANSFER: QCoreApplication.translate("labels", "Bank transfer"),
        PaymentMethod.QRIS: QCoreApplication.translate("labels", "QRIS"),
        PaymentMethod.EWALLET: QCoreApplication.translate("labels", "E-wallet"),
    }[method]


def method_labels() -> dict[PaymentMethod, str]:
    return {method: method_label(method) for method in PaymentMethod}


def role_label(role: StaffRole) -> str:
    return {
        StaffRole.ADMIN: QCoreApplication.translate("labels", "owner / admin"),
        StaffRole.RECEPTIONIST: QCoreApplication.translate("labels", "reception"),
        StaffRole.COACH: QCoreApplication.translate("labels", "coach"),
    }[role]
