"""A booking pulled from the web platform that the desk could not place next to its own."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import Base, UTCDateTime, utc_now
from studio_desk.models.people import NAME_LENGTH, TITLE_LENGTH


class WebConflict(Base):
    """Kept here, not in `bookings`, because its time overlaps an active desk booking of the
    same coach and the bookings table never holds two of those. A person resolves it (cancel
    one side); every pull tries to place it again and removes the row once it fits."""

    __tablename__ = "web_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    remote_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coaches.id"))
    # The desk booking in the way when it was last tried.
    blocking_booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), index=True)
    client_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    course_title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    start_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    web_status: Mapped[str] = mapped_column(String(16))
    first_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
