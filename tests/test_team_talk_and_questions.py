"""People, questions and wordings of the written20 round, with sentences written for the test: a team "down the
hall" that holds letters or is "studying for" them, a writer's "I hold", a first name "who holds", a post right
before a name, a thread's "CCS here" and "Is CCS ok?", a course of letters with a hyphen, what another opening "would
have taken", an applicant's "Do I need a degree?"; "gets you a closer look", "would stand out", "nice-to-have", "we'd
genuinely like to see", "nobody should need", "also OK"; a clause of its own after ", and a ..."; "the least we can
accept"; a client's years.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import groups, ids


@pytest.mark.parametrize(
    "sentence",
    [
        "The clinic's coding and HIM staff down the hall hold CCS and RHIT credentials.",
        "Two of our coders are studying for the CRC this year.",
        "Dana is studying for her CPMA this spring.",
        "You will report to Tom, who holds CPC and CPCO credentials.",
        "I hold both the CCDS and the CDIP.",
        "Current team: CDI Educator Lisa Tran, RN, CCDS, CDIP.",
        "Reply: RHIT, CCS here, 10 yrs inpt.",
        "Reply: Would the CRC count?",
        "Reply: Is CCS ok or only CCS-P?",
        "The department runs a CCA and CCS exam-preparation course.",
        "The Coder II would have taken a CCA with a year of exposure.",
    ],
)
def test_what_others_hold_or_ask_about_asks_nothing(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required. {sentence}\n")
    assert {k: v for k, v in ids(extraction).items() if v != "not_required"} == {"COC": "required"}


def test_her_letters_after_another_credential(extract):
    extraction = extract("HIM Supervisor\n\nRHIT required. We hired a director in May, an RHIA with her CHPS.\n")
    assert "CHPS" not in ids(extraction)


@pytest.mark.parametrize(
    ("sentence", "credential", "strength"),
    [
        # the candidate's own: "his or her", a place "here at"
        ("The applicant must hold his or her CCS.", "CCS", "required"),
        ("CCS required here at Mercy.", "CCS", "required"),
        ("The RHIA gets you a closer look.", "RHIA", "preferred"),
        ("Someone with a CCS would stand out.", "CCS", "preferred"),
        ("A CCS is a nice-to-have.", "CCS", "preferred"),
        ("We'd genuinely like to see a CCS.", "CCS", "preferred"),
        ("Priority will be given to candidates holding the CCS.", "CCS", "preferred"),
    ],
)
def test_more_wordings_of_strength(extract, sentence, credential, strength):
    assert ids(extract(f"Coder\n\n{sentence}\n")).get(credential) == strength


def test_nobody_should_need_it(extract):
    extraction = extract("HIM Data Analyst\n\nThis is not a coding job, nobody should need CCS/CPC for it.\n")
    assert set(ids(extraction).values()) <= {"not_required"}


def test_also_ok_is_one_more_choice(extract):
    extraction = extract("Coder\n\nRequirements:\n  ~ CPC certification (CCS-P also OK)\n")
    assert {"CPC", "CCS-P"} in groups(extraction)


@pytest.mark.parametrize(
    ("sentence", "required", "preferred"),
    [
        (
            "An associate degree is required, and a bachelor's, in HIM or nursing, is preferred.",
            "associate",
            "bachelor",
        ),
        (
            "An associate degree is the least we can accept (ADN or HIT), and a bachelor's, BSN or HIM, is something "
            "we'd genuinely like to see.",
            "associate",
            "bachelor",
        ),
    ],
)
def test_a_clause_of_its_own_after_and_a(extract, sentence, required, preferred):
    extraction = extract(f"CDI Specialist\n\n{sentence}\n")
    assert extraction.minimum_education("required") == required
    assert ids(extraction, "education").get(preferred) == "preferred"


@pytest.mark.parametrize(
    "sentence",
    [
        # a list's last item is no clause of its own
        "We prefer a CCS, a CPC, and an RHIT.",
        # nor one that measures itself by what came before
        "A coding credential isn't required, but it's a big plus if you have one: the CCS or CPC are the ones we "
        "see most, and an RHIT is just as welcome.",
    ],
)
def test_what_is_no_clause_of_its_own_takes_the_cue_before(extract, sentence):
    found = ids(extract(f"Analyst\n\n{sentence}\n"))
    assert found["RHIT"] == found["CCS"] != "required"


def test_an_applicant_s_question_asks_nothing(extract):
    extraction = extract("Coder\n\nHigh school diploma or GED.\n\nFAQ\nQ: Do I need a degree?\nA: No.\n")
    assert extraction.minimum_education("required") == "high_school"


def test_a_client_s_years_are_no_experience(extract):
    extraction = extract(
        "Coder\n\nThree years of inpatient coding required. This client has been a customer of ours for 15+ years.\n"
    )
    assert extraction.minimum_experience_years("required") == 3
