"""Every status against every action, and every kind of person against every action.

The expected tables are written out here from DESIGN.md section 3, not read from the code.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from studio_desk import services
from studio_desk.services import (
    Actor,
    BookingAction,
    BookingStatus,
    Database,
    Forbidden,
    InvalidTransition,
)
from tests.support.builders import booking_in, perform
from tests.support.clock import SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

S, A = BookingStatus, BookingAction

# (status before, action) -> status after; every pair not listed must be refused.
ALLOWED = {
    (S.PENDING, A.PAY): S.PAID,
    (S.PAID, A.CONFIRM): S.CONFIRMED,
    (S.CONFIRMED, A.COMPLETE): S.DONE,
    (S.PAID, A.NO_SHOW): S.DONE,
    (S.CONFIRMED, A.NO_SHOW): S.DONE,
    (S.PENDING, A.CANCEL): S.CANCELED,
    (S.PAID, A.CANCEL): S.CANCELED,
    (S.CONFIRMED, A.CANCEL): S.CANCELED,
    (S.PENDING, A.RESCHEDULE): S.PENDING,
    (S.PAID, A.RESCHEDULE): S.PAID,
    (S.CONFIRMED, A.RESCHEDULE): S.CONFIRMED,
}
ACTIONS = [A.PAY, A.CONFIRM, A.COMPLETE, A.NO_SHOW, A.CANCEL, A.RESCHEDULE]
# The trail's word for each action (a no-show is a COMPLETE line with the reason "no-show").
TRAIL = {A.NO_SHOW: A.COMPLETE}


@pytest.mark.parametrize("action", ACTIONS, ids=str)
@pytest.mark.parametrize("before", list(S), ids=str)
def test_status_by_action(
    db: Database, studio: Studio, clock: SettableClock, before: BookingStatus, action: BookingAction
) -> None:
    booking = booking_in(db, studio, clock, before)
    clock.set(booking.start_at.replace(minute=5))  # the session is on: timing never the reason
    expected = ALLOWED.get((before, action))
    if expected is None:
        untouched = snapshot(db)
        with pytest.raises(InvalidTransition) as refused:
            perform(db, studio.admin, booking, action)
        assert f"Current status: {before.value}" in str(refused.value)
        assert snapshot(db) == untouched
        return
    after = perform(db, studio.admin, booking, action)
    assert after.status is expected
    assert services.get_booking(db, booking.id).status is expected
    last = services.booking_details(db, booking.id).history[-1]
    assert (last.action, last.from_status, last.to_status) == (TRAIL.get(action, action), before, expected)
    assert last.actor == studio.admin.name


# Who may do what, when the status allows it: DESIGN.md section 3.
WHO_MAY = {
    A.PAY: {"admin", "desk"},
    A.CONFIRM: {"admin", "own coach"},
    A.COMPLETE: {"admin", "own coach"},
    A.NO_SHOW: {"admin", "own coach"},
    A.CANCEL: {"admin", "desk", "own coach"},
    A.RESCHEDULE: {"admin", "desk"},
}
STATUS_FOR = {
    A.PAY: S.PENDING, A.CONFIRM: S.PAID, A.COMPLETE: S.CONFIRMED, A.NO_SHOW: S.PAID, A.CANCEL: S.PAID,
    A.RESCHEDULE: S.PAID,
}
PEOPLE: dict[str, Callable[[Studio], Actor]] = {
    "admin": lambda studio: studio.admin,
    "desk": lambda studio: studio.desk,
    "own coach": lambda studio: studio.coach_a_actor,
    "other coach": lambda studio: studio.coach_b_actor,
}


@pytest.mark.parametrize("action", ACTIONS, ids=str)
@pytest.mark.parametrize("who", list(PEOPLE))
def test_person_by_action(
    db: Database, studio: Studio, clock: SettableClock, who: str, action: BookingAction
) -> None:
    booking = booking_in(db, studio, clock, STATUS_FOR[action])
    clock.set(booking.start_at.replace(minute=5))
    actor = PEOPLE[who](studio)
    offered = action in services.allowed_actions(booking, actor, now=clock())
    if who in WHO_MAY[action]:
        assert offered
        perform(db, actor, booking, action)
        return
    assert not offered
    untouched = snapshot(db)
    with pytest.raises(Forbidden):
        perform(db, actor, booking, action)
    assert snapshot(db) == untouched


@pytest.mark.parametrize("who", list(PEOPLE))
def test_only_the_desk_makes_bookings(db: Database, studio: Studio, who: str) -> None:
    actor = PEOPLE[who](studio)
    make = lambda: services.create_booking(  # noqa: E731
        db, actor, client_id=studio.john, course_id=studio.yoga, date="2025-10-25", start_time="10:00"
    )
    if who in ("admin", "desk"):
        assert make().status is S.PENDING
        return
    untouched = snapshot(db)
    with pytest.raises(Forbidden):
        make()
    assert snapshot(db) == untouched


def test_a_session_cannot_be_marked_done_before_it_starts(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = booking_in(db, studio, clock, S.CONFIRMED)
    assert A.COMPLETE not in services.allowed_actions(booking, studio.coach_a_actor, now=clock())
    untouched = snapshot(db)
    with pytest.raises(services.ValidationError, match="has not started"):
        services.complete_booking(db, studio.coach_a_actor, booking.id)
    assert snapshot(db) == untouched
    clock.set(booking.start_at)
    assert A.COMPLETE in services.allowed_actions(booking, studio.coach_a_actor, now=clock())
    assert services.complete_booking(db, studio.coach_a_actor, booking.id).status is S.DONE


def test_unknown_booking_is_not_found_for_every_action(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    ghost = dataclasses.replace(booking_in(db, studio, clock, S.PENDING), id=987_654)
    untouched = snapshot(db)
    for action in ACTIONS:
        with pytest.raises(services.NotFound, match="Booking not found"):
            perform(db, studio.admin, ghost, action)
    assert snapshot(db) == untouched


@pytest.mark.parametrize("before", list(S), ids=str)
def test_only_a_stale_pending_hold_expires(
    db: Database, studio: Studio, clock: SettableClock, before: BookingStatus
) -> None:
    services.update_settings(db, studio.admin, hold_minutes=30)
    booking = booking_in(db, studio, clock, before)
    clock.advance(minutes=31)
    expected = S.CANCELED if before is S.PENDING else before
    untouched = snapshot(db)
    assert services.expire_stale_holds(db) == (1 if before is S.PENDING else 0)
    assert services.get_booking(db, booking.id).status is expected
    if before is not S.PENDING:
        assert snapshot(db) == untouched
