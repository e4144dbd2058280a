"""Selling packs and memberships, and paying for sessions with them (issue 17), on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc, select, text

from studio_desk import services
from studio_desk.models import CreditKind, CreditLine, Payment, ProductKind, ProductScope, ValidFrom
from studio_desk.services import BookingStatus, Database, PackState, ValidationError
from studio_desk.services.outbox import WebPayment
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

DAY = "2025-10-25"


def sell(db: Database, studio: Studio, product: int, client: int | None = None) -> services.PackView:
    return services.sell_pack(
        db, studio.desk, client_id=client or studio.john, product_id=product, method="cash",
        cash_tendered=2_000_000,
    ).pack


def book(db: Database, studio: Studio, start: str, *, course: int | None = None, pack: int | None = None,
         client: int | None = None, day: str = DAY) -> services.BookingView:
    return services.book_with_pack(
        db, studio.desk, client_id=client or studio.john, course_id=course or studio.yoga, date=day,
        start_time=start, pack_id=pack,
    )


def lines(db: Database, pack: int) -> list[tuple[CreditKind, int, int | None]]:
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(CreditLine.kind, CreditLine.delta, CreditLine.booking_id)
            .where(CreditLine.pack_id == pack).order_by(CreditLine.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_a_sale_is_a_pack_with_its_credits_and_a_payment_line(db: Database, studio: Studio) -> None:
    product = add_product(db, valid_days=30)
    sale = services.sell_pack(
        db, studio.desk, client_id=studio.john, product_id=product, method="cash", cash_tendered=1_500_000,
    )
    pack = sale.pack
    assert (pack.balance, pack.sessions, pack.price, pack.state) == (10, 10, 1_200_000, PackState.OPEN)
    # Sold on 24 October (Jakarta) for 30 days: good through 22 November.
    assert pack.expires_at == dt.datetime(2025, 11, 23, tzinfo=JAKARTA)
    assert pack.last_day == dt.date(2025, 11, 22)
    assert sale.change == 300_000 and sale.line is not None and sale.line.receipt_number is not None
    with db.engine.connect() as connection:
        line = connection.execute(select(Payment.booking_id, Payment.pack_id, Payment.amount)).all()[-1]
    assert tuple(line) == (None, pack.id, 1_200_000)
    assert lines(db, pack.id) == [(CreditKind.BOUGHT, 10, None)]
    assert services.client_packs(db, studio.desk, studio.john) == [pack]


def test_a_discounted_sale_keeps_what_was_paid_as_the_packs_price(db: Database, studio: Studio) -> None:
    product = add_product(db)
    pack = services.sell_pack(
        db, studio.desk, client_id=studio.jane, product_id=product, method="card", reference="EDC-1",
        amount="1.000.000",
    ).pack
    assert pack.price == 1_000_000
    with pytest.raises(ValidationError, match="more than the price"):
        services.sell_pack(db, studio.desk, client_id=studio.jane, product_id=product, method="cash",
                           amount=1_300_000)


def test_booking_with_a_pack_is_paid_at_once_with_one_credit(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db))
    booking = book(db, studio, "10:00")
    assert booking.status is BookingStatus.PAID and booking.paid_total == 0
    assert booking.paid_with_pack == pack.id == services.get_booking(db, booking.id).paid_with_pack
    assert services.get_pack(db, studio.desk, pack.id).balance == 9
    history = services.booking_details(db, booking.id).history
    assert str(history[-1].reason) == f"Paid with pack #{pack.id}"
    assert lines(db, pack.id)[-1] == (CreditKind.USED, -1, booking.id)


def test_a_cancel_in_time_gives_the_credit_back(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db))
    booking = book(db, studio, "10:00")
    canceled = services.cancel_booking(db, studio.desk, booking.id, reason="ill")
    assert canceled.status is BookingStatus.CANCELED
    assert services.get_pack(db, studio.desk, pack.id).balance == 10
    assert lines(db, pack.id)[-1] == (CreditKind.RETURNED, 1, booking.id)
    with pytest.raises(ValidationError, match="nothing to refund"):
        other = book(db, studio, "12:00")
        services.cancel_booking(db, studio.desk, other.id, reason="ill", refund=services.Refund(1000, "cash"))


def test_the_pack_that_ends_first_is_used_unless_another_is_chosen(db: Database, studio: Studio) -> None:
    later = sell(db, studio, add_product(db, valid_days=90))
    sooner = sell(db, studio, add_product(db, valid_days=30))
    first = book(db, studio, "08:00")
    assert services.get_pack(db, studio.desk, sooner.id).balance == 9
    book(db, studio, "10:00", pack=later.id)
    assert services.get_pack(db, studio.desk, later.id).balance == 9
    choices = services.usable_packs(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY,
                                    start_time="12:00")
    assert [choice.pack.id for choice in choices] == [sooner.id, later.id]
    assert first.status is BookingStatus.PAID


def test_a_used_up_pack_says_so_and_saves_nothing(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db, sessions=1))
    book(db, studio, "08:00")
    before = snapshot(db)
    with pytest.raises(ValidationError, match=f"Pack #{pack.id} has no sessions left"):
        book(db, studio, "10:00")
    with pytest.raises(ValidationError, match="Jane Roe has no pack that can pay"):
        book(db, studio, "10:00", client=studio.jane)
    with pytest.raises(ValidationError, match=f"Pack #{pack.id} has no sessions left"):
        book(db, studio, "10:00", pack=pack.id)
    assert snapshot(db) == before  # no pending booking left behind
    assert services.get_pack(db, studio.desk, pack.id).state is PackState.USED_UP


def test_a_pack_for_other_courses_or_another_client_cannot_pay(db: Database, studio: Studio) -> None:
    pilates_only = sell(db, studio, add_product(db, scope=ProductScope.COURSES, course_ids=(studio.pilates,)))
    with pytest.raises(ValidationError, match="is not for Yoga Pemula"):
        book(db, studio, "10:00", pack=pilates_only.id)
    coach_b = sell(db, studio, add_product(db, scope=ProductScope.COACH, coach_id=studio.coach_b))
    with pytest.raises(ValidationError, match="is not for Yoga Pemula"):
        book(db, studio, "10:00", pack=coach_b.id)
    assert book(db, studio, "10:00", course=studio.hiit, pack=coach_b.id).status is BookingStatus.PAID
    janes = sell(db, studio, add_product(db), client=studio.jane)
    with pytest.raises(ValidationError, match="belongs to another client"):
        book(db, studio, "12:00", pack=janes.id)


def test_an_expired_pack_says_when(db: Database, studio: Studio, clock: SettableClock) -> None:
    pack = sell(db, studio, add_product(db, valid_days=1))  # good through 24 October
    with pytest.raises(ValidationError, match="ends on 24 Oct 2025, before this session"):
        book(db, studio, "10:00")
    clock.advance(days=2)
    with pytest.raises(ValidationError, match="expired on 24 Oct 2025"):
        book(db, studio, "10:00", pack=pack.id, day="2025-10-27")


def test_a_pack_valid_from_its_first_use_starts_then(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    pack = sell(db, studio, add_product(db, valid_from=ValidFrom.FIRST_USE, valid_days=7))
    assert pack.expires_at is None and pack.state is PackState.NOT_STARTED
    clock.advance(days=3)  # first used on 27 October
    book(db, studio, "10:00", day="2025-10-28")
    used = services.get_pack(db, studio.desk, pack.id)
    assert used.expires_at == dt.datetime(2025, 11, 3, tzinfo=JAKARTA)


def test_a_membership_holds_at_most_its_limit_of_open_bookings(db: Database, studio: Studio) -> None:
    member = sell(db, studio,
                  add_product(db, name="Unlimited month", kind=ProductKind.MEMBERSHIP, max_active=2))
    first = book(db, studio, "08:00")
    book(db, studio, "10:00")
    with pytest.raises(ValidationError, match="already has 2 of 2 bookings open"):
        book(db, studio, "12:00")
    services.cancel_booking(db, studio.desk, first.id, reason="moved")
    book(db, studio, "12:00")
    held = services.get_pack(db, studio.desk, member.id)
    assert (held.balance, held.active_bookings) == (0, 2)


def test_the_web_hears_package_and_the_packs_number(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db))
    booking = book(db, studio, "10:00")
    from studio_desk.services import outbox
    from studio_desk.services.unit_of_work import run_read

    assert run_read(db, lambda session: outbox.last_payment(session, booking.id)) == WebPayment(
        None, None, pack_id=pack.id
    )


def test_the_database_keeps_the_counters_to_the_ledger(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db, sessions=1))
    booking = book(db, studio, "08:00")
    other = services.create_booking(db, studio.desk, client_id=studio.john, course_id=studio.yoga, date=DAY,
                                    start_time="10:00")
    refused = (exc.IntegrityError, exc.OperationalError, exc.InternalError, exc.ProgrammingError)
    for sql in (
        f"UPDATE packs SET balance = 5 WHERE id = {pack.id}",
        f"UPDATE packs SET price = 1 WHERE id = {pack.id}",
        f"DELETE FROM credit_lines WHERE pack_id = {pack.id}",
        f"UPDATE credit_lines SET delta = 5 WHERE pack_id = {pack.id}",
        f"DELETE FROM packs WHERE id = {pack.id}",
        # a second credit for one booking, and a credit the pack does not have
        "INSERT INTO credit_lines (pack_id, kind, delta, booking_id, at) "
        f"VALUES ({pack.id}, 'used', -1, {booking.id}, '2025-10-24 01:00:00')",
        "INSERT INTO credit_lines (pack_id, kind, delta, booking_id, at) "
        f"VALUES ({pack.id}, 'used', -1, {other.id}, '2025-10-24 01:00:00')",
        "INSERT INTO credit_lines (pack_id, kind, delta, at, reason) "
        f"VALUES ({pack.id}, 'adjusted', -3, '2025-10-24 01:00:00', 'x')",
        "INSERT INTO payments (amount, method, taken_at, receipt_number) "
        "VALUES (5, 'cash', '2025-10-24 01:00:00', 99)",
    ):
        before = snapshot(db)
        with pytest.raises(refused), db.engine.begin() as connection:
            connection.execute(text(sql))
        assert snapshot(db) == before, sql


def test_a_sale_is_in_the_takings_the_export_and_the_clients_history(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db, name="Paket 10 sesi"))
    lines_ = services.payment_lines(db, studio.admin, "2025-10-24", "2025-10-24")
    assert [
        (line.pack_id, line.booking_id, line.client_name, line.course_title, line.amount) for line in lines_
    ] == [(pack.id, None, "John Doe", "Paket 10 sesi", 1_200_000)]
    takings = services.takings_by_day(db, studio.desk, "2025-10-24", "2025-10-24")
    assert takings[0].total == 1_200_000
    assert services.cash_up(db, studio.desk, "2025-10-24").net == 1_200_000
    assert [payment.amount for payment in services.client_history(db, studio.john).payments] == [1_200_000]


def test_merging_clients_moves_their_packs(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db), client=studio.jane)
    services.merge_clients(db, studio.admin, studio.john, studio.jane)
    assert services.get_pack(db, studio.desk, pack.id).client_id == studio.john
    assert book(db, studio, "10:00").status is BookingStatus.PAID


def test_the_partial_unique_indexes_are_in_place(db: Database) -> None:
    from sqlalchemy import inspect

    with db.engine.connect() as connection:
        inspector = inspect(connection)
        names = {index["name"] for index in inspector.get_indexes("credit_lines")}
        names |= {index["name"] for index in inspector.get_indexes("payments")}
    assert {
        "uq_credit_lines_used_booking", "uq_credit_lines_returned_booking",
        "uq_credit_lines_forfeited_booking", "uq_credit_lines_bought_pack", "uq_payments_fee_collected",
    } <= names


def test_a_move_keeps_the_credit_within_the_packs_days_and_scope(db: Database, studio: Studio) -> None:
    pack = sell(db, studio, add_product(db, sessions=1, valid_days=3))  # good through 26 October
    booking = book(db, studio, "10:00")  # its only credit
    moved = services.reschedule_booking(db, studio.desk, booking.id, date="2025-10-26", start_time="09:00")
    assert moved.status is BookingStatus.PAID
    assert lines(db, pack.id)[-1] == (CreditKind.USED, -1, booking.id)  # nothing written
    with pytest.raises(ValidationError, match=f"Pack #{pack.id} ends on 26 Oct 2025, before this session"):
        services.reschedule_booking(db, studio.desk, booking.id, date="2025-10-27", start_time="09:00")
