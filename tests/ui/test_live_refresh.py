"""Many desks on one database: one desk's change shows at the others within a second, and a
desk that loses its server says so, refuses to save, and carries on when the server is back."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.services import Database
from studio_desk.ui.bookings.booking_list import BookingListPage
from studio_desk.ui.kit.desk import OFFLINE_REFUSAL, Desk
from studio_desk.ui.kit.live_refresh import LiveRefresh
from tests.support import pg_cluster
from tests.support.backends import skip_or_fail_without_pg
from tests.support.clock import SettableClock
from tests.support.studio import Studio, build_studio
from tests.support.ui import synchronous_desk

BOTH = pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)], indirect=True
)


@pytest.fixture
def live(desk: Desk) -> Iterator[LiveRefresh]:
    refresh = LiveRefresh(desk)
    refresh.start()
    yield refresh
    refresh.stop()


@BOTH
def test_a_booking_made_at_another_desk_shows_here_within_a_second(
    qtbot: QtBot, desk: Desk, studio: Studio, database_url: URL, live: LiveRefresh
) -> None:
    page = BookingListPage(desk)  # the list as a person sees it: the page keeps its model live
    qtbot.addWidget(page)
    model = page.model
    assert model.total == 0
    other = subprocess.Popen(
        [sys.executable, "-m", "tests.support.other_desk", database_url.render_as_string(hide_password=False),
         str(studio.desk.staff_id), str(studio.jane), str(studio.hiit), "2025-10-27", "15:00"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert other.stdout is not None and other.stdin is not None
    try:
        assert other.stdout.readline().strip() == "ready"
        committed: list[float] = []
        reader = threading.Thread(target=lambda: committed.append(float(other.stdout.readline().split()[2])))
        reader.start()
        other.stdin.write("go\n")
        other.stdin.flush()
        qtbot.waitUntil(lambda: model.total == 1, timeout=10_000)
        seen = time.monotonic()
        reader.join(timeout=10)
    finally:
        other.wait(timeout=30)
    assert other.returncode == 0
    shown = model.data(model.index(0, 0))
    assert shown is not None
    assert seen - committed[0] < 1.0, f"shown {seen - committed[0]:.2f} s after the other desk's commit"


@pytest.fixture
def own_server() -> Iterator[pg_cluster.PrivateCluster]:
    reason = pg_cluster.unavailable_reason()
    if reason:
        skip_or_fail_without_pg(reason)
    cluster = pg_cluster.PrivateCluster()
    cluster.start()
    yield cluster
    cluster.remove()


@pytest.mark.pg
@pytest.mark.slow
def test_a_desk_rides_out_its_server_stopping_and_starting(
    qtbot: QtBot, own_server: pg_cluster.PrivateCluster
) -> None:
    db = Database.open(own_server.url(), clock=SettableClock())
    try:
        studio = build_studio(db)
        desk = synchronous_desk(db, studio.desk)
        page = BookingListPage(desk)
        qtbot.addWidget(page)
        model = page.model
        live = LiveRefresh(desk)
        live.start()
        try:
            own_server.stop()
            qtbot.waitUntil(lambda: not desk.online, timeout=10_000)

            refused: list[str] = []
            desk.act(
                lambda db_, actor: services.create_booking(
                    db_, actor, client_id=studio.john, course_id=studio.yoga, date="2025-10-27",
                    start_time="10:00",
                ),
                lambda _: pytest.fail("saved while the server was down"),
                refused.append,
            )
            assert refused == [OFFLINE_REFUSAL]
            failed_reads: list[str] = []
            desk.read(services.list_coaches, lambda _: None, failed_reads.append)
            assert failed_reads and "cannot be reached" in failed_reads[0]

            own_server.start()
            qtbot.waitUntil(lambda: desk.online, timeout=15_000)
            made: list[services.BookingView] = []
            desk.act(
                lambda db_, actor: services.create_booking(
                    db_, actor, client_id=studio.john, course_id=studio.yoga, date="2025-10-27",
                    start_time="10:00",
                ),
                made.append,
                lambda message: pytest.fail(message),
            )
            assert len(made) == 1
            qtbot.waitUntil(lambda: model.total == 1, timeout=5_000)
            assert services.list_bookings(db).total == 1, "the refused booking left nothing behind"
        finally:
            live.stop()
    finally:
        db.dispose()
