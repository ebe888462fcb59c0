"""Work grows linearly with the text, on the inputs that make text processors quadratic.

No test here asserts a time. The scaling test compares the same extraction
on 10,000 and 100,000 characters of each hostile pattern, in the same
process: linear work takes about 10 times as long (up to 14 measured), quadratic work
up to 100 times; the test fails above 18.
A hang guard (an alarm after two minutes) turns a regression that would run
for hours into a failure. ``benchmarks/pathological.py`` prints the times.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator

import pytest
from conftest import SAMPLES, failing_after
from hypothesis import given
from hypothesis import strategies as st

from screener.extraction import tokenizer as tokenizer_module
from screener.extraction.hostile import PATTERNS, hostile_texts
from screener.extraction.pipeline import screener_english
from screener.extraction.tokenizer import _HARD_RUN, LONGEST_CHUNK, BoundedTokenizer, has_hard_run


@pytest.fixture(scope="module")
def tokenizer() -> BoundedTokenizer:
    nlp = screener_english()
    assert isinstance(nlp.tokenizer, BoundedTokenizer)
    return nlp.tokenizer


MIXED = [
    "RHIT required,,,,,,,,,, CCS preferred\n",
    "a" * (LONGEST_CHUNK + 1) + " RHIT",
    " \n leading space then ((((((((RHIT)))))))) and trailing space ",
    "x" * 70 + " " + "y" * 70 + "  double spaces  " + "!" * 9,
    "(((((((",
    "tab\t" + "-" * 80 + "\tafter",
    "url https://example.org/" + "a" * 100 + "?q=1 end",
    "é́́́́́́́́ combining marks and 編碼編碼編碼 and 🙂🙂🙂🙂🙂🙂🙂",
]


@pytest.mark.parametrize("text", [*hostile_texts(3_000).values(), *MIXED])
def test_every_character_of_the_text_stays_where_it_was(tokenizer, text):
    doc = tokenizer(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


@pytest.mark.parametrize("text", [*hostile_texts(300).values(), *MIXED, "", " ", "a" * LONGEST_CHUNK, "!" * 5 + " !"])
def test_the_quick_hard_run_check_agrees_with_the_exact_pattern(text):
    for piece in {text, text[: LONGEST_CHUNK + 1], text[1:], text.replace(" ", "\u00a0")}:
        assert has_hard_run(piece) == (_HARD_RUN.search(piece) is not None), repr(piece[:80])


@given(
    st.text(
        alphabet=st.sampled_from("ab1 \t\n\r\x0b\x0c\x1c\x1f\x00\x7f\x85\u00a0\u2003\u2028.,-(!’—_é🙂\ud800"),
        max_size=300,
    )
)
def test_the_quick_hard_run_check_agrees_on_any_text(text):
    assert has_hard_run(text) == (_HARD_RUN.search(text) is not None)


def test_the_byte_test_rules_out_ordinary_postings_on_its_own():
    """The quick path is taken: a posting with no hard run is ruled out by its bytes, with no exact search."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((SAMPLES / "postings").glob("*.txt"))]
    assert texts
    for text in texts:
        assert _HARD_RUN.search(text) is None
        assert not tokenizer_module._may_have_hard_run(text)
    assert tokenizer_module._may_have_hard_run("x" * (LONGEST_CHUNK + 1))
    assert tokenizer_module._may_have_hard_run("a " + "-" * tokenizer_module.LONGEST_PUNCTUATION)
    assert not tokenizer_module._may_have_hard_run("a " + "-" * (tokenizer_module.LONGEST_PUNCTUATION - 1))


def test_the_quick_punctuation_class_takes_in_every_punctuation_character():
    quick = re.compile(tokenizer_module._MAYBE_PUNCTUATION_RUN.pattern.split("]")[0] + "]")
    punctuation = re.compile(r"[^\w\s]")
    missed = [
        hex(c) for c in range(sys.maxunicode + 1) if punctuation.fullmatch(chr(c)) and not quick.fullmatch(chr(c))
    ]
    assert not missed


def test_ordinary_postings_are_tokenized_exactly_as_spacy_does(tokenizer):
    for path in sorted((SAMPLES / "postings").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ours = [(t.text, t.whitespace_) for t in tokenizer(text)]
        spacys = [(t.text, t.whitespace_) for t in tokenizer.inner(text)]
        assert ours == spacys, path.name


def test_a_long_run_without_spaces_still_yields_its_credentials(extract):
    text = "Certification: RHIT/RHIA/CCS/CCS-P/CPC/COC/CRC/CDIP/CCDS/CTR/CCA/CPB/CPMA/CHDA/CHPS/CCA required."
    assert len(text.split()[1]) > LONGEST_CHUNK
    found = {r.id for r in extract(text).requirements}
    assert {"RHIT", "RHIA", "CCS", "CPC", "CTR"} <= found


def test_hard_runs_are_found_at_the_start_and_end_of_the_text(tokenizer):
    text = "," * 200 + " RHIT " + "." * 3 + "!" * 100
    assert [t.text for t in tokenizer(text)] == ["," * 200, "RHIT", "...", "!" * 100]


@pytest.fixture
def hang_guard() -> Iterator[None]:
    """Fail a test still running after two minutes instead of hanging the suite."""
    with failing_after(120, "work is no longer linear in the text"):
        yield


def _best_time(function, repeats: int = 2) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_extraction_work_grows_linearly_with_hostile_text(screener, name, hang_guard):
    short, long = hostile_texts(10_000)[name], hostile_texts(100_000)[name]
    screener.extract(short)  # warm the tokenizer's cache, as in a long-running process
    ratios = []
    for _ in range(3):  # more measurements before failing: other work on the shared host disturbs some
        long_time = _best_time(lambda: screener.extract(long), repeats=3)
        if long_time < 0.25:
            return  # quadratic work this quick at 100,000 characters costs at most a second at the size limit
        ratios.append(long_time / _best_time(lambda: screener.extract(short), repeats=3))
        if ratios[-1] < 18:
            return
    raise AssertionError(f"{name}: 10 times the text took {min(ratios):.0f} times as long (linear: about 10)")
