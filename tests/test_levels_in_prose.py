"""Other levels of a job described inside prose, with sentences written for the test: when the title names one
level of a job ("Inpatient Coder II"), a clause that speaks only of another level of that job ("a Coder I ... needs a
CCA", "A CPC-A on its own is the Coder I path") asks nothing of this one. A level held as experience ("two years as a
Coder I"), a level of care ("a Level I trauma center") and a title that names several levels ask as before.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids

LADDER_IN_A_SENTENCE = (
    "Here is how our ladder works: a Coder I codes observation stays and needs a Certified Coding Associate (CCA); "
    "a Coder II (this opening) works on its own; and a Coder III takes trauma cases and needs the CDIP."
)


def test_a_clause_of_another_level_in_a_sentence_asks_nothing(extract):
    extraction = extract(f"Inpatient Coder II - Remote\n\n{LADDER_IN_A_SENTENCE}\nYou must hold the CCS.\n")
    assert ids(extraction) == {"CCS": "required"}


def test_the_reason_names_the_other_level(extract):
    extraction = extract(f"Inpatient Coder II - Remote\n\n{LADDER_IN_A_SENTENCE}\nYou must hold the CCS.\n")
    why = {d.id: d.reason for d in extraction.dismissed}
    assert "another level" in why["CCA"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A CCA or a CPC-A on its own is the Coder I path.",
        "If you see yourself as a III, that is posted separately (Coder III, for example, asks for the CRC).",
        "Our Coder I hires usually arrive with the CPC-A.",
    ],
)
def test_a_sentence_of_another_level_asks_nothing(extract, sentence):
    extraction = extract(f"Coder II - Outpatient\n\nYou will need a COC or a CPC. {sentence}\n")
    assert set(ids(extraction)) == {"COC", "CPC"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a level held as experience is asked of this one
        "You need two years of experience as a Coder I and the CCS.",
        "Two years performing the duties of a Coder I, and the CCS, are required.",
        "Coder I experience and the CCS are required.",
        # a level of care, not of the job
        "The CCS and two years at a Level I trauma center are required.",
        # the clause names this level as well
        "Coder II and Coder III must hold the CCS.",
    ],
)
def test_a_level_held_or_shared_still_asks(extract, sentence):
    assert ids(extract(f"Coder II - Outpatient\n\n{sentence}\n")) == {"CCS": "required"}


# (a title naming several levels of the job, "Coder I/II - Outpatient", makes the lowest the bar when no ladder lists
# them: tests/test_updates_grades_and_teams.py)
@pytest.mark.parametrize("title", ["Coder (Level 1, 2 or 3)", "Outpatient Coder"])
def test_a_title_of_no_level_or_several_leaves_each_level_asking(extract, title):
    extraction = extract(f"{title}\n\nA Coder III must hold the CCS.\n")
    assert "CCS" in ids(extraction)


def test_another_job_s_level_is_not_this_job_s(extract):
    extraction = extract("Coder II - Outpatient\n\nOur Analyst I colleagues must hold the CHDA. You need the CPC.\n")
    assert set(ids(extraction)) == {"CHDA", "CPC"}
