"""A plugin that raises SystemExit (or GeneratorExit) is a plugin fault like any other; Ctrl-C still stops the run.

Issue 16.5: ``SystemExit`` in a hook used to end the batch silently with
exit status 0, losing every posting after it. Each test runs a real plugin
file (``--plugin``) through the real command line, in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BODIES = {
    "SystemExit": "raise SystemExit(0)",
    "sys.exit": "import sys; sys.exit('bye')",
    "GeneratorExit": "raise GeneratorExit",
}


def _plugin(directory: Path, hook: str, raising: str) -> Path:
    arguments, condition = {
        "screener_credentials": ("", "True"),
        "screener_extract": ("posting", "'FAULT' in posting.text"),
        "screener_read": ("source", "source.endswith('b.txt')"),
    }[hook]
    path = directory / f"exits_in_{hook.removeprefix('screener_')}.py"
    path.write_text(
        "from screener import hookimpl\n\n\n"
        f"@hookimpl\ndef {hook}({arguments}):\n"
        f"    if {condition}:\n        {raising}\n"
        f"    return {'[]' if hook != 'screener_read' else 'None'}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def postings(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("postings")
    texts = {
        "a.txt": "Medical Coder\nRHIT required.\n",
        "b.txt": "Coder II\nCCS required FAULT.\n",
        "c.txt": "HIM Technician\nRHIA required.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in texts]


def screener(*args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SCREENER_")}
    return subprocess.run(
        [sys.executable, "-m", "screener", *args], capture_output=True, text=True, env=environment, timeout=300
    )


def _records(result: subprocess.CompletedProcess[str]) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("raising", list(BODIES))
@pytest.mark.parametrize("hook", ["screener_extract", "screener_read"])
def test_exiting_in_a_per_posting_hook_is_that_postings_error_and_the_batch_goes_on(tmp_path, postings, hook, raising):
    plugin = _plugin(tmp_path, hook, BODIES[raising])
    result = screener("--plugin", str(plugin), "extract", *map(str, postings), "--format", "jsonl")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    records = _records(result)
    assert [r["source"] for r in records] == [str(p) for p in postings], "every posting, in order"
    assert [bool(r["errors"]) for r in records] == [False, True, False]
    (error,) = records[1]["errors"]
    assert (error["code"], error["plugin"], error["hook"]) == ("plugin_error", plugin.stem, hook)
    assert f"raised in {hook}: {raising.removeprefix('sys.exit') or 'SystemExit'}" in error["message"]
    assert records[0]["requirements"] and records[2]["requirements"]
    assert "3 posting(s), 1 with errors" in result.stderr


def test_exiting_in_a_per_posting_hook_stops_a_strict_batch_with_status_1(tmp_path, postings):
    plugin = _plugin(tmp_path, "screener_extract", BODIES["SystemExit"])
    result = screener("--plugin", str(plugin), "extract", *map(str, postings), "--format", "jsonl", "--strict")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"plugin '{plugin.stem}' (from file {plugin}) raised in screener_extract: SystemExit: 0" in result.stderr


def test_exiting_in_a_worker_process_is_the_same_error_record(tmp_path, postings):
    plugin = _plugin(tmp_path, "screener_extract", BODIES["SystemExit"])
    many = postings * 40
    result = screener("--plugin", str(plugin), "extract", *map(str, many), "--format", "jsonl", "--jobs", "2")
    assert result.returncode == 1, result.stderr
    records = _records(result)
    assert [r["source"] for r in records] == [str(p) for p in many]
    assert [bool(r["errors"]) for r in records] == [False, True, False] * 40
    assert {(e["plugin"], e["hook"]) for r in records for e in r["errors"]} == {(plugin.stem, "screener_extract")}


@pytest.mark.parametrize(("strict", "status"), [(False, 0), (True, 3)], ids=["default", "strict"])
def test_exiting_in_a_startup_hook_skips_the_plugin(tmp_path, postings, strict, status):
    plugin = _plugin(tmp_path, "screener_credentials", BODIES["SystemExit"])
    args = ["--plugin", str(plugin), "extract", *map(str, postings), "--format", "jsonl"]
    result = screener(*args, *(["--strict"] if strict else []))
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    assert f"plugin '{plugin.stem}' (from file {plugin}) raised in screener_credentials: SystemExit: 0" in result.stderr
    if strict:
        assert result.stdout == ""
    else:
        records = _records(result)
        assert [r["source"] for r in records] == [str(p) for p in postings]
        assert all(r["requirements"] and not r["errors"] for r in records)


def test_exiting_while_a_reader_reads_its_records_is_that_sources_error(tmp_path, postings):
    plugin = tmp_path / "exits_mid_file.py"
    plugin.write_text(
        "from screener import Posting, hookimpl\n\n\n"
        "@hookimpl\ndef screener_read(source):\n"
        "    if not source.endswith('.multi'):\n        return None\n"
        "    def records():\n"
        "        yield Posting(text='RHIT required.', source=source + ':1')\n"
        "        raise SystemExit(2)\n"
        "    return records()\n",
        encoding="utf-8",
    )
    multi = tmp_path / "batch.multi"
    multi.write_text("whatever", encoding="utf-8")
    result = screener("--plugin", str(plugin), "extract", str(multi), str(postings[2]), "--format", "jsonl")
    assert result.returncode == 1, result.stderr
    records = _records(result)
    assert [r["source"] for r in records] == [f"{multi}:1", str(multi), str(postings[2])]
    (error,) = records[1]["errors"]
    assert (error["code"], error["plugin"], error["hook"]) == ("plugin_error", plugin.stem, "screener_read")
    assert "SystemExit: 2" in error["message"]


def test_keyboard_interrupt_in_a_plugin_still_stops_the_run(tmp_path, postings):
    plugin = _plugin(tmp_path, "screener_extract", "raise KeyboardInterrupt")
    result = screener("--plugin", str(plugin), "extract", *map(str, postings), "--format", "jsonl")
    assert result.returncode == 130
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().endswith("interrupted")
    assert [r["source"] for r in _records(result)] == [str(postings[0])]  # what came before was written
