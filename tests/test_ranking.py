"""`rank` over the bundled samples gives the order a coding manager would give.

Each profile is a bundled sample; the expectations are the judgements a
health-information coding manager makes about these candidates and postings
(verdicts and relative order), not the scores themselves.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLES, builtin_screener
from test_assessment_rules import CPC_A, MissingCredentials

from screener import load_profile
from screener.io.ranking import rank

POSTINGS = sorted(str(p) for p in (SAMPLES / "postings").glob("*.txt"))


@pytest.fixture(scope="module")
def screener():
    base = builtin_screener()
    if "CPC-A" in base.knowledge.credentials:
        return base
    return builtin_screener(plugins=[MissingCredentials([CPC_A])])


def ranking(screener, profile_name):
    profile = load_profile(SAMPLES / "profiles" / f"{profile_name}.yaml")
    ranked = rank(screener.screen_sources(POSTINGS, profile))
    by_name = {r.source.rsplit("/", 1)[-1].removesuffix(".txt"): r for r in ranked}
    order = list(by_name)
    return by_name, order


def test_new_graduate(screener):
    fits, order = ranking(screener, "new-graduate-rhit-eligible")
    # the jobs written for new RHIT-eligible graduates, and the trainee coder job with 12 months to certify
    for name in ("rhit-eligible", "ccs-within-12-months"):
        assert fits[name].verdict == "qualified", name
    # two years of inpatient coding, five years of auditing, a CTR: out of reach
    for name in ("rhit-required", "multi-credential-coder", "cancer-registrar-ctr"):
        assert fits[name].verdict == "not_qualified", name
    assert order.index("rhit-eligible") < order.index("rhia-preferred") < order.index("rhit-required")
    assert "RHIT" in fits["rhit-required"].missing


def test_cpc_apprentice_with_one_year(screener):
    fits, order = ranking(screener, "cpc-a-one-year")
    # a pro-fee coder job asking for CPC or CCS and 1-2 years: close, the "-A" is what is missing
    assert fits["cpc-or-ccs"].verdict == "stretch"
    assert fits["hs-diploma-coding-certificate"].verdict == "qualified"
    # no associate degree from a CAHIIM program: RHIT jobs are out; so is the cancer registry
    for name in ("rhit-required", "rhit-eligible", "rhia-preferred", "cancer-registrar-ctr"):
        assert fits[name].verdict == "not_qualified", name
    assert order.index("cpc-or-ccs") < min(order.index(n) for n in ("rhit-required", "rhit-eligible"))
    assert order.index("hs-diploma-coding-certificate") < order.index("cpc-or-ccs")


def test_rhia_with_five_years_inpatient(screener):
    fits, order = ranking(screener, "rhia-five-years-inpatient")
    # the RHIA stands in for the RHIT, and five inpatient years cover every coding job on the inpatient side
    for name in ("rhit-required", "multi-credential-coder", "rhia-preferred", "rhit-eligible"):
        assert fits[name].verdict == "qualified", name
    # professional-fee coding with a CPC or CCS and E/M levels: no E/M, no CPC, inpatient years count half
    assert fits["cpc-or-ccs"].verdict == "not_qualified"
    assert "E/M" in fits["cpc-or-ccs"].missing
    # an RHIA is not a CTR
    assert fits["cancer-registrar-ctr"].verdict == "not_qualified"
    assert order[-1] == "cancer-registrar-ctr"
    assert order.index("rhit-required") < order.index("cpc-or-ccs")


def test_every_ranking_format_keeps_the_order(screener):
    import csv
    import io
    import json

    from screener.io.fit_output import render_ranking

    profile = load_profile(SAMPLES / "profiles" / "new-graduate-rhit-eligible.yaml")
    ranked = rank(screener.screen_sources([*POSTINGS, str(SAMPLES / "missing.txt")], profile))
    sources = [r.source for r in ranked]
    assert sources[-1].endswith("missing.txt") and ranked[-1].verdict is None  # failures come last
    as_json = json.loads(render_ranking(ranked, "json"))
    assert [r["source"] for r in as_json] == sources and as_json[-1]["error"]
    assert [json.loads(line)["source"] for line in render_ranking(ranked, "jsonl").splitlines()] == sources
    rows = list(csv.DictReader(io.StringIO(render_ranking(ranked, "csv"))))
    assert [row["source"] for row in rows] == sources and rows[0]["rank"] == "1"
    markdown = render_ranking(ranked, "markdown").splitlines()
    assert len(markdown) == 2 + len(ranked) and markdown[-1].startswith(f"| {len(ranked)} | error |")
