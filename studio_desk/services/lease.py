"""Leases in `studio_settings`: one desk at a time runs a shared job (the web sync, expiring holds).

A lease is a row `key -> "<holder> <until>"`. A desk takes it by compare-and-set, so of two
desks that saw the same free or expired lease exactly one gets it; a desk that stopped without
releasing (closed, crashed, lost its network) loses it once `until` has passed.

A long job keeps a short lease (`KeptLease`): renewed in the background while the job runs, so
a live desk holds it however long one step takes, and a desk that died frees it one lease
length after its last renewal instead of after the longest a job could ever take.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from types import TracebackType

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import StudioSetting
from studio_desk.services.errors import DomainError
from studio_desk.services.unit_of_work import run_write

log = logging.getLogger(__name__)

# Who this process is, for every lease it takes.
HOLDER = uuid.uuid4().hex


def _compare_and_set(session: Session, key: str, current: str, value: str) -> bool:
    """Write `value` only if the lease still reads `current`: of two desks that read the same
    row, one wins, whatever the backend's isolation."""
    taken = session.connection().execute(
        update(StudioSetting)
        .where(StudioSetting.key == key, StudioSetting.value == current)
        .values(value=value)
    )
    return bool(taken.rowcount == 1)


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
        return _compare_and_set(session, key, current, value)

    try:
        return run_write(db, work)
    except DomainError:  # another desk inserted the lease at the same moment
        return False


def renew_lease(db: Database, key: str, length: dt.timedelta) -> bool:
    """Hold the job `key` for `length` from now, if this desk still holds it; False when
    another desk has taken it (this desk's lease ran out, and the job is theirs now)."""

    def work(session: Session) -> bool:
        current = session.scalar(select(StudioSetting.value).where(StudioSetting.key == key))
        if current is None or current.partition(" ")[0] != HOLDER:
            return False
        return _compare_and_set(session, key, current, f"{HOLDER} {(db.now() + length).isoformat()}")

    return run_write(db, work)


def release_lease(db: Database, key: str) -> None:
    """Let the next desk take the job `key` at once, if this desk holds it."""

    def work(session: Session) -> None:
        session.execute(
            update(StudioSetting)
            .where(StudioSetting.key == key, StudioSetting.value.startswith(HOLDER))
            .values(value=f"{HOLDER} {db.now().isoformat()}")
        )

    run_write(db, work)


class KeptLease:
    """A lease held for the length of one job, renewed every `every` by a thread of its own.

    The job asks `held` between its steps and stops once it is False: another desk took the
    lease over, or this desk could not renew it (the database out of reach), so the job may be
    another desk's already. Use `keep_lease` to take one; leaving the `with` block stops the
    renewals and releases the lease, if it is still this desk's.
    """

    def __init__(self, db: Database, key: str, length: dt.timedelta, every: float) -> None:
        self.db, self.key, self.length, self.every = db, key, length, every
        self._done = threading.Event()
        self._lost = threading.Event()
        self._renewer = threading.Thread(target=self._renew, name=f"lease {key}", daemon=True)

    @property
    def held(self) -> bool:
        return not self._lost.is_set()

    def _renew(self) -> None:
        renewed = True
        try:
            while renewed and not self._done.wait(self.every):
                renewed = renew_lease(self.db, self.key, self.length)
        except DomainError as error:
            log.warning("lease %s not renewed, the job stops: %s", self.key, error)
        finally:
            # However the renewals ended before the job did, the job may not go on.
            if not self._done.is_set():
                self._lost.set()

    def __enter__(self) -> KeptLease:
        self._renewer.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._done.set()
        self._renewer.join()
        release_lease(self.db, self.key)  # only if still this desk's: see release_lease


def keep_lease(db: Database, key: str, length: dt.timedelta, every: float) -> KeptLease | None:
    """Take the job `key` for a `length` renewed every `every` seconds while it runs (in a
    `with` block); None while another desk holds it."""
    if not take_lease(db, key, length):
        return None
    return KeptLease(db, key, length, every)
