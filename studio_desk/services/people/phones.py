"""How a stored phone number is shown: one format on every screen, by one rule.

Phones are stored as digits with the country code first ("6281322221111"), which finds them by
prefix and is what machines want (exports keep it, as E.164 "+6281322221111"). People read them
the way their country writes them: a number of the studio's own country in its national form
("0813-2222-1111"), any other in international form ("+44 20 7946 0958"). Google's
libphonenumber (the `phonenumbers` package) knows every country's grouping.
"""

from __future__ import annotations

import phonenumbers


def format_phone(stored: str | None, country_code: str) -> str:
    """`stored` ("6281322221111") as a person reads it at a studio whose phone country code is
    `country_code` ("62"): "0813-2222-1111"; "" when there is none."""
    if not stored:
        return ""
    try:
        number = phonenumbers.parse(f"+{stored}")
    except phonenumbers.NumberParseException:
        return f"+{stored}"  # not a number any country dials: shown as stored, never hidden
    if not phonenumbers.is_possible_number(number):
        return f"+{stored}"
    if str(number.country_code) == country_code:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    # "+44 ...", not a dialling prefix of the studio's country ("00 44 ..."): it reads the same
    # everywhere and a mobile phone dials it as written.
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def e164_phone(stored: str | None) -> str:
    """`stored` for machines (exports, other systems): "+6281322221111"; "" when there is none."""
    return f"+{stored}" if stored else ""
