"""Prose postings' people and other levels, saved pages' long labels, and wording from abroad, with sentences written
for the test (the written17 round): posts with "&" or a possessive before them, "has her CCS", "hold our CPC",
"neither is required", "that's a bonus", "NO CPC-A", "CTR/CTC clearance", holders who "are ... certified" and must
also hold another, a long "Perks:" line, "You'll need", "would set you apart", "(6 months minimum)" under a
preferred heading, "enrolled in" a programme, a "4-year course", and levels "posted separately" or "not open".
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids, levels


@pytest.mark.parametrize(
    "sentence",
    [
        "You would report to our Quality & Records Manager, who holds the RHIA and CHPS.",
        "For two weeks you will shadow the practice's coding lead (CPMA, CEMC).",
        "The billing manager there has her CPB and CPC, and she trains every new hire.",
        "Our recruiters came up as coders, and several of us still hold our CCS and CRC.",
    ],
)
def test_what_people_the_posting_speaks_of_hold_is_not_asked(extract, sentence):
    extraction = extract(f"Coder\nRequirements: COC required.\n{sentence}\n")
    assert ids(extraction) == {"COC": "required"}


def test_a_bonus_that_is_not_required_is_preferred(extract):
    extraction = extract("Analyst\nIf you hold the CHDA or the RHIA, that's a bonus, though neither is required.\n")
    assert ids(extraction) == {"CHDA": "preferred", "RHIA": "preferred"}


@pytest.mark.parametrize(
    ("sentence", "strength"), [("CPC, which is preferred.", "preferred"), ("CPC, it is a must.", "required")]
)
def test_a_pronoun_that_points_back_carries_its_cue_back(extract, sentence, strength):
    assert ids(extract(f"Coder\n{sentence}\n")) == {"CPC": strength}


def test_a_credential_after_no_is_turned_away(extract):
    extraction = extract("Coder\nQualifications:\n- With active CCS-P certification - NO CPC-A\n")
    assert ids(extraction) == {"CCS-P": "required", "CPC-A": "not_required"}


def test_a_security_clearance_named_by_letters_is_no_credential(extract):
    extraction = extract("Coder\nYou will need to obtain CTR/SC clearance before you start.\nACC essential.\n")
    assert "CTR" not in ids(extraction)


def test_holders_who_are_certified_abroad_and_must_also_hold_another_are_not_asked(extract):
    extraction = extract(
        "Coder\nAll applicants must hold CHIM. Applicants who are CCS-P certified through AHIMA (U.S.) must also hold "
        "CHIM to be considered.\n"
    )
    assert "CCS-P" not in ids(extraction)


def test_a_long_line_under_a_short_label_of_what_is_offered_offers_it(extract):
    extraction = extract(
        "Coder\nQualifications:\n- Active CPC\n\nPerks: HMO with dependents from day 1, 13th month pay, a fully paid "
        "CRC exam and review course, rice allowance, free parking\n"
    )
    assert ids(extraction) == {"CPC": "required"}


def test_what_you_ll_need_is_required(extract):
    extraction = extract(
        "Registrar\nYou'll need an associate degree, or a registry certificate program, and a bachelor's in a health "
        "field is preferred.\n"
    )
    assert levels(extraction) == [("associate", "required"), ("certificate", "required"), ("bachelor", "preferred")]


def test_what_would_set_you_apart_is_preferred(extract):
    extraction = extract("Analyst\nYou'll need a bachelor's degree in HIM, and a master's would set you apart.\n")
    assert levels(extraction) == [("bachelor", "required"), ("master", "preferred")]


def test_a_minimum_right_after_a_figure_under_a_preferred_heading_is_preferred(extract):
    extraction = extract("Records Officer\nDesirable\n- Experience in a records office (6 months minimum)\n")
    assert [(r.years, r.strength) for r in extraction.of_kind("experience")] == [(0.5, "preferred")]


def test_a_programme_the_candidate_may_be_enrolled_in_is_not_asked(extract):
    extraction = extract(
        "HIM Technician\nYou'll need a high school diploma. If you're enrolled in an HIT associate degree program, "
        "tell us and we will flex your hours.\n"
    )
    assert levels(extraction) == [("high_school", "required")]


def test_a_four_year_course_is_a_bachelor_s(extract):
    extraction = extract("E/M Coder\nQualifications:\n- Graduate of any 4-year course\n")
    assert levels(extraction) == [("bachelor", "required")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Records Technician II also codes and has to hold the RHIT; that position isn't open right now.",
        "If you are a Coder III, those roles are posted separately (they ask for the CCS and five years of coding).",
    ],
)
def test_what_another_level_posted_elsewhere_asks_is_not_asked(extract, sentence):
    extraction = extract(f"Coder II\nRequirements: COC required, two years of coding.\n{sentence}\n")
    assert ids(extraction) == {"COC": "required"}
    assert extraction.minimum_experience_years("required") == 2
