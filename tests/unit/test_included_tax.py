"""The tax inside a price: PPN (12% of 11/12, so 11%) and a regional tax, in whole units."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio_desk.services import TaxMode, included_tax


def test_no_tax_prints_no_tax_line() -> None:
    assert included_tax(150_000, TaxMode.NONE) is None


@pytest.mark.parametrize(
    ("price", "tax", "dpp"),
    [
        (150_000, 14_865, 123_874),  # 150,000 x 11/111 = 14,864.86...
        (111, 11, 111 - 11 - 8),  # exactly 11 of 111; DPP 100 x 11/12 = 91.67 -> 92
        (50, 5, 41),  # 4.95 rounds up to 5; DPP 45 x 11/12 = 41.25 -> 41
        (1, 0, 1),  # too small to carry tax
    ],
)
def test_ppn_is_eleven_percent_of_the_price_before_tax_rounded_half_up(
    price: int, tax: int, dpp: int
) -> None:
    found = included_tax(price, "ppn")
    assert found is not None
    assert (found.name, found.rate_percent, found.tax, found.base) == ("PPN", 12, tax, dpp)
    assert found.before_tax + found.tax == price


@pytest.mark.parametrize(("price", "tax"), [(150_000, 13_636), (110_000, 10_000), (11, 1), (5, 0), (6, 1)])
def test_a_regional_tax_of_ten_percent_is_one_eleventh_of_the_price(price: int, tax: int) -> None:
    found = included_tax(price, "regional", regional_name="PBJT", regional_percent=10)
    assert found is not None
    assert (found.name, found.tax, found.base) == ("PBJT", tax, price - tax)


@given(price=st.integers(min_value=0, max_value=10**12), mode=st.sampled_from(["ppn", "regional"]))
def test_the_tax_is_the_nearest_whole_unit_and_a_refund_mirrors_the_payment(price: int, mode: str) -> None:
    found = included_tax(price, mode)
    refunded = included_tax(-price, mode)
    assert found is not None and refunded is not None
    exact = Fraction(price * 11, 111) if mode == "ppn" else Fraction(price * 10, 110)
    assert abs(found.tax - exact) <= Fraction(1, 2)
    assert (refunded.tax, refunded.base) == (-found.tax, -found.base)
