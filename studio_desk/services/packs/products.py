"""The studio's products: packs of sessions and memberships, as an admin sets them up and every
desk reads them (issue 17).

A product is what the studio offers; a pack is one sold to a client, with its own copy of the
product's terms on the day of sale (models/packs.py). So a product changed or retired here
changes what is sold from then on, and no pack already sold.

Each refusal names the field it is about (errors.about_field), with these names, so that the
Products screen shows it next to that field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from studio_desk.db import Database
from studio_desk.models import (
    TITLE_LENGTH,
    Coach,
    Course,
    Product,
    ProductCourse,
    ProductKind,
    ProductScope,
    ValidFrom,
)
from studio_desk.services.arguments import yes_or_no
from studio_desk.services.bookings.permissions import require_admin
from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    Forbidden,
    NotFound,
    ValidationError,
    about_field,
)
from studio_desk.services.money.payments import parse_amount
from studio_desk.services.people.acting import checked_actor, run_read_as, run_write_as
from studio_desk.services.setup.settings import get_settings
from studio_desk.services.text import required_text
from studio_desk.services.views import Actor

# The fields a refusal may be about (the Products screen ties each to its field).
NAME = "the product's name"
KIND = "the kind"
SESSIONS = "the sessions"
AT_ONCE = "the bookings at once"
PRICE = "The price"  # parse_amount's own `what`
VALID_DAYS = "the days of validity"
VALID_FROM = "the start of validity"
SCOPE = "what it pays for"
COACH = "the coach"
COURSES = "the courses"
FREEZES = "the freezes"
FREEZE_DAYS = "the days of a freeze"

MAX_SESSIONS = 1000
MAX_AT_ONCE = 100
MAX_VALID_DAYS = 3660  # ten years and a day or two
MAX_FREEZES = 12
MAX_FREEZE_DAYS = 365
# A studio has a few dozen courses; a longer list is a caller's mistake, not a product.
MAX_COURSES = 500

PRODUCT_NOT_FOUND = QT_TRANSLATE_NOOP("services", "Product not found")

E = TypeVar("E", ProductKind, ValidFrom, ProductScope)


@dataclass(frozen=True)
class ProductView:
    """A product as the desk shows it. `sessions` is a pack's number of sessions, `max_active` a
    membership's limit of bookings at once (the other is None); `course_ids` and
    `course_titles` (in the same order, by title) are the courses of a product of scope
    `courses`, and `coach_name` the coach of one of scope `coach`."""

    id: int
    kind: ProductKind
    name: str
    sessions: int | None
    max_active: int | None
    valid_days: int
    valid_from: ValidFrom
    price: int
    scope: ProductScope
    coach_id: int | None
    coach_name: str | None
    course_ids: tuple[int, ...]
    course_titles: tuple[str, ...]
    freezes_allowed: int
    freeze_days_max: int
    active: bool


# Reading ---------------------------------------------------------------------------------------


def list_products(db: Database, actor: Actor, *, include_retired: bool = False) -> list[ProductView]:
    """The studio's products, those still sold first, then by name. Anyone signed in may read
    them (the front desk sells them); retired ones only with `include_retired`."""
    _require_signed_in(actor)
    include_retired = yes_or_no(include_retired)

    def work(session: Session) -> list[ProductView]:
        query = select(Product)
        if not include_retired:
            query = query.where(Product.active.is_(True))
        views = _views(session, list(session.scalars(query)))
        return sorted(views, key=lambda view: (not view.active, view.name.casefold(), view.id))

    return run_read_as(db, actor, work)


def get_product(db: Database, actor: Actor, product_id: object) -> ProductView:
    _require_signed_in(actor)
    number = parse_id(product_id, "product")
    return run_read_as(db, actor, lambda session: _view(session, number))


def _require_signed_in(actor: object) -> None:
    if actor is None:
        raise Forbidden(QT_TRANSLATE_NOOP("services", "Sign in to see the studio's products."))
    checked_actor(actor)


def _view(session: Session, product_id: int) -> ProductView:
    product = session.get(Product, product_id, populate_existing=True)
    if product is None:
        raise NotFound(PRODUCT_NOT_FOUND)
    return _views(session, [product])[0]


def _views(session: Session, products: list[Product]) -> list[ProductView]:
    coach_ids = {product.coach_id for product in products if product.coach_id is not None}
    coach_names: dict[int, str] = {}
    if coach_ids:
        for coach in session.execute(select(Coach.id, Coach.name).where(Coach.id.in_(coach_ids))):
            coach_names[coach.id] = coach.name
    courses: dict[int, list[tuple[str, int]]] = {product.id: [] for product in products}
    if products:
        rows = session.execute(
            select(ProductCourse.product_id, Course.id, Course.title)
            .join(Course, Course.id == ProductCourse.course_id)
            .where(ProductCourse.product_id.in_(courses))
        )
        for product_id, course_id, title in rows:
            courses[product_id].append((title, course_id))
    views = []
    for product in products:
        # By title, sorted here: the two databases collate text differently.
        listed = sorted(courses[product.id], key=lambda course: (course[0].casefold(), course[1]))
        views.append(
            ProductView(
                id=product.id,
                kind=product.kind,
                name=product.name,
                sessions=product.sessions,
                max_active=product.max_active,
                valid_days=product.valid_days,
                valid_from=product.valid_from,
                price=product.price,
                scope=product.scope,
                coach_id=product.coach_id,
                coach_name=coach_names.get(product.coach_id) if product.coach_id is not None else None,
                course_ids=tuple(course_id for _, course_id in listed),
                course_titles=tuple(title for title, _ in listed),
                freezes_allowed=product.freezes_allowed,
                freeze_days_max=product.freeze_days_max,
                active=product.active,
            )
        )
    return views


# What an admin types, checked ------------------------------------------------------------------


def _choice(value: object, kind: type[E], refusal: str, what: str) -> E:
    """A member of the enum `kind`, given as itself or as its word ("pack")."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        word = str.__str__(value).strip().lower()
        for member in kind:
            if member.value == word:
                return member
    raise about_field(ValidationError(refusal), what)


