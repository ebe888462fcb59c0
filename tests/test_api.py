"""The public library API of DESIGN.md."""

from __future__ import annotations

import os
import time

from conftest import builtin_screener

import screener as package
from screener import Evidence, Posting, SkillRequirement, hookimpl


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


class WhoExtracts:
    """Marks each posting with the process that extracted it, slowly enough that every process gets work."""

    @hookimpl
    def screener_extract(self, posting):
        time.sleep(0.005)
        return [
            SkillRequirement(
                kind="skill", id=f"pid-{os.getpid()}", strength="required", mention=Evidence.of(posting.text, 0, 4)
            )
        ]


def test_two_worker_processes_share_the_work_and_keep_the_order():
    screener = builtin_screener(plugins=[WhoExtracts()])
    postings = [
        Posting(text="RHIT required." if n % 3 else "CCS preferred; two years of experience.", source=f"p{n}")
        for n in range(120)
    ]
    serial = list(screener.extract_many(postings))
    parallel = list(screener.extract_many(postings, n_process=2, batch_size=2))

    def without_pid(extraction):
        return [r for r in extraction.requirements if not r.id.startswith("pid-")]

    assert [e.source for e in parallel] == [p.source for p in postings]
    assert [without_pid(e) for e in parallel] == [without_pid(e) for e in serial]
    processes = {r.id for e in parallel for r in e.requirements if r.id.startswith("pid-")}
    assert f"pid-{os.getpid()}" not in processes  # this process only hands out the postings (a plugin that
    assert len(processes) == 2  # ends its process must not end this one); both workers took a share


def test_the_pipeline_is_built_once_and_reused(screener):
    nlp = screener.nlp
    list(screener.extract_many(TEXTS))
    screener.extract("CCS required")
    assert screener.nlp is nlp
    assert nlp.pipe_names == ["screener_sentences", "screener_terms", "screener_context"]
