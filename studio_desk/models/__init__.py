"""The ORM classes of the domain (DESIGN.md section 2), and nothing else."""

from studio_desk.models.base import Base, UTCDateTime, utc_now
from studio_desk.models.booking import Booking, Payment, StatusChange
from studio_desk.models.catalog import Availability, Course
from studio_desk.models.enums import (
    ACTIVE_STATUSES,
    BookingAction,
    BookingOrigin,
    BookingStatus,
    ChangeSource,
    PaymentMethod,
    StaffRole,
)
from studio_desk.models.outbox import OutboxItem
from studio_desk.models.people import NAME_LENGTH, TITLE_LENGTH, Client, Coach, Staff
from studio_desk.models.settings import StudioSetting

__all__ = [
    "ACTIVE_STATUSES",
    "NAME_LENGTH",
    "TITLE_LENGTH",
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
    "OutboxItem",
    "Payment",
    "PaymentMethod",
    "Staff",
    "StaffRole",
    "StatusChange",
    "StudioSetting",
    "UTCDateTime",
    "utc_now",
]
