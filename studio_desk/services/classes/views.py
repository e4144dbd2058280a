"""What the class services hand back: rooms, timetable lines, occurrences, rosters, promotions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_desk.models import BookingStatus, OccurrenceStatus, WaitlistStatus
from studio_desk.services.sentences import Sentence


@dataclass(frozen=True)
class RoomView:
    id: int
    name: str
    capacity: int
    active: bool


@dataclass(frozen=True)
class TimetableEntryView:
    """A class every week: weekday 0 is Monday; times are the studio's local ones."""

    id: int
    course_id: int
    course_title: str
    coach_id: int
    coach_name: str
    room_id: int | None
    room_name: str | None
    weekday: int
    start_time: dt.time
    duration_minutes: int
    starts_on: dt.date
    ends_on: dt.date | None
    capacity: int


@dataclass(frozen=True)
class SkippedDate:
    """A date the timetable could not put a class on, and why (for the desk to translate)."""

    day: dt.date
    why: Sentence


@dataclass(frozen=True)
class TimetableResult:
    entry: TimetableEntryView
    scheduled: int  # occurrences made now
    skipped: tuple[SkippedDate, ...]


@dataclass(frozen=True)
class OccurrenceView:
    """One class session. Times are aware datetimes in the studio's zone."""

    id: int
    course_id: int
    course_title: str
    coach_id: int
    coach_name: str
    usual_coach_name: str | None  # the timetable's coach when a substitute takes this one
    room_id: int | None
    room_name: str | None
    start_at: dt.datetime
    end_at: dt.datetime
    capacity: int
    active_places: int
    waiting: int
    price: int
    status: OccurrenceStatus
    timetable_entry_id: int | None
    checked_in: int = 0
    # The end of the course's buffer after the class: the coach's time it holds (None: not read).
    busy_until: dt.datetime | None = None

    @property
    def full(self) -> bool:
        return self.active_places >= self.capacity

    @property
    def fill_text(self) -> str:
        """"7/12", as the calendar writes it."""
        return f"{self.active_places}/{self.capacity}"


@dataclass(frozen=True)
class PlaceFlags:
    """What the desk should know at the moment of check-in."""

    not_paid: bool = False
    no_usable_credit: bool = False  # not paid, and no pack of theirs can pay for it
    pack_expiring: bool = False  # the pack that paid, or one that could, ends within a week
    fee_owed: bool = False

    def __bool__(self) -> bool:
        return self.not_paid or self.no_usable_credit or self.pack_expiring or self.fee_owed


@dataclass(frozen=True)
class RosterPlace:
    booking_id: int
    client_id: int
    client_name: str
    client_phone: str | None
    status: BookingStatus
    checked_in_at: dt.datetime | None
    paid_with_pack: int | None
    paid_total: int
    promoted: bool  # came from the waitlist
    no_show: bool
    flags: PlaceFlags


@dataclass(frozen=True)
class WaitingClient:
    entry_id: int
    client_id: int
    client_name: str
    client_phone: str | None
    status: WaitlistStatus
    added_at: dt.datetime
    position: int  # 1 is next; 0 once promoted or left


@dataclass(frozen=True)
class Promotion:
    """A client moved from the waitlist into a place, for the desk to tell them."""

    entry_id: int
    booking_id: int
    occurrence_id: int
    client_name: str
    client_phone: str | None
    course_title: str
    start_at: dt.datetime
    paid_with_pack: int | None
    hold_until: dt.datetime | None
    whatsapp_url: str | None  # None: no phone number to write to
    message_sent_at: dt.datetime | None


@dataclass(frozen=True)
class RosterView:
    occurrence: OccurrenceView
    places: tuple[RosterPlace, ...]  # active and done places, then canceled ones
    waitlist: tuple[WaitingClient, ...]
    promotions: tuple[Promotion, ...]
    ended: bool  # the class is over: what was not checked in is offered as no-shows
    promotion_open: bool  # a freed place still goes to the waitlist (before the cut-off)


@dataclass(frozen=True)
class CanceledPlace:
    client_name: str
    client_phone: str | None
    refunded: int
    credit_returned_to: int | None


@dataclass(frozen=True)
class OccurrenceCancellation:
    occurrence: OccurrenceView
    places: tuple[CanceledPlace, ...]
    waitlist: tuple[WaitingClient, ...]  # told too: they were waiting for it


@dataclass(frozen=True)
class CheckInAll:
    checked_in: int
    not_paid: tuple[str, ...]  # names left out: they pay first


@dataclass(frozen=True)
class FinishedClass:
    done: int
    no_shows: int
    unpaid_canceled: int


@dataclass(frozen=True)
class AttendanceRow:
    """One class course (or one coach) over the report's days."""

    key_id: int
    name: str
    occurrences: int
    capacity: int  # places offered
    places: int  # places taken (not canceled)
    check_ins: int
    no_shows: int

    @property
    def fill_rate(self) -> float:
        return self.places / self.capacity if self.capacity else 0.0
