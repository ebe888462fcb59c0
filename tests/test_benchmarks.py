"""The benchmark scripts run from a clean checkout and print every measure (no time is asserted)."""

from __future__ import annotations

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
    output = tmp_path_factory.mktemp("benchmarks") / "table.md"
    table = run(
        "throughput.py", "--quick", "--postings", "40", "--stream", "120", "--rounds", "1", "--output", str(output)
    )
    return table, output.read_text(encoding="utf-8")


def test_the_throughput_script_prints_every_measure_of_the_issue(throughput):
    table, markdown = throughput
    for measure in (
        "bare spacy.blank('en') nlp.pipe",
        "Screener.extract_many",
        "Screener.screen_many",
        "extract_many n_process=2",
        "two independent processes",
        "screener --help",
        "screener extract one posting",
        "peak RSS",
    ):
        assert measure in table
    assert "Screener.extract_many" in markdown


def test_the_throughput_script_streams_the_bulk_corpus_through_the_command_line(throughput):
    needs_shared_corpus("bulk", "nhs-jobs-2020.jsonl.gz")  # the memory measure streams the NHS bulk file
    table, _ = throughput
    assert "RSS at 10-20% of the run" in table
    assert "exit 0" in table  # the streaming run through the command line succeeded


def test_the_hostile_text_script_prints_every_pattern():
    from screener.hostile import PATTERNS

    table = run("pathological.py", "--chars", "2000")
    assert all(name in table for name in PATTERNS)
    assert "slowest:" in table
