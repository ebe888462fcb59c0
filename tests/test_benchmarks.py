"""The benchmark scripts run from a clean checkout and print every measure (no time is asserted)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import ROOT, needs_shared_corpus


def run(script: str, *arguments: str) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *arguments],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def throughput(tmp_path_factory) -> tuple[str, str]:
    """The printed table of a quick run, and the Markdown file it wrote."""
    needs_shared_corpus("bulk", "nhs-jobs-2020.jsonl.gz")  # the texts are a stream of NHS postings
    output = tmp_path_factory.mktemp("benchmarks") / "table.md"
    table = run(
        "throughput.py", "--quick", "--postings", "40", "--stream", "120", "--rounds", "1", "--output", str(output)
    )
    return table, output.read_text(encoding="utf-8")


def test_the_throughput_script_prints_every_measure_of_the_issue(throughput):
    table, markdown = throughput
    for measure in (
        "bare spacy.blank('en') nlp.pipe, cache 100,000",
        "bare spacy.blank('en'), spaCy's cache 10,000",
        "Screener.extract_many",
        "Screener.extract_many vs spaCy as shipped",
        "Screener.screen_many",
        "extract_many, 30,000 more plugin terms",
        "extract_many n_process=2",
        "two independent processes",
        "labelled postings repeated",
        "screener extract, 40 NHS postings, --jobs 1",
        "screener extract --jobs 2",
        "output of --jobs 2 the same as --jobs 1",
        "two independent CLI processes",
        "screener --help",
        "screener extract one posting",
        "peak RSS",
    ):
        assert measure in table
    assert "40 NHS postings" in table.splitlines()[0]  # distinct real postings, not a cycle
    assert re.search(r"output of --jobs 2 the same as --jobs 1 +yes ", table)
    assert "RSS at 10-20% of the run" in table
    assert "exit 0" in table  # the command line runs succeeded
    assert "Screener.extract_many" in markdown


def test_the_hostile_text_script_prints_every_pattern():
    from screener.extraction.hostile import PATTERNS

    table = run("pathological.py", "--chars", "2000")
    assert all(name in table for name in PATTERNS)
    assert "slowest:" in table
