"""The database's own guards (migrations 0004, 0008, 0012 and 0014), as sentences a person can read.

The services never write what these guards refuse, so a desk meets one only when something
else went wrong: a line dated before a closing that committed while it was being written (tried
again with a fresh time first: see `retries_with_a_fresh_time`), a computer whose clock is behind
another desk's, or a row another program wrote that the desk cannot read.
"""

from __future__ import annotations

import re

from sqlalchemy import exc, func, select

from studio_desk.db import Database
from studio_desk.models import DayClosing, UnreadableInstant, UnreadableValue
from studio_desk.services.errors import (
    QT_TRANSLATE_NOOP,
    ClassFull,
    DamagedData,
    DomainError,
    ValidationError,
)

# What the triggers raise: SQLite's RAISE(ABORT, ...) and PostgreSQL's RAISE EXCEPTION both
# carry the marker in the driver's message.
CLOSED_PERIOD_MARKER = "studio_desk.closed_period"
INSTANT_MARKER = "studio_desk.instant_unreadable"
DATE_OR_TIME_MARKER = "studio_desk.date_or_time_refused"
APPEND_ONLY_MARKER = "_append_only"  # studio_desk.<table>_append_only
KEEP_HISTORY_MARKER = "studio_desk.booking_has_history"  # SQLite: a booking's lines keep it
# A pack's counters and ledger (0016): the constraint or trigger marker, and what it means.
PACK_REFUSALS: dict[str, str] = {
    "ck_packs_balance_not_negative": QT_TRANSLATE_NOOP(
        "services", "The pack has no sessions left: another desk just used the last one. Nothing was saved."
    ),
    "ck_packs_active_bookings_within_limit": QT_TRANSLATE_NOOP(
        "services",
        "The membership already has as many bookings open as it allows: another desk just booked one. "
        "Nothing was saved.",
    ),
    "uq_credit_lines_used_booking": QT_TRANSLATE_NOOP(
        "services", "This booking is already paid with a pack (another desk just did it). Nothing was saved."
    ),
    "studio_desk.pack_not_usable": QT_TRANSLATE_NOOP(
        "services",
        "The pack cannot pay for this session: it has ended, was closed, or is not for this course or "
        "client. Nothing was saved.",
    ),
    "studio_desk.pack_counters": QT_TRANSLATE_NOOP(
        "services", "A pack's terms and counters follow its ledger of credits, so nothing was changed."
    ),
    "studio_desk.pack_terms": QT_TRANSLATE_NOOP(
        "services", "A pack's terms and counters follow its ledger of credits, so nothing was changed."
    ),
    "studio_desk.credit_line_refused": QT_TRANSLATE_NOOP(
        "services", "That line does not fit the pack's ledger of credits, so nothing was changed."
    ),
    "studio_desk.payment_subject": QT_TRANSLATE_NOOP(
        "services", "A payment is for one booking or one pack, so nothing was saved."
    ),
}
# A class's guards (0017): the constraint, index or trigger marker, and what it means. Listed
# before the unique-violation and slot-conflict catch-alls of the unit of work, which would
# otherwise say something vaguer.
CLASS_REFUSALS: dict[str, str] = {
    "ck_occurrences_active_places_within_capacity": QT_TRANSLATE_NOOP(
        "services", "The class is full: another desk just took the last place. Nothing was saved."
    ),
    "uq_bookings_occurrence_client": QT_TRANSLATE_NOOP(
        "services",
        "The client already has a place in this class (another desk just booked it). Nothing was saved.",
    ),
    "uq_waitlist_entries_waiting": QT_TRANSLATE_NOOP(
        "services", "The client is already on this class's waitlist. Nothing was saved."
    ),
    "uq_bookings_waitlist_entry_id": QT_TRANSLATE_NOOP(
        "services", "That client has already moved up from the waitlist. Nothing was saved."
    ),
    "studio_desk.waitlist_refused": QT_TRANSLATE_NOOP(
        "services", "That client has already moved up from the waitlist, or left it. Nothing was saved."
    ),
    "studio_desk.room_busy": QT_TRANSLATE_NOOP(
        "services", "The room has another class at that time. Nothing was saved."
    ),
    "ex_occurrences_room_no_overlap": QT_TRANSLATE_NOOP(
        "services", "The room has another class at that time. Nothing was saved."
    ),
    "studio_desk.room_too_small": QT_TRANSLATE_NOOP(
        "services", "The room is too small for the class's places. Nothing was saved."
    ),
    "studio_desk.place_refused": QT_TRANSLATE_NOOP(
        "services", "A place belongs to its class: the class was canceled, or it is not this class's. "
        "Nothing was saved.",
    ),
    "studio_desk.occurrence_counters": QT_TRANSLATE_NOOP(
        "services", "A class's count of places follows its places, so nothing was changed."
    ),
    "studio_desk.occurrence_refused": QT_TRANSLATE_NOOP(
        "services", "A class stays as it was planned (a canceled one stays canceled), so nothing was changed."
    ),
    "studio_desk.check_in_refused": QT_TRANSLATE_NOOP(
        "services", "Only a paid place of a class still open can be checked in (or its check-in undone)."
    ),
    "studio_desk.course_capacity": QT_TRANSLATE_NOOP(
        "services", "The capacity must be between 1 and 1000 people."
    ),
}
# SQLite names a unique index's columns where PostgreSQL names the index: the class's, by theirs.
_SQLITE_UNIQUE_WORDS = {
    "UNIQUE constraint failed: bookings.occurrence_id, bookings.client_id": "uq_bookings_occurrence_client",
    "UNIQUE constraint failed: bookings.waitlist_entry_id": "uq_bookings_waitlist_entry_id",
    "UNIQUE constraint failed: waitlist_entries.occurrence_id, waitlist_entries.client_id":
        "uq_waitlist_entries_waiting",
}
# psycopg's words for a timestamptz it cannot give as a Python datetime, ending in the value:
# "timestamp too large (after year 10K): 'infinity'".
_PG_UNREADABLE_TIMESTAMP = re.compile(r"timestamp too (?:large|small) \(.*?\): ('.*')")
# ... and for a date or a time of day: "date too large (after year 10K): 'infinity'", "can't
# parse time '24:00:00': hour must be in 0..23".
_PG_UNREADABLE_DATE_OR_TIME = re.compile(
    r"date too (?:large|small) \(.*?\): ('.*')|can't parse time ('.*?'):"
)

