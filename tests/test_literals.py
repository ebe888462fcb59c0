"""The one-pass word index answers ``word in text`` exactly as the substring test does.

Rules and plugins ask each posting whether it holds a word before they
search it with a pattern (``doc._.screener.holds``, the context rules'
required words). :mod:`screener.core.literals` finds every word asked
about in one pass; these tests hold it to the answer of ``word in text``:
on generated texts and words, across texts, with words learnt part way,
on real postings, and for every context rule's required words.
"""

from __future__ import annotations

import pickle

import pytest
from conftest import corpus_dirs
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.core import literals
from screener.core.literals import MIN_LENGTH, LiteralIndex
from screener.extraction.context import aligned_lower, may_occur

# a small alphabet, so that words overlap, repeat and sit inside each other; "é" and "ß" are not ASCII
_LETTERS = "abcé ß-"


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(st.text(_LETTERS, max_size=60), min_size=1, max_size=8),
    words=st.lists(st.text(_LETTERS, min_size=1, max_size=6), min_size=1, max_size=12),
)
def test_every_answer_is_the_substring_test(texts, words):
    index = LiteralIndex()
    for text in texts:  # each text asks every word, some learnt in an earlier text, some here
        held = index.of(text)
        assert [word in held for word in words] == [word in text for word in words]


def test_a_word_learnt_part_way_through_a_text_is_still_answered_for_it():
    index = LiteralIndex()
    index.of("coding audits").__contains__("audit")  # learnt; the first text is answered by a search
    held = index.of("the coding audit team")
    assert "audit" in held  # the pass has run for this text
    assert "team" in held  # learnt after the pass: a search answers it
    assert "teams" not in held
    assert "team" in index.of("a team of coders")  # found by the next pass


def test_one_pass_answers_the_words_it_knows(monkeypatch):
    index = LiteralIndex()
    words = ["degree", "bachelor", "diploma", "audit"]
    first = index.of("bachelor's degree")
    assert [w in first for w in words] == [True, True, False, False]
    passes = []
    search = LiteralIndex._search
    monkeypatch.setattr(LiteralIndex, "_search", lambda self, text: passes.append(text) or search(self, text))
    second = index.of("a diploma, then an audit")
    assert [w in second for w in words] == [False, False, True, True]
    assert passes == ["a diploma, then an audit"]  # one pass for the four words, not four scans


def test_short_words_are_answered_by_a_search_and_not_learnt():
    index = LiteralIndex()
    held = index.of("an RN or LPN")
    assert ("or" in held, "xy" in held) == (True, False)
    assert len(index._words) == 0
    assert len("abc") >= MIN_LENGTH and "abc" not in index.of("ab c")


def test_a_text_with_a_lone_surrogate_is_answered_by_searches():
    # a file decoded with "surrogateescape" keeps bytes it could not decode as lone surrogates, which the
    # automaton cannot take; the answers must not change, nor fail
    index = LiteralIndex()
    index.of("degree").__contains__("degree")
    text = "bachelor\udc80 degree"
    held = index.of(text)
    assert ("degree" in held, "diploma" in held, "r\udc80 d" in held) == (True, False, True)
    assert "degree" in index.of("a degree")  # the index still works for the texts after


def test_the_index_stops_learning_at_its_bound(monkeypatch):
    monkeypatch.setattr(literals, "MAX_WORDS", 3)
    index = LiteralIndex()
    for word in ["alpha", "bravo", "charlie", "delta", "echo"]:
        index.of("x").__contains__(word)
    assert index._words == ["alpha", "bravo", "charlie"]
    held = index.of("delta and alpha")
    assert ("alpha" in held, "delta" in held, "echo" in held) == (True, True, False)


def test_an_index_survives_pickling():
    index = LiteralIndex()
    index.of("x").__contains__("degree")
    assert "degree" in index.of("a degree")  # its automaton is built
    copy = pickle.loads(pickle.dumps(index))
    assert ("degree" in copy.of("a degree"), "degree" in copy.of("a diploma")) == (True, False)


def _real_postings() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for folder in corpus_dirs() for path in sorted(folder.rglob("*.txt"))]
    if len(texts) < 5:
        pytest.skip("too few postings to read")
    return texts


def test_holds_answers_as_the_lower_case_text_on_real_postings(screener):
    rules = screener.rules
    words = sorted({w for c in (rules._compiled(r) for r in rules.rules) if c.literals for w in c.literals})
    words += ["degree", "bachelor", "graduat", "coding audit", "ncci", "word", "outlook", "épreuve"]
    for text in _real_postings():
        doc = screener.nlp(text)
        lower = doc._.screener.lower
        assert [w for w in words if doc._.screener.holds(w)] == [w for w in words if w in lower]


def test_every_rule_may_occur_as_its_required_words_say_on_real_postings(screener):
    rules = screener.rules
    compiled = [rules._compiled(rule) for rule in rules.rules]
    for text in _real_postings():
        lower = aligned_lower(text)
        held = rules.literal_index.of(lower)
        assert [may_occur(c, text, held) for c in compiled] == [may_occur(c, text, lower) for c in compiled]


def test_a_plugin_asking_new_words_all_the_time_rebuilds_the_automaton_within_a_bound(monkeypatch):
    builds = []
    build = literals.AhoCorasick
    monkeypatch.setattr(literals, "AhoCorasick", lambda words, **kw: builds.append(len(words)) or build(words, **kw))
    index = LiteralIndex()
    texts = 3 * literals.SEARCHES_BETWEEN_BUILDS
    for n in range(texts):
        held = index.of(f"word{n + 1000} and word{n + 999}")
        assert (f"word{n + 999}" in held, f"word{n + 1000}" in held, f"word{n + 1001}" in held) == (True, True, False)
    # a new word every text, each answered right; the automaton rebuilt once per SEARCHES_BETWEEN_BUILDS texts
    assert 2 <= len(builds) <= 1 + texts // literals.SEARCHES_BETWEEN_BUILDS
    assert builds == sorted(builds)
