"""Links between the desk's coaches and courses and the web platform's: the links as the sync
configuration holds them, and as they are given: typed in a form (`coach_web_link`), on the
command line as `3=17:coach.ayu` (`parse_coach_link`), or as configure_sync's mappings
(`checked_coach_links`). Each form is checked here, with a message that says what it should be.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from studio_desk.services.bookings.reads import parse_id
from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.people.coaches import parse_web_username
from studio_desk.services.text import shown

T = TypeVar("T")


@dataclass(frozen=True)
class CoachLink:
    """A desk coach linked to a web coach, whose account (`username`) the sync signs in as."""

    coach_id: int
    coach_name: str
    remote_id: int
    username: str


@dataclass(frozen=True)
class CourseLink:
    """A desk course linked to a web course: its desk bookings go to the web as that course's."""

    course_id: int
    course_title: str
    coach_id: int
    remote_id: int


# What `_whole` says about a number that is not one: a whole sentence for each kind of number.
_NOT_WEB_COACH = QT_TRANSLATE_NOOP("services", "'{text}' is not a web coach number.")
_NOT_WEB_COURSE = QT_TRANSLATE_NOOP("services", "'{text}' is not a web course number.")
_NOT_COACH = QT_TRANSLATE_NOOP("services", "'{text}' is not a coach number.")
_NOT_COURSE = QT_TRANSLATE_NOOP("services", "'{text}' is not a course number.")


# The largest number each kind of id can be: the desk's own are INTEGER on PostgreSQL, the web's
# are kept as BIGINT. A larger one is no id at all (and the database would fail on it, not refuse).
LARGEST_DESK_ID = 2**31 - 1
LARGEST_WEB_ID = 2**63 - 1


def _whole(text: str, refusal: str, largest: int) -> int:
    """`text` as a number from 1 to `largest`; else a ValidationError saying `refusal` (one of
    the templates above, with `{text}`)."""
    if not isinstance(text, str):
        raise ValidationError(refusal, text=shown(text))
    text = text.strip()
    # The length first: int() itself refuses text of thousands of digits, with a ValueError.
    if not (text.isdigit() and text.isascii()) or len(text) > len(str(largest)):
        raise ValidationError(refusal, text=shown(text))
    number = int(text)
    if not 0 < number <= largest:
        raise ValidationError(refusal, text=shown(text))
    return number


# A mistake in one row of a form of many links, with the row's coach or course named first.
_IN_ROW = QT_TRANSLATE_NOOP("services", "{row}: {problem}")


def _naming_row(row: str | None, check: Callable[[], T]) -> T:
    try:
        return check()
    except ValidationError as error:
        if row is None:
            raise
        raise ValidationError(_IN_ROW, row=row, problem=error.sentence) from None


def coach_web_link(remote_id: str, username: str, *, row: str | None = None) -> tuple[int, str]:
    """A coach's link as typed in a form: the web coach number and the web username. A mistake
    names `row` (the coach's name in the form) first, when given."""
    return _naming_row(row, lambda: _coach_web_link(remote_id, username))


def _coach_web_link(remote_id: str, username: str) -> tuple[int, str]:
    if not isinstance(username, str) or not username.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Enter the coach's web username as well as the web coach number.")
        )
    username = username.strip()
    if not username.isprintable() or any(character.isspace() for character in username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "A web username is one word of letters, digits and signs, like coach.ayu."
            )
        )
    return _whole(remote_id, _NOT_WEB_COACH, LARGEST_WEB_ID), username


def course_web_link(remote_id: str, *, row: str | None = None) -> int:
    """A course's link as typed in a form: the web course number. A mistake names `row` (the
    course's title in the form) first, when given."""
    return _naming_row(row, lambda: _whole(remote_id, _NOT_WEB_COURSE, LARGEST_WEB_ID))


def parse_coach_link(spec: str) -> tuple[int, tuple[int, str]]:
    """`LOCAL_ID=REMOTE_ID:USERNAME`, as `studio-desk sync configure --coach` takes it."""
    local, _, remote = (spec if isinstance(spec, str) else "").partition("=")
    remote_id, colon, username = remote.partition(":")
    if not colon or not username.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "services", "'{spec}' should be LOCAL_ID=REMOTE_ID:USERNAME, like 3=17:coach.ayu."
            ),
            spec=shown(spec, 60),
        )
    return _whole(local, _NOT_COACH, LARGEST_DESK_ID), coach_web_link(remote_id, username)


def parse_course_link(spec: str) -> tuple[int, int]:
    """`LOCAL_ID=REMOTE_ID`, as `studio-desk sync configure --course` takes it."""
    local, equals, remote = (spec if isinstance(spec, str) else "").partition("=")
    if not equals:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "'{spec}' should be LOCAL_ID=REMOTE_ID, like 5=42."),
            spec=shown(spec, 60),
        )
    return _whole(local, _NOT_COURSE, LARGEST_DESK_ID), course_web_link(remote)


def checked_coach_links(given: object) -> dict[int, tuple[int, str] | None]:
    """Coach links as configure_sync takes them: desk coach -> (web coach, web username), or
    None to unlink."""
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        raise _not_links()
    links: dict[int, tuple[int, str] | None] = {}
    for coach_id, link in given.items():
        if link is None:
            links[parse_id(coach_id, "coach")] = None
            continue
        if not (isinstance(link, tuple | list) and len(link) == 2):
            raise _not_links()
        username = parse_web_username(link[1])
        if username is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "services", "Enter the coach's web username as well as the web coach number."
                )
            )
        links[parse_id(coach_id, "coach")] = (parse_id(link[0], "web coach"), username)
    return links


def checked_course_links(given: object) -> dict[int, int | None]:
    """Course links: desk course -> web course, or None to unlink."""
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        raise _not_links()
    return {
        parse_id(course_id, "course"): None if remote is None else parse_id(remote, "web course")
        for course_id, remote in given.items()
    }


def _not_links() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "services", "Give the links as desk numbers with their web numbers (and a coach's web username)."
        )
    )
