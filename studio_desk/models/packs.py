"""What a studio sells beyond single sessions: products (packs of sessions, memberships), the
packs sold to clients with the terms of their day of sale, and each pack's ledger of credits.

The database keeps the money of these right by itself (migration 0016): a pack's `balance` and
`active_bookings` are counters that only the ledger's triggers move, under CHECKs that refuse a
balance below zero and a membership over its limit, and the ledger only grows.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import Base, UTCDateTime, sqlite_instant_check, str_enum, utc_now
from studio_desk.models.people import TITLE_LENGTH


class ProductKind(enum.StrEnum):
    PACK = "pack"  # N sessions
    MEMBERSHIP = "membership"  # unlimited sessions, at most K booked at once


class ValidFrom(enum.StrEnum):
    """When a pack's days of validity start counting."""

    SALE = "sale"
    FIRST_USE = "first_use"


class ProductScope(enum.StrEnum):
    """Which sessions a pack pays for."""

    ALL = "all"  # every course of the studio
    COACH = "coach"  # every course of one coach
    COURSES = "courses"  # the courses listed with it


class CreditKind(enum.StrEnum):
    """A line of a pack's ledger. balance = bought − used + returned − forfeited − expired ±
    adjusted; on a membership the booking lines move nothing (delta 0) and only link bookings."""

    BOUGHT = "bought"  # the pack's sessions, once, at the sale
    USED = "used"  # one credit for one booking
    RETURNED = "returned"  # a booking's credit back (a cancel in time, or before a forfeit)
    FORFEITED = "forfeited"  # a returned credit kept by the studio's rules (a late cancel)
    EXPIRED = "expired"  # what was left when the pack ran out of days
    ADJUSTED = "adjusted"  # an admin's correction, with a reason; a refund writes one too


# Terms a pack copies from its product at the sale, and keeps whatever the product becomes.
PACK_TERMS = (
    "kind", "name", "sessions", "max_active", "valid_days", "valid_from", "price", "scope",
    "coach_id", "freezes_allowed", "freeze_days_max",
)


class Product(Base):
    """A pack or a membership as the studio offers it. Retired ones (`active` false) are not
    sold any more; the packs sold keep their own copy of the terms."""

    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'pack' AND sessions > 0 AND max_active IS NULL)"
            " OR (kind = 'membership' AND sessions IS NULL AND max_active > 0)",
            name="sessions_or_limit",
        ),
        CheckConstraint("valid_days > 0", name="valid_days_positive"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("(scope = 'coach') = (coach_id IS NOT NULL)", name="coach_scope_has_coach"),
        CheckConstraint("freezes_allowed >= 0 AND freeze_days_max >= 0", name="freezes_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ProductKind] = mapped_column(str_enum(ProductKind, "product_kind"))
    name: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    sessions: Mapped[int | None]  # a pack's N
    max_active: Mapped[int | None]  # a membership's K
    valid_days: Mapped[int]
    valid_from: Mapped[ValidFrom] = mapped_column(str_enum(ValidFrom, "product_valid_from"))
    # In the smallest unit of the studio's currency, tax included as for courses.
    price: Mapped[int] = mapped_column(BigInteger)
    scope: Mapped[ProductScope] = mapped_column(str_enum(ProductScope, "product_scope"))
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coaches.id"))
    # How many times a sold pack may be frozen, and for at most how many days each time.
    freezes_allowed: Mapped[int] = mapped_column(default=0)
    freeze_days_max: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class ProductCourse(Base):
    """A course a product of scope `courses` pays for."""

    __tablename__ = "product_courses"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), primary_key=True)


