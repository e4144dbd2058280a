"""Use cases of the desk: one function per user action, each one unit of work.

The UI imports from here and nowhere deeper; everything it needs is named below.
"""

from studio_desk.db import Database
from studio_desk.models import (
    ACTIVE_STATUSES,
    BookingAction,
    BookingOrigin,
    BookingStatus,
    PaymentMethod,
    StaffRole,
    SyncState,
)
from studio_desk.services import connection, sync
from studio_desk.services.availability import add_availability, availability_of, free_start_times
from studio_desk.services.booking_queries import (
    BookingFilter,
    booking_details,
    get_booking,
    list_bookings,
)
from studio_desk.services.bookings import create_booking, reschedule_booking
from studio_desk.services.calendar import (
    CoachDay,
    DaySchedule,
    HoursWindow,
    WeekSchedule,
    day_schedule,
    week_schedule,
)
from studio_desk.services.catalog import (
    create_coach,
    create_course,
    get_course,
    list_coaches,
    list_courses,
)
from studio_desk.services.changes import ChangeWatcher
from studio_desk.services.clients import create_client, find_clients, get_client, normalize_phone
from studio_desk.services.demo import DemoSummary, is_empty, load_demo
from studio_desk.services.errors import (
    DatabaseUnavailable,
    DomainError,
    Forbidden,
    InvalidTransition,
    NotFound,
    SlotConflict,
    SyncError,
    ValidationError,
)
from studio_desk.services.first_run import WEEKS_OF_HOURS, NewStudio, start_studio
from studio_desk.services.lifecycle import (
    cancel_booking,
    complete_booking,
    confirm_booking,
    expire_stale_holds,
)
from studio_desk.services.money import format_money
from studio_desk.services.payments import (
    METHOD_LABELS,
    NO_REFUND,
    NoRefund,
    Refund,
    change_due,
    mark_paid,
    parse_amount,
    reference_required,
)
from studio_desk.services.settings import StudioSettings, get_settings, studio_today, update_settings
from studio_desk.services.staff import create_staff, list_staff, sign_in
from studio_desk.services.status import allowed_actions
from studio_desk.services.views import (
    SYSTEM_ACTOR,
    Actor,
    AvailabilityView,
    BookingDetails,
    BookingPage,
    BookingView,
    ClientView,
    CoachView,
    CourseView,
    FreeSlot,
    PaymentView,
    StaffView,
    StatusChangeView,
)

__all__ = [
    "ChangeWatcher",
    "connection",
    "sync",
    "WeekSchedule",
    "HoursWindow",
    "DaySchedule",
    "CoachDay",
    "ACTIVE_STATUSES",
    "METHOD_LABELS",
    "NO_REFUND",
    "SYSTEM_ACTOR",
    "WEEKS_OF_HOURS",
    "Actor",
    "BookingOrigin",
    "AvailabilityView",
    "BookingAction",
    "BookingDetails",
    "BookingFilter",
    "BookingPage",
    "BookingStatus",
    "BookingView",
    "ClientView",
    "CoachView",
    "CourseView",
    "Database",
    "DatabaseUnavailable",
    "DemoSummary",
    "DomainError",
    "Forbidden",
    "FreeSlot",
    "InvalidTransition",
    "NewStudio",
    "NoRefund",
    "NotFound",
    "PaymentMethod",
    "PaymentView",
    "Refund",
    "SlotConflict",
    "SyncError",
    "SyncState",
    "StaffRole",
    "StaffView",
    "StatusChangeView",
    "StudioSettings",
    "ValidationError",
    "add_availability",
    "allowed_actions",
    "availability_of",
    "booking_details",
    "cancel_booking",
    "change_due",
    "complete_booking",
    "confirm_booking",
    "create_booking",
    "day_schedule",
    "create_client",
    "create_coach",
    "create_course",
    "create_staff",
    "expire_stale_holds",
    "find_clients",
    "format_money",
    "free_start_times",
    "is_empty",
    "get_booking",
    "get_client",
    "get_course",
    "get_settings",
    "list_bookings",
    "list_coaches",
    "list_courses",
    "list_staff",
    "load_demo",
    "mark_paid",
    "normalize_phone",
    "parse_amount",
    "reference_required",
    "reschedule_booking",
    "sign_in",
    "start_studio",
    "studio_today",
    "update_settings",
    "week_schedule",
]
