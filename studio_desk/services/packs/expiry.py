"""Packs that ran out of days give up the sessions left: an `expired` line in each one's ledger.

A pack's state is already "expired" from the instant its days end (packs/reads.state_of); the
line makes its balance say so too, for the ledger and the reports of unused credits. Every
open desk asks each minute (ui/bookings/hold_expiry.py); one desk at a time does the work.
Memberships have no credits to give up.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import CreditKind, Pack, ProductKind
from studio_desk.services.errors import QT_TRANSLATE_NOOP
from studio_desk.services.lease import release_lease, take_lease
from studio_desk.services.packs.credits import write_line
from studio_desk.services.sentences import Sentence
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.unit_of_work import run_read, run_write
from studio_desk.services.views import SYSTEM_ACTOR

EXPIRED_ON = QT_TRANSLATE_NOOP("services", "Expired on {day}")
# One desk at a time expires packs; a desk that stopped halfway frees the job after this.
EXPIRY_LEASE_KEY = "packs.expiry.lease"
EXPIRY_LEASE = dt.timedelta(minutes=2)


def _due(now: dt.datetime) -> tuple[ColumnElement[bool], ...]:
    """A pack (not a membership) whose days ended by `now`, still open, with sessions left."""
    return (Pack.kind == ProductKind.PACK, Pack.expires_at <= now, Pack.closed_at.is_(None), Pack.balance > 0)


def release_expired_packs(db: Database) -> int:
    """Write off the sessions left on every pack whose days have ended (not a closed one, nor a
    membership), by the system, one desk at a time: the others get 0 while one holds the lease.
    Returns how many packs it wrote off."""
    # Most minutes nothing is due: ask first, so that no desk writes a lease every minute.
    if run_read(db, lambda session: session.scalar(select(Pack.id).where(*_due(db.now())).limit(1))) is None:
        return 0
    if not take_lease(db, EXPIRY_LEASE_KEY, EXPIRY_LEASE):
        return 0
    try:
        return _expire_due_packs(db)
    finally:
        release_lease(db, EXPIRY_LEASE_KEY)


def _expire_due_packs(db: Database) -> int:
    zone = get_settings(db).zone

    def work(session: Session) -> int:
        now = db.now()
        # Locked, so that a desk using or giving back a credit of one of them meanwhile waits,
        # and the balance written off is the one the ledger has (PostgreSQL reads a row changed
        # while it waited again, and leaves it out if it is no longer due).
        due = session.execute(
            select(Pack.id, Pack.balance, Pack.expires_at).where(*_due(now)).order_by(Pack.id)
            .with_for_update(key_share=True)
        ).all()
        expired = 0
        for pack in due:
            last_day = (pack.expires_at.astimezone(zone) - dt.timedelta(seconds=1)).date()
            write_line(session, pack.id, CreditKind.EXPIRED, -pack.balance, SYSTEM_ACTOR, now,
                       reason=Sentence(EXPIRED_ON, {"day": last_day}))
            expired += 1
        return expired

    return run_write(db, work)
