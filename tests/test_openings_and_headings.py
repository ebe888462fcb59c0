"""Other openings, people and headings of the written23 round, with sentences written for the test: a line of
another opening with its status ("closed", "posting expected Q3", "filled 5/1"), "look for our ... posting", a post and
a first name before bracketed letters, a team of four words before its make-up in brackets; "won't get through", "I'd
be very interested in anyone holding", "... but is not a requirement"; the headings "Great if you also have:", "What
we'd love you to have", "What you get".
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids


@pytest.mark.parametrize(
    "sentence",
    [
        ">> HIM Supervisor (RHIA required) .......... closed",
        "Coding Auditor (CPMA required)                 - posting expected Q3",
        "Senior Coder (CCS required) - filled 5/1",
        "If you're an HCC/CRC coder, look for our Risk Adjustment Coder II posting instead.",
        "Our billing manager Trish (CPC, CPMA) will be your direct supervisor.",
        "Our US coding leadership team (RHIA, CCS, CCDS credentialed) works beside you.",
    ],
)
def test_other_openings_and_people_ask_nothing(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required.\n\n{sentence}\n")
    assert {k: v for k, v in ids(extraction).items() if v != "not_required"} == {"COC": "required"}


def test_a_job_to_be_filled_still_asks(extract):
    assert ids(extract("Coder\n\nYou need a CCS for the position to be filled.\n")).get("CCS") == "required"


@pytest.mark.parametrize(
    ("sentence", "credential", "strength"),
    [
        ("CRC required. A CPC or CCS on its own won't get through their compliance review.", "CPC", "not_required"),
        ("COC required. I'd also be very interested in anyone holding the CHDA.", "CHDA", "preferred"),
        ("An RHIT is welcome on your resume but is not a requirement for this position.", "RHIT", "not_required"),
    ],
)
def test_more_wordings_of_strength(extract, sentence, credential, strength):
    assert ids(extract(f"Coder\n\n{sentence}\n")).get(credential) == strength


@pytest.mark.parametrize("heading", ["Great if you also have:", "What we'd love you to have"])
def test_headings_of_a_preference(extract, heading):
    extraction = extract(f"Coder\n\nRequirements:\n- CPC\n\n{heading}\n- COSC\n")
    assert ids(extraction) == {"CPC": "required", "COSC": "preferred"}


def test_what_you_get_is_the_offer(extract):
    extraction = extract(
        "Coder\n\nGreat if you also have:\n- COSC\n\nWhat you get\n- Any specialty exam paid (CPMA, CPCO)\n"
    )
    assert ids(extraction) == {"COSC": "preferred"}
