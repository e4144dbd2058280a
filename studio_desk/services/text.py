"""Free text typed by people: trimmed, length-checked, and refused when it cannot be stored."""

from __future__ import annotations

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError, about_field

# Why a booking was canceled or moved: a sentence or two.
REASON_LENGTH = 500

# The whole sentences for each `what` the services pass, so that a translator sees sentences.
# tests/unit/test_service_messages.py checks that every caller's `what` is in these tables.
_MISSING: dict[str, str] = {
    "your name": QT_TRANSLATE_NOOP("services", "Enter your name."),
    "the person's name": QT_TRANSLATE_NOOP("services", "Enter the person's name."),
    "the client's name": QT_TRANSLATE_NOOP("services", "Enter the client's name."),
    "the coach's name": QT_TRANSLATE_NOOP("services", "Enter the coach's name."),
    "the course's name": QT_TRANSLATE_NOOP("services", "Enter the course's name."),
    "the course's title": QT_TRANSLATE_NOOP("services", "Enter the course's title."),
    "the reason for canceling": QT_TRANSLATE_NOOP("services", "Enter the reason for canceling."),
    "the holiday's name": QT_TRANSLATE_NOOP("services", "Enter the holiday's name."),
}
_TOO_LONG: dict[str, str] = {
    "your name": QT_TRANSLATE_NOOP(
        "services", "Your name is too long ({length} characters; at most {limit})."
    ),
    "the person's name": QT_TRANSLATE_NOOP(
        "services", "The person's name is too long ({length} characters; at most {limit})."
    ),
    "the client's name": QT_TRANSLATE_NOOP(
        "services", "The client's name is too long ({length} characters; at most {limit})."
    ),
    "the coach's name": QT_TRANSLATE_NOOP(
        "services", "The coach's name is too long ({length} characters; at most {limit})."
    ),
    "the course's name": QT_TRANSLATE_NOOP(
        "services", "The course's name is too long ({length} characters; at most {limit})."
    ),
    "the course's title": QT_TRANSLATE_NOOP(
        "services", "The course's title is too long ({length} characters; at most {limit})."
    ),
    "the reason for canceling": QT_TRANSLATE_NOOP(
        "services", "The reason for canceling is too long ({length} characters; at most {limit})."
    ),
    "the reason": QT_TRANSLATE_NOOP(
        "services", "The reason is too long ({length} characters; at most {limit})."
    ),
    "the holiday's name": QT_TRANSLATE_NOOP(
        "services", "The holiday's name is too long ({length} characters; at most {limit})."
    ),
    "the location": QT_TRANSLATE_NOOP(
        "services", "The location is too long ({length} characters; at most {limit})."
    ),
    "the email address": QT_TRANSLATE_NOOP(
        "services", "The email address is too long ({length} characters; at most {limit})."
    ),
    "the notes": QT_TRANSLATE_NOOP(
        "services", "The notes is too long ({length} characters; at most {limit})."
    ),
    "the payment reference": QT_TRANSLATE_NOOP(
        "services", "The payment reference is too long ({length} characters; at most {limit})."
    ),
}
_INVISIBLE: dict[str, str] = {
    "your name": QT_TRANSLATE_NOOP("services", "Your name contains invisible control characters."),
    "the person's name": QT_TRANSLATE_NOOP(
        "services", "The person's name contains invisible control characters."
    ),
    "the client's name": QT_TRANSLATE_NOOP(
        "services", "The client's name contains invisible control characters."
    ),
    "the coach's name": QT_TRANSLATE_NOOP(
        "services", "The coach's name contains invisible control characters."
    ),
    "the course's name": QT_TRANSLATE_NOOP(
        "services", "The course's name contains invisible control characters."
    ),
    "the course's title": QT_TRANSLATE_NOOP(
        "services", "The course's title contains invisible control characters."
    ),
    "the reason for canceling": QT_TRANSLATE_NOOP(
        "services", "The reason for canceling contains invisible control characters."
    ),
    "the reason": QT_TRANSLATE_NOOP("services", "The reason contains invisible control characters."),
    "the holiday's name": QT_TRANSLATE_NOOP(
        "services", "The holiday's name contains invisible control characters."
    ),
    "the location": QT_TRANSLATE_NOOP("services", "The location contains invisible control characters."),
    "the email address": QT_TRANSLATE_NOOP(
        "services", "The email address contains invisible control characters."
    ),
    "the notes": QT_TRANSLATE_NOOP("services", "The notes contains invisible control characters."),
    "the payment reference": QT_TRANSLATE_NOOP(
        "services", "The payment reference contains invisible control characters."
    ),
}


def clean_text(value: object, *, what: str, max_length: int, required: bool) -> str | None:
    """`value` trimmed; None when empty and optional. `what` names the field for messages,
    such as "the client's name"."""
    text = "" if value is None else str(value).strip()
    if not text:
        if required:
            raise about_field(ValidationError(_MISSING[what]), what)
        return None
    if len(text) > max_length:
        raise about_field(ValidationError(_TOO_LONG[what], length=len(text), limit=max_length), what)
    # PostgreSQL cannot store NUL in text, and other control characters are never typed on
    # purpose; tabs and line breaks are fine in notes.
    if any(ord(char) < 32 and char not in "\t\n\r" for char in text):
        raise about_field(ValidationError(_INVISIBLE[what]), what)
    return text


def required_text(value: object, *, what: str, max_length: int) -> str:
    text = clean_text(value, what=what, max_length=max_length, required=True)
    assert text is not None
    return text


LIKE_ESCAPE = "\\"


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
