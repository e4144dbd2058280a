"""The fixed vocabularies of the domain, stored in the database as their lowercase words."""

from __future__ import annotations

import enum


class StaffRole(enum.StrEnum):
    ADMIN = "admin"
    RECEPTIONIST = "receptionist"
    COACH = "coach"


class BookingStatus(enum.StrEnum):
    PENDING = "pending"
    PAID = "paid"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELED = "canceled"


# Active bookings hold the coach's time; done and canceled ones free it. The database
# constraints in the migrations spell these words out again, frozen as they were written.
ACTIVE_STATUSES: frozenset[BookingStatus] = frozenset(
    {BookingStatus.PENDING, BookingStatus.PAID, BookingStatus.CONFIRMED}
)


class BookingOrigin(enum.StrEnum):
    DESK = "desk"
    WEB = "web"


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    QRIS = "qris"
    EWALLET = "ewallet"


class ChangeSource(enum.StrEnum):
    DESK = "desk"
    WEB = "web"
    SYSTEM = "system"


class BookingAction(enum.StrEnum):
    """What a person (or the system) does to a booking; the audit trail names it."""

    CREATE = "create"
    PAY = "pay"
    CONFIRM = "confirm"
    COMPLETE = "complete"
    CANCEL = "cancel"
    EXPIRE = "expire"
    RESCHEDULE = "reschedule"
