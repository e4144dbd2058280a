"""Reading packs: a client's packs with their counters, as the desk shows them."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import Client, Pack, PackFreeze, ProductKind
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound
from studio_desk.services.packs.views import PackState, PackView
from studio_desk.services.people.acting import run_read_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.views import Actor

# Freezes never overlap (services/packs/freezes.py), so the latest one's end is all a view needs.
_LATEST_FREEZE_END = (
    select(func.max(PackFreeze.ends_at)).where(PackFreeze.pack_id == Pack.id)
    .correlate(Pack).scalar_subquery()
)
PACK_COLUMNS = select(
    Pack.id, Pack.client_id, Client.name.label("client_name"), Pack.product_id, Pack.kind, Pack.name,
    Pack.sessions, Pack.max_active, Pack.price, Pack.scope, Pack.coach_id, Pack.valid_days,
    Pack.sold_at, Pack.expires_at, Pack.first_used_at, Pack.closed_at, Pack.balance,
    Pack.active_bookings, Pack.freezes_allowed, Pack.freezes_used, Pack.freeze_days_max,
    _LATEST_FREEZE_END.label("freeze_ends_at"),
).join(Client, Client.id == Pack.client_id)


def state_of(row: Row[*tuple[Any, ...]] | Pack, now: dt.datetime) -> PackState:
    if row.closed_at is not None:
        return PackState.CLOSED
    if row.expires_at is not None and row.expires_at <= now:
        return PackState.EXPIRED
    if row.kind is ProductKind.PACK and row.balance <= 0:
        return PackState.USED_UP
    if row.expires_at is None:
        return PackState.NOT_STARTED
    return PackState.OPEN


def pack_view(row: Row[*tuple[Any, ...]], now: dt.datetime, zone: ZoneInfo) -> PackView:
    def local(moment: dt.datetime | None) -> dt.datetime | None:
        return None if moment is None else moment.astimezone(zone)

    sold_at = local(row.sold_at)
    assert sold_at is not None
    return PackView(
        id=row.id, client_id=row.client_id, client_name=row.client_name, product_id=row.product_id,
        kind=row.kind, name=row.name, sessions=row.sessions, max_active=row.max_active,
        price=row.price, scope=row.scope, valid_days=row.valid_days, sold_at=sold_at,
        expires_at=local(row.expires_at), first_used_at=local(row.first_used_at),
        closed_at=local(row.closed_at), balance=row.balance, active_bookings=row.active_bookings,
        freezes_allowed=row.freezes_allowed, freezes_used=row.freezes_used, state=state_of(row, now),
        freeze_days_max=row.freeze_days_max, frozen_until=_frozen_until(row.freeze_ends_at, now, zone),
    )


def _frozen_until(ends_at: dt.datetime | None, now: dt.datetime, zone: ZoneInfo) -> dt.date | None:
    """The last day of a freeze that ends after `now` (ends_at is the start of the day after)."""
    if ends_at is None or ends_at <= now:
        return None
    return (ends_at.astimezone(zone) - dt.timedelta(seconds=1)).date()


def load_pack(session: Session, pack_id: int, now: dt.datetime, zone: ZoneInfo) -> PackView:
    row = session.execute(PACK_COLUMNS.where(Pack.id == pack_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "Pack not found"))
    return pack_view(row, now, zone)


def packs_of(session: Session, client_id: int, now: dt.datetime, zone: ZoneInfo) -> list[PackView]:
    rows = session.execute(PACK_COLUMNS.where(Pack.client_id == client_id).order_by(Pack.id.desc()))
    return [pack_view(row, now, zone) for row in rows]


def client_packs(db: Database, actor: Actor, client_id: object) -> list[PackView]:
    """Every pack and membership a client bought, newest first, with what is left of each."""
    client = parse_id(client_id, "client")
    zone = get_settings(db).zone

    def work(session: Session) -> list[PackView]:
        if session.get(Client, client) is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Client not found"))
        return packs_of(session, client, db.now(), zone)

    return run_read_as(db, actor, work)


def get_pack(db: Database, actor: Actor, pack_id: object) -> PackView:
    number = parse_id(pack_id, "pack")
    zone = get_settings(db).zone
    return run_read_as(db, actor, lambda session: load_pack(session, number, db.now(), zone))
