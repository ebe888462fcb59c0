"""The education plugin looks for its levels only around their trigger words, and finds what a full search finds.

The reference here is the plain way: every pattern over the whole text.
The fast way depends on two facts about the patterns, checked on their own
too: every match holds one of its level's triggers, and no match holds a
stop character.
"""

from __future__ import annotations

import itertools
import re
import sys

import pytest
from conftest import SAMPLES, SHARED_CORPUS, builtin_screener, corpus_dirs, needs_shared_corpus
from hypothesis import given, settings
from hypothesis import strategies as st
from screener_plugins.requirements import education

from screener import Posting
from screener.core.rules import boundary_first
from screener.extraction.context import aligned_lower

BULK = SHARED_CORPUS / "bulk" / "nhs-jobs-2020.jsonl.gz"

FRAGMENTS = [
    "Associate's degree",
    "associate degree",
    "Associates in",
    "associate or bachelor",
    "Bachelor's",
    "bachelors",
    "baccalaureate",
    "four-year college degree",
    "4 year degree",
    "degree level",
    "educated to degree level",
    "university degree",
    "BA",
    "BS",
    "BSN",
    "B.A.",
    "B.S.",
    "MBA",
    "M.S.",
    "MHIM",
    "master's degree",
    "Masters in",
    "Masters",
    "graduate degree",
    "honours degree",
    "Degree educated",
    "degree-educated",
    "Graduate level",
    "graduate-level",
    "graduate qualification",
    "post- graduate",
    "BSC",
    "DCR",
    "under-graduate",
    "masters-level",
    "Masters qualification",
    "or PhD",
    "(or equivalent",
    "(Desirable)",
    "at post graduate level",
    "post grad Diploma",
    "diploma in medical coding",
    "Level 2 and 3 Diploma in",
    "doctorate",
    "doctoral degree",
    "Ph.D",
    "PhD",
    "Ph D",
    "AA degree",
    "AS in",
    "AAS",
    "A.A.S.",
    "A.A.",
    "A.S.",
    "two-year degree",
    "2 year college degree",
    "two-year college degree",
    "Two year college degree",
    "graduate of an accredited Health Information Technology program",
    "Graduated from a HIT program",
    "completion of the CAHIIM accredited HIT program",
    "technology program",
    "four-year college or university",
    "4 year university",
    "two-year college",
    "year college",
    "completion of an NCRA-accredited Cancer Information Management program",
    "graduate of an approved program",
    "accredited degree program",
    "certificate program",
    "coding certificate",
    "diploma in",
    "NVQ",
    "Apprenticeship Diploma in",
    "BTEC National Diploma in",
    "PCAP",
    "completion of an approved coding program",
    "graduate from the AHIMA approved training course",
    "completed of a vocational course",
    "high school",
    "High-School",
    "H.S. diploma",
    "HS diploma",
    "GED",
    "secondary school",
    "degree",
    "a degree",
    "a relevant degree",
    "a high degree of",
    "a higher degree",
    "Masters level",
    "post graduate level",
    "postgraduate qualification",
    "Relevant Nursing Degree",
    "Medical Degree",
    "degree apprenticeship",
    "Certificate of completion",
    "of Training",
    "certificate in medical coding",
    "higher degree of",
    "PhD project",
    "Ph.D students",
    "a related degree",
    "Degree in",
    "degree qualified",
    "degree or equivalent",
    "Foundation degree",
    "BSc",
    "B.Sc.",
    "MSc",
    "MPhil",
    "MS/MA",
    "MA or BA",
    "MS degree",
    "MS in Health",
    "MS in Word",
    "MA in",
    "12th grade",
    "Therapy Degree Qualification",
    "degree qualifications",
    "Degree or post-graduate Diploma",
    "development. Degree in",
    "Doctoral level training",
    "post-doctoral level",
    "etc. degree in",
    "B.Sc. degree in",
    "degree or postgraduate",
    "twelfth grade",
    "th grade",
    "in",
    "or",
    "and",
    "of",
    "Health Information",
    "required",
    "preferred",
    "İ",
    "’s",
    "'s",
    # near misses of the narrower triggers, and their gates' words alone
    "associated",
    "Doctors",
    "doctoral degree",
    "Diploma program",
    "diploma in medical coding",
    "graduate",
    "Health Information Technology program",
    "HIT program",
    "two year college",
    "Completed of",
    "post graduate clinical qualification",
    "M level qualification",
    "m-level",
]
SEPARATORS = [" ", "  ", "\n", "\n\n", ", ", "; ", " (", ") ", ": ", "/", "-", ". ", "’", "'", "\t", " • ", "", "—"]


