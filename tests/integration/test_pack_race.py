"""Desks in separate processes, released at the same moment, pay with the same packs' last credits
and book the same membership's last places, on SQLite and PostgreSQL: exactly as many win as
there are credits (places), every other desk hears a sentence and saves nothing, and the counters
end equal to the ledger; a desk that finds the pack it picked used up by another meanwhile pays
with the client's next pack. Past the services, two bare connections writing a pack's last
credit at once are refused by the database itself."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text

from studio_desk import services
from studio_desk.models import ProductKind
from studio_desk.services import BookingStatus, Database, database_refusals
from tests.support.clock import SettableClock
from tests.support.pack_race import (
    COMMITTED,
    REFUSED,
    WON,
    Outcome,
    Wish,
    book_together,
    hold_pack_booking,
    write_used_lines_together,
)
from tests.support.packs import add_product
from tests.support.studio import Studio

DESKS = 8
DAY = "2025-10-25"
pytestmark = pytest.mark.slow

# The sentences a desk that lost may hear: the service's own check (it waited for the pack's
# row, then saw what the winner left), or the database's refusal as database_refusals says it.
USED_UP = {"Pack #{pack} has no sessions left.",
           database_refusals.PACK_REFUSALS["ck_packs_balance_not_negative"]}
FULL = {"Membership #{pack} already has {open} of {limit} bookings open.",
        database_refusals.PACK_REFUSALS["ck_packs_active_bookings_within_limit"]}


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _sell(db: Database, studio: Studio, client: int, **terms: object) -> services.PackView:
    product = add_product(db, **terms)  # type: ignore[arg-type]
    return services.sell_pack(db, studio.desk, client_id=client, product_id=product, method="cash").pack


def _own_courses(db: Database, studio: Studio) -> list[int]:
    """A coach and course for each desk, working on DAY: no desk ever waits for another's coach
    (a booking locks its coach), so what the desks fight over is the pack alone."""
    courses = []
    for desk in range(DESKS):
        coach = services.create_coach(db, studio.admin, name=f"Coach of desk {desk}").id
        courses.append(services.create_course(
            db, studio.admin, coach_id=coach, title=f"Session at desk {desk}", duration_minutes=60,
            price=150_000,
        ).id)
        services.add_availability(
            db, studio.admin, coach_id=coach, date=DAY, start_time="07:00", end_time="21:00"
        )
    return courses


ACTIVE = "('pending', 'paid', 'confirmed')"


@dataclass(frozen=True)
class Held:
    """What the database holds of packs, their ledger and the bookings, asked in SQL."""

    counters: dict[int, tuple[int, int]]  # pack -> (balance, active_bookings)
    sums: dict[int, int]  # pack -> the sum of its ledger
    used: dict[int, int]  # pack -> its `used` lines
    used_and_active: dict[int, int]  # pack -> its `used` lines of active bookings
    used_twice: list[int]  # bookings with more than one `used` line
    bookings: list[tuple[int, str]]  # (id, status)


def _held(db: Database) -> Held:
    with db.engine.connect() as connection:
        def rows(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(row) for row in connection.execute(text(sql))]

        used_lines = "FROM credit_lines AS line WHERE line.kind = 'used'"
        return Held(
            counters={pack: (balance, active) for pack, balance, active in rows(
                "SELECT id, balance, active_bookings FROM packs")},
            sums=dict(rows("SELECT pack_id, sum(delta) FROM credit_lines GROUP BY pack_id")),
            used=dict(rows(f"SELECT line.pack_id, count(*) {used_lines} GROUP BY line.pack_id")),
            used_and_active=dict(rows(
                f"SELECT line.pack_id, count(*) {used_lines} AND EXISTS (SELECT 1 FROM bookings AS booking "
                f"WHERE booking.id = line.booking_id AND booking.status IN {ACTIVE}) GROUP BY line.pack_id")),
            used_twice=[booking for (booking,) in rows(
                f"SELECT line.booking_id {used_lines} GROUP BY line.booking_id HAVING count(*) > 1")],
            bookings=rows("SELECT id, status FROM bookings ORDER BY id"),
        )


def _unexpected(outcomes: list[Outcome], sentences: set[str]) -> list[Outcome]:
    """Outcomes that are neither a win nor a refusal in one of `sentences`."""
    return [o for o in outcomes if not (o.kind == WON or (o.kind == REFUSED and o.template in sentences))]


def test_the_last_credits_of_a_pack_go_to_exactly_as_many_desks(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    johns = _sell(db, studio, studio.john, sessions=3)
    janes = _sell(db, studio, studio.jane, sessions=2)
    # Each desk books John and Jane with a coach of its own.
    wishes = [(Wish(studio.john, course, "08:00"), Wish(studio.jane, course, "10:00"))
              for course in _own_courses(db, studio)]
    outcomes = book_together(_url(db), studio.desk, clock(), DAY, wishes)

    assert len(outcomes) == 2 * DESKS
    assert _unexpected(outcomes, USED_UP) == []
    won = Counter(o.wish.client_id for o in outcomes if o.kind == WON)
    assert won == {studio.john: 3, studio.jane: 2}
    held = _held(db)
    # The losers left nothing: no pending booking, no line; the winners are paid.
    winners = sorted(o.booking_id for o in outcomes if o.booking_id is not None)
    assert held.bookings == [(booking, BookingStatus.PAID.value) for booking in winners]
    assert held.counters == {johns.id: (0, 3), janes.id: (0, 2)}
    assert held.sums == {johns.id: 0, janes.id: 0}
    assert held.used == {johns.id: 3, janes.id: 2}
    assert held.used_twice == []
    for pack in (johns, janes):
        assert services.get_pack(db, studio.desk, pack.id).state is services.PackState.USED_UP


def test_a_membership_holds_exactly_its_limit_of_bookings_however_many_desks_book(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    member = _sell(db, studio, studio.john, name="Unlimited month", kind=ProductKind.MEMBERSHIP, max_active=3)
    courses = _own_courses(db, studio)
    wishes = [(Wish(studio.john, course, "08:00"),) for course in courses]
    outcomes = book_together(_url(db), studio.desk, clock(), DAY, wishes)

    assert len(outcomes) == DESKS
    assert _unexpected(outcomes, FULL) == []
    assert sum(o.kind == WON for o in outcomes) == 3
    held = _held(db)
    winners = sorted(o.booking_id for o in outcomes if o.booking_id is not None)
    assert held.bookings == [(booking, BookingStatus.PAID.value) for booking in winners]
    assert held.counters == {member.id: (0, 3)}
    assert held.used == held.used_and_active == {member.id: 3}
    assert held.used_twice == []
    # A place freed is a place taken again, and the limit still holds.
    first = next(o.booking_id for o in outcomes if o.kind == WON)
    services.cancel_booking(db, studio.desk, first, reason="moved")
    later = [(Wish(studio.john, course, "12:00"),) for course in courses[:2]]
    again = book_together(_url(db), studio.desk, clock(), DAY, later)
    assert sorted(o.kind for o in again) == [REFUSED, WON]
    assert _unexpected(again, FULL) == []
    assert _held(db).used_and_active == {member.id: 3}
    assert services.get_pack(db, studio.desk, member.id).active_bookings == 3


def test_two_bare_connections_writing_the_last_credit_at_once_leave_one_refused_by_the_check(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    # Past every check of the services: a program writes the ledger itself, from two
    # connections at once. The database keeps the balance from going below zero on its own.
    pack = _sell(db, studio, studio.john, sessions=1)
    bookings = tuple(services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                             date=DAY, start_time=start).id for start in ("08:00", "10:00"))
    outcomes = write_used_lines_together(_url(db), pack.id, bookings, clock())

    assert sorted(o.kind for o in outcomes) == [COMMITTED, REFUSED], outcomes
    (winner,) = [o for o in outcomes if o.kind == COMMITTED]
    (loser,) = [o for o in outcomes if o.kind == REFUSED]
    assert "ck_packs_balance_not_negative" in loser.words, loser.words
    assert loser.sentence == database_refusals.PACK_REFUSALS["ck_packs_balance_not_negative"]
    # They really raced: the loser had begun while the winner held its line uncommitted, and
    # was refused only once the winner had committed.
    assert loser.began < winner.ended <= loser.ended
    held = _held(db)
    assert (held.counters, held.sums, held.used) == ({pack.id: (0, 1)}, {pack.id: 0}, {pack.id: 1})
    with db.engine.connect() as connection:
        used_for = connection.execute(
            text("SELECT booking_id FROM credit_lines WHERE kind = 'used'")
        ).scalar_one()
    assert used_for == winner.booking_id


def test_a_desk_that_loses_a_packs_last_credit_pays_with_the_clients_next_pack(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    # The desk picks the pack that ends first; when another desk takes its last credit while
    # this one waits for it, the next pack pays, as it would have had the desk come second.
    sooner = _sell(db, studio, studio.john, sessions=1, valid_days=30)
    later = _sell(db, studio, studio.john, sessions=10, valid_days=60)
    wishes = [(Wish(studio.john, course, "08:00"),) for course in _own_courses(db, studio)]
    outcomes = book_together(_url(db), studio.desk, clock(), DAY, wishes)

    assert [o for o in outcomes if o.kind != WON] == []
    held = _held(db)
    assert held.used == {sooner.id: 1, later.id: DESKS - 1}
    assert held.counters == {sooner.id: (0, 1), later.id: (10 - (DESKS - 1), DESKS - 1)}


def test_a_desk_that_waited_for_a_packs_last_credit_pays_with_the_next_pack(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    # Another desk has taken the last credit of the pack that ends first and not committed yet:
    # this desk picks that pack too, waits for it, and pays with the next one.
    sooner = _sell(db, studio, studio.john, sessions=1, valid_days=30)
    later = _sell(db, studio, studio.john, sessions=10, valid_days=60)
    other_desk = hold_pack_booking(
        _url(db), studio.desk, clock(), DAY, Wish(studio.john, studio.hiit, "08:00")
    )
    other_desk.wait_until_holding()  # its credit is written, not committed
    booking = services.book_with_pack(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY, start_time="10:00"
    )

    assert other_desk.outcome() == "done"
    assert booking.status is BookingStatus.PAID
    assert _held(db).used == {sooner.id: 1, later.id: 1}