class Pack(Base):
    """A product sold to a client: "pack #12". Its terms are the product's on the day of sale
    and never change (a trigger refuses it); its counters are moved only by its ledger's
    triggers, and only an expiry (first use) or a freeze moves `expires_at`."""

    __tablename__ = "packs"
    __table_args__ = (
        CheckConstraint("balance >= 0", name="balance_not_negative"),
        CheckConstraint(
            "max_active IS NULL OR active_bookings <= max_active", name="active_bookings_within_limit"
        ),
        CheckConstraint("active_bookings >= 0", name="active_bookings_not_negative"),
        CheckConstraint("freezes_used <= freezes_allowed", name="freezes_within_allowed"),
        CheckConstraint(
            "(kind = 'pack' AND sessions > 0 AND max_active IS NULL)"
            " OR (kind = 'membership' AND sessions IS NULL AND max_active > 0)",
            name="sessions_or_limit",
        ),
        CheckConstraint("valid_days > 0", name="valid_days_positive"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("(scope = 'coach') = (coach_id IS NOT NULL)", name="coach_scope_has_coach"),
        sqlite_instant_check("sold_at"),
        Index("ix_packs_client_id_expires_at", "client_id", "expires_at"),
        Index("ix_packs_expires_at", "expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    kind: Mapped[ProductKind] = mapped_column(str_enum(ProductKind, "pack_kind"))
    name: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    sessions: Mapped[int | None]
    max_active: Mapped[int | None]
    valid_days: Mapped[int]
    valid_from: Mapped[ValidFrom] = mapped_column(str_enum(ValidFrom, "pack_valid_from"))
    price: Mapped[int] = mapped_column(BigInteger)
    scope: Mapped[ProductScope] = mapped_column(str_enum(ProductScope, "pack_scope"))
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coaches.id"))
    freezes_allowed: Mapped[int]
    freeze_days_max: Mapped[int]
    sold_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    sold_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Set once, by the first booking of a pack valid from its first use.
    first_used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The instant the pack stops: the start of the studio's local day after its last day. NULL
    # only while a pack valid from its first use is unused.
    expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Set when the pack is refunded or closed by an admin: nothing more is booked with it.
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The counters (start at 0; the ledger's triggers move them, guards keep them its sums).
    balance: Mapped[int] = mapped_column(default=0)
    active_bookings: Mapped[int] = mapped_column(default=0)
    freezes_used: Mapped[int] = mapped_column(default=0)


class PackCourse(Base):
    """A course a pack of scope `courses` pays for, as its product listed them at the sale."""

    __tablename__ = "pack_courses"

    pack_id: Mapped[int] = mapped_column(ForeignKey("packs.id"), primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), primary_key=True)


class CreditLine(Base):
    """One line of a pack's ledger. Append-only: nothing updates or deletes one (0016)."""

    __tablename__ = "credit_lines"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'bought' AND delta >= 0 AND booking_id IS NULL)"
            " OR (kind IN ('used', 'forfeited') AND delta IN (-1, 0) AND booking_id IS NOT NULL)"
            " OR (kind = 'returned' AND delta IN (0, 1) AND booking_id IS NOT NULL)"
            " OR (kind = 'expired' AND delta < 0 AND booking_id IS NULL)"
            " OR (kind = 'adjusted' AND booking_id IS NULL AND reason IS NOT NULL"
            " AND (delta <> 0 OR payment_id IS NOT NULL))",
            name="kind_delta_booking",
        ),
        sqlite_instant_check("at"),
        # Migration 0016 adds partial unique indexes (db.HAND_WRITTEN_SCHEMA): a booking uses at
        # most one credit, gets it back at most once, forfeits it at most once; a pack is bought once.
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("packs.id"), index=True)
    kind: Mapped[CreditKind] = mapped_column(str_enum(CreditKind, "credit_kind"))
    delta: Mapped[int]
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"))
    # The money that went with the line: the sale's payment for `bought`, a refund's for the
    # `adjusted` line that closes a refunded pack.
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    # A person's reason (an adjustment, a waiver), or the desk's sentence in English.
    reason: Mapped[str | None] = mapped_column(Text)
    # The desk's reason as a sentences.Sentence in JSON, shown in each desk's language.
    reason_words: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class PackFreeze(Base):
    """A pack or membership put on hold for `days` from `starts_at`: no session in that time
    may use it, and its expiry moves on by as many days. Append-only; each one counts against
    the freezes its terms allow (0016)."""

    __tablename__ = "pack_freezes"
    __table_args__ = (
        CheckConstraint("days > 0", name="days_positive"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        sqlite_instant_check("starts_at"),
        sqlite_instant_check("ends_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("packs.id"), index=True)
    # The start of the studio's local day it begins on, and of the day after its last.
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    days: Mapped[int]
    reason: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
