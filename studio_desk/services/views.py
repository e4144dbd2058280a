"""What services hand back: frozen snapshots, never ORM objects or sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_desk.models import (
    BookingAction,
    BookingOrigin,
    BookingStatus,
    ChangeSource,
    PaymentMethod,
    StaffRole,
    SyncState,
)
from studio_desk.services.errors import QT_TRANSLATE_NOOP
from studio_desk.services.sentences import Sentence
from studio_desk.services.studio_time import occurrence


@dataclass(frozen=True)
class Actor:
    """Who is doing something: a signed-in staff member, or the system itself (role None)."""

    staff_id: int | None
    name: str
    role: StaffRole | None
    coach_id: int | None = None

    @property
    def is_system(self) -> bool:
        return self.role is None


SYSTEM_ACTOR = Actor(staff_id=None, name="System", role=None)


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    role: StaffRole
    coach_id: int | None
    active: bool
    # Refused sign-in for now after too many wrong PINs (filled in for the Staff screen).
    locked: bool = False


@dataclass(frozen=True)
class CoachView:
    id: int
    name: str
    active: bool
    remote_id: int | None
    colour: str | None = None  # "#rrggbb" of their calendar column; None: the calendar picks
    web_username: str | None = None  # the web platform's account the sync signs in as


@dataclass(frozen=True)
class CourseView:
    id: int
    title: str
    coach_id: int
    coach_name: str
    duration_minutes: int
    price: int
    buffer_minutes: int
    location: str | None
    active: bool
    remote_id: int | None
    capacity: int = 1  # above 1: a group class, booked by the place in its occurrences

    @property
    def is_class(self) -> bool:
        return self.capacity > 1


@dataclass(frozen=True)
class AvailabilityView:
    id: int
    coach_id: int
    date: dt.date
    start_time: dt.time
    end_time: dt.time


@dataclass(frozen=True)
class ClientView:
    id: int
    name: str
    phone: str | None
    email: str | None
    notes: str | None
    language: str | None = None  # of messages to the client ("id", "en"); None: the studio's


@dataclass(frozen=True)
class BookingView:
    """A booking as a person sees it. Times are aware datetimes in the studio's time zone."""

    id: int
    status: BookingStatus
    client_id: int
    client_name: str
    client_phone: str | None
    coach_id: int
    coach_name: str
    course_id: int
    course_title: str
    price: int  # as sold; the course's price may have changed since
    start_at: dt.datetime
    end_at: dt.datetime
    busy_until: dt.datetime
    origin: BookingOrigin
    remote_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    paid_total: int  # payments minus refunds
    version: int  # changes with every change to the booking
    sync_state: SyncState | None = None  # None: the booking is not on the web platform
    sync_problem: str | Sentence | None = None  # why the web refused it or a change to it
    no_show: bool = False  # done, and the client never came (recorded by the coach or an admin)
    paid_with_pack: int | None = None  # the pack whose credit paid for it (kept after a cancel)
    occurrence_id: int | None = None  # a place in this class occurrence; None: a private session

    @property
    def on_web(self) -> bool:
        """On the web platform already, or on its way there."""
        return self.sync_state in (SyncState.QUEUED, SyncState.LINKED)

    @property
    def duration_minutes(self) -> int:
        return _minutes_between(self.start_at, self.end_at)

    @property
    def buffer_minutes(self) -> int:
        """How long the coach stays busy after the session (as sold with the booking)."""
        return _minutes_between(self.end_at, self.busy_until)


