"""Desks in separate processes import the same client list at the same moment: every client is
added once, on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from studio_desk import services
from studio_desk.db import Database
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
