"""The fuzz harness (``python -m fuzz``), run for real in a subprocess: a short run of every target,
and planted bugs (a plugin that raises, one that hangs) that it must catch, save and replay.

The long runs are not part of the test suite: README, Fuzzing.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from fuzz.targets import TARGETS

RAISES = """
from screener import hookimpl


@hookimpl
def screener_extract(doc, posting):
    if "e" in posting.text:
        raise ZeroDivisionError("planted bug")
"""

HANGS = """
import time

from screener import hookimpl


@hookimpl
def screener_extract(doc, posting):
    if "e" in posting.text:
        time.sleep(3600)
"""


def fuzz(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SCREENER_")}
    return subprocess.run(
        [sys.executable, "-m", "fuzz", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,  # a hang guard, not a speed limit
    )


def inputs_per_target(stdout: str) -> dict[str, int]:
    return {m[1]: int(m[2]) for m in re.finditer(r"^fuzz: (\w+): (\d+) inputs in", stdout, re.MULTILINE)}


def test_a_short_run_of_every_target_tries_inputs_and_finds_nothing(tmp_path):
    result = fuzz("--target", "all", "--seconds", "2", "--jobs", "2", "--seed", "1", "--findings", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    counts = inputs_per_target(result.stdout)
    assert set(counts) == set(TARGETS)
    assert all(count > 0 for count in counts.values()), counts
    assert "0 findings" in result.stdout.splitlines()[-1]


def test_a_plugin_that_raises_is_caught_saved_and_replayed(tmp_path):
    plugin = tmp_path / "planted.py"
    plugin.write_text(RAISES, encoding="utf-8")
    findings = tmp_path / "findings"
    args = ("--target", "extractor", "--plugin", str(plugin))
    result = fuzz(*args, "--seconds", "60", "--stop-on-finding", "--findings", str(findings))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FINDING exception" in result.stdout
    [report] = findings.glob("extractor/exception-*/report.txt")
    assert "planted bug" in report.read_text(encoding="utf-8")
    [saved] = report.parent.glob("input.txt")
    assert "e" in saved.read_text(encoding="utf-8")  # shrunk to an input that still has the trigger
    replayed = fuzz("--reproduce", str(saved), *args)
    assert replayed.returncode == 1
    assert "planted bug" in replayed.stderr
    without_plugin = fuzz("--reproduce", str(saved))
    assert without_plugin.returncode == 0, without_plugin.stderr


def test_an_input_that_hangs_is_caught_and_saved(tmp_path):
    plugin = tmp_path / "planted.py"
    plugin.write_text(HANGS, encoding="utf-8")
    findings = tmp_path / "findings"
    result = fuzz(
        "--target", "extractor", "--plugin", str(plugin), "--seconds", "60", "--timeout", "2", "--stop-on-finding",
        "--findings", str(findings),
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FINDING hang" in result.stdout
    [saved] = findings.glob("extractor/hang-*/input.txt")
    assert "e" in saved.read_text(encoding="utf-8")
    assert "per-input timeout" in (saved.parent / "report.txt").read_text(encoding="utf-8")


def test_the_atheris_engine_catches_a_planted_bug(tmp_path):
    pytest.importorskip("atheris", reason="the optional fuzz extra")
    plugin = tmp_path / "planted.py"
    plugin.write_text(RAISES, encoding="utf-8")
    findings = tmp_path / "findings"
    args = ("--engine", "atheris", "--target", "extractor", "--plugin", str(plugin), "--seconds", "60")
    args += ("--stop-on-finding",)
    result = fuzz(*args, "--findings", str(findings))
    assert result.returncode == 1, result.stdout + result.stderr
    [report] = findings.glob("extractor/exception-*/report.txt")
    assert "planted bug" in report.read_text(encoding="utf-8")
    assert inputs_per_target(result.stdout)["extractor"] > 0


def test_usage_errors_exit_2():
    assert fuzz("--target", "nope").returncode == 2
    assert fuzz("--seconds", "0").returncode == 2
    assert fuzz("--reproduce", str(Path("no-such-file.txt"))).returncode == 2
