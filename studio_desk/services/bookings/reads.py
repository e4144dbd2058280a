"""Reading bookings into BookingView: the one statement every action starts from.

Hot paths (create, pay, confirm, ...) run statements built once, here and in their own
modules, on the unit of work's connection: building a statement and the ORM's execution
path cost several times the SQL itself (`python -m bench booking` shows it).
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, Select, bindparam, func, select
from sqlalchemy.orm import Session

from studio_desk.models import Booking, Client, Coach, Course, CreditKind, CreditLine, Payment
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.sentences import kept_words
from studio_desk.services.text import shown
from studio_desk.services.views import BookingView, PaymentView

BOOKING_NOT_FOUND = QT_TRANSLATE_NOOP("services", "Booking not found")

AnySelect = Select[*tuple[Any, ...]]


# The whole sentence for each `what` the services pass to parse_id, so that a translator sees
# sentences (tests/unit/test_service_messages.py checks every caller's `what` is here).
_NOT_A_NUMBER: dict[str, str] = {
    "booking": QT_TRANSLATE_NOOP("services", "'{value}' is not a booking number."),
    "client": QT_TRANSLATE_NOOP("services", "'{value}' is not a client number."),
    "coach": QT_TRANSLATE_NOOP("services", "'{value}' is not a coach number."),
    "course": QT_TRANSLATE_NOOP("services", "'{value}' is not a course number."),
    "staff": QT_TRANSLATE_NOOP("services", "'{value}' is not a staff number."),
    "web coach": QT_TRANSLATE_NOOP("services", "'{value}' is not a web coach number."),
    "web course": QT_TRANSLATE_NOOP("services", "'{value}' is not a web course number."),
    "time off": QT_TRANSLATE_NOOP("services", "'{value}' is not a time off number."),
    "extra hours": QT_TRANSLATE_NOOP("services", "'{value}' is not an extra hours number."),
    "holiday": QT_TRANSLATE_NOOP("services", "'{value}' is not a holiday number."),
    "pack": QT_TRANSLATE_NOOP("services", "'{value}' is not a pack number."),
    "product": QT_TRANSLATE_NOOP("services", "'{value}' is not a product number."),
    "fee": QT_TRANSLATE_NOOP("services", "'{value}' is not a fee number."),
    "class": QT_TRANSLATE_NOOP("services", "'{value}' is not a class number."),
    "room": QT_TRANSLATE_NOOP("services", "'{value}' is not a room number."),
    "timetable line": QT_TRANSLATE_NOOP("services", "'{value}' is not a timetable line number."),
    "waitlist entry": QT_TRANSLATE_NOOP("services", "'{value}' is not a waitlist entry number."),
}


# The largest id each kind of number can be: the desk's own ids are INTEGER columns, 32 bits on
# PostgreSQL; the web platform's ids are kept in BIGINT columns.
MAX_LOCAL_ID = 2**31 - 1
MAX_REMOTE_ID = 2**63 - 1
_REMOTE = frozenset({"web coach", "web course"})


def parse_id(value: object, what: str) -> int:
    """An id typed or passed by a caller: a whole number from 1 to what its column holds;
    anything else is a ValidationError ('… is not a booking number')."""
    highest = MAX_REMOTE_ID if what in _REMOTE else MAX_LOCAL_ID
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        text = value.strip()
        number = int(text) if len(text) <= 20 else highest + 1
    else:
        raise _not_a_number(value, what)
    if not 1 <= number <= highest:
        raise _not_a_number(value, what)
    return number


def _not_a_number(value: object, what: str) -> ValidationError:
    quoted = value.strip() if isinstance(value, str) else value
    return ValidationError(_NOT_A_NUMBER[what], value=shown(quoted, 20))


def _paid_total() -> Any:
    return (
        select(func.coalesce(func.sum(Payment.amount), 0))
        .where(Payment.booking_id == Booking.id)
        .correlate(Booking)
        .scalar_subquery()
    )


def paid_with_pack() -> Any:
    """The pack whose credit paid for the booking row in hand, as a column."""
    return (
        select(CreditLine.pack_id)
        .where(CreditLine.booking_id == Booking.id, CreditLine.kind == CreditKind.USED)
        .correlate(Booking)
        .scalar_subquery()
    )


def booking_view_query() -> AnySelect:
    """One column per BookingView field, in its order."""
    query: AnySelect = (
        select(
            Booking.id,
            Booking.status,
            Booking.client_id,
            Client.name.label("client_name"),
            Client.phone.label("client_phone"),
            Booking.coach_id,
            Coach.name.label("coach_name"),
            Booking.course_id,
            Course.title.label("course_title"),
            Booking.price,
            Booking.start_at,
            Booking.end_at,
            Booking.busy_until,
            Booking.origin,
            Booking.remote_id,
            Booking.created_at,
            Booking.updated_at,
            _paid_total().label("paid_total"),
            Booking.version,
            Booking.sync_state,
            Booking.sync_problem,
            Booking.sync_problem_words,
            Booking.no_show,
            paid_with_pack().label("paid_with_pack"),
            Booking.occurrence_id,
        )
        .join(Client, Client.id == Booking.client_id)
        .join(Coach, Coach.id == Booking.coach_id)
        .join(Course, Course.id == Booking.course_id)
    )
    return query


_ONE_BOOKING = booking_view_query().where(Booking.id == bindparam("booking_id"))


def to_view(row: Row[Any], zone: ZoneInfo) -> BookingView:
    return BookingView(
        id=row.id,
        status=row.status,
        client_id=row.client_id,
        client_name=row.client_name,
        client_phone=row.client_phone,
        coach_id=row.coach_id,
        coach_name=row.coach_name,
        course_id=row.course_id,
        course_title=row.course_title,
        price=row.price,
        start_at=row.start_at.astimezone(zone),
        end_at=row.end_at.astimezone(zone),
        busy_until=row.busy_until.astimezone(zone),
        origin=row.origin,
        remote_id=row.remote_id,
        created_at=row.created_at.astimezone(zone),
        updated_at=row.updated_at.astimezone(zone),
        paid_total=int(row.paid_total),
        version=row.version,
        sync_state=row.sync_state,
        sync_problem=kept_words(row.sync_problem, row.sync_problem_words),
        no_show=bool(row.no_show),
        paid_with_pack=row.paid_with_pack,
        occurrence_id=row.occurrence_id,
    )


def load_view(session: Session, booking_id: int, zone: ZoneInfo) -> BookingView:
    row = session.connection().execute(_ONE_BOOKING, {"booking_id": booking_id}).first()
    if row is None:
        raise NotFound(BOOKING_NOT_FOUND)
    return to_view(row, zone)


def payment_view(payment: Payment, taken_by: str | None, zone: ZoneInfo) -> PaymentView:
    """A payment or refund line as the desk shows it, its time in the studio's zone."""
    return PaymentView(
        id=payment.id,
        booking_id=payment.booking_id,
        amount=payment.amount,
        method=payment.method,
        reference=payment.reference,
        taken_by=taken_by,
        taken_at=payment.taken_at.astimezone(zone),
        receipt_number=payment.receipt_number,
        method_reason=payment.method_reason,
    )