def _not_given(value: object) -> bool:
    """None, or a field left empty. Only plain spaces count as empty: a tab or any other
    invisible character is something given, and refused as no number."""
    return value is None or (isinstance(value, str) and not value.strip(" "))


def _whole_number(value: object, *, low: int, high: int, refusal: str, what: str) -> int:
    """An int from `low` to `high`, or the same as digits typed; never a bool. `refusal` has
    the fields {low} and {high}."""
    if isinstance(value, str):
        text = value.strip()
        # Python makes no int of thousands of digits; a dozen are already out of range.
        number = int(text) if text.isdigit() and text.isascii() and len(text) <= 12 else None
    elif isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        number = None
    if number is None or not low <= number <= high:
        raise about_field(ValidationError(refusal, low=low, high=high), what)
    return number


def _optional_number(value: object, *, low: int, high: int, refusal: str, what: str) -> int | None:
    if _not_given(value):
        return None
    return _whole_number(value, low=low, high=high, refusal=refusal, what=what)


def _sessions(value: object) -> int | None:
    return _optional_number(
        value, low=1, high=MAX_SESSIONS, what=SESSIONS,
        refusal=QT_TRANSLATE_NOOP(
            "services", "The number of sessions must be a whole number from {low} to {high}."
        ),
    )


def _at_once(value: object) -> int | None:
    return _optional_number(
        value, low=1, high=MAX_AT_ONCE, what=AT_ONCE,
        refusal=QT_TRANSLATE_NOOP(
            "services", "The bookings at once must be a whole number from {low} to {high}."
        ),
    )


def _valid_days(value: object) -> int:
    if _not_given(value):
        raise about_field(
            ValidationError(QT_TRANSLATE_NOOP("services", "Enter for how many days the product is valid.")),
            VALID_DAYS,
        )
    return _whole_number(
        value, low=1, high=MAX_VALID_DAYS, what=VALID_DAYS,
        refusal=QT_TRANSLATE_NOOP(
            "services", "The days of validity must be a whole number from {low} to {high}."
        ),
    )


def _freezes(value: object) -> int:
    """An empty field is no freeze at all."""
    number = _optional_number(
        value, low=0, high=MAX_FREEZES, what=FREEZES,
        refusal=QT_TRANSLATE_NOOP(
            "services", "The freezes allowed must be a whole number from {low} to {high}."
        ),
    )
    return number or 0


def _freeze_days(value: object) -> int:
    number = _optional_number(
        value, low=0, high=MAX_FREEZE_DAYS, what=FREEZE_DAYS,
        refusal=QT_TRANSLATE_NOOP(
            "services", "The days of a freeze must be a whole number from {low} to {high}."
        ),
    )
    return number or 0


