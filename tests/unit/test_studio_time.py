"""Reading dates and times as a person types them, and the instants of wall-clock edges across
the days the clocks change."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio_desk.services import ValidationError
from studio_desk.services.studio_time import first_instant_at, occurrence, parse_date, parse_time

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
# Zones whose clocks change in every way there is: an hour forward and back at night, at
# midnight (Havana: 00:00 does not exist on its spring day), by half an hour (Lord Howe), and
# "negative" summer time (Dublin's winter is its daylight time in the zone database).
ZONES = [BERLIN, NEW_YORK, ZoneInfo("America/Havana"), ZoneInfo("Australia/Lord_Howe"),
         ZoneInfo("Europe/Dublin"), ZoneInfo("Asia/Jakarta")]


@pytest.mark.parametrize("typed", [
    "20300302",  # compact: also ISO, but not how a date is written here
    "2030-W09-6",  # an ISO week date: the same day, never meant
    "2030W096",
    "２０３０-０３-０２",  # full-width digits
    "2030-3-2",
    "2030-03-02T10:00",
    "02/03/2030",
])
def test_only_year_month_day_in_ascii_digits_is_a_date(typed: str) -> None:
    with pytest.raises(ValidationError, match="is not a date. Write it as year-month-day"):
        parse_date(typed)


def test_a_date_as_written_is_read() -> None:
    assert parse_date(" 2030-03-02 ") == dt.date(2030, 3, 2)
    assert parse_date(dt.date(2030, 3, 2)) == dt.date(2030, 3, 2)


@pytest.mark.parametrize("typed", ["１０:００", "10:０0", "٠٩:٣٠", "9:5", "24:00", "10:60", "10.00", "1000"])
def test_only_hours_colon_minutes_in_ascii_digits_is_a_time(typed: str) -> None:
    with pytest.raises(ValidationError, match="is not a time of day"):
        parse_time(typed)


@pytest.mark.parametrize("typed", ["09:00Z", "09:00+07:00", "09:00-0500", "09:00 UTC", "9:00 GMT+7",
                                   "09:00:00+01:00"])
def test_a_typed_time_with_an_offset_is_refused_not_cut_short(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_time(typed)
    assert str(refused.value) == (
        f"'{typed}' has a time zone or UTC offset. Give the time as the studio's clocks show it, like 09:00."
    )


@pytest.mark.parametrize(("time", "shown"), [
    (dt.time(9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))), "09:00+07:00"),
    (dt.time(9, 0, tzinfo=dt.UTC), "09:00+00:00"),
    (dt.time(9, 0, tzinfo=BERLIN), "09:00 Europe/Berlin"),
])
def test_an_aware_time_is_refused_not_read_without_its_offset(time: dt.time, shown: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(f"'{shown}' has a time zone or UTC offset")):
        parse_time(time)


def test_a_wall_clock_time_keeps_its_fold() -> None:
    assert parse_time("9:05") == dt.time(9, 5)
    second = parse_time(dt.time(1, 30, 15, fold=1))
    assert (second, second.fold) == (dt.time(1, 30), 1)


# The edges of hours --------------------------------------------------------------------------


def local(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def test_an_edge_in_the_skipped_hour_is_the_moment_the_clocks_jump() -> None:
    spring = dt.date(2026, 3, 29)  # Berlin: 02:00 becomes 03:00
    for typed in ("02:00", "02:30", "03:00"):
        edge = first_instant_at(spring, parse_time(typed), BERLIN)
        assert edge == dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC), typed
    assert local(first_instant_at(spring, dt.time(1, 59), BERLIN), BERLIN) == dt.datetime(2026, 3, 29, 1, 59)


def test_an_edge_in_the_repeated_hour_is_its_first_time() -> None:
    autumn = dt.date(2026, 11, 1)  # New York: 02:00 becomes 01:00 again
    edge = first_instant_at(autumn, dt.time(1, 30), NEW_YORK)
    assert edge == dt.datetime(2026, 11, 1, 5, 30, tzinfo=dt.UTC)  # 01:30 EDT
    assert first_instant_at(autumn, dt.time(1, 30, fold=1), NEW_YORK) == edge  # an edge has one


def change_days(zone: ZoneInfo, years: range) -> list[dt.date]:
    """The days on which `zone`'s offset changes (found by its noon-to-noon offsets)."""
    days = []
    day = dt.date(years.start, 1, 1)
    while day.year < years.stop:
        before = dt.datetime.combine(day, dt.time(0), tzinfo=zone).utcoffset()
        after = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone).utcoffset()
        if before != after:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


CHANGE_DAYS = {zone.key: change_days(zone, range(2024, 2031)) for zone in ZONES}
any_day = st.sampled_from(ZONES).flatmap(
    lambda zone: st.tuples(
        st.just(zone),
        st.sampled_from(CHANGE_DAYS[zone.key] or [dt.date(2026, 3, 29)])
        | st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)),
    )
)
wall_times = st.times().map(lambda t: t.replace(microsecond=0))


@settings(max_examples=400, deadline=None)
@given(zone_day=any_day, time=wall_times)
def test_an_edge_is_the_first_instant_the_clocks_show_it_or_have_passed_it(
    zone_day: tuple[ZoneInfo, dt.date], time: dt.time
) -> None:
    zone, day = zone_day
    edge = first_instant_at(day, time, zone)
    asked = dt.datetime.combine(day, time)
    assert edge.tzinfo is dt.UTC
    assert local(edge, zone) >= asked  # the clocks show it or have passed it then ...
    assert local(edge - dt.timedelta(seconds=1), zone) < asked  # ... and a second before, not yet
    # A time that exists is itself: its first time when it happens twice, whatever the fold.
    if local(edge, zone) == asked:
        assert edge == dt.datetime.combine(day, time.replace(fold=0), tzinfo=zone).astimezone(dt.UTC)


@settings(max_examples=200, deadline=None)
@given(zone_day=any_day, times=st.lists(wall_times, min_size=2, max_size=2))
def test_edges_keep_the_order_of_the_wall_clock(
    zone_day: tuple[ZoneInfo, dt.date], times: list[dt.time]
) -> None:
    zone, day = zone_day
    early, late = sorted(times)
    assert first_instant_at(day, early, zone) <= first_instant_at(day, late, zone)  # never inverted


def test_a_repeated_time_says_which_it_is() -> None:
    first = dt.datetime(2026, 11, 1, 5, 0, tzinfo=dt.UTC).astimezone(NEW_YORK)
    second = dt.datetime(2026, 11, 1, 6, 0, tzinfo=dt.UTC).astimezone(NEW_YORK)
    assert first == second  # what Python says of one zone's times: the wall clock alone
    assert (occurrence(first), occurrence(second)) == (1, 2)
    assert occurrence(dt.datetime(2026, 11, 1, 9, 0, tzinfo=NEW_YORK)) == 0
    assert occurrence(dt.datetime(2026, 11, 1, 1, 0, tzinfo=dt.UTC)) == 0
