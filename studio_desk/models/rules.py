"""The studio's cancellation rules per course, what they did to each booking, and the fees a
client owes for a late cancel or a no-show (issue 17)."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import Base, UTCDateTime, sqlite_instant_check, str_enum, utc_now


class RuleCost(enum.StrEnum):
    """What a late cancel or a no-show costs the client."""

    NOTHING = "nothing"
    CREDIT = "credit"  # the session counts as used: the credit (or the money) stays with the studio
    FEE = "fee"  # a fee the client owes


class RuleEvent(enum.StrEnum):
    LATE_CANCEL = "late_cancel"
    NO_SHOW = "no_show"


class FeeState(enum.StrEnum):
    OWED = "owed"  # the client owes it
    COLLECTED = "collected"  # paid through the payment dialog (a payment line with the fee)
    WAIVED = "waived"  # an admin let it go, with a reason
    KEPT = "kept"  # taken out of money already paid for the booking (a smaller refund)


class CancelRule(Base):
    """A course's rules; a course without a row has none (a cancel always gives back in full)."""

    __tablename__ = "cancel_rules"
    __table_args__ = (
        CheckConstraint("late_cancel_hours >= 0 AND late_cancel_hours <= 720", name="hours_in_range"),
        CheckConstraint("(late_cancel_cost = 'fee') = (late_cancel_fee > 0)", name="late_fee_with_fee_cost"),
        CheckConstraint("(no_show_cost = 'fee') = (no_show_fee > 0)", name="no_show_fee_with_fee_cost"),
        CheckConstraint("member_block_days >= 0 AND member_block_days <= 365", name="block_days_in_range"),
    )

    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), primary_key=True)
    # A cancel less than this many hours before the start is late.
    late_cancel_hours: Mapped[int]
    late_cancel_cost: Mapped[RuleCost] = mapped_column(str_enum(RuleCost, "late_cancel_cost"))
    late_cancel_fee: Mapped[int] = mapped_column(BigInteger, default=0)
    no_show_cost: Mapped[RuleCost] = mapped_column(str_enum(RuleCost, "no_show_cost"))
    no_show_fee: Mapped[int] = mapped_column(BigInteger, default=0)
    # A member who does not show may not book with their membership for this many days.
    member_block_days: Mapped[int] = mapped_column(default=0)


class RuleOutcome(Base):
    """What the rules did to one booking when its late cancel or no-show was recorded, as the
    person saw it before confirming: or that an admin waived them, and why. Append-only."""

    __tablename__ = "rule_outcomes"
    __table_args__ = (
        CheckConstraint("NOT waived OR waiver_reason IS NOT NULL", name="waiver_has_reason"),
        CheckConstraint("fee >= 0", name="fee_not_negative"),
        sqlite_instant_check("at"),
    )

    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), primary_key=True)
    event: Mapped[RuleEvent] = mapped_column(str_enum(RuleEvent, "rule_event"))
    hours_before: Mapped[int | None]  # a cancel: whole hours before the start
    cost: Mapped[RuleCost] = mapped_column(str_enum(RuleCost, "rule_outcome_cost"))
    fee: Mapped[int] = mapped_column(BigInteger, default=0)
    block_days: Mapped[int] = mapped_column(default=0)
    waived: Mapped[bool] = mapped_column(default=False)
    waiver_reason: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class Fee(Base):
    """An amount a client owes (not money taken): it is collected through the payment dialog,
    waived by an admin, or kept from money already paid. Only its state moves, and only by the
    database's triggers on a payment line or a waiver; a merge may move its client."""

    __tablename__ = "fees"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        sqlite_instant_check("created_at"),
        Index("ix_fees_client_id_state", "client_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), index=True)
    cause: Mapped[RuleEvent] = mapped_column(str_enum(RuleEvent, "fee_cause"))
    amount: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[FeeState] = mapped_column(str_enum(FeeState, "fee_state"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class FeeWaiver(Base):
    """An admin letting a fee go, with a reason. Append-only; one per fee."""

    __tablename__ = "fee_waivers"
    __table_args__ = (sqlite_instant_check("at"),)

    fee_id: Mapped[int] = mapped_column(ForeignKey("fees.id"), primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class ClientBlock(Base):
    """A member who did not show may not book with a membership until `until` (a rule's block
    days). Append-only; an admin lifts one by a BlockLift."""

    __tablename__ = "client_blocks"
    __table_args__ = (sqlite_instant_check("until"), sqlite_instant_check("at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), unique=True)
    until: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class BlockLift(Base):
    """An admin lifting a block early, with a reason. Append-only; one per block."""

    __tablename__ = "block_lifts"
    __table_args__ = (sqlite_instant_check("at"),)

    block_id: Mapped[int] = mapped_column(ForeignKey("client_blocks.id"), primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