def full_search(text: str) -> list[tuple[str, int, int]]:
    """Every pattern as written over the whole text, in the plugin's order, overlaps resolved by the plugin's rule."""
    claimed = education._Claimed()
    found = []
    for (level, pattern), (_, _, _, _, mention, _) in zip(education._LEVEL_PATTERNS, education._LEVELS, strict=True):
        for match in pattern.finditer(text):
            if claimed.claim(*match.span()):
                found.append((level, *match.span(mention)))
    return sorted(found, key=lambda m: m[1])


def fast_search(text: str) -> list[tuple[str, int, int]]:
    return education._level_mentions(text, aligned_lower(text))


def corpus_texts(bulk_records: int = 1_000) -> list[str]:
    """The labelled postings, and the first records of the bulk corpus (as its reader gives them) when it is here."""
    paths = [p for d in corpus_dirs() for p in sorted((d / "postings").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if BULK.is_file():
        items = itertools.islice(builtin_screener().read_all(str(BULK)), bulk_records)
        texts.extend(item.text for item in items if isinstance(item, Posting))
    return texts


def test_every_alternative_of_every_level_pattern_starts_at_a_word_boundary():
    """The plugin puts one ``\\b`` in front of each level pattern (``_at_word_starts``): it must change no match."""
    for _level, pattern in education._LEVEL_PATTERNS:
        assert boundary_first(pattern.pattern) != pattern.pattern, pattern.pattern


def test_every_match_holds_a_trigger_and_no_stop_character():
    for text in corpus_texts():
        lower = aligned_lower(text)
        for (_, pattern), (_, _, triggers, case_sensitive, _, _) in zip(
            education._LEVEL_PATTERNS, education._LEVELS, strict=True
        ):
            for match in pattern.finditer(text):
                words = (text if case_sensitive else lower)[match.start() : match.end()]
                assert any(
                    trigger in words if isinstance(trigger, str) else trigger.search(words) for trigger in triggers
                ), (pattern.pattern, match.group())
                assert education._STOP.search(match.group()) is None, match.group()


def test_the_patterns_of_case_insensitive_levels_are_lower_case_and_case_sensitive():
    """They are searched in the lower-case text (``_for_the_lower_case_text``); the others in the text, as written:
    the case-sensitive ones, and those with a case-sensitive part ("GED" only in capitals)."""
    searched_in_lower = 0
    for (_, written), (_, pattern, _, case_sensitive, _, in_lower) in zip(
        education._LEVEL_PATTERNS, education._LEVELS, strict=True
    ):
        assert case_sensitive == (not written.flags & re.I)
        assert in_lower == (not case_sensitive and "(?-i:" not in written.pattern)
        if in_lower:
            assert not pattern.flags & re.I
            letters = re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", pattern.pattern)
            assert letters == letters.lower(), pattern.pattern
            searched_in_lower += 1
        else:
            assert pattern.flags == written.flags
            assert pattern.pattern == rf"\b(?:{written.pattern})"
    assert searched_in_lower >= len(education._LEVELS) // 2


def test_the_lower_case_text_keeps_which_characters_are_word_characters_and_white_space():
    """So ``\\b``, ``\\w`` and ``\\s`` find in the lower-case text what they find in the text."""
    for code in range(sys.maxunicode + 1):
        character = chr(code)
        lower = aligned_lower(character)
        assert bool(re.match(r"\w", character)) == bool(re.match(r"\w", lower)), hex(code)
        assert bool(re.match(r"\s", character)) == bool(re.match(r"\s", lower)), hex(code)


def test_each_level_pattern_finds_in_the_lower_case_text_what_it_finds_as_written_in_the_text():
    texts = [
        *corpus_texts(),
        "İSTANBUL İ ASSOCIATE DEGREE, Bachelor’s. \u212aNOWLEDGE ſchool PhD ıs",
        "GED or Ged; M level qualification, m level qualification",
    ]
    found = 0
    for text in texts:
        lower = aligned_lower(text)
        for (_, written), (_, pattern, _, _, _, in_lower) in zip(
            education._LEVEL_PATTERNS, education._LEVELS, strict=True
        ):
            expected = [m.span() for m in written.finditer(text)]
            assert [m.span() for m in pattern.finditer(lower if in_lower else text)] == expected
            found += len(expected)
    assert found >= 30


def test_every_occurrence_of_a_gated_trigger_holds_its_gate_word():
    """A trigger is looked for only in the postings that hold its gate's word (``_TRIGGER_GATES``)."""
    texts = [*corpus_texts(), "".join(f"{fragment} " for fragment in FRAGMENTS)]
    occurrences = 0
    for trigger, gate in education._TRIGGER_GATES.items():
        if isinstance(trigger, str):
            assert gate in trigger
            continue
        for text in texts:
            for match in trigger.finditer(aligned_lower(text)):
                assert gate in match.group(), (trigger.pattern, match.group())
                occurrences += 1
    assert occurrences > 5


def _same_mentions_as_a_full_search(texts: list[str]) -> int:
    mentions = 0
    for text in texts:
        expected = full_search(text)
        assert fast_search(text) == expected
        mentions += len(expected)
    return mentions


def test_the_samples_give_the_same_mentions_as_a_full_search():
    texts = [p.read_text(encoding="utf-8") for p in sorted((SAMPLES / "postings").glob("*.txt"))]
    assert len(texts) >= 10
    assert _same_mentions_as_a_full_search(texts) > 10  # the samples exercise the search


def test_the_shared_corpus_gives_the_same_mentions_as_a_full_search():
    needs_shared_corpus("postings")
    texts = corpus_texts()
    assert len(texts) > 40
    assert _same_mentions_as_a_full_search(texts) > 30  # the corpus exercises the search


@settings(max_examples=400, deadline=None, database=None)
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), max_size=40))
def test_any_text_built_from_level_words_gives_the_same_mentions_as_a_full_search(pieces):
    text = "".join(fragment + separator for fragment, separator in pieces)
    assert fast_search(text) == full_search(text)


@pytest.mark.parametrize(
    "text",
    [
        # the only trigger ("degree") is far from the start of the match, with nothing to stop at between
        "x" * 500 + " four-year" + " " * 300 + "college degree in Health Information",
        "(" + "a " * 200 + "bachelor's degree) and a BS; " * 3,
        "Ph.D" + "," * 50 + "PhD",
        "",
        "degree",
        # two words the master's patterns join by any space: found by the property test above
        "graduate  degree apprenticeship ",
        "a higher\ndegree in statistics",
    ],
    ids=["far back", "brackets", "commas", "empty", "one word", "two spaces", "a line break"],
)
def test_long_stretches_without_stop_characters_are_searched_whole(text):
    assert fast_search(text) == full_search(text)


def test_the_lower_case_text_keeps_every_offset():
    text = "İSTANBUL İ Associate Degree"
    lower = aligned_lower(text)
    assert len(lower) == len(text)
    assert re.search("associate degree", lower).span() == re.search("Associate Degree", text).span()
