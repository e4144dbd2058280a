"""Products for tests of packs, written straight into the database (as an admin's screen would)."""

from __future__ import annotations

from sqlalchemy import insert

from studio_desk.models import Product, ProductCourse, ProductKind, ProductScope, ValidFrom
from studio_desk.services import Database


def add_product(
    db: Database, *, name: str = "10 sessions", kind: ProductKind = ProductKind.PACK,
    sessions: int | None = 10, max_active: int | None = None, valid_days: int = 60,
    valid_from: ValidFrom = ValidFrom.SALE, price: int = 1_200_000, scope: ProductScope = ProductScope.ALL,
    coach_id: int | None = None, course_ids: tuple[int, ...] = (), freezes_allowed: int = 0,
    freeze_days_max: int = 0,
) -> int:
    if kind is ProductKind.MEMBERSHIP:
        sessions, max_active = None, max_active or 2
    with db.engine.begin() as connection:
        product = connection.execute(
            insert(Product).returning(Product.id),
            {"kind": kind, "name": name, "sessions": sessions, "max_active": max_active,
             "valid_days": valid_days, "valid_from": valid_from, "price": price, "scope": scope,
             "coach_id": coach_id, "freezes_allowed": freezes_allowed, "freeze_days_max": freeze_days_max,
             "active": True, "created_at": db.now()},
        ).scalar_one()
        for course in course_ids:
            connection.execute(insert(ProductCourse), {"product_id": product, "course_id": course})
    return int(product)
