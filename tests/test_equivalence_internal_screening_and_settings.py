"""Equivalence and substitution wording, internal postings and union bids, hiring steps, and records roles in other
settings of care (the written48 round), with texts written for the test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids

# ---------------------------------------------------------------------- credentials


@pytest.mark.parametrize(
    "line",
    ["- RHIT or eligible, or equivalent credential (CCS, CPC)", "- RHIT or an equivalent credential (CCS or CPC)"],
)
def test_an_equivalent_s_examples_are_choices_beside_the_credential(extract, line):
    assert groups(extract(f"Outpatient Coder\n\nRequirements\n{line}\n")) == [{"RHIT", "CCS", "CPC"}]


def test_holders_considered_first_are_preferred(extract):
    text = (
        "Coding Trainee\n\nREQUIREMENTS\n- Must obtain the CCS or CPC credential within 18 months.\n\n"
        "Current employees who already hold a CCA will be considered first.\n"
    )
    assert asked(extract(text)) == {"CCS": "required", "CPC": "required", "CCA": "preferred"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Most trainees sit for the CCA or CPC exam at the end of Phase 2.",
        "Our students typically take the RHIT exam after graduation.",
    ],
)
def test_the_exam_a_program_s_trainees_take_is_not_asked(extract, sentence):
    text = f"Coding Trainee\n\nHow the program works\n{sentence}\n\nRequirements\n- High school diploma.\n"
    assert asked(extract(text)) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Credentials listed on your application (for example RHIT or CCA) are verified on ahima.org.",
        "We verify your CCA or CPC status on ahima.org or aapc.com.",
    ],
)
def test_how_credentials_are_verified_asks_none(extract, sentence):
    text = f"HIM Technician\n\nRequirements\n- RHIT preferred.\n\nHiring process\n{sentence}\n"
    assert asked(extract(text)) == {"RHIT": "preferred"}


# ---------------------------------------------------------------------- headings and lead-ins


@pytest.mark.parametrize(
    "lead_in", ["The most competitive candidates will also have:", "The strongest applicants will bring:"]
)
def test_the_most_competitive_candidates_lead_in_what_is_preferred(extract, lead_in):
    text = f"Coder\n\nDESIRABLE QUALIFICATIONS\n{lead_in}\n- Experience with Oracle Health (Cerner)\n"
    assert asked(extract(text), "software") == {"Oracle-Health": "preferred"}
    # ... not any candidate who "will also have"
    plain = "Coder\n\nDESIRABLE QUALIFICATIONS\nCandidates will also have:\n- Experience with Oracle Health (Cerner)\n"
    assert asked(extract(plain), "software") == {"Oracle-Health": "required"}


# ---------------------------------------------------------------------- training, code sets, departments


def test_what_you_will_learn_is_taught_not_asked(extract):
    text = (
        "Coding Trainee\n\nTRAINING YOU WILL RECEIVE\nYou will learn Epic professional billing, the 3M 360 Encompass "
        "coding tool and payer policy research.\n\nRequirements\n- Microsoft Word.\n"
    )
    assert asked(extract(text), "software") == {"Microsoft-Word": "required"}
    # ... not a UK person specification's "You will be trained in ...": training the candidate has had
    had = "Psychologist\n\nPerson specification\nYou will be trained in CBT to Masters level.\n"
    assert [r.id for r in extract(had).of_kind("education")] == ["master"]


def test_codes_another_department_assigns_are_not_the_job_s(extract):
    text = (
        "Home Health Coder\n\nDuties\n- Assign ICD-10-CM codes from the OASIS and plan of care.\n\nPlease note: this "
        "position codes diagnoses only. CPT and HCPCS codes are assigned by our billing department.\n"
    )
    assert asked(extract(text), "coding_system") == {"ICD-10-CM": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Monitors case mix index and CC/MCC capture rates and reports trends to the CDI and coding managers.",
        "The coder works with Clinical Documentation Integrity on DRG reconciliation.",
    ],
)
def test_a_department_the_role_works_with_is_no_skill(extract, sentence):
    assert asked(extract(f"HIM Data Analyst\n\nDuties\n- {sentence}\n"), "skill") == {}


def test_experience_working_with_a_skill_still_asks_it(extract):
    text = "ROI Specialist\n\nRequirements\n- Experience working with release of information.\n"
    assert asked(extract(text), "skill") == {"release_of_information": "required"}


# ---------------------------------------------------------------------- skills named by the work


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("Complete admission and discharge chart audits; track missing signatures and orders.", "chart_analysis"),
        ("Audits a monthly sample of analyzed records and released requests for accuracy.", "chart_analysis"),
        (
            "Audits a sample of each technician's record analysis for accuracy of deficiency assignment.",
            "chart_analysis",
        ),
        (
            "Abstracts discharge disposition, attending physician and other required data elements into the abstract.",
            "abstracting",
        ),
    ],
)
def test_skills_named_by_the_work(extract, sentence, skill):
    assert skill in ids(extract(f"HIM Lead\n\nDuties\n- {sentence}\n"), "skill")


# ---------------------------------------------------------------------- scope


def test_a_veterinary_hospital_s_records_are_not_the_field(extract):
    body = (
        "Our Medical Records Coordinator keeps patient records moving between our hospital, referring {who} and "
        "their owners. You will request medical records, lab results and radiographs from referring hospitals, scan "
        "documents into the patient record and send records on request. This is a non-clinical, client-facing "
        "support role in a busy, friendly team that works weekdays, with a generous benefits package and paid time "
        "off from your first month."
    )
    veterinary = extract(f"Medical Records Coordinator\n\n{body.format(who='veterinarians and pet owners')}\n")
    assert veterinary.in_scope is False
    human = extract(f"Medical Records Coordinator\n\n{body.format(who='physicians and patients')}\n")
    assert human.in_scope is True
