"""The ORM classes of the domain (DESIGN.md section 2), and nothing else."""

from studio_desk.models.base import Base, UTCDateTime, utc_now
from studio_desk.models.booking import Booking, Payment, ReceiptCounter, StatusChange
from studio_desk.models.catalog import Availability, Course
from studio_desk.models.day_closing import DayClosing
from studio_desk.models.enums import (
    ACTIVE_STATUSES,
    BookingAction,
    BookingOrigin,
    BookingStatus,
    ChangeSource,
    OutboxOutcome,
    PaymentMethod,
    StaffRole,
    SyncState,
)
from studio_desk.models.outbox import OutboxItem
from studio_desk.models.people import NAME_LENGTH, TITLE_LENGTH, WEB_USERNAME_LENGTH, Client, Coach, Staff
from studio_desk.models.settings import StudioSetting
from studio_desk.models.web_conflict import WebConflict

__all__ = [
    "ACTIVE_STATUSES",
    "NAME_LENGTH",
    "TITLE_LENGTH",
    "WEB_USERNAME_LENGTH",
    "Availability",
    "Base",
    "Booking",
    "BookingAction",
    "BookingOrigin",
    "BookingStatus",
    "ChangeSource",
    "Client",
    "Coach",
    "Course",
    "DayClosing",
    "OutboxItem",
    "OutboxOutcome",
    "Payment",
    "ReceiptCounter",
    "PaymentMethod",
    "Staff",
    "StaffRole",
    "StatusChange",
    "StudioSetting",
    "SyncState",
    "UTCDateTime",
    "WebConflict",
    "utc_now",
]
