"""Issue 17: tables that fit the terminal and name things as people do, extract CSV, screen and rank with the
reader options of extract, rank as HTML, screen_many on read errors, ACS/SCP only with a credential signal."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest
from conftest import SAMPLES

from screener import Profile, ReadError
from screener.io.tables import text_width

POSTINGS = SAMPLES / "postings"
NEW_GRADUATE = SAMPLES / "profiles" / "new-graduate-rhit-eligible.yaml"


@pytest.fixture(scope="module")
def cli(plugin_env):
    return plugin_env().screener


@pytest.mark.parametrize("columns", ["80", "120"])
@pytest.mark.parametrize(
    "command",
    [
        ["extract", str(POSTINGS)],
        ["screen", str(POSTINGS), "--profile", str(NEW_GRADUATE)],
        ["rank", str(POSTINGS), "--profile", str(NEW_GRADUATE)],
        ["credentials"],
        ["skills"],
        ["plugins", "--all"],
    ],
    ids=lambda c: c[0] if isinstance(c, list) else c,
)
def test_tables_fit_the_terminal(cli, command, columns):
    result = cli(*command, env={"COLUMNS": columns})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) > 5
    assert max(text_width(line) for line in lines) <= int(columns)


def test_job_seekers_see_names_and_json_keeps_ids(cli):
    posting = str(POSTINGS / "rhit-required.txt")
    table = cli("screen", posting, "--profile", str(NEW_GRADUATE), env={"COLUMNS": "120"}).stdout
    assert "Anatomy and Physiology" in table and "3M 360 Encompass" in table and "RHIT" in table
    assert "anatomy_physiology" not in table and "clinical_documentation_improvement" not in table
    assert "Anatomy and Physiology" in cli("extract", posting, env={"COLUMNS": "120"}).stdout
    data = json.loads(cli("extract", posting, "--format", "json").stdout)
    assert "anatomy_physiology" in [r["id"] for r in data["requirements"]]


def test_extract_csv_has_a_row_per_requirement_and_per_error(cli, tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "a", "body": "RHIT or CCS required. 2 years of coding experience."}\n{broken\n')
    result = cli("extract", str(batch), "--field", "body", "--format", "csv")
    assert result.returncode == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["source"], r["kind"], r["id"], r["error_code"]) for r in rows] == [
        (f"{batch}#a", "credential", "RHIT", ""),
        (f"{batch}#a", "credential", "CCS", ""),
        (f"{batch}#a", "experience", "coding", ""),
        (f"{batch}:2", "", "", "read_error"),
    ]
    rhit = rows[0]
    assert rhit["any_of"] == rows[1]["any_of"] != "" and rhit["accepts_eligible"] == "false"
    assert rhit["name"] == "RHIT" and rows[2]["years"] == "2"
    text = "RHIT or CCS required. 2 years of coding experience."
    assert text[int(rhit["start"]) : int(rhit["end"])] == rhit["evidence"]


def test_screen_and_rank_read_batches_like_extract(cli, tmp_path):
    batch = tmp_path / "feed.csv"
    batch.write_text("id,title,posting\n1,Coder,RHIT required.\n2,Clerk,No certification required.\n")
    for command in ("screen", "rank"):
        result = cli(command, str(batch), "--field", "posting", "--profile", str(NEW_GRADUATE), "--format", "json")
        assert result.returncode == 0, result.stderr
        assert len(json.loads(result.stdout)) == 2
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.txt").write_text("RHIT required.")
    (folder / "b.md").write_text("CPC required.")
    ranked = cli("rank", str(folder), "--glob", "*.txt", "--profile", str(NEW_GRADUATE), "--format", "json")
    assert [r["source"] for r in json.loads(ranked.stdout)] == [str(folder / "a.txt")]
    one = cli("screen", str(POSTINGS), "--profile", str(NEW_GRADUATE), "--format", "jsonl")
    two = cli("screen", str(POSTINGS), "--profile", str(NEW_GRADUATE), "--format", "jsonl", "--jobs", "2")
    assert one.stdout == two.stdout and one.returncode == two.returncode == 0
    bad = cli("screen", str(batch), "--profile", str(NEW_GRADUATE), "--read-option", "nokeyvalue")
    assert bad.returncode == 2 and "KEY=VALUE" in bad.stderr


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._in_summary = False

    def handle_starttag(self, tag, attrs):
        if tag == "table" and ("class", "summary") in attrs:
            self._in_summary = True
        elif self._in_summary and tag == "tr":
            self.rows.append([])

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_summary = False

    def handle_data(self, data):
        if self._in_summary and self.rows:
            self.rows[-1].append(data)


def test_rank_and_screen_html_list_postings_in_rank_order(cli, tmp_path):
    ranked = json.loads(cli("rank", str(POSTINGS), "--profile", str(NEW_GRADUATE), "--format", "json").stdout)
    expected = [(r["verdict"].replace("_", " "), str(r["score"])) for r in ranked]
    for command in ("rank", "screen"):
        result = cli(command, str(POSTINGS), "--profile", str(NEW_GRADUATE), "--format", "html")
        assert result.returncode == 0 and result.stdout.startswith("<!DOCTYPE html>")
        parser = _Rows()
        parser.feed(result.stdout)
        body = parser.rows[1:]
        assert [(row[1], row[2]) for row in body] == expected, command
        assert [row[0] for row in body] == [str(n) for n in range(1, len(expected) + 1)]
    hostile = tmp_path / "hostile.txt"
    hostile.write_text('<script>alert("x")</script> Coder\nRHIT required.\n')
    page = cli("rank", str(hostile), "--profile", str(NEW_GRADUATE), "--format", "html").stdout
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_screen_many_takes_what_read_all_yields(screener, tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"text": "RHIT required."}\n{broken\n{"text": "CPC required."}\n')
    items = list(screener.read_all(str(batch)))
    assert isinstance(items[1], ReadError)
    reports = list(screener.screen_many(items, Profile(credentials=[{"id": "RHIT"}])))
    assert [r.source for r in reports] == [f"{batch}:1", f"{batch}:2", f"{batch}:3"]
    assert reports[0].fit.verdict == "qualified" and reports[1].fit is None
    assert [e.code for e in reports[1].errors] == ["read_error"]
    assert [e.errors for e in screener.extract_many(items)][1][0].source == f"{batch}:2"
    sources = list(screener.screen_sources([str(batch)], {"credentials": [{"id": "RHIT"}]}, options={"field": "text"}))
    assert [r.model_dump() for r in sources] == [r.model_dump() for r in reports]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Knowledge of ACS Commission on Cancer standards required.", []),
        ("Maintain ACS CoC accreditation; ACS required.", []),
        ("ACS required.", []),
        ("SCP experience for secure file transfers required.", []),
        ("BMSC ACS certification required.", [("ACS", "required")]),
        ("CPC or ACS required.", [("CPC", "required"), ("ACS", "required")]),
        ("Advanced Coding Specialist preferred.", [("ACS", "preferred")]),
        ("SCP certification preferred.", [("SCP", "preferred")]),
        ("HCS-D required; HCS-O preferred.", [("HCS-D", "required"), ("HCS-O", "preferred")]),
        ("Home Care Coding Specialist - Hospice (HCS-H) required.", [("HCS-H", "required")]),
        ("CCP-P preferred.", [("CCP-P", "preferred")]),
    ],
)
def test_acs_and_scp_are_credentials_only_with_a_credential_signal(extract, text, expected):
    assert [(r.id, r.strength) for r in extract(text).of_kind("credential")] == expected


def test_pahcs_is_a_historical_issuer(cli):
    listing = cli("credentials", env={"COLUMNS": "100"}).stdout
    assert "Historical issuers" in listing and "PAHCS" in listing.split("Historical issuers")[1]
    detail = cli("credentials", "PAHCS", "--format", "json")
    assert detail.returncode == 0 and json.loads(detail.stdout)["historical"] is True


@pytest.mark.parametrize(("held", "wanted"), [("CTR", "ODS-C"), ("ODS-C", "CTR"), ("ODS", "CTR")])
def test_ctr_and_ods_c_meet_each_other_citing_the_rename(screener, held, wanted):
    report = screener.screen(f"Cancer Registrar\nQualifications\n{wanted} required.\n", {"credentials": [{"id": held}]})
    [assessment] = [a for a in report.fit.assessments if a.id == wanted]
    assert assessment.status == "met" and "renamed" in assessment.reason
    assert assessment.source == "http://alabamacra.org/id13.html"


def test_a_cpc_a_with_one_year_is_told_the_course_or_practicode_is_what_is_left(screener):
    profile = {"credentials": [{"id": "CPC-A"}], "experience": [{"years": 1, "coding": True}], "memberships": ["AAPC"]}
    [cpc] = screener.screen("CPC required.", profile).fit.assessments
    assert cpc.status == "partial"
    first = cpc.next_steps[0].text
    assert "80-contact-hour coding course or AAPC Practicode" in first and "already shows: 1 year" in first
    assert cpc.next_steps[0].source == "https://aapc.com/certifications/cpc/complete-your-cpc-apprenticeship"
    newcomer = screener.screen("CPC required.", {"credentials": [{"id": "CPC-A"}]}).fit.assessments[0]
    assert "already shows" not in newcomer.next_steps[0].text
