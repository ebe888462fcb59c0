"""Specialty coders, CDI and quality, revenue integrity and rural employers of the written36 round, with texts written
for the test: a credential "welcome" beside the one preferred, an employer's offer after a dash, an aside on paying
for the exam under a heading of preferences, a team of four words' name with its letters, and work the job does not
involve.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups


@pytest.mark.parametrize(
    "text",
    [
        "CPC preferred, CPC-A welcome.",
        "CPC preferred. CPC-A welcome -- our senior coder will help you get the A removed.",
    ],
)
def test_a_credential_welcome_beside_the_one_preferred_is_one_more_choice(extract, text):
    extraction = extract(f"Billing and Coding Specialist\n\n{text}\n")
    assert asked(extraction) == {"CPC": "preferred", "CPC-A": "preferred"}
    assert groups(extraction) == [{"CPC", "CPC-A"}]


def test_welcome_with_no_credential_joins_nothing(extract):
    # the guard: what is welcome names no credential
    extraction = extract("Coder\n\nCPC required. New graduates welcome.\n")
    assert asked(extraction) == {"CPC": "required"}
    assert groups(extraction) == []


@pytest.mark.parametrize(
    "text",
    [
        # a condition after two hyphens
        "- CCC (Certified Cardiology Coder) strongly preferred -- if you don't have it yet, we will pay for the exam "
        "and your AAPC membership",
        # the employer's offer, its subject and verb, after a spaced hyphen
        "RHIT or CCA preferred, or willing to obtain within 2 years - LCRMC offers tuition assistance for the HIT "
        "program at Western New Mexico University.",
    ],
)
def test_an_offer_after_a_dash_is_a_clause_of_its_own(extract, text):
    extraction = extract(f"HIM Clerk\n\n{text}\n")
    assert set(asked(extraction).values()) == {"preferred"}
    assert asked(extraction).keys() & {"CCC", "RHIT", "CCA"}


def test_an_offer_after_a_dash_with_nothing_asked_before_it_is_still_an_offer(extract):
    extraction = extract("HIM Clerk\n\nPerks - LCRMC offers tuition assistance for the RHIT exam.\n")
    assert asked(extraction) == {}


def test_an_aside_paying_for_the_exam_under_a_heading_of_preferences(extract):
    extraction = extract(
        "Records Specialist\n\nPREFERRED\n- Associate degree in Health Information Technology\n"
        "- RHIT or CEHRS credential - or willingness to obtain within 2 years (KBBH will pay exam fee)\n"
    )
    assert asked(extraction) == {"RHIT": "preferred", "CEHRS": "preferred"}


def test_an_aside_on_training_with_nothing_asking_stays_an_offer(extract):
    # the guard: no heading and no cue ask for it
    extraction = extract("Receptionist\nUse of SystmOne (training is provided).\n")
    assert asked(extraction, "software") == {}


def test_the_letters_of_a_team_named_in_four_words(extract):
    extraction = extract(
        "Medical Staff Coordinator\n\nOur Medical Records and Coding team (RHIT, CCS) sits down the hall and you "
        "will partner with them on provider EHR access.\n\nCPCS preferred.\n"
    )
    assert asked(extraction) == {}


def test_work_the_job_does_not_involve(extract):
    extraction = extract(
        "Senior E/M Auditor\n\nRequired: CPC or CCS-P and CPMA.\n\nPlease note: this role does not involve clinical "
        "documentation improvement (CDI) or inpatient DRG validation work; candidates looking for those positions "
        "should see our Facility Services openings.\n"
    )
    assert "DRG" not in asked(extraction, "coding_system")
    assert "clinical_documentation_improvement" not in asked(extraction, "skill")


def test_work_the_job_involves_is_still_read(extract):
    # the guard: what the job does, in a sentence after the one it does not
    extraction = extract(
        "Coder\n\nThe position does not include inpatient coding. Assigns ICD-10-CM and CPT codes to clinic visits.\n"
    )
    assert asked(extraction, "coding_system") == {"ICD-10-CM": "required", "CPT": "required"}
