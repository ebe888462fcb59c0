"""Other jobs a page points to, the people a posting describes, deadlines beside cues, schooling routes and headings,
with sentences written for the test (the written15 round): "Other jobs you may like" and "Other <employer> openings",
a requisition the posting points to, a share of a team that holds credentials, a quotation's attribution, a company
named by an acronym and a kind of firm, "required within 6 months (we reimburse the fee)", "viewed favourably",
credentials "not recognised", a diploma from a coding program, a coding course, experience or a degree, "minimum"
under a preferred heading, a table's header row pasted as lines, "Desired Candidate Profile" and "Medicare Advantage".
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids, levels


@pytest.mark.parametrize(
    "furniture",
    [
        "Other jobs you may like\nInpatient Coder III - CCS required - Remote\nAuditor - CPMA required, 5 yrs - Tampa",
        "Other Brightwater openings you might be interested in:\n- Coding Auditor (CCS and 6+ years required) - Remote",
        "Similar roles you may like\nOutpatient Coder (CCS-P) - Dayton, OH",
    ],
)
def test_other_jobs_a_page_lists_under_a_board_s_words_ask_nothing(extract, furniture):
    extraction = extract(f"Coder\nRequirements\n- COC required\n- 2 years of coding experience\n\n{furniture}\n")
    assert ids(extraction) == {"COC": "required"}
    assert [r.years for r in extraction.of_kind("experience")] == [2.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Interested in inpatient work instead? See Job #44102 - Inpatient Coder (CCS required).",
        "Nurses with 4+ years of bedside experience may be considered for our separate CDI Specialist I posting.",
        "CPC-A holders may attend for Junior Coder openings (separate walk-in drive).",
    ],
)
def test_what_another_job_the_posting_points_to_asks_is_not_asked(extract, sentence):
    extraction = extract(f"Coder\nRequirements\n- COC required\n- 2 years of coding experience\n{sentence}\n")
    assert ids(extraction) == {"COC": "required"}
    assert extraction.minimum_experience_years("required") == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Our auditors came up through HIM - most hold CCS and RHIA credentials themselves - so they get it.",
        "Half of our coders carry the CCS.",
        "The abstraction team (25 nurses, all CCS or RHIA credentialed) reviews charts for the plan.",
    ],
)
def test_what_a_share_of_the_people_described_holds_is_not_asked(extract, sentence):
    extraction = extract(f"Coder\n{sentence}\nRequirements\n- COC required\n")
    assert ids(extraction) == {"COC": "required"}


def test_a_share_of_people_holding_a_credential_still_leaves_what_the_candidate_must_hold(extract):
    extraction = extract("Coder\nSeveral of them already hold the CCS, and applicants must hold the CCS too.\n")
    assert ids(extraction) == {"CCS": "required"}


def test_the_letters_of_a_quotation_s_attribution_ask_nothing(extract):
    extraction = extract(
        'Coder\nFrom our manager:\n"Come code with us; every chart teaches something."\n'
        "- Lena Marsh, MBA, RHIA, CCS, CPMA, Manager, Coding Quality\n\nRequirements\n- COC required\n"
    )
    assert ids(extraction) == {"COC": "required"}


def test_words_of_the_field_after_a_list_dash_are_no_name(extract):
    extraction = extract("Coder\nRequirements\n- Risk Adjustment, CRC\n- Medical Coding, COC\n")
    assert ids(extraction) == {"CRC": "required", "COC": "required"}


def test_an_acronym_that_opens_a_firm_s_name_names_the_firm(extract):
    extraction = extract(
        "Coder II\nCRC Revenue Solutions\nTampa, FL\n\nCRC Revenue Solutions places coders with hospitals.\n"
        "Perks: weekly pay through CRC.\nRequirements\n- COC required\n"
    )
    assert ids(extraction) == {"COC": "required"}
    assert {d.id for d in extraction.dismissed} >= {"CRC"}


def test_an_acronym_before_other_capitalised_words_is_still_the_credential(extract):
    extraction = extract("Coder\nRequirements\n- CRC or COC certification\n- Experience with Coding Services\n")
    assert ids(extraction) == {"CRC": "required", "COC": "required"}


@pytest.mark.parametrize(
    "line",
    [
        "CDEO, required within 9 months of hire (we reimburse the exam fee)",
        "CDEO, required within nine (9) months of start (exam fee paid by us)",
    ],
)
def test_a_cue_with_a_deadline_asks_for_what_is_before_it_whatever_the_aside_pays(extract, line):
    extraction = extract(f"Coder\nRequirements\n- CPC required\n- {line}\n")
    assert ids(extraction) == {"CPC": "required", "CDEO": "required"}


def test_a_deadline_beside_a_preference_keeps_it_a_preference(extract):
    extraction = extract("Coder\nRequirements\n- RHIT, preferred at time of hire\n- COC\n")
    assert ids(extraction) == {"RHIT": "preferred", "COC": "required"}


def test_what_the_employer_pays_for_alone_is_still_a_benefit(extract):
    extraction = extract("Coder\nBenefits\n- CDEO exam (we reimburse the exam fee)\nRequirements\n- COC required\n")
    assert ids(extraction) == {"COC": "required"}


def test_credentials_viewed_favourably_are_preferred(extract):
    extraction = extract("Coding Educator\nA CDIP or CCDS credential would be looked upon favourably.\n")
    assert ids(extraction) == {"CDIP": "preferred", "CCDS": "preferred"}


def test_credentials_not_recognised_are_not_required(extract):
    extraction = extract(
        "Clinical Coder\nEssential\n- Completion of a clinical coding course.\n"
        "- Overseas credentials (for example the CCS or RHIT) are not recognised for this post.\n"
    )
    assert ids(extraction) == {"CCS": "not_required", "RHIT": "not_required"}


def test_what_applicants_hold_who_are_turned_away_for_holding_only_that_is_not_asked(extract):
    extraction = extract(
        "Trainee Coder\nRequirements\n- Any life science degree\n- CPC required\n"
        "Applicants who have only finished a coding course and have not passed the exam are not eligible.\n"
    )
    assert ids(extraction) == {"CPC": "required"}
    assert "certificate" not in dict(levels(extraction))


def test_a_diploma_from_a_coding_program_is_a_certificate_and_the_lower_route(extract):
    extraction = extract("Coder\nQualifications\n- Associate degree or diploma from an accredited coding program\n")
    assert extraction.minimum_education() == "certificate"
    assert set(levels(extraction)) == {("associate", "required"), ("certificate", "required")}


@pytest.mark.parametrize(
    "line",
    [
        "A degree in HIM, or a clinical coder course recognised by the association.",
        "A degree in health information management, or completion of an approved clinical coder course.",
    ],
)
def test_a_coding_course_is_a_certificate_route(extract, line):
    extraction = extract(f"Clinical Coder\nEssential criteria\n- {line}\n")
    assert extraction.minimum_education() == "certificate"


def test_experience_or_completion_of_a_degree_are_alternatives(extract):
    extraction = extract(
        "Records Clerk\nQualifications\n- High school diploma or GED required\n"
        "- Six months of experience in a records office, OR completion of an associate degree in HIT\n"
    )
    assert extraction.minimum_education() == "high_school"
    grouped = {r.id: r.any_of for r in extraction.requirements if r.kind in ("education", "experience")}
    assert grouped["associate"] is not None
    assert grouped["associate"] == next(r.any_of for r in extraction.of_kind("experience"))


@pytest.mark.parametrize(
    "text",
    [
        "Coder\nEssential\n- coding course\nDesirable\n- minimum 2 years clinical coding experience\n",
        "Coder\nWe will assess you on:\n- Highly desirable: minimum 3 years experience in a health information unit.\n",
    ],
)
def test_a_minimum_figure_is_as_strongly_asked_as_its_heading_or_label_says(extract, text):
    extraction = extract(text)
    assert [r.strength for r in extraction.of_kind("experience")] == ["preferred"]


def test_a_minimum_figure_with_no_heading_is_required(extract):
    extraction = extract("Coder\nMinimum 2 years of coding experience.\n")
    assert extraction.minimum_experience_years("required") == 2


def test_two_strength_headings_with_nothing_between_are_a_header_row_over_neither(extract):
    extraction = extract(
        "Physio\nEssential\n\nDesirable\n\nExperience\n\n- Minimum 4 years of coding experience\n- RHIT registered\n"
    )
    assert extraction.minimum_experience_years("required") == 4
    assert ids(extraction) == {"RHIT": "required"}


def test_a_strength_heading_over_topics_still_gives_them_its_strength(extract):
    extraction = extract(
        "Coder\nEssential\nEducation\n- Associate degree\nDesirable\nExperience\n- 2 years of coding\n"
    )
    assert levels(extraction) == [("associate", "required")]
    assert [r.strength for r in extraction.of_kind("experience")] == ["preferred"]


def test_a_board_s_desired_candidate_profile_is_what_the_posting_asks(extract):
    extraction = extract(
        "Medical Coder\nDesired Candidate Profile :\nCertification: CPC or CCS mandatory.\n"
        "Experience: Minimum 1 year in surgery coding.\nGood knowledge of medical terminology.\n"
    )
    assert extraction.minimum_experience_years("required") == 1
    assert ids(extraction, "skill") == {"medical_terminology": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Two years of HCC coding for a Medicare Advantage plan.",
        "Two years of coding experience to take advantage of the senior pay scale.",
    ],
)
def test_medicare_advantage_and_an_advantage_taken_are_no_preference(extract, sentence):
    extraction = extract(f"Coder\nRequirements\n- {sentence}\n")
    assert [r.strength for r in extraction.of_kind("experience")] == ["required"]


@pytest.mark.parametrize(
    "text",
    [
        "Coder\nSelection criteria\n- Clinical coding course\n- Experience with 3M Codefinder highly regarded\n",
        "Coder\nEssential:\n- Clinical coding course\nHighly regarded:\n- Experience with 3M Codefinder\n",
    ],
)
def test_what_is_highly_regarded_is_preferred(extract, text):
    assert ids(extract(text), "software") == {"3M-CodeFinder": "preferred"}


def test_a_kind_of_qualifications_is_a_topic_under_the_strength_above_it(extract):
    extraction = extract(
        "Coder\nESSENTIAL\n* Completion of a clinical coding course\nDESIRABLE CHARACTERISTICS\n\n"
        "Educational/Vocational Qualifications\n* Certificate IV in Training.\n\nExperience\n"
        "* Experience with 3M Codefinder.\n"
    )
    assert ids(extraction, "software") == {"3M-CodeFinder": "preferred"}
