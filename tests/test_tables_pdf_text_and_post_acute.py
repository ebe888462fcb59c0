"""Tables, text copied from PDFs and print layouts, post-acute care and bilingual employers of the written34 round,
with texts written for the test: columns that ask nothing, rows wrapped over lines, a career ladder's columns, marks
and boxes, bullets glued into a line, acronyms and names cut by a line break, county patterns, and what a team holds.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, years

POINT_FACTOR = (
    "Professional Fee Coding Specialist\n\n"
    "EVALUATION FACTORS\n\n"
    "FACTOR                    MINIMUM                               DESIRABLE                            POINTS\n"
    "------------------------  ------------------------------------  -----------------------------------  ------\n"
    "1. Education              High school diploma or GED            Associate degree in Health             40\n"
    "                                                                Information Technology or related\n"
    "                                                                field\n"
    "2. Experience             Three (3) years of professional fee   Five (5) years multi-specialty,         60\n"
    "                          (physician) coding                    including surgical specialties\n"
    "3. Certification          CPC or CCS-P (current)                CEMC or CPMA                            50\n"
    "5. Systems                Epic (Resolute Professional Billing); athenaOne                               20\n"
)


def test_a_table_of_minimum_and_desirable_columns_beside_one_of_points(extract):
    extraction = extract(POINT_FACTOR)
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required", "CEMC": "preferred", "CPMA": "preferred"}
    assert asked(extraction, "education") == {"high_school": "required", "associate": "preferred"}
    assert years(extraction) == {3}
    assert years(extraction, "preferred") == {5}


def test_two_cells_a_copy_glued_at_the_column_s_start(extract):
    extraction = extract(POINT_FACTOR)
    assert asked(extraction, "software") == {"Epic": "required", "athenahealth": "preferred"}


LADDER_TABLE = (
    "Coder II - Hospital Outpatient\n\nHIM CODING CAREER LADDER\n"
    "*** This requisition is for CODER II. Coder I and Coder III columns are shown for reference only. ***\n\n"
    "Requirement       | Coder I                      | Coder II                          | Coder III\n"
    "------------------+------------------------------+-----------------------------------+-------------------\n"
    "Certification     | CCA or CPC-A, or obtain      | CCS, COC or CPC required at       | CCS required. CDIP\n"
    "                  | within 6 months of hire      | time of hire                      | or CPMA preferred\n"
    "------------------+------------------------------+-----------------------------------+-------------------\n"
    "Experience        | None - new graduates         | 2 years outpatient facility       | 4 years\n"
    "Systems           | Epic (training provided)     | Epic required; 3M 360 Encompass   | Epic\n"
    "                  |                              | experience preferred              |\n"
    "\nAll levels: working knowledge of medical terminology.\n"
)


def test_a_career_ladder_s_other_levels_in_columns_ask_nothing(extract):
    extraction = extract(LADDER_TABLE)
    assert asked(extraction) == {"CCS": "required", "COC": "required", "CPC": "required"}
    assert years(extraction) == {2}


def test_a_table_row_s_next_line_is_no_heading(extract):
    # "|<spaces>| experience preferred<spaces>|" is a cell going on, not a "Preferred" heading over what follows
    extraction = extract(LADDER_TABLE)
    assert asked(extraction, "skill") == {"medical_terminology": "required"}


def test_a_ladder_table_without_a_level_in_the_title_is_every_level_s(extract):
    # (nor in the text: "This requisition is for CODER II" would say which level it hires at)
    text = LADDER_TABLE.replace("Coder II - Hospital Outpatient", "Medical Coder").replace(
        "This requisition is for CODER II. ", ""
    )
    assert {"CCA", "CCS"} <= set(asked(extract(text)))


def test_a_ladder_table_under_a_title_of_no_level_is_the_level_the_text_says(extract):
    extraction = extract(LADDER_TABLE.replace("Coder II - Hospital Outpatient", "Medical Coder"))
    assert asked(extraction) == {"CCS": "required", "COC": "required", "CPC": "required"}


def test_rows_marked_in_a_column_of_short_headings(extract):
    extraction = extract(
        "Risk Adjustment Coder\n\nQualifications\n"
        "Mark = X                                                           Req.    Pref.\n"
        "High school diploma or GED                                          X\n"
        "Associate degree, health-related field                                      X\n"
        "Active coding credential: CPC, CCS or CCS-P                         X\n"
        "CRC (Certified Risk Adjustment Coder)                                       X\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS": "required", "CCS-P": "required", "CRC": "preferred"}
    assert asked(extraction, "education") == {"high_school": "required", "associate": "preferred"}


def test_a_row_of_tabs_with_an_empty_cell_and_its_next_line(extract):
    extraction = extract(
        "Inpatient Coding Auditor\n\nQualification\tRequired\tPreferred\n"
        "Credential\tCCS or CIC (must be current at hire)\tRHIA; CPMA\n"
        "Experience\t5 years acute care inpatient coding (Level I trauma or academic\t\n"
        "\tmedical center)\t7 years, incl. 2 yrs coding audit or DRG validation\n"
        "Systems\t3M 360 Encompass\tOracle Health (Cerner) PowerChart\n"
    )
    assert years(extraction) == {5}
    assert years(extraction, "preferred") == {7}
    assert asked(extraction, "software") == {"3M-360-Encompass": "required", "Oracle-Health": "preferred"}


def test_bullets_glued_into_wrapped_lines_part_the_items(extract):
    extraction = extract(
        "Biller / Coder\n\n"
        "▪ High school diploma or GED required ▪ At least 1 year of hospital or clinic\n"
        "billing experience required ▪ Certified Professional Biller (CPB) or NHA\n"
        "CBCS preferred ▪ Must be able to work on-site\n"
    )
    assert asked(extraction) == {"CPB": "preferred", "CBCS": "preferred"}
    assert {"CPB", "CBCS"} in groups(extraction)
    assert years(extraction) == {1}


def test_an_acronym_a_line_break_cut_at_its_hyphen(extract):
    extraction = extract(
        "Physician Coder\n\nRequired:\n· High school diploma or GED.\n· Active CPC (AAPC) or CCS-\n"
        "P (AHIMA) certification.\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required"}
    assert {"CPC", "CCS-P"} in groups(extraction)


def test_a_word_cut_at_a_hyphen_is_no_acronym(extract):
    extraction = extract("Coder\n\nRequired: CCS certifi-\ncation and three years of coding.\n")
    assert asked(extraction) == {"CCS": "required"}


def test_a_long_name_a_line_break_cut_before_its_acronym(extract):
    extraction = extract(
        "Coding Quality Auditor\n\nRequired:\nAssociate degree. Registered Health Information Administrator (RHIA) "
        "or Registered\nHealth Information Technician (RHIT) certification through AHIMA.\n"
        "Preferred:\nCertified Professional Medical Auditor (CPMA) or Certified Documentation\n"
        "Improvement Practitioner (CDIP).\n"
    )
    assert {"RHIA", "RHIT"} in groups(extraction)
    assert {"CPMA", "CDIP"} in groups(extraction)


def test_letters_a_team_has_among_it_ask_nothing(extract):
    extraction = extract(
        "Home Health Coder\n\nOur QA team of 40 credentialed reviewers (HCS-D, HCS-O, RN) reviews every new "
        "coder's first 50 charts. Our system coding team of 140 coders (84% certified:\nCCS, CIC, CPC, COC and RHIT "
        "credentials are all represented) codes more than a million encounters.\n\nRequired: HCS-D.\n"
    )
    assert asked(extraction) == {"HCS-D": "required"}


def test_an_employer_named_that_reimburses_exams(extract):
    extraction = extract(
        "Pro Fee Coder\n\nRequired: CPC.\n\nSierra Vista reimburses the AAPC membership and up to 2 specialty "
        "credential exams (e.g., CGSC, COSC) after one year of service.\n"
    )
    assert asked(extraction) == {"CPC": "required"}


def test_one_credential_s_two_names_apart_in_a_sentence(extract):
    extraction = extract(
        "Cancer Registrar\n\n- Current ODS-C (Oncology Data Specialist – Certified, formerly CTR) credential from "
        "NCRA.\n"
    )
    assert {"ODS-C", "CTR"} in groups(extraction)


def test_a_form_s_ticked_box_of_figures(extract):
    extraction = extract(
        "HIM Technician\n\nMINIMUM EXPERIENCE:\n"
        "☐ None   ☐ Less than 1 year   ☑ 1-2 years   ☐ 3-5 years   ☐ More than 5 years\n"
    )
    assert years(extraction) == {1}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2+ years medical records in long term care", 2),
        ("5 years risk adjustment incl. ACA / HHS-HCC", 5),
    ],
)
def test_work_named_without_the_word_experience(extract, line, expected):
    extraction = extract(f"HIM Coordinator\n\nQualifications:\n- {line}\n")
    assert years(extraction) == {expected}


def test_a_preferred_label_before_a_second_figure(extract):
    extraction = extract(
        "Cancer Registrar\n\nExperience:       Two (2) years of cancer registry abstracting in a\n"
        "                  CoC-accredited program.\n"
        "                  Preferred: 5 years, incl. analytic case\n"
        "                  abstracting for a Comprehensive Community Cancer Program.\n"
    )
    assert years(extraction) == {2}
    assert years(extraction, "preferred") == {5}


def test_another_route_that_will_also_be_considered(extract):
    extraction = extract(
        "LTACH Coder\n\nRequirements:\n- CCS or CIC certification. Candidates holding a CCA with at least three years "
        "of inpatient coding experience will also be considered.\n"
        "- Two years of inpatient acute care or LTACH coding experience.\n"
    )
    assert years(extraction) == {2}


def test_a_county_s_named_patterns_are_alternative_paths(extract):
    extraction = extract(
        "HIM Technician\n\nMINIMUM QUALIFICATIONS\nEither Pattern I\n"
        "Education: An Associate's degree in Health Information Technology;\nAND\n"
        "Experience: One (1) year of experience performing health information duties.\n"
        "OR Pattern II\n"
        "Education: Graduation from high school or possession of a GED;\nAND\n"
        "Experience: Three (3) years of experience performing health information duties.\n"
    )
    assert extraction.minimum_education() == "high_school"
    assert {r.path for r in extraction.requirements if r.kind == "experience"} == {1, 2}


def test_a_form_s_rows_of_boxes_under_a_column_of_labels(extract):
    # the guard: boxes ticked in a column are read by their boxes, not by where the marks stand
    extraction = extract(
        "Inpatient Coder\n\nLICENSURE / CERTIFICATION\n"
        "Credential                                   Required    Preferred\n"
        "CCS  - Certified Coding Specialist           ☒           ☐\n"
        "RHIT - Registered Health Information Tech.   ☐           ☒\n"
    )
    assert asked(extraction) == {"CCS": "required", "RHIT": "preferred"}


def test_a_supplemental_question_with_boxes_to_tick_asks_nothing(extract):
    extraction = extract(
        "Medical Billing Specialist\n\nPREFERRED QUALIFICATIONS\n- Certified Professional Biller (CPB) or CBCS.\n\n"
        "SUPPLEMENTAL QUESTIONS                                            Yes    No\n"
        "1. Do you possess a current CPB or CBCS certification?            [ ]    [ ]\n"
    )
    assert asked(extraction) == {"CPB": "preferred", "CBCS": "preferred"}


def test_a_leader_s_years_after_a_comma_are_not_asked(extract):
    extraction = extract(
        "Risk Adjustment Coder\n\nCoding quality is overseen by our Director of Coding, a CRC and CPC with fifteen "
        "years in risk adjustment. Applicants should bring at least two years of risk adjustment coding.\n"
    )
    assert years(extraction) == {2}


def test_the_next_line_s_title_is_not_the_work_of_a_figure(extract):
    extraction = extract(
        "Jobs near you\n\n  Coding Auditor - Profee\n  Meridian Revenue Partners - Remote - 5+ yrs\n\n"
        "  Medical Records Clerk\n  Sunview Post-Acute - Toledo, OH\n"
    )
    assert years(extraction, "required") == set()
    assert years(extraction, "preferred") == set()


def test_a_leader_s_years_of_experience_after_a_comma_are_not_asked(extract):
    # read as work without the rule: "years of coding experience"
    extraction = extract(
        "Risk Adjustment Coder\n\nCoding quality is overseen by our Director of Coding, a CRC and CPC with fifteen "
        "years of coding experience. Applicants should bring at least two years of risk adjustment coding.\n"
    )
    assert years(extraction) == {2}
