"""The coach queue: a coach's paid bookings to confirm and the day's confirmed sessions to mark done."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import BookingStatus, StaffRole
from studio_desk.services.arguments import whole_number
from studio_desk.services.bookings.queries import MAX_PAGE, BookingFilter, matching, read_page
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, Forbidden
from studio_desk.services.people.acting import checked_actor, run_read_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import parse_date
from studio_desk.services.views import Actor, CoachQueueView

# Enough for any coach's real queue; the page's total says how many more there are.
QUEUE_LIMIT = 200


def coach_queue(
    db: Database,
    actor: Actor,
    day: dt.date | str | None = None,
    *,
    coach_id: object = None,
    limit: int = QUEUE_LIMIT,
) -> CoachQueueView:
    """The queue of the signed-in coach on `day` (default: the studio's today). An admin sees
    every coach's, or the one coach `coach_id`, covering for a coach who forgot."""
    whose = _whose_queue(checked_actor(actor), None if coach_id is None else parse_id(coach_id, "coach"))
    most = whole_number(limit, low=1, high=MAX_PAGE)
    settings = get_settings(db)
    zone = settings.zone
    on = db.now().astimezone(zone).date() if day is None else parse_date(day)
    waiting = BookingFilter(coach_id=whose, statuses=frozenset({BookingStatus.PAID}), date_from=on)
    on_the_day = BookingFilter(
        coach_id=whose, statuses=frozenset({BookingStatus.CONFIRMED}), date_from=on, date_to=on
    )

    conditions = [matching(where, zone, settings.phone_country_code) for where in (waiting, on_the_day)]

    def work(session: Session) -> CoachQueueView:
        to_confirm, to_mark_done = (read_page(session, each, zone, 0, most) for each in conditions)
        return CoachQueueView(on, whose, to_confirm, to_mark_done)

    return run_read_as(db, actor, work)


def _whose_queue(actor: Actor, asked: int | None) -> int | None:
    """The coach whose queue `actor` sees: their own, or for an admin `asked` (None: all)."""
    if actor.role is StaffRole.ADMIN:
        return asked
    if actor.role is StaffRole.COACH and actor.coach_id is not None:
        if asked not in (None, actor.coach_id):
            raise Forbidden(QT_TRANSLATE_NOOP("services", "A coach sees only their own queue."))
        return actor.coach_id
    raise Forbidden(QT_TRANSLATE_NOOP("services", "Only a coach or an admin has a coach queue."))
