"""The demo studio's group classes, on both databases: rooms and a weekly timetable, past classes
checked in and finished (with no-shows), the latest class left open for the roster, full classes
with their waitlists, a client moved up from one, places paid with money and with packs, and the
attendance report that adds them up. The clock is Friday 24 October 2025, 08:00 in Jakarta."""

from __future__ import annotations

import datetime as dt

from studio_desk import services
from studio_desk.services import Actor, BookingStatus, Database, RosterView, StaffRole, integrity
from tests.support.clock import SettableClock


def _admin(db: Database) -> Actor:
    admin = next(person for person in services.list_staff(db) if person.role is StaffRole.ADMIN)
    return services.sign_in(db, admin.id, "1111")


def test_the_demo_runs_classes_past_present_and_to_come(db: Database, clock: SettableClock) -> None:
    services.load_demo(db)
    admin, now, today = _admin(db), clock(), services.studio_today(db)

    rooms = [(room.name, room.capacity) for room in services.list_rooms(db)]
    assert rooms == [("Reformer room", 6), ("Studio A", 12)]
    lines = services.list_timetable(db)
    assert {line.course_title for line in lines} == {"Vinyasa Group", "Reformer Pilates Group",
                                                      "HIIT Circuit"}
    assert {line.weekday for line in lines} == set(range(6))  # every working day, closed on Sundays
    assert any(line.start_time < dt.time(12) for line in lines)
    assert any(line.start_time >= dt.time(17) for line in lines)

    week = services.occurrences_between(db, today - dt.timedelta(days=7), today + dt.timedelta(days=7))
    rosters = {o.id: services.class_roster(db, admin, o.id) for o in week}
    started = [o for o in week if o.start_at <= now]
    *finished, latest = started
    assert len(finished) >= 10

    # The past classes were checked in and finished: every place done, some never came.
    for occurrence in finished:
        places = rosters[occurrence.id].places
        assert places and all(p.status is BookingStatus.DONE for p in places)
        assert all((p.checked_in_at is None) == p.no_show for p in places)
    assert sum(p.no_show for o in finished for p in rosters[o.id].places) >= 1

    # The latest to start is today's and open: some checked in, some not, one still to pay.
    assert latest.start_at.date() == today and latest.course_title == "Vinyasa Group"
    open_class = rosters[latest.id]
    assert open_class.ended  # 07:00 to 08:00: the roster offers to finish it
    assert any(p.checked_in_at is not None for p in open_class.places)
    assert services.missing_places(open_class)
    assert [p.status for p in open_class.places if p.flags.not_paid] == [BookingStatus.PENDING]

    # Full classes to come, each with clients waiting; one moved up, told and paid.
    full = [rosters[o.id] for o in week if o.start_at > now and o.full and o.waiting]
    assert len(full) >= 2 and all(2 <= r.occurrence.waiting <= 3 for r in full)
    (moved,) = [r for r in rosters.values() if r.promotions]
    _promoted_and_paid(moved)

    # Places paid with money and with packs' credits.
    taken = [p for r in rosters.values() for p in r.places if p.status is not BookingStatus.CANCELED]
    assert any(p.paid_with_pack is not None for p in taken)
    assert any(p.paid_with_pack is None and p.paid_total > 0 for p in taken)

    # The attendance report adds up the classes that have started.
    start = today - dt.timedelta(days=7)
    by_class = services.attendance(db, admin, start, today)
    assert [row.name for row in by_class] == ["HIIT Circuit", "Reformer Pilates Group", "Vinyasa Group"]
    assert sum(row.occurrences for row in by_class) == len(started)
    no_shows = sum(p.no_show for o in started for p in rosters[o.id].places)
    assert sum(row.no_shows for row in by_class) == no_shows
    assert sum(row.check_ins for row in by_class) == sum(o.checked_in for o in started)
    by_coach = services.attendance(db, admin, start, today, by_coach=True)
    assert [row.name for row in by_coach] == ["Andi Pratama", "Budi Santoso", "Sari Wulandari"]

    # A class's places share its time: no clash, and every place has its history.
    assert integrity.count_overlapping_pairs(db) == 0
    assert integrity.bookings_without_matching_history(db) == []


def _promoted_and_paid(roster: RosterView) -> None:
    (promotion,) = roster.promotions
    assert promotion.message_sent_at is not None
    (place,) = [p for p in roster.places if p.promoted]
    assert place.booking_id == promotion.booking_id and place.status is BookingStatus.CONFIRMED
    assert [p.status for p in roster.places].count(BookingStatus.CANCELED) == 1
    assert roster.occurrence.full and roster.occurrence.waiting == 2 and roster.promotion_open


def test_the_open_class_finishes_from_the_roster(db: Database, clock: SettableClock) -> None:
    """What a coach does next with the demo's open class: the one still to pay is let go, the
    paid ones not checked in are the no-shows, and the attendance report counts them."""
    services.load_demo(db)
    admin, today = _admin(db), services.studio_today(db)
    (latest,) = [o for o in services.occurrences_between(db, today, today) if o.start_at <= clock()]
    roster = services.class_roster(db, admin, latest.id)
    absent = [p.booking_id for p in services.missing_places(roster)]

    finished = services.finish_class(db, admin, latest.id, no_shows=absent)

    assert (finished.no_shows, finished.unpaid_canceled) == (len(absent), 1)
    (vinyasa,) = [row for row in services.attendance(db, admin, today, today) if row.name == "Vinyasa Group"]
    assert (vinyasa.occurrences, vinyasa.no_shows, vinyasa.check_ins) == (1, len(absent), finished.done)
