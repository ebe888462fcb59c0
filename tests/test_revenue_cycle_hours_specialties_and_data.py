"""Revenue-cycle postings next to coding, experience in hours and other units, specialty credentials, and HIM data
work (the written46 round), with texts written for the test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids, years

# ---------------------------------------------------------------------- headings and lists of credentials


def test_a_heading_s_strength_in_brackets_heads_what_is_under_it(extract):
    text = (
        "Revenue Integrity Analyst\n\nWhat you need (required)\n- CPC or CCS\n\n"
        "What we'd like you to have (preferred)\n- RHIT or RHIA.\n- HFMA CHFP.\n"
    )
    assert asked(extract(text)) == {
        "CPC": "required",
        "CCS": "required",
        "RHIT": "preferred",
        "RHIA": "preferred",
        "CHFP": "preferred",
    }


def test_a_bracketed_aside_of_other_words_heads_nothing(extract):
    text = "Coder\n\nRequired\n- CPC\n\nWhat you'll do (on-the-job learning)\n- CCS exam prep with our educator\n"
    assert asked(extract(text))["CPC"] == "required"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our team is small and busy: 14 coders (CPC, CRC and CCS-P), two auditors and, with this position, two "
            "educators.",
            {},
        ),
        ("Our coding staff, who report separately to the Coding Manager, hold the CCS, CCA or CPC credential.", {}),
        ("Our coding team of eight includes two CIRCC-certified coders, so you will have someone to ask.", {}),
        # the openings themselves
        ("We are hiring 2 coders (CPC required) for our clinics.", {"CPC": "required"}),
    ],
)
def test_people_the_posting_counts_or_describes_with_their_letters(extract, sentence, expected):
    text = f"Coding Educator\n\n{sentence}\n\nRequirements\n- RHIT\n"
    extraction = asked(extract(text))
    extraction.pop("RHIT")
    assert extraction == expected


def test_the_kind_s_word_after_a_list_then_one_more_choice(extract):
    text = "CDM Analyst\n\nPreferred\n- CCS, CPC or COC credential, or HFMA CHFP.\n"
    assert groups(extract(text)) == [{"CCS", "CPC", "COC", "CHFP"}]


def test_examples_of_one_or_more_specialty_credentials_are_one_choice(extract):
    text = "Pro-Fee Auditor\n\nPreferred\n• One or more AAPC specialty credentials (e.g., CEMC, CGSC, COBGC, CANPC)\n"
    assert groups(extract(text)) == [{"CEMC", "CGSC", "COBGC", "CANPC"}]


# ---------------------------------------------------------------------- experience in hours


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1,950 hours of cancer registry experience", {1.0}),
        ("A minimum of 2,000 hours of paid coding and abstracting experience", {1.0}),
        ("Completion of 1,950 hours of cancer registry experience in a CoC-accredited program", {1.0}),
        ("4,000 hours of coding experience", {2.0}),
        # a week's hours, an externship's: no figure of years
        ("Full time, 40 hours a week, with coding experience a must", set()),
        ("120 hours of externship experience", set()),
        # a training program's hours, which the post provides
        ("ODS-C within 24 months, met through the trainee program hours (1,950 hours of registry experience)", set()),
    ],
)
def test_hours_of_experience_are_read_to_the_nearest_half_year(extract, line, expected):
    assert years(extract(f"Cancer Registrar\n\nRequired\n- {line}\n")) == expected


def test_a_degree_s_long_list_of_fields_or_years_in_its_place_is_one_choice(extract):
    text = (
        "HIE Specialist\n\nRequirements\n- Bachelor's degree in health information management, health informatics, "
        "public health or a related field, or four years of equivalent experience.\n- At least 2 years of experience "
        "in health information management.\n"
    )
    extraction = extract(text)
    four = next(r for r in extraction.of_kind("experience") if r.years == 4)
    bachelor = next(r for r in extraction.of_kind("education") if r.id == "bachelor")
    assert four.any_of is not None and four.any_of == bachelor.any_of


# ---------------------------------------------------------------------- systems, departments and data work


@pytest.mark.parametrize(
    "sentence",
    [
        "The registry uses METRIQ; training is provided.",
        "Our PAS and electronic patient record is METRIQ, introduced in 2019.",
    ],
)
def test_systems_the_employer_runs_are_not_asked(extract, sentence):
    text = f"Registry Data Manager\n\n{sentence}\n\nRequired\n- ODS-C\n- Epic\n"
    assert ids(extract(text), "software") == {"Epic": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a legacy system the job works in is asked (the labellers of three earlier sets count it)
        "You will lead the conversion of legacy METRIQ documents into the new record.",
        # a report made for an office, with the tools named after it
        "Prepares statistical reports for the Area Office using METRIQ.",
    ],
)
def test_systems_the_job_works_in_are_asked(extract, sentence):
    text = f"Registry Data Manager\n\n{sentence}\n\nRequired\n- ODS-C\n- Epic\n"
    assert ids(extract(text), "software") == {"METRIQ": "required", "Epic": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The District's Health Information Management (HIM) department is responsible for the MPI, release of "
        "information and coding.",
        "This role sits between Coding, Clinical Documentation Integrity (CDI), Quality and Revenue Integrity.",
    ],
)
def test_what_departments_do_and_where_the_role_sits_ask_no_skill(extract, sentence):
    text = f"HIM Interface Analyst\n\n{sentence}\n\nRequired\n- RHIA\n"
    assert asked(extract(text), "skill") == {}


def test_a_workspace_rule_is_no_hipaa_skill(extract):
    rule = extract("Inpatient Coder\n\n- A dedicated, private workspace that meets HIPAA standards.\n- CCS\n")
    assert asked(rule, "skill") == {}
    knowledge = extract("Inpatient Coder\n\n- Working knowledge of HIPAA.\n- CCS\n")
    assert asked(knowledge, "skill") == {"hipaa": "required"}


def test_semesters_of_a_subject_in_a_degree_are_coursework(extract):
    text = (
        "Cancer Registrar\n\n- Associate degree (or 60 college credit hours) that includes two semesters of human "
        "anatomy and physiology.\n"
    )
    assert asked(extract(text), "skill") == {}


@pytest.mark.parametrize(
    ("duty", "skill"),
    [
        ("Respond to individuals' requests for a copy of their HIE record.", "release_of_information"),
        ("Abstract quality measure data (HEDIS and ACO quality measures).", "data_abstraction"),
    ],
)
def test_record_copies_and_measure_data(extract, duty, skill):
    text = f"Patient Identity Specialist\n\nDuties\n- {duty}\n"
    assert asked(extract(text), "skill") == {skill: "required"}


def test_mortality_risk_adjustment_is_no_hcc(extract):
    quality = extract("CDI Specialist\n\n- Monitor documentation related to PSIs and mortality risk adjustment.\n")
    assert "HCC" not in ids(quality, "coding_system")
    coding = extract("Risk Adjustment Coder\n\n- 2 years of risk adjustment coding\n")
    assert ids(coding, "coding_system") == {"HCC": "required"}
