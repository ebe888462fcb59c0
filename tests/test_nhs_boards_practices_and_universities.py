"""NHS adverts, aggregator reposts, physician practices and universities: the written58 round's kinds, with texts
written for the test."""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, years


def test_a_figure_alone_under_an_experience_heading_of_two_words_is_asked(extract):
    text = (
        "Oncology Data Specialist\n\nRequired Education\nAssociate's degree\n\nRequired Related Experience\n2 yrs\n\n"
        "Required License/Registration/Certification\nODS-C\n"
    )
    assert years(extract(text)) == {2.0}


def test_a_requirement_added_after_an_in_lieu_route_is_still_asked(extract):
    text = (
        "Trauma Registrar\n\nWe are looking for someone with an associate's degree in a health-related field, or a "
        "high school diploma and four years of directly related experience in lieu of the degree, and at least two "
        "years of trauma registry, inpatient coding or clinical data abstraction experience.\n"
    )
    assert years(extract(text)) == {2.0}


def test_an_in_lieu_route_s_own_figure_is_still_not_asked(extract):
    text = (
        "Coder\n\nAssociate degree and 2 years of coding experience, or a high school diploma and 4 years of coding "
        "experience in lieu of the degree.\n"
    )
    assert years(extract(text)) == {2.0}


def test_a_credential_in_a_form_s_position_title_names_the_post(extract):
    text = (
        "Huron Shores Community Health\nJob Posting #24-117\n\nPosition Title: Certified Coding Specialist - Risk "
        "Adjustment & Provider Education\nDepartment: Revenue Cycle / Coding\n\nThe Certified Coding Specialist - Risk "
        "Adjustment & Provider Education reviews primary care encounters.\n\nQualifications:\n- One of the following "
        "active credentials: CPC, CCS-P or CRC.\n"
    )
    assert asked(extract(text)) == {"CPC": "required", "CCS-P": "required", "CRC": "required"}


def test_a_post_named_by_a_credential_alone_still_asks_it(extract):
    text = "Auditor\n\nWe are seeking a Certified Professional Medical Auditor to join our compliance team.\n"
    assert asked(extract(text)) == {"CPMA": "required"}


@pytest.mark.parametrize(
    "team",
    [
        "Our dental team codes CDT procedures, and our billing team reports FQHC PPS encounters.",
        "Our HIM department is led by an RHIA director and includes a team of CCS-credentialed inpatient coders.",
        "Our consultants support inpatient DRG validation, outpatient APC and E/M audits, and CCS reviews.",
    ],
)
def test_what_the_employer_s_teams_and_consultants_do_is_not_asked(extract, team):
    text = f"Risk Adjustment Coder\n\n{team}\n\nRequirements:\n- CRC required\n- ICD-10-CM and HCC coding\n"
    extraction = extract(text)
    assert asked(extraction) == {"CRC": "required"}
    assert set(asked(extraction, "coding_system")) == {"ICD-10-CM", "HCC"}


def test_a_credential_to_earn_by_a_date_said_in_the_next_sentence_is_required(extract):
    text = (
        "Orthopaedic Coder\n\nRequirements\n- Active CPC or CCS-P certification\n\nNice to have\n- COSC (Certified "
        "Orthopaedic Surgery Coder). If you don't hold it, you will be expected to earn it within your first 12 "
        "months; we pay the exam fee.\n- Spine coding experience\n"
    )
    assert asked(extract(text))["COSC"] == "required"


def test_a_board_s_line_of_time_in_a_product_is_no_experience_figure(extract):
    text = "Coder\n\nExperience:\n- Medical coding: 2 years (Required)\n- NextGen: 1 year (Preferred)\n"
    extraction = extract(text)
    assert years(extraction) == {2.0}
    assert years(extraction, "preferred") == set()


def test_what_everyone_on_our_team_does_is_asked(extract):
    text = (
        "Pro Fee Coder\n\nEveryone on our team codes with ICD-10-CM, CPT and HCPCS Level II and works in "
        "athenahealth.\n"
    )
    assert set(asked(extract(text), "coding_system")) == {"ICD-10-CM", "CPT", "HCPCS"}
