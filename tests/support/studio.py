"""The studio every integration test starts from, built once per run into a template database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_desk import services
from studio_desk.services import Actor, Database, StaffRole

FIRST_DAY = dt.date(2025, 10, 20)
LAST_DAY = dt.date(2025, 11, 30)
OPENS, CLOSES = "07:00", "21:00"


@dataclass(frozen=True)
class Studio:
    coach_a: int
    coach_b: int
    yoga: int  # coach A, 60 min, Rp 150,000, no buffer
    pilates: int  # coach A, 45 min, Rp 200,000, 15 min buffer
    hiit: int  # coach B, 60 min, Rp 175,000
    john: int
    jane: int
    admin: Actor
    desk: Actor  # a receptionist
    coach_a_actor: Actor
    coach_b_actor: Actor

    YOGA_PRICE = 150_000


PINS = {"admin": "1111", "desk": "2222", "coach_a": "3333", "coach_b": "4444"}


def build_studio(db: Database) -> Studio:
    def person(name: str, role: StaffRole, pin: str, coach_id: int | None = None) -> Actor:
        made = services.create_staff(db, admin, name=name, role=role, pin=pin, coach_id=coach_id)
        return Actor(made.id, made.name, made.role, made.coach_id)

    # A new studio's first person is its admin, made with no one signed in.
    first = services.create_staff(db, None, name="Dewi (admin)", role=StaffRole.ADMIN, pin=PINS["admin"])
    admin: Actor = Actor(first.id, first.name, first.role)
    coach_a = services.create_coach(db, admin, name="Coach Smith")
    coach_b = services.create_coach(db, admin, name="Coach Sari")
    yoga = services.create_course(
        db, admin, coach_id=coach_a.id, title="Yoga Pemula", duration_minutes=60, price=150_000
    )
    pilates = services.create_course(
        db, admin, coach_id=coach_a.id, title="Pilates", duration_minutes=45, price=200_000,
        buffer_minutes=15,
    )
    hiit = services.create_course(
        db, admin, coach_id=coach_b.id, title="HIIT", duration_minutes=60, price=175_000
    )
    day = FIRST_DAY
    while day <= LAST_DAY:
        for coach in (coach_a, coach_b):
            services.add_availability(
                db, admin, coach_id=coach.id, date=day, start_time=OPENS, end_time=CLOSES
            )
        day += dt.timedelta(days=1)
    john = services.create_client(db, name="John Doe", phone="0812-3456-7890")
    jane = services.create_client(db, name="Jane Roe", phone="+62 813 1111 2222")

    return Studio(
        coach_a=coach_a.id,
        coach_b=coach_b.id,
        yoga=yoga.id,
        pilates=pilates.id,
        hiit=hiit.id,
        john=john.id,
        jane=jane.id,
        admin=admin,
        desk=person("Rina (desk)", StaffRole.RECEPTIONIST, PINS["desk"]),
        coach_a_actor=person("Coach Smith", StaffRole.COACH, PINS["coach_a"], coach_a.id),
        coach_b_actor=person("Coach Sari", StaffRole.COACH, PINS["coach_b"], coach_b.id),
    )
