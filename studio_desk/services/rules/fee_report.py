"""The fees report: what the studio's rules charged over a range of days, and what became of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Fee, FeeState, FeeWaiver, Payment
from studio_desk.services.bookings.permissions import require_desk
from studio_desk.services.people.acting import run_read_as
from studio_desk.services.reports import parse_range
from studio_desk.services.rules.fees import FeeView, fee_views
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import day_bounds
from studio_desk.services.views import Actor


@dataclass(frozen=True)
class FeesReport:
    start: dt.date
    end: dt.date  # included
    currency: str
    charged: int  # fees the rules charged in the range (by the day they were recorded)
    kept: int  # of those, taken from money already paid
    collected: int  # fees paid in the range (by the day the money was taken)
    waived: int  # fees an admin waived in the range
    owed_now: int  # every fee still owed, whenever charged
    fees: tuple[FeeView, ...]  # the fees charged in the range, newest first


def fees_report(db: Database, actor: Actor | None, start: dt.date | str, end: dt.date | str) -> FeesReport:
    """Fees charged, kept, collected and waived between `start` and `end` (local dates, both
    included), and what is owed now: the front desk's."""
    require_desk(actor, "see the studio's takings")
    first, last = parse_range(start, end)
    settings = get_settings(db)
    begin, _ = day_bounds(first, settings.zone)
    _, finish = day_bounds(last, settings.zone)

    def total(session: Session, amount: object, *where: object) -> int:
        return int(session.scalar(select(func.coalesce(func.sum(amount), 0)).where(*where)) or 0)  # type: ignore[arg-type]

    def work(session: Session) -> FeesReport:
        in_range = (Fee.created_at >= begin, Fee.created_at < finish)
        return FeesReport(
            first, last, settings.currency,
            charged=total(session, Fee.amount, *in_range),
            kept=total(session, Fee.amount, *in_range, Fee.state == FeeState.KEPT),
            collected=total(session, Payment.amount, Payment.fee_id.is_not(None), Payment.taken_at >= begin,
                            Payment.taken_at < finish),
            waived=int(session.scalar(
                select(func.coalesce(func.sum(Fee.amount), 0)).join(FeeWaiver, FeeWaiver.fee_id == Fee.id)
                .where(FeeWaiver.at >= begin, FeeWaiver.at < finish)) or 0),
            owed_now=total(session, Fee.amount, Fee.state == FeeState.OWED),
            fees=tuple(fee_views(session, (Fee.created_at >= begin) & (Fee.created_at < finish),
                                 settings.zone, settings.currency)),
        )

    return run_read_as(db, actor, work)
