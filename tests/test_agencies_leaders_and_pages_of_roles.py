"""Agency postings, leadership roles, pages of several roles and postings abroad of the written32 round, with texts
written for the test: what a team holds and averages, a health plan's measures, pay for holding a credential, a
page of numbered roles, a degree in lieu of another named twice, and how certificates and two-year diplomas read.
"""

from __future__ import annotations

from test_real_posting_phenomena import asked, groups, years


def test_what_a_team_averages_and_holds_is_not_asked(extract):
    extraction = extract(
        "Outpatient Coding Auditor\n\nOur audit team averages 15+ years of coding experience and holds CCS, CPC, "
        "CPMA, CDIP and RHIA credentials.\n\nRequirements: 3 years of coding; CPC or CCS.\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS": "required"}
    assert years(extraction) == {3}


def test_what_most_of_the_staff_hold_is_not_asked(extract):
    extraction = extract(
        "HIM Director\n\nMost of our coding professionals hold the CCS or CPC credential, and every one of our CDI "
        "specialists is CCDS certified.\n\nRequired: RHIA.\n"
    )
    assert asked(extraction) == {"RHIA": "required"}


def test_a_team_s_average_years_are_not_asked(extract):
    extraction = extract(
        "CDI Manager\n\nThe CDI specialists you will lead bring an average of 8 years of CDI experience.\n\n"
        "Required: 5 years of CDI experience.\n"
    )
    assert years(extraction) == {5}


def test_a_health_plan_s_measures_are_no_credentials(extract):
    extraction = extract(
        "Risk Adjustment Coder\n\nOur quality team closes HEDIS care gaps (CRC, BCS, CBP, A1c control).\n\n"
        "Preferred: CRC (Certified Risk Adjustment Coder).\n"
    )
    assert asked(extraction) == {"CRC": "preferred"}


def test_pay_for_holding_a_credential_asks_nothing(extract):
    extraction = extract(
        "Coder II\n\nMinimum: CCS, RHIT or RHIA.\n\nEmployees who maintain a current CCS receive a 5% certification "
        "differential, and employees who obtain the CDIP after appointment receive an additional 2.5%.\n"
    )
    assert asked(extraction) == {"CCS": "required", "RHIT": "required", "RHIA": "required"}


def test_a_team_certified_so_is_not_asked(extract):
    extraction = extract(
        "Inpatient Coder\n\nYou'll partner closely with our CDIP-certified CDI team.\n\nRequired: CCS.\n"
    )
    assert asked(extraction) == {"CCS": "required"}


def test_a_candidate_certified_so_is_still_asked(extract):
    extraction = extract("Pro Fee Coder\n\nRequirements:\n- CPC-certified coder with 2 years of E/M coding\n")
    assert asked(extraction) == {"CPC": "required"}


def test_a_page_of_numbered_roles_with_a_note_picking_one(extract):
    extraction = extract(
        ">> saved - the one I want is #2 HIM ANALYST. ignore the others <<\n\nHIM - Now Hiring for 3 Positions\n\n"
        "1) RELEASE OF INFORMATION SPECIALIST  (Req 11)\nWhat you need:\n - Certified Release of Information "
        "Specialist (CRIS) preferred\n\n2) HIM ANALYST - RECORD COMPLETION  (Req 12)\nWhat you need:\n - 1 year of "
        "hospital HIM experience required\n - RHIT preferred\n\n3) CODER II - OUTPATIENT  (Req 13)\nWhat you need:\n"
        " - CCS, CPC or COC required\n - 3 years of outpatient coding experience required\n"
    )
    assert asked(extraction) == {"RHIT": "preferred"}
    assert years(extraction) == {1}


def test_a_numbered_list_of_items_is_no_page_of_roles(extract):
    # lower-case items after their numbers are a list's, not openings: "#2" in a note picks none of them
    extraction = extract(
        "Coding Policy Specialist (saved #2 of my search)\n\nSpecialized experience:\n1) assigning ICD-10-PCS codes;\n"
        "2) analyzing MS-DRG grouping; AND\n3) writing coding guidance. CCS required.\n"
    )
    assert asked(extraction) == {"CCS": "required"}


def test_a_degree_in_lieu_of_one_named_twice(extract):
    # the bachelor's is named twice in its sentence ("Bachelor's degree - BSN, ..."): both are the one the associate
    # stands in for, not a bachelor's asked on its own that would meet the choice
    extraction = extract(
        "CDI Manager\n\nQualifications\n  Education: Bachelor's degree - BSN, HIM/HIA, or a health-related field. An "
        "Associate degree in Nursing or HIT plus 3 additional years of CDI experience will be considered in lieu of "
        "the bachelor's degree.\n"
    )
    assert extraction.minimum_education() == "associate"
    assert {"associate", "bachelor"} in groups(extraction, "education")


def test_certificates_as_other_choices_of_a_degree(extract):
    for line in (
        "Associate degree, or a certificate from an NCRA-accredited Cancer Registry Management program",
        "Completion of your NCRA-accredited program (associate degree or certificate) by the hire date",
    ):
        extraction = extract(f"Cancer Registrar\n\nRequirements:\n- {line}\n")
        assert extraction.minimum_education() == "certificate", line


def test_a_two_year_diploma_is_an_associate_s(extract):
    two_years = extract(
        "HIM Coder\n\nQualifications:\n- Graduate of a CHIMA-accredited two-year Health Information Management "
        "diploma program\n"
    )
    no_length = extract(
        "HIM Coder\n\nQualifications:\n- Graduation from a recognized Health Information Management diploma program\n"
    )
    assert two_years.minimum_education() == "associate"
    assert no_length.minimum_education() == "certificate"


def test_what_the_training_involves_is_not_asked(extract):
    extraction = extract(
        "Trainee Screener\n\nThe training involves completion of a two year diploma and on the job support.\n"
    )
    assert extraction.minimum_education() is None
