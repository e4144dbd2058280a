"""The ORM classes of the domain (DESIGN.md section 2), and nothing else."""

from studio_desk.models.base import Base, UnreadableInstant, UnreadableValue, UTCDateTime, utc_now
from studio_desk.models.booking import Booking, Payment, ReceiptCounter, StatusChange
from studio_desk.models.calendar_types import LocalDate, TimeOfDay, UnreadableDateOrTime
from studio_desk.models.catalog import Absence, Availability, Course, Holiday, WeeklyWindow
from studio_desk.models.day_closing import (
    CashMovement,
    CashMovementKind,
    ClosingCashMovement,
    ClosingPayment,
    DayClosing,
)
from studio_desk.models.enums import (
    ACTIVE_STATUSES,
    TRAIL_ACTION,
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
from studio_desk.models.packs import (
    PACK_TERMS,
    CreditKind,
    CreditLine,
    Pack,
    PackCourse,
    Product,
    ProductCourse,
    ProductKind,
    ProductScope,
    ValidFrom,
)
from studio_desk.models.people import (
    COLOUR_LENGTH,
    NAME_LENGTH,
    TITLE_LENGTH,
    WEB_USERNAME_LENGTH,
    Client,
    Coach,
    Staff,
)
from studio_desk.models.settings import StudioSetting
from studio_desk.models.web_conflict import WebConflict

__all__ = [
    "ACTIVE_STATUSES",
    "COLOUR_LENGTH",
    "NAME_LENGTH",
    "TITLE_LENGTH",
    "TRAIL_ACTION",
    "WEB_USERNAME_LENGTH",
    "Absence",
    "Availability",
    "Holiday",
    "WeeklyWindow",
    "Base",
    "Booking",
    "BookingAction",
    "BookingOrigin",
    "BookingStatus",
    "CashMovement",
    "CashMovementKind",
    "ChangeSource",
    "Client",
    "ClosingCashMovement",
    "ClosingPayment",
    "Coach",
    "Course",
    "DayClosing",
    "OutboxItem",
    "PACK_TERMS",
    "CreditKind",
    "CreditLine",
    "Pack",
    "PackCourse",
    "Product",
    "ProductCourse",
    "ProductKind",
    "ProductScope",
    "ValidFrom",
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
    "LocalDate",
    "TimeOfDay",
    "UnreadableDateOrTime",
    "UnreadableInstant",
    "UnreadableValue",
    "WebConflict",
    "utc_now",
]
