"""Entry-level roles, requirements stated more than once, experience and education in unusual wording, and
credentials named in unusual ways (the written49 round), with texts written for the test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, years

# ---------------------------------------------------------------------- credentials


@pytest.mark.parametrize(
    "sentence",
    [
        "CPC-A holders who finished an externship with us are welcome to apply.",
        "CPC-A and COC-A coders are welcome to apply.",
    ],
)
def test_apprentices_welcome_to_apply_are_one_more_choice(extract, sentence):
    text = f"Pro-Fee Coder\n\nMinimum qualifications\n- Current CPC or COC certification. {sentence}\n"
    extraction = extract(text)
    assert len(groups(extraction)) == 1
    assert {"CPC", "COC", "CPC-A"} <= groups(extraction)[0]
    # ... while others who are welcome to apply are still not what the post asks
    uk = "Clinical Coder\n\nApplicants with overseas coding qualifications (such as CCS or CPC) are welcome to apply.\n"
    assert asked(extract(uk)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Spine Coder\n\nUPDATE: we now also accept applications from CPC-A coders.\n\nRequirements\n"
        "- CPC certification required\n",
        "Spine Coder\n\nRequirements\n- CPC certification required\n\nNote from the hiring manager\n"
        "- CPC-A certification required at minimum.\n",
    ],
)
def test_a_credential_and_its_apprentice_form_asked_apart_are_one_choice(extract, text):
    assert groups(extract(text)) == [{"CPC", "CPC-A"}]


def test_an_apprentice_form_joins_the_choice_its_credential_is_in(extract):
    text = "Coder\n\nUPDATE: CPC-A holders are now accepted as well.\n\nRequirements\n- CPC or CCS required.\n"
    assert groups(extract(text)) == [{"CPC", "CPC-A", "CCS"}]
    # ... but an apprentice form asked more strongly than its credential stays apart: a CPC is what is preferred
    apart = extract("Coder\n\nRequired\n- CPC-A at minimum.\n\nPreferred\n- CPC.\n")
    assert asked(apart) == {"CPC-A": "required", "CPC": "preferred"}
    assert groups(apart) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "If you are applying as a CPC-A, please watch our page for our Coding Associate program.",
        "If you're a CPC-A, apply to our apprentice program instead.",
    ],
)
def test_a_credential_whose_holders_are_sent_to_another_program_is_not_asked(extract, sentence):
    text = f"Radiology Coder\n\nRequirements\n- A current CPC or CCS-P.\n\n{sentence}\n"
    assert groups(extract(text)) == [{"CPC", "CCS-P"}]
    assert "CPC-A" not in asked(extract(text))


def test_a_credential_accepted_in_lieu_of_the_choice_above_joins_it(extract):
    text = (
        "Inpatient Coder\n\nRequired\n- An active RHIT, RHIA or CCS. The AAPC CIC credential is accepted in lieu of "
        "the above.\n"
    )
    assert groups(extract(text)) == [{"RHIT", "RHIA", "CCS", "CIC"}]
    # ... not one accepted in place of another kind
    other = "Coder\n\nRequired\n- Associate degree in HIT.\n- A CPC is accepted in lieu of the degree.\n"
    assert "CPC" not in {m for group in groups(extract(other)) for m in group}


def test_the_former_names_of_the_rhia_and_the_rhit(extract):
    text = (
        "HIM Director\n\nMinimum qualifications\n- Must be registered as a Registered Record Administrator (RRA) or an "
        "Accredited Record Technician (ART) with AHIMA.\n"
    )
    assert groups(extract(text)) == [{"RHIA", "RHIT"}]
    # the bare acronyms are no names of them: "ART" is also a therapy
    assert asked(extract("HIV Nurse\n\nRequired\n- Experience of ART and RRA reviews.\n")) == {}


def test_those_a_staffing_firm_has_placed_are_not_asked(extract):
    text = (
        "Medical Records Clerk (temp-to-hire)\n\nAbout us\nSunway Staffing has placed billers, coders (CPC, CPB) and "
        "front-office staff with Denver clinics since 2011.\n\nRequirements\n- High school diploma.\n"
    )
    assert asked(extract(text)) == {}


def test_a_team_described_by_its_size_holds_credentials_it_does_not_ask(extract):
    text = (
        "Outpatient Coder\n\nAbout us\nOur 250+ remote coders hold CCS, CPC and CIC credentials.\n\n"
        "Requirements\n- CCS required.\n"
    )
    assert asked(extract(text)) == {"CCS": "required"}


@pytest.mark.parametrize("verb", ["sponsors", "pays for"])
def test_an_exam_the_employer_sponsors_by_its_name_is_a_benefit(extract, verb):
    text = (
        "Data Quality Analyst\n\nCredentials\nRHIA required.\nCHDA preferred. (Lakeview Health "
        f"{verb} the CHDA exam for analysts after a year of service.)\n"
    )
    assert asked(extract(text)) == {"RHIA": "required", "CHDA": "preferred"}
    # ... but an aside after a credential asked by a date speaks of that credential: it is still asked
    dated = f"Coding Auditor\n\nRequirements\n- CPMA within 12 months of hire (Lakeview {verb} the exam).\n"
    assert asked(extract(dated)) == {"CPMA": "required"}


# ---------------------------------------------------------------------- experience


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("- Three (3) of the last five (5) years in acute care inpatient clinical practice.", 3.0),
        ("- At least two of the past four years in inpatient coding.", 2.0),
    ],
)
def test_years_within_a_recent_span_are_the_first_figure(extract, line, figure):
    assert years(extract(f"CDI Specialist\n\nRequired\n{line}\n- CCDS or CDIP.\n")) == {figure}


def test_the_years_another_credential_needs_are_not_the_post_s_bar(extract):
    text = (
        "Radiology Coder\n\nRequirements\n- CPC or CCS-P. The CBCS will be considered for candidates with 4+ years "
        "of radiology coding.\n- 2+ years of radiology coding.\n"
    )
    assert years(extract(text)) == {2.0}


def test_a_label_below_a_path_heads_another_list_of_paths(extract):
    """Two lists of paths, each under its label: the first of each is the main path."""
    text = (
        "Inpatient Coder\n\nQualifications\n\nEducation:\n* Associate's degree in HIM or HIT; OR\n"
        "* Completion of an AHIMA-approved coding certificate program.\n\nExperience:\n"
        "* Two (2) years of inpatient coding experience; OR\n"
        "* Four (4) years of outpatient hospital coding experience.\n"
    )
    extraction = extract(text)
    assert extraction.minimum_experience_years("required") == 2.0
    first = [r for r in extraction.requirements if r.kind == "experience" and r.years == 2.0]
    assert [r.path for r in first] == [1]


# ---------------------------------------------------------------------- education


def test_students_finishing_a_degree_are_not_asked_for_one(extract):
    text = (
        "ED Coder (weekends)\n\nThis part-time role suits coders who want a flexible schedule, students finishing a "
        "degree, or a newer coder.\n\nMinimum qualifications\n- High school diploma or GED.\n"
    )
    assert extract(text).minimum_education("required") == "high_school"


@pytest.mark.parametrize("opening", ["completion of a medical coding", "graduation from an approved coding"])
def test_an_item_opened_by_completion_of_stays_in_the_list_of_choices(extract, opening):
    text = (
        f"Coder\n\nRequirements\n- Associate degree in HIT, {opening} certificate program of at least 9 months, or an "
        "equivalent combination of education and experience.\n"
    )
    assert groups(extract(text), "education") == [{"associate", "certificate"}]


# ---------------------------------------------------------------------- career ladders


def test_levels_headed_with_a_dash_are_a_ladder_the_lowest_first(extract):
    text = (
        "Cancer Registrar I / II\n\nFilled at either level.\n\nCancer Registrar I - Qualifications\n"
        "- One (1) year of cancer registry experience.\n\nCancer Registrar II - Qualifications\n"
        "- Three (3) years of cancer abstracting experience.\n"
    )
    assert extract(text).minimum_experience_years("required") == 1.0


def test_a_dash_headed_level_other_than_the_title_s_asks_nothing(extract):
    text = (
        "Coder II - Outpatient\n\nCODER I – $21.40 - $24.10/hour\n- CCA required.\n- 1 year of coding.\n\n"
        "CODER II – $24.50 - $28.00/hour\n- CCS required.\n- 3 years of coding.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CCS": "required"}
    assert years(extraction) == {3.0}
    # ... and a figure after a job's name is no level: "Band 5 - Clinical Coder" heads no ladder
    band = "Clinical Coder\n\nBand 4 - Trainee\n- 1 year of coding.\n\nBand 5 - Clinical Coder\n- 2 years of coding.\n"
    assert extract(band).minimum_experience_years("required") == 2.0


def test_another_name_of_a_credential_asked_on_its_own_stays_in_its_choice(extract):
    """The choice "ODS-C (formerly CTR)" is met by the ODS-C asked on its own; the CTR, another name of it, stays."""
    text = (
        "Cancer Registrar I / II\n\nLicensure: Oncology Data Specialist-Certified (ODS-C) required within 18 months\n\n"
        "Cancer Registrar I - Qualifications\n- Must obtain the Oncology Data Specialist-Certified (ODS-C, formerly "
        "CTR) credential within 18 months of hire; continued employment depends on it\n\n"
        "Cancer Registrar II - Qualifications\n- ODS-C/CTR credential required at time of hire\n"
    )
    assert groups(extract(text)) == [{"ODS-C", "CTR"}]
