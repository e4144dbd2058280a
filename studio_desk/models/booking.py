"""A booking, the money taken for it, and the append-only trail of what happened to it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import (
    Base,
    UTCDateTime,
    plain_str_enum,
    sqlite_instant_check,
    str_enum,
    utc_now,
)
from studio_desk.models.enums import (
    BookingAction,
    BookingOrigin,
    BookingStatus,
    ChangeSource,
    PaymentMethod,
    SyncState,
)


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="end_after_start"),
        CheckConstraint("busy_until >= end_at", name="busy_until_after_end"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        sqlite_instant_check("start_at"),
        sqlite_instant_check("end_at"),
        sqlite_instant_check("busy_until"),
        Index("ix_bookings_coach_id_start_at", "coach_id", "start_at"),
        # The overlap check bounds busy_until from below: this skips a coach's past bookings.
        Index("ix_bookings_coach_id_busy_until", "coach_id", "busy_until"),
        Index("ix_bookings_status_start_at", "status", "start_at"),
        Index("ix_bookings_client_id_start_at", "client_id", "start_at"),
        Index("ix_bookings_start_at", "start_at"),
        Index("ix_bookings_status_created_at", "status", "created_at"),
        Index("ix_bookings_occurrence_id_status", "occurrence_id", "status"),
        Index("uq_bookings_waitlist_entry_id", "waitlist_entry_id", unique=True),
        # A client holds one active place per occurrence: a partial unique index of 0017
        # (db.HAND_WRITTEN_SCHEMA).
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"))
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), index=True)
    start_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # end_at plus the course's buffer: the coach is busy over [start_at, busy_until). Stored,
    # not computed, so that both databases can index and constrain the very same interval.
    busy_until: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    status: Mapped[BookingStatus] = mapped_column(str_enum(BookingStatus, "booking_status"))
    # Bumped by every change: the compare-and-set of the status module checks it, so of two
    # desks changing one booking at once, the second is told instead of silently overwriting.
    version: Mapped[int] = mapped_column(default=1)
    # The price as sold, in the smallest currency unit: a later price change leaves it alone.
    price: Mapped[int] = mapped_column(BigInteger)
    origin: Mapped[BookingOrigin] = mapped_column(
        str_enum(BookingOrigin, "booking_origin"), default=BookingOrigin.DESK
    )
    remote_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    # No CHECK on these two: SQLite cannot add one to a table without rebuilding it, and the
    # rebuild would drop the overlap triggers. Only the sync services write them.
    sync_state: Mapped[SyncState | None] = mapped_column(plain_str_enum(SyncState))
    # Why the web refused this booking or a change to it, for a person to look at; NULL: fine.
    sync_problem: Mapped[str | None] = mapped_column(Text)
    # The same problem as a sentences.Sentence in JSON, to show it in the desk's language.
    sync_problem_words: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    # True on a `done` booking whose client never came (recorded by the coach or an admin).
    # Added later with ALTER TABLE (no rebuild on SQLite), so the old rows read false.
    no_show: Mapped[bool] = mapped_column(default=False, server_default=false())
    # A place in a class (migration 0017); NULL: a private session. A place shares its
    # occurrence's coach and time, which hold the coach's time for all its places at once.
    occurrence_id: Mapped[int | None] = mapped_column(ForeignKey("occurrences.id"))
    # The waitlist entry this place was promoted from: a unique index makes it once only.
    waitlist_entry_id: Mapped[int | None] = mapped_column(ForeignKey("waitlist_entries.id"))
    # When a pending place promoted from a waitlist gives its place up unpaid (the hold
    # expiry job reads it besides the studio's hold time); NULL: only the studio's hold.
    hold_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Payment(Base):
    """Money in (positive amount) or a refund (negative amount) for one booking, one pack (its
    sale, its refund) or one fee (collected): exactly one of them, which a trigger checks (0016)."""

    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount <> 0", name="amount_not_zero"),
        CheckConstraint("method_reason IS NULL OR amount < 0", name="method_reason_only_on_refunds"),
        Index("ix_payments_taken_at", "taken_at"),
        # An index, not a constraint: SQLite adds no constraint to a table without rebuilding it.
        Index("uq_payments_receipt_number", "receipt_number", unique=True),
        # A fee is collected once: a partial unique index of 0016 (db.HAND_WRITTEN_SCHEMA).
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), index=True)
    pack_id: Mapped[int | None] = mapped_column(ForeignKey("packs.id"), index=True)
    fee_id: Mapped[int | None] = mapped_column(ForeignKey("fees.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, "payment_method"))
    # The payment's own id at the bank or wallet (`payment_id` in the web API).
    reference: Mapped[str | None] = mapped_column(String(64))
    taken_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    # The number printed on the line's receipt, from ReceiptCounter in the same transaction:
    # the numbers run without gaps. Nullable only because SQLite adds a column no other way;
    # a trigger refuses a new line without its number.
    receipt_number: Mapped[int | None] = mapped_column(BigInteger)
    # Why a refund went back by a method that did not take that much on the booking: an admin's
    # words, which the cash-up shows beside the line. NULL on every other line.
    method_reason: Mapped[str | None] = mapped_column(Text)


class ReceiptCounter(Base):
    """One row: the last receipt number given. A payment takes the next one by updating it in
    its own transaction, so a payment rolled back gives its number back, and two desks paying
    at once wait for each other here instead of taking one number twice."""

    __tablename__ = "receipt_counters"
    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        CheckConstraint("last_number >= 0", name="last_number_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    last_number: Mapped[int] = mapped_column(BigInteger)


class StatusChange(Base):
    """One line of a booking's history. Append only: nothing updates or deletes these, and the
    database refuses it (migration 0012)."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), index=True)
    action: Mapped[BookingAction] = mapped_column(str_enum(BookingAction, "booking_action"))
    # None only for the line that records the booking's creation.
    from_status: Mapped[BookingStatus | None] = mapped_column(
        str_enum(BookingStatus, "status_change_from")
    )
    to_status: Mapped[BookingStatus] = mapped_column(str_enum(BookingStatus, "status_change_to"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    reason: Mapped[str | None] = mapped_column(Text)
    # The reason as a sentences.Sentence in JSON when the desk wrote it (not a person), to show
    # it in the desk's language; `reason` is its English.
    reason_words: Mapped[str | None] = mapped_column(Text)
    source: Mapped[ChangeSource] = mapped_column(str_enum(ChangeSource, "change_source"))
