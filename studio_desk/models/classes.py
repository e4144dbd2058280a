"""Group classes: rooms, a class course's weekly timetable, its occurrences, the waitlist of a
full one, the messages sent to promoted clients, and check-ins.

A place in a class is a `Booking` with `occurrence_id` set: it has the statuses, payments,
credits and history of any booking. The database keeps the class's promises by itself
(migration 0017): an occurrence's `active_places` is a counter under a CHECK against its
capacity that only the bookings' triggers move, a client holds one active place per occurrence
(a partial unique index), a waitlist entry is promoted into at most one place (a unique index
on `bookings.waitlist_entry_id`), an occurrence holds its coach's time against private bookings
and other classes, and a room holds one occurrence at a time.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import Base, UTCDateTime, sqlite_instant_check, str_enum, utc_now
from studio_desk.models.calendar_types import LocalDate, TimeOfDay
from studio_desk.models.people import TITLE_LENGTH


class OccurrenceStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    CANCELED = "canceled"  # final: its places were canceled with it


class WaitlistStatus(enum.StrEnum):
    WAITING = "waiting"
    PROMOTED = "promoted"  # final: a place was made for them (bookings.waitlist_entry_id)
    LEFT = "left"  # final: taken off the list (by the desk, or the class was canceled)


class Room(Base):
    """Where classes happen: one occurrence at a time, at most `capacity` people."""

    __tablename__ = "rooms"
    __table_args__ = (CheckConstraint("capacity > 0 AND capacity <= 1000", name="capacity_in_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(TITLE_LENGTH), unique=True)
    capacity: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)


class TimetableEntry(Base):
    """A class course every week on one weekday at one local time, from a date (to a date)."""

    __tablename__ = "timetable_entries"
    __table_args__ = (
        CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday_in_range"),
        CheckConstraint("capacity > 0 AND capacity <= 1000", name="capacity_in_range"),
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), index=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"))
    weekday: Mapped[int]  # Monday 0, as datetime.date.weekday()
    start_time: Mapped[dt.time] = mapped_column(TimeOfDay)
    starts_on: Mapped[dt.date] = mapped_column(LocalDate)
    ends_on: Mapped[dt.date | None] = mapped_column(LocalDate)
    capacity: Mapped[int]
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class Occurrence(Base):
    """One session of a class course. `active_places` counts its pending, paid and confirmed
    places; the database alone moves it, and refuses it above `capacity`."""

    __tablename__ = "occurrences"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="end_after_start"),
        CheckConstraint("busy_until >= end_at", name="busy_until_after_end"),
        CheckConstraint("capacity > 0 AND capacity <= 1000", name="capacity_in_range"),
        CheckConstraint("active_places >= 0", name="active_places_not_negative"),
        CheckConstraint("active_places <= capacity", name="active_places_within_capacity"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        sqlite_instant_check("start_at"),
        sqlite_instant_check("end_at"),
        sqlite_instant_check("busy_until"),
        Index("ix_occurrences_coach_id_start_at", "coach_id", "start_at"),
        Index("ix_occurrences_start_at", "start_at"),
        Index("ix_occurrences_room_id_start_at", "room_id", "start_at"),
        # One occurrence of a timetable entry per local day: generating the timetable again
        # finds what is there (a canceled one included) instead of making it twice.
        Index("uq_occurrences_entry_day", "timetable_entry_id", "local_date", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), index=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"))
    # The timetable's coach when a substitute took this one; NULL otherwise.
    usual_coach_id: Mapped[int | None] = mapped_column(ForeignKey("coaches.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id"))
    timetable_entry_id: Mapped[int | None] = mapped_column(ForeignKey("timetable_entries.id"))
    local_date: Mapped[dt.date] = mapped_column(LocalDate)
    start_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    busy_until: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    capacity: Mapped[int]
    price: Mapped[int] = mapped_column(BigInteger)
    active_places: Mapped[int] = mapped_column(default=0)
    status: Mapped[OccurrenceStatus] = mapped_column(
        str_enum(OccurrenceStatus, "occurrence_status"), default=OccurrenceStatus.SCHEDULED
    )
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    canceled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    canceled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class WaitlistEntry(Base):
    """A client waiting for a place in a full occurrence; the lowest id waits longest."""

    __tablename__ = "waitlist_entries"
    __table_args__ = (
        Index("ix_waitlist_entries_occurrence_id_status", "occurrence_id", "status"),
        # One waiting entry per client and occurrence: a partial unique index of 0017
        # (db.HAND_WRITTEN_SCHEMA).
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("occurrences.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    status: Mapped[WaitlistStatus] = mapped_column(
        str_enum(WaitlistStatus, "waitlist_status"), default=WaitlistStatus.WAITING
    )
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    changed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class WaitlistMessage(Base):
    """That the desk sent a promoted client the WhatsApp message, and who. Append only."""

    __tablename__ = "waitlist_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    waitlist_entry_id: Mapped[int] = mapped_column(ForeignKey("waitlist_entries.id"), index=True)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    sent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class CheckIn(Base):
    """A client arrived for their place. Undone only while the place is still active."""

    __tablename__ = "check_ins"

    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), primary_key=True)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
