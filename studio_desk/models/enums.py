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


class SyncState(enum.StrEnum):
    """Where a booking stands with the studio's web platform; NULL: it lives at the desk only."""

    QUEUED = "queued"  # made at the desk, waiting to be created on the web
    LINKED = "linked"  # on the web as well: remote_id says which booking it is there
    CONFLICT = "conflict"  # the web refused it because the time is taken there (409)
    REJECTED = "rejected"  # the web refused it for another reason (400, 403, 404)


class OutboxOutcome(enum.StrEnum):
    SENT = "sent"  # the web did it (or had already done it)
    REFUSED = "refused"  # the web answered no; the booking carries the reason
    SKIPPED = "skipped"  # not sent: the booking never reached the web


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
    # The client never came: the booking ends `done` with the no-show recorded on it. The trail
    # writes it as a COMPLETE line with the reason "no-show", since status_changes.action keeps
    # the words its CHECK was created with (rebuilding that table on SQLite would drop triggers).
    NO_SHOW = "no_show"


# Actions the audit trail's CHECK (migration 0001) knows; the others are written as another.
TRAIL_ACTION: dict[BookingAction, BookingAction] = {BookingAction.NO_SHOW: BookingAction.COMPLETE}
