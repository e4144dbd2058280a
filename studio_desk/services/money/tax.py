"""The tax included in a price, as a receipt states it: none, PPN or a regional tax.

Prices at the studio include tax, so the tax is taken out of what was paid, never added:
- PPN: 12% on a tax base (DPP) of 11/12 of the price before tax, so 11% of that price;
  the tax in a price P is P x 11/111.
- A regional tax such as Jakarta's PBJT at r%: the tax in P is P x r/(100 + r).
Every amount is an integer in the currency's smallest unit, rounded half up (half away from
zero for a refund), so a receipt's lines add up to what was paid.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from studio_desk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from studio_desk.services.money.amounts import MAX_SHOWN_AMOUNT
from studio_desk.services.text import printable, shown


class TaxMode(enum.StrEnum):
    NONE = "none"
    PPN = "ppn"
    REGIONAL = "regional"


# The receipt paper sizes a studio can choose, as kept in the settings.
PAPER_SIZES = ("a4", "a5", "80mm", "58mm")
PPN_RATE_PERCENT = 12


@dataclass(frozen=True)
class IncludedTax:
    """The tax inside `price`: `name` ("PPN", "PBJT") at `rate_percent` of `base`."""

    name: str
    rate_percent: int
    price: int  # what was paid, tax included (negative for a refund)
    base: int  # the tax base: the DPP for PPN, the price before tax for a regional tax
    tax: int

    @property
    def before_tax(self) -> int:
        return self.price - self.tax


def _rounded_share(amount: int, numerator: int, denominator: int) -> int:
    """amount x numerator / denominator, rounded half away from zero, in integers only."""
    magnitude = (2 * abs(amount) * numerator + denominator) // (2 * denominator)
    return -magnitude if amount < 0 else magnitude


def included_tax(price: int, mode: TaxMode | str, *, regional_name: str = "PBJT",
                 regional_percent: int = 10) -> IncludedTax | None:
    """The tax included in `price` under `mode`; None when the studio prints no tax."""
    if isinstance(price, bool) or not isinstance(price, int) or abs(price) > MAX_SHOWN_AMOUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "'{value}' is not an amount of money the desk can show."),
            value=shown(price),
        )
    modes = {each.value: each for each in TaxMode}
    if not (isinstance(mode, str) and mode in modes):
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "Choose the tax on receipts: none, PPN or a regional tax.")
        )
    mode = modes[mode]
    if not (isinstance(regional_name, str) and printable(regional_name)):
        raise ValidationError(QT_TRANSLATE_NOOP("services", "The tax's name must be text."))
    percent = regional_percent
    if isinstance(percent, bool) or not isinstance(percent, int) or not 1 <= percent <= 25:
        raise ValidationError(
            QT_TRANSLATE_NOOP("services", "The regional tax rate must be between 1 and 25 percent.")
        )
    if mode is TaxMode.NONE:
        return None
    if mode is TaxMode.PPN:
        tax = _rounded_share(price, 11, 111)
        base = _rounded_share(price - tax, 11, 12)
        return IncludedTax("PPN", PPN_RATE_PERCENT, price, base, tax)
    tax = _rounded_share(price, regional_percent, 100 + regional_percent)
    return IncludedTax(regional_name, regional_percent, price, price - tax, tax)
