"""What a change notice says: a move concerns both its days and coaches, unknown facts never
narrow, a burst merges into one change, and a notice this desk wrote is left out."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from studio_desk.services import Change, ChangeKind, Touched, local_days
from studio_desk.services.change import Notice
from studio_desk.services.changes import parse_payload

JAKARTA = ZoneInfo("Asia/Jakarta")
# 27 October 2025, 23:30 UTC: already the 28th in Jakarta.
LATE_EVENING_UTC = int(dt.datetime(2025, 10, 27, 23, 30, tzinfo=dt.UTC).timestamp())
MORNING_UTC = int(dt.datetime(2025, 10, 27, 3, 0, tzinfo=dt.UTC).timestamp())
DAY_27, DAY_28 = dt.date(2025, 10, 27), dt.date(2025, 10, 28)


def test_a_move_concerns_the_old_and_the_new_coach_and_day() -> None:
    moved = Notice("bookings", booking_id=5, coach_ids=(1, 2), starts=(MORNING_UTC, LATE_EVENING_UTC)).change(JAKARTA)
    assert moved.coach_ids == {1, 2}
    assert moved.days == {DAY_27, DAY_28}, "days are the studio's local ones"
    assert moved.concerns(kinds=[ChangeKind.BOOKINGS], coach_id=1, day=DAY_27)
    assert moved.concerns(coach_id=2, day=DAY_28)
    assert not moved.concerns(coach_id=1, day=DAY_28), "coach 1 was never on the 28th"
    assert not moved.concerns(kinds=[ChangeKind.PAYMENTS])
    assert not moved.concerns(booking_id=6)


def test_what_a_notice_does_not_know_never_narrows() -> None:
    client = Notice("clients").change(JAKARTA)
    assert client.concerns(kinds=[ChangeKind.CLIENTS], coach_id=3, day=DAY_27, booking_id=9)
    merged = Change.merged([client, Notice("bookings", 5, (1,), (MORNING_UTC,)).change(JAKARTA)])
    assert merged.concerns(kinds=[ChangeKind.CLIENTS, ChangeKind.BOOKINGS], coach_id=3)
    assert not merged.concerns(kinds=[ChangeKind.BOOKINGS], coach_id=3)


def test_kinds_of_tables_and_settings() -> None:
    def kinds(notice: Notice) -> frozenset[ChangeKind]:
        return notice.change(JAKARTA).kinds

    assert kinds(Notice("courses")) == {ChangeKind.CATALOG}
    assert kinds(Notice("availabilities", coach_ids=(1,), days=("2025-10-27",))) == {ChangeKind.HOURS}
    assert kinds(Notice("day_closings")) == {ChangeKind.CLOSINGS}
    assert kinds(Notice("studio_settings", key="currency")) == {ChangeKind.SETTINGS}
    assert kinds(Notice("studio_settings", key="sync.last_run")) == {ChangeKind.SYNC}
    assert Notice("a_table_of_a_newer_version").change(JAKARTA).everything


def test_payloads_of_this_desk_are_left_out_and_garbage_means_everything() -> None:
    payload = {"t": "bookings", "a": "studio-desk abc", "b": 5, "c": [1], "s": [MORNING_UTC]}
    assert parse_payload(json.dumps(payload), "studio-desk abc") is None
    assert parse_payload(json.dumps(payload), "studio-desk other") == Notice("bookings", 5, (1,), (MORNING_UTC,))
    assert parse_payload("bookings", "studio-desk abc") == Notice("")
    assert Notice("").change(JAKARTA).everything


def test_everything_concerns_every_view_and_local_days() -> None:
    assert Change.of_everything().concerns(kinds=[ChangeKind.STAFF], coach_id=1, day=DAY_27)
    assert not Change()
    assert local_days([dt.datetime.fromtimestamp(LATE_EVENING_UTC, dt.UTC)], JAKARTA) == {DAY_28}


touched = st.builds(
    Touched,
    st.sampled_from(list(ChangeKind)),
    st.none() | st.integers(1, 3),
    st.none() | st.integers(1, 3),
    st.none() | st.sampled_from([DAY_27, DAY_28]),
)
changes = st.builds(Change, st.frozensets(touched, max_size=4), st.booleans())
questions = st.fixed_dictionaries({
    "kinds": st.frozensets(st.sampled_from(list(ChangeKind)), min_size=1),
    "coach_id": st.none() | st.integers(1, 3),
    "day": st.none() | st.sampled_from([DAY_27, DAY_28]),
    "booking_id": st.none() | st.integers(1, 3),
})


@given(st.lists(changes, max_size=4), questions)
def test_a_merged_burst_concerns_a_view_when_any_of_its_changes_does(
    burst: list[Change], question: dict[str, object]
) -> None:
    merged = Change.merged(burst)
    assert merged.concerns(**question) == any(change.concerns(**question) for change in burst)  # type: ignore[arg-type]
