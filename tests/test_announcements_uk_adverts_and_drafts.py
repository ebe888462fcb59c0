"""Government announcements, UK adverts and drafts of the written31 round, with texts written for the test: other
positions an announcement fills, panels and units of people who hold letters, a federal standard's lettered degree
and its substitutions, a county's twelfth grade, what the employer's training leads to, and a draft's final version.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, years


def test_an_interview_panel_s_letters_are_not_asked(extract):
    extraction = extract(
        "Chief, Health Information Management\n\nQualifications: RHIA required.\n\n"
        "Best-qualified candidates may be interviewed by a panel that includes the Associate Director and the "
        "current Chief, CDI (RHIA, CCDS).\n"
    )
    assert asked(extraction) == {"RHIA": "required"}


def test_a_current_credential_named_in_full_is_still_asked(extract):
    # "a current Registered Health Information Administrator (RHIA)" names the credential, not a post's holder
    extraction = extract(
        "Health System Specialist\n\nSELECTIVE PLACEMENT FACTOR: Applicants must possess a current Registered Health "
        "Information Administrator (RHIA) or Registered Health Information Technician (RHIT) credential.\n"
    )
    assert asked(extraction) == {"RHIA": "required", "RHIT": "required"}


def test_another_position_the_announcement_fills_asks_nothing_of_this_one(extract):
    extraction = extract(
        "HEALTH INSURANCE SPECIALIST GS-13\n\nSELECTIVE PLACEMENT FACTOR: You must possess a current RHIA.\n\n"
        "SPECIALIZED EXPERIENCE: To qualify for the GS-13, you must have at least one year (52 weeks) of specialized "
        "experience equivalent to the GS-12 level in the Federal service.\n\n"
        "This announcement is also being used to fill a GS-12 position under CMS-25-12, which requires a CCS or CCA "
        "credential and two years of experience at the GS-11 level.\n"
    )
    assert asked(extraction) == {"RHIA": "required"}
    assert years(extraction) == {1}


def test_a_unit_staffed_by_holders_of_letters_asks_nothing(extract):
    extraction = extract(
        "Release of Information Technician\n\nRequired: one year of medical records experience.\n\n"
        "The Privacy and Disclosure Unit is staffed by RHIA- and CHPS-certified professionals who provide "
        "orientation.\n"
    )
    assert asked(extraction) == {}


def test_an_examination_fee_paid_for_another_credential_asks_nothing(extract):
    extraction = extract(
        "Medical Records Technician (Coder)\n\nCertification: CCS required.\n\n"
        "VA may pay the examination fee for one additional AHIMA credential (for example, CDIP) for permanent HIM "
        "staff, subject to funding.\n"
    )
    assert asked(extraction) == {"CCS": "required"}


def test_a_federal_standard_s_lettered_degree_and_its_substitution(extract):
    extraction = extract(
        "Medical Records Administrator\n\nBASIC REQUIREMENTS:\nA. Degree: that included or was supplemented by a "
        "major field of study in medical record administration.\nOR\nB. Combination of education and experience.\n\n"
        "Education substitution: Ph.D. or equivalent doctoral degree, in a field related to the position.\n"
    )
    assert {r.id for r in extraction.requirements if r.kind == "education"} == {"bachelor"}


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Education: Equivalent to completion of the twelfth (12th) grade.", "high_school"),
        ("Completion of associate core program in health information technology; 12 mos. exp.", "associate"),
    ],
)
def test_civil_service_wording_of_a_level(extract, line, level):
    assert extract(f"Health Information Technician\n\nMinimum Qualifications\n{line}\n").minimum_education() == level


def test_a_sentence_ending_in_an_acronym_names_no_school(extract):
    # "... with HIPAA." ends a sentence: the next paragraph's "High school" is a level, not "HIPAA High School"
    extraction = extract(
        "HIM Technician\n\nProcesses requests for records in accordance with HIPAA.\n\n"
        "High school diploma or equivalent required.\n"
    )
    assert extraction.minimum_education() == "high_school"


def test_a_named_school_is_still_a_place(extract):
    extraction = extract("Records Clerk\n\nThe clinic works closely with Woodlane High School on placements.\n")
    assert extraction.minimum_education() is None


def test_what_someone_else_held_and_spent_is_not_asked(extract):
    extraction = extract(
        "Contract Clinical Coder\n\nOur founder spent eight years as a coding manager in the US, where she held the "
        "CCS and CCS-P.\n\nPlease note: our US division recruits CPC and CCS coders separately.\n\n"
        "Essential: three years of coding experience.\n"
    )
    assert asked(extraction) == {}
    assert years(extraction) == {3}


def test_a_choice_that_goes_on_with_such_as(extract):
    extraction = extract("Pro Fee Coder\n\nPreferred: CEMC or a specialty credential such as CGSC or COSC.\n")
    assert {"CEMC", "CGSC", "COSC"} in groups(extraction)


def test_what_the_employer_s_training_leads_to_is_not_asked(extract):
    extraction = extract(
        "Cancer Registration Officer\n\nNew Registration Officers complete a structured 12-month training programme, "
        "leading to the NDRS Certificate in Cancer Registration.\n\nEssential: GCSEs in English and Maths.\n"
    )
    assert extraction.minimum_education() is None


def test_a_program_the_candidate_completed_is_still_asked(extract):
    extraction = extract(
        "Coder\n\nRequired: Completion of a coding program leading to a certificate in medical coding.\n"
    )
    assert extraction.minimum_education() == "certificate"


def test_a_final_version_set_apart_under_its_label(extract):
    extraction = extract(
        "Tom: what's on the req right now?\nBachelor's in HIM required\nRHIA required\n5+ yrs HIM data analysis\n\n"
        "Lauren: ok make it RHIA or RHIT preferred\n\nLauren:\nFINAL - please post this:\n\nHIM Data Analyst\n"
        "Required\n- 3+ years of healthcare data analysis experience\nPreferred\n- RHIA or RHIT\n"
    )
    assert asked(extraction) == {"RHIA": "preferred", "RHIT": "preferred"}
    assert years(extraction) == {3}


def test_a_correction_over_the_lines_it_changes_newest_first(extract):
    # an e-mail chain, newest first: the correction's lines count, the original posting below them does not
    extraction = extract(
        "From: Tran, Jennifer\nSubject: RE: Now hiring - ROI Specialist\n\nHi Maria - quick correction before this "
        "goes out, the version below pulled a few lines from the old template:\n - RHIT is preferred, not required.\n"
        " - 1 year of ROI experience required.\nThx!\n\n-----Original Message-----\nFrom: Castellanos, Maria\n\n"
        "Qualifications:\n- RHIT required\n- 2 years ROI experience\n\nmy sister in law has her RHIT and like 10 yrs "
        "doing ROI at Kaiser\n"
    )
    assert asked(extraction) == {"RHIT": "preferred"}
    assert years(extraction) == {1}


def test_an_update_with_its_date(extract):
    extraction = extract(
        "Risk Adjustment Coder (remote)\n\nMust have: CPC, CCS or COC\nCRC preferred\n2+ years risk adjustment coding\n"
        "\nUPDATE (3/1): leadership updated the req - CRC is now REQUIRED, not just preferred. Min experience is now "
        "1 year of risk adjustment coding.\n"
    )
    assert asked(extraction)["CRC"] == "required"
    assert years(extraction) == {1}


def test_a_commenter_s_header_names_their_own_letters(extract):
    extraction = extract(
        "Risk adjustment coder, CPC required.\n\nJordan P. • CPC-A | Aspiring Medical Coder\ngreat post!\n\n"
        "Dana Lee · RHIT, CCS | HIM Analyst\ncongrats\n"
    )
    assert asked(extraction) == {"CPC": "required"}
