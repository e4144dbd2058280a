"""The till: closings (counts of the cash drawer), the money each closing counted, and the cash
put in (an opening float) or taken out (pay-outs) between closings. All of it append-only."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from studio_desk.models.base import Base, UTCDateTime, str_enum, utc_now
from studio_desk.models.calendar_types import LocalDate


class DayClosing(Base):
    """One count of the till. A day may have several: each counts what came since the last."""

    __tablename__ = "day_closings"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(LocalDate, index=True)  # the studio's local date it was closed on
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Indexed: a payment dated before the latest closing is refused by the database (0012).
    closed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    counted_cash: Mapped[int] = mapped_column(BigInteger)
    # The closing's count as it was (JSON): what the owner saw is what the closing keeps saying.
    report: Mapped[str] = mapped_column(Text)


class ClosingPayment(Base):
    """A payment (or refund) line counted by a closing. The primary key on the payment makes
    "counted at most once" a fact of the database, whatever the desks do."""

    __tablename__ = "closing_payments"

    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), primary_key=True)
    closing_id: Mapped[int] = mapped_column(ForeignKey("day_closings.id"), index=True)


class CashMovementKind(enum.StrEnum):
    FLOAT = "float"  # change put in the drawer to start with
    PAYOUT = "payout"  # cash taken out for something the studio bought


class CashMovement(Base):
    """Cash put into or taken out of the till that is not a booking's payment."""

    __tablename__ = "cash_movements"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[CashMovementKind] = mapped_column(str_enum(CashMovementKind, "cash_movement_kind"))
    amount: Mapped[int] = mapped_column(BigInteger)  # always positive; the kind says which way
    reason: Mapped[str | None] = mapped_column(String(200))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class ClosingCashMovement(Base):
    """A float or pay-out counted by a closing, at most once (as ClosingPayment)."""

    __tablename__ = "closing_cash_movements"

    movement_id: Mapped[int] = mapped_column(ForeignKey("cash_movements.id"), primary_key=True)
    closing_id: Mapped[int] = mapped_column(ForeignKey("day_closings.id"), index=True)
