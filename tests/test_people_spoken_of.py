"""Other people's letters, read by two rules (the twentieth session folded four into them): letters after a person's
name as written, however the name is spelled or introduced, and someone spoken of who holds, has or is the letters.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids


@pytest.mark.parametrize(
    "sentence",
    [
        # a name with a middle name, an initial, "Mc" or an apostrophe, anywhere in a sentence
        "You will shadow Mary Ann Castillo, RHIA, for your first month.",
        "Reach out to Sean O'Brien, CCS, with questions.",
        "Training is run by Kate McDonald, RHIT, CCS.",
        "Your onboarding buddy is J. Whitaker, CCS.",
        # a word that points to whom to write
        "Email Dana Whitfield, RHIA, CHPS for the full description.",
        "Questions? Call Luis Ortega, RHIT at extension 4410.",
        # a first name that holds or earned the letters
        "Maria holds the CDIP and runs our CDI huddles.",
        "Priya earned the CCS last spring.",
        # a post that was one
        "Our last director was an RHIA with 30 years in the field.",
        "He still holds the CCS from his inpatient days.",
    ],
)
def test_letters_of_other_people_ask_nothing(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required. {sentence}\n")
    assert {k: v for k, v in ids(extraction).items() if v != "not_required"} == {"COC": "required"}


@pytest.mark.parametrize(
    ("sentence", "credential", "strength"),
    [
        # a capitalised word that is no one's name before "is" or "holds"
        ("Priority is given to a CCS.", "CCS", "preferred"),
        ("Minimum requirement is a CCS.", "CCS", "required"),
        # a product of three capitalised words before the letters is no name
        ("Experience with Kaiser Permanente HealthConnect, CCS required.", "CCS", "required"),
        # the candidate who holds them
        ("The successful candidate holds the RHIT.", "RHIT", "required"),
    ],
)
def test_words_that_are_no_one_s_name_still_ask(extract, sentence, credential, strength):
    assert ids(extract(f"Coder\n\n{sentence}\n")).get(credential) == strength
