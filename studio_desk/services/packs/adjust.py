"""An admin's correction of the sessions left on a pack: an `adjusted` line with their reason."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import CreditKind, Pack
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError, about_field
from studio_desk.services.packs.credits import write_line
from studio_desk.services.packs.reads import load_pack
from studio_desk.services.packs.views import PackState, PackView
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import REASON_LENGTH, required_text, shown
from studio_desk.services.views import Actor

# The most one correction adds or takes away: far above any pack, far below a typing slip.
MOST_SESSIONS = 1000
DELTA_FIELD = "the sessions"
_DELTA_TEXT = re.compile(r"[+-]?[0-9]{1,4}", re.ASCII)
_NOT_A_CHANGE = QT_TRANSLATE_NOOP(
    "services",
    "'{value}' is not a number of sessions. Give a whole number from -{most} to {most}, like 2 or -1.",
)
_NO_CHANGE = QT_TRANSLATE_NOOP(
    "services", "A change of 0 sessions changes nothing. Give how many sessions to add, or to take away (-1)."
)
_MEMBERSHIP = QT_TRANSLATE_NOOP(
    "services", "Membership #{pack} has no sessions to change: it pays for any number while it lasts."
)
_CLOSED = QT_TRANSLATE_NOOP("services", "Pack #{pack} was closed on {day}, so its sessions stay as they are.")
_EXPIRED = QT_TRANSLATE_NOOP("services", "Pack #{pack} expired on {day}, so its sessions stay as they are.")
_TOO_FEW = QT_TRANSLATE_NOOP("services", "Pack #{pack} has {left} sessions left; it cannot lose {lose}.")


def parse_delta(value: object) -> int:
    """Sessions to add (positive) or take away (negative): an int or typed digits with an
    optional sign, from -MOST_SESSIONS to MOST_SESSIONS, not 0."""
    if isinstance(value, int) and not isinstance(value, bool):
        delta = value
    elif isinstance(value, str) and _DELTA_TEXT.fullmatch(value.strip()):
        delta = int(value.strip())
    else:
        delta = MOST_SESSIONS + 1
    if not -MOST_SESSIONS <= delta <= MOST_SESSIONS:
        refusal = ValidationError(_NOT_A_CHANGE, value=shown(value, 20), most=MOST_SESSIONS)
        raise about_field(refusal, DELTA_FIELD)
    if delta == 0:
        raise about_field(ValidationError(_NO_CHANGE), DELTA_FIELD)
    return delta


def adjust_credits(db: Database, actor: Actor, pack_id: object, *, delta: object, reason: object) -> PackView:
    """Add sessions to a running pack or take some away, with the admin's reason in its ledger.
    A membership has none; a closed or expired pack keeps what it has; none goes below zero."""
    require_admin(actor, "change the sessions of a pack")
    number = parse_id(pack_id, "pack")
    change = parse_delta(delta)
    why = required_text(reason, what="the reason", max_length=REASON_LENGTH)
    zone = get_settings(db).zone

    def work(session: Session) -> PackView:
        now = db.now()
        # Another desk may be using a credit of it: wait, then judge the balance it left.
        session.execute(select(Pack.id).where(Pack.id == number).with_for_update(key_share=True))
        pack = load_pack(session, number, now, zone)
        if pack.is_membership:
            raise ValidationError(_MEMBERSHIP, pack=pack.id)
        if pack.state is PackState.CLOSED:
            assert pack.closed_at is not None
            raise ValidationError(_CLOSED, pack=pack.id, day=pack.closed_at.date())
        if pack.state is PackState.EXPIRED:
            raise ValidationError(_EXPIRED, pack=pack.id, day=pack.last_day)
        if pack.balance + change < 0:
            refusal = ValidationError(_TOO_FEW, pack=pack.id, left=pack.balance, lose=-change)
            raise about_field(refusal, DELTA_FIELD)
        write_line(session, pack.id, CreditKind.ADJUSTED, change, actor, now, reason=why)
        return load_pack(session, pack.id, now, zone)

    return run_write_as(db, actor, work)
