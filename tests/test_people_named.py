"""The letters of people a posting names or speaks of, wherever in a sentence they stand: a first and last name in
capitals with letters after it, "she holds", "our director is an RHIA". Sentences written for the test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids


@pytest.mark.parametrize(
    "sentence",
    [
        "You will shadow Rosa Delgado, CPC, CPB, our billing lead, for two weeks.",
        "Reach out to Omar Haddad, RHIT, with any questions about the role.",
        "Apply online or text Lena Marsh, RHIA, CCS - Talent Partner, HIM.",
        "Your preceptor will be Priya Nair, ODS-C.",
        "Led by Grace Obi, RHIA, the department releases 40,000 records a year.",
        "Posted by Kim Tran, CPC, CPMA",
        "Our founder Sam Ortiz, CPC, opened the practice in 2011.",
        "You will report to Dr. Ana Ruiz, MD, CCDS.",
        "Questions? Write to hr@example.org (Jo Banks, RHIA).",
        "Meet your trainer - Tom J. Reyes, CCS, CPC.",
    ],
)
def test_the_letters_after_a_person_s_name_ask_nothing(extract, sentence):
    extraction = extract(f"Coder\nRequirements: COC required.\n{sentence}\n")
    assert ids(extraction) == {"COC": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "She holds the RHIA and the CCS.",
        "He is a CPC and a CRC.",
        "Our director is an RHIA with twenty years in HIM.",
        "Our coding educator holds the CCS.",
    ],
)
def test_what_someone_the_posting_speaks_of_holds_is_not_asked(extract, sentence):
    extraction = extract(f"Coder\nRequirements: COC required.\n{sentence}\n")
    assert ids(extraction) == {"COC": "required"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product, then a choice; a product before a credential
        ("Coder\nBonus points: experience navigating Epic Care Everywhere, CPMA or CDIP\n", {"CPMA", "CDIP"}),
        ("Coder\nRequirements\n- Experience with Cerner Millennium, CCS preferred\n", {"CCS"}),
        # words of the field, of a page's furniture
        ("Coder\nRequirements\n- Health Information, RHIT\n", {"RHIT"}),
        ("Coder\nRequirements\n- Remote Position, CPC required\n", {"CPC"}),
        # the candidate, in older postings' words; the post the posting hires for
        ("Coder\nThe ideal candidate: he/she has a CPC credential.\n", {"CPC"}),
        ("Coding Manager\nOur ideal coding manager holds an RHIA.\n", {"RHIA"}),
        # a name in lower case is no name
        ("Coder\nRequirements\n- coding and billing, CPC\n", {"CPC"}),
    ],
)
def test_what_is_no_person_s_name_still_asks(extract, text, expected):
    assert set(ids(extract(text))) == expected
