"""Saved applicant-tracking pages, class specifications and lists of the written30 round, with texts written for the
test: an application form's questions and the hiring team's card, a ladder whose title sits under the employer's
name, a heading with a remark beside it, other letters inside a list, and what other jobs, teams and officers hold.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids, years


def test_an_application_form_s_questions_ask_nothing(extract):
    extraction = extract(
        "Risk Adjustment Coder\n\nRequired:\n- CPC or CCS\n- 2+ years of HCC coding experience\n\n"
        "Preferred:\n- CRC (Certified Risk Adjustment Coder)\n\nAbout Us\nWe are a health plan.\n\n"
        "Screening Questions\nDo you hold an active CRC certification? Yes/No\n"
        "Do you have at least 4 years of HCC coding experience? Yes/No\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS": "required", "CRC": "preferred"}
    assert years(extraction) == {2}


@pytest.mark.parametrize(
    "heading",
    ["Application Questions", "Pre-Screening Questionnaire", "Application Question(s):", "Apply for this Job"],
)
def test_the_headings_of_an_application_form(extract, heading):
    extraction = extract(
        f"Cancer Registrar\n\nQualifications\n- ODS-C required\n\n{heading}\n1. Are you RHIT certified?\n- Yes\n- No\n"
    )
    assert asked(extraction) == {"ODS-C": "required"}


def test_a_question_with_its_answers_still_to_choose_asks_nothing(extract):
    # no heading over it: the "Yes/No" after the question says what it is
    extraction = extract(
        "Auditor\n\nWhat you need:\n- CPC\n\nDo you have an active CPMA certification? Yes / No\n"
        "Do you hold an active CDIP credential? *\nSelect...\nYes\nNo\n"
    )
    assert asked(extraction) == {"CPC": "required"}


def test_a_questionnaire_s_answer_is_still_read(extract):
    # a question already answered: "CPC required? Y" asks (its "Y" is no list of answers to choose from)
    extraction = extract("Coder\n\nCPC required? Y\n")
    assert asked(extraction) == {"CPC": "required"}


def test_the_hiring_team_s_card_asks_nothing(extract):
    extraction = extract(
        "HIM Data Analyst\nKeystone Health · Harrisburg, PA\n\nMeet the hiring team\nDana R.\nRHIA, CHPS\n"
        "Director, HIM Data Integrity\nJob poster\n\nAbout the job\nWe are growing.\n\nPreferred\n"
        "• CHDA credential\n"
    )
    assert asked(extraction) == {"CHDA": "preferred"}


def test_a_move_up_the_ladder_is_not_the_job_s_requirement(extract):
    extraction = extract(
        "Inpatient Coder II\n\nEXPERIENCE: Three (3) years of inpatient coding experience required.\n\n"
        "Advancement from Coder II to Coder III requires five years of inpatient coding and the CCS credential.\n"
    )
    assert years(extraction) == {3}
    assert asked(extraction) == {}


def test_work_another_team_does_is_not_this_job_s(extract):
    extraction = extract(
        "Inpatient Coder\n\nAssign ICD-10-CM and ICD-10-PCS codes to inpatient stays.\n"
        "(ED and professional-fee coding, including CPT/HCPCS assignment, is handled by a separate team and is "
        "not part of this role.)\n"
    )
    assert set(asked(extraction, "coding_system")) == {"ICD-10-CM", "ICD-10-PCS"}


def test_a_class_specification_s_title_under_the_employer_s_name_picks_its_level(extract):
    extraction = extract(
        "COUNTY OF RIVERBEND — HUMAN RESOURCES\nClass Specification\n\nMEDICAL RECORDS TECHNICIAN II\n"
        "Salary: $4,100 - $5,000 Monthly\n\nMINIMUM QUALIFICATIONS\n\nMedical Records Technician I\n"
        "Experience: One year of general clerical experience.\n\nMedical Records Technician II\n"
        "Experience: Two (2) years of medical records experience.\n\nMedical Records Technician III\n"
        "Experience: Four (4) years of medical records experience, one as a lead.\n"
    )
    assert years(extraction) == {2}


def test_a_level_alone_on_its_line_is_a_whole_word(extract):
    # "Health Information Technician I" is that level, not "Health I" followed by "nformation"
    extraction = extract(
        "Health Information Technician II\n\nHealth Information Technician I\n"
        "Experience: One year of clerical experience.\n\nHealth Information Technician II\n"
        "Experience: Two years of health information experience.\n"
    )
    assert years(extraction) == {2}


def test_a_strength_heading_with_a_remark_beside_it(extract):
    extraction = extract(
        "Coding Auditor\n\nRequired Qualifications\n* RHIA, RHIT or CCS\n\nDesired Qualifications (both levels)\n"
        "* Certified Professional Medical Auditor (CPMA)\n\nCertification (Strongly Preferred)\n* CDIP\n"
    )
    assert asked(extraction) == {
        "RHIA": "required",
        "RHIT": "required",
        "CCS": "required",
        "CPMA": "preferred",
        "CDIP": "preferred",
    }


def test_a_remark_beside_another_heading_leaves_it_no_heading(extract):
    # "SALARY RANGE (effective 1/1/2025)" heads no offer that would run over the duties below it
    extraction = extract(
        "HIM SUPERVISOR\n\nSALARY RANGE (effective 1/1/2025)\n$33.41 - $40.65\n\nDEFINITION\n"
        "Supervises release of information in MEDITECH.\n"
    )
    assert "MEDITECH" in asked(extraction, "software")


def test_other_letters_inside_a_list_leave_it_one_choice(extract):
    extraction = extract("HEDIS Analyst\n\nPreferred:\n- CHDA, CPHQ, or RHIA\n")
    assert {"CHDA", "RHIA"} in groups(extraction)


def test_other_letters_joined_by_and_are_no_choice(extract):
    extraction = extract("Coder\n\nRequired: RHIT, PMP and CPC.\n")
    assert groups(extraction) == []
    assert asked(extraction) == {"RHIT": "required", "CPC": "required"}


def test_an_officer_s_degrees_are_not_asked(extract):
    extraction = extract(
        "Oncology Abstractor\n\nOur Chief Medical Officer (MD, PhD) leads the science team.\n\n"
        "Requirements:\n- Associate degree or higher in a health-related field\n"
    )
    assert extraction.minimum_education("required") == "associate"


@pytest.mark.parametrize(
    "substitution",
    [
        "Completion of a certificate program in medical billing may substitute for one (1) year of the required "
        "general experience.",
        "An associate degree may substitute for one (1) year of the required experience.",
        "A bachelor's degree may substitute for one year of the required experience.",
        "Graduation from a four-year college may be substituted for two years of the required experience.",
    ],
)
def test_a_level_offered_for_some_experience_is_not_asked(extract, substitution):
    extraction = extract(
        f"Billing Specialist\n\nMINIMUM QUALIFICATIONS\nHigh school diploma or GED; AND three (3) years of medical "
        f"billing experience.\n{substitution}\n"
    )
    assert extraction.minimum_education("required") == "high_school"
    assert {r.id for r in extraction.requirements if r.kind == "education" and r.strength == "required"} == {
        "high_school"
    }


def test_a_substitution_for_the_degree_is_no_substitution_for_experience(extract):
    # the experience of the next line is not what "may substitute for degree)" speaks of
    extraction = extract(
        "Data Analyst\n\nRequired:\n- Bachelor's degree in HIM (4 additional yrs of relevant experience may "
        "substitute for degree)\n- 3 years of healthcare data analysis experience\n"
    )
    assert extraction.minimum_education("required") == "bachelor"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # readers of a thread
        ("Coder\n\nCCS required.\n\nwould they take a cca with 6 months 🥲\n", {"CCS"}),
        ("Registrar\n\nODS-C required.\n\nour manager has her CTR + RHIA lol\n", {"ODS-C"}),
        (
            "Inpatient Coder\n\nCCS required.\n\nNot to hijack but we're hiring ED coders in Toledo, CPC req, 1 yr.\n",
            {"CCS"},
        ),
        (
            "Inpatient coder, CCS required.\n\nNorthStar also has a pro fee coder opening for the clinics "
            "(CPC required, E/M heavy, 1 yr exp).\n",
            {"CCS"},
        ),
    ],
)
def test_what_readers_and_other_openings_name_is_not_asked(extract, text, kept):
    assert set(asked(extract(text))) == kept


def test_a_reader_s_question_ends_at_its_line(extract):
    # "would they take" without a question mark speaks only of its own line
    extraction = extract("Coder\n\nwould they take anyone new\nCPC required.\n")
    assert ids(extraction) == {"CPC": "required"}


def test_a_level_offered_for_experience_is_the_bar_when_no_other_is_named(extract):
    # the only level the posting names: a reader records it, with the experience that stands in for it
    extraction = extract(
        "Registry Specialist\n\nMINIMUM QUALIFICATIONS\nTwo (2) years of cancer registry experience.\n"
        "An associate degree in health information technology may substitute for one (1) year of the required "
        "experience.\n"
    )
    assert extraction.minimum_education("required") == "associate"


def test_another_level_s_schooling_leaves_the_substitute_the_bar(extract):
    extraction = extract(
        "COUNTY OF RIVERBEND — HUMAN RESOURCES\n\nMEDICAL RECORDS TECHNICIAN II\n\nMINIMUM QUALIFICATIONS\n\n"
        "Medical Records Technician I\nEducation: Equivalent to graduation from high school.\n\n"
        "Medical Records Technician II\nExperience: Two (2) years of medical records experience.\n"
        "Substitution: An associate degree in health information technology may substitute for one (1) year of the "
        "required experience.\n\nMedical Records Technician III\nExperience: Four (4) years of medical records "
        "experience.\n"
    )
    assert extraction.minimum_education("required") == "associate"
    assert years(extraction) == {2}


def test_a_final_version_replaces_the_draft(extract):
    extraction = extract(
        "Pat (Practice Mgr): heres my draft\n> Medical Biller\n> - 2+ yrs medical billing exp required\n"
        "> - CPB or CPC required\n\nSam: CPB required will scare people off\n\nPat (Practice Mgr):\nfinal:\n"
        "> Medical Biller\n> - 1 yr medical billing required, 2+ yrs preferred\n> - CPB or CPC preferred\n"
    )
    assert asked(extraction) == {"CPB": "preferred", "CPC": "preferred"}
    assert {"CPB", "CPC"} in groups(extraction)
    assert years(extraction) == {1}


@pytest.mark.parametrize(
    "correction",
    [
        "EDIT: CPMA is preferred, not required.",
        "I should have said it in the post - CPMA is preferred, NOT required.",
        "UPDATE - the CPMA is no longer required, just preferred.",
        "scratch that, CPMA is just preferred",
    ],
)
def test_a_correction_restates_what_was_asked(extract, correction):
    extraction = extract(
        f"Coding auditor job (remote)\n\nMust haves:\n- CPC or CCS\n- CPMA\n\n{correction}\n\n"
        "reply: applied! thanks for clarifying about the CPMA\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS": "required", "CPMA": "preferred"}


def test_what_a_correction_does_not_name_stands(extract):
    # the correction speaks of the CPMA; the CPC asked before it is still asked
    extraction = extract("Auditor\n\nRequired: CPC, CPMA.\n\nEDIT: CPMA is preferred.\n")
    assert asked(extraction) == {"CPC": "required", "CPMA": "preferred"}


def test_a_date_it_was_updated_corrects_nothing(extract):
    extraction = extract(
        "Coder\nLast updated: 01/15/2025\n\nRequired: CCS.\n\nPreferred:\n- CCS-P\n- 2 years of coding\n"
    )
    assert asked(extraction) == {"CCS": "required", "CCS-P": "preferred"}
