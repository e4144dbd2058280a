"""Leases in `studio_settings`: one desk at a time runs a shared job (the web sync, expiring holds).

A lease is a row `key -> "<holder> <until>"`. A desk takes it by compare-and-set, so of two
desks that saw the same free or expired lease exactly one gets it; a desk that stopped without
releasing (closed, crashed, lost its network) loses it once `until` has passed.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import StudioSetting
from studio_desk.services.errors import DomainError
from studio_desk.services.unit_of_work import run_write

# Who this process is, for every lease it takes.
HOLDER = uuid.uuid4().hex


def take_lease(db: Database, key: str, length: dt.timedelta) -> bool:
    """Hold the job `key` for `length` (or renew it); False while another desk holds it."""

    def work(session: Session) -> bool:
        now = db.now()
        value = f"{HOLDER} {(now + length).isoformat()}"
        current = session.scalar(select(StudioSetting.value).where(StudioSetting.key == key))
        if current is None:
            session.execute(insert(StudioSetting).values(key=key, value=value))
            return True
        holder, _, until = current.partition(" ")
        if holder != HOLDER and dt.datetime.fromisoformat(until) > now:
            return False
        # Compare-and-set: of two desks that saw the same expired lease, one gets it.
        taken = session.connection().execute(
            update(StudioSetting)
            .where(StudioSetting.key == key, StudioSetting.value == current)
            .values(value=value)
        )
        return bool(taken.rowcount == 1)

    try:
        return run_write(db, work)
    except DomainError:  # another desk inserted the lease at the same moment
        return False


def release_lease(db: Database, key: str) -> None:
    """Let the next desk take the job `key` at once, if this desk holds it."""

    def work(session: Session) -> None:
        session.execute(
            update(StudioSetting)
            .where(StudioSetting.key == key, StudioSetting.value.startswith(HOLDER))
            .values(value=f"{HOLDER} {db.now().isoformat()}")
        )

    run_write(db, work)
