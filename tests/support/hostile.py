"""Values no service should take: what a buggy screen, a script or a careless caller might pass.

Each is wrong for every parameter it is given to, so a service that takes one has a hole:
- numbers beyond any column (2^63, 10^4400: Python will not even write that as text), and for
  ids those beyond PostgreSQL's INTEGER (2^31), zero and negatives;
- text with NUL, lone surrogates, bidi controls, zero-width spaces only, DEL, NEL, a line
  separator; text of 5,000 digits;
- bytes, lists, sets, tuples, mappings, floats, NaN, a bare object;
- dates of year 1 and 9999 and just outside the desk's range, naive and far-off datetimes, and
  times with a time zone (not given to a time's own parameter: a time with an offset is for
  parse_time to convert or refuse, and either is right).
Line breaks are not here: a client's notes and the studio's address keep them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import string
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from studio_desk.services import Actor, BookingFilter, NewClient, NewStudio, Refund, StaffRole

HUGE = [2**63, 2**64, -(2**63) - 1, 10**4400, -(10**4400)]
BAD_TEXT = [
    "9" * 5000, "\x00", "Ana\x00", "\ud800", "Ana\udcff", "\u202eAna", "Ana\u2066x\u2069",
    "\u200b\u200b", "\ufeff", "\x7f", "Ana\x85Lee", "Ana\u2028Lee", "\tAna\t.", "Ana\x1b[31m",
]
NOT_TEXT = [
    b"Ana", b"\x00", bytearray(b"1"), [1], ["Ana"], {"a": 1}, (1, 2), frozenset({"x"}), 7.5,
    float("nan"), float("inf"), Decimal("1e5000"), object(),
]
BAD_DAYS = [
    dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(1999, 12, 31), dt.date(2100, 1, 1),
    dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC), dt.datetime(1, 1, 1), dt.datetime(2025, 10, 25, 10),
]
AWARE_TIMES = [dt.time(10, 0, tzinfo=dt.UTC), dt.time(10, 0, tzinfo=ZoneInfo("Europe/Paris"))]
# Beyond PostgreSQL's INTEGER, and not an id at all.
BAD_IDS = [2**31, 2**31 - 1 + 2**31, 0, -5]

# A time's own parameters, which take aware times as a time (see the docstring).
TIME_PARAMETERS = frozenset({"start_time", "end_time", "hours_from", "hours_to"})
# Ids by their parameter's name.
ID_PARAMETERS = frozenset({"booking_id", "client_id", "coach_id", "course_id", "staff_id", "keep_id",
                           "merge_id", "time_off_id", "extra_hours_id", "holiday_id", "ignore_booking_id",
                           "product_id", "occurrence_id", "entry_id", "room_id",
                           })
# Lists of ids by their parameter's name. A list of whole numbers is what these take ([1] may
# well be a course), so they are given lists of numbers that are no id instead, and the rest.
ID_LIST_PARAMETERS = frozenset({"course_ids", "no_shows"})
# Characters that are not text a person types: controls but line breaks (notes keep them),
# surrogates, format characters but the joiners, line and paragraph separators.
_UNREADABLE = st.characters(
    categories=["Cc", "Cs", "Cf", "Zl", "Zp"], exclude_characters="\n\r\u200c\u200d"
)


def fixed_values(parameter: str) -> list[Any]:
    values = [*HUGE, *BAD_TEXT, *NOT_TEXT, *BAD_DAYS]
    if parameter not in TIME_PARAMETERS:
        values += AWARE_TIMES
    if parameter in ID_PARAMETERS:
        values += BAD_IDS
    if parameter in ID_LIST_PARAMETERS:
        values = [value for value in values if not _numbers_only(value)]
        values += [[bad] for bad in [*BAD_IDS, *HUGE]] + [[1, 2**31], ("1", "x"), [True]]
    return values


def _numbers_only(value: object) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(item, int) for item in value)


def generated_values(parameter: str = "") -> st.SearchStrategy[Any]:
    """More of the same kinds, drawn."""
    readable = st.text(alphabet=string.ascii_letters + " ", max_size=6)
    no_id = st.one_of(st.integers(max_value=0), st.integers(min_value=2**31))
    return st.one_of(
        st.integers(min_value=2**63),
        st.integers(max_value=-(2**63) - 1),
        st.builds(lambda before, char, after: before + char + after, readable, _UNREADABLE, readable),
        st.binary(max_size=8),
        # A list of ids with none in it is no hostile value: finishing a class with no no-shows.
        st.lists(no_id, min_size=1, max_size=3) if parameter in ID_LIST_PARAMETERS
        else st.lists(st.integers(), max_size=3),
        st.floats(allow_nan=True),
        st.dates(max_value=dt.date(1999, 12, 31)),
        st.dates(min_value=dt.date(2100, 1, 1)),
    )


def fixed_cases(parameter: str, valid: object, ghost: Actor) -> list[Any]:
    """Every fixed hostile value for `parameter`, whose valid value is `valid`: those above, and
    for the services' input values (an actor, a new client, a filter, a refund, a new studio)
    that value with each field hostile in turn."""
    cases = fixed_values(parameter)
    if isinstance(valid, Actor) or parameter in ("actor", "seen_by"):
        cases += hostile_actors(valid if isinstance(valid, Actor) else ghost, ghost)
    elif isinstance(valid, NewClient | NewStudio | BookingFilter | Refund):
        cases += [
            dataclasses.replace(valid, **{field.name: value})
            for field in dataclasses.fields(valid)
            for value in fixed_values(field.name)
        ]
    return cases


def drawn(parameter: str, valid: object) -> st.SearchStrategy[Any]:
    """Generated hostile values for `parameter` (for an input value: one of its fields)."""
    if isinstance(valid, NewClient | NewStudio | BookingFilter | Refund):
        return st.one_of(generated_values(), with_a_hostile_field(valid))
    return generated_values(parameter)


def with_a_hostile_field(valid: Any) -> st.SearchStrategy[Any]:
    fields = [field.name for field in dataclasses.fields(valid)]

    @st.composite
    def one_field(draw: st.DrawFn) -> Any:
        name = draw(st.sampled_from(fields))
        return dataclasses.replace(valid, **{name: draw(generated_values())})

    return one_field()


def hostile_actors(valid: Actor, ghost: Actor) -> list[Any]:
    """Someone who is not at the studio (a staff id with no row), an impossible id, a role or a
    coach that are not theirs or not a role at all, and nobody."""
    return [
        None,
        ghost,
        dataclasses.replace(valid, staff_id=2**31),
        dataclasses.replace(valid, staff_id=2**63),
        dataclasses.replace(valid, staff_id=-1),
        dataclasses.replace(valid, staff_id="1"),
        dataclasses.replace(valid, staff_id=True),
        dataclasses.replace(valid, role="admin"),
        dataclasses.replace(valid, role=1),
        dataclasses.replace(valid, role=StaffRole.ADMIN, coach_id=2**40),
        dataclasses.replace(valid, coach_id="3"),
        dataclasses.replace(valid, name=b"Dewi"),
    ]
