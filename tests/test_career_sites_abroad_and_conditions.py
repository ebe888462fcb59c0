"""Ordinary career-site postings, adverts from abroad and credentials with conditions: the written53 round's kinds,
with texts written for the test."""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups


def test_an_apprentice_whose_designation_must_be_removed_is_a_way_in(extract):
    text = (
        "ED Coder\n\nQualifications\n- One of the following credentials: CPC, COC, CCS or CCS-P. New coders holding "
        "the CPC-A will be considered if the apprentice designation is removed within 12 months of hire.\n"
    )
    extraction = extract(text)
    assert asked(extraction)["CPC-A"] == "required"
    assert {"CPC", "COC", "CCS", "CCS-P", "CPC-A"} in groups(extraction)


def test_holders_hired_on_condition_of_another_credential_still_do_not_suffice(extract):
    text = (
        "Home Health Coder\n\nQualifications\n- HCS-D required. A coder holding the CCS may be hired if the HCS-D is "
        "obtained within six (6) months of hire.\n"
    )
    assert asked(extract(text)) == {"HCS-D": "required"}


@pytest.mark.parametrize(
    "team",
    [
        "Our coding team is 100% credentialed (RHIT, RHIA, CCS and CIC) and scores above 96% on audits.",
        "Our auditors are all certified (CIC, CPMA).",
    ],
)
def test_a_team_said_to_be_credentialed_asks_nothing(extract, team):
    text = f"Inpatient Coder II\n\n{team}\n\nQualifications\nRHIT, RHIA or CCS required.\n"
    assert asked(extract(text)) == {"RHIT": "required", "RHIA": "required", "CCS": "required"}


def test_credentials_that_say_whom_a_preference_is_for_are_not_preferred(extract):
    text = (
        "Inpatient Coder II\n\nQualifications\nRHIT, RHIA or CCS required. CCS preferred for candidates holding the "
        "RHIT or RHIA. CDIP a plus.\n"
    )
    extraction = extract(text)
    preferred = {r.id for r in extraction.requirements if r.kind == "credential" and r.strength == "preferred"}
    assert preferred == {"CCS", "CDIP"}
    assert {"RHIT", "RHIA", "CCS"} in groups(extraction)


def test_what_a_team_worked_with_maintains_is_not_asked(extract):
    text = (
        "Coding Quality Validator\n\nResponsibilities\n- Validates ICD-10-CM and ICD-10-PCS codes and works alongside "
        "Revenue Integrity, which maintains the chargemaster (CDM) and its CPT/HCPCS assignments.\n"
    )
    assert asked(extract(text), "coding_system") == {"ICD-10-CM": "required", "ICD-10-PCS": "required"}


def test_the_post_s_own_work_beside_a_team_worked_with_is_asked(extract):
    text = (
        "ED Coder\n\nResponsibilities\n- Assigns CPT codes and works with Revenue Integrity, which maintains the CDM.\n"
    )
    assert asked(extract(text), "coding_system") == {"CPT": "required"}


@pytest.mark.parametrize("number", ["1.", "2)", "(3)"])
def test_a_numbered_criterion_that_opens_with_degree_asks_a_bachelor_s(extract, number):
    text = (
        "Health Information Manager\n\nSelection Criteria\n"
        f"{number} Degree in Health Information Management and eligibility for membership of HIMAA.\n"
        "Another criterion. Demonstrated experience in managing a health information service.\n"
    )
    assert extract(text).minimum_education("required") == "bachelor"


def test_an_examination_named_after_its_maker_is_school_leaving(extract):
    text = (
        "Clinical Coder\n\nEligibility\nCandidates must have obtained a pass in at least five subjects in the "
        "Department of Education Leaving Certificate Examination.\n"
    )
    assert extract(text).minimum_education("required") == "high_school"


def test_a_school_named_after_a_place_word_is_still_no_level(extract):
    text = "Health Records Clerk\n\nThe team is based within Ursuline High School in Wimbledon.\n"
    assert extract(text).minimum_education("required") is None


@pytest.mark.parametrize(
    "line",
    [
        "Diploma of Clinical Coding or equivalent",
        "Diploma or degree from a CHIMA-accredited Health Information Management program",
    ],
)
def test_a_diploma_of_the_field_s_work_is_a_certificate(extract, line):
    text = f"Clinical Coder\n\nEssential\n- {line}\n"
    assert extract(text).minimum_education("required") == "certificate"


def test_a_diploma_or_degree_of_another_field_asks_no_level(extract):
    text = "Clinical Coder\n\nEssential\n- Diploma or Degree in nursing\n"
    assert extract(text).minimum_education("required") is None