def _minutes_between(earlier: dt.datetime, later: dt.datetime) -> int:
    # In UTC: Python subtracts two datetimes of one ZoneInfo on the wall clock, which is an
    # hour off on the days the clocks change.
    elapsed = later.astimezone(dt.UTC) - earlier.astimezone(dt.UTC)
    return int(elapsed.total_seconds() // 60)


@dataclass(frozen=True)
class PaymentView:
    id: int
    booking_id: int | None  # None: a pack's sale or refund
    amount: int  # negative for a refund
    method: PaymentMethod
    reference: str | None
    taken_by: str | None
    taken_at: dt.datetime
    # The number its receipt prints; None only for lines older than receipt numbers.
    receipt_number: int | None = None
    # An admin's reason for refunding by a method that did not take the money; None otherwise.
    method_reason: str | None = None

    @property
    def is_refund(self) -> bool:
        return self.amount < 0


@dataclass(frozen=True)
class StatusChangeView:
    id: int
    booking_id: int
    action: BookingAction
    from_status: BookingStatus | None
    to_status: BookingStatus
    actor: str
    at: dt.datetime
    reason: str | Sentence | None  # a Sentence when the desk worded it, as typed otherwise
    source: ChangeSource


@dataclass(frozen=True)
class BookingDetails:
    booking: BookingView
    history: tuple[StatusChangeView, ...]
    payments: tuple[PaymentView, ...]

    @property
    def refund_method(self) -> PaymentMethod | None:
        """How a refund goes back by default: the way the money came in (the latest payment's
        method), so a client who paid by card is not offered cash."""
        paid = self.latest_payment
        return None if paid is None else paid.method

    @property
    def latest_payment(self) -> PaymentView | None:
        """The latest money line that is not a refund (None when nothing was paid in money)."""
        return next((payment for payment in reversed(self.payments) if not payment.is_refund), None)

    @property
    def has_receipt(self) -> bool:
        """Whether the booking was ever paid (a free session too), so it has a receipt to print."""
        return any(change.action is BookingAction.PAY for change in self.history)

    @property
    def refunds(self) -> tuple[PaymentView, ...]:
        return tuple(payment for payment in self.payments if payment.is_refund)

    @property
    def receipt(self) -> PaymentReceipt:
        """The receipt of the booking's payment, printed again later: what the client handed
        over in cash is not stored, so it has no change line."""
        return PaymentReceipt(self.booking, self.latest_payment)


@dataclass(frozen=True)
class PaymentReceipt:
    """What a receipt prints, from the answer of the payment itself: the booking as it is after
    paying, the money line as stored (None for a free session, paid with no money line), and for
    cash, what the client handed over and the change due (both None when not given)."""

    booking: BookingView
    payment: PaymentView | None
    cash_tendered: int | None = None
    change: int | None = None


@dataclass(frozen=True, eq=False)
class FreeSlot:
    """A start time at which the whole session fits: an instant. `start_at` carries the local
    zone and fold.

    Two slots are equal when they start and end at the same instants. Not the dataclass's own
    equality: Python compares datetimes of one ZoneInfo by their wall-clock reading, so the two
    01:00s of a night the clocks go back would be one slot, and a choice kept across a refresh
    would land on the wrong one."""

    start_at: dt.datetime
    end_at: dt.datetime

    @property
    def instant(self) -> dt.datetime:
        """When it starts, in UTC: what tells it from any other slot."""
        return self.start_at.astimezone(dt.UTC)

    def _instants(self) -> tuple[dt.datetime, dt.datetime]:
        return self.instant, self.end_at.astimezone(dt.UTC)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FreeSlot) and self._instants() == other._instants()

    def __hash__(self) -> int:
        return hash(self._instants())

    @property
    def repeated(self) -> int:
        """0 for a time the clocks show once that day; 1 or 2 for the first or the second of a
        time they show twice (the night they go back)."""
        return occurrence(self.start_at)

    @property
    def words(self) -> Sentence:
        """"10:00", or "01:00 (first)" and "01:00 (second)" on the night the clocks go back, so a
        person can tell the two apart; in the desk's language through its translation."""
        time = f"{self.start_at:%H:%M}"
        if self.repeated == 1:
            return Sentence(QT_TRANSLATE_NOOP("services", "{time} (first)"), {"time": time})
        if self.repeated == 2:
            return Sentence(QT_TRANSLATE_NOOP("services", "{time} (second)"), {"time": time})
        return Sentence("{time}", {"time": time})  # nothing to translate

    @property
    def label(self) -> str:
        """The words in English: "10:00", "01:00 (second)"."""
        return str(self.words)


@dataclass(frozen=True)
class BookingPage:
    rows: tuple[BookingView, ...]
    total: int  # how many match the filter, over all pages
    offset: int


@dataclass(frozen=True)
class CoachQueueView:
    """A coach's work at the desk on `day`: paid bookings waiting for their confirmation (from
    that day on), and the day's confirmed sessions to mark done. `coach_id` None: every coach's."""

    day: dt.date
    coach_id: int | None
    waiting: BookingPage
    to_mark_done: BookingPage
