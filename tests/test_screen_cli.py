"""`screener profile`, `screen` and `rank`, run as real subprocesses with only the built-in plugins."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from conftest import SAMPLES, builtin_screener

from screener import load_profile

POSTINGS = SAMPLES / "postings"
PROFILES = SAMPLES / "profiles"
NEW_GRADUATE = PROFILES / "new-graduate-rhit-eligible.yaml"
RHIA = PROFILES / "rhia-five-years-inpatient.yaml"


@pytest.fixture(scope="module")
def cli(plugin_env, tmp_path_factory):
    """``python -m screener`` with no third-party plugin and an empty config folder (no weights file)."""
    env = plugin_env()
    config = tmp_path_factory.mktemp("config")

    def run(*args, env_vars=None):
        return env.screener(*[str(a) for a in args], env={"XDG_CONFIG_HOME": str(config), **(env_vars or {})})

    return run


def test_help_of_the_new_commands(cli):
    for args in (["profile", "--help"], ["profile", "init", "--help"], ["screen", "--help"], ["rank", "--help"]):
        result = cli(*args)
        assert result.returncode == 0 and "Usage:" in result.stdout, args


def test_profile_init_check_and_schema(cli, tmp_path):
    path = tmp_path / "me.yaml"
    assert cli("profile", "init", path).returncode == 0
    assert path.read_text().startswith("# screener candidate profile")
    again = cli("profile", "init", path)
    assert again.returncode == 2 and "already exists" in again.stderr
    checked = cli("profile", "check", path)
    assert checked.returncode == 0, checked.stderr
    assert "valid profile" in checked.stdout and "Your Name" not in checked.stdout + checked.stderr
    printed = cli("profile", "init")
    assert printed.returncode == 0 and printed.stdout == path.read_text()
    schema = json.loads(cli("profile", "schema").stdout)
    assert {"education", "credentials", "experience", "coding_systems"} <= set(schema["properties"])


def test_profile_check_reports_fields_and_lines_without_values(cli, tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("name: Pat Secretname\ncredentials:\n  - id: RHIT\n    status: Pat Secretname\n")
    result = cli("profile", "check", path)
    assert result.returncode == 1
    assert f"{path}:4: credentials[0].status:" in result.stderr
    assert "Secretname" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_screen_json_is_the_extraction_plus_fit(cli):
    posting = POSTINGS / "rhit-eligible.txt"
    result = cli("screen", posting, "--profile", NEW_GRADUATE, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    extracted = json.loads(cli("extract", posting, "--format", "json").stdout)
    assert {k: v for k, v in data.items() if k != "fit"} == extracted
    fit = data["fit"]
    library = builtin_screener().screen(posting.read_text(encoding="utf-8"), load_profile(NEW_GRADUATE))
    assert fit["verdict"] == "qualified" and fit["score"] == library.fit.score
    [rhit] = [a for a in fit["assessments"] if a["id"] == "RHIT"]
    assert rhit["status"] == "met" and "eligible" in rhit["reason"] and "exam" in rhit["next_step"]
    for assessment in fit["assessments"]:
        if assessment["status"] in ("partial", "unmet"):
            assert assessment["next_step"]


def test_screen_a_folder_in_every_format(cli):
    jsonl = cli("screen", POSTINGS, "--profile", RHIA, "--format", "jsonl")
    assert jsonl.returncode == 0
    lines = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(lines) == len(list(POSTINGS.glob("*.txt"))) and all(line["fit"] for line in lines)
    rows = list(csv.DictReader(io.StringIO(cli("screen", POSTINGS, "--profile", RHIA, "--format", "csv").stdout)))
    assert len(rows) == sum(len(line["fit"]["assessments"]) for line in lines)
    assert {row["status"] for row in rows} <= {"met", "partial", "unmet", "unknown"}
    markdown = cli("screen", POSTINGS / "rhit-required.txt", "--profile", RHIA, "--format", "markdown").stdout
    assert markdown.startswith("## Inpatient Coder II") and "| met | required | credential | RHIT |" in markdown
    table = cli("screen", POSTINGS / "rhit-required.txt", "--profile", NEW_GRADUATE).stdout
    assert "not qualified, score" in table and "Next steps:" in table and "Pass the AHIMA RHIT exam" in table


def test_screen_with_a_bad_profile_is_a_usage_error_and_prints_nothing(cli, tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[experience]]\nyears = "lots"\n')
    result = cli("screen", POSTINGS, "--profile", path)
    assert result.returncode == 2 and result.stdout == ""
    assert f"{path}: invalid profile" in result.stderr and "experience[0].years" in result.stderr
    missing = cli("rank", POSTINGS, "--profile", tmp_path / "nope.yaml")
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_unreadable_postings_are_reported_and_the_rest_are_screened(cli, tmp_path):
    result = cli(
        "screen", POSTINGS / "rhit-required.txt", tmp_path / "gone.txt", "--profile", RHIA, "--format", "jsonl"
    )
    assert result.returncode == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["fit"]["verdict"] == "qualified"
    assert second["fit"] is None and second["errors"][0]["code"] == "read_error"
    assert "gone.txt" in result.stderr


def test_weights_from_a_file_and_from_the_environment(cli, tmp_path):
    posting = POSTINGS / "rhit-required.txt"
    profile = tmp_path / "no-pcs.yaml"
    profile.write_text("education: [{level: associate}]\ncoding_systems: [ICD-10-CM]\n")
    default = json.loads(cli("screen", posting, "--profile", profile, "--format", "json").stdout)["fit"]
    weights = tmp_path / "weights.yaml"
    weights.write_text("kind:\n  coding_system: 20\n")
    heavy = json.loads(cli("screen", posting, "--profile", profile, "--format", "json", "--weights", weights).stdout)
    from_env = cli("screen", posting, "--profile", profile, "--format", "json", env_vars={"SCREENER_WEIGHTS": weights})
    assert json.loads(from_env.stdout)["fit"] == heavy["fit"]
    assert heavy["fit"]["score"] > default["score"]  # the one coding system met now weighs more
    bad = tmp_path / "bad-weights.toml"
    bad.write_text("[kind]\ncoding_systems = 2\n")
    result = cli("screen", posting, "--profile", profile, "--weights", bad)
    assert result.returncode == 2 and "kind.coding_systems" in result.stderr and result.stdout == ""


def test_an_installed_weights_plugin_changes_the_score(plugin_env, cli, tmp_path):
    posting = POSTINGS / "rhit-required.txt"
    profile = tmp_path / "no-pcs.yaml"
    profile.write_text("education: [{level: associate}]\ncoding_systems: [ICD-10-CM]\n")
    env = plugin_env("screener-weights")
    listed = {p["name"]: p for p in env.plugins_json()}
    assert listed["no-coding-systems"]["hooks"] == ["screener_scoring_weights"]
    result = env.screener("screen", str(posting), "--profile", str(profile), "--format", "json")
    assert result.returncode == 0, result.stderr
    with_plugin = json.loads(result.stdout)["fit"]
    without = json.loads(cli("screen", posting, "--profile", profile, "--format", "json").stdout)["fit"]
    assert {i["kind"]: i["weight"] for i in with_plugin["items"]}["coding_system"] == 0
    assert with_plugin["score"] != without["score"]


def test_rank_orders_by_verdict_then_score_and_shows_what_is_missing(cli):
    result = cli("rank", POSTINGS, "--profile", NEW_GRADUATE, "--format", "json")
    assert result.returncode == 0, result.stderr
    ranked = json.loads(result.stdout)
    order = ["qualified", "stretch", "not_qualified"]
    keys = [(order.index(r["verdict"]), -r["score"]) for r in ranked]
    assert keys == sorted(keys) and [r["rank"] for r in ranked] == list(range(1, len(ranked) + 1))
    for row in ranked:
        assert len(row["missing"]) <= 3
        assert all(m["item"] and (m["next_step"] or m["item"].endswith("(preferred)")) for m in row["missing"])
    table = cli("rank", POSTINGS, "--profile", NEW_GRADUATE, "--top", "1").stdout
    assert table.splitlines()[0].split() == ["RANK", "VERDICT", "SCORE", "POSTING", "TITLE"]
    assert "missing: 2 years of coding experience" in table
    assert "missing: 2 years of coding experience; RHIT" not in table  # --top 1


@pytest.mark.parametrize("command", ["screener extract", "screener screen", "screener rank"])
def test_the_readme_shows_real_output(cli, command):
    """The README's first `extract`, `screen` and `rank` examples are what the commands print (at 111 columns)."""
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    block = re.search(rf"```console\n\$ ({re.escape(command)} [^\n]+)\n(.*?)```", readme, re.S)
    assert block, f"no `{command}` example in the README"
    args = block.group(1).split()[1:]
    result = cli(*args, env_vars={"COLUMNS": "111"})
    assert result.returncode == 0, result.stderr
    assert result.stdout == block.group(2)
