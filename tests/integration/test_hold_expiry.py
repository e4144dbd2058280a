"""Holds that expire by themselves: what a desk's minute timer releases, one desk at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.models import StudioSetting
from studio_desk.services import BookingAction, BookingStatus, Database
from studio_desk.services.bookings.lifecycle import HOLDS_LEASE_KEY
from studio_desk.services.unit_of_work import run_write
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.race import release_together
from tests.support.studio import Studio

S = BookingStatus
DAY = "2025-10-25"


def free_times(db: Database, studio: Studio) -> list[str]:
    return [slot.label for slot in services.free_start_times(db, studio.yoga, DAY)]


def expiries(db: Database, booking_id: int) -> list[str]:
    history = services.booking_details(db, booking_id).history
    return [str(line.reason) for line in history if line.action is BookingAction.EXPIRE]


def test_a_hold_older_than_the_hold_time_is_canceled_and_frees_its_time(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    services.update_settings(db, studio.admin, hold_minutes=30)
    stale = booking_in(db, studio, clock, S.PENDING, start="08:00")
    paid = booking_in(db, studio, clock, S.PAID, start="09:00")
    clock.advance(minutes=20)
    young = booking_in(db, studio, clock, S.PENDING, start="10:00")
    clock.advance(minutes=11)

    assert services.release_stale_holds(db) == 1

    assert services.get_booking(db, stale.id).status is S.CANCELED
    assert expiries(db, stale.id) == ["hold expired"]
    assert "08:00" in free_times(db, studio)
    assert services.get_booking(db, paid.id).status is S.PAID
    assert services.get_booking(db, young.id).status is S.PENDING
    assert {"09:00", "10:00"}.isdisjoint(free_times(db, studio))
    # The next minute has nothing more to do; the younger hold goes when its time is up.
    assert services.release_stale_holds(db) == 0
    clock.advance(minutes=20)
    assert services.release_stale_holds(db) == 1
    assert services.get_booking(db, young.id).status is S.CANCELED


def test_a_hold_time_of_zero_keeps_every_hold(db: Database, studio: Studio, clock: SettableClock) -> None:
    held = booking_in(db, studio, clock, S.PENDING)
    clock.advance(days=1)
    assert services.release_stale_holds(db) == 0
    assert services.get_booking(db, held.id).status is S.PENDING


def test_while_another_desk_releases_holds_this_one_waits(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    services.update_settings(db, studio.admin, hold_minutes=30)
    held = booking_in(db, studio, clock, S.PENDING)
    clock.advance(hours=1)
    other_desk = f"another-desk {(clock() + dt.timedelta(minutes=1)).isoformat()}"
    run_write(db, lambda session: session.merge(StudioSetting(key=HOLDS_LEASE_KEY, value=other_desk)))

    assert services.release_stale_holds(db) == 0
    assert services.get_booking(db, held.id).status is S.PENDING
    clock.advance(minutes=2)  # the other desk stopped halfway: its lease ran out
    assert services.release_stale_holds(db) == 1
    assert services.get_booking(db, held.id).status is S.CANCELED


@pytest.mark.slow
def test_desks_racing_release_each_stale_hold_exactly_once(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    services.update_settings(db, studio.admin, hold_minutes=30)
    holds = [
        booking_in(db, studio, clock, S.PENDING, start=f"{hour:02d}:00", course=course)
        for hour in range(8, 14)
        for course in (studio.yoga, studio.hiit)
    ]
    clock.advance(hours=1)

    released = release_together(db.url.render_as_string(hide_password=False), clock(), desks=4)

    assert [count for count in released if not isinstance(count, int)] == []
    assert sum(released) == len(holds)  # type: ignore[arg-type]
    for hold in holds:
        assert services.get_booking(db, hold.id).status is S.CANCELED
        assert expiries(db, hold.id) == ["hold expired"]
