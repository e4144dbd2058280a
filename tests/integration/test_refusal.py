"""`refusal` says why an action is not allowed, and the service refuses exactly then, in the
same words; `allowed_actions` is what it does not refuse."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from studio_desk import services
from studio_desk.models import Booking
from studio_desk.services import (
    BookingAction,
    BookingOrigin,
    BookingStatus,
    BookingView,
    Database,
    DomainError,
    SyncState,
)
from tests.support.builders import booking_in, perform
from tests.support.clock import DEFAULT_NOW, SettableClock
from tests.support.snapshot import wipe_bookings
from tests.support.studio import Studio

A, S = BookingAction, BookingStatus
ACTIONS = [A.PAY, A.CONFIRM, A.COMPLETE, A.NO_SHOW, A.CANCEL, A.RESCHEDULE]
ACTORS = ["admin", "desk", "coach_a", "coach_b"]
# Where a booking stands with the web platform: desk only, sent from the desk, made online.
WEB_SIDES = ["desk", "linked", "from_web"]


def put_on_web(db: Database, booking_id: int, side: str) -> None:
    """What a sync round leaves behind: the booking linked to one on the web, or pulled from it."""
    if side == "desk":
        return
    origin = BookingOrigin.WEB if side == "from_web" else BookingOrigin.DESK
    with db.engine.begin() as connection:
        connection.execute(
            update(Booking)
            .where(Booking.id == booking_id)
            .values(origin=origin, remote_id=9000 + booking_id, sync_state=SyncState.LINKED)
        )


@settings(
    max_examples=70, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    status=st.sampled_from(list(S)),
    side=st.sampled_from(WEB_SIDES),
    who=st.sampled_from(ACTORS),
    action=st.sampled_from(ACTIONS),
    started=st.booleans(),
)
def test_the_service_refuses_exactly_when_refusal_says_so(
    db: Database, studio: Studio, clock: SettableClock,
    status: BookingStatus, side: str, who: str, action: BookingAction, started: bool,
) -> None:
    clock.set(DEFAULT_NOW)
    wipe_bookings(db)
    made = booking_in(db, studio, clock, status)
    put_on_web(db, made.id, side)
    booking = services.get_booking(db, made.id)
    if started:
        clock.set(booking.start_at + dt.timedelta(minutes=5))
    actor = {
        "admin": studio.admin, "desk": studio.desk,
        "coach_a": studio.coach_a_actor, "coach_b": studio.coach_b_actor,
    }[who]

    said = services.refusal(booking, actor, action, db.now())

    if said is None:
        assert action in services.allowed_actions(booking, actor, db.now())
        perform(db, actor, booking, action)
    else:
        assert action not in services.allowed_actions(booking, actor, db.now())
        with pytest.raises(DomainError) as refused:
            perform(db, actor, booking, action)
        assert refused.value.sentence == said


@pytest.fixture
def pending(db: Database, studio: Studio, clock: SettableClock) -> BookingView:
    return booking_in(db, studio, clock, S.PENDING)


def test_a_coach_is_told_the_role_before_the_status(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    paid = booking_in(db, studio, clock, S.PAID)
    said = services.refusal(paid, studio.coach_a_actor, A.PAY, db.now())
    assert said is not None and str(said) == "Only the front desk can take payments."


def test_the_status_reason_names_the_status(db: Database, studio: Studio, pending: BookingView) -> None:
    said = services.refusal(pending, studio.admin, A.CONFIRM, db.now())
    assert str(said) == "Only paid bookings can be confirmed. Current status: pending"
    assert services.refusal(pending, studio.desk, A.PAY, db.now()) is None


def test_a_session_is_not_done_before_it_starts(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    confirmed = booking_in(db, studio, clock, S.CONFIRMED)
    said = services.refusal(confirmed, studio.coach_a_actor, A.COMPLETE, db.now())
    assert said is not None and "has not started yet" in str(said)
    after_start = confirmed.start_at + dt.timedelta(minutes=1)
    assert services.refusal(confirmed, studio.coach_a_actor, A.COMPLETE, after_start) is None


def test_a_web_booking_is_neither_paid_nor_moved_at_the_desk(
    db: Database, studio: Studio, pending: BookingView
) -> None:
    put_on_web(db, pending.id, "from_web")
    booking = services.get_booking(db, pending.id)
    assert "pays for it on the web platform" in str(services.refusal(booking, studio.desk, A.PAY, db.now()))
    assert "cannot move bookings" in str(services.refusal(booking, studio.desk, A.RESCHEDULE, db.now()))
    assert services.refusal(booking, studio.desk, A.CANCEL, db.now()) is None
