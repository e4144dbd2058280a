"""Use cases of the desk: one function per user action, each one unit of work.

The UI imports from here and nowhere deeper; everything it needs is named below.
"""

from typing import TYPE_CHECKING

from studio_desk.db import Database
from studio_desk.models import (
    ACTIVE_STATUSES,
    BookingAction,
    BookingOrigin,
    BookingStatus,
    ChangeSource,
    FeeState,
    PaymentMethod,
    ProductKind,
    ProductScope,
    RuleCost,
    RuleEvent,
    StaffRole,
    SyncState,
    ValidFrom,
)
from studio_desk.services.bookings.coach_queue import coach_queue
from studio_desk.services.bookings.lifecycle import (
    cancel_booking,
    complete_booking,
    confirm_booking,
    expire_stale_holds,
    record_no_show,
    release_stale_holds,
)
from studio_desk.services.bookings.make import book_walk_in, create_booking, reschedule_booking
from studio_desk.services.bookings.permissions import (
    is_admin,
    is_desk,
    may_export,
    may_see_coach_report,
    may_see_pack_reports,
    may_see_takings,
    require_export,
)
from studio_desk.services.bookings.queries import (
    BookingFilter,
    booking_details,
    get_booking,
    list_bookings,
)
from studio_desk.services.bookings.status import allowed_actions, refusal
from studio_desk.services.bookings.visibility import own_coach_of, sees_coach
from studio_desk.services.calendar.availability import add_availability, availability_of, free_start_times
from studio_desk.services.calendar.days import (
    CoachDay,
    DaySchedule,
    HoursWindow,
    WeekSchedule,
    day_schedule,
    week_schedule,
)
from studio_desk.services.calendar.hours_admin import (
    ExceptionKind,
    HolidayView,
    HoursChange,
    HoursException,
    WeeklyPattern,
    WeekWindow,
    bookings_outside,
    hours_exceptions,
    list_holidays,
    parse_windows,
    remove_weekly_hours,
    set_weekly_hours,
    weekly_hours,
)
from studio_desk.services.calendar.time_off import (
    add_extra_hours,
    add_holiday,
    add_time_off,
    remove_extra_hours,
    remove_holiday,
    remove_time_off,
)
from studio_desk.services.change import Change, ChangeKind, Touched, local_days
from studio_desk.services.changes import ChangeWatcher
from studio_desk.services.errors import (
    TRANSLATION_CONTEXT,
    BookingsInTheWay,
    DamagedData,
    DatabaseCannotSave,
    DatabaseUnavailable,
    DomainError,
    Forbidden,
    InvalidTransition,
    NotFound,
    SlotConflict,
    SyncError,
    ValidationError,
)
from studio_desk.services.money.amounts import (
    Money,
    currency_digits,
    format_amount,
    format_money,
    plain_amount,
)
from studio_desk.services.money.cash_up import (
    METHOD_ORDER,
    CashUp,
    Closing,
    MethodTotals,
    TillCount,
    cash_difference,
    cash_up,
    describe_difference,
    may_close_day,
)
from studio_desk.services.money.currencies import known_currency
from studio_desk.services.money.other_method_refunds import OtherMethodRefund
from studio_desk.services.money.payments import (
    METHOD_LABELS,
    NO_REFUND,
    NoRefund,
    Refund,
    change_due,
    mark_paid,
    parse_amount,
    reference_required,
)
from studio_desk.services.money.receipts import (
    ReceiptSheet,
    ReceiptSubject,
    StudioHeader,
    receipt_file_name,
    receipt_sheet,
    reprint_receipt,
)
from studio_desk.services.money.refund_methods import RefundMethods, refund_methods
from studio_desk.services.money.sale_receipts import fee_payment_sheet, pack_sale_sheet, reprint_pack_receipt
from studio_desk.services.money.tax import PAPER_SIZES, IncludedTax, TaxMode, included_tax
from studio_desk.services.money.till import close_day, close_till, record_float, record_payout
from studio_desk.services.packs.adjust import adjust_credits
from studio_desk.services.packs.expiry import release_expired_packs
from studio_desk.services.packs.freezes import freeze_pack
from studio_desk.services.packs.products import (
    ProductView,
    create_product,
    get_product,
    list_products,
    restore_product,
    retire_product,
    update_product,
)
from studio_desk.services.packs.reads import client_packs, get_pack
from studio_desk.services.packs.refunds import default_refund, pack_refund_methods, refund_pack
from studio_desk.services.packs.report_views import (
    ExpiredCredits,
    ExpiredDay,
    ExpiredPack,
    ExpiringPack,
    PackSales,
    PacksSold,
    UnusedCredits,
    UnusedMembership,
    UnusedPack,
)
from studio_desk.services.packs.reports import expired_credits, expiring_packs, packs_sold, unused_credits
from studio_desk.services.packs.sales import products_for_sale, sell_pack
from studio_desk.services.packs.use import book_with_pack, pay_with_pack, usable_packs
from studio_desk.services.packs.views import PackChoice, PackRefund, PackSale, PackState, PackView, SaleOffer
from studio_desk.services.people.catalog import (
    create_coach,
    create_course,
    get_course,
    list_coaches,
    list_courses,
    update_course,
)
from studio_desk.services.people.client_import import (
    ClientImport,
    ImportProblem,
    import_clients,
    preview_client_import,
)
from studio_desk.services.people.client_records import (
    ClientHistory,
    client_history,
    list_clients,
    merge_clients,
    update_client,
)
from studio_desk.services.people.clients import (
    NewClient,
    create_client,
    find_clients,
    get_client,
    normalize_phone,
)
from studio_desk.services.people.coaches import (
    COACH_COLOURS,
    coach_future_bookings,
    get_coach,
    set_coach_active,
    update_coach,
)
from studio_desk.services.people.phones import e164_phone, format_phone
from studio_desk.services.people.staff import create_staff, list_staff, sign_in
from studio_desk.services.people.staff_admin import (
    change_own_pin,
    change_role,
    deactivate_staff,
    list_all_staff,
    reactivate_staff,
    reset_pin,
    unlock_staff,
)
from studio_desk.services.reports import (
    CoachReport,
    CoachTotals,
    DayTakings,
    PaymentLine,
    coach_report,
    payment_lines,
    takings_by_day,
)
from studio_desk.services.rules.cancel_rules import (
    CancelRules,
    clear_cancel_rules,
    get_cancel_rules,
    set_cancel_rules,
)
from studio_desk.services.rules.fee_report import FeesReport, fees_report
from studio_desk.services.rules.fees import FeePayment, FeeView, client_fees, collect_fee, waive_fee
from studio_desk.services.rules.outcomes import CreditFate, RulePreview, cancel_outcome, no_show_outcome
from studio_desk.services.sentences import Sentence, fill
from studio_desk.services.setup import connection
from studio_desk.services.setup.demo import DemoSummary, is_empty, load_demo
from studio_desk.services.setup.first_run import WEEKS_OF_HOURS, NewStudio, start_studio
from studio_desk.services.setup.settings import (
    SettingsLocks,
    StudioSettings,
    get_settings,
    settings_locks,
    studio_today,
    update_settings,
)
from studio_desk.services.studio_time import EARLIEST_DAY, LATEST_DAY
from studio_desk.services.views import (
    SYSTEM_ACTOR,
    Actor,
    AvailabilityView,
    BookingDetails,
    BookingPage,
    BookingView,
    ClientView,
    CoachQueueView,
    CoachView,
    CourseView,
    FreeSlot,
    PaymentReceipt,
    PaymentView,
    StaffView,
    StatusChangeView,
)

