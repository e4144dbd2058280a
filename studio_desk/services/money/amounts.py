"""Money is an integer in the smallest unit of the studio's currency; this shows it to people.

The separators are the reader's: English writes `Rp 150,000`, Indonesian `Rp 150.000`. The
services write English (their messages' `str`, the command line); the desk passes its
language's separators (ui/formats.money).
"""

from __future__ import annotations

from dataclasses import dataclass

from studio_desk.services.money.currencies import checked_currency

# The rupiah has sen on paper (ISO 4217 gives it two decimals) but no coin or price uses them;
# the studio and its web platform count whole rupiah, so here it has none.
_NO_DECIMALS = frozenset({
    "IDR", "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW",
    "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
})
_THREE_DECIMALS = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
_SYMBOLS = {"IDR": "Rp"}


# An amount is kept in a BIGINT column: nothing the desk shows is larger.
MAX_SHOWN_AMOUNT = 2**63 - 1


def currency_digits(currency: str) -> int:
    """How many decimals the currency's smallest unit has: 0 for rupiah, 2 for euro cents."""
    checked_currency(currency)
    if currency in _NO_DECIMALS:
        return 0
    return 3 if currency in _THREE_DECIMALS else 2


def currency_symbol(currency: str) -> str:
    """`Rp` for rupiah; other currencies by their code, which no reader mistakes."""
    return _SYMBOLS.get(currency, currency)


@dataclass(frozen=True)
class Money:
    """An amount in a message's fields, so each reader sees it with their own separators."""

    amount: int
    currency: str

    def __str__(self) -> str:
        return format_money(self.amount, self.currency)


def format_money(amount: int, currency: str = "IDR", *, group: str = ",", point: str = ".") -> str:
    """`Rp 150,000` (English separators unless given), `EUR 15.50` for 1550 cents."""
    number = format_amount(amount, currency, group=group, point=point)
    return f"{'-' if amount < 0 else ''}{currency_symbol(currency)} {number.removeprefix('-')}"


def plain_amount(amount: int, currency: str) -> str:
    """`150000`, `-15.50`: for a file a spreadsheet reads, in whole units of the currency."""
    return format_amount(amount, currency, group="")


def format_amount(amount: int, currency: str, *, group: str = ",", point: str = ".") -> str:
    """The number alone, as a person would type it: `150,000`, `15.50`."""
    if isinstance(amount, bool) or not isinstance(amount, int) or abs(amount) > MAX_SHOWN_AMOUNT:
        raise _not_an_amount(amount)
    if not (isinstance(group, str) and isinstance(point, str)):
        raise _not_an_amount(amount)
    digits = currency_digits(currency)
    whole, fraction = divmod(abs(amount), 10**digits)
    text = f"{whole:,}".replace(",", group)
    if digits:
        text += f"{point}{fraction:0{digits}d}"
    return f"-{text}" if amount < 0 else text


def _not_an_amount(amount: object) -> Exception:
    # Imported here: errors' sentences write amounts with this module.
    from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
    from studio_desk.services.text import shown

    return ValidationError(
        QT_TRANSLATE_NOOP("services", "'{value}' is not an amount of money the desk can show."),
        value=shown(amount),
    )
