"""Setting up a course's cancellation rules (an admin's job)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import CancelRule, Course, RuleCost
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, about_field
from studio_desk.services.money.payments import parse_amount
from studio_desk.services.people.acting import run_read_as, run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import shown
from studio_desk.services.views import Actor

MAX_WINDOW_HOURS = 720
MAX_BLOCK_DAYS = 365


@dataclass(frozen=True)
class CancelRules:
    """A course's rules. A course without rules: every cancel gives back in full."""

    course_id: int
    late_cancel_hours: int
    late_cancel_cost: RuleCost
    late_cancel_fee: int
    no_show_cost: RuleCost
    no_show_fee: int
    member_block_days: int


def _cost(value: object, what: str) -> RuleCost:
    if isinstance(value, RuleCost):
        return value
    known = {cost.value: cost for cost in RuleCost}
    typed = value.strip().lower() if isinstance(value, str) else None
    if typed not in known:
        raise about_field(ValidationError(
            QT_TRANSLATE_NOOP("services", "Choose what it costs: the credit, a fee, or nothing.")), what)
    return known[typed]


def _whole(value: object, *, low: int, high: int, message: str, what: str) -> int:
    if (isinstance(value, str) and value.strip().isdigit() and value.strip().isascii()
            and len(value.strip()) < 6):
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise about_field(ValidationError(message, low=low, high=high, value=shown(value, 20)), what)
    return value


def rules_of(session: Session, course_id: int) -> CancelRules | None:
    row = session.get(CancelRule, course_id)
    if row is None:
        return None
    return CancelRules(row.course_id, row.late_cancel_hours, row.late_cancel_cost, row.late_cancel_fee,
                       row.no_show_cost, row.no_show_fee, row.member_block_days)


def get_cancel_rules(db: Database, actor: Actor, course_id: object) -> CancelRules | None:
    """A course's rules, or None when it has none."""
    course = parse_id(course_id, "course")

    def work(session: Session) -> CancelRules | None:
        if session.get(Course, course) is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Course not found"))
        return rules_of(session, course)

    return run_read_as(db, actor, work)


def set_cancel_rules(
    db: Database, actor: Actor, course_id: object, *, late_cancel_hours: object, late_cancel_cost: object,
    late_cancel_fee: object = 0, no_show_cost: object = "credit", no_show_fee: object = 0,
    member_block_days: object = 0,
) -> CancelRules:
    """Set a course's rules (an admin only): a cancel less than `late_cancel_hours` before the
    start is late and costs `late_cancel_cost` (the credit, a fee of `late_cancel_fee`, or
    nothing); a no-show costs `no_show_cost` (likewise with `no_show_fee`), and a member who
    does not show may not book with the membership for `member_block_days`. They apply to every
    cancel and no-show recorded from now on."""
    require_admin(actor, "set the cancellation rules")
    course = parse_id(course_id, "course")
    currency = get_settings(db).currency
    hours = _whole(
        late_cancel_hours, low=0, high=MAX_WINDOW_HOURS, what="the late-cancel window",
        message=QT_TRANSLATE_NOOP("services", "The late-cancel window must be {low} to {high} hours."),
    )
    block = _whole(member_block_days, low=0, high=MAX_BLOCK_DAYS, what="the block days",
                   message=QT_TRANSLATE_NOOP("services", "The booking block must be {low} to {high} days."))
    late_cost, show_cost = (
        _cost(late_cancel_cost, "the late-cancel cost"), _cost(no_show_cost, "the no-show cost")
    )
    late_fee = parse_amount(late_cancel_fee, what="The fee", currency=currency)
    show_fee = parse_amount(no_show_fee, what="The fee", currency=currency)
    for cost, fee, what in ((late_cost, late_fee, "the late-cancel fee"),
                            (show_cost, show_fee, "the no-show fee")):
        if cost is RuleCost.FEE and fee == 0:
            raise about_field(ValidationError(QT_TRANSLATE_NOOP("services", "Enter the fee.")), what)
    rules = CancelRules(
        course, hours, late_cost, late_fee if late_cost is RuleCost.FEE else 0,
        show_cost, show_fee if show_cost is RuleCost.FEE else 0, block,
    )

    def work(session: Session) -> CancelRules:
        if session.get(Course, course) is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Course not found"))
        session.merge(CancelRule(**rules.__dict__))
        return rules

    return run_write_as(db, actor, work)


def clear_cancel_rules(db: Database, actor: Actor, course_id: object) -> None:
    """A course without rules again (an admin only)."""
    require_admin(actor, "set the cancellation rules")
    course = parse_id(course_id, "course")
    run_write_as(db, actor,
                 lambda session: session.execute(delete(CancelRule).where(CancelRule.course_id == course)))


def courses_with_rules(session: Session) -> set[int]:
    return set(session.scalars(select(CancelRule.course_id)))
