"""Migration 0017 (group classes) on a studio that has lived at 0016, on both databases: every row
of every table is as it was (each booking's status, its history, its payments and refunds, its
pack credits, its place in the web's outbox and its web link), and what 0017 adds is empty or at
its default (no booking is a place, every course is a private session of one person).

Two studios: the demo (services.load_demo), and one the test builds through the services with a
booking in every status, money taken and refunded, a no-show, a fee, packs used and given back,
and bookings waiting for the web; each web-linked as a desk at 0016 left it (remote id, linked).
Both are made at the newest schema and taken down to 0016, as `db downgrade` would, which
0017 allows only while there is no class: a demo that has classes is skipped (the built studio
still proves the upgrade), and a studio with classes is shown to stay as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.engine import URL

from studio_desk import services
from studio_desk.db import Database, alembic_config
from studio_desk.db_schema import HEAD_REVISION
from studio_desk.services import BookingStatus as S
from studio_desk.services import sync
from studio_desk.services.setup import demo as demo_module
from studio_desk.services.setup.demo_classes import DemoClasses
from tests.support.builders import booking_in
from tests.support.classes import make_class
from tests.support.clock import JAKARTA, SettableClock
from tests.support.packs import add_product
from tests.support.studio import Studio

BEFORE = "0016"
# What 0017 adds to tables that were there before, and what each holds after the upgrade.
ADDED_COLUMNS = {
    ("bookings", "occurrence_id"): None, ("bookings", "waitlist_entry_id"): None,
    ("bookings", "hold_until"): None, ("courses", "capacity"): 1, ("clients", "language"): None,
}
NEW_TABLES = (
    "rooms", "timetable_entries", "occurrences", "waitlist_entries", "waitlist_messages", "check_ins",
)
# The tables the brief of this proof names: each must have rows in the studio taken down.
MUST_HAVE_ROWS = ("bookings", "status_changes", "payments", "credit_lines", "outbox_items")
Rows = dict[str, list[tuple[Any, ...]]]


def _downgrade(db: Database, revision: str) -> None:
    config = alembic_config()
    with db.engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _every_row(db: Database) -> Rows:
    """Every row of every table, by the columns the table has now, in primary key order."""
    rows: Rows = {}
    with db.engine.connect() as connection:
        inspector = inspect(connection)
        for table in inspector.get_table_names():
            if table == "alembic_version":
                continue
            columns = [column["name"] for column in inspector.get_columns(table)]
            order = inspector.get_pk_constraint(table)["constrained_columns"] or columns
            rows[table] = [tuple(row) for row in connection.execute(text(
                f"SELECT {', '.join(columns)} FROM {table} ORDER BY {', '.join(order)}"))]
    return rows


def _rows_by_old_columns(db: Database, before: Rows) -> Rows:
    """The same tables read after the upgrade, by the columns they had before it."""
    with db.engine.connect() as connection:
        inspector = inspect(connection)
        found: Rows = {}
        for table in before:
            columns = [column["name"] for column in inspector.get_columns(table)
                       if (table, column["name"]) not in ADDED_COLUMNS]
            order = inspector.get_pk_constraint(table)["constrained_columns"] or columns
            found[table] = [tuple(row) for row in connection.execute(text(
                f"SELECT {', '.join(columns)} FROM {table} ORDER BY {', '.join(order)}"))]
    return found


def _linked_as_the_old_desk_left_it(db: Database, booking_ids: list[int]) -> dict[int, int]:
    """Web links written at 0016 as its sync's pull left them: a remote id, linked."""
    links = {booking: 9000 + n for n, booking in enumerate(booking_ids)}
    with db.engine.begin() as connection:
        for booking, remote in links.items():
            connection.execute(
                text("UPDATE bookings SET remote_id = :remote, sync_state = 'linked' WHERE id = :id"),
                {"remote": remote, "id": booking},
            )
    return links


def _upgrade_keeps_everything(db: Database, links: dict[int, int]) -> None:
    """Snapshot at 0016, upgrade, and compare; then the desk reads the bookings as before."""
    assert db.current_revision() == BEFORE
    assert not set(NEW_TABLES) & set(inspect(db.engine).get_table_names())
    before = _every_row(db)
    for table in MUST_HAVE_ROWS:
        assert before[table], f"the studio at {BEFORE} has no {table} to keep"
    statuses_before = {row[0]: row for row in before["bookings"]}

    db.upgrade()

    assert db.current_revision() == HEAD_REVISION
    assert _rows_by_old_columns(db, before) == before
    with db.engine.connect() as connection:
        for (table, column), default in ADDED_COLUMNS.items():
            values = set(connection.scalars(text(f"SELECT DISTINCT {column} FROM {table}")))
            assert values <= {default}, f"{table}.{column}: {values}"
        for table in NEW_TABLES:
            assert connection.scalar(text(f"SELECT count(*) FROM {table}")) == 0, table
    # The desk reads every booking as it was: its status, its history, its web link.
    for booking_id in statuses_before:
        view = services.get_booking(db, booking_id)
        assert view.occurrence_id is None
        history = services.booking_details(db, booking_id).history
        assert history[-1].to_status is view.status
    for booking_id, remote in links.items():
        view = services.get_booking(db, booking_id)
        assert (view.remote_id, view.sync_state) == (remote, services.SyncState.LINKED)


# -- the demo ------------------------------------------------------------------------------------


