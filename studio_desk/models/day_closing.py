"""A day whose takings were counted and closed: its payments are locked and its report kept."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import Base, UTCDateTime, utc_now


class DayClosing(Base):
    __tablename__ = "day_closings"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(unique=True)  # the studio's local date
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    counted_cash: Mapped[int] = mapped_column(BigInteger)
    # The cash-up as it was at closing (JSON): what the owner saw is what the day keeps saying.
    report: Mapped[str] = mapped_column(Text)
