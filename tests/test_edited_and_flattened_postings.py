"""Postings edited after publication and the other kinds of the written52 round, with texts written for the test."""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, years


@pytest.mark.parametrize(
    "banner",
    [
        "*** UPDATE 04/22 from Talent Acquisition - please read before applying ***",
        "AMENDMENT NO. 2 - posted 03/18/2025",
        "RE-POSTED WITH CHANGES (06/10)",
    ],
)
def test_a_banner_over_the_changes_makes_them_the_posting_s(extract, banner):
    text = (
        f"Inpatient Coder II\n\n{banner}\nThe RHIT is now preferred rather than required. CCS or CIC required.\n\n"
        "Qualifications\n- RHIT and CCS or CIC\n- 2 years of inpatient coding experience\n"
    )
    extraction = extract(text)
    assert asked(extraction)["RHIT"] == "preferred"
    assert asked(extraction)["CCS"] == "required"


def test_an_original_description_set_off_as_a_heading_asks_nothing(extract):
    text = (
        "HIM Data Integrity Analyst\n\n(i) This job was updated by the employer. The original job description is "
        "kept below for reference.\n\n----- Updated job description -----\nQualifications\n- Associate degree "
        "required\n- 3+ years of HIM experience\n- RHIA or RHIT preferred\n\n----- Original job description (posted "
        "Sep 9, 2024) -----\nQualifications\n- Bachelor's degree required\n- 5+ years of HIM experience\n- RHIA "
        "required\n"
    )
    extraction = extract(text)
    assert extraction.minimum_education("required") == "associate"
    assert years(extraction) == {3.0}
    assert asked(extraction) == {"RHIA": "preferred", "RHIT": "preferred"}


def test_a_sentence_that_speaks_of_the_original_description_is_no_label(extract):
    # words before it on its line: it speaks of the old version and heads nothing
    text = (
        "Coder\n\nNote: the original posting is kept for reference only.\nQualifications\n- RHIT required\n"
        "- 2 years of coding experience\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"RHIT": "required"}
    assert years(extraction) == {2.0}


@pytest.mark.parametrize(
    "struck",
    [
        "[removed: 3 years of cancer registry experience required.] (revised) 1 year of cancer registry experience "
        "required.",
        "~~3 years of cancer registry experience required.~~ 1 year of cancer registry experience required.",
    ],
)
def test_struck_out_text_asks_nothing(extract, struck):
    extraction = extract(f"Cancer Registrar\n\nQualifications\n- {struck}\n- ODS-C required\n")
    assert years(extraction) == {1.0}


def test_a_struck_out_credential_is_listed_as_struck_out(extract):
    text = (
        "Cancer Registrar\n\nQualifications\n- Credential: [removed: Current CTR credential required at time of "
        "hire.] (revised) CCS required.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CCS": "required"}
    assert any("struck out" in d.reason for d in extraction.dismissed if d.id == "CTR")


def test_the_closing_marks_of_struck_out_words_strike_nothing_after_them(extract):
    extraction = extract("ED Facility Coder\n\nRequirements:\n* ~~CPC~~ COC or CCS\n* 2+ years ED facility coding\n")
    assert {k for k, v in asked(extraction).items() if v == "required"} >= {"COC", "CCS"}
    assert "CPC" not in asked(extraction)
