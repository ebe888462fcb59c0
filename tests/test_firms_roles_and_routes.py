"""A firm's people and years, credentials turned away, a header's fields, a role's years, schooling routes of other
countries, with sentences written for the test (the written16 round): "Our reviewers hold ...", "is not acceptable",
"CPC alone will not be considered", "the CRC Analytics team", "Position Type: CTR", "- CCS also accepted", a firm
"with 25 years of experience", "two years in a coding education role", a coder education program, "(degree or
diploma) in HIM", India's degrees and "12th pass".
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids, levels


def test_what_the_employer_s_reviewers_hold_is_not_asked(extract):
    extraction = extract(
        "Auditor\nOur reviewers hold CPC, CRC and CCS credentials and won a 2024 quality award.\n"
        "Qualifications\n- Active CCS required\n"
    )
    assert ids(extraction) == {"CCS": "required"}


@pytest.mark.parametrize(
    "line",
    [
        "CPC or CCS-P required. CPC-A is not acceptable.",
        "Active CPC or CCS-P certification is mandatory - CPC-A alone will not be considered",
    ],
)
def test_credentials_turned_away_in_other_words_are_not_asked(extract, line):
    extraction = extract(f"Coder\nQualifications\n- {line}\n")
    assert {i: s for i, s in ids(extraction).items() if s != "not_required"} == {"CPC": "required", "CCS-P": "required"}


@pytest.mark.parametrize(
    "line",
    [
        "Questions? Dana Ruiz, BSN, RN - Clinical Recruiter",
        "Omar Haddad, MSN, RN, CCDS · 2nd",
        "Our lead, Kelly Moss, RN, BSN, CDIP, has coded for ten years.",
    ],
)
def test_a_degree_s_letters_among_a_person_s_ask_nothing(extract, line):
    extraction = extract(f"Coder\nQualifications\n- Associate degree\n{line}\n")
    assert levels(extraction) == [("associate", "required")]


@pytest.mark.parametrize("line", ["Jane Smith, PhD", "Speech Therapy, BSc, HCPC registration"])
def test_a_degree_s_letters_alone_or_before_words_of_their_own_are_still_asked(extract, line):
    assert levels(extract(f"Therapist\nEssential:\n{line}\n")) != []


def test_a_credential_s_letters_that_name_a_unit_with_words_between_ask_nothing(extract):
    extraction = extract("Coder\nYou will work with the CRC Analytics team.\nQualifications\n- CPC required\n")
    assert ids(extraction) == {"CPC": "required"}


def test_a_credential_held_on_a_team_is_still_asked(extract):
    assert ids(extract("Coder\nWe need a CCS on our team.\n")) == {"CCS": "required"}


def test_the_value_of_a_header_s_position_type_is_no_credential(extract):
    extraction = extract("Coding Auditor\nPosition Type: CTR - Full-Time\nQualifications\n- CCS required\n")
    assert ids(extraction) == {"CCS": "required"}


def test_a_credential_also_accepted_after_a_spaced_dash_joins_the_choice(extract):
    extraction = extract("Coder\nCPC or COC required - CCS-P also accepted.\n")
    groups = {r.id: r.any_of for r in extraction.of_kind("credential")}
    assert set(groups) == {"CPC", "COC", "CCS-P"}
    assert len(set(groups.values())) == 1 and None not in groups.values()


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbor Staffing is a national recruiting firm with 25 years of experience placing coders.",
        "Veda Health (an ISO 27001 certified company, 4,000+ employees, 12 years in US healthcare RCM) is hiring "
        "experienced coders.",
    ],
)
def test_the_employer_s_own_years_are_no_experience_asked(extract, sentence):
    extraction = extract(f"Coder\n{sentence}\nQualifications\n- Minimum 3 years of coding experience\n")
    assert [r.years for r in extraction.of_kind("experience")] == [3.0]


def test_years_in_a_role_of_teaching_are_experience(extract):
    extraction = extract(
        "Coding Educator\nQualifications\n- Minimum five years of coding experience\n"
        "- Two years in a coding education or training role preferred\n"
    )
    assert sorted((r.years, r.strength) for r in extraction.of_kind("experience")) == [
        (2.0, "preferred"),
        (5.0, "required"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Bachelor of Health Information Management, OR successful completion of the Clinical Coder Education Program "
        "(both levels).",
        "A tertiary qualification (degree or diploma) in Health Information Management.",
    ],
)
def test_a_coding_program_or_a_diploma_in_the_field_is_a_certificate_route(extract, line):
    extraction = extract(f"Clinical Coder\nEssential\n- {line}\n")
    assert extraction.minimum_education() == "certificate"


def test_a_coding_training_programme_a_trainer_delivers_is_no_schooling(extract):
    extraction = extract("Coding Trainer\nYou will deliver a comprehensive clinical coding training programme.\n")
    assert levels(extraction) == []


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("B.Pharm / M.Pharm / Pharm.D graduates can apply", "bachelor"),
        ("B.Com or BPT graduates with typing skills", "bachelor"),
        ("Qualification: 12th pass / Graduate - all can apply", "high_school"),
    ],
)
def test_india_s_degrees_and_school_years_are_levels(extract, line, level):
    extraction = extract(f"AR Caller\nEligibility\n* {line}\n")
    assert extraction.minimum_education() == level


@pytest.mark.parametrize(
    "line",
    [
        "Applicants must be GDC registered and hold BDS or equivalent.",
        "Technician qualification (BTech or NVQ Level 3 in Pharmacy Services).",
        "The unit takes part in the Black Country Alliance (BCA) on-call service.",
    ],
)
def test_a_dentist_s_licence_the_uk_s_btech_and_other_initials_are_no_bachelor(extract, line):
    extraction = extract(f"Dental Core Trainee\nEssential\n- {line}\n")
    assert "bachelor" not in dict(levels(extraction))


def test_schooling_that_rules_a_candidate_out_is_not_asked(extract):
    extraction = extract(
        "Medical Coder\nQualification: Any life science graduate - B.Sc, B.Pharm. Diploma holders & 12th pass not "
        "eligible.\n"
    )
    assert extraction.minimum_education() == "bachelor"
    assert "high_school" not in dict(levels(extraction))
