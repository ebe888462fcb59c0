"""Postings changed after they were posted, announcements of several grades, employers that describe themselves in
the field's words, and schooling outside the usual degree ladder (the written51 round), with texts written for the
test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, years

# ---------------------------------------------------------------------- postings changed after they were posted


@pytest.mark.parametrize("label", ["UPDATE 6/12:", "*** UPDATE 6/12:", "Update 06/12/2025 -", "EDIT 2:"])
def test_an_update_dated_without_brackets_replaces_the_figure_it_restates(extract, label):
    extraction = extract(
        f"Orthopedic Coder\n\n{label} Minimum experience for ALL applicants is now 1 year of coding in a physician "
        "practice.\n\nRequirements:\n- CPC certification required\n- 3 years orthopedic coding experience required\n"
    )
    assert years(extraction) == {1.0}
    assert asked(extraction) == {"CPC": "required"}


def test_a_date_in_a_line_that_is_no_update_changes_nothing(extract):
    # "Updated 6/12" names when, not what changed: both figures are what they say
    extraction = extract(
        "Orthopedic Coder (posted 6/12)\n\nRequirements:\n- 3 years orthopedic coding experience required\n"
        "- CPC certification required\n"
    )
    assert years(extraction) == {3.0}


# ---------------------------------------------------------------------- employers in the field's own words


def test_a_team_counted_with_a_plus_works_code_sets_the_candidate_is_not_asked(extract):
    extraction = extract(
        "Cascade provides outsourced coding to 140 hospitals. Our 400+ credentialed coders work ICD-10-CM/PCS, CPT, "
        "HCPCS and APR-DRG accounts across every setting.\n\nRequirements:\n- CCS required\n- ICD-10-PCS coding\n"
    )
    coding = asked(extraction, "coding_system")
    assert coding == {"ICD-10-PCS": "required"}
    assert asked(extraction) == {"CCS": "required"}
