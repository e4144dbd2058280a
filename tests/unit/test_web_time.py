"""The web platform's clock: a time with an offset is absolute, one without is on the web's
zone (not the studio's), and what the desk sends is the instant on the web's wall clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from studio_desk.services import ValidationError
from studio_desk.services.studio_time import known_zone
from studio_desk.services.sync.answers import WebBooking
from studio_desk.services.sync.web_time import web_date_and_time, web_instant

JAKARTA, MAKASSAR = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Makassar")
TWO_UTC = dt.datetime(2025, 10, 25, 2, 0, tzinfo=dt.UTC)  # 09:00 Jakarta, 10:00 Makassar


def listed(**fields: object) -> WebBooking:
    return WebBooking.model_validate({"id": 1, "status": "pending", **fields})


@pytest.mark.parametrize("web_zone", [JAKARTA, MAKASSAR])
def test_a_time_with_an_offset_is_the_same_instant_whatever_the_web_zone(web_zone: ZoneInfo) -> None:
    web = listed(start_datetime="2025-10-25T09:00:00+07:00")
    assert web_instant(web.start(), web_zone) == TWO_UTC


def test_a_time_without_an_offset_is_on_the_web_zones_clock() -> None:
    assert web_instant(listed(start_datetime="2025-10-25T09:00:00").start(), JAKARTA) == TWO_UTC
    assert web_instant(listed(start_datetime="2025-10-25T10:00:00").start(), MAKASSAR) == TWO_UTC
    bare = listed(date="2025-10-25", start_time="09:00", end_time="10:00")
    assert web_instant(bare.start(), JAKARTA) == TWO_UTC
    ending = bare.end()
    assert ending is not None and web_instant(ending, JAKARTA) == TWO_UTC + dt.timedelta(hours=1)


def test_the_desk_sends_the_start_on_the_webs_wall_clock() -> None:
    assert web_date_and_time(TWO_UTC, JAKARTA) == {"date": "2025-10-25", "start_time": "09:00"}
    assert web_date_and_time(TWO_UTC.astimezone(MAKASSAR), JAKARTA) == {
        "date": "2025-10-25", "start_time": "09:00"
    }
    just_after_midnight = dt.datetime(2025, 10, 25, 0, 30, tzinfo=MAKASSAR)
    assert web_date_and_time(just_after_midnight, JAKARTA) == {"date": "2025-10-24", "start_time": "23:30"}


def test_a_wall_time_the_clocks_skip_is_read_as_the_web_reads_it_not_refused() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    skipped = dt.datetime(2026, 3, 29, 2, 30)  # clocks go from 02:00 to 03:00
    assert web_instant(skipped, berlin) == dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize("name", ["Mars/Olympus", "Asia", "", "/etc/localtime", "../zoneinfo"])
def test_an_unknown_zone_is_refused_with_a_name_to_use_instead(name: str) -> None:
    with pytest.raises(ValidationError, match="Use a name like Asia/Jakarta"):
        known_zone(name)
    assert known_zone("Asia/Makassar") == MAKASSAR
