"""The class's promises, asked of the database in plain SQL: for the stateful test after every
step, and for the classes benchmark's monitor while its desks race.

Every count must be 0. Each query reads the tables as they are committed; run them in one read
transaction (one snapshot) to judge one moment.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import Connection, text

ACTIVE = "('pending', 'paid', 'confirmed')"
_ACTIVE_PLACES = f"SELECT count(*) FROM bookings AS b WHERE b.occurrence_id = o.id AND b.status IN {ACTIVE}"

# Each query with `{o}`, `{w}` or `{b}`: where the filter of one occurrence goes, for the
# occurrences (alias o), the waitlist entries (w) or the bookings (b, one) it counts.
QUERIES = {
    # More active places than the class holds.
    "oversold": f"SELECT count(*) FROM occurrences AS o WHERE ({_ACTIVE_PLACES}) > o.capacity {{o}}",
    # The counter the CHECK guards is not the count of active places.
    "counter_mismatches": (
        f"SELECT count(*) FROM occurrences AS o WHERE o.active_places <> ({_ACTIVE_PLACES}) {{o}}"
    ),
    # A client with two active places in one class.
    "double_placed": (
        f"SELECT count(*) FROM (SELECT occurrence_id, client_id FROM bookings AS b "
        f"WHERE occurrence_id IS NOT NULL AND status IN {ACTIVE} {{b}} "
        "GROUP BY occurrence_id, client_id HAVING count(*) > 1) AS twice"
    ),
    # A waitlist entry behind more than one place, a promoted entry behind none, or a waiting
    # (or left) entry behind one.
    "promoted_twice": (
        "SELECT count(*) FROM waitlist_entries AS w WHERE "
        "(SELECT count(*) FROM bookings AS b WHERE b.waitlist_entry_id = w.id) "
        "<> CASE WHEN w.status = 'promoted' THEN 1 ELSE 0 END {w}"
    ),
    # A place made by the waitlist moving up (it has a hold) while someone who joined earlier
    # still waits, or two such places made out of line order.
    "promoted_out_of_order": (
        "SELECT (SELECT count(*) FROM waitlist_entries AS w JOIN bookings AS b "
        "ON b.occurrence_id = w.occurrence_id AND b.hold_until IS NOT NULL AND b.waitlist_entry_id > w.id "
        "WHERE w.status = 'waiting' {w}) + "
        "(SELECT count(*) FROM bookings AS b JOIN bookings AS other "
        "ON other.occurrence_id = b.occurrence_id AND other.id > b.id "
        "AND other.waitlist_entry_id < b.waitlist_entry_id "
        "WHERE b.hold_until IS NOT NULL AND other.hold_until IS NOT NULL {b})"
    ),
    # A canceled class with a place still active or a client still waiting.
    "canceled_with_places": (
        f"SELECT count(*) FROM occurrences AS o WHERE o.status = 'canceled' AND (o.active_places <> 0 "
        f"OR ({_ACTIVE_PLACES}) > 0 OR EXISTS (SELECT 1 FROM waitlist_entries AS w "
        "WHERE w.occurrence_id = o.id AND w.status = 'waiting')) {o}"
    ),
    # A check-in of a place that is not paid, confirmed or done.
    "checked_in_unpaid": (
        "SELECT count(*) FROM check_ins AS c JOIN bookings AS b ON b.id = c.booking_id "
        "WHERE b.status NOT IN ('paid', 'confirmed', 'done') {b}"
    ),
}


@dataclass(frozen=True)
class ClassRules:
    """How many times each promise is broken in the database (all 0, we hope)."""

    oversold: int
    counter_mismatches: int
    double_placed: int
    promoted_twice: int
    promoted_out_of_order: int
    canceled_with_places: int
    checked_in_unpaid: int

    def broken(self) -> dict[str, int]:
        return {field.name: getattr(self, field.name) for field in fields(self) if getattr(self, field.name)}


def class_rules(connection: Connection, occurrence_id: int | None = None) -> ClassRules:
    """The counts, read on `connection` (in its transaction: one snapshot on PostgreSQL when it
    is REPEATABLE READ, as the desk's read sessions are); of one occurrence, or of all."""
    scope = "" if occurrence_id is None else " AND {alias}.occurrence_id = :occurrence"
    filters = {"o": scope.replace("{alias}.occurrence_id", "o.id"), "w": scope.format(alias="w"),
               "b": scope.format(alias="b")}
    parameters = {} if occurrence_id is None else {"occurrence": occurrence_id}
    return ClassRules(**{
        name: int(connection.execute(text(sql.format(**filters)), parameters).scalar_one())
        for name, sql in QUERIES.items()
    })
