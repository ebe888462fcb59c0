"""Patterns searched for in the posting's lower-case text find what their case-insensitive originals find.

``doc._.screener.lower`` is the posting text in lower case with every offset
kept. The built-in plugins search it with lower-case patterns that start with
a plain letter, which the regular expression engine finds many times faster
than a pattern searched for with ``re.IGNORECASE``. The references here are
the case-insensitive patterns the plugins used before.
"""

from __future__ import annotations

import re
import sys

from conftest import corpus_dirs
from hypothesis import given, settings
from hypothesis import strategies as st
from screener_plugins.requirements import experience
from screener_plugins.skills.coding import icd10

from screener.context import aligned_lower

UNIT_REFERENCE = re.compile(r"(?:years?|yrs?\.?|months?)(?:['’]s?)?(?![\w-])", re.I)
ICD_PCS_REFERENCE = re.compile(r"\bICD[- ]?10[- ]?CM\s*(?:/|&|and|,)\s*(PCS)\b", re.I)

WORDS = [
    "Years",
    "year's",
    "YRS.",
    "yr",
    "yrs",
    "Months",
    "month’s",
    "monthly",
    "yearly",
    "ICD-10-CM/PCS",
    "icd10cm and pcs",
    "ICD 10 CM & PCS",
    "ICD-10-CM, PCS",
    "xICD-10-CM/PCS",
    "ICD-10-CM / PCSx",
    "ICD-10",
    "PCS",
    "İ",
    "2",
    "two",
    "experience",
    "-",
    "’",
    "'s",
]
SEPARATORS = ["", " ", "\n", "-", "_", ".", ", ", "/", "x"]


def corpus_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for d in corpus_dirs() for p in sorted((d / "postings").glob("*.txt"))]


def units(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in experience._units(aligned_lower(text))]


def icd_pcs(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in icd10._CM_AND_PCS.finditer(aligned_lower(text))]


def test_the_corpus_gives_the_same_matches():
    texts = corpus_texts()
    found = 0
    for text in texts:
        assert units(text) == [m.span() for m in UNIT_REFERENCE.finditer(text)]
        assert icd_pcs(text) == [m.span(1) for m in ICD_PCS_REFERENCE.finditer(text)]
        found += len(units(text)) + len(icd_pcs(text))
    assert found > 50


@settings(max_examples=500, deadline=None, database=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30))
def test_any_text_built_from_the_words_gives_the_same_matches(pieces):
    text = "".join(word + separator for word, separator in pieces)
    assert units(text) == [m.span() for m in UNIT_REFERENCE.finditer(text)]
    assert icd_pcs(text) == [m.span(1) for m in ICD_PCS_REFERENCE.finditer(text)]


@given(st.text())
def test_the_lower_case_text_has_the_length_of_the_text_and_lower_case_letters(text):
    lower = aligned_lower(text)
    assert len(lower) == len(text)
    assert all(low == character.lower()[0] for character, low in zip(text, lower, strict=True))


def test_a_letter_whose_lower_case_is_two_characters_keeps_the_offsets_after_it():
    expanding = [chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) > 1]
    assert expanding  # U+0130, "İ"
    for character in expanding:
        text = f"{character} 2 YEARS ICD-10-CM/PCS"
        lower = aligned_lower(text)
        assert lower.index("2 years") == text.index("2 YEARS")
        assert icd_pcs(text) == [m.span(1) for m in ICD_PCS_REFERENCE.finditer(text)]
