"""Changes waiting to be sent to the studio's web platform (used only when sync is on)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import Base, UTCDateTime, plain_str_enum, utc_now
from studio_desk.models.enums import OutboxOutcome


class OutboxItem(Base):
    __tablename__ = "outbox_items"
    __table_args__ = (Index("ix_outbox_items_sent_at_next_attempt_at", "sent_at", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[str] = mapped_column(Text)  # JSON
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    last_error: Mapped[str | None] = mapped_column(Text)
    # When the item was finished with, and how; both NULL while it still waits to be sent.
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[OutboxOutcome | None] = mapped_column(plain_str_enum(OutboxOutcome))
