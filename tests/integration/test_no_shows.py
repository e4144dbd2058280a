"""Recorded no-shows: the booking's coach or an admin ends a paid or confirmed session that has
started as `done` with the no-show on it; the trail says so, and the web is told `done`."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.models import Booking, OutboxItem
from studio_desk.services import (
    BookingAction,
    BookingStatus,
    Database,
    Forbidden,
    InvalidTransition,
    SyncState,
    ValidationError,
)
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

S, A = BookingStatus, BookingAction


@pytest.mark.parametrize("before", [S.PAID, S.CONFIRMED], ids=str)
def test_the_coach_records_a_no_show_once_the_session_has_started(
    db: Database, studio: Studio, clock: SettableClock, before: BookingStatus
) -> None:
    booking = booking_in(db, studio, clock, before)
    clock.set(booking.start_at + dt.timedelta(minutes=15))

    after = services.record_no_show(db, studio.coach_a_actor, booking.id)

    assert (after.status, after.no_show) == (S.DONE, True)
    stored = services.get_booking(db, booking.id)
    assert (stored.status, stored.no_show) == (S.DONE, True)
    last = services.booking_details(db, booking.id).history[-1]
    assert (last.action, last.from_status, last.to_status) == (A.COMPLETE, before, S.DONE)
    assert str(last.reason) == "no-show" and last.actor == studio.coach_a_actor.name
    assert services.allowed_actions(stored, studio.admin, db.now()) == frozenset()


def test_a_session_marked_done_is_not_a_no_show(db: Database, studio: Studio, clock: SettableClock) -> None:
    done = booking_in(db, studio, clock, S.DONE)
    assert done.no_show is False and services.get_booking(db, done.id).no_show is False


def test_not_before_the_session_starts(db: Database, studio: Studio, clock: SettableClock) -> None:
    booking = booking_in(db, studio, clock, S.CONFIRMED)
    clock.set(booking.start_at - dt.timedelta(minutes=1))
    untouched = snapshot(db)
    assert A.NO_SHOW not in services.allowed_actions(booking, studio.admin, db.now())
    with pytest.raises(ValidationError, match="has not started yet; a no-show can be recorded"):
        services.record_no_show(db, studio.admin, booking.id)
    assert snapshot(db) == untouched
    clock.set(booking.start_at)
    assert A.NO_SHOW in services.allowed_actions(booking, studio.admin, db.now())


def test_only_the_bookings_coach_or_an_admin(db: Database, studio: Studio, clock: SettableClock) -> None:
    booking = booking_in(db, studio, clock, S.PAID)
    clock.set(booking.start_at + dt.timedelta(minutes=5))
    for someone in (studio.desk, studio.coach_b_actor):
        with pytest.raises(Forbidden, match="Only the booking's coach or an admin can record a no-show."):
            services.record_no_show(db, someone, booking.id)
    assert services.record_no_show(db, studio.admin, booking.id).no_show


@pytest.mark.parametrize("before", [S.PENDING, S.DONE, S.CANCELED], ids=str)
def test_only_paid_or_confirmed_sessions(
    db: Database, studio: Studio, clock: SettableClock, before: BookingStatus
) -> None:
    booking = booking_in(db, studio, clock, before)
    clock.set(booking.start_at + dt.timedelta(minutes=5))
    with pytest.raises(InvalidTransition, match=f"marked as a no-show. Current status: {before.value}"):
        services.record_no_show(db, studio.admin, booking.id)


def test_the_web_is_told_done(db: Database, studio: Studio, clock: SettableClock) -> None:
    booking = booking_in(db, studio, clock, S.PAID)
    with db.engine.begin() as connection:  # as a sync round leaves it: linked to a web booking
        connection.execute(
            update(Booking).where(Booking.id == booking.id)
            .values(remote_id=7001, sync_state=SyncState.LINKED)
        )
    clock.set(booking.start_at + dt.timedelta(minutes=5))

    services.record_no_show(db, studio.coach_a_actor, booking.id)

    with db.engine.connect() as connection:
        items = connection.execute(
            select(OutboxItem.kind, OutboxItem.payload).where(OutboxItem.booking_id == booking.id)
        ).all()
    assert [json.loads(payload) for _, payload in items][-1] == {"status": "done"}


def test_the_demo_studio_has_recorded_no_shows_and_coach_colours(empty_database_url: URL) -> None:
    db = Database.open(empty_database_url)
    try:
        services.load_demo(db)
        assert all(coach.colour for coach in services.list_coaches(db))
        with db.engine.connect() as connection:
            no_shows = connection.scalar(select(func.count()).where(Booking.no_show.is_(True)))
        assert no_shows and no_shows > 0
    finally:
        db.dispose()