def _course_ids(value: object) -> tuple[int, ...]:
    """Course numbers, as a list, tuple or set of them (each an int or its digits); each once."""
    if not isinstance(value, list | tuple | set | frozenset):
        raise about_field(
            ValidationError(QT_TRANSLATE_NOOP("services", "The courses must be a list of course numbers.")),
            COURSES,
        )
    if len(value) > MAX_COURSES:
        too_many = QT_TRANSLATE_NOOP("services", "A product can list at most {limit} courses.")
        raise about_field(ValidationError(too_many, limit=MAX_COURSES), COURSES)
    numbers: list[int] = []
    for item in _in_order(value):
        try:
            number = parse_id(item, "course")
        except ValidationError as refusal:
            raise about_field(refusal, COURSES) from None
        if number not in numbers:
            numbers.append(number)
    return tuple(numbers)


def _in_order(value: Iterable[object]) -> list[object]:
    # A set has no order of its own; the first refusal should not depend on one.
    if isinstance(value, set | frozenset):
        return sorted(value, key=repr)
    return list(value)


def _coach_id(value: object) -> int | None:
    if value is None:
        return None
    try:
        return parse_id(value, "coach")
    except ValidationError as refusal:
        raise about_field(refusal, COACH) from None


@dataclass(frozen=True)
class _Terms:
    """A product's fields as typed, checked one by one and against each other (not yet against
    the studio's coaches and courses: `check_against`)."""

    name: str
    sessions: int | None
    max_active: int | None
    price: int
    valid_days: int
    valid_from: ValidFrom
    scope: ProductScope
    coach_id: int | None
    course_ids: tuple[int, ...]
    freezes_allowed: int
    freeze_days_max: int

    @classmethod
    def checked(
        cls, db: Database, *, kind: ProductKind | None, name: object, sessions: object, max_active: object,
        price: object, valid_days: object, valid_from: object, scope: object, coach_id: object,
        course_ids: object, freezes_allowed: object, freeze_days_max: object,
    ) -> _Terms:
        """In the order of the Products screen's fields, so a person meets the first refusal
        first. With `kind` None (a change: the kind is the stored product's), what depends on
        the kind is left to `check_kind`."""
        clean_name = required_text(name, what="the product's name", max_length=TITLE_LENGTH)
        clean_sessions, clean_at_once = _sessions(sessions), _at_once(max_active)
        if kind is not None:
            _check_kind(kind, clean_sessions, clean_at_once)
        clean_price = parse_amount(price, what="The price", currency=get_settings(db).currency)
        days = _valid_days(valid_days)
        starts = _choice(
            valid_from, ValidFrom,
            QT_TRANSLATE_NOOP(
                "services", "Choose when the days of validity start: at the sale or at the first booking."
            ),
            VALID_FROM,
        )
        clean_scope = _choice(
            scope, ProductScope,
            QT_TRANSLATE_NOOP(
                "services",
                "Choose what the product pays for: every course, one coach's courses, or the courses listed.",
            ),
            SCOPE,
        )
        coach, courses = _coach_id(coach_id), _course_ids(course_ids)
        _check_scope(clean_scope, coach, courses)
        freezes, freeze_days = _freezes(freezes_allowed), _freeze_days(freeze_days_max)
        _check_freezes(freezes, freeze_days)
        return cls(
            name=clean_name, sessions=clean_sessions, max_active=clean_at_once, price=clean_price,
            valid_days=days, valid_from=starts, scope=clean_scope, coach_id=coach, course_ids=courses,
            freezes_allowed=freezes, freeze_days_max=freeze_days,
        )

    def check_kind(self, kind: ProductKind) -> None:
        _check_kind(kind, self.sessions, self.max_active)

    def check_against(self, session: Session) -> None:
        """The coach or the courses it pays for exist and are still offered."""
        check_offered(session, self.coach_id, self.course_ids)

    def columns(self) -> dict[str, object]:
        return {
            "name": self.name, "sessions": self.sessions, "max_active": self.max_active, "price": self.price,
            "valid_days": self.valid_days, "valid_from": self.valid_from, "scope": self.scope,
            "coach_id": self.coach_id, "freezes_allowed": self.freezes_allowed,
            "freeze_days_max": self.freeze_days_max,
        }


