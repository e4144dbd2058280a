"""Money is an integer in the smallest unit of the studio's currency; this shows it to people."""

from __future__ import annotations

_SYMBOLS = {"IDR": "Rp"}


def format_money(amount: int, currency: str = "IDR") -> str:
    """`Rp 150.000` for IDR (dot-grouped, no fraction); `EUR 1,500` for others until issue 7's
    locale formats arrive."""
    sign = "-" if amount < 0 else ""
    if currency == "IDR":
        grouped = f"{abs(amount):,}".replace(",", ".")
        return f"{sign}{_SYMBOLS[currency]} {grouped}"
    return f"{sign}{currency} {abs(amount):,}"
