"""Career sites, registries, physician practices and the field's edges of the written33 round, with texts written
for the test: one credential under two names, a choice that ends in letters of other licences, work another team
does, what a school's students sit for, what a coding educator teaches, a physician's degree, a cardiac registry's
"CCS" and the revenue cycle's work as experience.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, years


@pytest.mark.parametrize("line", ["Current ODS-C (CTR) credential", "CTR/ODS-C required", "Active CTR (ODS-C)"])
def test_one_credential_under_both_its_names_is_one_choice(extract, line):
    extraction = extract(f"Cancer Registry Manager\n\nRequired:\n- {line}\n- Bachelor's degree\n")
    assert asked(extraction) == {"ODS-C": "required", "CTR": "required"}
    assert {"ODS-C", "CTR"} in groups(extraction)


def test_two_credentials_side_by_side_are_no_choice_for_it(extract):
    # only names of one credential make a choice without "or": two credentials in parentheses are both asked
    extraction = extract("Coding Auditor\n\nRequired:\n- Current RHIA (CCS) credentials\n")
    assert asked(extraction) == {"RHIA": "required", "CCS": "required"}
    assert groups(extraction) == []


def test_a_choice_that_ends_in_other_licences(extract):
    extraction = extract("Quality Data Abstractor\n\nRequired Qualifications\n- Current RHIT, RHIA, LPN or RN\n")
    assert {"RHIT", "RHIA"} in groups(extraction)


def test_a_list_with_and_and_other_letters_is_no_choice(extract):
    extraction = extract("HIM Analyst\n\nRequired: RHIT and CPC, PMP or ITIL.\n")
    assert not any({"RHIT", "CPC"} <= group for group in groups(extraction))


@pytest.mark.parametrize(
    "sentence",
    [
        "Hospital (facility) inpatient coding, ICD-10-PCS and DRG assignment are performed by the hospitals' HIM "
        "departments and are not part of this role.",
        "Inpatient ICD-10-PCS and DRG review is handled by the Facility Coding team and is not part of this position.",
    ],
)
def test_work_a_named_team_does_is_not_the_job_s(extract, sentence):
    extraction = extract(f"Pro Fee Coder\n\nAssign ICD-10-CM and CPT codes to ED visits. {sentence}\n")
    assert asked(extraction, "coding_system") == {"ICD-10-CM": "required", "CPT": "required"}


def test_work_a_team_does_beside_the_job_s_own_is_still_asked(extract):
    extraction = extract(
        "CDI Specialist\n\nAmbulatory HCC review is performed by the CDI team you will join, and DRG validation is "
        "part of this role.\n"
    )
    assert "DRG" in asked(extraction, "coding_system")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our 9-month diploma program prepares students to sit for the AAPC CPC and NHA CBCS exams.",
        "Graduates are eligible to sit for the Registered Health Information Technician (RHIT) examination.",
        "Students in our one-year certificate prepare for the AHIMA CCA and AAPC CPC exams.",
        "Our three-year first-time RHIT pass rate is 84 percent.",
    ],
)
def test_what_a_school_s_students_sit_for_is_not_asked_of_the_teacher(extract, sentence):
    extraction = extract(f"HIT Program Faculty\n\n{sentence}\n\nQualifications: Master's degree; RHIA required.\n")
    assert asked(extraction) == {"RHIA": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "You will prepare for the CCS exam and pass it within 12 months of hire.",
        "Instructors must hold an active CPC to prepare students to sit for the exam.",
    ],
)
def test_what_the_candidate_prepares_for_or_holds_is_still_asked(extract, sentence):
    extraction = extract(f"Coding Instructor\n\n{sentence}\n")
    assert set(asked(extraction).values()) == {"required"}
    assert len(asked(extraction)) == 1


def test_the_courses_a_coding_educator_gives_name_the_job_s_code_sets(extract):
    extraction = extract(
        "Coding Educator\n\nResponsibilities\n* Develops and delivers onboarding curriculum for new coders, including "
        "ICD-10-CM, ICD-10-PCS, CPT and HCPCS Level II code assignment, and E/M level selection.\n"
    )
    assert set(asked(extraction, "coding_system")) >= {"ICD-10-CM", "ICD-10-PCS", "CPT", "HCPCS", "E/M"}


def test_the_courses_a_candidate_took_still_name_no_code_set(extract):
    extraction = extract(
        "HIM Clerk\n\nRequired: High school diploma; coursework in ICD-10-CM and CPT is a plus.\n\n"
        "Duties: file and scan records.\n"
    )
    assert asked(extraction, "coding_system") == {}


@pytest.mark.parametrize(
    "line",
    [
        "MD or DO from an accredited school of medicine.",
        "MD/DO degree required.",
        "Doctor of Medicine or Doctor of Osteopathic Medicine degree.",
    ],
)
def test_a_physician_s_degree_is_a_doctorate(extract, line):
    extraction = extract(f"Physician Advisor, CDI\n\nQualifications\n- {line}\n- Board certification.\n")
    assert extraction.minimum_education() == "doctorate"


def test_the_physicians_a_cdi_team_queries_ask_no_degree(extract):
    extraction = extract("CDI Specialist\n\nEducate MD/DO providers on documentation. Associate degree required.\n")
    assert extraction.minimum_education() == "associate"


def test_a_cardiac_registry_s_angina_class_is_no_credential(extract):
    extraction = extract(
        "NCDR Clinical Data Coordinator\n\nAbstracts clinical data (history and risk factors, CCS angina class, NYHA "
        "class, lab values) according to each registry's data dictionary.\n\nRequired: RHIT or RHIA.\n"
    )
    assert asked(extraction) == {"RHIT": "required", "RHIA": "required"}


@pytest.mark.parametrize(
    "line",
    [
        "3+ years of physician / professional AR follow-up or denial management",
        "3 years of payment posting",
        "Three years of charge entry in a specialty clinic",
    ],
)
def test_the_revenue_cycle_s_work_is_experience(extract, line):
    extraction = extract(f"Denial Management Specialist\n\nRequired:\n- High school diploma or GED\n- {line}\n")
    assert years(extraction) == {3}
    assert {r.id for r in extraction.requirements if r.kind == "experience"} == {"billing"}


def test_a_preference_after_a_sentence_of_two_routes_is_still_read(extract):
    extraction = extract(
        "CDI Specialist\n\nRequired Experience:\nThree (3) years of acute care clinical nursing experience OR three "
        "(3) years of inpatient coding experience. Two (2) years of CDI experience preferred.\n"
    )
    assert years(extraction) == {3}
    assert years(extraction, "preferred") == {2}


def test_a_route_a_capital_or_opens_in_its_sentence_is_still_set_aside(extract):
    # the guard: a figure on the route the "OR" opens, in the same sentence, is another route, not a second bar
    extraction = extract(
        "Coder\n\nRequirements:\nAssociate degree in HIM OR high school diploma and five years of coding experience.\n"
    )
    assert years(extraction) == set()
