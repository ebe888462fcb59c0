"""Remote roles, numbers that are not experience, one job of two functions, and career ladders (the written50
round), with texts written for the test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, years

# ---------------------------------------------------------------------- career ladders


@pytest.mark.parametrize(
    "own_level",
    [
        "Tier 2 - Records Specialist\nRequirements: Tier 1 requirements, plus a year of release of information.",
        "Tier 2 - Records Specialist\nEverything in Tier 1, plus: a year of release of information.",
    ],
)
def test_the_own_level_takes_in_a_lower_level_s_requirements(extract, own_level):
    text = (
        "Release of Information Specialist - Tier 2\n\nTier 1 - Intake Associate\nRequirements: High school diploma "
        "or GED. CEHRS required.\n\n"
        f"{own_level}\n\nTier 3 - Senior Specialist\nRequirements: RHIT required; 3 years of release of information.\n"
    )
    extraction = extract(text)
    assert extraction.minimum_education("required") == "high_school"
    assert asked(extraction) == {"CEHRS": "required"}
    assert years(extraction) == {1.0}


def test_a_level_named_as_taken_in_does_not_set_its_clause_aside(extract):
    text = "Coder II\n\nRequirements:\n- Meets all requirements of the Coder I position, plus 2 years of coding.\n"
    assert years(extract(text)) == {2.0}
    # ... while a clause of another level alone still asks nothing of this one
    other = "Coder II\n\nRequirements:\n- A Coder I needs 1 year of coding.\n- 2 years of coding.\n"
    assert years(extract(other)) == {2.0}


def test_a_lower_level_not_taken_in_stays_another_level(extract):
    text = (
        "Coder II\n\nCoder I:\n- CCA required.\n\nCoder II:\n- We audit all Coder I charts each month.\n"
        "- CCS required.\n"
    )
    assert asked(extract(text)) == {"CCS": "required"}


def test_levels_in_the_first_cells_of_a_table_parted_by_tabs(extract):
    text = (
        "Coding Specialist II - Cardiology\n\nLevel\tCertification\tExperience\n"
        "Coding Specialist I\tCPC-A or CCA required\tNone\n"
        "Coding Specialist II\tCPC or CCS-P required\t2 years professional fee coding\n"
        "Coding Specialist III\tCPC plus CIRCC required\t4 years professional fee coding\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required"}
    assert years(extraction) == {2.0}


def test_a_line_of_pay_by_level_is_no_title_of_the_posting(extract):
    """Pay by level over a table of what each level asks, the title naming several: hiring at any level, the lowest
    first, its credentials one choice with the others'."""
    text = (
        "Coding Specialist I / II / III - Outpatient\nCascadia Health | Careers\n\nPay Range:\n"
        "Coding Specialist I: $24.62 - $33.85/hr\nCoding Specialist II: $27.71 - $38.10/hr\n\n"
        "Level\tCredential\tExperience\nCoding Specialist I\tCCA or CPC-A\t1 year coding\n"
        "Coding Specialist II\tCCS or CPC\t2 years outpatient facility coding\n"
    )
    extraction = extract(text)
    assert extraction.minimum_experience_years("required") == 1.0
    assert groups(extraction) == [{"CCA", "CPC-A", "CCS", "CPC"}]


def test_the_title_heads_a_level_beside_another_headed_with_a_dash(extract):
    text = (
        "Coder I - Outpatient\n\nRequirements\n- CCA or CPC-A required.\n\n"
        "Coder II - Emergency Department\n- CCS required; 3 years of ED coding.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CCA": "required", "CPC-A": "required"}
    assert years(extraction) == set()


# ---------------------------------------------------------------------- credentials


def test_a_team_sized_with_a_plus_and_its_credentials_in_brackets_asks_nothing(extract):
    text = (
        "ED Coder\n\nAbout us\nOur 900+ credentialed coders (CPC, CCS, RHIT, RHIA) support 140 hospitals.\n\n"
        "Preferred:\n• RHIT\n"
    )
    assert asked(extract(text)) == {"RHIT": "preferred"}


def test_the_credential_of_those_the_role_mentors_is_not_asked(extract):
    text = (
        "Coding Auditor\n\nWhat you'll do\n- Mentor the 3-4 CPC-A coders in our apprentice program each year.\n"
        "- Train new CCA coders on our audit tools.\n\nRequirements\n- CPMA required.\n"
    )
    assert asked(extract(text)) == {"CPMA": "required"}


def test_the_examples_of_a_specialty_credential_in_brackets_are_choices(extract):
    text = "Coding Auditor\n\nPreferred\n• CEMC or a specialty credential (e.g., CCC, COSC)\n"
    extraction = extract(text)
    assert {r.any_of for r in extraction.requirements if r.kind == "credential"} == {"g1"}
    assert asked(extraction) == {"CEMC": "preferred", "CCC": "preferred", "COSC": "preferred"}


# ---------------------------------------------------------------------- experience


def test_the_years_a_substitute_credential_needs_are_not_the_post_s_bar(extract):
    text = (
        "Inpatient Coder\n\nExperience: Three (3) years of inpatient coding experience.\nLicenses: CCS required. "
        "An RHIT or RHIA may be substituted for the CCS if the candidate has five (5) years of inpatient coding "
        "experience.\n"
    )
    assert years(extract(text)) == {3.0}
