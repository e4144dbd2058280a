"""The pack reports and the coach report's pack sessions, against figures worked out by hand
(tests/support/pack_reports.py tells the story), on both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from studio_desk import services
from studio_desk.models import ProductKind
from studio_desk.services import CoachTotals, Database, Forbidden, ValidationError
from studio_desk.services.packs.report_views import (
    ExpiredDay,
    ExpiringPack,
    PackSales,
    UnusedMembership,
    UnusedPack,
)
from tests.support.clock import JAKARTA, SettableClock
from tests.support.pack_reports import EVENING, Sold, refund_and_close, sell_and_use, write_expired
from tests.support.studio import Studio

OCT_24, OCT_25 = dt.date(2025, 10, 24), dt.date(2025, 10, 25)
LAST_DAY_A = dt.date(2025, 12, 22)


@pytest.fixture
def sold(db: Database, studio: Studio, clock: SettableClock) -> Sold:
    return sell_and_use(db, studio, clock)


def pack(number: int, client: tuple[int, str], name: str, last_day: dt.date | None, sessions: int, price: int,
         balance: int, held: int, value: int, held_value: int) -> UnusedPack:
    return UnusedPack(number, client[0], client[1], name, OCT_24, last_day, sessions, price, balance, held,
                      value, held_value)


def test_what_is_still_owed_now_counts_sessions_left_and_booked_at_the_price_paid(
    db: Database, studio: Studio, sold: Sold
) -> None:
    john, jane = (studio.john, "John Doe"), (studio.jane, "Jane Roe")
    report = services.unused_credits(db, studio.desk)

    assert report.as_at == EVENING and report.currency == "IDR"
    # A: 10 − 3 used + 1 back = 8 left (Rp 960,000), the 27 Oct yoga booked (Rp 120,000). B: 9 left
    # at Rp 100,000. D: 2 left (the no-show used one). E ended last night: no longer owed.
    assert report.packs == (
        pack(sold.b, jane, "10 sessions", LAST_DAY_A, 10, 1_000_000, 9, 0, 900_000, 0),
        pack(sold.d, jane, "3 sessions", dt.date(2025, 10, 30), 3, 300_000, 2, 0, 200_000, 0),
        pack(sold.a, john, "10 sessions", LAST_DAY_A, 10, 1_200_000, 8, 1, 960_000, 120_000),
    )
    # 25 Oct to 22 Nov, today included: 29 of 30 days.
    assert report.memberships == (
        UnusedMembership(
            sold.c, studio.john, "John Doe", "Monthly", OCT_24, dt.date(2025, 11, 22), 30, 900_000, 29,
            870_000,
        ),
    )
    assert (report.balance, report.held) == (19, 1)
    assert (report.packs_value, report.held_value, report.memberships_value) == (2_060_000, 120_000, 870_000)
    assert report.total_value == 3_050_000


def test_what_was_owed_at_the_end_of_a_past_day_is_read_from_the_ledger(
    db: Database, studio: Studio, sold: Sold
) -> None:
    report = services.unused_credits(db, studio.desk, on="2025-10-24")

    assert report.as_at == dt.datetime(2025, 10, 24, 23, 59, 59, tzinfo=JAKARTA)
    # Nothing was done yet: every booked credit was still owed; E ran to the last second of its
    # last day; the membership had all its 30 days.
    assert [(p.pack_id, p.balance, p.held, p.value, p.held_value) for p in report.packs] == [
        (sold.b, 9, 1, 900_000, 100_000),
        (sold.d, 2, 1, 200_000, 100_000),
        (sold.a, 8, 2, 960_000, 240_000),
        (sold.e, 4, 0, 500_000, 0),
    ]
    assert [(m.days_left, m.value) for m in report.memberships] == [(30, 900_000)]
    assert report.total_value == 2_560_000 + 440_000 + 900_000

    before = services.unused_credits(db, studio.desk, on="2025-10-23")
    assert before.packs == () and before.memberships == () and before.total_value == 0
    # A day to come is counted now: the report does not guess what will be used.
    now = services.unused_credits(db, studio.desk)
    assert services.unused_credits(db, studio.desk, on="2025-11-30") == now


def test_a_used_session_leaves_the_held_column_and_a_closed_pack_leaves_the_report(
    db: Database, studio: Studio, clock: SettableClock, sold: Sold
) -> None:
    clock.set(sold.to_come.end_at)
    services.confirm_booking(db, studio.admin, sold.to_come.id)
    services.complete_booking(db, studio.admin, sold.to_come.id)
    refund_and_close(db, studio, sold.b, 400_000, clock.now)

    report = services.unused_credits(db, studio.desk)

    assert [(p.pack_id, p.balance, p.held) for p in report.packs] == [(sold.d, 2, 0), (sold.a, 8, 0)]
    assert [p.pack_id for p in services.unused_credits(db, studio.desk, on="2025-10-26").packs] == [
        sold.b, sold.d, sold.a,
    ]


def test_packs_sold_by_day_and_month_with_refunds(
    db: Database, studio: Studio, clock: SettableClock, sold: Sold
) -> None:
    refund_and_close(db, studio, sold.b, 400_000, dt.datetime(2025, 10, 26, 10, 0, tzinfo=JAKARTA))
    clock.set(dt.datetime(2025, 11, 2, 9, 0, tzinfo=JAKARTA))
    monthly = services.products_for_sale(db, studio.desk)
    [membership] = [offer for offer in monthly if offer.kind is ProductKind.MEMBERSHIP]
    services.sell_pack(db, studio.desk, client_id=studio.jane, product_id=membership.id, method="qris",
                       reference="QR-9")

    report = services.packs_sold(db, studio.desk, "2025-10-20", "2025-11-05")

    october = PackSales(dt.date(2025, 10, 20), 4, 3_000_000, 1, 900_000, 1, 400_000)
    assert report.days == (
        PackSales(OCT_24, 4, 3_000_000, 1, 900_000, 0, 0),
        PackSales(dt.date(2025, 10, 26), 0, 0, 0, 0, 1, 400_000),
        PackSales(dt.date(2025, 11, 2), 0, 0, 1, 900_000, 0, 0),
    )
    assert report.months == (october, PackSales(dt.date(2025, 11, 1), 0, 0, 1, 900_000, 0, 0))
    assert report.total == PackSales(dt.date(2025, 10, 20), 4, 3_000_000, 2, 1_800_000, 1, 400_000)
    assert report.total.net == 4_400_000
    assert (report.start, report.end, report.currency) == (dt.date(2025, 10, 20), dt.date(2025, 11, 5), "IDR")

    quiet = services.packs_sold(db, studio.desk, "2025-10-27", "2025-10-31")
    assert quiet.days == () and quiet.total.net == 0 and len(quiet.months) == 1
    with pytest.raises(ValidationError, match="comes before"):
        services.packs_sold(db, studio.desk, "2025-10-31", "2025-10-01")


def test_packs_ending_soon_with_the_clients_phone(db: Database, studio: Studio, sold: Sold) -> None:
    # D's last day is 30 Oct (6 days, today included); the membership's 22 Nov (29 days).
    d = ExpiringPack(sold.d, studio.jane, "Jane Roe", "0813-1111-2222", ProductKind.PACK, "3 sessions",
                     dt.date(2025, 10, 30), 6, 2, 200_000)
    membership = ExpiringPack(sold.c, studio.john, "John Doe", "0812-3456-7890", ProductKind.MEMBERSHIP,
                              "Monthly", dt.date(2025, 11, 22), 29, 0, 0)

    assert services.expiring_packs(db, studio.desk) == (d,)
    assert services.expiring_packs(db, studio.desk, days=28) == (d,)
    assert services.expiring_packs(db, studio.desk, days=29) == (d, membership)
    assert services.expiring_packs(db, studio.desk, days=5) == ()
    for wrong in (0, 367, True, "14", 1.5):
        with pytest.raises(ValidationError, match="whole number from 1 to 366"):
            services.expiring_packs(db, studio.desk, days=wrong)  # type: ignore[arg-type]


def test_expired_credits_by_the_day_their_pack_ended(
    db: Database, studio: Studio, clock: SettableClock, sold: Sold
) -> None:
    # The expiry writes E's 4 credits the morning after its last day, D's 2 the day after its own.
    write_expired(db, sold.e, 4, dt.datetime(2025, 10, 26, 1, 0, tzinfo=JAKARTA))
    clock.set(dt.datetime(2025, 10, 31, 9, 0, tzinfo=JAKARTA))
    write_expired(db, sold.d, 2, clock.now)

    report = services.expired_credits(db, studio.desk, "2025-10-20", "2025-10-31")

    assert [(p.day, p.pack_id, p.client_name, p.name, p.credits, p.value) for p in report.packs] == [
        (OCT_25, sold.e, "John Doe", "4 sessions", 4, 500_000),
        (dt.date(2025, 10, 31), sold.d, "Jane Roe", "3 sessions", 2, 200_000),
    ]
    assert report.days == (
        ExpiredDay(OCT_25, 1, 4, 500_000), ExpiredDay(dt.date(2025, 10, 31), 1, 2, 200_000),
    )
    assert (report.credits, report.value) == (6, 700_000)
    assert services.expired_credits(db, studio.desk, "2025-10-26", "2025-10-30").packs == ()
    earlier = services.expired_credits(db, studio.desk, "2025-10-20", "2025-10-30")
    assert [p.pack_id for p in earlier.packs] == [sold.e]
    # Ended and expired, the credits are no longer owed.
    assert [p.pack_id for p in services.unused_credits(db, studio.desk).packs] == [sold.b, sold.a]


def test_the_coach_report_counts_a_pack_session_at_the_packs_price_and_a_membership_at_none(
    db: Database, studio: Studio, sold: Sold
) -> None:
    report = services.coach_report(db, studio.admin, "2025-10-20", "2025-10-31")

    # Smith: pilates (B, Rp 100,000), yoga (A, Rp 120,000), yoga in cash (Rp 150,000) done, and the
    # no-show of D (Rp 100,000 kept); the yoga canceled. Sari: the HIIT of the membership, at no price.
    assert report.coaches == (
        CoachTotals(studio.coach_b, "Coach Sari", 1, 60, 0, 0, 0, 0, 0, 1),
        CoachTotals(studio.coach_a, "Coach Smith", 3, 165, 470_000, 1, 1, 0, 3, 0),
    )
    assert report.total == CoachTotals(None, "All coaches", 4, 225, 470_000, 1, 1, 0, 3, 1)
    own = services.coach_report(db, studio.coach_b_actor, "2025-10-20", "2025-10-31")
    assert own.total == CoachTotals(None, "Total", 1, 60, 0, 0, 0, 0, 0, 1)


def test_the_pack_reports_are_the_front_desks(db: Database, studio: Studio, sold: Sold) -> None:
    for actor in (studio.admin, studio.desk):
        assert services.may_see_pack_reports(actor)
        services.unused_credits(db, actor)
    for actor in (studio.coach_a_actor, None):
        assert not services.may_see_pack_reports(actor)
        with pytest.raises(Forbidden, match="Only the front desk can see the reports of packs"):
            services.unused_credits(db, actor)
        with pytest.raises(Forbidden, match="Only the front desk"):
            services.packs_sold(db, actor, "2025-10-01", "2025-10-31")
        with pytest.raises(Forbidden, match="Only the front desk"):
            services.expiring_packs(db, actor)
        with pytest.raises(Forbidden, match="Only the front desk"):
            services.expired_credits(db, actor, "2025-10-01", "2025-10-31")
