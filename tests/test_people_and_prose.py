"""Other people's credentials and years, page furniture and prose strengths, with sentences written for the test
(the written14 round): a post and a name before the letters, a post with its letters in brackets, a job alert's
quoted excerpts, "More from this employer", reviews, holders who must also hold another credential, applicants
turned away, "we'd like to see", a clause after a spaced dash, a manager's tenure and a recruiter's anniversary.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids


@pytest.mark.parametrize(
    "sentence",
    [
        "Our office manager, Tammy Reeves, CPC, CPB, will train you on our payer mix.",
        "The team reports to our Director of Coding Integrity, Maria Alvarez, RHIA, CCS, CDIP, and works with us.",
        "Every month our Coding Educator (CPC, CEDC, CEMC) runs a coding huddle.",
        "The team reports to our Senior Director of HIM (an RHIA with 30 years in the field).",
    ],
)
def test_the_letters_of_a_person_the_posting_names_ask_nothing(extract, sentence):
    extraction = extract(f"Coder\nRequirements: COC required.\n{sentence}\n")
    assert ids(extraction) == {"COC": "required"}


def test_a_job_alert_s_quoted_excerpts_of_other_jobs_ask_nothing(extract):
    extraction = extract(
        "Here are today's new jobs matching your alert: medical coder\n\n1. Inpatient Coding Auditor - Remote\n"
        '   "...RHIA or RHIT plus CCS required; 5 years inpatient..."\n\n2. Professional Fee Coder II\n'
        "   Requirements:\n   * CPC or COC certification required\n   * 2 years of coding experience\n"
    )
    assert ids(extraction) == {"CPC": "required", "COC": "required"}


@pytest.mark.parametrize(
    "furniture",
    [
        "More from this employer\n  Inpatient Coder (CCS)  -  Sarasota, FL\n  Quality Abstractor (RN/RHIT) - Remote",
        'Reviews\n"Great team, supportive leadership" - Coding Specialist III, RHIT, CCS  (5.0 ★)',
    ],
)
def test_what_else_a_saved_page_shows_asks_nothing(extract, furniture):
    extraction = extract(f"Cancer Registrar\nRequirements:\n- ODS-C required\n\n{furniture}\n")
    assert ids(extraction) == {"ODS-C": "required"}


def test_holders_who_must_also_hold_another_credential_are_not_asked_for_theirs(extract):
    extraction = extract("Inpatient Coder\nCCS or CIC required. RHIT/RHIA holders must also hold the CCS or CIC.\n")
    assert ids(extraction) == {"CCS": "required", "CIC": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "*** Not considering CPC-A or new graduates for this role ***",
        "(CPC-A unfortunately won't work for this one.)",
    ],
)
def test_holders_turned_away_in_a_recruiter_s_words_are_not_asked_for(extract, sentence):
    extraction = extract(f"Risk Adjustment Coder\nYou'll need an active CPC. {sentence}\n")
    assert ids(extraction) == {"CPC": "required", "CPC-A": "not_required"}


def test_what_we_would_like_to_see_is_preferred(extract):
    extraction = extract(
        "Revenue Integrity Analyst\nWe'd really like to see one of the following credentials: CCS, CPC or RHIA.\n"
    )
    assert ids(extraction) == {"CCS": "preferred", "CPC": "preferred", "RHIA": "preferred"}


def test_a_cue_after_a_spaced_dash_and_a_subject_of_its_own_speaks_of_that_subject(extract):
    extraction = extract(
        "ROI Specialist\nYou'll need about a year of experience in a medical records setting - ROI experience "
        "specifically is ideal but not required.\n"
    )
    assert [(r.years, r.strength) for r in extraction.of_kind("experience")] == [(1.0, "required")]


def test_a_cue_after_a_spaced_dash_that_speaks_of_what_came_before_still_counts(extract):
    assert ids(extract("Coder\nRequirements:\nEpic experience - this is a plus.\n"), "software") == {
        "Epic": "preferred"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Our coding manager has led the team for 14 years and people stay.",
        "Celebrating 15 years of placing HIM talent.",
    ],
)
def test_someone_else_s_years_and_the_employer_s_are_no_experience_asked(extract, sentence):
    extraction = extract(f"Coder\nTwo years of coding experience required.\n{sentence}\n")
    assert extraction.minimum_experience_years("required") == 2
    assert [r.years for r in extraction.of_kind("experience")] == [2.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "We'll also consider an associate degree with five years of relevant experience in place of the bachelor's.",
        "We'll also look at five years of pro-fee coding in place of RA experience.",
    ],
)
def test_a_figure_offered_in_place_of_a_degree_or_other_experience_is_no_bar(extract, sentence):
    extraction = extract(
        f"Revenue Integrity Analyst\nYou need a bachelor's degree and three years of risk adjustment coding "
        f"experience. {sentence}\n"
    )
    assert extraction.minimum_experience_years("required") == 3
