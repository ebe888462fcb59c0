"""Threads, people and lower routes, with sentences written for the test (the written19 round): a named person who
"was a" holder, a committee's counsel "who is" one, a team "led by" holders, a reader's question, "I have my ...",
letters after a signer's initial and post, holders "only" of one, "CCS only (...) are not eligible", pay components,
a body of rules, a company's code, "nice extra", "is nice", "in your favor", "don't require" and "we're open on",
"that's fine" and "is ok too" as one more choice, a firm that "leads" with its years, and "... is enough if" as the
lower route of experience.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import groups, ids


@pytest.mark.parametrize(
    "sentence",
    [
        "Marta was a CPMA and audited on the side for years.",
        "The committee is chaired by our general counsel, who is a CHC.",
        "You will join a team of 20 abstractors led by an ODS-C.",
        "The department has been led by directors holding the RHIA and CHPS since 1990.",
        "Comment: Do you accept CCA?",
        "Reply: I have my CCS, does that count?",
        "Members holding only a CPC or CRC must still meet route (A).",
        "Pay: 2.4 LPA (Basic + HRA + CCA + Conveyance).",
        "Leave is governed by the CCS (Leave) Rules.",
        "Follow HIPAA and the company COC at all times.",
    ],
)
def test_what_others_hold_or_other_senses_ask_nothing(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required. {sentence}\n")
    assert {k: v for k, v in ids(extraction).items() if v != "not_required"} == {"COC": "required"}


def test_a_signer_with_an_initial_and_a_post_before_the_letters(extract):
    extraction = extract("Coder\n\nCOC required.\n\nThanks,\nDana R., Coding Manager, RHIA, CCS\n")
    assert ids(extraction) == {"COC": "required"}


def test_holders_of_one_alone_turned_away(extract):
    extraction = extract(
        "CDI Specialist\n\nRHIA or RHIT required.\n*Coders holding CCS only (no RHIA/RHIT) are not eligible.\n"
    )
    assert ids(extraction).get("CCS") in (None, "not_required")


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("An RHIT is a nice extra.", "preferred"),
        ("An RHIT is nice if you have it.", "preferred"),
        ("If you hold an RHIT we'll count it in your favor.", "preferred"),
    ],
)
def test_more_wordings_of_a_preference(extract, sentence, strength):
    assert ids(extract(f"Clerk\n\nCOC required. {sentence}\n"))["RHIT"] == strength


@pytest.mark.parametrize(
    "sentence",
    ["We don't require a degree.", "What we dont need: a degree.", "We're open on a degree."],
)
def test_a_degree_said_not_needed(extract, sentence):
    extraction = extract(f"Coder\n\n{sentence} CPC required.\n")
    assert extraction.minimum_education() is None


def test_open_on_speaks_of_what_follows_only(extract):
    extraction = extract(
        "Registrar\n\nWe want someone with a year or more in a healthcare setting, ideally HIM, and we're open on "
        "which.\n"
    )
    assert extraction.minimum_experience_years("required") == 1


@pytest.mark.parametrize(
    "text",
    [
        "You will need a CPC or COC. If you are still a CPC-A that's fine as long as you have two years.",
        "CPC or COC required, no exceptions. CPC-A is ok too if you have done pro fee.",
    ],
)
def test_that_s_fine_and_is_ok_too_join_the_choice(extract, text):
    assert {"CPC", "COC", "CPC-A"} in groups(extract(f"Coder\n\n{text}\n"))


def test_a_firm_leading_with_its_years_is_no_experience(extract):
    extraction = extract(
        "ROI Specialist\n\nAcme Records is a national leader in release of information with 25+ years of experience."
        " You need 1 year of medical records experience.\n"
    )
    assert extraction.minimum_experience_years("required") == 1


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("We normally ask for a year of clinic coding, but six months is enough if it was in urgent care.", 0.5),
        ("You'll need four years of inpatient coding; three years is enough if one of them was in audit.", 3),
    ],
)
def test_a_lower_route_said_enough_is_the_bar(extract, text, years):
    assert extract(f"Coder\n\n{text}\n").minimum_experience_years("required") == years
