"""The people: staff who use the desk, the coaches they book, and the studio's clients."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import Base, UTCDateTime, str_enum, utc_now
from studio_desk.models.enums import StaffRole

NAME_LENGTH = 120
TITLE_LENGTH = 120
WEB_USERNAME_LENGTH = 150
COLOUR_LENGTH = 7


class Coach(Base):
    __tablename__ = "coaches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    active: Mapped[bool] = mapped_column(default=True)
    remote_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    # The coach's account on the web platform, which the sync signs in as (Django's limit).
    web_username: Mapped[str | None] = mapped_column(String(WEB_USERNAME_LENGTH))
    # The coach's column in the day calendar, "#rrggbb"; NULL: the calendar picks one.
    colour: Mapped[str | None] = mapped_column(String(COLOUR_LENGTH))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint("role <> 'coach' OR coach_id IS NOT NULL", name="coach_has_coach"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole, "staff_role"))
    # "scheme$params$salt$hash"; never the PIN itself.
    pin_hash: Mapped[str] = mapped_column(String(255))
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coaches.id"), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    # Wrong PINs in a row, and until when sign-in is refused after too many of them.
    failed_pin_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class Client(Base):
    __tablename__ = "clients"
    __table_args__ = (Index("ix_clients_phone", "phone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), index=True)
    # Digits only, with the country code in front ("6281234567890"), so a prefix finds it.
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    # The language messages to the client are written in ("id", "en"); NULL: the desk's.
    language: Mapped[str | None] = mapped_column(String(8))
