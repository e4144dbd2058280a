"""How the web sync stands, as the desk's status bar and `studio-desk sync` show it: whether it
is on, when it last ran, what waits, what needs a person.

Apart from the round itself (run.py): a desk reads this at every start, sync on or off, and it
needs neither the web client (httpx) nor the web's answers (pydantic), which run.py loads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Booking, StudioSetting, WebConflict
from studio_desk.services import outbox
from studio_desk.services.sentences import Sentence, from_json
from studio_desk.services.sync.config import DEFAULT_WEB_ZONE, read_sync_config
from studio_desk.services.unit_of_work import run_read

# What run.py keeps after each round (studio_settings keys).
LAST_RUN, LAST_OK, LAST_ERROR = "sync.last_run_at", "sync.last_ok_at", "sync.last_error"


@dataclass(frozen=True)
class SyncStatus:
    on: bool
    last_run_at: dt.datetime | None
    last_ok_at: dt.datetime | None
    last_error: str | Sentence | None
    waiting: int
    problems: int  # desk bookings the web refused, and web bookings that collide with the desk's
    web_zone: str = DEFAULT_WEB_ZONE  # the zone the web platform's dates and times are in


def _kept_error(text: str | None) -> str | Sentence | None:
    """The last round's first problem: a kept Sentence, or the text a desk from before the desk
    kept sentences wrote."""
    if not text:
        return None
    return from_json(text) if text.startswith("{") else text


def _instant(text: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def sync_status(db: Database) -> SyncStatus:
    """What the desk's status bar shows: when sync last ran, what waits, what needs a person."""

    def work(session: Session) -> SyncStatus:
        config = read_sync_config(session)
        rows = dict(
            session.execute(
                select(StudioSetting.key, StudioSetting.value).where(
                    StudioSetting.key.in_((LAST_RUN, LAST_OK, LAST_ERROR))
                )
            ).all()
        )
        problems = session.scalar(select(func.count()).where(Booking.sync_problem.isnot(None))) or 0
        problems += session.scalar(select(func.count()).select_from(WebConflict)) or 0
        return SyncStatus(
            on=config.is_on,
            last_run_at=_instant(rows.get(LAST_RUN)),
            last_ok_at=_instant(rows.get(LAST_OK)),
            last_error=_kept_error(rows.get(LAST_ERROR)),
            waiting=outbox.waiting_count(session),
            problems=int(problems),
            web_zone=config.web_zone,
        )

    return run_read(db, work)
