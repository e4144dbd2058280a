"""Names are printable text: blank-looking, private-use and unassigned characters are refused,
and every name written with letters, marks, spaces, apostrophes, hyphens and dots, in the
scripts a studio meets, is kept as typed (after NFC)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio_desk.services import ValidationError
from studio_desk.services.text import DEFAULT_IGNORABLE_RANGES, clean_text, normalized, unprintable

WHAT = "the client's name"


def name_of(text: str) -> str | None:
    return clean_text(text, what=WHAT, max_length=200, required=False)


@pytest.mark.parametrize(
    "blank",
    ["\u3164", "\u3164 \u3164", "\u115f\u1160", "\uffa0", "\u2800\u2800", "\u034f", "\u17b4", "\U0001d159"],
)
def test_a_name_of_fillers_alone_is_blank(blank: str) -> None:
    assert name_of(blank) is None
    with pytest.raises(ValidationError, match="Enter the client's name."):
        clean_text(blank, what=WHAT, max_length=200, required=True)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Ana\u3164", "U+3164"), ("Ana\u2800Lee", "U+2800"), ("A\u034fna", "U+034F"), ("Ana\ue000", "U+E000"),
        ("\U000f0001", "U+F0001"), ("Ana\u0378", "U+0378"), ("Ana\U000e0080", "U+E0080"),
        ("Ana\u17b5", "U+17B5"),
    ],
)
def test_a_name_holding_one_is_refused_by_its_code(name: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        name_of(name)
    assert str(refused.value) == (
        f"The client's name contains a character that is blank or not printable ({code}). Leave it out."
    )


def test_spaces_of_every_kind_stay_inside_a_name() -> None:
    """str.isprintable() refuses every space but U+0020: not the rule for names."""
    spaces = [chr(code) for code in range(0x110000) if unicodedata.category(chr(code)) == "Zs"]
    assert len(spaces) == 17
    for space in spaces:
        assert name_of(f"Ana{space}Lee") == normalized(f"Ana{space}Lee")


def test_what_is_written_with_them_stays() -> None:
    """Variation selectors (an emoji's colour form, a kanji's exact form) and Mongolian's."""
    for name in ("\u2764\ufe0f Ana", "\u845b\U000e0100\u98fe", "\u1824\u1823\u1828\u180b"):
        assert name_of(name) == name


def test_the_default_ignorable_table_is_unicodes() -> None:
    """The table in services/text.py against Perl's, when Perl has this Python's Unicode."""
    perl = shutil.which("perl")
    if perl is None:
        pytest.skip("no perl here to compare with")
    version = subprocess.run(
        [perl, "-MUnicode::UCD", "-e", "print Unicode::UCD::UnicodeVersion()"],
        capture_output=True, text=True, check=True,
    ).stdout
    if version != unicodedata.unidata_version:
        pytest.skip(f"perl has Unicode {version}, Python {unicodedata.unidata_version}")
    listed = subprocess.run(
        [perl, "-e", 'for (0..0x10FFFF) { next if $_ >= 0xD800 && $_ <= 0xDFFF; '
                     'print "$_\\n" if chr($_) =~ /\\p{Default_Ignorable_Code_Point}/ }'],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    ours = {code for low, high in DEFAULT_IGNORABLE_RANGES for code in range(low, high + 1)}
    assert ours == {int(code) for code in listed}


def test_no_ignorable_but_what_text_is_written_with_is_printable() -> None:
    kept = {
        code for low, high in DEFAULT_IGNORABLE_RANGES for code in range(low, high + 1)
        if not unprintable(chr(code)) and unicodedata.category(chr(code)) != "Cf"
    }
    assert kept == {0x180B, 0x180C, 0x180D, 0x180F, *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)}


# Letters and marks of the scripts a studio in Indonesia meets, block by block; not the Hangul
# Jamo (their fillers) nor Khmer (its two inherent vowels are default-ignorable).
SCRIPTS = {
    "Latin": (0x0041, 0x024F), "Greek": (0x0370, 0x03FF), "Cyrillic": (0x0400, 0x04FF),
    "Hebrew": (0x0590, 0x05FF), "Arabic": (0x0620, 0x06FF), "Devanagari": (0x0900, 0x097F),
    "Thai": (0x0E00, 0x0E7F), "Balinese": (0x1B00, 0x1B7F), "Javanese": (0xA980, 0xA9DF),
    "Hiragana": (0x3040, 0x309F), "Katakana": (0x30A0, 0x30FF), "Han": (0x4E00, 0x9FFF),
    "Hangul": (0xAC00, 0xD7A3),
}
MARKS = st.characters(min_codepoint=0x0300, max_codepoint=0x036F, exclude_characters="\u034f")
SEPARATORS = st.sampled_from([" ", "'", "\u2019", "-", "\u2010", ".", ". ", "\u00a0", "\u3000"])


@st.composite
def names(draw: st.DrawFn) -> str:
    first, last = SCRIPTS[draw(st.sampled_from(sorted(SCRIPTS)))]
    letters = st.characters(min_codepoint=first, max_codepoint=last, categories=["L", "M"])
    words = [
        draw(st.characters(min_codepoint=first, max_codepoint=last, categories=["L"]))
        + draw(st.text(st.one_of(letters, MARKS), max_size=8))
        for _ in range(draw(st.integers(1, 4)))
    ]
    return "".join(word + draw(SEPARATORS) for word in words[:-1]) + words[-1]


@settings(max_examples=300, derandomize=True, database=None)
@given(names())
def test_every_name_of_letters_marks_spaces_and_signs_is_kept(name: str) -> None:
    assert name_of(name) == normalized(name)
