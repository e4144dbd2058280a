"""Looking after the desk's people: PINs reset and changed, people leaving and coming back,
roles, lockouts lifted; and coaches seeing their own sessions only. Both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.services import BookingFilter, Database, StaffRole
from studio_desk.services.people.staff import MAX_PIN_ATTEMPTS
from tests.support.clock import SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import PINS, Studio

DAY = dt.date(2025, 10, 24)


def by_name(db: Database, studio: Studio) -> dict[str, services.StaffView]:
    return {person.name: person for person in services.list_all_staff(db, studio.admin)}


def lock_out(db: Database, staff_id: int | None) -> None:
    for _ in range(MAX_PIN_ATTEMPTS):
        with pytest.raises(services.Forbidden):
            services.sign_in(db, staff_id, "0000")


def test_the_staff_list_shows_role_active_and_locked(db: Database, studio: Studio) -> None:
    lock_out(db, studio.desk.staff_id)
    services.deactivate_staff(db, studio.admin, studio.coach_b_actor.staff_id)
    people = by_name(db, studio)
    assert (people["Rina (desk)"].role, people["Rina (desk)"].locked) == (StaffRole.RECEPTIONIST, True)
    assert people["Coach Sari"].active is False
    assert people["Dewi (admin)"].active and not people["Dewi (admin)"].locked
    # Those who left come last; the sign-in list leaves them out.
    assert list(people)[-1] == "Coach Sari"
    assert "Coach Sari" not in [person.name for person in services.list_staff(db)]


def test_an_admin_resets_a_forgotten_pin_which_also_lifts_a_lockout(db: Database, studio: Studio) -> None:
    lock_out(db, studio.desk.staff_id)
    services.reset_pin(db, studio.admin, studio.desk.staff_id, "5678")
    assert services.sign_in(db, studio.desk.staff_id, "5678") == studio.desk
    with pytest.raises(services.Forbidden, match="Wrong PIN"):
        services.sign_in(db, studio.desk.staff_id, PINS["desk"])


def test_a_reset_pin_must_be_a_pin(db: Database, studio: Studio) -> None:
    before = snapshot(db)
    with pytest.raises(services.ValidationError, match="4 to 8 digits"):
        services.reset_pin(db, studio.admin, studio.desk.staff_id, "12")
    with pytest.raises(services.NotFound, match="No such person"):
        services.reset_pin(db, studio.admin, 999, "5678")
    assert snapshot(db) == before


def test_only_an_admin_looks_after_people(db: Database, studio: Studio) -> None:
    target = studio.coach_a_actor.staff_id
    attempts = {
        "list": lambda actor: services.list_all_staff(db, actor),
        "reset": lambda actor: services.reset_pin(db, actor, target, "5678"),
        "unlock": lambda actor: services.unlock_staff(db, actor, target),
        "deactivate": lambda actor: services.deactivate_staff(db, actor, target),
        "reactivate": lambda actor: services.reactivate_staff(db, actor, target),
        "role": lambda actor: services.change_role(db, actor, target, "receptionist"),
    }
    before = snapshot(db)
    for what, attempt in attempts.items():
        for actor in (studio.desk, studio.coach_a_actor):
            with pytest.raises(services.Forbidden, match="Only an admin can look after the people"):
                attempt(actor)
        assert snapshot(db) == before, what


def test_changing_your_own_pin_needs_the_old_one(db: Database, studio: Studio) -> None:
    me = studio.coach_a_actor
    with pytest.raises(services.Forbidden, match="Wrong PIN"):
        services.change_own_pin(db, me, "9999", "2468")
    with pytest.raises(services.ValidationError, match="same as the old one"):
        services.change_own_pin(db, me, PINS["coach_a"], PINS["coach_a"])
    with pytest.raises(services.ValidationError, match="4 to 8 digits"):
        services.change_own_pin(db, me, PINS["coach_a"], "24")
    services.change_own_pin(db, me, PINS["coach_a"], "2468")
    assert services.sign_in(db, me.staff_id, "2468") == me
    with pytest.raises(services.Forbidden, match="Sign in first"):
        services.change_own_pin(db, services.SYSTEM_ACTOR, "1111", "2468")


def test_wrong_old_pins_count_toward_the_lockout(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    me = studio.desk
    for _ in range(MAX_PIN_ATTEMPTS):
        with pytest.raises(services.Forbidden, match="Wrong PIN"):
            services.change_own_pin(db, me, "0000", "2468")
    with pytest.raises(services.Forbidden, match="Too many wrong PINs"):
        services.sign_in(db, me.staff_id, PINS["desk"])
    with pytest.raises(services.Forbidden, match="Too many wrong PINs"):
        services.change_own_pin(db, me, PINS["desk"], "2468")
    services.unlock_staff(db, studio.admin, me.staff_id)  # an admin need not wait for the minute
    assert by_name(db, studio)["Rina (desk)"].locked is False
    assert services.sign_in(db, me.staff_id, PINS["desk"]) == me


def test_a_deactivated_person_cannot_sign_in_until_reactivated(db: Database, studio: Studio) -> None:
    person = studio.desk.staff_id
    assert services.deactivate_staff(db, studio.admin, person).active is False
    with pytest.raises(services.NotFound, match="No such person"):
        services.sign_in(db, person, PINS["desk"])
    assert services.reactivate_staff(db, studio.admin, person).active is True
    assert services.sign_in(db, person, PINS["desk"]) == studio.desk


def test_the_last_active_admin_stays(db: Database, studio: Studio) -> None:
    admin = studio.admin
    before = snapshot(db)
    with pytest.raises(services.ValidationError, match="yourself"):
        services.deactivate_staff(db, admin, admin.staff_id)
    with pytest.raises(services.ValidationError, match="Dewi \\(admin\\) is the studio's last admin"):
        services.change_role(db, admin, admin.staff_id, "receptionist")
    assert snapshot(db) == before
    # With a second admin, the first can be made a receptionist; then the second is the last.
    second = services.create_staff(db, admin, name="Ayu", role="admin", pin="8642")
    services.change_role(db, admin, admin.staff_id, "receptionist")
    ayu = services.sign_in(db, second.id, "8642")
    with pytest.raises(services.ValidationError, match="Ayu is the studio's last admin"):
        services.change_role(db, ayu, second.id, "receptionist")
    # A deactivated admin does not count as one.
    services.change_role(db, ayu, admin.staff_id, "admin")
    services.deactivate_staff(db, ayu, admin.staff_id)
    with pytest.raises(services.ValidationError, match="Ayu is the studio's last admin"):
        services.change_role(db, ayu, second.id, "receptionist")


def test_a_role_change_ties_a_coach_account_to_its_coach(db: Database, studio: Studio) -> None:
    person = studio.desk.staff_id
    with pytest.raises(services.ValidationError, match="needs its coach"):
        services.change_role(db, studio.admin, person, "coach")
    with pytest.raises(services.ValidationError, match="already has an account"):
        services.change_role(db, studio.admin, person, "coach", coach_id=studio.coach_a)
    coach = services.create_coach(db, studio.admin, name="Coach Baru")
    changed = services.change_role(db, studio.admin, person, "coach", coach_id=coach.id)
    assert (changed.role, changed.coach_id) == (StaffRole.COACH, coach.id)
    assert services.sign_in(db, person, PINS["desk"]).coach_id == coach.id


def book(db: Database, studio: Studio, course: int, start: str) -> services.BookingView:
    return services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=course, date=DAY, start_time=start
    )


def test_a_coach_sees_their_own_sessions_and_the_desk_sees_all(db: Database, studio: Studio) -> None:
    mine = book(db, studio, studio.yoga, "09:00")
    theirs = book(db, studio, studio.hiit, "09:00")
    everyone = {b.id for b in services.list_bookings(db, BookingFilter()).rows}
    assert {mine.id, theirs.id} <= everyone
    for actor in (studio.admin, studio.desk, None):
        page = services.list_bookings(db, BookingFilter(), seen_by=actor)
        assert {b.id for b in page.rows} == everyone
        assert [c.coach_name for c in services.day_schedule(db, DAY, seen_by=actor).coaches] == [
            "Coach Sari", "Coach Smith"
        ]
    own = services.list_bookings(db, BookingFilter(), seen_by=studio.coach_a_actor)
    assert [b.id for b in own.rows] == [mine.id] and own.total == 1
    # Even when asking for the other coach by name.
    asked = services.list_bookings(db, BookingFilter(coach_id=studio.coach_b), seen_by=studio.coach_a_actor)
    assert asked.total == 0
    (column,) = services.day_schedule(db, DAY, seen_by=studio.coach_a_actor).coaches
    assert column.coach_id == studio.coach_a and [b.id for b in column.bookings] == [mine.id]
    week = services.week_schedule(db, studio.coach_a, DAY, seen_by=studio.coach_a_actor)
    assert week.coach_id == studio.coach_a
    with pytest.raises(services.Forbidden, match="own sessions only"):
        services.week_schedule(db, studio.coach_b, DAY, seen_by=studio.coach_a_actor)
    assert services.sees_coach(studio.coach_a_actor, studio.coach_a)
    assert not services.sees_coach(studio.coach_a_actor, studio.coach_b)
    assert services.sees_coach(studio.desk, studio.coach_b)
