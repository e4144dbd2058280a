"""Selling a pack or membership at the desk: the pack with its terms, its money and its credits."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    BookingAction,
    Client,
    CreditKind,
    CreditLine,
    Pack,
    PackCourse,
    Product,
    ProductCourse,
    ProductScope,
    ValidFrom,
)
from studio_desk.services.bookings.permissions import require
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from studio_desk.services.money.amounts import Money
from studio_desk.services.money.payments import (
    add_line,
    change_due,
    checked_tendered,
    clean_reference,
    parse_amount,
    parse_method,
)
from studio_desk.services.packs.reads import load_pack
from studio_desk.services.packs.views import PackSale, SaleOffer
from studio_desk.services.people.acting import run_read_as, run_write_as
from studio_desk.services.sentences import Sentence, to_json
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.studio_time import to_instant
from studio_desk.services.views import Actor, PaymentView

SOLD = QT_TRANSLATE_NOOP("services", "Sold: {product}")


def expiry_after(start: dt.datetime, valid_days: int, zone: ZoneInfo) -> dt.datetime:
    """When a pack valid `valid_days` from `start` stops: the start of the studio's local day
    after its last day (bought on 1 March for 30 days, it is good through 30 March)."""
    last_day = start.astimezone(zone).date() + dt.timedelta(days=valid_days)
    return to_instant(last_day, dt.time(0, 0), zone)


def products_for_sale(db: Database, actor: Actor) -> list[SaleOffer]:
    """The products the desk sells now (active ones), by name: for whoever may take money."""
    require(actor, BookingAction.PAY)

    def work(session: Session) -> list[SaleOffer]:
        on_sale = select(Product).where(Product.active.is_(True)).order_by(Product.name, Product.id)
        products = session.scalars(on_sale)
        return [
            SaleOffer(
                id=p.id, name=p.name, kind=p.kind, sessions=p.sessions, max_active=p.max_active,
                valid_days=p.valid_days, price=p.price,
            )
            for p in products
        ]

    return run_read_as(db, actor, work)


def sell_pack(
    db: Database,
    actor: Actor,
    *,
    client_id: object,
    product_id: object,
    method: object,
    reference: str | None = None,
    amount: object = None,
    cash_tendered: object = None,
) -> PackSale:
    """Sell a product to a client: the pack with a copy of the product's terms, its payment line
    (in the till like any other, with a receipt number) and its credits, all at once. `amount`
    defaults to the product's price and may be less (a discount), never more."""
    require(actor, BookingAction.PAY)
    client = parse_id(client_id, "client")
    product_number = parse_id(product_id, "product")
    how = parse_method(method)
    ref = clean_reference(how, reference)
    settings = get_settings(db)
    zone, currency = settings.zone, settings.currency
    given = None if amount is None else parse_amount(amount, currency=currency)
    tendered = checked_tendered(how, cash_tendered, currency)

    def work(session: Session) -> PackSale:
        product = session.get(Product, product_number)
        if product is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Product not found"))
        if not product.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("services", "{product} is no longer sold."), product=product.name
            )
        if session.get(Client, client) is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "Client not found"))
        taken = product.price if given is None else given
        if taken > product.price:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "services",
                    "The amount cannot be more than the price ({price}). Give change for the rest.",
                ),
                price=Money(product.price, currency),
            )
        if taken == 0 and product.price > 0:
            raise ValidationError(QT_TRANSLATE_NOOP("services", "Enter the amount paid."))
        change = None if tendered is None else change_due(taken, tendered, currency)
        now = db.now()
        pack_id = session.execute(
            insert(Pack).returning(Pack.id),
            {
                "client_id": client, "product_id": product.id, "kind": product.kind,
                "name": product.name, "sessions": product.sessions, "max_active": product.max_active,
                "valid_days": product.valid_days, "valid_from": product.valid_from,
                "price": taken, "scope": product.scope, "coach_id": product.coach_id,
                "freezes_allowed": product.freezes_allowed, "freeze_days_max": product.freeze_days_max,
                "sold_at": now, "sold_by_id": actor.staff_id, "first_used_at": None,
                "expires_at": expiry_after(now, product.valid_days, zone)
                if product.valid_from is ValidFrom.SALE else None,
                "closed_at": None, "balance": 0, "active_bookings": 0, "freezes_used": 0,
            },
        ).scalar_one()
        if product.scope is ProductScope.COURSES:
            courses = session.scalars(
                select(ProductCourse.course_id).where(ProductCourse.product_id == product.id)
            ).all()
            for course in courses:
                session.execute(insert(PackCourse), {"pack_id": pack_id, "course_id": course})
        line = None
        if taken:
            added = add_line(session, None, taken, how, ref, actor, now, zone, pack_id=pack_id)
            line = PaymentView(
                id=added.id, receipt_number=added.receipt_number, booking_id=None, amount=taken,
                method=how, reference=ref, taken_by=None if actor.staff_id is None else actor.name,
                taken_at=now.astimezone(zone),
            )
        sold = Sentence(SOLD, {"product": product.name})
        session.execute(
            insert(CreditLine),
            {
                "pack_id": pack_id, "kind": CreditKind.BOUGHT, "delta": product.sessions or 0,
                "booking_id": None, "payment_id": None if line is None else line.id,
                "reason": str(sold), "reason_words": to_json(sold), "actor_id": actor.staff_id, "at": now,
            },
        )
        return PackSale(load_pack(session, pack_id, now, zone), line, tendered, change)

    return run_write_as(db, actor, work)
