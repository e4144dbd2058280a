"""How a stored phone number is shown: one format on every screen, by one rule.

Phones are stored as digits with the country code first ("6281322221111"), which finds them by
prefix and is what machines want (exports keep it, as E.164 "+6281322221111"). People read them
the way their country writes them: a number of the studio's own country in its national form
("0813-2222-1111"), any other in international form ("+44 20 7946 0958"). Google's
libphonenumber (the `phonenumbers` package) knows every country's grouping.
"""

from __future__ import annotations

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError


def format_phone(stored: str | None, country_code: str) -> str:
    """`stored` ("6281322221111") as a person reads it at a studio whose phone country code is
    `country_code` ("62"): "0813-2222-1111"; "" when there is none."""
    country = checked_country_code(country_code)
    if stored is None or stored == "":
        return ""
    if not isinstance(stored, str):
        raise _not_stored_phone()
    if not (stored.isdigit() and stored.isascii()):
        return f"+{stored}"  # not as the desk stores phones (digits): shown as it is, never hidden
    # Imported here, with the first phone shown: importing it (its patterns and metadata) takes
    # about 10 ms, which every desk's start paid, while the settings and client services that
    # import this module at start only check country codes.
    import phonenumbers

    try:
        number = phonenumbers.parse(f"+{stored}")
    except phonenumbers.NumberParseException:
        return f"+{stored}"  # not a number any country dials: shown as stored, never hidden
    if not phonenumbers.is_possible_number(number):
        return f"+{stored}"
    if str(number.country_code) == country:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    # "+44 ...", not a dialling prefix of the studio's country ("00 44 ..."): it reads the same
    # everywhere and a mobile phone dials it as written.
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def e164_phone(stored: str | None) -> str:
    """`stored` for machines (exports, other systems): "+6281322221111"; "" when there is none."""
    if stored is not None and not isinstance(stored, str):
        raise _not_stored_phone()
    return f"+{stored}" if stored else ""


def _not_stored_phone() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("services", "A phone number is kept as text of digits, like 6281234567890.")
    )


def checked_country_code(code: object) -> str:
    """A phone country code as the settings keep it: digits only, such as 62 (ITU
    country codes have one to three)."""
    if not (isinstance(code, str) and code.isdigit() and code.isascii() and 1 <= len(code) <= 3):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The phone country code must be digits only, such as 62.")
        )
    return code
