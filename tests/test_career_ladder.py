"""Career ladders: a posting that lists what each level of a job asks."""

from __future__ import annotations

import pytest

from screener.extraction.ladder import career_ladder

LEVELS = (
    "Coder Trainee: High school diploma or GED and one year of medical office experience.\n"
    "\n"
    "Coder II: Associate degree in HIT and three years of coding experience. CCS or CPC required.\n"
    "\n"
    "Coder III: Bachelor's degree, RHIA required, five years of inpatient coding experience.\n"
)


def test_levels_with_no_level_named_are_ways_into_the_job_the_lowest_first(extract):
    extraction = extract("Coding Professional\nQualifications by level\n" + LEVELS)
    assert extraction.minimum_education("required") == "high_school"
    assert extraction.minimum_experience_years("required") == 1
    # each level's credentials are one of the ways in: any of them is enough
    groups = {r.id: r.any_of for r in extraction.of_kind("credential")}
    assert set(groups) == {"CCS", "CPC", "RHIA"}
    assert groups["CCS"] == groups["CPC"] == groups["RHIA"] is not None
    assert {r.id: r.path for r in extraction.of_kind("credential")} == {"CCS": 2, "CPC": 2, "RHIA": 3}


@pytest.mark.parametrize(
    ("title", "levels"),
    [
        ("Coder II - Outpatient", LEVELS),
        ("Coding Professional", LEVELS.replace("Coder II:", "Coder II (this posting):")),
    ],
    ids=["named-in-the-title", "marked-in-its-label"],
)
def test_the_posting_s_own_level_is_what_it_asks(extract, title, levels):
    extraction = extract(f"{title}\nQualifications by level\n{levels}")
    assert extraction.minimum_education("required") == "associate"
    assert extraction.minimum_experience_years("required") == 3
    assert sorted(r.id for r in extraction.of_kind("credential")) == ["CCS", "CPC"]
    why = {d.id: d.reason for d in extraction.dismissed}
    assert "another level of the career ladder" in why["RHIA"]


@pytest.mark.parametrize(
    "text",
    [
        "Part I: Associate degree required.\nPart II: Bachelor's degree preferred.\n",
        "Step 1: Apply online.\nStep 2: Interview.\n",
        "Coder II: Associate degree required.\n",  # one level alone is no ladder
    ],
)
def test_numbered_parts_and_a_single_level_are_no_ladder(screener, text):
    assert career_ladder(text, screener.rules, "") == []


def test_a_level_label_alone_on_its_line_governs_the_lines_under_it(screener):
    text = "Tech I:\n\n- High school diploma\n- 1 year\n\nTech II:\n- Associate degree\n\nBenefits: dental\n"
    levels = career_ladder(text, screener.rules, "")
    assert [(text[level.start : level.end].splitlines()[-1], level.rank) for level in levels] == [
        ("- 1 year", 1),
        ("- Associate degree", 2),
    ]
