"""The public library API of DESIGN.md."""

from __future__ import annotations

import screener as package
from screener import Posting


def test_public_names_are_exported():
    for name in ("Screener", "hookimpl", "Credential", "Skill", "Profile", "Posting", "Extraction", "Evidence"):
        assert getattr(package, name) is not None
    assert set(package.__all__) >= {"Screener", "hookimpl", "Credential", "Skill", "Profile"}


def test_extract_accepts_text_or_a_posting(screener):
    from_text = screener.extract("RHIT required", source="a.txt", title="Coder")
    from_posting = screener.extract(Posting(text="RHIT required", source="a.txt", title="Coder"))
    assert from_text == from_posting
    assert (from_text.source, from_text.title) == ("a.txt", "Coder")


TEXTS = [
    "RHIT required. ICD-10-CM coding.",
    "CPC or CCS required; 2 years of coding experience.",
    "No certification required. High school diploma preferred.",
    "",
    "RHIA preferred. Bachelor's degree required.",
] * 7


def test_extract_many_streams_in_order_and_equals_extract(screener):
    one_by_one = [screener.extract(text) for text in TEXTS]
    streamed = screener.extract_many(iter(TEXTS), batch_size=4)
    assert not isinstance(streamed, list)
    assert list(streamed) == one_by_one


def test_extract_many_with_two_processes_gives_the_same_results(screener):
    assert list(screener.extract_many(TEXTS, n_process=2, batch_size=3)) == [screener.extract(t) for t in TEXTS]


def test_the_pipeline_is_built_once_and_reused(screener):
    nlp = screener.nlp
    list(screener.extract_many(TEXTS))
    screener.extract("CCS required")
    assert screener.nlp is nlp
    assert nlp.pipe_names == ["screener_sentences", "screener_terms", "screener_context"]
