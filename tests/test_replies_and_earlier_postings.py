"""Replies, earlier postings and other wordings of the written21 round, with sentences written for the test: a
reply's "I'm CPC and COC" and "Im not RHIT", "Are they open to ...?", what an earlier version of the posting asked, an
ordinal before the letters ("7th CPC"), an "employee-owned CIC"; "a big plus", "would get our attention", "won't get
you through", "will NOT take", "They'll also take ... in its place"; a reader's own years.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import groups, ids


@pytest.mark.parametrize(
    "sentence",
    [
        "Reply: Interested! I'm CPC and COC and have 3 yrs ED.",
        "Reply: Im not RHIT tho, would that work?",
        "Reply: Are they open to CPC-A with 1 yr in urgent care?",
        "An earlier version of this posting listed the CEMC as required; that was an error.",
        "The last time we posted this role, it read CPC required.",
        "Pay Level (7th CPC): Level 6.",
        "We are proud to be an employee-owned CIC.",
        "Our coordinator, Theo, who holds the CCS, will meet you.",
    ],
)
def test_replies_and_other_senses_ask_nothing(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required.\n\n{sentence}\n")
    assert {k: v for k, v in ids(extraction).items() if v != "not_required"} == {"COC": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer hiring, not holding
        "I am hiring a CPC for my team.",
        "I have an opening for a CPC.",
    ],
)
def test_the_writer_hiring_still_asks(extract, sentence):
    assert ids(extract(f"Coder\n\n{sentence}\n")).get("CPC") == "required"


@pytest.mark.parametrize(
    ("sentence", "credential", "strength"),
    [
        ("Must have CPC or COC. CIRCC a big plus for the IR cases.", "CIRCC", "preferred"),
        ("RHIA required. The CHPS would be a meaningful plus given the privacy scope.", "CHPS", "preferred"),
        ("We do not require a credential. An RHIT would certainly get our attention.", "RHIT", "preferred"),
        ("CCS required. A CPC by itself won't get you through their HR screen.", "CPC", "not_required"),
        ("COC required. They will NOT take CPC-A's right now.", "CPC-A", "not_required"),
    ],
)
def test_more_wordings_of_strength(extract, sentence, credential, strength):
    assert ids(extract(f"Coder\n\n{sentence}\n")).get(credential) == strength


def test_also_take_in_its_place_is_one_more_choice(extract):
    extraction = extract("Inpatient Coder\n\nThe client requires the CCS. They'll also take a CIC in its place.\n")
    assert {"CCS", "CIC"} in groups(extraction)


@pytest.mark.parametrize(
    "reply",
    ["I'm a CCS w/ 8 yrs inpatient coding but 0 CDI, guess that counts me out.", "I have about 8 months doing ROI."],
)
def test_a_reader_s_own_years_are_no_experience_asked(extract, reply):
    extraction = extract(f"CDI Specialist\n\n- 3 years inpatient CDI experience required.\n\nComments:\n{reply}\n")
    assert extraction.minimum_experience_years("required") == 3
