"""Requirements written in prose, as recruiters write them, with sentences written for the test: the strength
carried by "we'd love", "would be great", "isn't required"; holders turned away ("No CPC-A candidates"); "a couple
of years".
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids


@pytest.mark.parametrize(
    "sentence",
    [
        "CPC required. It would be great if you also hold a CRC.",
        "CPC required; CRC would be great.",
        "CPC required. We'd love to see a CRC too.",
        "CPC required. We would also love a CRC.",
        "CPC required. A CRC is great to have.",
    ],
)
def test_what_would_be_great_or_loved_is_preferred(extract, sentence):
    assert ids(extract(f"Risk Adjustment Coder\n{sentence}\n")) == {"CPC": "required", "CRC": "preferred"}


def test_the_invitation_to_apply_prefers_nothing(extract):
    """ "we'd love to hear from you" closes a posting; the CPC before it stays required."""
    extraction = extract("Coder\nYou must hold a CPC and 2 years of coding experience: we'd love to hear from you.\n")
    assert ids(extraction) == {"CPC": "required"}
    assert extraction.minimum_experience_years("required") == 2


@pytest.mark.parametrize(
    "sentence",
    ["A CCS or CPC isn't required.", "You don't need a CCS or CPC to apply."],
)
def test_a_contracted_not_says_it_is_not_required(extract, sentence):
    extraction = extract(f"Coder\n{sentence}\n")
    strengths = {r.id: r.strength for r in extraction.of_kind("credential")}
    assert strengths == {"CCS": "not_required", "CPC": "not_required"}


@pytest.mark.parametrize("sentence", ["NO CPC-A candidates.", "No CPC-A applicants, please."])
def test_holders_turned_away_are_not_asked_for(extract, sentence):
    extraction = extract(f"Pro Fee Coder\nWe need a certified coder (CPC or COC). {sentence}\n")
    strengths = {r.id: r.strength for r in extraction.of_kind("credential")}
    assert strengths == {"CPC": "required", "COC": "required", "CPC-A": "not_required"}


def test_a_couple_of_years_is_two(extract):
    extraction = extract("HIM Technician\nYou have a couple of years of experience in a hospital HIM department.\n")
    assert extraction.minimum_experience_years("required") == 2
