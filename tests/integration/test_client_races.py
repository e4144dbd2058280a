"""Desks in separate processes, let go at the same moment: importing the same client list adds
every client once; merging the same two clients either way round merges them once and loses
no booking. On both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from studio_desk import services
from studio_desk.db import Database
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.race import _together
from tests.support.studio import Studio

DESKS = 4
pytestmark = pytest.mark.slow

CLIENT_LIST = "name,phone\n" + "".join(f"Client {n},0811 7000 {n:04d}\n" for n in range(3000))


def importing_desk(url: str, actor: services.Actor, data: bytes, barrier: object, results: object) -> None:
    db = Database.open(url, migrate=False)
    services.get_settings(db)  # warm up before the start, so every desk races on equal terms
    barrier.wait()  # type: ignore[attr-defined]
    try:
        results.put(len(services.import_clients(db, actor, data).clients))  # type: ignore[attr-defined]
    except Exception as error:  # reported, and the test fails on it
        results.put(f"error: {error!r} caused by {error.__cause__!r}")  # type: ignore[attr-defined]
    finally:
        db.dispose()


def test_the_same_list_imported_at_once_adds_each_client_once(db: Database, studio: Studio) -> None:
    url = db.url.render_as_string(hide_password=False)
    added = _together(importing_desk, [(url, studio.admin, CLIENT_LIST.encode())] * DESKS)
    assert sorted(added, key=str) == [0] * (DESKS - 1) + [3000]
    with db.engine.connect() as connection:
        counted = connection.execute(
            text("SELECT count(*), count(DISTINCT phone) FROM clients WHERE phone LIKE '6281170%'")
        ).one()
    assert tuple(counted) == (3000, 3000)


def merging_desk(
    url: str, actor: services.Actor, keep: int, merge: int, barrier: object, results: object
) -> None:
    db = Database.open(url, migrate=False)
    services.get_settings(db)
    barrier.wait()  # type: ignore[attr-defined]
    try:
        results.put(services.merge_clients(db, actor, keep, merge).id)  # type: ignore[attr-defined]
    except services.NotFound:
        results.put("not found")  # type: ignore[attr-defined]
    except Exception as error:  # reported, and the test fails on it
        results.put(f"error: {error!r} caused by {error.__cause__!r}")  # type: ignore[attr-defined]
    finally:
        db.dispose()


def test_merging_the_same_pair_both_ways_at_once_merges_once(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking_in(db, studio, clock, services.BookingStatus.PAID)
    booking_in(db, studio, clock, services.BookingStatus.PAID, start="12:00", client=studio.jane)
    url = db.url.render_as_string(hide_password=False)
    john, jane = studio.john, studio.jane
    both_ways = [(url, studio.admin, john, jane), (url, studio.admin, jane, john)]
    outcomes = _together(merging_desk, both_ways * 2)
    survivors = {outcome for outcome in outcomes if outcome != "not found"}
    assert len(survivors) == 1 and survivors <= {john, jane}
    (survivor,) = survivors
    assert outcomes.count(survivor) == 1
    history = services.client_history(db, survivor)
    assert len(history.bookings) == 2 and history.paid_total == 2 * studio.YOGA_PRICE
