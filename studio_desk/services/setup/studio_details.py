"""What the studio writes about itself (name, address, phone, NPWP, receipt footer) and the
regional tax's rate: how long each may be and what is refused, in whole sentences."""

from __future__ import annotations

from dataclasses import dataclass

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError, about_field
from studio_desk.services.text import code_of, first_unprintable, readable


@dataclass(frozen=True)
class TextField:
    what: str  # how the settings screen names the field (DeskDialog.name_field)
    max_length: int
    multi_line: bool
    not_text: str
    too_long: str  # with {limit}


TEXT_FIELDS: dict[str, TextField] = {
    "studio_name": TextField(
        "the studio's name", 80, False,
        QT_TRANSLATE_NOOP("services", "The studio's name must be text."),
        QT_TRANSLATE_NOOP("services", "The studio's name can be at most {limit} characters."),
    ),
    "studio_address": TextField(
        "the address", 200, True,
        QT_TRANSLATE_NOOP("services", "The address must be text."),
        QT_TRANSLATE_NOOP("services", "The address can be at most {limit} characters."),
    ),
    "studio_phone": TextField(
        "the studio's phone", 40, False,
        QT_TRANSLATE_NOOP("services", "The studio's phone must be text."),
        QT_TRANSLATE_NOOP("services", "The studio's phone can be at most {limit} characters."),
    ),
    "tax_number": TextField(
        "the tax number", 30, False,
        QT_TRANSLATE_NOOP("services", "The tax number must be text."),
        QT_TRANSLATE_NOOP("services", "The tax number can be at most {limit} characters."),
    ),
    "regional_tax_name": TextField(
        "the tax's name", 20, False,
        QT_TRANSLATE_NOOP("services", "The tax's name must be text."),
        QT_TRANSLATE_NOOP("services", "The tax's name can be at most {limit} characters."),
    ),
    "receipt_footer": TextField(
        "the receipt footer", 300, True,
        QT_TRANSLATE_NOOP("services", "The receipt footer must be text."),
        QT_TRANSLATE_NOOP("services", "The receipt footer can be at most {limit} characters."),
    ),
}
# Control characters (tabs, and line breaks but in the address and the footer), bidi controls,
# zero-width spaces: the rules of services/text.py.
_INVISIBLE = QT_TRANSLATE_NOOP(
    "services", "Remove the invisible characters (such as tabs) from the studio's details."
)
# Private-use, unassigned and blank characters (services/text.py): named, since nothing shows.
_UNPRINTABLE = QT_TRANSLATE_NOOP(
    "services", "Remove the blank or unprintable character {code} from the studio's details."
)
# An NPWP is 15 digits (the old form, 01.234.567.8-901.000) or 16 (the NIK form since 2024).
_NPWP_DIGITS = (15, 16)


def checked_text(name: str, text: str) -> str:
    """`text` for the setting `name`, or a refusal about its field."""
    field = TEXT_FIELDS[name]
    if len(text) > field.max_length:
        raise about_field(ValidationError(field.too_long, limit=field.max_length), field.what)
    if not readable(text, multi_line=field.multi_line):
        raise about_field(ValidationError(_INVISIBLE), field.what)
    odd = first_unprintable(text)
    if odd is not None:
        raise about_field(ValidationError(_UNPRINTABLE, code=code_of(odd)), field.what)
    if name == "tax_number" and text:
        digits = "".join(char for char in text if char not in ".- ")
        if not (digits.isdigit() and digits.isascii() and len(digits) in _NPWP_DIGITS):
            raise about_field(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "services",
                        "The tax number (NPWP) has 15 or 16 digits, such as 01.234.567.8-901.000.",
                    )
                ),
                field.what,
            )
    return text


def checked_tax_rate(percent: int) -> int:
    if not 1 <= percent <= 25:
        raise about_field(
            ValidationError(
                QT_TRANSLATE_NOOP("services", "The regional tax rate must be between 1 and 25 percent.")
            ),
            "the tax rate",
        )
    return percent
