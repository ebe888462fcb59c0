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

import pytest
from conftest import corpus_dirs
from hypothesis import given, settings
from hypothesis import strategies as st
from screener_plugins.context import english
from screener_plugins.requirements import experience
from screener_plugins.skills.coding import icd10

from screener.extraction.context import aligned_lower

UNIT_REFERENCE = re.compile(r"(?:years?|yrs?\.?|months?)(?:['’]s?)?(?!\w|-(?!experience))", re.I)
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


# Patterns of the built-in context rules, searched for in the lower-case text
LOWER_CASE_PATTERNS = [
    re.compile(rule.pattern.replace("{ISSUER}", "ahima"))
    for rule in english.screener_context_rules()
    if rule.pattern and not getattr(rule, "case_sensitive", False)
]
CUE_WORDS = [
    "Required",
    "REQUIRED",
    "must",
    "not required",
    "No experience NEEDED",
    "preferred",
    "Preferably",
    "a plus",
    "PLUS",
    "Desirable",
    "we will pay",
    "Tuition",
    "exam fees",
    "reimbursement of AHIMA exam costs",
    "Courses in",
    "CURRICULUM",
    "ıs requıred",
    "preferſ",
    "İdeal",
    "minimum of",
    "Minimum",
    "BENEFITS",
    "What We Offer",
    "Qualifications",
    "Nice To Have",
    "Responsibilities",
    "EEO",
    "About Us",
    "May Include",
    "such as",
    "Varies",
]


def corpus_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for d in corpus_dirs() for p in sorted((d / "postings").glob("*.txt"))]


def units(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in experience._units(aligned_lower(text))]


def icd_pcs(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in icd10._CM_AND_PCS.finditer(aligned_lower(text))]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_context_patterns_are_lower_case_and_case_sensitive():
    for pattern in LOWER_CASE_PATTERNS:
        assert not pattern.flags & re.I
        # escapes ("\\W") and named groups ("(?P<repeated>") are syntax, not text to find
        letters = re.sub(r"\\[A-Za-z]|\(\?P[<=]", "", pattern.pattern)
        assert letters == letters.lower()


def test_the_corpus_gives_the_same_matches():
    texts = corpus_texts()
    found = 0
    for text in texts:
        lower = aligned_lower(text)
        for pattern in LOWER_CASE_PATTERNS:
            assert spans(pattern, lower) == spans(re.compile(pattern.pattern, re.I), text)
            found += len(spans(pattern, lower))
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


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(st.tuples(st.sampled_from(CUE_WORDS), st.sampled_from(SEPARATORS)), max_size=30))
def test_any_text_built_from_cue_words_gives_the_same_matches(pieces):
    text = "".join(word + separator for word, separator in pieces)
    for pattern in LOWER_CASE_PATTERNS:
        assert spans(pattern, aligned_lower(text)) == spans(re.compile(pattern.pattern, re.I), text)


def test_every_character_that_re_ignorecase_takes_for_an_ascii_letter_becomes_that_letter():
    any_letter = re.compile("[a-z]", re.I)
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        lower = aligned_lower(character)
        if any_letter.fullmatch(character):
            assert re.fullmatch(lower, character, re.I) and lower.isascii(), hex(code)
        else:
            assert not ("a" <= lower <= "z"), hex(code)


@given(st.text())
def test_the_lower_case_text_has_the_length_of_the_text_and_lower_case_letters(text):
    lower = aligned_lower(text)
    assert len(lower) == len(text)
    for character, low in zip(text, lower, strict=True):
        assert low == character.lower()[0] or (character, low) in {("ı", "i"), ("ſ", "s")}


def test_a_letter_whose_lower_case_is_two_characters_keeps_the_offsets_after_it():
    expanding = [chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) > 1]
    assert expanding  # U+0130, "İ"
    for character in expanding:
        text = f"{character} 2 YEARS ICD-10-CM/PCS"
        lower = aligned_lower(text)
        assert lower.index("2 years") == text.index("2 YEARS")
        assert icd_pcs(text) == [m.span(1) for m in ICD_PCS_REFERENCE.finditer(text)]


def plain_aligned_lower(text: str) -> str:
    """The plain way to the lower-case text: ``str.lower``, one character for each, "ı" and "ſ" as ASCII letters."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(character.lower()[0] for character in text)
    return lower.translate(str.maketrans({"ı": "i", "ſ": "s"}))


@settings(max_examples=500, deadline=None, database=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_the_lower_case_text_is_what_the_plain_way_makes(text):
    """``aligned_lower`` lowers only the ASCII letters of a text whose other characters are lower case already."""
    assert aligned_lower(text) == plain_aligned_lower(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bachelor’s • 2 YEARS – café",
        "ΣΑΣ Greek capitals and ς",
        "İstanbul",
        "ıs requıred, preferſ",
        "lone surrogates \ud83d\ude00 and \udcff",
        "NUL \x00 and DEL \x7f, NBSP\xa0and ẞ",
        "",
        "ASCII ONLY",
    ],
)
def test_the_lower_case_text_is_what_the_plain_way_makes_for_the_hard_cases(text):
    assert aligned_lower(text) == plain_aligned_lower(text)


def test_the_corpus_gives_the_lower_case_text_of_the_plain_way():
    texts = corpus_texts()
    assert sum(not text.isascii() for text in texts) >= 3
    for text in texts:
        assert aligned_lower(text) == plain_aligned_lower(text)
