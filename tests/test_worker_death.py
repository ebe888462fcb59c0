"""A worker process that dies never hangs a run: its posting becomes an error record, the others are all there.

A plugin that calls ``os._exit``, a worker killed with SIGKILL (as the
out-of-memory killer does), through the real command line with ``--jobs 2``
and through ``Screener.extract_many(n_process=2)``. Each run has a hang
guard: before the fix, the run waited for ever for the dead worker's results.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED_CORPUS, builtin_screener, failing_after
from test_html_reader import JOB, saved_page

from screener import Posting, ScreenerError, hookimpl

#: Real postings: the project's own labelled set, and the shared corpus when it is beside the clone.
CORPUS_TEXTS = [
    path.read_text(encoding="utf-8")
    for folder in (ROOT / "tests" / "corpus" / "dev", SHARED_CORPUS)
    for path in sorted((folder / "postings").glob("*.txt"))
]
MARKER = "PLANTED-WORKER-DEATH"
KILLERS = {
    "exit": ("os._exit(3)", "exit status 3"),
    "sigkill": ("os.kill(os.getpid(), signal.SIGKILL)", "killed by SIGKILL"),
}
PLUGIN = """
import os
import signal

from screener import hookimpl


@hookimpl
def screener_extract(doc, posting):
    if "{marker}" in posting.text:
        {action}
    return []
"""


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    """A batch of 150 real postings with one that kills its worker (line 77), then a web page and a text file."""
    folder = tmp_path_factory.mktemp("death")
    batch = folder / "postings.jsonl"
    lines = [json.dumps({"id": f"p{n}", "text": CORPUS_TEXTS[n % len(CORPUS_TEXTS)]}) for n in range(150)]
    lines[76] = json.dumps({"text": f"CCS required. {MARKER}"})  # no id: named by its line, as the died record is
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = folder / "page.html"
    page.write_text(saved_page(JOB), encoding="utf-8")
    text = folder / "posting.txt"
    text.write_text(CORPUS_TEXTS[0], encoding="utf-8")
    return [str(batch), str(page), str(text)]


def screener_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    with failing_after(600, f"screener {' '.join(arguments)}"):
        return subprocess.run(
            [sys.executable, "-m", "screener", *arguments], capture_output=True, text=True, timeout=540
        )


@pytest.mark.parametrize("how", list(KILLERS))
def test_a_plugin_that_ends_its_worker_costs_only_that_posting_on_the_command_line(tmp_path, sources, how):
    action, cause = KILLERS[how]
    plugin = tmp_path / f"ends_its_process_{how}.py"
    plugin.write_text(PLUGIN.format(marker=MARKER, action=action), encoding="utf-8")
    expected = screener_cli("extract", *sources, "--format", "jsonl")  # one process, without the plugin
    assert expected.returncode == 0, expected.stderr

    result = screener_cli("--plugin", str(plugin), "extract", *sources, "--format", "jsonl", "--jobs", "2")

    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    wanted = [json.loads(line) for line in expected.stdout.splitlines()]
    assert [r["source"] for r in records] == [w["source"] for w in wanted]  # every posting, in input order
    died = f"{sources[0]}:77"
    for record, want in zip(records, wanted, strict=True):
        if record["source"] != died:
            assert record == want  # untouched, also those that shared a task with the dead one
    (lost,) = [r for r in records if r["errors"]]
    assert lost["source"] == died and lost["requirements"] == []
    (error,) = lost["errors"]
    assert error["code"] == "worker_died" and error["source"] == died
    assert error["message"].startswith(f"{died}: the worker process") and cause in error["message"]
    assert f"screener: error: {error['message']}" in result.stderr
    assert "152 posting(s), 1 with errors (from 3 source(s);" in result.stderr


class EndsItsProcess:
    """Ends the process that extracts a posting holding the marker."""

    def __init__(self, how: str) -> None:
        self.how = how

    @hookimpl
    def screener_extract(self, posting):
        if MARKER in posting.text:
            if self.how == "exit":
                os._exit(3)
            os.kill(os.getpid(), signal.SIGKILL)
        return []


def postings() -> list[Posting]:
    texts = [CORPUS_TEXTS[n % len(CORPUS_TEXTS)] for n in range(100)]
    texts[41] = f"RHIT required. {MARKER}"
    return [Posting(text=text, source=f"p{n}", title=f"Posting {n}") for n, text in enumerate(texts)]


@pytest.mark.parametrize("how", list(KILLERS))
def test_a_plugin_that_ends_its_worker_costs_only_that_posting_in_the_library(screener, how):
    killing = builtin_screener(plugins=[EndsItsProcess(how)])
    with failing_after(600, "extract_many(n_process=2) with a worker that dies"):
        results = list(killing.extract_many(postings(), n_process=2, batch_size=8))
    assert [r.source for r in results] == [f"p{n}" for n in range(100)]
    expected = list(screener.extract_many(p for p in postings() if MARKER not in p.text))
    assert [r for r in results if r.source != "p41"] == expected
    lost = results[41]
    assert (lost.title, lost.requirements) == ("Posting 41", [])
    (error,) = lost.errors
    assert (error.code, error.source) == ("worker_died", "p41")
    assert KILLERS[how][1] in error.message


def test_a_strict_screener_raises_in_the_dead_postings_place():
    killing = builtin_screener(plugins=[EndsItsProcess("exit")], strict=True)
    seen = []
    with (
        failing_after(600, "a strict run with a worker that dies"),
        pytest.raises(ScreenerError, match="p41: the worker"),
    ):
        for extraction in killing.extract_many(postings(), n_process=2, batch_size=8):
            seen.append(extraction.source)
    assert seen == [f"p{n}" for n in range(41)]
