"""The tokenizer's prefix, suffix and infix searches skip chunks, and find exactly what spaCy's plain searches find.

:mod:`screener.extraction.affixes` starts each search at the first character
that can begin a match, read off the parsed rules. The references are the
expressions spaCy compiles from the same rules, searched the plain way.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from conftest import corpus_dirs
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from screener.extraction.affixes import InfixFinditer, PrefixSearch, SuffixSearch, entry_characters
from screener.extraction.pipeline import ScreenerEnglish, ScreenerEnglishDefaults, screener_english

PREFIXES = list(ScreenerEnglishDefaults.prefixes or ())
SUFFIXES = list(ScreenerEnglishDefaults.suffixes or ())
INFIXES = list(ScreenerEnglishDefaults.infixes)
PLAIN_PREFIX = compile_prefix_regex(PREFIXES)
PLAIN_SUFFIX = compile_suffix_regex(SUFFIXES)
PLAIN_INFIX = compile_infix_regex(INFIXES)
FAST_PREFIX = PrefixSearch(PREFIXES)
FAST_SUFFIX = SuffixSearch(SUFFIXES)
FAST_INFIX = InfixFinditer(INFIXES)

# what the rules split on, and what they must not: letters and digits next to units, currencies, quotes,
# full stops, hyphens, symbols, characters that show nothing, and letters of other scripts
ALPHABET = st.sampled_from(
    [
        *"aAzZsSkmgtbBKMGTUCdhnoPx0159.,;:!?'\"’`´()[]{}<>-–—/+*^=%$£€°®™©•…·_#&@~|\\ \n",
        "\u200b",
        "\ufeff",
        "\x00",
        "²",
        "³",
        "µ",
        "к",
        "м",
        "г",
        "م",
        "ك",
        "ß",
        "É",
        "é",
        "ａ",
        "Ａ",
        "😀",
        "↑",
    ]
)
CHUNKS = st.text(alphabet=ALPHABET, max_size=14)


def span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


@settings(max_examples=3000, deadline=None)
@given(CHUNKS)
def test_prefix_search_finds_what_the_plain_search_finds(chunk: str) -> None:
    assert span(FAST_PREFIX(chunk)) == span(PLAIN_PREFIX.search(chunk))


@settings(max_examples=3000, deadline=None)
@given(CHUNKS)
def test_suffix_search_finds_what_the_plain_search_finds(chunk: str) -> None:
    assert span(FAST_SUFFIX(chunk)) == span(PLAIN_SUFFIX.search(chunk))


@settings(max_examples=3000, deadline=None)
@given(CHUNKS)
def test_infix_finditer_finds_what_the_plain_finditer_finds(chunk: str) -> None:
    assert [match.span() for match in FAST_INFIX(chunk)] == [match.span() for match in PLAIN_INFIX.finditer(chunk)]


@pytest.mark.parametrize(
    ("chunk", "suffix"),
    [
        ("word", None),
        ("word,", ","),
        ("10km", "km"),
        ("10km²", "km²"),
        ("5US$", "US$"),
        ("abc.", "."),
        ("CCS-P.", "."),
        ("etc...", "..."),
        ("100°F.", "."),
        ("RHIT®", "®"),
        ("nurse's", "'s"),
    ],
)
def test_suffixes_of_real_rules(chunk: str, suffix: str | None) -> None:
    found = FAST_SUFFIX(chunk)
    assert (found.group() if found else None) == suffix == (m.group() if (m := PLAIN_SUFFIX.search(chunk)) else None)


@pytest.mark.parametrize(
    ("chunk", "prefix"),
    [("word", None), ("(CCS", "("), ("US$5", "US$"), ("USA", None), (".Practical", "."), (".NET", None), ("“a", "“")],
)
def test_prefixes_of_real_rules(chunk: str, prefix: str | None) -> None:
    found = FAST_PREFIX(chunk)
    assert (found.group() if found else None) == prefix == (m.group() if (m := PLAIN_PREFIX.search(chunk)) else None)


def test_the_real_rules_are_read_and_skip_plain_words() -> None:
    """Without a class to skip with the searches stay right but lose their speed: this would say so."""
    for rules, letters in (
        (PREFIXES, "abcdefghijklmnopqrstuvwxyzBDEFGHIJKLMNOPQRSTVWXYZ"),  # "US$", "C$", "A$" are prefixes
        (SUFFIXES, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        (INFIXES, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ):
        entry = entry_characters(rules)
        assert entry is not None
        assert not re.compile(entry).search(letters)
    assert re.compile(entry_characters(SUFFIXES) or "").search("10")  # the units start after a digit
    assert re.compile(entry_characters(INFIXES) or "").search("-")


@pytest.mark.parametrize(
    "rules",
    [
        [r"\w+"],  # a category: no set of characters
        [r"[^a]"],  # negated
        [r"(?i)x"],  # case-insensitive
        [r"(?i:x)y"],
        [r"(?=b)"],  # may match nothing, anywhere
        [r"a*b"],  # may start with what it repeats, or not
    ],
)
def test_rules_that_cannot_be_read_fall_back_to_the_plain_search(rules: list[str]) -> None:
    assert entry_characters(rules) is None
    search = SuffixSearch(rules)
    for chunk in ("ab", "xy", "Xy", "b", "aab", "..."):
        assert span(search(chunk)) == span(compile_suffix_regex(rules).search(chunk))


@pytest.mark.parametrize(
    ("rules", "entry_text", "outside"),
    [
        ([r"(?<=[0-9])(?:km|kg|m)"], "7", "k"),  # the lookbehind's digit is rarer than the units' letters
        ([r"(?<=[a-z])\."], ".", "a"),  # the full stop is rarer than the letters before it
        ([r"(?:ab|c)+d"], "a", "d"),
        ([r"^x", r"\by"], "x", "z"),  # zero-width parts are passed over
        ([r"(?<=a)(?=b)"], "a", "b"),  # a match of nothing after an "a" starts after the "a"
    ],
)
def test_entry_characters_of_simple_rules(rules: list[str], entry_text: str, outside: str) -> None:
    entry = re.compile(entry_characters(rules) or "")
    assert entry.fullmatch(entry_text)
    assert not entry.fullmatch(outside)


def test_lookbehinds_still_see_before_where_the_search_starts() -> None:
    search = SuffixSearch([r"(?<=[0-9])(?:km|kg)"])
    assert span(search("12km")) == (2, 4)
    assert search("km") is None


def _real_postings() -> list[Path]:
    tests_corpus = Path(__file__).parent / "corpus"
    folders = [*corpus_dirs(), *sorted(tests_corpus.glob("*/"))]
    return sorted(path for folder in folders for path in (folder / "postings").glob("*.txt"))


def test_the_pipeline_tokenizes_real_postings_as_spacy_does() -> None:
    """The whole tokenizer, cache off so every chunk is split: the same tokens as spaCy's own tokenizer."""
    ours = screener_english().tokenizer.inner
    spacys = ScreenerEnglish().tokenizer
    assert isinstance(ours.prefix_search, PrefixSearch)
    assert isinstance(ours.suffix_search, SuffixSearch)
    assert isinstance(ours.infix_finditer, InfixFinditer)
    ours.max_cache_size = spacys.max_cache_size = 0
    postings = _real_postings()
    assert len(postings) > 100
    for path in postings:
        text = path.read_text(encoding="utf-8")
        assert [(t.text, t.whitespace_) for t in ours(text)] == [(t.text, t.whitespace_) for t in spacys(text)], path


def test_the_searches_serialise_as_spacy_expects() -> None:
    tokenizer = screener_english().tokenizer.inner
    assert tokenizer.to_bytes()  # spaCy reads the expression's pattern through __self__
    copy = pickle.loads(pickle.dumps(FAST_SUFFIX))
    assert span(copy("10km")) == (2, 4)
    assert [match.span() for match in pickle.loads(pickle.dumps(FAST_INFIX))("a-b")] == [(1, 2)]


def test_a_rule_that_matches_nothing_after_a_character_is_found_after_it() -> None:
    rules = [r"(?<=a)(?=b)"]
    for chunk in ("xab", "ab", "b", "aab", "abab"):
        assert [m.span() for m in InfixFinditer(rules)(chunk)] == [
            m.span() for m in compile_infix_regex(rules).finditer(chunk)
        ]
