"""Postings as job seekers save them and as employers write them in prose, with sentences written for the test (the
written12 and written13 round).

The page around a posting (other jobs a board or a job alert lists, a form's signature lines), whom the job
reports to, a team led by credential holders, an outline-numbered section after a list of routes, levels of a job
described in paragraphs or under headings of their own, credentials joined by "or the" or with their issuers and
former names, "not required but helpful", a program's length and a credential that shortens the experience asked.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import groups, ids


def test_the_similar_jobs_a_saved_page_lists_ask_nothing(extract):
    extraction = extract(
        "Inpatient Coder II\nValley Health\n\nQualifications\nRequired:\n- CCS or CIC\n"
        "- Three years of inpatient coding experience\nPreferred:\n- RHIT or RHIA\n\n[ Apply now ]\n\n"
        "Similar jobs\nRemote Profee Coder\nSummit Coding - Remote\n$24 an hour - CPC or COC - 2 yrs exp\n"
        "Clinical Documentation Specialist\nFranklin Hospital\n$48 an hour - RN and CCDS preferred\n"
    )
    assert ids(extraction) == {"CCS": "required", "CIC": "required", "RHIT": "preferred", "RHIA": "preferred"}
    assert sorted(map(sorted, groups(extraction))) == [["CCS", "CIC"], ["RHIA", "RHIT"]]
    assert extraction.minimum_experience_years("required") == 3


def test_the_other_jobs_of_a_job_alert_ask_nothing(extract):
    extraction = extract(
        "Subject: Job alert: release of information - 3 new\n\nNew jobs for you this week:\n"
        "- Medical Records Coordinator | Piedmont Clinic | RHIT preferred\n"
        "- HIM Analyst (Remote) | Coastal Health | RHIA required | $28-$34/hr\n\n"
        "Top match:\nRelease of Information Specialist\n\nWhat you need\n- High school diploma\n"
        "- C.R.I.S. or RHIT preferred\n"
    )
    assert ids(extraction) == {"CRIS": "preferred", "RHIT": "preferred"}


@pytest.mark.parametrize(
    "signature",
    [
        "Prepared by: M. Okafor, MHA, RHIA, CHPS - Director, Health Information Management      Date: 02/27/2025",
        "Appointing Authority: Teresa Lund, RHIA, CHPS - Director of Health Information",
        "Prepared by:\t____________\tDate: 06/12/2024\n\t\tLorena Vasquez, MHA, RHIA, CHPS\n\t\tDirector, HIM",
        "TO APPLY: Send an application to:\n\n   Dana Whitfield, RHIA, CHPS\n   Director of Human Resources",
    ],
    ids=["initial", "any-label", "tab-indented", "space-indented"],
)
def test_the_letters_after_a_signer_s_name_ask_nothing(extract, signature):
    assert ids(extract(f"HIM Technician\nRequirements: RHIT required.\n\n{signature}\n")) == {"RHIT": "required"}


def test_the_letters_of_whom_the_job_reports_to_ask_nothing(extract):
    extraction = extract(
        "Coding Quality Auditor\nThe Auditor reports to the System Director, Coding Compliance (RHIA, CHC) and works "
        "closely with CDI.\nRequirements: CCS required.\n"
    )
    assert ids(extraction) == {"CCS": "required"}


def test_a_team_led_by_credential_holders_asks_nothing(extract):
    extraction = extract(
        "Inpatient Coder\nRequirements: RHIT required.\nOur HIM Coding department - 28 coders, led by an "
        "RHIA-credentialed management team - has held a 96% accuracy rate since 2019.\n"
    )
    assert ids(extraction) == {"RHIT": "required"}


def test_an_outline_numbered_section_ends_the_routes_of_the_one_before(extract):
    extraction = extract(
        "HIM Supervisor\n3.0\tQUALIFICATIONS\n3.1\tEducation\n"
        "\ta.\tAssociate degree in Health Information Technology; OR\n"
        "\tb.\tHigh school diploma plus four (4) years of hospital HIM experience in lieu of the degree.\n"
        "3.2\tExperience\n\ta.\tFive (5) years of experience in a hospital HIM department. Required.\n"
        "3.3\tLicensure / Certification\n\ta.\tR.H.I.T. or R.H.I.A. required.\n\tb.\tCHPS preferred.\n"
    )
    assert ids(extraction) == {"RHIT": "required", "RHIA": "required", "CHPS": "preferred"}
    assert groups(extraction) == [{"RHIT", "RHIA"}]  # CHPS is no route of the education's
    assert {r.path for r in extraction.of_kind("credential")} == {None}
    assert extraction.minimum_education("required") == "high_school"


LEVELS_IN_PROSE = (
    "Inpatient Coder I is a developing role. Coder Is hold an RHIT or a Certified Coding Associate. No prior inpatient "
    "experience is needed at that level.\n\n"
    "Inpatient Coder II{own} must hold the Certified Coding Specialist (CCS) from AHIMA or the Certified Inpatient "
    "Coder (CIC) from AAPC. You must have at least three years of inpatient coding experience.\n\n"
    "Inpatient Coder III validates DRGs for the team and must hold a CCS with five years of inpatient experience.\n"
)


def test_levels_described_in_paragraphs_make_a_ladder_the_title_s_level_asks(extract):
    extraction = extract("Inpatient Coder II\nAbout our ladder\n\n" + LEVELS_IN_PROSE.format(own=" (this position)"))
    assert ids(extraction) == {"CCS": "required", "CIC": "required"}
    assert groups(extraction) == [{"CCS", "CIC"}]
    assert extraction.minimum_experience_years("required") == 3


def test_a_paragraph_that_opens_with_a_level_alone_is_no_ladder(extract):
    extraction = extract("Inpatient Coder II\n\nInpatient Coder II must hold a CCS and three years of experience.\n")
    assert ids(extraction) == {"CCS": "required"}
    assert extraction.minimum_experience_years("required") == 3


def test_levels_under_headings_of_their_own_are_ways_in_when_the_title_names_several(extract):
    extraction = extract(
        "Professional Fee Coder (Coder I, II or III)\n\nCoder I\nYou'll need a high school diploma and a CPC-A. "
        "At minimum we're looking for six months of coding experience.\n\n"
        "Coder II\nYou must hold the CPC or the CCS-P, and you need two years of coding experience.\n\n"
        "Coder III\nAt least five years of pro-fee coding.\n"
    )
    assert extraction.minimum_experience_years("required") == 0.5
    assert extraction.minimum_education("required") == "high_school"
    assert groups(extraction) == [{"CPC-A", "CPC", "CCS-P"}]  # each level's credential is a way in


def test_a_class_specification_s_level_headings_under_its_minimum_qualifications(extract):
    extraction = extract(
        "HEALTH INFORMATION TECHNICIAN\nMINIMUM QUALIFICATIONS\nLevel I\nA high school diploma and one year of "
        "experience in medical records; OR completion of a medical coding certificate program of at least nine "
        "months.\nLevel II\nAn associate degree in health information technology.\nLevel III\nThose of Level II "
        "plus two additional years of coding experience. Current RHIT, CCS or CPC is required.\n"
    )
    assert extraction.minimum_education("required") == "high_school"
    assert extraction.minimum_experience_years("required") == 1  # nine months is the program's length


def test_the_routes_of_a_civil_service_class_are_no_levels_of_a_job(extract):
    """ "Either I / Or II / Or III" lists routes into one class, not a ladder of levels."""
    extraction = extract(
        "Health Records Technician II\nMinimum Requirements\nEither I\nOne year of experience performing the duties "
        "of a Health Records Technician I.\nOr II\nPossession of current registration as an RHIT.\nOr III\nTwo years "
        "of experience in a health record department.\n\nDesirable Qualifications\nRHIA registration\n"
    )
    assert ids(extraction) == {"RHIT": "required", "RHIA": "preferred"}
    assert groups(extraction) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "You must hold the CCS from AHIMA or the CIC from AAPC.",
        "Must hold a CCS through AHIMA or a CIC through AAPC.",
        "You must hold the Certified Coding Specialist (CCS) from AHIMA or the Certified Inpatient Coder (CIC).",
    ],
)
def test_credentials_joined_by_or_the_are_one_choice(extract, sentence):
    extraction = extract(f"Inpatient Coder\n{sentence}\n")
    assert ids(extraction) == {"CCS": "required", "CIC": "required"}
    assert groups(extraction) == [{"CCS", "CIC"}]


def test_a_former_name_after_the_issuer_is_the_same_credential(extract):
    extraction = extract(
        "Cancer Registrar\nYou must hold the Oncology Data Specialist-Certified (ODS-C) credential from NCRA, "
        "formerly known as the Certified Tumor Registrar (CTR).\n"
    )
    assert groups(extraction) == [{"ODS-C", "CTR"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "An AAPC or AHIMA credential like the CPC or CCS is not required but helpful, since some of us code hospice.",
        "A CPC or CCS isn't required, but is a plus.",
    ],
)
def test_not_required_but_helpful_is_a_preference(extract, sentence):
    assert ids(extract(f"Home Health Coder\n{sentence}\n")) == {"CPC": "preferred", "CCS": "preferred"}


def test_not_required_alone_still_says_not_required(extract):
    assert ids(extract("Home Health Coder\nA CPC is not required.\n")) == {"CPC": "not_required"}


def test_a_credential_that_shortens_the_experience_is_not_asked(extract):
    extraction = extract(
        "Medical Coder\nTwo years of coding experience.\nSubstitution: Possession of a current CPC or CCS-P may "
        "substitute for one (1) year of the required experience.\n"
    )
    assert ids(extraction) == {}
    assert extraction.minimum_experience_years("required") == 2


def test_a_degree_among_the_letters_of_a_contact_with_a_post_is_no_level(extract):
    extraction = extract(
        "HIM Supervisor\nAn associate degree is required.\nQuestions? Contact Dana Whitfield, MBA, RHIA, CHPS, "
        "Director of Health Information Management.\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("associate", "required")]
    assert ids(extraction) == {}


def test_the_minimum_stays_required_before_a_preference_after_a_comma_and(extract):
    extraction = extract(
        "HIM Supervisor\nAn associate degree is the minimum, and a bachelor's in health information management is "
        "preferred.\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [
        ("associate", "required"),
        ("bachelor", "preferred"),
    ]


def test_a_credential_of_someone_the_posting_names_asks_nothing(extract):
    extraction = extract(
        "HIM Supervisor\nRHIT required.\nYou will partner closely with our Privacy Officer, who holds the CHPS, on "
        "any possible breach.\n"
    )
    assert ids(extraction) == {"RHIT": "required"}


def test_candidates_who_hold_a_credential_are_still_asked_for_it(extract):
    assert ids(extract("Inpatient Coder\nYou must be a coder who holds the CCS.\n")) == {"CCS": "required"}


@pytest.mark.parametrize(
    "line", ["CHPS, CHC, or CIPP/US preferred", "Certification is not required. CPB, CBCS or CRCS a plus."]
)
def test_a_list_whose_last_choice_is_an_acronym_not_known_is_one_choice(extract, line):
    extraction = extract(f"Privacy and Billing Officer\nPreferred:\n- {line}\n")
    assert len(groups(extraction)) == 1
    assert {r.strength for r in extraction.of_kind("credential")} == {"preferred"}


def test_a_list_before_a_code_set_named_with_or_is_no_choice(extract):
    extraction = extract("Risk Adjustment Coder\nCPC, COC or HCC experience required.\n")
    assert groups(extraction) == []


@pytest.mark.parametrize(
    "line",
    [
        "Graduate of a CHIMA-accredited Health Information Management diploma program (two-year college program).",
        "Graduate of a CHIMA-accredited Health Information Management diploma or degree program.",
    ],
)
def test_a_canadian_diploma_program_is_a_certificate_whatever_follows_it(extract, line):
    extraction = extract(f"Coder Abstractor\nQualifications\n- {line}\n")
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("certificate", "required")]


def test_assets_heads_what_is_preferred(extract):
    extraction = extract(
        "HIM Professional\nQualifications\n- Two years of coding experience.\n\nAssets\n"
        "Bachelor's degree in Health Information Management.\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("bachelor", "preferred")]
