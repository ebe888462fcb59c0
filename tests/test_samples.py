"""The bundled sample postings (and the shared corpus, when present): offsets and hand labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES, corpus_dirs

from screener.evaluation import Report, load_labels, score_posting


def _postings(directory: Path) -> list[Path]:
    return sorted((directory / "postings").glob("*.txt"))


ALL_POSTINGS = [p for d in corpus_dirs() for p in _postings(d)]
SAMPLE_POSTINGS = _postings(SAMPLES)


def test_there_are_enough_samples():
    assert len(SAMPLE_POSTINGS) >= 8
    for posting in SAMPLE_POSTINGS:
        assert (SAMPLES / "labels" / f"{posting.stem}.json").is_file(), posting


@pytest.mark.parametrize("path", ALL_POSTINGS, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_evidence_offsets_are_exact(screener, path):
    posting = screener.read(str(path))
    assert posting.text == path.read_text(encoding="utf-8")
    extraction = screener.extract(posting)
    assert extraction.errors == []
    for requirement in extraction.requirements:
        for evidence in (requirement.evidence, requirement.mention):
            assert posting.text[evidence.start : evidence.end] == evidence.text
        assert (
            requirement.evidence.start
            <= requirement.mention.start
            < requirement.mention.end
            <= requirement.evidence.end
        )
        assert requirement.strength in {"required", "preferred", "not_required"}


def _label_path(path: Path) -> Path:
    return path.parent.parent / "labels" / f"{path.stem}.json"


def _label(path: Path) -> dict:
    return json.loads(_label_path(path).read_text())


@pytest.mark.parametrize("path", SAMPLE_POSTINGS, ids=lambda p: p.stem)
def test_sample_credentials_and_coding_systems_match_the_labels(screener, path):
    """Scored as `screener evaluate` scores: ids and strength, any-of groups, coding-system families."""
    report = Report()
    score_posting(
        screener, path.stem, load_labels(_label_path(path)), screener.extract(screener.read(str(path))), report
    )
    misses = [m for m in report.misses if m["field"] in {"credentials", "any_of_groups", "coding_systems"}]
    assert misses == []
    assert report.unscored_ids == {}  # every id the samples are labelled with is in the knowledge base


@pytest.mark.parametrize("path", SAMPLE_POSTINGS, ids=lambda p: p.stem)
def test_sample_minimum_education_matches_the_labels(screener, path):
    label = _label(path)
    extraction = screener.extract(screener.read(str(path)))
    assert extraction.minimum_education("required") == label["education"]["required"]


@pytest.mark.parametrize("path", SAMPLE_POSTINGS, ids=lambda p: p.stem)
def test_sample_minimum_experience_matches_the_labels(screener, path):
    label = _label(path)
    extraction = screener.extract(screener.read(str(path)))
    assert extraction.minimum_experience_years("required") == label["experience_years"]["required"]
