"""Desks in separate processes, released at the same moment, fight over one class, on SQLite and
PostgreSQL: its last places go to exactly as many desks as there are places, one client gets
one place however many desks book them, and places canceled at once move exactly as many
waiting clients up, the first in line first, each once. Past the services, two bare connections
writing the last place (or one client twice) at once are refused by the database itself."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text

from studio_desk import services
from studio_desk.services import Database, database_refusals
from studio_desk.services.classes import places
from tests.support.class_race import (
    COMMITTED,
    FULL,
    REFUSED,
    WON,
    Outcome,
    book_places_together,
    cancel_together,
    insert_places_together,
)
from tests.support.classes import make_class
from tests.support.clock import SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio

DESKS = 8
pytestmark = pytest.mark.slow

# What a desk that lost may hear: the service's own check (it waited for the class's row, then
# saw what the winners left), or the database's refusal as database_refusals says it.
CLASS_FULL = {
    places.CLASS_FULL, database_refusals.CLASS_REFUSALS["ck_occurrences_active_places_within_capacity"],
}
ALREADY_IN = {places.ALREADY_IN, database_refusals.CLASS_REFUSALS["uq_bookings_occurrence_client"]}
ACTIVE = "('pending', 'paid', 'confirmed')"


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _clients(db: Database, count: int, name: str = "Member") -> list[int]:
    return [services.create_client(db, name=f"{name} {n}", phone=f"0812 7000 {n:04d}").id
            for n in range(count)]


@dataclass(frozen=True)
class Held:
    """What the database holds of one class, asked in SQL."""

    counter: int  # occurrences.active_places
    capacity: int
    places: list[tuple[int, int, str, int | None]]  # (booking, client, status, waitlist entry)
    history_lines: int  # status_changes of its places
    waitlist: list[tuple[int, int, str]]  # (entry, client, status) in line order

    @property
    def active(self) -> list[tuple[int, int, str, int | None]]:
        return [place for place in self.places if place[2] in ("pending", "paid", "confirmed")]


def _held(db: Database, occurrence: int) -> Held:
    with db.engine.connect() as connection:
        def rows(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(row) for row in connection.execute(text(sql), {"occurrence": occurrence})]

        [(counter, capacity)] = rows("SELECT active_places, capacity FROM occurrences WHERE id = :occurrence")
        return Held(
            counter, capacity,
            rows("SELECT id, client_id, status, waitlist_entry_id FROM bookings "
                 "WHERE occurrence_id = :occurrence ORDER BY id"),
            rows("SELECT count(*) FROM status_changes WHERE booking_id IN "
                 "(SELECT id FROM bookings WHERE occurrence_id = :occurrence)")[0][0],
            rows("SELECT id, client_id, status FROM waitlist_entries WHERE occurrence_id = :occurrence "
                 "ORDER BY id"),
        )


def _unexpected(outcomes: list[Outcome], kind: str, sentences: set[str]) -> list[Outcome]:
    """Outcomes that are neither a win nor a refusal of `kind` in one of `sentences`."""
    return [o for o in outcomes if not (o.kind == WON or (o.kind == kind and o.template in sentences))]


def _two_active_places_of_one_client(db: Database) -> list[tuple[Any, ...]]:
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            f"SELECT occurrence_id, client_id FROM bookings WHERE occurrence_id IS NOT NULL "
            f"AND status IN {ACTIVE} GROUP BY occurrence_id, client_id HAVING count(*) > 1"))]


def test_the_last_places_of_a_class_go_to_exactly_as_many_desks(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    made = make_class(db, studio, capacity=3)
    racers = _clients(db, DESKS)
    outcomes = book_places_together(_url(db), studio.desk, clock(), made.first, racers)

    assert len(outcomes) == DESKS
    assert _unexpected(outcomes, FULL, CLASS_FULL) == []
    winners = sorted(o.booking_id for o in outcomes if o.kind == WON and o.booking_id is not None)
    assert len(winners) == 3
    held = _held(db, made.first)
    # The losers left nothing: no place, no history line, no waitlist entry.
    assert [place[0] for place in held.places] == winners
    assert held.counter == len(held.active) == 3
    assert held.history_lines == 3
    assert held.waitlist == []
    assert services.get_occurrence(db, made.first).full


def test_one_client_booked_from_every_desk_gets_one_place(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    made = make_class(db, studio, capacity=3)
    (client,) = _clients(db, 1)
    outcomes = book_places_together(_url(db), studio.desk, clock(), made.first, [client] * DESKS)

    assert len(outcomes) == DESKS
    assert _unexpected(outcomes, REFUSED, ALREADY_IN) == []
    assert sum(o.kind == WON for o in outcomes) == 1
    held = _held(db, made.first)
    assert [place[1:3] for place in held.places] == [(client, "pending")]
    assert held.counter == 1 and held.history_lines == 1
    assert _two_active_places_of_one_client(db) == []


def test_places_canceled_at_once_move_the_first_waiting_clients_up_each_once(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    capacity, waiting = 4, 7  # more waiting than places freed
    made = make_class(db, studio, capacity=capacity)
    holders = _clients(db, capacity, "Holder")
    line = _clients(db, waiting, "Waiting")
    # The second in line has a pack: their place is paid with it as they move up.
    services.sell_pack(db, studio.desk, client_id=line[1], product_id=add_product(db), method="cash")
    taken = [services.book_place(db, studio.desk, occurrence_id=made.first, client_id=c).id for c in holders]
    entries = [services.join_waitlist(db, studio.desk, occurrence_id=made.first, client_id=c).entry_id
               for c in line]

    outcomes = cancel_together(_url(db), studio.desk, clock(), taken)

    assert [o for o in outcomes if o.kind != WON] == []
    held = _held(db, made.first)
    promoted = [(booking, client, entry) for booking, client, _, entry in held.places if entry is not None]
    # Exactly the first `capacity` in line moved up, in line order (each promotion waited for
    # the one before, so the places were made in that order), each entry into one place.
    assert [entry for _, _, entry in promoted] == entries[:capacity]
    assert [client for _, client, _ in promoted] == line[:capacity]
    in_line = ["promoted"] * capacity + ["waiting"] * (waiting - capacity)
    assert [status for _, _, status in held.waitlist] == in_line
    assert Counter(entry for _, _, entry in promoted).most_common(1)[0][1] == 1
    # The canceled are out, the promoted in, the class exactly full and its counter their count.
    assert {place[1] for place in held.active} == set(line[:capacity])
    assert held.counter == len(held.active) == capacity == held.capacity
    assert _two_active_places_of_one_client(db) == []
    statuses = {client: status for _, client, status, _ in held.places}
    assert statuses[line[1]] == "confirmed"  # paid with the pack, confirmed by the studio's setting
    assert {statuses[c] for c in line[:capacity] if c != line[1]} == {"pending"}
    roster = services.class_roster(db, studio.desk, made.first)
    assert [w.position for w in roster.waitlist if w.status is services.WaitlistStatus.WAITING] == [1, 2, 3]


def test_two_bare_connections_writing_the_last_place_leave_one_refused_by_the_check(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    # Past every check of the services: a program writes places itself, from two connections
    # at once. The counter's CHECK keeps the class within its capacity on its own.
    made = make_class(db, studio, capacity=2)
    first, one, two = _clients(db, 3)
    services.book_place(db, studio.desk, occurrence_id=made.first, client_id=first)
    outcomes = insert_places_together(_url(db), made.first, (one, two), clock())

    assert sorted(o.kind for o in outcomes) == [COMMITTED, REFUSED], outcomes
    (winner,) = [o for o in outcomes if o.kind == COMMITTED]
    (loser,) = [o for o in outcomes if o.kind == REFUSED]
    assert "active_places_within_capacity" in loser.words, loser.words
    assert loser.sentence == database_refusals.CLASS_REFUSALS["ck_occurrences_active_places_within_capacity"]
    assert loser.began < winner.ended <= loser.ended  # it ran into the held place
    held = _held(db, made.first)
    assert held.counter == len(held.active) == 2
    assert {place[1] for place in held.places} == {first, winner.client_id}


def test_two_bare_connections_placing_one_client_twice_leave_one_refused_by_the_index(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    made = make_class(db, studio, capacity=3)
    (client,) = _clients(db, 1)
    outcomes = insert_places_together(_url(db), made.first, (client, client), clock())

    assert sorted(o.kind for o in outcomes) == [COMMITTED, REFUSED], outcomes
    (winner,) = [o for o in outcomes if o.kind == COMMITTED]
    (loser,) = [o for o in outcomes if o.kind == REFUSED]
    assert loser.sentence == database_refusals.CLASS_REFUSALS["uq_bookings_occurrence_client"], loser.words
    assert loser.began < winner.ended <= loser.ended
    held = _held(db, made.first)
    assert held.counter == len(held.active) == 1