@pytest.fixture
def demo(empty_database_url: URL, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The demo studio as a desk of the previous revision made it: everything but the group
    classes (which a database at 0016 cannot hold), so that it can go down to 0016."""
    monkeypatch.setattr(demo_module, "plan_classes", lambda db, admin, coaches, hours, today: DemoClasses((), today))
    monkeypatch.setattr(demo_module, "fill_classes", lambda *arguments: 0)
    db = Database.open(empty_database_url, clock=SettableClock())
    try:
        services.load_demo(db)
        yield db
    finally:
        db.dispose()


def test_the_demo_at_0016_keeps_every_row_through_the_upgrade(demo: Database) -> None:
    with demo.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM occurrences")) == 0
    _a_pack_and_the_web_in_the_demo(demo)
    with demo.engine.connect() as connection:
        some = list(connection.scalars(
            text("SELECT id FROM bookings WHERE remote_id IS NULL ORDER BY id LIMIT 3")))
    _downgrade(demo, BEFORE)
    links = _linked_as_the_old_desk_left_it(demo, some)
    _upgrade_keeps_everything(demo, links)


def _a_pack_and_the_web_in_the_demo(db: Database) -> None:
    """What the demo may not have of its own, added as its desk would: the web sync turned on for
    one course (its bookings to come wait in the outbox), and a pack sold and used."""
    admin = next(person for person in services.list_staff(db) if person.role is services.StaffRole.ADMIN)
    actor = services.Actor(admin.id, admin.name, admin.role)
    course = next(course for course in services.list_courses(db) if course.capacity == 1)
    sync.configure_sync(db, actor, server="https://studio.example.com", enabled=True,
                        coaches={course.coach_id: (17, "demo")}, courses={course.id: 42})
    client = services.list_clients(db, limit=1)[0].id
    sold = services.sell_pack(db, actor, client_id=client, product_id=add_product(db, name="Paket demo"),
                              method="cash").pack
    day = db.now().date() + dt.timedelta(days=3)
    slot = services.free_start_times(db, course.id, day)[0]
    services.book_with_pack(db, actor, client_id=client, course_id=course.id, date=day,
                            start_time=slot.start_at.time(), pack_id=sold.id)


# -- a studio built through the services -----------------------------------------------------------


def _a_studio_of_every_kind(db: Database, studio: Studio, clock: SettableClock) -> dict[int, int]:
    """Bookings in every status, money taken and refunded, a no-show, a late cancel's fee, packs
    used and given back, web outbox lines; returns the web links it wrote."""
    s = studio
    sync.configure_sync(db, s.admin, server="https://studio.example.com", enabled=True,
                        coaches={s.coach_a: (17, "smith")}, courses={s.yoga: 42})
    made = {status: booking_in(db, s, clock, status, start=start)
            for status, start in ((S.PENDING, "08:00"), (S.PAID, "09:00"), (S.CONFIRMED, "10:00"),
                                  (S.DONE, "11:00"), (S.CANCELED, "12:00"))}
    refunded = booking_in(db, s, clock, S.PAID, start="13:00")
    services.cancel_booking(db, s.desk, refunded.id, reason="Sick", refund=services.Refund(150_000, "cash"))
    no_show = booking_in(db, s, clock, S.CONFIRMED, course=s.hiit, start="14:00")
    later = clock.now
    clock.set(no_show.end_at)
    services.record_no_show(db, s.admin, no_show.id)
    clock.set(later)
    services.set_cancel_rules(db, s.admin, s.pilates, late_cancel_hours=48, late_cancel_cost="fee",
                              late_cancel_fee=50_000)
    late = services.create_booking(db, s.desk, client_id=s.jane, course_id=s.pilates, date="2025-10-25",
                                   start_time="16:00")
    services.cancel_booking(db, s.desk, late.id, reason="Forgot")
    pack = services.sell_pack(db, s.desk, client_id=s.john, product_id=add_product(db), method="cash").pack
    used = services.book_with_pack(db, s.desk, client_id=s.john, course_id=s.hiit, date="2025-10-26",
                                   start_time="09:00", pack_id=pack.id)
    given_back = services.book_with_pack(db, s.desk, client_id=s.john, course_id=s.hiit, date="2025-10-26",
                                         start_time="11:00", pack_id=pack.id)
    services.cancel_booking(db, s.desk, given_back.id, reason="Moved away")
    assert used.status is S.PAID and made[S.DONE].status is S.DONE
    _downgrade(db, BEFORE)
    return _linked_as_the_old_desk_left_it(db, [made[S.CONFIRMED].id, used.id])


def test_a_studio_of_every_kind_at_0016_keeps_every_row_through_the_upgrade(
    db: Database, studio: Studio, clock: SettableClock
) -> None:
    links = _a_studio_of_every_kind(db, studio, clock)
    _upgrade_keeps_everything(db, links)
    # ... and the upgraded studio takes classes.
    made = make_class(db, studio, capacity=2, starts_on="2025-10-27")
    place = services.book_place(db, studio.desk, occurrence_id=made.first, client_id=studio.jane)
    assert place.occurrence_id == made.first
    assert made.occurrences[0].start_at == dt.datetime(2025, 10, 28, 18, 0, tzinfo=JAKARTA)


def test_a_studio_with_classes_is_not_taken_below_0017(db: Database, studio: Studio) -> None:
    make_class(db, studio)
    before = _every_row(db)
    with pytest.raises(RuntimeError, match="classes exist"):
        _downgrade(db, BEFORE)
    assert db.current_revision() == HEAD_REVISION
    assert _every_row(db) == before
