"""A studio with packs sold, used, canceled and ended, worked out by hand for the pack reports.

On Friday 24 October 2025 at 08:00 (Jakarta) the desk sells
- A: John, "10 sessions" for Rp 1,200,000 (60 days: last day 22 Dec), Rp 120,000 a session;
- B: Jane, the same for Rp 1,000,000 (a discount, by card), Rp 100,000 a session;
- C: John, the "Monthly" membership for Rp 900,000 (30 days: last day 22 Nov);
- D: Jane, "3 sessions" for Rp 300,000 (7 days: last day 30 Oct), Rp 100,000 a session;
- E: John, "4 sessions" for Rp 500,000 (1 day: last day 24 Oct), never used;
and books, each paid with its pack: John's yoga on 25 Oct at 10:00 (A, done), 27 Oct at 10:00
(A, still to come) and 28 Oct at 10:00 (A, canceled at once: the credit goes back); Jane's
pilates on 25 Oct at 08:00 (B, done); John's HIIT on 25 Oct at 11:00 (C, done: coach Sari);
Jane's yoga on 25 Oct at 12:00 (D, a no-show); and John's yoga on 25 Oct at 14:00, paid in cash
(Rp 150,000, done). The clock is then at 25 Oct 20:00.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from studio_desk import services
from studio_desk.models import CreditKind, CreditLine, Pack, PaymentMethod, ProductKind
from studio_desk.services import BookingView, Database
from studio_desk.services.money.payments import add_line
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio

SOLD_AT = dt.datetime(2025, 10, 24, 8, 0, tzinfo=JAKARTA)
EVENING = dt.datetime(2025, 10, 25, 20, 0, tzinfo=JAKARTA)


@dataclass(frozen=True)
class Sold:
    a: int
    b: int
    c: int
    d: int
    e: int
    to_come: BookingView  # John's yoga on 27 Oct, paid with A


def sell_and_use(db: Database, studio: Studio, clock: SettableClock) -> Sold:
    clock.set(SOLD_AT)
    ten = add_product(db, name="10 sessions", sessions=10, valid_days=60, price=1_200_000)
    monthly = add_product(db, name="Monthly", kind=ProductKind.MEMBERSHIP, valid_days=30, price=900_000)
    three = add_product(db, name="3 sessions", sessions=3, valid_days=7, price=300_000)
    four = add_product(db, name="4 sessions", sessions=4, valid_days=1, price=500_000)

    def sell(client: int, product: int, **how: object) -> int:
        payment = how or {"method": "cash"}
        return services.sell_pack(db, studio.desk, client_id=client, product_id=product, **payment).pack.id

    a = sell(studio.john, ten)
    b = sell(studio.jane, ten, method="card", reference="EDC-1", amount=1_000_000)
    c = sell(studio.john, monthly)
    d = sell(studio.jane, three)
    e = sell(studio.john, four)

    def book(client: int, course: int, day: str, start: str, pack: int) -> BookingView:
        return services.book_with_pack(
            db, studio.desk, client_id=client, course_id=course, date=day, start_time=start, pack_id=pack
        )

    a_done = book(studio.john, studio.yoga, "2025-10-25", "10:00", a)
    to_come = book(studio.john, studio.yoga, "2025-10-27", "10:00", a)
    canceled = book(studio.john, studio.yoga, "2025-10-28", "10:00", a)
    services.cancel_booking(db, studio.desk, canceled.id, reason="Changed plans")
    b_done = book(studio.jane, studio.pilates, "2025-10-25", "08:00", b)
    c_done = book(studio.john, studio.hiit, "2025-10-25", "11:00", c)
    d_absent = book(studio.jane, studio.yoga, "2025-10-25", "12:00", d)
    cash = services.create_booking(
        db, studio.desk, client_id=studio.john, course_id=studio.yoga, date="2025-10-25", start_time="14:00"
    )
    services.mark_paid(db, studio.desk, cash.id, method="cash")

    for booking in (b_done, a_done, c_done, d_absent, cash):
        services.confirm_booking(db, studio.admin, booking.id)
    for booking in (b_done, a_done, c_done):
        clock.set(booking.end_at)
        services.complete_booking(db, studio.admin, booking.id)
    clock.set(d_absent.start_at + dt.timedelta(minutes=20))
    services.record_no_show(db, studio.admin, d_absent.id)
    clock.set(cash.end_at)
    services.complete_booking(db, studio.admin, cash.id)
    clock.set(EVENING)
    return Sold(a, b, c, d, e, to_come)


def write_expired(db: Database, pack: int, credits: int, at: dt.datetime) -> None:
    """What the expiry of a pack writes (another part of the desk): its credits left, ended."""
    with db.engine.begin() as connection:
        connection.execute(
            insert(CreditLine),
            {"pack_id": pack, "kind": CreditKind.EXPIRED, "delta": -credits, "booking_id": None,
             "payment_id": None, "reason": "Expired", "reason_words": None, "actor_id": None, "at": at},
        )


def refund_and_close(db: Database, studio: Studio, pack: int, amount: int, at: dt.datetime) -> None:
    """What a refund of a pack writes (another part of the desk): the money back, the pack closed."""
    with Session(db.engine) as session, session.begin():
        add_line(session, None, -amount, PaymentMethod.CASH, None, studio.admin, at, JAKARTA, pack_id=pack)
        session.execute(update(Pack).where(Pack.id == pack).values(closed_at=at))
