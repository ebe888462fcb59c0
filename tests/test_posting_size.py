"""The maximum posting size: refused with an error that says how to raise it, in place in a batch."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES, builtin_screener

from screener import ConfigurationError, PostingTooLargeError
from screener.engine import DEFAULT_MAX_POSTING_CHARS, Screener

RHIT_POSTING = SAMPLES / "postings" / "rhit-required.txt"


def small_screener(limit: int) -> Screener:
    screener = builtin_screener()
    screener.max_posting_chars = limit
    return screener


def test_a_posting_over_the_limit_is_refused_with_its_size_and_the_limit():
    screener = small_screener(1_000)
    with pytest.raises(PostingTooLargeError) as caught:
        screener.extract("RHIT required. " * 100, source="long.txt")
    message = str(caught.value)
    assert message.startswith("long.txt: the posting has 1,500 characters, more than the limit of 1,000")
    assert "--max-chars" in message and "SCREENER_MAX_POSTING_CHARS" in message
    assert caught.value.source == "long.txt"


def test_a_posting_at_the_limit_is_extracted():
    text = "RHIT required."
    extraction = small_screener(len(text)).extract(text)
    assert [r.id for r in extraction.requirements] == ["RHIT"]


def test_in_a_batch_the_long_posting_carries_the_error_and_the_others_go_on():
    screener = small_screener(200)
    texts = ["RHIT required.", "CCS required. " + "x" * 300, "CPC preferred."]
    results = list(screener.extract_many(texts))
    assert [[r.id for r in e.requirements] for e in results] == [["RHIT"], [], ["CPC"]]
    assert [e.code for e in results[1].errors] == ["too_large"]
    assert not results[0].errors and not results[2].errors


def test_the_limit_holds_in_worker_processes_too():
    screener = small_screener(200)
    texts = ["RHIT required.", "x" * 300] * 20
    codes = [[e.code for e in x.errors] for x in screener.extract_many(texts, n_process=2, batch_size=4)]
    assert codes == [[], ["too_large"]] * 20


def test_strict_screeners_raise_for_a_long_posting_in_a_batch():
    screener = builtin_screener(strict=True)
    screener.max_posting_chars = 100
    with pytest.raises(PostingTooLargeError):
        list(screener.extract_many(["RHIT required.", "x" * 101]))


def test_the_default_limit_and_the_environment_variable(monkeypatch):
    monkeypatch.delenv("SCREENER_MAX_POSTING_CHARS", raising=False)
    assert Screener(entry_points=False).max_posting_chars == DEFAULT_MAX_POSTING_CHARS
    monkeypatch.setenv("SCREENER_MAX_POSTING_CHARS", "5_000")
    assert Screener(entry_points=False).max_posting_chars == 5_000
    assert Screener(entry_points=False, max_posting_chars=7).max_posting_chars == 7


@pytest.mark.parametrize("setting", ["abc", "0", "-5", "1.5"])
def test_a_bad_environment_value_is_a_configuration_error_naming_the_variable(monkeypatch, setting):
    monkeypatch.setenv("SCREENER_MAX_POSTING_CHARS", setting)
    with pytest.raises(ConfigurationError, match="SCREENER_MAX_POSTING_CHARS must be a whole number"):
        Screener(entry_points=False)


@pytest.mark.parametrize("value", [0, -1, True, 2.5, "100"])
def test_a_bad_argument_is_a_configuration_error(value):
    with pytest.raises(ConfigurationError, match="max_posting_chars"):
        Screener(entry_points=False, max_posting_chars=value)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def env(plugin_env):
    return plugin_env()


def test_cli_refuses_a_big_file_and_goes_on_with_the_rest(env, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("RHIT required.\n" + "word " * 50_000, encoding="utf-8")
    result = env.screener("extract", str(big), str(RHIT_POSTING), "--format", "jsonl")
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(big), str(RHIT_POSTING)]
    assert records[0]["errors"][0]["code"] == "too_large"
    assert records[1]["requirements"] and not records[1]["errors"]
    assert f"{big}: the posting has 250,015 characters, more than the limit of 200,000" in result.stderr
    assert "Traceback" not in result.stderr

    raised = env.screener("extract", str(big), "--format", "json", "--max-chars", "300000")
    assert raised.returncode == 0, raised.stderr
    assert [r["id"] for r in json.loads(raised.stdout)["requirements"]] == ["RHIT"]

    by_variable = env.screener("extract", str(big), "--format", "json", env={"SCREENER_MAX_POSTING_CHARS": "300000"})
    assert by_variable.returncode == 0, by_variable.stderr


def test_cli_screen_and_rank_take_the_limit_too(env, tmp_path):
    profile = SAMPLES / "profiles" / "new-graduate-rhit-eligible.yaml"
    for command, fmt in (("screen", "jsonl"), ("screen", "html"), ("rank", "json")):
        result = env.screener(
            command, str(RHIT_POSTING), "--profile", str(profile), "--format", fmt, "--max-chars", "100"
        )
        assert result.returncode == 1, (command, fmt, result.stderr)
        assert "more than the limit of 100" in result.stderr, (command, fmt)
        assert "Traceback" not in result.stderr


def test_cli_a_bad_limit_is_a_usage_error(env):
    result = env.screener("extract", str(RHIT_POSTING), env={"SCREENER_MAX_POSTING_CHARS": "lots"})
    assert result.returncode == 2
    assert "SCREENER_MAX_POSTING_CHARS must be a whole number of characters above 0, not 'lots'" in result.stderr
    assert "Traceback" not in result.stderr
    flag = env.screener("extract", str(RHIT_POSTING), "--max-chars", "0")
    assert flag.returncode == 2 and "--max-chars" in flag.stderr
