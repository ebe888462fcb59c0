"""Postings changed after they were posted, announcements of several grades, employers that describe themselves in
the field's words, and schooling outside the usual degree ladder (the written51 round), with texts written for the
test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, years

# ---------------------------------------------------------------------- postings changed after they were posted


@pytest.mark.parametrize("label", ["UPDATE 6/12:", "*** UPDATE 6/12:", "Update 06/12/2025 -", "EDIT 2:"])
def test_an_update_dated_without_brackets_replaces_the_figure_it_restates(extract, label):
    extraction = extract(
        f"Orthopedic Coder\n\n{label} Minimum experience for ALL applicants is now 1 year of coding in a physician "
        "practice.\n\nRequirements:\n- CPC certification required\n- 3 years orthopedic coding experience required\n"
    )
    assert years(extraction) == {1.0}
    assert asked(extraction) == {"CPC": "required"}


def test_a_date_in_a_line_that_is_no_update_changes_nothing(extract):
    # "Updated 6/12" names when, not what changed: both figures are what they say
    extraction = extract(
        "Orthopedic Coder (posted 6/12)\n\nRequirements:\n- 3 years orthopedic coding experience required\n"
        "- CPC certification required\n"
    )
    assert years(extraction) == {3.0}


# ---------------------------------------------------------------------- employers in the field's own words


def test_a_team_counted_with_a_plus_works_code_sets_the_candidate_is_not_asked(extract):
    extraction = extract(
        "Cascade provides outsourced coding to 140 hospitals. Our 400+ credentialed coders work ICD-10-CM/PCS, CPT, "
        "HCPCS and APR-DRG accounts across every setting.\n\nRequirements:\n- CCS required\n- ICD-10-PCS coding\n"
    )
    coding = asked(extraction, "coding_system")
    assert coding == {"ICD-10-PCS": "required"}
    assert asked(extraction) == {"CCS": "required"}


def test_an_old_version_kept_below_the_current_one_asks_nothing(extract):
    text = (
        "Release of Information Specialist I\n\n[i] The employer updated this listing. The original listing is kept "
        "below for reference.\n\nQUALIFICATIONS\n- High school diploma or GED required\n- 1 year of release of "
        "information experience required\n- CRIS or RHIT a plus\n\nWe will sponsor your CRIS exam after six months."
        "\n\n--------------------\nORIGINAL LISTING (posted 02/19/2025) - no longer current\n--------------------\n"
        "QUALIFICATIONS\n- Associate degree in Health Information Technology required\n- RHIT required\n- 2 years of "
        "release of information experience required\n\n--------------------\n\nHiring Insights\nReport job\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CRIS": "preferred", "RHIT": "preferred"}
    assert years(extraction) == {1.0}
    assert extraction.minimum_education("required") == "high_school"
    dismissed = [d for d in extraction.dismissed if d.id == "RHIT"]
    assert any("earlier version" in d.reason for d in dismissed)


def test_an_old_version_alone_is_still_read(extract):
    # nothing of the field outside it: it is all the text says
    text = "ORIGINAL LISTING - no longer current\n\nQualifications\n- RHIT required\n- 2 years of coding experience\n"
    extraction = extract(text)
    assert asked(extraction) == {"RHIT": "required"}


def test_a_removed_requirement_is_not_asked(extract):
    change = (
        "Education: the associate degree requirement has been removed. A high school diploma or GED is now required."
    )
    extraction = extract(f"HIM Analyst I\n\nChanges from the original posting:\n{change}\n\nRHIT preferred.\n")
    assert extraction.minimum_education("required") == "high_school"
    extraction = extract(
        "HIM Analyst I\n\nThe RHIT requirement has been removed.\n\nQualifications:\n- CCS preferred\n"
    )
    assert asked(extraction) == {"CCS": "preferred"}


def test_what_the_original_posting_required_is_not_asked(extract):
    text = (
        "HIM Analyst I\n\nExperience: one (1) year of healthcare experience is now required. The original posting "
        "required two (2) years of HIM experience.\n"
    )
    assert years(extract(text)) == {1.0}


def test_a_figure_changed_to_another_is_the_new_one(extract):
    text = (
        "Health Records Technician\n\nAMENDMENTS (March 18, 2025)\n1. Qualifications amended: CHIMA graduates will "
        'now be considered.\n2. The requirement for "two (2) years of recent hospital health records experience" '
        'has been changed to "one (1) year of recent hospital health records experience".\n\nQUALIFICATIONS\n'
        "- Two (2) years of recent hospital health records experience (see Amendment 2)\n- RHIT required\n"
    )
    extraction = extract(text)
    assert years(extraction) == {1.0}
    assert asked(extraction) == {"RHIT": "required"}


def test_a_change_of_strength_keeps_what_it_changes(extract):
    extraction = extract("Coder\n\nUPDATE: the RHIT has been changed to preferred.\n\nRequirements:\n- RHIT\n")
    assert asked(extraction) == {"RHIT": "preferred"}


def test_holders_not_taken_now_and_a_credential_alone_turned_away(extract):
    text = (
        "ED Facility Coder\n\nRequirements:\n- COC or CCS required\n\nEDIT 3: no, we're not taking new grads / CPC-A "
        "/ COC-A right now.\n\nQ: Do you take RHIT for this?\nA: RHIT alone no, sorry.\n"
    )
    extraction = extract(text)
    assert {k: v for k, v in asked(extraction).items() if v == "required"} == {"COC": "required", "CCS": "required"}
    # ... while applicants turned away for lacking it are asked it
    kept = extract("Coder\n\nCCS required. We are not accepting applicants without an active CCS.\n")
    assert asked(kept) == {"CCS": "required"}


def test_an_exam_the_employer_will_sponsor_is_a_benefit(extract):
    text = (
        "ROI Specialist\n\nQualifications:\n- CRIS or RHIT a plus\n\nWe provide two weeks of paid classroom training "
        "and will sponsor your CRIS exam after six months.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CRIS": "preferred", "RHIT": "preferred"}


def test_a_team_with_its_letters_between_dashes_works_code_sets_not_asked(extract):
    text = (
        "Inpatient Coder\n\nOur 400+ coders - RHIAs, RHITs, CCSs, CICs, CPCs and COCs - work ICD-10-CM/PCS, CPT and "
        "HCPCS across 90 hospitals.\n\nRequirements:\n- Active CCS or CIC credential\n- Assign ICD-10-PCS codes\n"
    )
    extraction = extract(text)
    assert set(asked(extraction, "coding_system")) == {"ICD-10-PCS"}
    assert set(asked(extraction)) == {"CCS", "CIC"}


@pytest.mark.parametrize(
    "sentence",
    [
        "If you hold a CPC and want outpatient work, see our Outpatient Coder postings.",
        "Our recruiters are HIM people themselves - we know the difference between a CCS and a CPC.",
    ],
)
def test_credentials_of_other_postings_or_told_apart_are_not_asked(extract, sentence):
    extraction = extract(f"Inpatient Coder\n\n{sentence}\n\nRequirements:\n- CCS or CIC required\n")
    assert set(asked(extraction)) == {"CCS", "CIC"}


def test_codes_the_job_does_not_assign_are_not_asked(extract):
    text = (
        "Inpatient Coder\n\nAssign ICD-10-CM and ICD-10-PCS codes to inpatient records.\n\nA note on CPT: inpatient "
        "coders on this team do not code outpatient or pro-fee.\n"
    )
    assert set(asked(extract(text), "coding_system")) == {"ICD-10-CM", "ICD-10-PCS"}
    # ... while a job that codes it asks it
    assert "CPT" in asked(extract("Coder\n\nAssign CPT and ICD-10-CM codes to clinic visits.\n"), "coding_system")


# ---------------------------------------------------------------------- announcements of several grades


def test_levels_whose_text_runs_on_after_a_dash_are_a_ladder(extract):
    text = (
        "Health Information Specialist I - Release of Information\n\nJob Requirements\nEducation: High school diploma "
        "or equivalent\nLicense/Certification: None required\n\nThe following describes all levels in this job "
        "family.\n\nHealth Information Specialist I - High school diploma or equivalent. Processes routine release of "
        "information requests, scanning and indexing.\n\nHealth Information Specialist II - Associate degree in "
        "health information technology. RHIT preferred. Two years of HIM experience. Handles subpoenas.\n\nHealth "
        "Information Specialist III - RHIT or RHIA required. Four years of HIM experience. Leads the team.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {}
    assert years(extraction) == set()
    assert extraction.minimum_education("required") == "high_school"


def test_levels_numbered_after_the_title_s_job_with_their_text_run_on(extract):
    text = (
        "Health Information Analyst 1, 2 or 3\n\nMinimum Qualifications\nAnalyst 1: Bachelor's degree in health "
        "information management.\n\nAnalyst 2: Analyst 1 qualifications plus one year of experience in health record "
        "analysis, AND current RHIT or RHIA credential.\n\nAnalyst 3: Current RHIA credential and three years of "
        "experience in health information management.\n"
    )
    extraction = extract(text)
    # the title hires at any of them: each level is a way in, the lowest first
    paths = {r.id: r.path for r in extraction.requirements if r.kind in ("education", "experience")}
    assert paths["bachelor"] == 1
    assert {r.path for r in extraction.requirements if r.kind == "experience"} == {2, 3}
    assert extraction.minimum_experience_years("required") is None


def test_a_ladder_in_columns_asks_what_the_lowest_level_the_title_names_asks(extract):
    text = (
        "Coding Specialist / Senior Coding Specialist - Professional Fee\nLakeshore Health\n\nOur coding career "
        "ladder\n\nLevel\tCoding Associate\tCoding Specialist\tSenior Coding Specialist\nCredential\tCPC-A or CCA\t"
        "CPC, CCS-P or COC\tCPC, CCS-P or COC, plus a specialty credential such as CEMC or CGSC\nExperience\t0 - 1 "
        "year\t2+ years of professional fee coding\t5+ years of multi-specialty professional fee coding\n\nWhat you "
        "need\n- High school diploma or GED required\n"
    )
    extraction = extract(text)
    assert set(asked(extraction)) == {"CPC", "CCS-P", "COC"}
    assert years(extraction) == {2.0}


@pytest.mark.parametrize("title", ["Inpatient Coder - Level B or Level C", "Inpatient Coder (Level B or C)"])
def test_a_title_hiring_at_two_lettered_levels_asks_the_lower_s(extract, title):
    text = (
        f"{title}\n\nOur HIM coding department has three coder levels. Level A coders code "
        "outpatient records and must hold a CCA or CPC-A. Level B coders code inpatient cases and need a CCS, CIC or "
        "RHIT plus two years of inpatient coding. Level C coders take our most complex cases and need a CCS plus "
        "four years of inpatient coding.\n\nWhat you need\n* CCS, CIC or RHIT (Level B); CCS required for Level C\n"
        "* 2+ years of inpatient coding (Level B); 4+ years (Level C)\n"
    )
    extraction = extract(text)
    assert set(asked(extraction)) == {"CCS", "CIC", "RHIT"}
    assert years(extraction) == {2.0}


def test_prose_under_a_title_of_several_levels_asks_what_the_lowest_asks(extract):
    # no ladder lists the levels: the lowest the title names is the bar, and a clause of another level asks nothing
    extraction = extract("Coder I/II - Outpatient\n\nA Coder III must hold the CCS. You need the CPC.\n")
    assert asked(extraction) == {"CPC": "required"}
    extraction = extract("Coder I/II - Outpatient\n\nA Coder II must hold the CCS. A Coder I needs the CPC.\n")
    assert asked(extraction) == {"CPC": "required"}


def test_a_level_the_posting_says_it_does_not_hire_at_is_no_path(extract):
    text = (
        "Cancer Registrar II/III\n\nQualifications by level\n\nCancer Registrar I (not included in this posting): "
        "High school diploma. Must obtain the ODS-C credential within three years of hire.\n\nCancer Registrar II:\n"
        "- Associate degree required\n- Two years of cancer registry abstracting experience required\n\nCancer "
        "Registrar III:\n- Five years of cancer registry experience\n"
    )
    extraction = extract(text)
    assert extraction.minimum_education("required") == "associate"
    assert extraction.minimum_experience_years("required") == 2.0


def test_a_heading_that_ends_with_a_grade_heads_that_grade_s_criteria(extract):
    text = (
        "Clinical Coder - Grade 2 or Grade 3\n\nKey Selection Criteria - Grade 2\n1. Completion of a clinical coder "
        "education program\n2. Minimum two years' experience coding acute admitted episodes\n\nAdditional Key "
        "Selection Criteria - Grade 3\n1. Minimum four years' experience coding acute admitted episodes\n"
    )
    extraction = extract(text)
    assert extraction.minimum_experience_years("required") == 2.0


def test_paths_inside_a_level_s_path_keep_their_own_numbers(extract):
    text = (
        "CDI Specialist I / II\n\nRequirements - CDIS I\n- One of the following:\n  (a) Current RN license and two "
        "(2) years of acute-care clinical nursing experience; or\n  (b) RHIA, RHIT or CCS, with three (3) years of "
        "inpatient coding experience.\n- CCDS or CDIP within 18 months of hire.\n\nRequirements - CDIS II\n- All "
        "CDIS I requirements, plus two (2) years of inpatient CDI experience.\n"
    )
    extraction = extract(text)
    assert extraction.minimum_experience_years("required") == 2.0
    coding = [r for r in extraction.requirements if r.kind == "experience" and r.years == 3.0]
    assert coding and all(r.path == 2 for r in coding)


# ---------------------------------------------------------------------- schooling outside the usual ladder


def test_a_trade_school_is_a_certificate(extract):
    text = (
        "ROI Specialist\n\nQualifications:\n- High school diploma or GED required\n- Vocational or trade school "
        "training in medical office administration is a plus\n"
    )
    assert extract(text).minimum_education("preferred") == "certificate"
    # ... not where a federal announcement says where schooling may have been had
    federal = (
        "Medical Support Assistant GS-5\n\nEDUCATION SUBSTITUTION: This education must have been obtained in an "
        "accredited business, secretarial or technical school, junior college, college, or university.\n"
    )
    assert extract(federal).minimum_education("required") is None


def test_schooling_accepted_in_lieu_of_the_credential_is_no_level_asked(extract):
    text = (
        "Coding Quality Auditor II\n\nRequired Qualifications\n* Associate's degree in Health Information "
        "Management.\n* RHIA, RHIT or CCS. Graduates of a CAHIIM-accredited HIM bachelor's program may be hired in "
        "lieu of the credential provided the RHIA is earned within 12 months of hire.\n"
    )
    assert extract(text).minimum_education("required") == "associate"
