"""benchmarks/instructions.py: what it reads from callgrind, its arithmetic, and its clear errors (no count is
asserted; a full run takes minutes under valgrind and is not part of the suite)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "instructions.py"


@pytest.fixture(scope="module")
def instructions():
    spec = importlib.util.spec_from_file_location("instructions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_it_reads_the_total_of_a_real_callgrind_file(instructions, tmp_path):
    output = tmp_path / "out.callgrind"
    counted = []
    for loops in (1_000, 200_000):
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={output}",
                sys.executable,
                "-S",
                "-c",
                f"sum(range({loops}))",
            ],
            check=True,
            capture_output=True,
        )
        counted.append(instructions.instructions_in(output.read_text(encoding="utf-8", errors="replace")))
    # more work, more instructions: the number read is the run's total, not a line of the file's header
    assert 0 < counted[0] < counted[1]


def test_a_file_without_a_total_is_an_error(instructions):
    with pytest.raises(ValueError, match="not a callgrind output file"):
        instructions.instructions_in("version: 1\ncmd: python\n")


def test_the_count_a_posting_leaves_start_up_out(instructions):
    # start-up 1,000,000; 3,000 a posting: 50 postings and 200
    assert instructions.per_posting(1_000_000 + 50 * 3_000, 1_000_000 + 200 * 3_000, 50, 200) == 3_000
    with pytest.raises(ValueError, match="more than --small"):
        instructions.per_posting(1, 2, 200, 50)


def test_the_spread_is_a_share_of_the_median(instructions):
    assert instructions.spread([100.0, 101.0, 102.0]) == pytest.approx(0.02 / 1.01)


def test_the_table_gives_each_run_and_the_ratio(instructions):
    table = instructions.table({"baseline": [1000.0, 1000.0], "extract_many": [4000.0, 4100.0]}, 50, 200, 50, 0)
    assert "NHS postings 51-100 and 51-250, PYTHONHASHSEED=0" in table
    assert "| Screener.extract_many | 4,000, 4,100 | 4,050 | 2.47% | 0.247 x |" in table


def test_bad_arguments_are_a_clear_error(tmp_path):
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--small", "200", "--large", "50"], capture_output=True, text=True, cwd=ROOT
    )
    if shutil.which("valgrind") is None:
        assert result.returncode == 2 and "valgrind is not installed" in result.stderr
    else:
        assert result.returncode == 2 and "0 <= --small < --large" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_valgrind_is_a_clear_error(tmp_path):
    # a PATH that holds the interpreter's directory alone (no valgrind)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    result = subprocess.run(
        [str(bin_dir / "python"), str(SCRIPT)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": str(bin_dir)},
    )
    assert result.returncode == 2
    assert "valgrind is not installed" in result.stderr
    assert "Traceback" not in result.stderr
