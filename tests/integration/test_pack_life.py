"""A pack's life after its sale (issue 17): freezes, expiry by the minute job, an admin's
corrections and refunds, on both databases; and what the database refuses by itself."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc, insert, select, text

from studio_desk import services
from studio_desk.models import (
    CreditKind,
    CreditLine,
    PackFreeze,
    Payment,
    ProductKind,
    StudioSetting,
    ValidFrom,
)
from studio_desk.services import BookingStatus, Database, Forbidden, PackState, ValidationError
from studio_desk.services.packs.expiry import EXPIRY_LEASE_KEY
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

TODAY = "2025-10-24"  # the clock's day (a Friday), 08:00 in Jakarta
CASH, CARD = services.PaymentMethod.CASH, services.PaymentMethod.CARD
LATER = "'2026-01-01 00:00:00'"  # later than any expiry here, on both databases
REFUSED = (exc.IntegrityError, exc.OperationalError, exc.InternalError, exc.ProgrammingError)


def sell(
    db: Database, studio: Studio, product: int, client: int | None = None, **payment: object
) -> services.PackView:
    paid: dict[str, object] = payment or {"method": "cash", "cash_tendered": 5_000_000}
    client_id = client or studio.john
    return services.sell_pack(db, studio.desk, client_id=client_id, product_id=product, **paid).pack  # type: ignore[arg-type]


def book(db: Database, studio: Studio, day: str, start: str, pack: int) -> services.BookingView:
    return services.book_with_pack(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=day, start_time=start,
        pack_id=pack,
    )


def lines(db: Database, pack: int) -> list[tuple[CreditKind, int, int | None, str | None]]:
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(CreditLine.kind, CreditLine.delta, CreditLine.payment_id, CreditLine.reason)
            .where(CreditLine.pack_id == pack).order_by(CreditLine.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def pack_of(db: Database, studio: Studio, pack: int) -> services.PackView:
    return services.get_pack(db, studio.desk, pack)


def freezable(
    db: Database, *, kind: ProductKind = ProductKind.PACK, allowed: int = 1, **terms: object
) -> int:
    """A product of 30 days that may be frozen `allowed` times for up to 14 days each."""
    terms = {"valid_days": 30, **terms}
    return add_product(
        db, kind=kind, freezes_allowed=allowed, freeze_days_max=14, **terms  # type: ignore[arg-type]
    )


def refused_by_sql(db: Database, sql: str) -> None:
    before = snapshot(db)
    with pytest.raises(REFUSED), db.engine.begin() as connection:
        connection.execute(text(sql))
    assert snapshot(db) == before, sql


# Freezes ---------------------------------------------------------------------------------------


def test_a_freeze_moves_the_last_day_on_and_blocks_the_sessions_inside_it(
    db: Database, studio: Studio
) -> None:
    pack = sell(db, studio, freezable(db))  # 24 October for 30 days: good through 22 November
    assert pack.last_day == dt.date(2025, 11, 22) and pack.frozen_until is None
    frozen = services.freeze_pack(
        db, studio.admin, pack.id, start_date="2025-11-03", days="7", reason="Holiday"
    )
    # 3 to 9 November frozen: the last day moves on by 7 days.
    assert frozen.last_day == dt.date(2025, 11, 29)
    assert frozen.expires_at == dt.datetime(2025, 11, 30, tzinfo=JAKARTA)
    assert (frozen.freezes_used, frozen.frozen_until, frozen.balance) == (1, dt.date(2025, 11, 9), 10)
    with db.engine.connect() as connection:
        row = connection.execute(select(PackFreeze)).one()
    assert (row.starts_at, row.ends_at, row.days, row.reason, row.actor_id) == (
        dt.datetime(2025, 11, 3, tzinfo=JAKARTA), dt.datetime(2025, 11, 10, tzinfo=JAKARTA), 7, "Holiday",
        studio.admin.staff_id,
    )
    before = snapshot(db)
    for day in ("2025-11-03", "2025-11-09"):
        with pytest.raises(ValidationError, match=rf"^Pack #{pack.id} is frozen until 09 Nov 2025\.$"):
            book(db, studio, day, "10:00", pack.id)
    assert snapshot(db) == before
    [choice] = services.usable_packs(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                     date="2025-11-05", start_time="10:00")
    assert str(choice.why_not) == f"Pack #{pack.id} is frozen until 09 Nov 2025."
    # Outside it, before and after, the pack pays.
    assert book(db, studio, "2025-11-02", "10:00", pack.id).status is BookingStatus.PAID
    assert book(db, studio, "2025-11-10", "10:00", pack.id).status is BookingStatus.PAID
    assert pack_of(db, studio, pack.id).balance == 8


def test_a_freeze_is_an_admins_within_the_packs_terms(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, freezable(db))
    freeze = services.freeze_pack
    before = snapshot(db)
    with pytest.raises(Forbidden, match=r"^Only an admin can freeze a pack or membership\.$"):
        freeze(db, studio.desk, pack.id, start_date="2025-11-03", days=7, reason="Holiday")
    too_long = rf"^Pack #{pack.id} may be frozen for at most 14 days at a time\.$"
    with pytest.raises(ValidationError, match=too_long):
        freeze(db, studio.admin, pack.id, start_date="2025-11-03", days=15, reason="Holiday")
    for days in (0, "0", "-1", "seven", 2.5, "12345"):
        with pytest.raises(ValidationError, match=r"is not a number of days\. Give whole days, like 14\.$"):
            freeze(db, studio.admin, pack.id, start_date="2025-11-03", days=days, reason="Holiday")
    with pytest.raises(ValidationError, match=r"^A freeze starts today or later, not on 23 Oct 2025\.$"):
        freeze(db, studio.admin, pack.id, start_date="2025-10-23", days=7, reason="Holiday")
    too_late = rf"^Pack #{pack.id} ends on 22 Nov 2025: a freeze must start by then\.$"
    with pytest.raises(ValidationError, match=too_late):
        freeze(db, studio.admin, pack.id, start_date="2025-11-23", days=7, reason="Holiday")
    with pytest.raises(ValidationError, match=r"^Enter the reason\.$"):
        freeze(db, studio.admin, pack.id, start_date="2025-11-03", days=7, reason="  ")
    assert snapshot(db) == before
    # Today and the last day are both fine; then the one freeze its terms allow is used.
    freeze(db, studio.admin, pack.id, start_date=TODAY, days=1, reason="Ill")
    with pytest.raises(ValidationError, match=rf"^Pack #{pack.id} may be frozen 1 times; it has been\.$"):
        freeze(db, studio.admin, pack.id, start_date="2025-11-23", days=7, reason="Holiday")
    plain = sell(db, studio, add_product(db))
    never = rf"^Pack #{plain.id} may not be frozen: its terms allow no freezes\.$"
    with pytest.raises(ValidationError, match=never):
        freeze(db, studio.admin, plain.id, start_date="2025-11-03", days=7, reason="Holiday")


def test_only_a_running_pack_is_frozen(db: Database, studio: Studio, clock: SettableClock) -> None:
    freeze = services.freeze_pack
    unused = sell(db, studio, freezable(db, valid_from=ValidFrom.FIRST_USE))
    with pytest.raises(ValidationError, match=rf"^Pack #{unused.id} starts with its first session, so"):
        freeze(db, studio.admin, unused.id, start_date="2025-11-03", days=7, reason="Holiday")
    used_up = sell(db, studio, freezable(db, sessions=1))
    book(db, studio, "2025-10-27", "10:00", used_up.id)
    with pytest.raises(ValidationError, match=rf"^Pack #{used_up.id} has no sessions left, so there"):
        freeze(db, studio.admin, used_up.id, start_date="2025-11-03", days=7, reason="Holiday")
    refunded = sell(db, studio, freezable(db))
    services.refund_pack(db, studio.desk, refunded.id, method="cash")
    with pytest.raises(ValidationError, match=rf"^Pack #{refunded.id} was closed on 24 Oct 2025, so it"):
        freeze(db, studio.admin, refunded.id, start_date="2025-11-03", days=7, reason="Holiday")
    ended = sell(db, studio, freezable(db, valid_days=1))
    clock.advance(days=1)
    with pytest.raises(ValidationError, match=rf"^Pack #{ended.id} expired on 24 Oct 2025, so it cannot be"):
        freeze(db, studio.admin, ended.id, start_date="2025-10-25", days=7, reason="Holiday")


def test_a_freeze_leaves_the_bookings_paid_with_the_pack_alone(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, freezable(db, allowed=2))
    first = book(db, studio, "2025-11-04", "10:00", pack.id)
    freeze = services.freeze_pack
    with pytest.raises(ValidationError, match=(
        rf"^Pack #{pack.id} pays for a booking on 04 Nov 2025 10:00, inside the freeze: move or cancel "
        r"it first\.$"
    )):
        freeze(db, studio.admin, pack.id, start_date="2025-11-03", days=7, reason="Holiday")
    book(db, studio, "2025-11-06", "16:00", pack.id)
    with pytest.raises(ValidationError, match=(
        rf"^Pack #{pack.id} pays for 2 bookings inside the freeze, from 04 Nov 2025 10:00 to "
        r"06 Nov 2025 16:00: "
    )):
        freeze(db, studio.admin, pack.id, start_date="2025-11-03", days=7, reason="Holiday")
    # Outside those days the freeze is fine; two freezes never overlap.
    freeze(db, studio.admin, pack.id, start_date="2025-11-10", days=3, reason="Holiday")
    overlaps = rf"^Pack #{pack.id} is already frozen from 10 Nov 2025 to 12 Nov 2025\.$"
    with pytest.raises(ValidationError, match=overlaps):
        freeze(db, studio.admin, pack.id, start_date="2025-11-07", days=5, reason="Holiday")
    # A canceled booking holds nothing.
    services.cancel_booking(db, studio.desk, first.id, reason="Away")
    assert services.freeze_pack(
        db, studio.admin, pack.id, start_date="2025-11-04", days=1, reason="Holiday"
    ).freezes_used == 2


def test_a_membership_is_frozen_too(db: Database, studio: Studio) -> None:
    member = sell(db, studio, freezable(db, kind=ProductKind.MEMBERSHIP, name="Unlimited month"))
    frozen = services.freeze_pack(
        db, studio.admin, member.id, start_date="2025-10-25", days=14, reason="Trip"
    )
    assert frozen.last_day == dt.date(2025, 12, 6) and frozen.frozen_until == dt.date(2025, 11, 7)
    with pytest.raises(ValidationError, match=rf"^Pack #{member.id} is frozen until 07 Nov 2025\.$"):
        book(db, studio, "2025-10-27", "10:00", member.id)


# Expiry ----------------------------------------------------------------------------------------


def test_the_minute_job_writes_off_what_is_left_of_packs_that_ended(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    ending = sell(db, studio, add_product(db, valid_days=1))  # good through 24 October
    book(db, studio, TODAY, "10:00", ending.id)
    running = sell(db, studio, add_product(db, valid_days=2))
    member = sell(db, studio, add_product(db, kind=ProductKind.MEMBERSHIP, valid_days=1))
    closed = sell(db, studio, add_product(db, valid_days=1))
    services.refund_pack(db, studio.desk, closed.id, method="cash")
    used_up = sell(db, studio, add_product(db, valid_days=1, sessions=1))
    book(db, studio, TODAY, "12:00", used_up.id)
    assert services.release_expired_packs(db) == 0  # nothing has ended yet

    clock.set(dt.datetime(2025, 10, 25, 0, 0, tzinfo=JAKARTA))  # the first instant of 25 October
    assert services.release_expired_packs(db) == 1
    assert lines(db, ending.id)[-1] == (CreditKind.EXPIRED, -9, None, "Expired on 24 Oct 2025")
    with db.engine.connect() as connection:
        actor = connection.scalar(select(CreditLine.actor_id).where(CreditLine.kind == CreditKind.EXPIRED))
    assert actor is None  # the system's
    written_off = pack_of(db, studio, ending.id)
    assert (written_off.balance, written_off.state) == (0, PackState.EXPIRED)
    for other in (running, member, closed, used_up):
        assert CreditKind.EXPIRED not in [line[0] for line in lines(db, other.id)]
    assert services.release_expired_packs(db) == 0  # once

    clock.advance(days=1)
    assert services.release_expired_packs(db) == 1
    assert lines(db, running.id)[-1][:2] == (CreditKind.EXPIRED, -10)


def test_one_desk_at_a_time_expires_packs(db: Database, studio: Studio, clock: SettableClock) -> None:
    pack = sell(db, studio, add_product(db, valid_days=1))
    clock.advance(days=1)
    until = (clock() + dt.timedelta(minutes=2)).isoformat()
    with db.engine.begin() as connection:  # another desk holds the job
        connection.execute(insert(StudioSetting), {"key": EXPIRY_LEASE_KEY, "value": f"another-desk {until}"})
    assert services.release_expired_packs(db) == 0
    assert pack_of(db, studio, pack.id).balance == 10
    clock.advance(minutes=3)  # its lease ran out: the job is this desk's
    assert services.release_expired_packs(db) == 1
    assert pack_of(db, studio, pack.id).balance == 0


# Adjustments -----------------------------------------------------------------------------------


def test_an_admin_adds_or_takes_sessions_with_a_reason(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db))
    assert services.adjust_credits(db, studio.admin, pack.id, delta=2, reason="Two lost").balance == 12
    assert services.adjust_credits(db, studio.admin, pack.id, delta="-11", reason="Typed wrong").balance == 1
    assert lines(db, pack.id)[1:] == [
        (CreditKind.ADJUSTED, 2, None, "Two lost"), (CreditKind.ADJUSTED, -11, None, "Typed wrong"),
    ]
    adjust = services.adjust_credits
    before = snapshot(db)
    with pytest.raises(Forbidden, match=r"^Only an admin can change the sessions left on a pack\.$"):
        adjust(db, studio.desk, pack.id, delta=1, reason="Bonus")
    with pytest.raises(ValidationError, match=rf"^Pack #{pack.id} has 1 sessions left; it cannot lose 3\.$"):
        adjust(db, studio.admin, pack.id, delta=-3, reason="Bonus")
    with pytest.raises(ValidationError, match=r"^A change of 0 sessions changes nothing\."):
        adjust(db, studio.admin, pack.id, delta="0", reason="Bonus")
    for delta in (1001, "-1001", "two", 1.0, True, "1 000", None):
        with pytest.raises(ValidationError, match=r"is not a number of sessions\. Give a whole number"):
            adjust(db, studio.admin, pack.id, delta=delta, reason="Bonus")
    with pytest.raises(ValidationError, match=r"^Enter the reason\.$"):
        adjust(db, studio.admin, pack.id, delta=1, reason="")
    assert snapshot(db) == before


def test_a_membership_a_closed_or_an_ended_pack_keeps_its_sessions(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    member = sell(db, studio, add_product(db, kind=ProductKind.MEMBERSHIP))
    with pytest.raises(ValidationError, match=rf"^Membership #{member.id} has no sessions to change"):
        services.adjust_credits(db, studio.admin, member.id, delta=1, reason="Bonus")
    closed = sell(db, studio, add_product(db))
    services.refund_pack(db, studio.desk, closed.id, method="cash")
    with pytest.raises(ValidationError, match=rf"^Pack #{closed.id} was closed on 24 Oct 2025, so its"):
        services.adjust_credits(db, studio.admin, closed.id, delta=1, reason="Bonus")
    ended = sell(db, studio, add_product(db, valid_days=1))
    clock.advance(days=1)
    with pytest.raises(ValidationError, match=rf"^Pack #{ended.id} expired on 24 Oct 2025, so its sessions"):
        services.adjust_credits(db, studio.admin, ended.id, delta=1, reason="Bonus")


# Refunds ---------------------------------------------------------------------------------------


def test_a_refund_gives_back_the_sessions_left_and_closes_the_pack(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db))  # 10 sessions for Rp 1,200,000, in cash
    held = [book(db, studio, "2025-10-27", start, pack.id) for start in ("08:00", "10:00", "12:00")]
    # 7 sessions left of 10, at Rp 120,000 each.
    assert services.default_refund(db, studio.desk, pack.id) == 840_000
    refund = services.refund_pack(db, studio.desk, pack.id, method="cash")
    assert refund.line is not None
    assert (refund.line.amount, refund.line.method, refund.line.booking_id) == (-840_000, CASH, None)
    assert refund.line.receipt_number is not None
    assert (refund.pack.state, refund.pack.balance, refund.pack.closed_at) == (
        PackState.CLOSED, 0, dt.datetime(2025, 10, 24, 8, 0, tzinfo=JAKARTA),
    )
    assert lines(db, pack.id)[-1] == (CreditKind.ADJUSTED, -7, refund.line.id, "Refunded Rp 840,000")
    with db.engine.connect() as connection:
        assert connection.execute(
            select(Payment.pack_id, Payment.amount).where(Payment.id == refund.line.id)
        ).one() == (pack.id, -840_000)
    cash_up = services.cash_up(db, studio.desk, TODAY)
    assert cash_up.net == 1_200_000 - 840_000
    # The three sessions booked keep their credits; one canceled gives it back to nothing.
    assert all(services.get_booking(db, booking.id).status is BookingStatus.PAID for booking in held)
    services.cancel_booking(db, studio.desk, held[0].id, reason="Away")
    assert pack_of(db, studio, pack.id).balance == 0
    assert services.default_refund(db, studio.desk, pack.id) == 0
    with pytest.raises(ValidationError, match=rf"^Pack #{pack.id} was closed on 24 Oct 2025: there is"):
        services.refund_pack(db, studio.desk, pack.id, method="cash")


def test_another_amount_is_an_admins_with_a_reason_and_never_more_than_was_paid(
    db: Database, studio: Studio
) -> None:
    pack = sell(db, studio, add_product(db))
    refund = services.refund_pack
    before = snapshot(db)
    with pytest.raises(Forbidden, match=r"^Only an admin can refund a pack for another amount"):
        refund(db, studio.desk, pack.id, method="cash", amount=1_000_000, reason="Goodwill")
    with pytest.raises(ValidationError, match=(
        rf"^Say why pack #{pack.id} is refunded another amount than the Rp 1,200,000 the desk works out\.$"
    )):
        refund(db, studio.admin, pack.id, method="cash", amount="1.000.000")
    with pytest.raises(ValidationError, match=(
        rf"^The refund cannot be more than what was paid for pack #{pack.id} and not given back yet "
        r"\(Rp 1,200,000\)\.$"
    )):
        refund(db, studio.admin, pack.id, method="cash", amount=1_200_001, reason="Goodwill")
    assert snapshot(db) == before
    # Closing with nothing given back: no money line, the sessions out of the ledger.
    closed = refund(db, studio.admin, pack.id, method="cash", amount=0, reason="Moved abroad, no refund")
    assert closed.line is None and closed.pack.state is PackState.CLOSED
    assert lines(db, pack.id)[-1] == (CreditKind.ADJUSTED, -10, None, "Moved abroad, no refund")
    assert services.cash_up(db, studio.desk, TODAY).net == 1_200_000


def test_a_refund_goes_back_by_the_method_that_took_the_money(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db))  # in cash
    before = snapshot(db)
    with pytest.raises(ValidationError, match=(
        r"^Nothing was paid by card for this pack, so the refund goes back by cash\. Only an admin can "
    )):
        services.refund_pack(db, studio.desk, pack.id, method="card", reference="RF-1")
    with pytest.raises(ValidationError, match=r"^Enter the reference of the card payment"):
        services.refund_pack(db, studio.admin, pack.id, method="card", method_reason="No cash in the till")
    assert snapshot(db) == before
    refund = services.refund_pack(
        db, studio.admin, pack.id, method="card", reference="RF-1", method_reason="No cash in the till"
    )
    assert refund.line is not None and refund.line.method_reason == "No cash in the till"
    [other] = services.cash_up(db, studio.desk, TODAY).other_method_refunds
    assert (other.pack_id, other.booking_id, other.amount, other.against) == (
        pack.id, None, 1_200_000, CASH,
    )
    assert str(other.words("IDR")) == "Rp 1,200,000 refunded by card against cash taken: No cash in the till"
    # With nothing to give back, a reason for the method is a mistake.
    free = sell(db, studio, add_product(db, price=0), method="cash")
    with pytest.raises(ValidationError, match=r"^Nothing goes back, so the refund needs no reason"):
        services.refund_pack(db, studio.admin, free.id, method="cash", method_reason="No cash")


def test_a_membership_refunds_its_whole_days_left_that_are_not_frozen(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    product = freezable(db, kind=ProductKind.MEMBERSHIP, price=3_000_000)
    member = sell(db, studio, product)  # 24 October for 30 days: through 22 November
    # 29 whole days after today, of 30.
    assert services.default_refund(db, studio.desk, member.id) == 3_000_000 * 29 // 30
    services.freeze_pack(db, studio.admin, member.id, start_date="2025-11-03", days=7, reason="Trip")
    assert services.default_refund(db, studio.desk, member.id) == 2_900_000  # the frozen days are no days
    clock.advance(days=9)  # 2 November: 20 days left
    refund = services.refund_pack(db, studio.desk, member.id, method="cash")
    assert refund.line is not None and refund.line.amount == -2_000_000
    assert lines(db, member.id)[-1] == (CreditKind.ADJUSTED, 0, refund.line.id, "Refunded Rp 2,000,000")
    # Once it has run out there is nothing to give back: the desk closes it, and writes no line.
    ended = sell(db, studio, add_product(db, kind=ProductKind.MEMBERSHIP, valid_days=1))
    clock.advance(days=1)
    assert services.default_refund(db, studio.desk, ended.id) == 0
    closed = services.refund_pack(db, studio.desk, ended.id, method="cash")
    assert closed.line is None and closed.pack.state is PackState.CLOSED
    assert [line[0] for line in lines(db, ended.id)] == [CreditKind.BOUGHT]


def test_a_pack_not_started_refunds_its_price(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db, valid_from=ValidFrom.FIRST_USE), method="card", reference="EDC-1")
    assert services.default_refund(db, studio.desk, pack.id) == 1_200_000
    assert [method for method, _ in services.pack_refund_methods(db, studio.desk, pack.id).took] == [CARD]
    with pytest.raises(Forbidden, match=r"^Only the front desk can refund a pack or membership\.$"):
        services.refund_pack(db, studio.coach_a_actor, pack.id, method="card", reference="RF-2")
    refund = services.refund_pack(db, studio.desk, pack.id, method="card", reference="RF-2")
    assert refund.line is not None and refund.line.amount == -1_200_000


# The database --------------------------------------------------------------------------------


def test_the_database_moves_the_expiry_only_with_a_freeze(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, freezable(db, allowed=2))
    refused_by_sql(db, f"UPDATE packs SET expires_at = {LATER} WHERE id = {pack.id}")
    refused_by_sql(db, f"UPDATE packs SET freezes_used = freezes_used + 1 WHERE id = {pack.id}")
    refused_by_sql(db, f"UPDATE packs SET freezes_used = 1, expires_at = {LATER} WHERE id = {pack.id}")
    services.freeze_pack(db, studio.admin, pack.id, start_date="2025-11-03", days=7, reason="Holiday")
    refused_by_sql(db, f"DELETE FROM pack_freezes WHERE pack_id = {pack.id}")
    refused_by_sql(db, f"UPDATE pack_freezes SET days = 1 WHERE pack_id = {pack.id}")
    refused_by_sql(db, f"UPDATE packs SET expires_at = {LATER} WHERE id = {pack.id}")
    # A session inside the freeze cannot take a credit, whatever writes the line.
    inside = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                     date="2025-11-05", start_time="10:00")
    refused_by_sql(
        db,
        "INSERT INTO credit_lines (pack_id, kind, delta, booking_id, at) "
        f"VALUES ({pack.id}, 'used', -1, {inside.id}, '2025-10-24 01:00:00')",
    )


def test_the_database_keeps_a_closed_pack_closed(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db))
    services.refund_pack(db, studio.desk, pack.id, method="cash")
    refused_by_sql(db, f"UPDATE packs SET closed_at = NULL WHERE id = {pack.id}")
    refused_by_sql(db, f"UPDATE packs SET closed_at = {LATER} WHERE id = {pack.id}")
    refused_by_sql(
        db,
        "INSERT INTO credit_lines (pack_id, kind, delta, at) "
        f"VALUES ({pack.id}, 'adjusted', 0, '2025-10-24 01:00:00')",  # no reason, no money
    )


def test_a_booking_paid_with_the_pack_is_not_moved_into_its_freeze(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, freezable(db))
    services.freeze_pack(db, studio.admin, pack.id, start_date="2025-11-03", days=7, reason="Holiday")
    booking = book(db, studio, "2025-11-02", "10:00", pack.id)
    with pytest.raises(ValidationError, match=rf"^Pack #{pack.id} is frozen until 09 Nov 2025\.$"):
        services.reschedule_booking(db, studio.desk, booking.id, date="2025-11-04", start_time="10:00")
    moved = services.reschedule_booking(db, studio.desk, booking.id, date="2025-11-10", start_time="10:00")
    assert moved.start_at.date() == dt.date(2025, 11, 10)
