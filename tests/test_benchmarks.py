"""The benchmark scripts run from a clean checkout and print every measure (no time is asserted)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


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


def test_the_throughput_script_prints_every_measure_of_the_issue(tmp_path):
    output = tmp_path / "table.md"
    table = run(
        "throughput.py", "--quick", "--postings", "40", "--stream", "120", "--rounds", "1", "--output", str(output)
    )
    for measure in (
        "bare spacy.blank('en') nlp.pipe",
        "Screener.extract_many",
        "Screener.screen_many",
        "extract_many n_process=2",
        "two independent processes",
        "screener --help",
        "screener extract one posting",
        "peak RSS",
        "RSS at 10-20% of the run",
    ):
        assert measure in table
    assert "exit 0" in table  # the streaming run through the command line succeeded
    assert "Screener.extract_many" in output.read_text(encoding="utf-8")


def test_the_hostile_text_script_prints_every_pattern():
    from screener.hostile import PATTERNS

    table = run("pathological.py", "--chars", "2000")
    assert all(name in table for name in PATTERNS)
    assert "slowest:" in table
