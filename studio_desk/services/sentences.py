"""Words the services hand to a person: a template marked for translation and its fields.

Refusals (errors.DomainError) carry them, and so do words that are not refusals (a till's
difference, a sync round's report) and words kept with a booking (a history line's reason, a
problem with the web platform). A field keeps its value, not its text: an amount of money, a
day, a time, a status or another sentence (a refusal inside a report) is written out by whoever
reads it, in their language (`str` here is English; the desk's ui/messages uses its own).
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from studio_desk.models import BookingStatus
from studio_desk.services.money.amounts import Money

FieldWriter = Callable[[object], str]


# Not strftime's %b: Qt sets the C locale from the system, and the English kept in the database
# must not turn Indonesian on an Indonesian PC.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def english(value: object) -> str:
    """A field's value as the services write it: `Rp 150,000`, `25 Oct 2025 10:00`, `paid`."""
    if isinstance(value, dt.datetime):
        return f"{english(value.date())} {value:%H:%M}"
    if isinstance(value, dt.date):
        return f"{value.day:02d} {_MONTHS[value.month - 1]} {value.year}"
    return str(value)


def fill(template: str, fields: Mapping[str, object], write: FieldWriter = english) -> str:
    """`template` with each `{field}` written out by `write`."""
    if not (isinstance(template, str) and isinstance(fields, Mapping) and callable(write)):
        raise _not_fillable(template)
    if not fields:
        return template  # a sentence without fields is written as it is, braces and all
    named = _fields_of(template)
    if named is None or not all(isinstance(name, str) for name in fields) or not named <= set(fields):
        raise _not_fillable(template)
    return template.format(**{name: write(value) for name, value in fields.items()})


def _fields_of(template: str) -> set[str] | None:
    """The {fields} `template` names; None when it is no template (a lone brace, a field with
    an index or a format of its own): the services' templates name their fields and no more."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return None
    names = {name for _, name, spec, conversion in parsed if name is not None}
    formatted = any(spec or conversion for _, _, spec, conversion in parsed)
    plain = all(name.isidentifier() for name in names) and not formatted
    return names if plain else None


def _not_fillable(template: object) -> Exception:
    # Imported here: errors builds its messages with this module.
    from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
    from studio_desk.services.text import shown

    return ValidationError(
        QT_TRANSLATE_NOOP("services", "'{value}' is not a sentence the desk can fill in."),
        value=shown(template),
    )


@dataclass(frozen=True)
class Sentence:
    template: str  # written as QT_TRANSLATE_NOOP("services", "...")
    fields: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill(self.template, self.fields)


def _kept(value: object) -> object:
    """How a field's value is kept in the database's JSON: its kind beside what it was."""
    if isinstance(value, Money):
        return {"money": [value.amount, value.currency]}
    if isinstance(value, dt.datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, BookingStatus):
        return {"status": value.value}
    if isinstance(value, Sentence):
        return {"sentence": _as_dict(value)}
    if isinstance(value, str | int):
        return value
    raise TypeError(f"a sentence field cannot keep {type(value).__name__}")


_DECODERS: dict[str, Callable[[Any], object]] = {
    "money": lambda kept: Money(int(kept[0]), str(kept[1])),
    "datetime": lambda kept: dt.datetime.fromisoformat(kept),
    "date": lambda kept: dt.date.fromisoformat(kept),
    "status": BookingStatus,
    "sentence": lambda kept: _from_dict(kept),
}


def to_json(sentence: Sentence) -> str:
    """The sentence as kept with a booking, so it can be shown later in any language."""
    return json.dumps(_as_dict(sentence), ensure_ascii=False)


def _as_dict(sentence: Sentence) -> dict[str, object]:
    fields = {name: _kept(value) for name, value in sentence.fields.items()}
    return {"template": sentence.template, "fields": fields}


def kept_words(text: str | None, words: str | None) -> str | Sentence | None:
    """What a column pair (text, its JSON) holds: the Sentence when there is one, else the text
    as it was written (a person's words, or a line from before the desk kept sentences)."""
    return from_json(words) if words is not None else text


def from_json(text: str) -> Sentence:
    return _from_dict(json.loads(text))


def _from_dict(kept: dict[str, Any]) -> Sentence:
    fields: dict[str, object] = {}
    for name, value in kept["fields"].items():
        if isinstance(value, dict):
            ((key, inner),) = value.items()
            fields[name] = _DECODERS[key](inner)
        else:
            fields[name] = value
    return Sentence(kept["template"], fields)
