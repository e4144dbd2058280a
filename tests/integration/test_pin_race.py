"""Eight desks, in separate processes released at the same moment, guess one person's PIN, on
SQLite and PostgreSQL: exactly MAX_PIN_ATTEMPTS wrong PINs are checked before the lockout holds
(not 33 to 41, as when the counter's updates overwrote each other), one more each time the lock
runs out, and a right PIN among the guesses neither gets more guesses through nor is told it
was wrong."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from studio_desk.models import Staff
from studio_desk.services import Database
from studio_desk.services.people.pin_attempts import LOCKOUT, MAX_PIN_ATTEMPTS
from tests.support.clock import SettableClock
from tests.support.pin_race import SIGNED_IN, Guesses, guess_together
from tests.support.studio import PINS, Studio

DESKS = 8
TRIES = 3  # each desk guesses again at once: 24 guesses in all, against a limit of 5
WRONG, WRONG_NOW_LOCKED, LOCKED = "wrong", "wrong, now locked", "locked"
pytestmark = pytest.mark.slow


def _row(db: Database, staff_id: int) -> tuple[int, dt.datetime | None]:
    with db.write_session() as session:
        found = session.scalars(select(Staff).where(Staff.id == staff_id)).one()
        return found.failed_pin_attempts, found.locked_until


def _guesses(db: Database, staff_id: int, now: dt.datetime) -> Guesses:
    return Guesses(db.url.render_as_string(hide_password=False), staff_id, now, TRIES)


def test_desks_guessing_at_once_get_exactly_the_allowed_wrong_pins(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    person = studio.desk.staff_id
    assert person is not None
    now = clock()
    told = Counter(outcome for _, outcome in guess_together(_guesses(db, person, now), ["0000"] * DESKS))

    assert told == {
        WRONG: MAX_PIN_ATTEMPTS - 1,
        WRONG_NOW_LOCKED: 1,
        LOCKED: DESKS * TRIES - MAX_PIN_ATTEMPTS,
    }
    assert _row(db, person) == (MAX_PIN_ATTEMPTS, now + LOCKOUT)

    # The lock runs out: the desks race again, and one guess is checked before it holds again.
    later = now + LOCKOUT
    told = Counter(outcome for _, outcome in guess_together(_guesses(db, person, later), ["0000"] * DESKS))
    assert told == {WRONG_NOW_LOCKED: 1, LOCKED: DESKS * TRIES - 1}
    assert _row(db, person) == (MAX_PIN_ATTEMPTS + 1, later + LOCKOUT)


def test_a_right_pin_racing_wrong_ones_lets_no_more_guesses_through(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    person = studio.desk.staff_id
    assert person is not None
    now = clock()
    pins = [PINS["desk"]] + ["0000"] * (DESKS - 1)
    outcomes = guess_together(_guesses(db, person, now), pins)

    expected = (WRONG, WRONG_NOW_LOCKED, LOCKED, SIGNED_IN)
    assert [outcome for _, outcome in outcomes if outcome not in expected] == []
    # The right PIN is let in or refused unchecked while locked, never told it is wrong.
    assert {outcome for pin, outcome in outcomes if pin == PINS["desk"]} <= {SIGNED_IN, LOCKED}
    assert {outcome for pin, outcome in outcomes if pin != PINS["desk"]} <= {WRONG, WRONG_NOW_LOCKED, LOCKED}
    checked_wrong = sum(outcome in (WRONG, WRONG_NOW_LOCKED) for _, outcome in outcomes)
    failures, locked_until = _row(db, person)
    # A right PIN takes back its own claim and the wrong ones counted before it (fewer than
    # the limit, or it would have been refused unchecked), never those claimed after it. So
    # each sign-in lets at most MAX_PIN_ATTEMPTS - 1 more wrong PINs be checked, as one desk
    # alone allows, and the count left is never over the limit.
    signed_in = sum(outcome == SIGNED_IN for _, outcome in outcomes)
    assert failures <= MAX_PIN_ATTEMPTS
    assert (locked_until is not None) == (failures == MAX_PIN_ATTEMPTS)
    assert failures <= checked_wrong <= MAX_PIN_ATTEMPTS + signed_in * (MAX_PIN_ATTEMPTS - 1)
