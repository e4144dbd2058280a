"""What the studio sells and when: courses and the coaches' bookable hours."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import Base
from studio_desk.models.calendar_types import LocalDate, TimeOfDay
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
    # How many people one session takes: 1 is a private session, more a group class with a
    # timetable (migration 0017; a trigger, not a CHECK, keeps it in range: SQLite adds no
    # CHECK to a table without rebuilding it).
    capacity: Mapped[int] = mapped_column(default=1, server_default="1")


class Availability(Base):
    """Extra hours: a local date and local wall-clock hours of the studio when the coach can be
    booked on top of their weekly pattern (older databases made all their hours this way)."""

    __tablename__ = "availabilities"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="end_after_start"),
        Index("ix_availabilities_coach_id_date", "coach_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"))
    date: Mapped[dt.date] = mapped_column(LocalDate)
    start_time: Mapped[dt.time] = mapped_column(TimeOfDay)
    end_time: Mapped[dt.time] = mapped_column(TimeOfDay)


class WeeklyWindow(Base):
    """One stretch of a coach's weekly pattern: on `weekday` (0 is Monday), local wall-clock
    hours. The windows of one coach with one `valid_from` are a pattern; it rules from that
    date until the coach's next pattern begins. (The dated `availabilities` above are extra
    hours on top of it.)"""

    __tablename__ = "weekly_windows"
    __table_args__ = (
        CheckConstraint("end_time > start_time", name="end_after_start"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_in_week"),
        Index("ix_weekly_windows_coach_id_valid_from", "coach_id", "valid_from"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"))
    valid_from: Mapped[dt.date] = mapped_column(LocalDate)
    weekday: Mapped[int]
    start_time: Mapped[dt.time] = mapped_column(TimeOfDay)
    end_time: Mapped[dt.time] = mapped_column(TimeOfDay)


class Absence(Base):
    """A coach's time off on a local date: the whole day (no times) or the hours between."""

    __tablename__ = "absences"
    __table_args__ = (
        CheckConstraint(
            "(start_time IS NULL AND end_time IS NULL) OR end_time > start_time", name="whole_day_or_hours"
        ),
        Index("ix_absences_coach_id_date", "coach_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"))
    date: Mapped[dt.date] = mapped_column(LocalDate)
    start_time: Mapped[dt.time | None] = mapped_column(TimeOfDay)
    end_time: Mapped[dt.time | None] = mapped_column(TimeOfDay)


class Holiday(Base):
    """A day the whole studio is closed: no coach can be booked, whatever their hours."""

    __tablename__ = "holidays"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(LocalDate, unique=True)
    name: Mapped[str] = mapped_column(String(TITLE_LENGTH))
