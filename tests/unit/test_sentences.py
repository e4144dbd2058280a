"""Sentences kept with a booking come back as they were written: the template, and each field
with its kind (money, a day, a time with its offset, a status), so any desk can word them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio_desk.models import BookingStatus
from studio_desk.services import Money, Sentence
from studio_desk.services.sentences import from_json, kept_words, to_json

OFFSETS = [dt.UTC, dt.timezone(dt.timedelta(hours=7)), dt.timezone(dt.timedelta(hours=-3))]
ZONED = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.sampled_from(OFFSETS)
)
FIELD = st.one_of(
    st.text(), st.integers(min_value=-(2**53), max_value=2**53),
    st.builds(Money, st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from(["IDR", "EUR"])),
    st.dates(), ZONED, st.sampled_from(list(BookingStatus)),
)


@given(template=st.text(), fields=st.dictionaries(st.text(min_size=1), FIELD, max_size=4))
def test_a_kept_sentence_comes_back_the_same(template: str, fields: dict[str, object]) -> None:
    back = from_json(to_json(Sentence(template, fields)))
    assert back == Sentence(template, fields)
    for name, value in fields.items():
        assert type(back.fields[name]) is type(value)
        if isinstance(value, dt.datetime):
            assert back.fields[name].utcoffset() == value.utcoffset()  # type: ignore[union-attr]


def test_the_english_of_a_sentence_writes_money_days_and_times() -> None:
    sentence = Sentence(
        "Paid {paid} on {day}, moved from {start} ({status})",
        {"paid": Money(120_000, "IDR"), "day": dt.date(2025, 10, 24),
         "start": dt.datetime(2025, 10, 24, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
         "status": BookingStatus.PAID},
    )
    assert str(sentence) == "Paid Rp 120,000 on 24 Oct 2025, moved from 24 Oct 2025 10:00 (paid)"


def test_a_field_the_database_cannot_keep_is_refused_when_written() -> None:
    with pytest.raises(TypeError, match="cannot keep float"):
        to_json(Sentence("{x}", {"x": 1.5}))


def test_text_without_a_kept_sentence_is_what_was_written() -> None:
    assert kept_words("Client is ill", None) == "Client is ill"
    assert kept_words(None, None) is None
    sentence = Sentence("Paid {paid}", {"paid": Money(1, "IDR")})
    assert kept_words("Paid Rp 1", to_json(sentence)) == sentence
