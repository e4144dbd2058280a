"""Money as people read and type it: the studio's currency, the reader's separators, and what
a person types read back to the same amount."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio_desk.services import ValidationError, format_amount, format_money, parse_amount
from studio_desk.services.money.payments import MAX_AMOUNT

ENGLISH = {"group": ",", "point": "."}
INDONESIAN = {"group": ".", "point": ","}


def test_rupiah_in_english_and_in_indonesian() -> None:
    assert format_money(150_000, "IDR") == "Rp 150,000"
    assert format_money(150_000, "IDR", **INDONESIAN) == "Rp 150.000"
    assert format_money(-50_000, "IDR", **INDONESIAN) == "-Rp 50.000"
    assert format_money(0, "IDR") == "Rp 0"


def test_a_currency_with_cents_shows_them() -> None:
    """The amount is in the smallest unit: 1550 euro cents are 15.50 euros, not 1,550 euros."""
    assert format_money(1_550, "EUR") == "EUR 15.50"
    assert format_money(123_456_789, "EUR", **INDONESIAN) == "EUR 1.234.567,89"
    assert format_money(1_500, "JPY") == "JPY 1,500"
    assert format_money(1_500, "KWD") == "KWD 1.500"


@pytest.mark.parametrize(
    ("typed", "currency", "amount"),
    [
        ("150000", "IDR", 150_000), ("150.000", "IDR", 150_000), ("150,000", "IDR", 150_000),
        ("Rp 150.000", "IDR", 150_000), ("rp150.000", "IDR", 150_000), ("1 500 000", "IDR", 1_500_000),
        ("15", "EUR", 1_500), ("15.5", "EUR", 1_550), ("15,50", "EUR", 1_550),
        ("1,500.50", "EUR", 150_050), ("1.500,50", "EUR", 150_050), ("1.500", "EUR", 150_000),
        ("15.555", "EUR", 1_555_500), ("EUR 2", "EUR", 200), ("1.5", "KWD", 1_500),
    ],
)
def test_amounts_typed_as_people_write_them(typed: str, currency: str, amount: int) -> None:
    assert parse_amount(typed, currency=currency) == amount


@pytest.mark.parametrize(
    ("typed", "currency"),
    [("150.5", "IDR"), ("150.000,00", "IDR"), ("15.5555", "EUR"), ("1.500.50", "EUR"), ("1,5,0", "EUR"),
     ("EUR 150", "IDR"), ("", "IDR"), ("dua ratus", "IDR")],
)
def test_amounts_that_could_be_misread_are_refused_with_an_example(typed: str, currency: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_amount(typed, what="The refund", currency=currency)
    example = {"IDR": "Rp 150,000", "EUR": "EUR 15.50"}[currency]
    assert str(refused.value) == f"The refund must be a number, like {example}."


@given(
    amount=st.integers(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT),
    currency=st.sampled_from(["IDR", "EUR", "JPY", "KWD"]),
    separators=st.sampled_from([ENGLISH, INDONESIAN]),
)
def test_what_the_desk_writes_reads_back_to_the_same_amount(
    amount: int, currency: str, separators: dict[str, str]
) -> None:
    """A prefilled field (a refund, the counted cash) and a shown price, taken as typed input,
    are the amount they show, in either language."""
    if amount < 0:
        with pytest.raises(ValidationError, match="cannot be negative"):
            parse_amount(format_amount(amount, currency, **separators), currency=currency)
        return
    assert parse_amount(format_amount(amount, currency, **separators), currency=currency) == amount
    assert parse_amount(format_money(amount, currency, **separators), currency=currency) == amount
