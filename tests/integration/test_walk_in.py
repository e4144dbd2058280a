"""A walk-in in one step (book_walk_in): the client, new or known, and the booking are saved
together or not at all."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from studio_desk import services
from studio_desk.models import Client
from studio_desk.services import BookingStatus, Database, NewClient, SlotConflict, ValidationError
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

DAY = "2025-10-25"


def client_count(db: Database) -> int:
    with db.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(Client)).scalar_one()


def walk_in(
    db: Database, studio: Studio, start: str, *, client_id: int | None = None,
    new_client: NewClient | None = None,
) -> services.BookingView:
    return services.book_walk_in(
        db, studio.desk, client_id=client_id, new_client=new_client, course_id=studio.yoga,
        date=DAY, start_time=start,
    )


def test_a_new_client_and_a_free_slot_are_saved_together(db: Database, studio: Studio) -> None:
    booking = walk_in(db, studio, "10:00", new_client=NewClient("  Budi  ", phone="0811 2222 333"))
    assert booking.status is BookingStatus.PENDING
    assert (booking.client_name, booking.client_phone) == ("Budi", "628112222333")
    assert services.get_client(db, booking.client_id).name == "Budi"
    assert services.get_booking(db, booking.id) == booking


def test_a_taken_slot_saves_no_client(db: Database, studio: Studio) -> None:
    walk_in(db, studio, "10:00", client_id=studio.john)
    before, clients = snapshot(db), client_count(db)
    with pytest.raises(SlotConflict):
        walk_in(db, studio, "10:30", new_client=NewClient("Budi"))
    assert client_count(db) == clients
    assert snapshot(db) == before


def test_a_past_slot_saves_no_client(db: Database, studio: Studio) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError):
        services.book_walk_in(
            db, studio.desk, new_client=NewClient("Budi"), course_id=studio.yoga,
            date="2025-10-20", start_time="10:00",
        )
    assert snapshot(db) == before


def test_an_existing_client_is_booked(db: Database, studio: Studio) -> None:
    clients = client_count(db)
    booking = walk_in(db, studio, "10:00", client_id=studio.jane)
    assert (booking.client_id, booking.client_name) == (studio.jane, "Jane Roe")
    assert client_count(db) == clients


def test_a_new_client_without_a_name_saves_nothing(db: Database, studio: Studio) -> None:
    before = snapshot(db)
    with pytest.raises(ValidationError, match="client's name"):
        walk_in(db, studio, "10:00", new_client=NewClient("   ", phone="0811 2222 333"))
    assert snapshot(db) == before


def test_one_client_is_asked_for(db: Database, studio: Studio) -> None:
    with pytest.raises(ValidationError, match="Choose one client"):
        walk_in(db, studio, "10:00")
    with pytest.raises(ValidationError, match="Choose one client"):
        walk_in(db, studio, "10:00", client_id=studio.john, new_client=NewClient("Budi"))


def test_a_coach_cannot_book_a_walk_in(db: Database, studio: Studio) -> None:
    before = snapshot(db)
    with pytest.raises(services.Forbidden):
        services.book_walk_in(
            db, studio.coach_a_actor, new_client=NewClient("Budi"), course_id=studio.yoga,
            date=DAY, start_time="10:00",
        )
    assert snapshot(db) == before
