"""Rooms where classes happen: added and changed by an admin, each with its capacity."""

from __future__ import annotations

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import TITLE_LENGTH, Occurrence, OccurrenceStatus, Room
from studio_desk.services.arguments import yes_or_no
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.classes.scheduling import ROOM_NOT_FOUND
from studio_desk.services.classes.views import RoomView
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.people.acting import run_write_as
from studio_desk.services.people.catalog import parse_capacity
from studio_desk.services.text import required_text
from studio_desk.services.unit_of_work import run_read
from studio_desk.services.views import Actor

TOO_SMALL_FOR_CLASSES = QT_TRANSLATE_NOOP(
    "services", "A class to come in this room has {places} places: the room cannot take fewer people."
)
NAME_TAKEN = QT_TRANSLATE_NOOP("services", "There is already a room called {name}.")
_ROOMS = select(Room.id, Room.name, Room.capacity, Room.active)


def _view(row: object) -> RoomView:
    return RoomView(**row._mapping)  # type: ignore[attr-defined]


def _check_name(session: Session, name: str, room_id: int | None) -> None:
    if session.scalar(select(Room.id).where(Room.name == name, Room.id != (room_id or 0))) is not None:
        raise ValidationError(NAME_TAKEN, name=name)


def add_room(db: Database, actor: Actor, *, name: str, capacity: object) -> RoomView:
    """A room for classes, holding at most `capacity` people."""
    require_admin(actor, "add rooms")
    title = required_text(name, what="the room's name", max_length=TITLE_LENGTH)
    people = parse_capacity(capacity)

    def work(session: Session) -> RoomView:
        _check_name(session, title, None)
        room_id = session.execute(
            insert(Room).values(name=title, capacity=people, active=True).returning(Room.id)
        ).scalar_one()
        return _view(session.execute(_ROOMS.where(Room.id == room_id)).one())

    return run_write_as(db, actor, work)


def update_room(
    db: Database, actor: Actor, room_id: object, *, name: str, capacity: object, active: bool = True
) -> RoomView:
    """Rename a room, change its capacity or set it aside (`active` False: no new classes in
    it). It cannot shrink below a class to come in it: the database refuses that too."""
    require_admin(actor, "change rooms")
    number = parse_id(room_id, "room")
    title = required_text(name, what="the room's name", max_length=TITLE_LENGTH)
    people = parse_capacity(capacity)
    on = yes_or_no(active)

    def work(session: Session) -> RoomView:
        _check_name(session, title, number)
        biggest = session.scalar(
            select(func.max(Occurrence.capacity)).where(
                Occurrence.room_id == number, Occurrence.status == OccurrenceStatus.SCHEDULED,
                Occurrence.end_at > db.now())
        )
        if biggest is not None and biggest > people:
            raise ValidationError(TOO_SMALL_FOR_CLASSES, places=biggest)
        changed = session.execute(
            update(Room).where(Room.id == number).values(name=title, capacity=people, active=on)
            .returning(Room.id)
        ).scalar()
        if changed is None:
            raise NotFound(ROOM_NOT_FOUND)
        return _view(session.execute(_ROOMS.where(Room.id == number)).one())

    return run_write_as(db, actor, work)


def list_rooms(db: Database, *, include_inactive: bool = False) -> list[RoomView]:
    everything = yes_or_no(include_inactive)

    def work(session: Session) -> list[RoomView]:
        query = _ROOMS.order_by(Room.name, Room.id)
        if not everything:
            query = query.where(Room.active.is_(True))
        return [_view(row) for row in session.execute(query)]

    return run_read(db, work)
