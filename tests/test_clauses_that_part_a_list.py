"""Clauses that part a list or speak of a credential as one that will not do, with sentences written for the test:
a semicolon that ends a clause before a list joined by "or", "if you have ..., that's not going to work", and the
letters after a long name and title on a "Reports to:" line.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids


def test_a_semicolon_ends_the_must_before_a_choice_that_would_be_nice(extract):
    extraction = extract("Coder II\n\nMust have a CPC; RHIT or CCS would be nice, but neither is required.\n")
    assert ids(extraction) == {"CPC": "required", "RHIT": "preferred", "CCS": "preferred"}


def test_a_list_of_semicolons_stays_one_list(extract):
    extraction = extract("Coder II\n\nCredentials: RHIT; RHIA; or CCS preferred.\n")
    assert ids(extraction) == {"RHIT": "preferred", "RHIA": "preferred", "CCS": "preferred"}


@pytest.mark.parametrize(
    "sentence",
    [
        "If you have a CPC-A, unfortunately that's not going to work for this role.",
        "If all you've got is the CCA, it won't cut it.",
        "if you only have your CCA then it isnt enough",
    ],
)
def test_what_will_not_do_is_not_asked(extract, sentence):
    extraction = extract(f"Coder\n\nCPC required. {sentence}\n")
    assert asked(extraction) == {"CPC": "required"}


def test_what_will_do_is_still_asked(extract):
    extraction = extract("Coder\n\nCPC required. If you have a CCS instead, that will work too.\n")
    assert "CCS" in ids(extraction)


def test_the_letters_on_a_long_reports_to_line_are_not_asked(extract):
    extraction = extract(
        "HIM Technician\n\nReports to: Dana Whitfield, Director of Health Information Management and Privacy "
        "(RHIA, CHPS)\nRequirements: RHIT required.\n"
    )
    assert ids(extraction) == {"RHIT": "required"}


def test_a_semicolon_and_or_go_on_with_the_choice(extract):
    extraction = extract(
        "CDI Specialist\n\nCertification: must have either a coding certification or a CDI certification: CCS, RHIT "
        "or CIC; or CDIP or CCDS.\n"
    )
    assert groups(extraction) == [{"CCS", "RHIT", "CIC", "CDIP", "CCDS"}]
