"""The studio's cancellation rules at record time, and the fees they leave (issue 17), on both
databases: what the person is shown is what is written; an admin may waive it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc, select, text

from studio_desk import services
from studio_desk.models import CreditKind, CreditLine, Fee, FeeState, RuleOutcome
from studio_desk.services import (
    NO_REFUND,
    BookingStatus,
    CreditFate,
    Database,
    Forbidden,
    ProductKind,
    Refund,
    RuleCost,
    ValidationError,
)
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

DAY = "2025-10-25"
START = dt.datetime(2025, 10, 25, 10, 0, tzinfo=JAKARTA)


def rules(db: Database, studio: Studio, **given: object) -> None:
    values: dict[str, object] = {
        "late_cancel_hours": 12, "late_cancel_cost": "credit", "no_show_cost": "credit",
    }
    services.set_cancel_rules(db, studio.admin, studio.yoga, **(values | given))


def with_pack(db: Database, studio: Studio, *, membership: bool = False) -> tuple[int, services.BookingView]:
    product = add_product(db, kind=ProductKind.MEMBERSHIP if membership else ProductKind.PACK,
                          max_active=2 if membership else None)
    pack = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product,
                              method="cash").pack.id
    booking = services.book_with_pack(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY,
                                      start_time="10:00")
    return pack, booking


def paid_in_cash(db: Database, studio: Studio) -> services.BookingView:
    booking = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY,
                                      start_time="10:00")
    return services.mark_paid(db, studio.desk, booking.id, method="cash").booking


def kinds(db: Database, booking: int) -> list[CreditKind]:
    with db.engine.connect() as connection:
        return list(connection.scalars(
            select(CreditLine.kind).where(CreditLine.booking_id == booking).order_by(CreditLine.id)))


def fees(db: Database) -> list[tuple[int, FeeState]]:
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(select(Fee.amount, Fee.state).order_by(Fee.id))]  # type: ignore[misc]


def test_a_late_cancel_keeps_the_packs_credit_as_the_person_was_shown(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio)
    pack, booking = with_pack(db, studio)
    clock.set(START - dt.timedelta(hours=9))
    seen = services.cancel_outcome(db, studio.desk, booking.id)
    assert (seen.late, seen.hours_before, seen.cost, seen.credit) == (
        True, 9, RuleCost.CREDIT, CreditFate.KEPT
    )
    assert str(seen.summary) == f"Late (9 h before; the rule is 12 h): the credit of pack #{pack} is kept."
    services.cancel_booking(db, studio.desk, booking.id, reason="Macet", expected_late=True)
    assert kinds(db, booking.id) == [CreditKind.USED, CreditKind.RETURNED, CreditKind.FORFEITED]
    assert services.get_pack(db, studio.desk, pack).balance == 9
    history = services.booking_details(db, booking.id).history
    assert str(history[-1].reason) == f"Macet — {seen.summary}"


def test_a_cancel_in_time_gives_the_credit_back_and_records_no_rule(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio)
    pack, booking = with_pack(db, studio)
    seen = services.cancel_outcome(db, studio.desk, booking.id)  # 26 h before
    assert (seen.late, seen.credit) == (False, CreditFate.RETURNED)
    services.cancel_booking(db, studio.desk, booking.id, reason="Sakit", expected_late=False)
    assert services.get_pack(db, studio.desk, pack).balance == 10
    with db.engine.connect() as connection:
        assert connection.scalar(select(RuleOutcome.booking_id)) is None


def test_the_window_passing_while_the_dialog_stood_open_saves_nothing(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio)
    _, booking = with_pack(db, studio)
    clock.set(START - dt.timedelta(hours=12, minutes=1))
    assert not services.cancel_outcome(db, studio.desk, booking.id).late
    clock.advance(minutes=2)
    before = snapshot(db)
    with pytest.raises(ValidationError, match="It is now 11 h before the session"):
        services.cancel_booking(db, studio.desk, booking.id, reason="Sakit", expected_late=False)
    assert snapshot(db) == before


def test_a_late_cancel_fee_on_a_pack_gives_the_credit_back_and_is_owed(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio, late_cancel_cost="fee", late_cancel_fee=100_000)
    pack, booking = with_pack(db, studio)
    clock.set(START - dt.timedelta(hours=2))
    services.cancel_booking(db, studio.desk, booking.id, reason="Lupa")
    assert services.get_pack(db, studio.desk, pack).balance == 10
    owed = services.client_fees(db, studio.desk, studio.john, owed_only=True)
    assert [str(fee.said) for fee in owed] == ["Owes Rp 100,000 for a late cancel on 25 Oct 2025"]


def test_a_late_cancel_fee_is_kept_from_money_paid_and_limits_the_refund(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio, late_cancel_cost="fee", late_cancel_fee=100_000)
    booking = paid_in_cash(db, studio)  # Rp 150,000
    clock.set(START - dt.timedelta(hours=2))
    seen = services.cancel_outcome(db, studio.desk, booking.id)
    assert (seen.fee_kept, seen.fee_owed, seen.refund_allowed) == (100_000, 0, 50_000)
    with pytest.raises(ValidationError, match="at most Rp 50,000 can be refunded"):
        services.cancel_booking(db, studio.desk, booking.id, reason="Lupa", refund=Refund(150_000, "cash"))
    services.cancel_booking(db, studio.desk, booking.id, reason="Lupa", refund=Refund(50_000, "cash"))
    assert fees(db) == [(100_000, FeeState.KEPT)]


def test_a_late_cancel_costing_the_credit_keeps_the_money(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio)
    booking = paid_in_cash(db, studio)
    clock.set(START - dt.timedelta(hours=2))
    with pytest.raises(ValidationError, match="at most Rp 0 can be refunded"):
        services.cancel_booking(db, studio.desk, booking.id, reason="Lupa", refund=Refund(10_000, "cash"))
    assert services.cancel_booking(
        db, studio.desk, booking.id, reason="Lupa", refund=NO_REFUND
    ).paid_total == 150_000


def test_an_admin_may_waive_the_rules_with_a_reason_and_no_one_else(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio)
    pack, booking = with_pack(db, studio)
    clock.set(START - dt.timedelta(hours=2))
    with pytest.raises(Forbidden):
        services.cancel_booking(db, studio.desk, booking.id, reason="Banjir", waive_reason="Jalan ditutup")
    services.cancel_booking(db, studio.admin, booking.id, reason="Banjir", waive_reason="Jalan ditutup")
    assert services.get_pack(db, studio.desk, pack).balance == 10
    with db.engine.connect() as connection:
        waived = connection.execute(select(RuleOutcome.waived, RuleOutcome.waiver_reason)).one()
    assert tuple(waived) == (True, "Jalan ditutup")
    reason = str(services.booking_details(db, booking.id).history[-1].reason)
    assert reason.endswith("Waived by Dewi (admin): Jalan ditutup")


def test_a_no_show_fee_gives_the_credit_back_and_a_member_is_blocked(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio, no_show_cost="fee", no_show_fee=100_000, member_block_days=14)
    pack, booking = with_pack(db, studio)
    clock.set(START + dt.timedelta(minutes=15))
    seen = services.no_show_outcome(db, studio.coach_a_actor, booking.id)
    assert (seen.fee_owed, seen.credit, seen.block_until) == (100_000, CreditFate.RETURNED, None)
    done = services.record_no_show(db, studio.coach_a_actor, booking.id)
    assert done.status is BookingStatus.DONE and done.no_show
    assert services.get_pack(db, studio.desk, pack).balance == 10
    assert fees(db) == [(100_000, FeeState.OWED)]
    member, visit = with_pack_at(db, studio, "2025-10-26")
    clock.set(dt.datetime(2025, 10, 26, 10, 15, tzinfo=JAKARTA))
    seen = services.no_show_outcome(db, studio.admin, visit.id)
    assert seen.block_until == dt.date(2025, 11, 8)
    services.record_no_show(db, studio.admin, visit.id)
    with pytest.raises(ValidationError, match=f"Membership #{member} cannot book until after 08 Nov 2025"):
        services.book_with_pack(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                date="2025-10-27", start_time="10:00", pack_id=member)


def with_pack_at(db: Database, studio: Studio, day: str) -> tuple[int, services.BookingView]:
    product = add_product(db, kind=ProductKind.MEMBERSHIP, max_active=2)
    member = services.sell_pack(db, studio.desk, client_id=studio.john, product_id=product,
                                method="cash").pack.id
    visit = services.book_with_pack(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=day,
                                    start_time="10:00", pack_id=member)
    return member, visit


def test_without_rules_a_no_show_keeps_the_credit_used(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    pack, booking = with_pack(db, studio)
    clock.set(START + dt.timedelta(minutes=15))
    services.record_no_show(db, studio.coach_a_actor, booking.id)
    assert services.get_pack(db, studio.desk, pack).balance == 9
    assert str(services.booking_details(db, booking.id).history[-1].reason) == "no-show"


def test_a_fee_is_collected_once_into_the_till_or_waived_by_an_admin(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio, late_cancel_cost="fee", late_cancel_fee=100_000)
    first, second = (services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga,
                                             date=DAY, start_time=start) for start in ("10:00", "12:00"))
    clock.set(START - dt.timedelta(hours=1))
    for booking in (first, second):
        services.cancel_booking(db, studio.desk, booking.id, reason="Lupa")
    owed = services.client_fees(db, studio.desk, studio.john, owed_only=True)
    paid = services.collect_fee(db, studio.desk, owed[0].id, method="cash", cash_tendered=150_000)
    assert (paid.change, paid.fee.state, paid.line.amount) == (50_000, FeeState.COLLECTED, 100_000)
    assert str(paid.fee.said) == "Rp 100,000 for a late cancel on 25 Oct 2025"
    assert 100_000 in [payment.amount for payment in services.client_history(db, studio.john).payments]
    with pytest.raises(ValidationError, match="no longer owed"):
        services.collect_fee(db, studio.desk, owed[0].id, method="cash")
    assert services.cash_up(db, studio.desk, "2025-10-25").net == 100_000
    with pytest.raises(Forbidden):
        services.waive_fee(db, studio.desk, owed[1].id, reason="Pelanggan lama")
    assert services.waive_fee(db, studio.admin, owed[1].id, reason="Pelanggan lama").state is FeeState.WAIVED


def test_an_unpaid_fee_blocks_new_bookings_when_the_studio_says_so(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio, late_cancel_cost="fee", late_cancel_fee=100_000)
    booking = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY,
                                      start_time="10:00")
    clock.set(START - dt.timedelta(hours=1))
    services.cancel_booking(db, studio.desk, booking.id, reason="Lupa")
    again = {"client_id": studio.john, "course_id": studio.yoga, "date": "2025-10-27", "start_time": "10:00"}
    services.update_settings(db, studio.admin, unpaid_fee_blocks_booking=True)
    with pytest.raises(ValidationError, match="John Doe owes Rp 100,000 in fees"):
        services.create_booking(db, studio.desk, **again)
    services.update_settings(db, studio.admin, unpaid_fee_blocks_booking=False)
    assert services.create_booking(db, studio.desk, **again).status is BookingStatus.PENDING


def test_the_database_moves_a_fee_only_by_its_payment_or_an_admins_waiver(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio, late_cancel_cost="fee", late_cancel_fee=100_000)
    booking = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY,
                                      start_time="10:00")
    clock.set(START - dt.timedelta(hours=1))
    services.cancel_booking(db, studio.desk, booking.id, reason="Lupa")
    fee = services.client_fees(db, studio.desk, studio.john)[0].id
    refused = (exc.IntegrityError, exc.OperationalError, exc.InternalError, exc.ProgrammingError)
    for sql in (
        f"UPDATE fees SET state = 'waived' WHERE id = {fee}",
        f"UPDATE fees SET amount = 1 WHERE id = {fee}",
        f"DELETE FROM fees WHERE id = {fee}",
        f"INSERT INTO fee_waivers (fee_id, reason, actor_id, at) VALUES ({fee}, 'x', {studio.desk.staff_id}, "
        "'2025-10-25 02:00:00')",
        f"UPDATE rule_outcomes SET waived = true, waiver_reason = 'x' WHERE booking_id = {booking.id}",
    ):
        before = snapshot(db)
        with pytest.raises(refused), db.engine.begin() as connection:
            connection.execute(text(sql))
        assert snapshot(db) == before, sql


def test_the_fees_report_says_what_was_charged_kept_collected_waived_and_owed(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio, late_cancel_cost="fee", late_cancel_fee=100_000)
    made = [services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY,
                                    start_time=start) for start in ("08:00", "10:00", "12:00")]
    kept = services.mark_paid(db, studio.desk, made[2].id, method="cash").booking
    clock.set(START - dt.timedelta(hours=3))
    for booking in made[:2]:
        services.cancel_booking(db, studio.desk, booking.id, reason="Lupa")
    services.cancel_booking(db, studio.desk, kept.id, reason="Lupa", refund=Refund(50_000, "cash"))
    owed = services.client_fees(db, studio.desk, studio.john, owed_only=True)
    services.collect_fee(db, studio.desk, owed[0].id, method="cash")
    services.waive_fee(db, studio.admin, owed[1].id, reason="Sakit")
    report = services.fees_report(db, studio.desk, "2025-10-25", "2025-10-25")
    assert (report.charged, report.kept, report.collected, report.waived, report.owed_now) == (
        300_000, 100_000, 100_000, 100_000, 0
    )
    assert len(report.fees) == 3
    with pytest.raises(Forbidden):
        services.fees_report(db, studio.coach_a_actor, "2025-10-25", "2025-10-25")


def test_a_late_cancel_after_the_pack_was_refunded_keeps_its_balance_at_zero(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    rules(db, studio)
    pack, booking = with_pack(db, studio)
    services.refund_pack(db, studio.desk, pack, method="cash")
    clock.set(START - dt.timedelta(hours=2))
    services.cancel_booking(db, studio.desk, booking.id, reason="Macet")
    assert services.get_pack(db, studio.desk, pack).balance == 0
    assert kinds(db, booking.id) == [CreditKind.USED, CreditKind.RETURNED, CreditKind.FORFEITED]


def test_a_no_show_paid_with_money_under_rules_keeps_the_money_and_without_rules_says_no_show(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    booking = paid_in_cash(db, studio)
    clock.set(START + dt.timedelta(minutes=15))
    assert services.no_show_outcome(db, studio.admin, booking.id).summary.template == "No-show: it costs nothing."
    services.record_no_show(db, studio.admin, booking.id)
    assert str(services.booking_details(db, booking.id).history[-1].reason) == "no-show"
    rules(db, studio, no_show_cost="fee", no_show_fee=100_000)
    other = services.create_booking(db, studio.desk, client_id=studio.jane, course_id=studio.yoga, date=DAY,
                                    start_time="12:00")
    services.mark_paid(db, studio.desk, other.id, method="cash")
    clock.set(START + dt.timedelta(hours=2, minutes=15))
    seen = services.no_show_outcome(db, studio.admin, other.id)
    assert (seen.cost, seen.fee_owed, str(seen.summary)) == (RuleCost.CREDIT, 0, "No-show: the money paid is kept.")