_PACK_NEEDS_SESSIONS = QT_TRANSLATE_NOOP("services", "Enter how many sessions the pack holds.")
_PACK_HAS_NO_LIMIT = QT_TRANSLATE_NOOP(
    "services", "A pack has a number of sessions, not a limit of bookings at once."
)
_MEMBERSHIP_NEEDS_LIMIT = QT_TRANSLATE_NOOP("services", "Enter how many bookings a member may hold at once.")
_MEMBERSHIP_HAS_NO_SESSIONS = QT_TRANSLATE_NOOP(
    "services", "A membership has no number of sessions, only a limit of bookings at once."
)
_CHOOSE_COACH = QT_TRANSLATE_NOOP("services", "Choose the coach whose courses the product pays for.")
_NO_COACH = QT_TRANSLATE_NOOP("services", "Only a product for one coach's courses names a coach.")
_CHOOSE_COURSES = QT_TRANSLATE_NOOP("services", "Choose at least one course the product pays for.")
_NO_COURSES = QT_TRANSLATE_NOOP("services", "Only a product for the courses listed lists courses.")
_FREEZE_NEEDS_DAYS = QT_TRANSLATE_NOOP("services", "Enter for how many days at most each freeze may last.")
_DAYS_NEED_FREEZE = QT_TRANSLATE_NOOP(
    "services", "Allow at least one freeze, or set the days of a freeze to 0."
)


def _refusal(template: str, what: str) -> ValidationError:
    """A refusal (a template without fields) about the field `what`."""
    return about_field(ValidationError(template), what)


def _check_kind(kind: ProductKind, sessions: int | None, at_once: int | None) -> None:
    """A pack holds a number of sessions; a membership a limit of bookings at once."""
    if kind is ProductKind.PACK:
        if sessions is None:
            raise _refusal(_PACK_NEEDS_SESSIONS, SESSIONS)
        if at_once is not None:
            raise _refusal(_PACK_HAS_NO_LIMIT, AT_ONCE)
    else:
        if at_once is None:
            raise _refusal(_MEMBERSHIP_NEEDS_LIMIT, AT_ONCE)
        if sessions is not None:
            raise _refusal(_MEMBERSHIP_HAS_NO_SESSIONS, SESSIONS)


def _check_scope(scope: ProductScope, coach: int | None, courses: tuple[int, ...]) -> None:
    if scope is ProductScope.COACH and coach is None:
        raise _refusal(_CHOOSE_COACH, COACH)
    if scope is not ProductScope.COACH and coach is not None:
        raise _refusal(_NO_COACH, COACH)
    if scope is ProductScope.COURSES and not courses:
        raise _refusal(_CHOOSE_COURSES, COURSES)
    if scope is not ProductScope.COURSES and courses:
        raise _refusal(_NO_COURSES, COURSES)


def _check_freezes(freezes: int, days: int) -> None:
    if freezes and not days:
        raise _refusal(_FREEZE_NEEDS_DAYS, FREEZE_DAYS)
    if days and not freezes:
        raise _refusal(_DAYS_NEED_FREEZE, FREEZES)


def check_offered(session: Session, coach_id: int | None, course_ids: tuple[int, ...]) -> None:
    """The coach (scope `coach`) or the courses (scope `courses`) exist and still take bookings:
    a product is not offered for what the studio no longer gives."""
    if coach_id is not None:
        active = session.scalar(select(Coach.active).where(Coach.id == coach_id))
        if active is None:
            raise about_field(NotFound(QT_TRANSLATE_NOOP("services", "Coach not found")), COACH)
        if not active:
            raise about_field(
                ValidationError(QT_TRANSLATE_NOOP("services", "That coach no longer takes bookings.")), COACH
            )
    if course_ids:
        found = {
            row.id: row
            for row in session.execute(
                select(Course.id, Course.title, Course.active, Coach.active.label("coach_active"))
                .join(Coach, Coach.id == Course.coach_id)
                .where(Course.id.in_(course_ids))
            )
        }
        for course_id in course_ids:
            row = found.get(course_id)
            if row is None:
                raise about_field(NotFound(QT_TRANSLATE_NOOP("services", "Course not found")), COURSES)
            if not (row.active and row.coach_active):
                no_longer = QT_TRANSLATE_NOOP("services", "The course {course} is no longer offered.")
                raise about_field(ValidationError(no_longer, course=row.title), COURSES)


def _write_courses(session: Session, product_id: int, course_ids: tuple[int, ...]) -> None:
    session.execute(delete(ProductCourse).where(ProductCourse.product_id == product_id))
    if course_ids:
        session.execute(
            insert(ProductCourse), [{"product_id": product_id, "course_id": course} for course in course_ids]
        )


