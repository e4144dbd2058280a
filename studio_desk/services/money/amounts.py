"""Money is an integer in the smallest unit of the studio's currency; this shows it to people.

The separators are the reader's: English writes `Rp 150,000`, Indonesian `Rp 150.000`. The
services write English (their messages' `str`, the command line); the desk passes its
language's separators (ui/formats.money).
"""

from __future__ import annotations

from dataclasses import dataclass

# The rupiah has sen on paper (ISO 4217 gives it two decimals) but no coin or price uses them;
# the studio and its web platform count whole rupiah, so here it has none.
_NO_DECIMALS = frozenset({
    "IDR", "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW",
    "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
})
_THREE_DECIMALS = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
_SYMBOLS = {"IDR": "Rp"}


def currency_digits(currency: str) -> int:
    """How many decimals the currency's smallest unit has: 0 for rupiah, 2 for euro cents."""
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
    number = format_amount(abs(amount), currency, group=group, point=point)
    return f"{'-' if amount < 0 else ''}{currency_symbol(currency)} {number}"


def plain_amount(amount: int, currency: str) -> str:
    """`150000`, `-15.50`: for a file a spreadsheet reads, in whole units of the currency."""
    return format_amount(amount, currency, group="")


def format_amount(amount: int, currency: str, *, group: str = ",", point: str = ".") -> str:
    """The number alone, as a person would type it: `150,000`, `15.50`."""
    digits = currency_digits(currency)
    whole, fraction = divmod(abs(amount), 10**digits)
    text = f"{whole:,}".replace(",", group)
    if digits:
        text += f"{point}{fraction:0{digits}d}"
    return f"-{text}" if amount < 0 else text
