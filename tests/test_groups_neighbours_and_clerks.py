"""Credentials in groups and on career ladders, the field's neighbours and their acronyms, hard education and experience
wording, and the entry end of the field with its software (the written43 round), with texts written for the test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, levels, years

# ---------------------------------------------------------------------- career ladders and headings


def test_a_ladder_s_rows_in_a_table_speak_of_their_own_levels(extract):
    text = (
        "Inpatient Coder II\nPecan Grove Health | Remote\n\nResponsibilities\n"
        "* Codes inpatient records using ICD-10-CM and ICD-10-PCS.\n\nCoding Career Ladder\n"
        "This requisition is for Coder II.\n\n"
        "Level | Education | Certification | Experience\n"
        "Coder I | High school diploma or GED | CCA or CPC-A | None required; 6 months preferred\n"
        "Coder II | Associate degree in HIT | CCS or CIC required | 2 years of inpatient coding\n"
        "Coder III | Associate degree required; bachelor's degree preferred | CCS required; RHIT or RHIA preferred "
        "| 4 years of inpatient coding\n\nBenefits\nMedical and dental.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CCS": "required", "CIC": "required"}
    assert groups(extraction) == [{"CCS", "CIC"}]
    assert levels(extraction) == [("associate", "required")]
    assert (years(extraction), years(extraction, "preferred")) == ({2.0}, set())


def test_a_ladder_row_that_says_it_is_the_posting_s_is_its_level(extract):
    text = (
        "Careers > HIM > Coding\n\nInpatient Coder - HIM Coding\n\nOur coding ladder\n"
        "Coder I      | Outpatient / ED                  | CCA or CPC-A           | 0-1 yr\n"
        "Coder II     | Inpatient acute care (THIS POSTING) | see below           | see below\n"
        "Coder III    | Complex inpatient, trauma        | CCS + 4 yrs inpatient  | 4+ yrs\n\n"
        "Requirements\n- CCS or CIC certification\n- 2 years of inpatient coding\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CCS": "required", "CIC": "required"}
    assert years(extraction) == {2.0}


@pytest.mark.parametrize("heading", ["Also preferred for Coder II", "Preferred for this role", "Nice to have for you"])
def test_a_preference_s_heading_in_sentence_case_heads_the_list_under_it(extract, heading):
    text = (
        f"Coder\n\nRequirements\n* Proficiency with Microsoft Office.\n\n{heading}\n"
        "* Experience coding in Epic.\n* CRC credential.\n\nBenefits\nMedical.\n"
    )
    extraction = extract(text)
    assert asked(extraction, "software") == {"Microsoft-Office": "required", "Epic": "preferred"}
    assert asked(extraction) == {"CRC": "preferred"}


def test_a_boards_preferred_candidate_profile_heads_what_is_asked(extract):
    text = (
        "Medical Coder - E/M\n\nPreferred candidate profile\n- CPC certification\n"
        "- Good knowledge of medical terminology\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CPC": "required"}
    assert asked(extraction, "skill") == {"medical_terminology": "required"}


@pytest.mark.parametrize("heading", ["Why Buckeye", "Why Pecan Hollow?", "Why us?"])
def test_why_the_employer_heads_what_it_offers(extract, heading):
    text = (
        f"Pharmacy Billing Specialist\n\nWhat we're looking for\n- CPhT or CCS.\n\n{heading}\n"
        "- $500 bonus when you earn a second credential (CPC for technicians).\n- 401(k) with 4% match.\n"
    )
    assert asked(extract(text)) == {"CCS": "required"}


@pytest.mark.parametrize("heading", ["Why you?", "Why we need you"])
def test_why_the_candidate_heads_no_offer(extract, heading):
    text = f"Medical Coder\n\n{heading}\n- CPC required.\n- 2 years of coding experience.\n"
    extraction = extract(text)
    assert asked(extraction) == {"CPC": "required"}
    assert years(extraction) == {2.0}


# ---------------------------------------------------------------------- groups across kinds and with their years


def test_a_credential_or_a_degree_is_one_choice(extract):
    extraction = extract("HIM Analyst\n\nRequirements\n- RHIA or a master's degree in HIM required.\n")
    assert _choice_of(extraction, "RHIA") == {"RHIA", "master"}


def test_a_credential_or_a_degree_on_one_path_raises_no_level(extract):
    text = (
        "Coding Quality Analyst\n\nMinimum qualifications (one of the following):\n"
        "- RHIA, or a master's degree in health information management, plus one (1) year of inpatient coding "
        "experience; or\n- RHIT or CCS, plus three (3) years of inpatient coding experience.\n\n"
        "Education: Associate degree at minimum; bachelor's degree in HIM preferred.\n"
    )
    extraction = extract(text)
    assert _choice_of(extraction, "RHIA") == {"RHIA", "RHIT", "CCS", "master"}
    assert extraction.minimum_education() == "associate"
    assert extraction.minimum_education("preferred") == "bachelor"


def test_a_degree_and_a_credential_or_another_degree_stay_apart(extract):
    extraction = extract("Coder\n\nRequirements: Associate degree and RHIT or bachelor's degree.\n")
    assert _choice_of(extraction, "associate") == {"associate", "bachelor"}
    assert "RHIT" not in _choice_of(extraction, "associate")


def test_each_credential_with_its_own_years_is_a_choice(extract):
    text = (
        "Pro Fee Coder\n\nRequirements\n- Active AAPC or AHIMA coding certification: 5 years of coding experience "
        "with a CPC, or 3 years with a CCS or CCS-P.\n"
    )
    assert groups(extract(text)) == [{"CPC", "CCS", "CCS-P"}]


def _choice_of(extraction, member_id: str) -> set[str]:
    """The ids in the any_of group of ``member_id`` (itself alone when it is in none)."""
    member = next(r for r in extraction.requirements if r.id == member_id)
    if not getattr(member, "any_of", None):
        return {member_id}
    return {r.id for r in extraction.requirements if getattr(r, "any_of", None) == member.any_of}


# ---------------------------------------------------------------------- what is not asked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Certification: CPC or CCS is mandatory. CPC-A candidates are not eligible.", {"CPC", "CCS"}),
        # those who lack it: a must
        ("Applicants without a CPC are not eligible. CCS preferred.", {"CPC", "CCS"}),
    ],
)
def test_holders_turned_away_are_not_asked_for(extract, text, expected):
    assert set(asked(extract(f"Medical Coder\n\n{text}\n"))) == expected


def test_experience_accepted_in_lieu_of_the_credential_is_no_bar_of_the_main_path(extract):
    text = (
        "Outpatient Coder\n\nRequired\n- Experience: a minimum of two (2) years of outpatient facility coding.\n"
        "- Credential: RHIT, CCS or CPC. Four (4) years of recent outpatient coding experience may be accepted in "
        "lieu of the credential.\n"
    )
    assert years(extract(text)) == {2.0}


def test_the_letters_after_a_name_with_a_capital_inside_are_no_level(extract):
    text = (
        "CDI Specialist\n\nRequirements\n- Associate degree in Nursing.\n\n"
        "You will report to LaTonya Meeks, MSN, RN, CCDS, Manager of CDI.\n"
    )
    extraction = extract(text)
    assert levels(extraction) == [("associate", "required")]
    assert "CCDS" not in asked(extraction)


def test_a_contact_s_letters_after_a_first_name_with_a_capital_inside_are_not_asked(extract):
    text = (
        "Medical Coder\n\nRequirements\n- CCS required.\n\nQuestions? Contact DeShawn Price, RHIA, CHPS, Coding "
        "Manager.\n"
    )
    assert asked(extract(text)) == {"CCS": "required"}


# ---------------------------------------------------------------------- software and skills at the field's edges


@pytest.mark.parametrize(
    "sentence",
    [
        "We moved from NextGen to athenaOne last spring.",
        "In 2022 we brought all three hospitals and our physician network onto a single NextGen record.",
        "We went live with Evolve in 2019 and with NextGen as our electronic patient record in 2021.",
    ],
)
def test_a_system_the_employer_left_or_brought_its_sites_onto_is_not_asked(extract, sentence):
    text = f"Chart Prep Specialist\n\nAbout us\n{sentence}\n\nDuties\n- Scan records into OnBase.\n"
    assert "NextGen" not in asked(extract(text), "software")


def test_logging_onto_a_system_is_using_it(extract):
    text = "Chart Prep Specialist\n\nDuties\n- Log onto NextGen daily to prepare charts.\n"
    assert asked(extract(text), "software") == {"NextGen": "required"}


@pytest.mark.parametrize(
    ("sentence", "software"),
    [
        ("You'll excel here if you like checklists and a steady pace.", "Microsoft-Excel"),
        ("We live our EPIC values every day: Empathy, Partnership, Integrity, Curiosity.", "Epic"),
    ],
)
def test_a_word_that_is_also_a_product_s_name(extract, sentence, software):
    text = f"Clinic Coordinator\n\n{sentence}\n\nDuties\n- Enter charges in athenahealth.\n"
    extraction = extract(text)
    assert software not in asked(extraction, "software")
    assert "athenahealth" in asked(extraction, "software")


@pytest.mark.parametrize(
    "duty",
    [
        "Process patient requests for copies of their records from patients and attorneys.",
        "Release copies of records to patients, attorneys and workers' comp adjusters per HIPAA.",
        "When required, process requests for access to personal health information under PHIA.",
    ],
)
def test_release_of_information_in_a_clerk_s_words(extract, duty):
    text = f"Medical Records Clerk\n\nDuties\n- {duty}\n"
    assert "release_of_information" in asked(extract(text), "skill")


def test_requests_handed_to_another_team_are_not_the_clerk_s_release_of_information(extract):
    text = (
        "Medical Records Clerk\n\nDuties\n- Route requests for copies of records to the Release of Information "
        "team.\n- Scan and index documents.\n"
    )
    assert "release_of_information" not in asked(extract(text), "skill")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Present results and the ROI of improvement projects to the Quality Council.", "release_of_information"),
        (
            "Support Epic's Health Information Management applications, including Chart Completion, Coding & "
            "Abstracting and Release of Information.",
            "abstracting",
        ),
        (
            "Build and maintain deficiency types, coding and abstracting workqueues and ROI request types.",
            "abstracting",
        ),
        ("Gather and document requirements from HIM leaders, coding, CDI and Patient Financial Services.", "cdi"),
    ],
)
def test_names_of_modules_departments_and_returns_are_no_skills(extract, text, skill):
    found = asked(extract(f"Epic HIM Application Analyst\n\nDuties\n- {text}\n"), "skill")
    wanted = {"cdi": "clinical_documentation_improvement"}.get(skill, skill)
    assert wanted not in found
    if skill == "abstracting":
        assert "release_of_information" not in found