# Changing --------------------------------------------------------------------------------------


def create_product(
    db: Database,
    actor: Actor,
    *,
    kind: object,
    name: object,
    price: object,
    valid_days: object,
    valid_from: object = "sale",
    sessions: object = None,
    max_active: object = None,
    scope: object = "all",
    coach_id: object = None,
    course_ids: object = (),
    freezes_allowed: object = 0,
    freeze_days_max: object = 0,
) -> ProductView:
    """Offer a new product: a pack of `sessions` sessions, or a membership of unlimited sessions
    with at most `max_active` booked at once; valid `valid_days` days from the sale or from its
    first booking (`valid_from`), for every course, one coach's (`coach_id`) or those listed
    (`course_ids`), and frozen at most `freezes_allowed` times of `freeze_days_max` days each."""
    require_admin(actor, "add products")
    clean_kind = _choice(
        kind, ProductKind,
        QT_TRANSLATE_NOOP("services", "Choose whether the product is a pack or a membership."),
        KIND,
    )
    terms = _Terms.checked(
        db, kind=clean_kind, name=name, sessions=sessions, max_active=max_active, price=price,
        valid_days=valid_days, valid_from=valid_from, scope=scope, coach_id=coach_id,
        course_ids=course_ids, freezes_allowed=freezes_allowed, freeze_days_max=freeze_days_max,
    )

    def work(session: Session) -> ProductView:
        terms.check_against(session)
        product_id = session.execute(
            insert(Product)
            .values(kind=clean_kind, **terms.columns(), active=True, created_at=db.now())
            .returning(Product.id)
        ).scalar_one()
        _write_courses(session, product_id, terms.course_ids)
        return _view(session, product_id)

    return run_write_as(db, actor, work)


def update_product(
    db: Database,
    actor: Actor,
    product_id: object,
    *,
    name: object,
    price: object,
    valid_days: object,
    valid_from: object = "sale",
    sessions: object = None,
    max_active: object = None,
    scope: object = "all",
    coach_id: object = None,
    course_ids: object = (),
    freezes_allowed: object = 0,
    freeze_days_max: object = 0,
) -> ProductView:
    """Change a product's terms (every field but its kind, which stays: a pack does not become a
    membership). The new terms are for the packs sold from now on: each pack sold keeps its
    own copy of the terms it was sold with, its price, sessions, days and courses included."""
    require_admin(actor, "change products")
    number = parse_id(product_id, "product")
    terms = _Terms.checked(
        db, kind=None, name=name, sessions=sessions, max_active=max_active, price=price,
        valid_days=valid_days, valid_from=valid_from, scope=scope, coach_id=coach_id,
        course_ids=course_ids, freezes_allowed=freezes_allowed, freeze_days_max=freeze_days_max,
    )

    def work(session: Session) -> ProductView:
        # Locked: two admins changing its course list at once take turns.
        kind = session.scalar(select(Product.kind).where(Product.id == number).with_for_update())
        if kind is None:
            raise NotFound(PRODUCT_NOT_FOUND)
        terms.check_kind(kind)
        terms.check_against(session)
        session.execute(update(Product).where(Product.id == number).values(**terms.columns()))
        _write_courses(session, number, terms.course_ids)
        return _view(session, number)

    return run_write_as(db, actor, work)


def retire_product(db: Database, actor: Actor, product_id: object) -> ProductView:
    """Stop selling a product. The packs already sold keep working, on their own terms."""
    return _set_active(db, actor, product_id, active=False)


def restore_product(db: Database, actor: Actor, product_id: object) -> ProductView:
    """Sell a retired product again, if the coach or courses it pays for are still offered."""
    return _set_active(db, actor, product_id, active=True)


def _set_active(db: Database, actor: Actor, product_id: object, *, active: bool) -> ProductView:
    require_admin(actor, "change products")
    number = parse_id(product_id, "product")

    def work(session: Session) -> ProductView:
        product = session.execute(
            select(Product.coach_id).where(Product.id == number).with_for_update()
        ).first()
        if product is None:
            raise NotFound(PRODUCT_NOT_FOUND)
        if active:
            courses = session.scalars(
                select(ProductCourse.course_id).where(ProductCourse.product_id == number)
            ).all()
            check_offered(session, product.coach_id, tuple(sorted(courses)))
        session.execute(update(Product).where(Product.id == number).values(active=active))
        return _view(session, number)

    return run_write_as(db, actor, work)
