"""Clients found as the receptionist types; staff signing in with a PIN kept only as a hash."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.services import Database, StaffRole
from studio_desk.services.people.pins import target_cost
from studio_desk.services.people.staff import MAX_PIN_ATTEMPTS
from tests.support.clock import SettableClock
from tests.support.snapshot import snapshot
from tests.support.studio import PINS, Studio


def names(found: list[services.ClientView]) -> list[str]:
    return [client.name for client in found]


def test_a_walk_in_needs_only_a_name(db: Database) -> None:
    client = services.create_client(db, name="  Budi  ")
    assert (client.name, client.phone, client.email) == ("Budi", None, None)
    assert services.get_client(db, client.id) == client


def test_find_by_part_of_the_name_or_the_start_of_the_phone(db: Database, studio: Studio) -> None:
    services.create_client(db, name="Johanna Smith", phone="0857 1234 5678")
    assert names(services.find_clients(db, "joh")) == ["Johanna Smith", "John Doe"]
    assert names(services.find_clients(db, "DOE")) == ["John Doe"]
    assert names(services.find_clients(db, "0812")) == ["John Doe"]  # typed with the local 0
    assert names(services.find_clients(db, "+62 812")) == ["John Doe"]
    assert names(services.find_clients(db, "812-34")) == ["John Doe"]  # without the 0
    assert names(services.find_clients(db, "0857")) == ["Johanna Smith"]
    assert names(services.find_clients(db, "3456")) == []  # the middle of a number is not a prefix
    assert services.find_clients(db, "   ") == []


def test_phone_numbers_are_stored_in_one_form(db: Database) -> None:
    typed = ["0812-3456-7890", "+62 812 3456 7890", "62 (812) 3456.7890", "0062 812 3456 7890"]
    stored = {
        services.create_client(db, name=f"Client {n}", phone=phone).phone for n, phone in enumerate(typed)
    }
    assert stored == {"6281234567890"}


def test_sign_in_with_the_right_pin(db: Database, studio: Studio) -> None:
    actor = services.sign_in(db, studio.coach_a_actor.staff_id, PINS["coach_a"])
    assert actor == studio.coach_a_actor
    assert actor.role is StaffRole.COACH and actor.coach_id == studio.coach_a
    assert [person.name for person in services.list_staff(db)] == sorted(
        ["Dewi (admin)", "Rina (desk)", "Coach Smith", "Coach Sari"]
    )


def test_pins_are_stored_only_as_slow_salted_hashes(db: Database, studio: Studio) -> None:
    with db.engine.connect() as connection:
        hashes = [row[0] for row in connection.execute(text("SELECT pin_hash FROM staff"))]
    assert len(hashes) == 4
    for stored, pin in zip(sorted(hashes), PINS.values(), strict=True):
        assert pin not in stored
    # At the tests' low cost (conftest); test_pin_hashes checks the real one.
    assert all(stored.startswith(f"scrypt${target_cost()}$8$1$") for stored in hashes)
    # Same PIN twice, different salt: the hashes differ.
    twin = services.create_staff(db, studio.admin, name="Twin", role="receptionist", pin=PINS["desk"])
    with db.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT pin_hash FROM staff WHERE id IN (:a, :b)"),
            {"a": twin.id, "b": studio.desk.staff_id},
        ).all()
    assert rows[0][0] != rows[1][0]


def test_a_coach_account_belongs_to_one_coach(db: Database, studio: Studio) -> None:
    with pytest.raises(services.ValidationError, match="already has an account"):
        services.create_staff(
            db, studio.admin, name="Impostor", role="coach", pin="9999", coach_id=studio.coach_a
        )


def test_wrong_pins_lock_the_person_out_for_a_minute(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    person = studio.desk.staff_id
    for _ in range(MAX_PIN_ATTEMPTS - 1):
        with pytest.raises(services.Forbidden, match="Wrong PIN"):
            services.sign_in(db, person, "0000")
    assert services.sign_in(db, person, PINS["desk"]) == studio.desk  # the count starts again
    for _ in range(MAX_PIN_ATTEMPTS):
        with pytest.raises(services.Forbidden, match="Wrong PIN"):
            services.sign_in(db, person, "0000")
    with pytest.raises(services.Forbidden, match="Too many wrong PINs"):
        services.sign_in(db, person, PINS["desk"])  # even the right PIN, for now
    assert services.sign_in(db, studio.admin.staff_id, PINS["admin"]) == studio.admin  # others fine
    clock.advance(minutes=1)
    assert services.sign_in(db, person, PINS["desk"]) == studio.desk


def test_only_an_admin_sets_the_studio_up(db: Database, studio: Studio) -> None:
    attempts = {
        "add people": lambda actor: services.create_staff(db, actor, name="X", role="admin", pin="9999"),
        "add coaches": lambda actor: services.create_coach(db, actor, name="X"),
        "add courses": lambda actor: services.create_course(
            db, actor, coach_id=studio.coach_a, title="X", duration_minutes=30, price=1),
        "set hours": lambda actor: services.add_availability(
            db, actor, coach_id=studio.coach_a, date="2025-12-01", start_time="09:00", end_time="10:00"),
        "change settings": lambda actor: services.update_settings(db, actor, slot_step_minutes=15),
    }
    before = snapshot(db)
    for what, attempt in attempts.items():
        for actor in (studio.desk, studio.coach_a_actor):
            with pytest.raises(services.Forbidden, match="Only an admin"):
                attempt(actor)
        assert snapshot(db) == before, what
    for attempt in attempts.values():
        attempt(studio.admin)
    # With people at the studio, nobody can be added without signing in.
    with pytest.raises(services.Forbidden):
        services.create_staff(db, None, name="Mallory", role="admin", pin="9999")


def test_the_first_person_at_a_new_studio_is_its_admin(empty_database_url: URL) -> None:
    db = Database.open(empty_database_url)
    try:
        with pytest.raises(services.ValidationError, match="first person"):
            services.create_staff(db, None, name="Rina", role="receptionist", pin="2222")
        first = services.create_staff(db, None, name="Dewi", role="admin", pin="1111")
        assert services.sign_in(db, first.id, "1111").role is StaffRole.ADMIN
    finally:
        db.dispose()


def test_linking_two_coaches_to_one_web_coach_is_refused(db: Database, studio: Studio) -> None:
    services.create_coach(db, studio.admin, name="Web Coach", remote_id=42)
    with pytest.raises(services.ValidationError, match="already linked to web coach 42"):
        services.create_coach(db, studio.admin, name="Another", remote_id=42)
    services.create_course(db, studio.admin, coach_id=studio.coach_a, title="Web", duration_minutes=30,
                           price=1, remote_id=7)
    with pytest.raises(services.ValidationError, match="already linked to web course 7"):
        services.create_course(db, studio.admin, coach_id=studio.coach_a, title="Web 2",
                               duration_minutes=30, price=1, remote_id=7)


def test_the_catalog_as_the_desk_reads_it(db: Database, studio: Studio) -> None:
    assert [c.name for c in services.list_coaches(db)] == ["Coach Sari", "Coach Smith"]
    courses = {c.title: c for c in services.list_courses(db)}
    assert sorted(courses) == ["HIIT", "Pilates", "Yoga Pemula"]
    pilates = services.get_course(db, studio.pilates)
    assert pilates == courses["Pilates"]
    assert (pilates.coach_name, pilates.duration_minutes, pilates.price, pilates.buffer_minutes) == (
        "Coach Smith", 45, 200_000, 15
    )
    with pytest.raises(services.NotFound, match="Course not found"):
        services.get_course(db, 999)
    (hours,) = services.availability_of(db, studio.coach_a, "2025-10-25")
    assert (f"{hours.start_time:%H:%M}", f"{hours.end_time:%H:%M}") == ("07:00", "21:00")
    assert services.availability_of(db, studio.coach_a, "2025-12-25") == []
