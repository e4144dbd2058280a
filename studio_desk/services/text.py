"""Free text typed by people: trimmed, length-checked, and refused when it cannot be stored."""

from __future__ import annotations

from studio_desk.services.errors import ValidationError

# Why a booking was canceled or moved: a sentence or two.
REASON_LENGTH = 500


def clean_text(value: object, *, what: str, max_length: int, required: bool) -> str | None:
    """`value` trimmed; None when empty and optional. `what` names the field for messages,
    such as "the client's name"."""
    text = "" if value is None else str(value).strip()
    if not text:
        if required:
            raise ValidationError(f"Enter {what}.")
        return None
    if len(text) > max_length:
        raise ValidationError(
            f"{what[0].upper()}{what[1:]} is too long ({len(text)} characters; at most {max_length})."
        )
    # PostgreSQL cannot store NUL in text, and other control characters are never typed on
    # purpose; tabs and line breaks are fine in notes.
    if any(ord(char) < 32 and char not in "\t\n\r" for char in text):
        raise ValidationError(f"{what[0].upper()}{what[1:]} contains invisible control characters.")
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
