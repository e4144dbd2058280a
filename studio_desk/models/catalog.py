"""What the studio sells and when: courses and the coaches' bookable hours."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import Base
from studio_desk.models.people import TITLE_LENGTH


class Course(Base):
    __tablename__ = "courses"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("buffer_minutes >= 0", name="buffer_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"), index=True)
    duration_minutes: Mapped[int]
    # In the smallest unit of the studio's currency (rupiah for IDR).
    price: Mapped[int] = mapped_column(BigInteger)
    # Time kept free after each session (cleaning, changing rooms); it blocks the coach too.
    buffer_minutes: Mapped[int] = mapped_column(default=0)
    location: Mapped[str | None] = mapped_column(String(TITLE_LENGTH))
    active: Mapped[bool] = mapped_column(default=True)
    remote_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)


class Availability(Base):
    """When a coach can be booked: a local date and local wall-clock hours of the studio."""

    __tablename__ = "availabilities"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="end_after_start"),
        Index("ix_availabilities_coach_id_date", "coach_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"))
    date: Mapped[dt.date]
    start_time: Mapped[dt.time]
    end_time: Mapped[dt.time]
