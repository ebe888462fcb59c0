"""Teaching and learning roles, records work outside care providers, pay tied to credentials, and postings as job
aggregators and machines render them (the written47 round), with texts written for the test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids, levels, years

# ---------------------------------------------------------------------- what aggregators and feeds add


def test_a_board_s_summary_whose_note_comes_last_is_not_the_employer_s_text(extract):
    text = (
        "HIM Manager\nPrairie Hospital · KS\n\nKey requirements\n✓ Bachelor's degree in HIM\n✓ RHIA certification\n"
        "✓ 5+ years of HIM experience\n✓ MEDITECH\n"
        "This summary was generated automatically from the job description and may not be complete.\n\n"
        "Job description\n\nRequired\n- Associate degree in HIT.\n- RHIT or RHIA.\n"
        "- 3 years of HIM experience.\n\nPreferred\n- Experience with MEDITECH Expanse.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"RHIT": "required", "RHIA": "required"}
    assert years(extraction) == {3.0}
    assert levels(extraction) == [("associate", "required")]
    assert ids(extraction, "software") == {"MEDITECH": "preferred"}


def test_a_summary_heading_with_no_note_that_a_machine_wrote_it_is_the_employer_s(extract):
    text = "HIM Manager\n\nKey requirements\n- RHIA certification\n\nJob description\n\nWe run a busy HIM department.\n"
    assert asked(extract(text)) == {"RHIA": "required"}


def test_highlights_a_board_picked_out_of_the_posting(extract):
    board_block = "Job highlights\nIdentified from the full job post\n\nQualifications\n- CCS (Required)\n- Epic\n\n"
    text = f"Inpatient Coder II\n\n{board_block}Full job description\n\nRequired:\n- Current CCS or CIC credential.\n"
    extraction = extract(text)
    assert groups(extraction) == [{"CCS", "CIC"}]
    assert ids(extraction, "software") == {}


def test_a_feed_record_s_fields_sum_up_the_description_after_them(extract):
    record = (
        "title: CDI Specialist\nhiringOrganization: Gulf Health\nemploymentType: FULL_TIME\n"
        "educationRequirements: bachelor degree\nqualifications: RN; CCDS; RHIA\n"
    )
    body = "Minimum Qualifications\n- Associate degree.\n- RHIA, RHIT or CCS credential.\n"
    extraction = extract(f"{record}description:\n{body}")
    assert groups(extraction) == [{"RHIA", "RHIT", "CCS"}]
    assert levels(extraction) == [("associate", "required")]
    # ... with no description after them, the fields are all there is
    alone = extract(record)
    assert asked(alone) == {"CCDS": "required", "RHIA": "required"}
    assert levels(alone) == [("bachelor", "required")]


def test_what_you_need_heads_what_is_asked(extract):
    text = (
        "ROI Specialist\n\nNice to have\n- RHIT credential.\n\nWhat you need\n"
        "- 1 year of experience in a medical office.\n"
    )
    extraction = extract(text)
    assert years(extraction) == {1.0}
    assert years(extraction, "preferred") == set()


def test_advantage_alone_heads_what_is_preferred(extract):
    text = "Coding QA Analyst\n\nQualifications:\n• Active CPC certification is a MUST\n\nAdvantage:\n• CPMA or CEMC\n"
    assert asked(extract(text)) == {"CPC": "required", "CPMA": "preferred", "CEMC": "preferred"}


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("A first experience of at least 1 year in a DIM is wished.", "preferred"),
        ("Knowledge of ICD-10 coding appreciated.", "preferred"),
        ("Knowledge of ICD-10 coding is required.", "required"),
    ],
)
def test_a_machine_translation_s_words_of_preference(extract, sentence, strength):
    extraction = extract(f"Medical Information Technician\n\nProfile sought:\n- {sentence}\n")
    asked_here = {r.strength for r in extraction.requirements if r.kind in ("experience", "coding_system")}
    assert asked_here == {strength}


@pytest.mark.parametrize(("name", "id_"), [("CIM-10", "ICD-10"), ("CIE-10", "ICD-10"), ("CID-10", "ICD-10")])
def test_icd_10_under_its_names_in_french_spanish_and_portuguese(extract, name, id_):
    text = f"Medical Information Technician\n\nMissions:\n- Coding of the diagnoses according to the {name}.\n"
    assert asked(extract(text), "coding_system") == {id_: "required"}


def test_the_office_suite_under_its_french_name(extract):
    text = "Technician\n\nProfile sought:\n- Mastery of the software: Pack Office and DxCare.\n"
    assert asked(extract(text), "software") == {"Microsoft-Office": "required"}


# ---------------------------------------------------------------------- what a teacher, a student, a fellow is asked


def test_a_student_s_enrolment_is_no_level_held(extract):
    enrolled = "HIM Student Assistant\n\nRequirements\n- Currently enrolled in an HIT (AAS) or HIM (BS) program{}.\n"
    assert levels(extract(enrolled.format(", with at least one completed semester"))) == []
    # ... a graduate's path beside it is a level
    graduate = "Coder\n\nRequirements\n- Graduate of, or currently enrolled in, an associate degree program in HIT.\n"
    assert levels(extract(graduate)) == [("associate", "required")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A year or more of experience teaching or tutoring adults.",
        "2 years of college teaching experience.",
        "Three years of post-secondary teaching.",
    ],
)
def test_years_of_teaching_are_not_the_field_s_years(extract, sentence):
    text = f"Coding Instructor\n\nRequired\n- 3 years of coding experience.\n\nPreferred\n- {sentence}\n"
    extraction = extract(text)
    assert years(extraction) == {3.0}
    assert years(extraction, "preferred") == set()


def test_a_figure_that_sends_applicants_to_another_opening_is_not_asked(extract):
    text = (
        "Coding Fellow\n\nRequirements\n- RHIT, CCS or CPC.\n\nNo paid coding experience is required. If you have more "
        "than 12 months of professional coding experience, please apply to our Coder I or Coder II openings instead.\n"
    )
    assert years(extract(text)) == set()


def test_what_the_training_covers_is_taught_not_asked(extract):
    text = (
        "Coding Fellow\n\nHow it works\n- Weeks 1-6: classroom training with our AHIMA Approved trainers, covering the "
        "Official Coding Guidelines, Epic and the 3M 360 Encompass encoder.\n\nRequirements\n- RHIT or CCS.\n"
    )
    assert asked(extract(text), "software") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "No prior experience with Epic or 3M is needed.",
        "No prior Epic experience is required.",
        "No experience with Epic needed.",
    ],
)
def test_no_experience_of_a_system_needed(extract, sentence):
    assert asked(extract(f"Coding Fellow\n\nAbout the program\n- {sentence}\n"), "software") == {}


def test_a_preferred_choice_within_a_required_one_is_kept(extract):
    text = (
        "Coding Fellow\n\nMinimum Requirements\n- One of the following credentials: CCA, CCS, CPC, RHIT or RHIA.\n\n"
        "Preferred\n- RHIT or CCS at the time of application.\n"
    )
    extraction = extract(text)
    assert groups(extraction) == [{"CCA", "CCS", "CPC", "RHIT", "RHIA"}, {"RHIT", "CCS"}]
    assert {r.strength for r in extraction.requirements if r.any_of == "g2"} == {"preferred"}


def test_the_same_choice_preferred_again_is_one_requirement(extract):
    text = (
        "CDI Specialist\n\nMinimum\n- RHIA or CCS.\n- Must obtain CCDS or CDIP within 18 months of hire.\n\n"
        "Preferred\n- CCDS or CDIP at hire.\n"
    )
    extraction = extract(text)
    assert groups(extraction) == [{"RHIA", "CCS"}, {"CCDS", "CDIP"}]
    assert {r.strength for r in extraction.requirements if r.kind == "credential"} == {"required"}


def test_an_apprentice_welcome_in_the_title_is_accepted_not_preferred(extract):
    text = "Professional Fee Coder (CPC-A welcome)\n\nWhat you need\n- CPC, CPC-A or CCS-P.\n"
    extraction = extract(text)
    assert groups(extraction) == [{"CPC", "CPC-A", "CCS-P"}]
    assert {r.strength for r in extraction.requirements if r.kind == "credential"} == {"required"}


def test_a_path_ends_at_a_labelled_line_back_out_of_its_indentation(extract):
    text = (
        "CDI Specialist\n\nMINIMUM QUALIFICATIONS\nLicensure/Certification (one of the following):\n"
        "  a) Current California Registered Nurse license; OR\n  b) RHIA, RHIT or CCS.\n"
        "CDI credential: Must obtain CCDS or CDIP within 18 months of hire.\n"
        "Knowledge: clinical knowledge of disease processes and pharmacology.\n"
    )
    extraction = extract(text)
    assert groups(extraction) == [{"RHIA", "RHIT", "CCS"}, {"CCDS", "CDIP"}]
    assert asked(extraction, "skill") == {"pathophysiology": "required", "pharmacology": "required"}


# ---------------------------------------------------------------------- pay and rewards tied to credentials


@pytest.mark.parametrize(
    "sentence",
    [
        "A one-time $750 bonus when a Coder II passes the CCS exam.",
        "$1,500 bonus when you pass the COSC (Certified Orthopaedic Surgery Coder) exam.",
        "A $500 bonus for passing the CRC.",
    ],
)
def test_a_bonus_for_passing_an_exam_asks_nothing(extract, sentence):
    text = f"Coder\n\nRequired\n- CPC.\n\nHow you grow here\n- {sentence}\n"
    assert asked(extract(text)) == {"CPC": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We give you a signed letter of your hours, which you can submit to AAPC to help remove the A from a CPC-A.",
        "Your hours count toward removing the CPC-A apprentice designation.",
    ],
)
def test_removing_the_apprentice_mark_asks_nothing(extract, sentence):
    text = f"Coding Extern\n\nAbout the externship\n{sentence}\n\nRequirements\n- Knowledge of medical terminology.\n"
    assert asked(extract(text)) == {}


def test_e_m_office_visits_are_e_m_not_an_office(extract):
    text = "Pro-Fee Coder\n\nWhat you'll do\n• Level E/M office visits by medical decision making or time.\n"
    assert asked(extract(text), "coding_system") == {"E/M": "required"}
    # ... the unit's sense stays
    assert asked(extract("Coder\n\nYou will report to the E/M office manager.\n"), "coding_system") == {}


@pytest.mark.parametrize(
    "sentence",
    ["CRC strongly preferred if your primary credential is CPC or CCS.", "CRC, if your current credential is CPC."],
)
def test_the_credential_a_condition_names_is_not_asked(extract, sentence):
    text = f"HCC Coder\n\nRequired\n- Active CRC, CPC or CCS credential.\n\nPreferred\n- {sentence}\n"
    extraction = extract(text)
    assert groups(extraction) == [{"CRC", "CPC", "CCS"}]
    assert {r.id for r in extraction.requirements if r.kind == "credential" and r.strength == "preferred"} == {"CRC"}


def test_a_law_that_does_not_apply_to_the_work_is_not_asked(extract):
    text = (
        "Health Records Clerk\n\nDuties\n- Student health records held by the district are education records under "
        "FERPA; HIPAA generally does not apply to them.\n"
    )
    assert asked(extract(text), "skill") == {}
