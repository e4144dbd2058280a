"""An admin sets up the studio's products (issue 17): packs of sessions and memberships, for every
course, one coach's or the courses listed; changes them, retires and restores them. Every
refusal is a sentence about one field, and writes nothing; the front desk may read, not change."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from studio_desk import services
from studio_desk.services import (
    Actor,
    Database,
    DomainError,
    Forbidden,
    NotFound,
    ProductKind,
    ProductScope,
    ProductView,
    ValidationError,
    ValidFrom,
)
from tests.support.snapshot import snapshot
from tests.support.studio import Studio

PACK: dict[str, Any] = {
    "kind": "pack", "name": "10 Sesi", "sessions": 10, "price": 1_200_000, "valid_days": 90,
}
MEMBERSHIP: dict[str, Any] = {
    "kind": "membership", "name": "Member Bulanan", "max_active": 2, "price": 750_000, "valid_days": 30,
}


def test_a_pack_for_every_course(db: Database, studio: Studio) -> None:
    made = services.create_product(db, studio.admin, **PACK)
    assert made == ProductView(
        id=made.id, kind=ProductKind.PACK, name="10 Sesi", sessions=10, max_active=None, valid_days=90,
        valid_from=ValidFrom.SALE, price=1_200_000, scope=ProductScope.ALL, coach_id=None, coach_name=None,
        course_ids=(), course_titles=(), freezes_allowed=0, freeze_days_max=0, active=True,
    )
    assert services.get_product(db, studio.desk, made.id) == made


def test_a_membership_for_one_coach(db: Database, studio: Studio) -> None:
    made = services.create_product(
        db, studio.admin, **MEMBERSHIP, scope=ProductScope.COACH, coach_id=str(studio.coach_b),
        valid_from="first_use", freezes_allowed="1", freeze_days_max=" 14 ",
    )
    assert (made.kind, made.sessions, made.max_active) == (ProductKind.MEMBERSHIP, None, 2)
    assert (made.scope, made.coach_id, made.coach_name) == (ProductScope.COACH, studio.coach_b, "Coach Sari")
    assert (made.valid_from, made.freezes_allowed, made.freeze_days_max) == (ValidFrom.FIRST_USE, 1, 14)


def test_a_pack_for_the_courses_listed_with_typed_numbers(db: Database, studio: Studio) -> None:
    made = services.create_product(
        db, studio.admin, kind=ProductKind.PACK, name="  5 Sesi Coach Smith ", sessions="5",
        price="Rp 600.000", valid_days="60", scope="courses",
        course_ids=[studio.yoga, str(studio.pilates), studio.yoga],
    )
    assert (made.name, made.sessions, made.price, made.valid_days) == ("5 Sesi Coach Smith", 5, 600_000, 60)
    # By title, each once.
    assert made.course_titles == ("Pilates", "Yoga Pemula")
    assert made.course_ids == (studio.pilates, studio.yoga)


SESSIONS = "The number of sessions must be a whole number from 1 to 1000."
DAYS = "The days of validity must be a whole number from 1 to 3660."
V, NF = ValidationError, NotFound
# (fields changed from PACK, the refusal's kind, its sentence, the field it is about)
BAD: list[tuple[dict[str, Any], type[DomainError], str, str | None]] = [
    ({"kind": "class"}, V, "Choose whether the product is a pack or a membership.", "the kind"),
    ({"kind": 1}, V, "Choose whether the product is a pack or a membership.", "the kind"),
    ({"name": "  "}, V, "Enter the product's name.", "the product's name"),
    ({"name": "x" * 121}, V, "The product's name is too long (121 characters; at most 120).",
     "the product's name"),
    ({"sessions": None}, V, "Enter how many sessions the pack holds.", "the sessions"),
    ({"sessions": ""}, V, "Enter how many sessions the pack holds.", "the sessions"),
    ({"sessions": 0}, V, SESSIONS, "the sessions"),
    ({"sessions": "1001"}, V, SESSIONS, "the sessions"),
    ({"sessions": "ten"}, V, SESSIONS, "the sessions"),
    ({"sessions": True}, V, SESSIONS, "the sessions"),
    ({"max_active": 2}, V, "A pack has a number of sessions, not a limit of bookings at once.",
     "the bookings at once"),
    ({"kind": "membership", "sessions": None}, V, "Enter how many bookings a member may hold at once.",
     "the bookings at once"),
    ({"kind": "membership", "sessions": None, "max_active": 101}, V,
     "The bookings at once must be a whole number from 1 to 100.", "the bookings at once"),
    ({"kind": "membership", "max_active": 3}, V,
     "A membership has no number of sessions, only a limit of bookings at once.", "the sessions"),
    ({"price": "-5"}, V, "The price cannot be negative.", "The price"),
    ({"price": "lots"}, V, "The price must be a number, like Rp 150,000.", "The price"),
    ({"valid_days": " "}, V, "Enter for how many days the product is valid.", "the days of validity"),
    ({"valid_days": 0}, V, DAYS, "the days of validity"),
    ({"valid_days": 3661}, V, DAYS, "the days of validity"),
    ({"valid_from": "tomorrow"}, V,
     "Choose when the days of validity start: at the sale or at the first booking.", "the start of validity"),
    ({"scope": "some"}, V,
     "Choose what the product pays for: every course, one coach's courses, or the courses listed.",
     "what it pays for"),
    ({"scope": "coach"}, V, "Choose the coach whose courses the product pays for.", "the coach"),
    ({"coach_id": 1}, V, "Only a product for one coach's courses names a coach.", "the coach"),
    ({"scope": "courses"}, V, "Choose at least one course the product pays for.", "the courses"),
    ({"course_ids": [1]}, V, "Only a product for the courses listed lists courses.", "the courses"),
    ({"scope": "coach", "coach_id": "abc"}, V, "'abc' is not a coach number.", "the coach"),
    ({"scope": "coach", "coach_id": 9999}, NF, "Coach not found", "the coach"),
    ({"scope": "courses", "course_ids": "1,2"}, V, "The courses must be a list of course numbers.",
     "the courses"),
    ({"scope": "courses", "course_ids": ["x"]}, V, "'x' is not a course number.", "the courses"),
    ({"scope": "courses", "course_ids": (9999,)}, NF, "Course not found", "the courses"),
    ({"freezes_allowed": 13}, V, "The freezes allowed must be a whole number from 0 to 12.", "the freezes"),
    ({"freezes_allowed": 1, "freeze_days_max": 366}, V,
     "The days of a freeze must be a whole number from 0 to 365.", "the days of a freeze"),
    ({"freezes_allowed": 1}, V, "Enter for how many days at most each freeze may last.",
     "the days of a freeze"),
    ({"freeze_days_max": 5}, V, "Allow at least one freeze, or set the days of a freeze to 0.",
     "the freezes"),
]


@pytest.mark.parametrize(("fields", "kind", "message", "about"), BAD, ids=[case[2][:40] for case in BAD])
def test_each_refusal_is_a_sentence_about_its_field_and_writes_nothing(
    db: Database, studio: Studio, fields: dict[str, Any], kind: type[DomainError], message: str,
    about: str | None,
) -> None:
    before = snapshot(db)
    with pytest.raises(kind, match=f"^{re.escape(message)}$") as refused:
        services.create_product(db, studio.admin, **{**PACK, **fields})
    assert refused.value.about == about
    assert snapshot(db) == before


def test_what_the_studio_no_longer_gives_is_refused(db: Database, studio: Studio) -> None:
    services.set_coach_active(db, studio.admin, studio.coach_b, active=False)
    course = services.get_course(db, studio.pilates)
    services.update_course(
        db, studio.admin, course.id, coach_id=course.coach_id, title=course.title,
        duration_minutes=course.duration_minutes, price=course.price, buffer_minutes=course.buffer_minutes,
        active=False,
    )
    with pytest.raises(ValidationError, match="^That coach no longer takes bookings.$"):
        services.create_product(db, studio.admin, **PACK, scope="coach", coach_id=studio.coach_b)
    with pytest.raises(ValidationError, match="^The course Pilates is no longer offered.$"):
        services.create_product(
            db, studio.admin, **PACK, scope="courses", course_ids=[studio.yoga, studio.pilates]
        )
    # A course of a coach who left is not offered either.
    with pytest.raises(ValidationError, match="^The course HIIT is no longer offered.$"):
        services.create_product(db, studio.admin, **PACK, scope="courses", course_ids=[studio.hiit])


def test_a_change_keeps_the_kind_and_replaces_the_courses(db: Database, studio: Studio) -> None:
    made = services.create_product(
        db, studio.admin, **PACK, scope="courses", course_ids=[studio.yoga, studio.pilates]
    )
    changed = services.update_product(
        db, studio.admin, made.id, name="12 Sesi", sessions=12, price="1.300.000", valid_days=120,
        valid_from="first_use", scope="courses", course_ids=(studio.hiit,), freezes_allowed=2,
        freeze_days_max=10,
    )
    assert changed == ProductView(
        id=made.id, kind=ProductKind.PACK, name="12 Sesi", sessions=12, max_active=None, valid_days=120,
        valid_from=ValidFrom.FIRST_USE, price=1_300_000, scope=ProductScope.COURSES, coach_id=None,
        coach_name=None, course_ids=(studio.hiit,), course_titles=("HIIT",), freezes_allowed=2,
        freeze_days_max=10, active=True,
    )
    everything = services.update_product(
        db, studio.admin, made.id, name="12 Sesi", sessions=12, price=1_300_000, valid_days=120
    )
    assert (everything.scope, everything.course_ids) == (ProductScope.ALL, ())

    before = snapshot(db)
    with pytest.raises(ValidationError, match="^A pack has a number of sessions, not a limit"):
        services.update_product(
            db, studio.admin, made.id, name="Member", sessions=12, max_active=2, price=1, valid_days=30
        )
    with pytest.raises(NotFound, match="^Product not found$"):
        services.update_product(db, studio.admin, 9999, name="Nobody", sessions=1, price=1, valid_days=1)
    with pytest.raises(ValidationError, match="^'x' is not a product number.$"):
        services.update_product(db, studio.admin, "x", name="Nobody", sessions=1, price=1, valid_days=1)
    assert snapshot(db) == before


def test_a_membership_stays_one(db: Database, studio: Studio) -> None:
    made = services.create_product(db, studio.admin, **MEMBERSHIP)
    with pytest.raises(ValidationError, match="^A membership has no number of sessions"):
        services.update_product(
            db, studio.admin, made.id, name="Member", sessions=8, max_active=2, price=1, valid_days=30
        )
    changed = services.update_product(
        db, studio.admin, made.id, name="Member", max_active="3", price=1, valid_days=30
    )
    assert (changed.kind, changed.max_active, changed.sessions) == (ProductKind.MEMBERSHIP, 3, None)


def test_retire_and_restore(db: Database, studio: Studio) -> None:
    made = services.create_product(db, studio.admin, **PACK, scope="coach", coach_id=studio.coach_b)
    retired = services.retire_product(db, studio.admin, made.id)
    assert not retired.active
    assert services.list_products(db, studio.desk) == []
    assert services.list_products(db, studio.desk, include_retired=True) == [retired]
    assert services.retire_product(db, studio.admin, made.id) == retired  # already retired: stays so

    # Not offered again for a coach who left meanwhile.
    services.set_coach_active(db, studio.admin, studio.coach_b, active=False)
    with pytest.raises(ValidationError, match="^That coach no longer takes bookings.$"):
        services.restore_product(db, studio.admin, made.id)
    services.set_coach_active(db, studio.admin, studio.coach_b, active=True)
    restored = services.restore_product(db, studio.admin, str(made.id))
    assert restored.active and services.list_products(db, studio.desk) == [restored]
    with pytest.raises(NotFound, match="^Product not found$"):
        services.retire_product(db, studio.admin, 9999)


def test_only_an_admin_changes_products_and_anyone_signed_in_reads_them(db: Database, studio: Studio) -> None:
    made = services.create_product(db, studio.admin, **PACK)
    before = snapshot(db)
    refusals: list[tuple[Callable[[Actor], object], str]] = [
        (lambda actor: services.create_product(db, actor, **PACK), "Only an admin can add products."),
        (lambda actor: services.update_product(
            db, actor, made.id, name="Mine", sessions=1, price=1, valid_days=1
        ), "Only an admin can change products."),
        (lambda actor: services.retire_product(db, actor, made.id), "Only an admin can change products."),
        (lambda actor: services.restore_product(db, actor, made.id), "Only an admin can change products."),
    ]
    for change, message in refusals:
        for actor in (studio.desk, studio.coach_a_actor):
            with pytest.raises(Forbidden, match=f"^{re.escape(message)}$"):
                change(actor)
    assert snapshot(db) == before
    for reader in (studio.desk, studio.coach_a_actor, studio.admin):
        assert services.list_products(db, reader) == [made]
        assert services.get_product(db, reader, made.id) == made
    with pytest.raises(Forbidden, match="^Sign in to see the studio's products.$"):
        services.list_products(db, None)  # type: ignore[arg-type]


def test_the_list_shows_what_is_sold_first_then_by_name(db: Database, studio: Studio) -> None:
    names = ["bulanan", "Zumba 8x", "akhir pekan", "Coba Dulu", "Anggota"]
    made = {name: services.create_product(db, studio.admin, **{**PACK, "name": name}) for name in names}
    services.retire_product(db, studio.admin, made["akhir pekan"].id)
    services.retire_product(db, studio.admin, made["Anggota"].id)
    listed = [product.name for product in services.list_products(db, studio.desk, include_retired=True)]
    assert listed == ["bulanan", "Coba Dulu", "Zumba 8x", "akhir pekan", "Anggota"]
    assert [product.name for product in services.list_products(db, studio.desk)] == listed[:3]
