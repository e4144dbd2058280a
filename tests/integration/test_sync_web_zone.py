"""The web platform's clock is not always the studio's: a studio in Makassar (UTC+8) that sells
on a platform reading its times in Jakarta (UTC+7). The desk keeps instants; what it sends and
reads is on the web's clock, so the same session is 10:00 at the desk and 09:00 on the web."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from studio_desk import services
from studio_desk.models import StudioSetting
from studio_desk.services import BookingOrigin, BookingView, Database, SyncState, ValidationError, sync
from studio_desk.services.unit_of_work import run_write
from tests.support.clock import SettableClock
from tests.support.studio import Studio
from tests.support.sync import Linked, link_studio
from tests.support.web_platform import WebPlatform

MAKASSAR = ZoneInfo("Asia/Makassar")
CREATE = "/booking/api/course/"
DAY = "2025-10-25"


@pytest.fixture
def makassar(
    db: Database, studio: Studio, clock: SettableClock, web: WebPlatform, monkeypatch: pytest.MonkeyPatch
) -> Linked:
    """The test studio moved to Makassar before its first booking, linked to a Jakarta web."""
    services.update_settings(db, studio.admin, timezone="Asia/Makassar")
    return link_studio(db, studio, clock, web, monkeypatch)


def walk_in(linked: Linked, start: str = "10:00") -> BookingView:
    return services.create_booking(
        linked.db, linked.studio.desk, client_id=linked.studio.john, course_id=linked.studio.yoga,
        date=DAY, start_time=start,
    )


def web_twin_start(linked: Linked, booking_id: int) -> dt.datetime:
    """The web booking's start as the web stores it: a wall time on the web's clock."""
    remote = services.get_booking(linked.db, booking_id).remote_id
    assert remote is not None, "the desk booking never reached the web"
    return linked.web.booking(remote).start


def budis_booking(linked: Linked) -> BookingView:
    found = services.list_bookings(linked.db, services.BookingFilter(text="Budi")).rows
    assert len(found) == 1
    return found[0]


def test_the_web_zone_is_jakarta_until_set(makassar: Linked) -> None:
    assert sync.get_sync_config(makassar.db).web_zone == "Asia/Jakarta"
    assert sync.sync_status(makassar.db).web_zone == "Asia/Jakarta"


def test_a_walk_in_at_ten_in_makassar_is_nine_on_a_jakarta_web(makassar: Linked) -> None:
    booking = walk_in(makassar, "10:00")
    assert booking.start_at.astimezone(MAKASSAR).hour == 10

    report = makassar.sync()

    assert report.ok and report.sent == 1, report.lines()
    assert web_twin_start(makassar, booking.id) == dt.datetime(2025, 10, 25, 9, 0)
    # The next round takes nothing in: the web's 09:00 is the desk's own 10:00.
    again = makassar.sync()
    assert (again.pulled_new, again.conflicts) == (0, 0), again.lines()
    assert len(services.list_bookings(makassar.db, services.BookingFilter()).rows) == 1


def test_a_walk_in_just_after_midnight_is_the_day_before_on_the_web(makassar: Linked) -> None:
    services.add_availability(
        makassar.db, makassar.studio.admin, coach_id=makassar.studio.coach_a, date=DAY,
        start_time="00:00", end_time="02:00",
    )
    booking = walk_in(makassar, "00:30")
    assert makassar.sync().sent == 1
    assert web_twin_start(makassar, booking.id) == dt.datetime(2025, 10, 24, 23, 30)


@pytest.mark.parametrize("listed_as", ["start_datetime", "date and start_time"])
def test_a_web_booking_at_ten_in_jakarta_comes_in_at_eleven_in_makassar(
    makassar: Linked, listed_as: str
) -> None:
    if listed_as != "start_datetime":  # a platform that lists the bare date and times only
        makassar.web.list_drop_fields = {"start_datetime", "end_datetime"}
    remote = makassar.web_booking(f"{DAY}T10:00", status="paid")

    report = makassar.sync()

    assert report.pulled_new == 1, report.lines()
    pulled = budis_booking(makassar)
    assert (pulled.origin, pulled.remote_id) == (BookingOrigin.WEB, remote)
    assert pulled.start_at.astimezone(MAKASSAR) == dt.datetime(2025, 10, 25, 11, 0, tzinfo=MAKASSAR)
    assert pulled.duration_minutes == 60
    # The desk's 11:00 is taken; its 10:00, the web's 09:00, is free.
    with pytest.raises(services.SlotConflict):
        walk_in(makassar, "11:30")
    assert walk_in(makassar, "10:00").sync_state is SyncState.QUEUED


def test_a_create_whose_answer_was_lost_is_found_again_not_made_twice(makassar: Linked) -> None:
    booking = walk_in(makassar, "10:00")
    services.mark_paid(makassar.db, makassar.studio.desk, booking.id, method="cash")
    makassar.web.inject("timeout_after_commit", method="POST", path=CREATE, seconds=3)
    first = makassar.sync()
    assert not first.ok and first.waiting == 2

    makassar.later()
    second = makassar.sync()

    assert second.ok, second.lines()
    assert makassar.web.count("POST", CREATE) == 1
    assert len(makassar.web.bookings()) == 1
    assert web_twin_start(makassar, booking.id) == dt.datetime(2025, 10, 25, 9, 0)
    assert makassar.web.bookings()[0].status == "paid"
    assert len(services.list_bookings(makassar.db, services.BookingFilter()).rows) == 1


def test_a_lost_create_the_pull_sees_first_is_linked_not_taken_in_twice(makassar: Linked) -> None:
    booking = walk_in(makassar, "10:00")
    makassar.web.inject("timeout_after_commit", method="POST", path=CREATE, seconds=3)
    assert not makassar.sync().ok

    # Before the create is due again, the pull lists the web booking the lost try made.
    report = makassar.sync()

    assert (report.pulled_new, report.conflicts) == (0, 0), report.lines()
    linked = services.get_booking(makassar.db, booking.id)
    assert linked.sync_state is SyncState.LINKED and linked.remote_id is not None
    assert report.waiting == 0
    assert len(services.list_bookings(makassar.db, services.BookingFilter()).rows) == 1


def test_a_web_zone_equal_to_the_studios_sends_its_own_times(
    db: Database, studio: Studio, clock: SettableClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.update_settings(db, studio.admin, timezone="Asia/Makassar")
    with WebPlatform(timezone="Asia/Makassar") as web:
        linked = link_studio(db, studio, clock, web, monkeypatch)
        # Queued while the desk still thought the web was on Jakarta's clock: what is sent is
        # worked out when it is sent, so the zone set afterwards holds for it too.
        booking = walk_in(linked, "10:00")
        config = sync.configure_sync(db, studio.admin, web_zone="Asia/Makassar")
        assert config.web_zone == "Asia/Makassar"
        remote = linked.web_booking(f"{DAY}T14:00")

        report = linked.sync()

        assert report.ok and (report.sent, report.pulled_new) == (1, 1), report.lines()
        assert web_twin_start(linked, booking.id) == dt.datetime(2025, 10, 25, 10, 0)
        pulled = budis_booking(linked)
        assert pulled.remote_id == remote
        assert pulled.start_at.astimezone(MAKASSAR) == dt.datetime(2025, 10, 25, 14, 0, tzinfo=MAKASSAR)
        assert web.errors == []


@pytest.mark.parametrize("zone", ["Mars/Olympus", "Asia", "asia/jakarta", "", "../etc/passwd"])
def test_an_unknown_web_zone_is_refused_in_words(makassar: Linked, zone: str) -> None:
    with pytest.raises(ValidationError) as refused:
        sync.configure_sync(makassar.db, makassar.studio.admin, web_zone=zone)
    assert str(refused.value) == (
        f"There is no time zone called '{zone}'. Use a name like Asia/Jakarta."
    )
    assert sync.get_sync_config(makassar.db).web_zone == "Asia/Jakarta"


def test_a_web_zone_is_kept_trimmed_and_one_spoiled_by_hand_reads_as_jakarta(makassar: Linked) -> None:
    db = makassar.db
    trimmed = sync.configure_sync(db, makassar.studio.admin, web_zone=" Asia/Makassar ")
    assert trimmed.web_zone == "Asia/Makassar"
    run_write(db, lambda session: session.merge(StudioSetting(key="sync.web_zone", value="Nowhere/Atall")))
    assert sync.configure_sync(db, makassar.studio.admin).web_zone == "Asia/Jakarta"
