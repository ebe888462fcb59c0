"""The command line, run as a real subprocess in an environment with only the built-in plugins."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import SAMPLES

RHIT_POSTING = SAMPLES / "postings" / "rhit-required.txt"
CPC_OR_CCS = SAMPLES / "postings" / "cpc-or-ccs.txt"


@pytest.fixture(scope="module")
def cli(plugin_env):
    """``python -m screener`` in an environment with no third-party plugin."""
    return plugin_env().screener


def test_version_and_help(cli):
    version = cli("--version")
    assert version.returncode == 0
    from screener import __version__

    assert version.stdout.strip() == f"screener {__version__}"
    for args in (["--help"], ["extract", "--help"], ["plugins", "--help"], ["schema", "--help"]):
        result = cli(*args)
        assert result.returncode == 0 and "Usage:" in result.stdout, args


def test_extract_json_is_the_documented_shape(cli):
    result = cli("extract", str(CPC_OR_CCS), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["source"] == str(CPC_OR_CCS)
    assert data["title"] == CPC_OR_CCS.read_text().splitlines()[0].strip()
    assert data["errors"] == []
    text = CPC_OR_CCS.read_text()
    credentials = [r for r in data["requirements"] if r["kind"] == "credential"]
    assert {r["id"] for r in credentials} == {"CPC", "CCS"}
    for requirement in credentials:
        assert set(requirement) >= {"kind", "id", "strength", "any_of", "accepts_eligible", "within_months", "evidence"}
        assert requirement["any_of"] == credentials[0]["any_of"] is not None
    for requirement in data["requirements"]:
        evidence = requirement["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    education = [r for r in data["requirements"] if r["kind"] == "education"]
    assert all("or_equivalent_experience" in r for r in education)
    experience = [r for r in data["requirements"] if r["kind"] == "experience"]
    assert all(isinstance(r["years"], (int, float)) for r in experience)


def test_extract_jsonl_gives_a_line_per_posting_and_a_summary(cli):
    result = cli("extract", str(SAMPLES / "postings"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(list((SAMPLES / "postings").glob("*.txt")))
    assert [line["source"] for line in lines] == sorted(line["source"] for line in lines)
    assert f"{len(lines)} posting(s), 0 with errors" in result.stderr


def test_extract_json_of_several_postings_is_an_array(cli):
    result = cli("extract", str(RHIT_POSTING), str(CPC_OR_CCS), "--format", "json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert [d["source"] for d in data] == [str(RHIT_POSTING), str(CPC_OR_CCS)]


def test_extract_table_is_readable(cli):
    result = cli("extract", str(RHIT_POSTING), env={"COLUMNS": "200"})  # the heading holds the whole path
    assert result.returncode == 0
    assert "Inpatient Coder II" in result.stdout
    assert "credential" in result.stdout and "RHIT" in result.stdout and "required" in result.stdout


def test_unreadable_inputs_are_reported_and_the_batch_goes_on(cli, tmp_path):
    missing = tmp_path / "missing.txt"
    unknown = tmp_path / "posting.xyz"
    unknown.write_text("RHIT required")
    result = cli("extract", str(RHIT_POSTING), str(missing), str(unknown), str(CPC_OR_CCS), "--format", "jsonl")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"] for line in lines] == [str(RHIT_POSTING), str(missing), str(unknown), str(CPC_OR_CCS)]
    assert lines[0]["requirements"] and lines[3]["requirements"]
    assert lines[1]["errors"][0]["code"] == "read_error" and "no such file" in lines[1]["errors"][0]["message"]
    assert lines[2]["errors"][0]["code"] == "no_reader"
    assert f"{missing}: no such file" in result.stderr
    assert "4 posting(s), 2 with errors" in result.stderr
    assert "Traceback" not in result.stderr


def test_strict_stops_at_the_first_failure(cli, tmp_path):
    result = cli("extract", str(tmp_path / "missing.txt"), str(RHIT_POSTING), "--strict", "--format", "jsonl")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "no such file" in result.stderr and "Traceback" not in result.stderr


def test_directories_are_searched_and_unknown_files_skipped(cli, tmp_path):
    shutil.copy(RHIT_POSTING, tmp_path / "a.txt")
    (tmp_path / "nested").mkdir()
    shutil.copy(CPC_OR_CCS, tmp_path / "nested" / "b.md")
    (tmp_path / "notes.xyz").write_text("not a posting")
    (tmp_path / ".hidden.txt").write_text("RHIT required")
    result = cli("extract", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "nested" / "b.md")]
    assert "skipped 1 file(s)" in result.stderr


def test_usage_errors_exit_2(cli):
    assert cli("extract").returncode == 2
    assert cli("extract", str(RHIT_POSTING), "--format", "xml").returncode == 2
    assert cli("no-such-command").returncode == 2


def test_plugins_lists_builtins_only_with_all(cli):
    plain = cli("plugins", "--format", "json")
    assert plain.returncode == 0
    assert json.loads(plain.stdout) == []
    everything = json.loads(cli("plugins", "--all", "--format", "json").stdout)
    by_name = {p["name"]: p for p in everything}
    assert by_name["ahima-rhit"]["credentials"] == ["RHIT"]
    assert by_name["ahima-rhit"]["hooks"] == ["screener_credentials"]
    assert by_name["text-reader"]["hooks"] == ["screener_read"]
    assert set(by_name["icd-10"]["skills"]) == {"ICD-10", "ICD-10-CM", "ICD-10-PCS"}
    assert all(p["builtin"] and p["distribution"] == "screener" and p["version"] for p in everything)
    table = cli("plugins", "--all")
    assert "ahima-rhit (built-in)" in table.stdout


def test_schema_command_prints_json_schema(cli):
    result = cli("schema", "extraction")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["schema_version"]["const"] == 1
    assert "requirements" in schema["properties"]


def test_credentials_lists_the_knowledge_base_with_facts_and_sources(cli):
    listing = json.loads(cli("credentials", "--format", "json").stdout)
    by_id = {c["id"]: c for c in listing}
    assert {"RHIT", "RHIA", "CCS", "CPC", "CTR"} <= set(by_id)
    for credential in listing:
        assert credential["issuer"] and credential["sources"]
        assert credential["prerequisites"] or credential["prerequisites_note"]
    assert any(p["accreditation"] == "CAHIIM" for p in by_id["RHIT"]["prerequisites"])
    detail = cli("credentials", "rhit")  # ids are matched in any case
    assert detail.returncode == 0
    assert "Registered Health Information Technician" in detail.stdout
    assert "CAHIIM" in detail.stdout and "https://" in detail.stdout


def test_unknown_credential_is_a_usage_error_with_suggestions(cli):
    result = cli("credentials", "RHITT")
    assert result.returncode == 2
    assert "no credential 'RHITT'" in result.stderr and "RHIT" in result.stderr


def test_skills_lists_coding_systems_and_families(cli):
    coding = json.loads(cli("skills", "--category", "coding_system", "--format", "json").stdout)
    assert coding and all(s["category"] == "coding_system" for s in coding)
    assert "ICD-10-CM" in {s["id"] for s in coding}
    detail = cli("skills", "ICD-10-CM")
    assert detail.returncode == 0 and "part of: ICD-10" in detail.stdout
