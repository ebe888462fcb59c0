"""A plugin that raises in any hook, or answers with the wrong type: named, contained, and the batch goes on.

Each fault is a real plugin file loaded with ``--plugin`` and run through the
real command line over a batch of three postings. Hooks that run per posting
(reading, extracting, assessing) fault on the middle posting only: that
posting carries an error record naming the plugin and the hook, the others
are untouched, the exit status is 1. Hooks that run once (vocabulary,
weights) fault at start: the message names the plugin and the hook, the
plugin's contribution is left out and everything else runs (exit 0), or the
run stops with exit status 3 in strict mode.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES

from screener.testing import run_cli

PROFILE = SAMPLES / "profiles" / "new-graduate-rhit-eligible.yaml"

#: hook -> (its arguments, the body, where {answer} is the faulty answer)
HOOKS = {
    "screener_credentials": ("", "return {answer}"),
    "screener_skills": ("", "return {answer}"),
    "screener_context_rules": ("", "return {answer}"),
    "screener_scoring_weights": ("", "return {answer}"),
    "screener_read": ("source, options", "if source.endswith('b.txt'):\n        return {answer}\n    return None"),
    "screener_extract": ("doc, posting", "if 'FAULT' in posting.text:\n        return {answer}\n    return []"),
    "screener_assess": (
        "requirement, profile, knowledge",
        "if requirement.evidence and 'FAULT' in requirement.evidence.text:\n        return {answer}\n    return None",
    ),
}
PER_POSTING = {"screener_read", "screener_extract", "screener_assess"}
FAULTS = {"raises": "_fail()", "exits": "_exit()", "wrong type": "42", "wrong items": "[object()]"}
#: what each fault looks like in the message (any of)
SAID = {
    "raises": ("RuntimeError: injected fault",),
    "exits": ("SystemExit: 3",),  # issue 16.5: SystemExit is a fault like any other, not the end of the batch
    "wrong type": ("returned int", "'int' object"),
    "wrong items": ("object", "Input should be a valid dictionary"),
}


def fault_plugin(directory: Path, hook: str, fault: str) -> Path:
    arguments, body = HOOKS[hook]
    name = f"fault_{hook.removeprefix('screener_')}_{fault.replace(' ', '_')}"
    path = directory / f"{name}.py"
    path.write_text(
        "from screener import hookimpl\n\n\n"
        "def _fail():\n    raise RuntimeError('injected fault')\n\n\n"
        "def _exit():\n    raise SystemExit(3)\n\n\n"
        f"@hookimpl\ndef {hook}({arguments}):\n    {body.format(answer=FAULTS[fault])}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def postings(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("postings")
    texts = {
        "a.txt": "Medical Coder\nRHIT required.\nCCS preferred.\n",
        "b.txt": "Coder II\nRHIT required FAULT.\nCPC preferred.\n",
        "c.txt": "HIM Technician\nRHIA required.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in texts]


def run(plugin: Path, postings: list[Path], command: str, *extra: str):
    args = ["--plugin", str(plugin), command, *map(str, postings), "--format", "jsonl", *extra]
    if command == "screen":
        args += ["--profile", str(PROFILE)]
    return run_cli(*args)


CASES = [
    (hook, fault)
    for hook in HOOKS
    for fault in FAULTS
    if not (fault == "wrong items" and hook in ("screener_assess", "screener_scoring_weights"))
]


@pytest.mark.parametrize(("hook", "fault"), CASES)
def test_a_faulty_plugin_is_named_and_the_batch_goes_on(tmp_path, postings, hook, fault):
    plugin = fault_plugin(tmp_path, hook, fault)
    result = run(plugin, postings, "screen")
    assert result.exception is None, result.exception
    assert "Traceback" not in result.stderr
    assert plugin.stem in result.stderr and hook in result.stderr, result.stderr
    assert any(said in result.stderr for said in SAID[fault]), result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(p) for p in postings], "every posting, in order"
    faulty = [r for r in records if r["errors"]]
    if hook in PER_POSTING:
        assert result.exit_code == 1
        assert [r["source"] for r in faulty] == [str(postings[1])]
        [error] = faulty[0]["errors"]
        assert (error["code"], error["plugin"], error["hook"]) == ("plugin_error", plugin.stem, hook)
        assert plugin.stem in error["message"] and hook in error["message"]
    else:
        assert result.exit_code == 0
        assert faulty == []
    untouched = [r for r in records if not r["errors"]]
    assert all(r["requirements"] and r["fit"] for r in untouched)


@pytest.mark.parametrize("hook", list(HOOKS))
def test_strict_mode_stops_at_a_faulty_plugin(tmp_path, postings, hook):
    plugin = fault_plugin(tmp_path, hook, "raises")
    result = run(plugin, postings, "screen", "--strict")
    assert result.exception is None, result.exception
    assert "Traceback" not in result.stderr
    assert plugin.stem in result.stderr and hook in result.stderr
    assert result.exit_code == (1 if hook in PER_POSTING else 3)


@pytest.mark.parametrize("hook", ["screener_read", "screener_extract"])
def test_extract_with_two_workers_keeps_the_fault_on_its_posting(tmp_path, postings, hook):
    plugin = fault_plugin(tmp_path, hook, "raises")
    result = run(plugin, postings * 20, "extract", "--jobs", "2")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(p) for p in postings * 20]
    assert [bool(r["errors"]) for r in records] == [False, True, False] * 20
    assert {(e["plugin"], e["hook"]) for r in records for e in r["errors"]} == {(plugin.stem, hook)}
