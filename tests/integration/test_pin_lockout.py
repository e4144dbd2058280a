"""The PIN lockout as a person meets it, on both databases: what each wrong PIN is told, until
when a locked person waits (in the studio's time), the lock running out, an admin unlocking,
and a right PIN that was checked while other desks guessed. The race of separate processes is
test_pin_race."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from studio_desk import services
from studio_desk.models import Staff
from studio_desk.services import Database
from studio_desk.services.people import pin_attempts, pins
from studio_desk.services.people.pin_attempts import (
    LOCKED_OUT,
    LOCKOUT,
    MAX_PIN_ATTEMPTS,
    WRONG_PIN,
    WRONG_PIN_NOW_LOCKED,
)
from tests.support.clock import JAKARTA, SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import PINS, Studio


def refusal(db: Database, staff_id: int | None, pin: object) -> services.Forbidden:
    with pytest.raises(services.Forbidden) as refused:
        services.sign_in(db, staff_id, pin)  # type: ignore[arg-type]  # hostile values too
    return refused.value


def counted(db: Database, staff_id: int | None) -> tuple[int, dt.datetime | None]:
    with db.write_session() as session:
        found = session.scalars(select(Staff).where(Staff.id == staff_id)).one()
        return found.failed_pin_attempts, found.locked_until


def test_the_wrong_pin_that_locks_says_until_when_in_the_studios_time(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    person = studio.desk.staff_id
    clock.set(dt.datetime(2025, 10, 24, 8, 0, 0, tzinfo=JAKARTA))
    for _ in range(MAX_PIN_ATTEMPTS - 1):
        assert refusal(db, person, "0000").template == WRONG_PIN
    locking = refusal(db, person, "0000")
    assert locking.template == WRONG_PIN_NOW_LOCKED
    assert str(locking) == (
        "Wrong PIN, and too many in a row. Rina (desk) can try again from 24 Oct 2025 08:01, "
        "or an admin can unlock them now on the Staff screen."
    )
    # Refused unchecked while locked, even the right PIN; the refusal is not counted.
    locked = refusal(db, person, PINS["desk"])
    assert locked.template == LOCKED_OUT
    assert str(locked) == (
        "Too many wrong PINs in a row. Rina (desk) can try again from 24 Oct 2025 08:01, "
        "or an admin can unlock them now on the Staff screen."
    )
    assert locked.fields == {"name": "Rina (desk)", "until": dt.datetime(2025, 10, 24, 8, 1, tzinfo=JAKARTA)}
    assert counted(db, person) == (MAX_PIN_ATTEMPTS, clock() + LOCKOUT)


def test_the_time_told_is_rounded_up_to_a_whole_minute(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    # Locked until 08:01:30: told 08:02, so that trying at the minute told is let in.
    clock.set(dt.datetime(2025, 10, 24, 8, 0, 30, tzinfo=JAKARTA))
    for _ in range(MAX_PIN_ATTEMPTS):
        refused = refusal(db, studio.desk.staff_id, "0000")
    assert refused.fields["until"] == dt.datetime(2025, 10, 24, 8, 2, tzinfo=JAKARTA)
    clock.set(refused.fields["until"])  # type: ignore[arg-type]
    assert services.sign_in(db, studio.desk.staff_id, PINS["desk"]) == studio.desk


def test_after_the_lock_runs_out_each_wrong_pin_locks_again_until_a_right_one(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    person = studio.desk.staff_id
    for _ in range(MAX_PIN_ATTEMPTS):
        refusal(db, person, "0000")
    clock.advance(minutes=1)
    assert refusal(db, person, "0000").template == WRONG_PIN_NOW_LOCKED  # one guess a minute now
    assert counted(db, person) == (MAX_PIN_ATTEMPTS + 1, clock() + LOCKOUT)
    clock.advance(minutes=1)
    assert services.sign_in(db, person, PINS["desk"]) == studio.desk
    assert counted(db, person) == (0, None)
    assert refusal(db, person, "0000").template == WRONG_PIN  # the count started again


def test_an_admin_unlocks_at_once_and_the_count_starts_again(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    person = studio.desk.staff_id
    for _ in range(MAX_PIN_ATTEMPTS):
        refusal(db, person, "0000")
    assert [p.locked for p in services.list_all_staff(db, studio.admin) if p.id == person] == [True]
    assert services.unlock_staff(db, studio.admin, person).locked is False
    assert counted(db, person) == (0, None)
    for _ in range(MAX_PIN_ATTEMPTS - 1):
        assert refusal(db, person, "0000").template == WRONG_PIN
    assert services.sign_in(db, person, PINS["desk"]) == studio.desk


def test_a_locked_out_person_cannot_change_their_pin_either(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    me = studio.desk
    for _ in range(MAX_PIN_ATTEMPTS):
        refusal(db, me.staff_id, "0000")
    with pytest.raises(services.Forbidden) as refused:
        services.change_own_pin(db, me, PINS["desk"], "2468")
    assert refused.value.template == LOCKED_OUT


def test_what_is_not_a_pin_is_refused_as_such_and_not_counted(db: Database, studio: Studio) -> None:
    """Text that is not 4 to 8 digits is no one's PIN: refused before any check, so it neither
    costs the person a try nor gives a guesser one."""
    person = studio.desk.staff_id
    for guess in ("", "abc", "１１１１", "\ud800" * 4, None, "9" * 5000):
        with pytest.raises(services.ValidationError):
            services.sign_in(db, person, guess)
    assert counted(db, person)[0] == 0


def test_no_one_by_that_id_is_told_so_and_nothing_is_written(db: Database, studio: Studio) -> None:
    before = snapshot(db)
    for person in (999, "x", None):
        with pytest.raises((services.NotFound, services.ValidationError)):
            services.sign_in(db, person, "1111")
    services.deactivate_staff(db, studio.admin, studio.coach_b_actor.staff_id)
    after_leaving = snapshot(db)
    with pytest.raises(services.NotFound, match="No such person"):
        services.sign_in(db, studio.coach_b_actor.staff_id, PINS["coach_b"])
    assert snapshot(db) == after_leaving != before


def test_a_right_pin_takes_back_only_the_wrong_pins_counted_before_it(
    db: Database, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other desks' guesses made while a right PIN is being checked stay counted: otherwise the
    person signing in would hand a guesser a fresh set of tries."""
    person = studio.desk.staff_id
    for _ in range(2):
        refusal(db, person, "0000")
    real_verify = pins.verify_pin
    guessed_meanwhile: list[str] = []

    def verify_while_others_guess(pin: str, stored: str) -> bool:
        if pin == PINS["desk"] and not guessed_meanwhile:  # the right PIN's check is under way
            for _ in range(MAX_PIN_ATTEMPTS - 2):
                guessed_meanwhile.append(refusal(db, person, "0000").template)
        return real_verify(pin, stored)

    # Not a stand-in: the real check, with other desks' guesses slotted into its half second.
    monkeypatch.setattr(pin_attempts, "verify_pin", verify_while_others_guess)
    assert services.sign_in(db, person, PINS["desk"]) == studio.desk
    # Claimed 3rd; 4th, 5th and 6th came while it was checked: the 5th locked; the 6th was
    # refused unchecked. The right PIN took back the first three, leaving two, so no lock.
    assert guessed_meanwhile == [WRONG_PIN, WRONG_PIN_NOW_LOCKED, LOCKED_OUT]
    assert counted(db, person) == (2, None)
    monkeypatch.undo()
    for _ in range(MAX_PIN_ATTEMPTS - 3):
        assert refusal(db, person, "0000").template == WRONG_PIN
    assert refusal(db, person, "0000").template == WRONG_PIN_NOW_LOCKED