CLOSED_PERIOD_MESSAGE = QT_TRANSLATE_NOOP(
    "services",
    "The till was last closed at {closed}, later than the time on this computer, so nothing was "
    "saved. Check this computer's date and time (or the one that closed the till), then try again.",
)
APPEND_ONLY_MESSAGE = QT_TRANSLATE_NOOP(
    "services",
    "Payments, refunds, a booking's history and the till's closings are kept as they were "
    "written, so nothing was changed. Record a correction instead.",
)
INSTANT_MESSAGE = QT_TRANSLATE_NOOP(
    "services", "A date and time could not be saved as the database keeps them, so nothing was saved."
)
DATE_OR_TIME_MESSAGE = QT_TRANSLATE_NOOP(
    "services",
    "A date or time of day could not be saved as the database keeps them (a real date of the "
    "years 1900 to 2999, a time from 00:00 to 23:59), so nothing was saved.",
)
UNREADABLE_MESSAGE = QT_TRANSLATE_NOOP(
    "services",
    "The database holds a date and time the desk cannot read ({value}): another program wrote it. "
    "Ask whoever looks after the database to look at it.",
)
UNREADABLE_DATE_OR_TIME_MESSAGE = QT_TRANSLATE_NOOP(
    "services",
    "The database holds a date or time of day the desk cannot read ({value}): another program "
    "wrote it. Ask whoever looks after the database to look at it.",
)


def retries_with_a_fresh_time(error: exc.DBAPIError) -> bool:
    """Whether `error` is the closed-period guard: a closing committed between the moment the
    desk dated its line and the insert, so the work is tried again with a fresh time. (A clock
    that stays behind the closing's is refused every time and then told.)"""
    return CLOSED_PERIOD_MARKER in str(error.orig)


def refusal_of(error: exc.DBAPIError, db: Database) -> DomainError | None:
    """The sentence for a refusal by one of the database's guards; None for anything else."""
    words = str(error.orig)
    if CLOSED_PERIOD_MARKER in words:
        return _closed_period(db)
    if ("studio_desk." in words and APPEND_ONLY_MARKER in words) or KEEP_HISTORY_MARKER in words:
        return ValidationError(APPEND_ONLY_MESSAGE)
    if INSTANT_MARKER in words:
        return ValidationError(INSTANT_MESSAGE)
    if DATE_OR_TIME_MARKER in words:
        return ValidationError(DATE_OR_TIME_MESSAGE)
    for marker, message in PACK_REFUSALS.items():
        if marker in words:
            return ValidationError(message)
    if "ck_occurrences_active_places_within_capacity" in words:
        return ClassFull(CLASS_REFUSALS["ck_occurrences_active_places_within_capacity"])
    for sqlite_words, marker in _SQLITE_UNIQUE_WORDS.items():
        if sqlite_words in words:
            return ValidationError(CLASS_REFUSALS[marker])
    for marker, message in CLASS_REFUSALS.items():
        if marker in words:
            return ValidationError(message)
    if not isinstance(error, exc.DataError):
        return None
    if unreadable := _PG_UNREADABLE_TIMESTAMP.search(words):
        return DamagedData(UNREADABLE_MESSAGE, value=unreadable.group(1))
    if unreadable := _PG_UNREADABLE_DATE_OR_TIME.search(words):
        return DamagedData(UNREADABLE_DATE_OR_TIME_MESSAGE, value=unreadable.group(1) or unreadable.group(2))
    return None


def _closed_period(db: Database) -> ValidationError:
    # The closing's time tells the person which clock is off: theirs, or the closing desk's.
    from studio_desk.services.setup.settings import get_settings  # it reads through the unit of work
    from studio_desk.services.unit_of_work import run_read

    zone = get_settings(db).zone
    closed = run_read(db, lambda session: session.scalar(select(func.max(DayClosing.closed_at))))
    return ValidationError(CLOSED_PERIOD_MESSAGE, closed=closed.astimezone(zone) if closed else "?")


def unreadable(error: UnreadableValue) -> DamagedData:
    """The sentence for a stored instant, date or time of day SQLite gave back that is none."""
    template = UNREADABLE_MESSAGE if isinstance(error, UnreadableInstant) else UNREADABLE_DATE_OR_TIME_MESSAGE
    return DamagedData(template, value=repr(error.value))
