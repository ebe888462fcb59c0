"""Audit and risk-adjustment jobs, trainees' and apprentices' postings, job boards' fields and credentials asked
with conditions (the written42 round), and what the last session left, with texts written for the test: a figure
whose sentence says no more than its strength.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids, levels, years

# ---------------------------------------------------------------------- what the last session left


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("We need someone who knows outpatient surgery coding well. 5+ years is ideal. CPC required.", set(), {5.0}),
        ("- Outpatient coding, ideally in an ASC. 3 years is the minimum.\n- CPC", {3.0}, set()),
        ("Our billers work Epic and payer portals all day. Two years or more is a must.", {2.0}, set()),
    ],
)
def test_a_figure_whose_sentence_says_only_its_strength_is_of_the_work_before_it(extract, text, required, preferred):
    extraction = extract(f"Medical Coder\n\n{text}\n")
    assert (years(extraction), years(extraction, "preferred")) == (required, preferred)


@pytest.mark.parametrize(
    "text",
    [
        # schooling, not work
        "- Associate degree in HIT or coding certificate program. 2 years is required.\n- CPC",
        # the sentence before speaks of no work of the field
        "We were founded in 1952 and moved downtown in 2010. 30 years is a long time, and 5 years is the minimum.",
        # over a paragraph break
        "Our coders work remotely.\n\n2 years is ideal for the lease on the laptop.",
    ],
)
def test_a_figure_of_no_work_of_the_field_before_it_is_no_experience(extract, text):
    assert (
        years(extract(f"Medical Coder\n\n{text}\n")) | years(extract(f"Medical Coder\n\n{text}\n"), "preferred")
        == set()
    )


# ---------------------------------------------------------------------- job boards' pages


def test_a_boards_generated_summary_asks_nothing_when_the_employer_s_text_follows(extract):
    summary = (
        "Billing Specialist\nCedar Hollow Clinic - Remote\n\nKey qualifications (AI-generated summary)\n"
        "- CPB certification\n- Bachelor's degree\n- NextGen\n\n"
    )
    employer = (
        "About this role\nCedar Hollow bills for 12 rural clinics.\n\nRequirements\n- CPB or CPC\n"
        "- High school diploma or GED\n\nNice to have\n- NextGen experience\n"
    )
    extraction = extract(summary + employer)
    assert asked(extraction) == {"CPB": "required", "CPC": "required"}
    assert levels(extraction) == [("high_school", "required")]
    assert asked(extraction, "software") == {"NextGen": "preferred"}
    # ... a summary with no employer's text after it is all the page says
    alone = extract(summary)
    assert asked(alone) == {"CPB": "required"}
    assert levels(alone) == [("bachelor", "required")]


def test_review_highlights_on_a_board_s_page_ask_nothing(extract):
    extraction = extract(
        "ROI Specialist\n\nRequirements\n- RHIT a plus\n\nTop review highlights by sentiment\nPros\n"
        '"Great trainers" (in 12 reviews)\nCons\n"You need your CCS to get promoted" (in 4 reviews)\n'
    )
    assert asked(extraction) == {"RHIT": "preferred"}


# ---------------------------------------------------------------------- trainees, students and apprentices


def test_what_a_program_includes_is_given_not_asked(extract):
    extraction = extract(
        "Coding Apprentice\n\nWhat the program includes\n- Two attempts at the CPC exam\n"
        "- A mentor who holds the CRC\n\n"
        "What you'll do (on-the-job learning)\n- Assign ICD-10-CM codes to clinic visits\n\n"
        "Who should apply\n- High school diploma or GED\n- CCA a plus\n"
    )
    assert asked(extraction) == {"CCA": "preferred"}
    assert levels(extraction) == [("high_school", "required")]


@pytest.mark.parametrize(
    "sentence",
    [
        # what a later step of the job requires
        "Coder I staff may later apply for our Coder II track, which requires the CCS credential.",
        # what the employer pays for, by its name
        "You get two attempts at the CCS exam, paid by Willow Creek Health.",
        # what the employer's students earn
        "Many of our students also earn the CCS before they graduate.",
        # what a credential stands in for
        "A current CCS can count as one of the three years.",
        # what applicants plan to earn
        "Students who plan to sit for the CCS exam will find the rotation useful.",
        # what the team holds
        "Team members hold CCS and CDIP credentials.",
    ],
)
def test_a_credential_the_job_leads_to_or_others_hold_is_not_asked(extract, sentence):
    extraction = extract(
        f"Coding Trainee\n\nRequirements\n- High school diploma\n- 1 year of billing experience\n\n{sentence}\n"
    )
    assert "CCS" not in ids(extraction)


def test_the_schooling_of_applicants_welcome_besides_is_not_the_level_asked(extract):
    extraction = extract(
        "HIM Intern\n\nRequirements\n- High school diploma\n\nStudents who already hold an associate degree in HIT "
        "and are now in a bachelor's program are welcome to apply.\n"
    )
    assert levels(extraction) == [("high_school", "required")]


# ---------------------------------------------------------------------- conditions and timelines


def test_a_deadline_for_those_without_the_credential_makes_it_required(extract):
    text = (
        "Records Technician Trainee\n\nPossession of a CCA or RHIT credential is desirable at appointment. {} must "
        "obtain one within twelve (12) months of appointment.\n"
    )
    for lacking in ("Incumbents who do not hold one of these credentials", "Those without either credential"):
        assert asked(extract(text.format(lacking))) == {"CCA": "required", "RHIT": "required"}
    # ... not a deadline of something else, said of another subject
    assert asked(extract(text.format("New hires"))) == {"CCA": "preferred", "RHIT": "preferred"}


def test_what_all_helps_is_preferred(extract):
    extraction = extract(
        "Risk Adjustment Coder\n\nRequirements\n- CRC\n- Epic, eClinicalWorks and NextGen experience all help.\n"
    )
    assert asked(extraction, "software") == {"Epic": "preferred", "eClinicalWorks": "preferred", "NextGen": "preferred"}


def test_a_strength_label_after_a_list_of_paths_is_of_every_path(extract):
    extraction = extract(
        "Clinical Validation Reviewer\n\nLicensure\nRequired (one of the following):\n- Active RN license; OR\n"
        "- RHIA or CCS credential.\nPreferred: CCDS or CDIP.\n"
    )
    assert groups(extraction) == [{"RHIA", "CCS"}, {"CCDS", "CDIP"}]
    assert asked(extraction) == {"RHIA": "required", "CCS": "required", "CCDS": "preferred", "CDIP": "preferred"}


# ---------------------------------------------------------------------- skills of audit, quality and training posts


def test_hedis_record_abstraction_is_data_abstraction(extract):
    extraction = extract(
        "Risk Adjustment Coder\n\nDuties\n- Code retrieved charts to the CMS-HCC model\n"
        "- Support HEDIS hybrid medical record abstraction during the season\n"
    )
    assert asked(extraction, "skill").get("data_abstraction") == "required"


def test_what_an_extern_observes_is_no_skill_asked(extract):
    extraction = extract(
        "Coding Extern\n\nYou will code ED records under supervision and observe our release of information and "
        "scanning workflows.\n"
    )
    assert "release_of_information" not in ids(extraction, "skill")


def test_a_return_that_something_delivers_is_no_release_of_information(extract):
    extraction = extract(
        "Coding Apprentice\n\nAbout us\nFor our clinics, apprenticeship delivers a real ROI: coders trained on rural "
        "workflows from day one.\n\nRequirements\n- High school diploma\n"
    )
    assert "release_of_information" not in ids(extraction, "skill")


def test_a_bullet_back_out_of_a_list_of_paths_is_asked_of_every_path(extract):
    extraction = extract(
        "CDI Specialist\n\nRequired\n- One of the following:\n"
        "  - Active RN license with three years of acute care; OR\n"
        "  - RHIA or CCS credential with three years of inpatient coding.\n- CCDS or CDIP within 18 months of hire.\n"
        "- Knowledge of pharmacology.\n"
    )
    assert groups(extraction) == [{"RHIA", "CCS"}, {"CCDS", "CDIP"}]
    assert asked(extraction, "skill") == {"pharmacology": "required"}


def test_schooling_the_job_gives_through_the_employer_s_program_is_not_asked(extract):
    extraction = extract(
        "Coding Trainee\n\nThe program\n- Months 1-6: Complete an AHIMA-approved coding certificate program through "
        "our academic partner.\n\nRequirements\n- High school diploma or GED\n"
    )
    assert levels(extraction) == [("high_school", "required")]


@pytest.mark.parametrize(
    ("sentence", "asked_as"),
    [
        # how the job pays is no benefit
        ("CPC required, paid by the hour.", {"CPC": "required"}),
        # a degree that stands in for experience leaves the credential beside it asked
        ("CPC required; an associate degree may substitute for one year of experience.", {"CPC": "required"}),
        # a bare "help" is no preference
        ("Code claims in Epic with a mentor to help.", {"Epic": "required"}),
    ],
)
def test_the_new_rules_leave_what_is_asked_beside_them(extract, sentence, asked_as):
    extraction = extract(f"Billing Specialist\n\nRequirements\n- 2 years of billing experience.\n- {sentence}\n")
    assert asked(extraction) | asked(extraction, "software") == asked_as


def test_a_figure_after_a_sentence_that_says_him_is_of_no_work_of_the_field(extract):
    extraction = extract("Medical Coder\n\nRequirements\n- CPC\n\nWe want to hire him. 5 years is ideal.\n")
    assert years(extraction, "preferred") == set()