if TYPE_CHECKING:
    from studio_desk.services import sync
else:

    def __getattr__(name: str) -> object:
        """`services.sync`, imported when first asked for (PEP 562): a desk with the web sync off
        never needs it, and a command that does not sync never loads it. `from
        studio_desk.services import sync` imports it as any submodule."""
        if name == "sync":
            import studio_desk.services.sync

            return studio_desk.services.sync
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "COACH_COLOURS",
    "coach_future_bookings",
    "get_coach",
    "record_no_show",
    "set_coach_active",
    "update_coach",
    "update_course",
    "BookingsInTheWay",
    "ExceptionKind",
    "HolidayView",
    "HoursChange",
    "HoursException",
    "WeeklyPattern",
    "WeekWindow",
    "add_extra_hours",
    "bookings_outside",
    "add_holiday",
    "add_time_off",
    "hours_exceptions",
    "list_holidays",
    "parse_windows",
    "remove_extra_hours",
    "remove_holiday",
    "remove_time_off",
    "remove_weekly_hours",
    "set_weekly_hours",
    "weekly_hours",
    "Money",
    "Sentence",
    "TRANSLATION_CONTEXT",
    "METHOD_ORDER",
    "CashUp",
    "Closing",
    "MethodTotals",
    "cash_difference",
    "may_close_day",
    "cash_up",
    "close_day",
    "close_till",
    "record_float",
    "record_payout",
    "TillCount",
    "describe_difference",
    "OtherMethodRefund",
    "RefundMethods",
    "refund_methods",
    "CoachReport",
    "CoachTotals",
    "DayTakings",
    "PaymentLine",
    "coach_report",
    "payment_lines",
    "takings_by_day",
    "Change",
    "ChangeKind",
    "ChangeWatcher",
    "Touched",
    "local_days",
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
    "is_admin",
    "may_export",
    "may_see_coach_report",
    "may_see_pack_reports",
    "may_see_takings",
    "require_export",
    "is_desk",
    "BookingOrigin",
    "AvailabilityView",
    "BookingAction",
    "BookingDetails",
    "BookingFilter",
    "BookingPage",
    "BookingStatus",
    "ChangeSource",
    "BookingView",
    "ClientView",
    "CoachQueueView",
    "CoachView",
    "CourseView",
    "Database",
    "DatabaseCannotSave",
    "DamagedData",
    "DatabaseUnavailable",
    "DemoSummary",
    "DomainError",
    "Forbidden",
    "FreeSlot",
    "InvalidTransition",
    "NewClient",
    "NewStudio",
    "NoRefund",
    "NotFound",
    "PaymentMethod",
    "PaymentReceipt",
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
    "book_walk_in",
    "cancel_booking",
    "change_due",
    "coach_queue",
    "complete_booking",
    "confirm_booking",
    "create_booking",
    "day_schedule",
    "create_client",
    "create_coach",
    "create_course",
    "create_staff",
    "expire_stale_holds",
    "release_stale_holds",
    "find_clients",
    "currency_digits",
    "fill",
    "format_amount",
    "format_money",
    "plain_amount",
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
    "refusal",
    "reschedule_booking",
    "sign_in",
    "start_studio",
    "studio_today",
    "update_settings",
    "week_schedule",
    "change_own_pin",
    "change_role",
    "deactivate_staff",
    "list_all_staff",
    "reactivate_staff",
    "reset_pin",
    "unlock_staff",
    "own_coach_of",
    "sees_coach",
    "ClientHistory",
    "ClientImport",
    "ImportProblem",
    "client_history",
    "e164_phone",
    "format_phone",
    "import_clients",
    "list_clients",
    "merge_clients",
    "preview_client_import",
    "update_client",
    # Studio settings and receipts
    "PAPER_SIZES",
    "IncludedTax",
    "ReceiptSheet",
    "ReceiptSubject",
    "SettingsLocks",
    "StudioHeader",
    "TaxMode",
    "fee_payment_sheet",
    "included_tax",
    "known_currency",
    "pack_sale_sheet",
    "receipt_file_name",
    "receipt_sheet",
    "reprint_pack_receipt",
    "reprint_receipt",
    "settings_locks",
    # The days the desk works with (its date fields offer these only)
    "EARLIEST_DAY",
    "LATEST_DAY",
    # Packs and memberships
    "PackChoice",
    "PackRefund",
    "PackSale",
    "PackState",
    "PackView",
    "SaleOffer",
    "adjust_credits",
    "book_with_pack",
    "client_packs",
    "default_refund",
    "freeze_pack",
    "get_pack",
    "pack_refund_methods",
    "pay_with_pack",
    "products_for_sale",
    "refund_pack",
    "release_expired_packs",
    "sell_pack",
    "usable_packs",
    "ProductKind",
    "ProductScope",
    "ProductView",
    "ValidFrom",
    "create_product",
    "get_product",
    "list_products",
    "restore_product",
    "retire_product",
    "update_product",
    # Cancellation rules and fees
    "CancelRules",
    "CreditFate",
    "FeeState",
    "FeesReport",
    "fees_report",
    "RuleCost",
    "RuleEvent",
    "FeePayment",
    "FeeView",
    "RulePreview",
    "cancel_outcome",
    "clear_cancel_rules",
    "client_fees",
    "collect_fee",
    "get_cancel_rules",
    "no_show_outcome",
    "set_cancel_rules",
    "waive_fee",
    # The pack reports
    "ExpiredCredits",
    "ExpiredDay",
    "ExpiredPack",
    "ExpiringPack",
    "PackSales",
    "PacksSold",
    "UnusedCredits",
    "UnusedMembership",
    "UnusedPack",
    "expired_credits",
    "expiring_packs",
    "packs_sold",
    "unused_credits",
]
