"""What callers pass that nobody types: yes-or-no choices, counts, and the services' own answers
handed back to them (a cash-up, a booking as read). A wrong kind of value is refused here, at
the services' door, with a sentence, never a TypeError from deep inside."""

from __future__ import annotations

from typing import TypeVar

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.text import shown

T = TypeVar("T")


def yes_or_no(value: object) -> bool:
    """A choice such as `include_inactive` or `anyway`: True or False, nothing that merely looks
    true (a list, "no")."""
    if not isinstance(value, bool):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "'{value}' is not yes or no."), value=shown(value)
        )
    return value


def whole_number(value: object, *, low: int, high: int) -> int:
    """A count such as a page's `limit` or `offset`: an int from `low` to `high`."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "'{value}' is not a whole number from {low} to {high}."),
            value=shown(value),
            low=low,
            high=high,
        )
    return value


def one_of(value: object, kind: type[T]) -> T:
    """`value`, which must be a `kind` (a value the services made, handed back to them)."""
    if not isinstance(value, kind):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The desk was given '{value}' where it expects something else."),
            value=shown(value),
        )
    return value
