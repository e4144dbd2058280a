"""The booking list: filter by status, coach, client, dates and text; sort; page."""

from __future__ import annotations

import pytest

from studio_desk import services
from studio_desk.services import BookingFilter, BookingStatus, Database
from tests.support.builders import booking_in
from tests.support.clock import SettableClock
from tests.support.studio import Studio

S = BookingStatus


@pytest.fixture
def day_of_bookings(db: Database, studio: Studio, clock: SettableClock) -> dict[str, int]:
    made = {
        "pending": booking_in(db, studio, clock, S.PENDING, start="08:00").id,
        "paid": booking_in(db, studio, clock, S.PAID, start="09:00").id,
        "confirmed": booking_in(db, studio, clock, S.CONFIRMED, start="10:00").id,
        "canceled": booking_in(db, studio, clock, S.CANCELED, start="11:00").id,
        "next day": booking_in(db, studio, clock, S.PENDING, date="2025-10-26").id,
    }
    made["jane hiit"] = services.create_booking(
        db, studio.desk, client_id=studio.jane, course_id=studio.hiit, date="2025-10-25",
        start_time="12:00",
    ).id
    return made


def ids(db: Database, where: BookingFilter, **kw: object) -> list[int]:
    return [b.id for b in services.list_bookings(db, where, **kw).rows]  # type: ignore[arg-type]


def test_filters(db: Database, studio: Studio, day_of_bookings: dict[str, int]) -> None:
    made = day_of_bookings
    paid_or_confirmed = BookingFilter(statuses=frozenset({S.PAID, S.CONFIRMED}))
    assert ids(db, paid_or_confirmed) == [made["paid"], made["confirmed"]]
    assert ids(db, BookingFilter(coach_id=studio.coach_b)) == [made["jane hiit"]]
    assert ids(db, BookingFilter(client_id=studio.jane)) == [made["jane hiit"]]
    assert ids(db, BookingFilter(date_from="2025-10-26")) == [made["next day"]]
    assert len(ids(db, BookingFilter(date_from="2025-10-25", date_to="2025-10-25"))) == 5
    assert ids(db, BookingFilter(text="jane")) == [made["jane hiit"]]  # client name, any case
    assert ids(db, BookingFilter(text="HIIT")) == [made["jane hiit"]]  # course title
    assert ids(db, BookingFilter(text="0813 1111")) == [made["jane hiit"]]  # phone as typed locally
    assert ids(db, BookingFilter(text="6281234")) == ids(db, BookingFilter(client_id=studio.john))
    assert ids(db, BookingFilter(text="nobody")) == []
    assert ids(db, BookingFilter(text="%")) == []


def test_sorting_and_paging(db: Database, day_of_bookings: dict[str, int]) -> None:
    everything = services.list_bookings(db, limit=100)
    assert everything.total == 6
    starts = [b.start_at for b in everything.rows]
    assert starts == sorted(starts)
    newest_first = ids(db, BookingFilter(), sort="start_at", descending=True)
    assert newest_first == [b.id for b in reversed(everything.rows)]
    by_client = services.list_bookings(db, sort="client").rows
    assert [b.client_name for b in by_client] == sorted(b.client_name for b in by_client)
    pages = [services.list_bookings(db, offset=offset, limit=4) for offset in (0, 4)]
    assert [len(page.rows) for page in pages] == [4, 2] and {page.total for page in pages} == {6}
    assert [b.id for page in pages for b in page.rows] == [b.id for b in everything.rows]
    with pytest.raises(services.ValidationError):
        services.list_bookings(db, sort="password")
    with pytest.raises(services.ValidationError):
        services.list_bookings(db, limit=0)


def test_a_listed_booking_shows_money_and_names(
    db: Database, studio: Studio, day_of_bookings: dict[str, int]
) -> None:
    (paid,) = services.list_bookings(db, BookingFilter(statuses=frozenset({S.PAID}))).rows
    names = (paid.client_name, paid.coach_name, paid.course_title)
    assert names == ("John Doe", "Coach Smith", "Yoga Pemula")
    assert paid.paid_total == paid.price == Studio.YOGA_PRICE
    assert f"{paid.start_at:%H:%M}-{paid.end_at:%H:%M}" == "09:00-10:00"
