"""Free text typed by people: normalised, trimmed, length-checked, and refused when it is not
text a person can read.

Text is NFC-normalised first, so "é" typed as e + accent and as one character is one name.
Refused everywhere: anything but a str (bytes or a list would be stored as their repr), lone
surrogates (no database can store them), control characters (NUL, DEL, NEL, tabs; PostgreSQL
cannot store NUL at all), the Unicode line and paragraph separators, noncharacters, and the
invisible format characters: bidi controls (a right-to-left override makes "Ana" read as
something else on screen and on a receipt), zero-width spaces, soft hyphens, BOMs. The two
joiners (U+200C, U+200D) stay: Persian, the Indic scripts and emoji are written with them.
Only multi-line text (a client's notes, the studio's address, a receipt footer) keeps line
breaks, and text with nothing visible in it is empty.

Printable text only, too: refused, with the character's U+ code, are private-use characters
(a picture in one font, a box in all others), unassigned code points (no character at all, in
the Unicode version of this Python), and characters drawn as nothing though they are no
control: the Hangul fillers, BRAILLE PATTERN BLANK, COMBINING GRAPHEME JOINER and the rest of
Unicode's default-ignorable code points. A name of nothing else (and spaces) is blank. Spaces
of every kind stay (str.isprintable() refuses all but U+0020, yet a no-break space or an
ideographic space is how some names are typed), and so do the variation selectors, with which
an emoji and a Japanese name's exact kanji are written.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

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
    "the product's name": QT_TRANSLATE_NOOP("services", "Enter the product's name."),
    "the room's name": QT_TRANSLATE_NOOP("services", "Enter the room's name."),
    "the reason for canceling": QT_TRANSLATE_NOOP("services", "Enter the reason for canceling."),
    "the reason": QT_TRANSLATE_NOOP("services", "Enter the reason."),
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
    "the product's name": QT_TRANSLATE_NOOP(
        "services", "The product's name is too long ({length} characters; at most {limit})."
    ),
    "the room's name": QT_TRANSLATE_NOOP(
        "services", "The room's name is too long ({length} characters; at most {limit})."
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
    "the product's name": QT_TRANSLATE_NOOP(
        "services", "The product's name contains invisible control characters."
    ),
    "the room's name": QT_TRANSLATE_NOOP(
        "services", "The room's name contains invisible control characters."
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


_NOT_TEXT: dict[str, str] = {
    "your name": QT_TRANSLATE_NOOP("services", "Your name must be text."),
    "the person's name": QT_TRANSLATE_NOOP("services", "The person's name must be text."),
    "the client's name": QT_TRANSLATE_NOOP("services", "The client's name must be text."),
    "the coach's name": QT_TRANSLATE_NOOP("services", "The coach's name must be text."),
    "the course's name": QT_TRANSLATE_NOOP("services", "The course's name must be text."),
    "the course's title": QT_TRANSLATE_NOOP("services", "The course's title must be text."),
    "the product's name": QT_TRANSLATE_NOOP("services", "The product's name must be text."),
    "the room's name": QT_TRANSLATE_NOOP("services", "The room's name must be text."),
    "the reason for canceling": QT_TRANSLATE_NOOP("services", "The reason for canceling must be text."),
    "the reason": QT_TRANSLATE_NOOP("services", "The reason must be text."),
    "the holiday's name": QT_TRANSLATE_NOOP("services", "The holiday's name must be text."),
    "the location": QT_TRANSLATE_NOOP("services", "The location must be text."),
    "the email address": QT_TRANSLATE_NOOP("services", "The email address must be text."),
    "the notes": QT_TRANSLATE_NOOP("services", "The notes must be text."),
    "the payment reference": QT_TRANSLATE_NOOP("services", "The payment reference must be text."),
}

_UNPRINTABLE: dict[str, str] = {
    "your name": QT_TRANSLATE_NOOP(
        "services", "Your name contains a character that is blank or not printable ({code}). Leave it out."
    ),
    "the person's name": QT_TRANSLATE_NOOP(
        "services",
        "The person's name contains a character that is blank or not printable ({code}). Leave it out.",
    ),
    "the client's name": QT_TRANSLATE_NOOP(
        "services",
        "The client's name contains a character that is blank or not printable ({code}). Leave it out.",
    ),
    "the coach's name": QT_TRANSLATE_NOOP(
        "services",
        "The coach's name contains a character that is blank or not printable ({code}). Leave it out.",
    ),
    "the course's name": QT_TRANSLATE_NOOP(
        "services",
        "The course's name contains a character that is blank or not printable ({code}). Leave it out.",
    ),
    "the course's title": QT_TRANSLATE_NOOP(
        "services",
        "The course's title contains a character that is blank or not printable ({code}). Leave it out.",
    ),
    "the product's name": QT_TRANSLATE_NOOP(
        "services",
        "The product's name contains a character that is blank or not printable ({code}). Leave it out.",
    ),
    "the room's name": QT_TRANSLATE_NOOP(
        "services",
        "The room's name contains a character that is blank or not printable ({code}). Leave it out.",
    ),
    "the reason for canceling": QT_TRANSLATE_NOOP(
        "services",
        "The reason for canceling contains a character that is blank or not printable ({code}). "
        "Leave it out.",
    ),
    "the reason": QT_TRANSLATE_NOOP(
        "services", "The reason contains a character that is blank or not printable ({code}). Leave it out."
    ),
    "the holiday's name": QT_TRANSLATE_NOOP(
        "services",
        "The holiday's name contains a character that is blank or not printable ({code}). Leave it out.",
    ),
    "the location": QT_TRANSLATE_NOOP(
        "services", "The location contains a character that is blank or not printable ({code}). Leave it out."
    ),
    "the email address": QT_TRANSLATE_NOOP(
        "services",
        "The email address contains a character that is blank or not printable ({code}). Leave it out.",
    ),
    "the notes": QT_TRANSLATE_NOOP(
        "services", "The notes contain a character that is blank or not printable ({code}). Leave it out."
    ),
    "the payment reference": QT_TRANSLATE_NOOP(
        "services",
        "The payment reference contains a character that is blank or not printable ({code}). Leave it out.",
    ),
}

# ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER: invisible, but part of how some scripts and
# emoji are written.
_JOINERS = frozenset("\u200c\u200d")

# Unicode's Default_Ignorable_Code_Point property, from DerivedCoreProperties.txt of Unicode
# 14.0 (the version of Python 3.11's unicodedata, which has no API for it): what a font draws
# as nothing. tests/unit/test_printable_text.py compares it with Perl's own table.
DEFAULT_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)
# Of those, what real text is written with: the joiners; the variation selectors, which pick
# an emoji's colour form or the exact kanji of a Japanese name; Mongolian's free variation
# selectors, part of its spelling.
_WRITTEN_WITH_RANGES = (
    (0x200C, 0x200D), (0xFE00, 0xFE0F), (0xE0100, 0xE01EF), (0x180B, 0x180D), (0x180F, 0x180F),
)
_WRITTEN_WITH = frozenset(
    chr(code) for low, high in _WRITTEN_WITH_RANGES for code in range(low, high + 1)
)
# Blank by design, though no property says so: U+2800 BRAILLE PATTERN BLANK looks like a space
# and is no space; U+1D159 MUSICAL SYMBOL NULL NOTEHEAD is drawn as nothing.
_ALSO_BLANK = frozenset("\u2800\U0001d159")
_BLANK = (
    frozenset(chr(code) for low, high in DEFAULT_IGNORABLE_RANGES for code in range(low, high + 1))
    - _WRITTEN_WITH
) | _ALSO_BLANK
# Private use, and not assigned (yet): no character everyone can read.
_NO_CHARACTER = frozenset({"Co", "Cn"})
# Categories never in readable text: controls, surrogates, line and paragraph separators.
_NEVER = frozenset({"Cc", "Cs", "Zl", "Zp"})
# What makes text visible: letters, marks on them aside, numbers, punctuation, symbols.
_VISIBLE = frozenset("LNPS")


def unreadable(char: str, *, multi_line: bool = False) -> bool:
    """Whether `char` has no place in text a person typed (see the module's docstring)."""
    if char == "\n":
        return not multi_line
    category = unicodedata.category(char)
    if category in _NEVER:
        return True
    if category == "Cf":
        return char not in _JOINERS
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE  # the noncharacters


def readable(text: str, *, multi_line: bool = False) -> bool:
    return not any(unreadable(char, multi_line=multi_line) for char in text)


def unprintable(char: str) -> bool:
    """Whether `char`, no control, is still no printable text: private use, unassigned, or
    blank by design (see the module's docstring)."""
    return char in _BLANK or unicodedata.category(char) in _NO_CHARACTER


def first_unprintable(text: str) -> str | None:
    return next((char for char in text if unprintable(char)), None)


def printable(text: str, *, multi_line: bool = False) -> bool:
    """Readable, and printable: neither controls nor blank or unassigned characters."""
    return readable(text, multi_line=multi_line) and first_unprintable(text) is None


def code_of(char: str) -> str:
    """How a refusal names a character: U+3164."""
    return f"U+{ord(char):04X}"


def visible(text: str) -> bool:
    """Whether `text` shows anything: a name of spaces, joiners, accents or fillers alone does
    not. A private-use or unassigned character shows a box at least: it is refused by name."""
    return any(
        char not in _BLANK
        and (unicodedata.category(char)[0] in _VISIBLE or unicodedata.category(char) in _NO_CHARACTER)
        for char in text
    )


def normalized(text: str, *, multi_line: bool = False) -> str:
    """`text` in NFC, trimmed, with Windows and old Mac line breaks as plain ones."""
    text = unicodedata.normalize("NFC", text)
    if multi_line:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def clean_text(
    value: object, *, what: str, max_length: int, required: bool, multi_line: bool = False
) -> str | None:
    """`value` normalised and trimmed; None when empty and optional. `what` names the field for
    messages, such as "the client's name". Only `multi_line` text keeps line breaks."""
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = normalized(str.__str__(value), multi_line=multi_line)
    else:
        raise about_field(ValidationError(_NOT_TEXT[what]), what)
    if len(text) > max_length:
        raise about_field(ValidationError(_TOO_LONG[what], length=len(text), limit=max_length), what)
    if not readable(text, multi_line=multi_line):
        raise about_field(ValidationError(_INVISIBLE[what]), what)
    if not visible(text):
        if required:
            raise about_field(ValidationError(_MISSING[what]), what)
        return None
    odd = first_unprintable(text)
    if odd is not None:
        raise about_field(ValidationError(_UNPRINTABLE[what], code=code_of(odd)), what)
    return text


def required_text(value: object, *, what: str, max_length: int, multi_line: bool = False) -> str:
    text = clean_text(value, what=what, max_length=max_length, required=True, multi_line=multi_line)
    assert text is not None
    return text


# What is searched for at most: more typed is ignored.
SEARCH_LENGTH = 120


def search_text(value: object) -> str:
    """What a person typed into a search box, ready to look for ("" finds nothing or all, as
    the search decides). It is never stored, but a NUL or a lone surrogate cannot even be sent
    to PostgreSQL, and nothing stored has one, so they are refused."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Search for text: part of a name or a phone number.")
        )
    text = unicodedata.normalize("NFC", str.__str__(value)).strip()[:SEARCH_LENGTH]
    if any(unicodedata.category(char) in _NEVER for char in text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The search contains invisible control characters.")
        )
    return text


def shown(value: object, limit: int = 40) -> str:
    """Something a person gave, to quote back in a refusal: shortened, and with whatever cannot
    be shown or printed (controls, lone surrogates, bidi controls) as U+FFFD, so the message
    itself can always be shown, printed and logged."""
    if isinstance(value, str):
        text = str.__str__(value)
    elif isinstance(value, int | float | dt.date | dt.time) and not isinstance(value, bool):
        # An int of thousands of digits cannot even be made text (Python refuses): not shown.
        text = "…" if isinstance(value, int) and value.bit_length() > 128 else str(value)
    else:
        text = type(value).__name__  # a list or bytes as such, not their repr
    text = "".join("\ufffd" if unreadable(char) else char for char in text[: limit + 1])
    return text if len(text) <= limit else text[: limit - 1] + "…"


LIKE_ESCAPE = "\\"


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
