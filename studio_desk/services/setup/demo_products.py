"""The demo's products (issue 17): a pack for every course, a monthly membership and a pack for
the Pilates courses, so that the Products screen shows each kind and each scope but one.

Made through the products' own services after the bookings (and before the packs sold and the
till's day): nothing random is drawn, so the seed still makes the same studio.
"""

from __future__ import annotations

from studio_desk.db import Database
from studio_desk.models import ProductKind, ProductScope, ValidFrom
from studio_desk.services.packs import products
from studio_desk.services.packs.products import ProductView
from studio_desk.services.views import Actor, CourseView

PILATES = "Pilates"


def load_products(db: Database, admin: Actor, courses: list[CourseView]) -> list[ProductView]:
    """The three products, in that order (the demo's packs sell them)."""
    free = products.create_product(
        db, admin, kind=ProductKind.PACK, name="10 Sesi Bebas", sessions=10, price=1_350_000,
        valid_days=90, freezes_allowed=1, freeze_days_max=14,
    )
    member = products.create_product(
        db, admin, kind=ProductKind.MEMBERSHIP, name="Member Bulanan", max_active=2, price=900_000,
        valid_days=30, valid_from=ValidFrom.FIRST_USE,
    )
    pilates = [course.id for course in courses if PILATES in course.title]
    five = products.create_product(
        db, admin, kind=ProductKind.PACK, name="5 Sesi Pilates", sessions=5, price=1_000_000,
        valid_days=60, scope=ProductScope.COURSES, course_ids=pilates,
    )
    return [free, member, five]
