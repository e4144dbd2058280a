"""The currencies a studio can count in: the ISO 4217 codes of money in use today.

Kept here rather than taken from a library: the list changes once in years, and a settings
check should not need another package. Funds, metals and testing codes (XAU, XTS, ...) are
left out: no studio prices a session in gold.
"""

from __future__ import annotations

_CODES = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP "
    "BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP "
    "GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR "
    "KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK "
    "MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR "
    "SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS "
    "UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG"

)
ISO_4217 = frozenset(_CODES.split())


def known_currency(code: str) -> str | None:
    """`code` as the ISO code it stands for ("idr" and " IDR " are IDR), or None if none."""
    if not isinstance(code, str):
        raise _not_a_currency(code)
    upper = code.strip().upper()
    return upper if upper in ISO_4217 else None


def checked_currency(code: object) -> str:
    """`code` if it is a currency's ISO code as the settings keep it (IDR), else a refusal."""
    if not (isinstance(code, str) and code in ISO_4217):
        raise _not_a_currency(code)
    return str.__str__(code)


def _not_a_currency(code: object) -> Exception:
    # Imported here: errors' sentences write amounts, and amounts check currencies with this module.
    from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
    from studio_desk.services.text import shown

    return ValidationError(
        QT_TRANSLATE_NOOP(
            "services", "'{code}' is not a currency code. Use an ISO 4217 code such as IDR, USD or EUR."
        ),
        code=shown(code, 20),
    )
