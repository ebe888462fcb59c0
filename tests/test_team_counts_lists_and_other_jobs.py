"""People, lists and other jobs of the written26 round, with sentences written for the test: a team counted in words
or by its make-up in brackets, a reader's own background, backgrounds that are all fine, a stand-in until the asked
credential is passed, "isn't on the list", "is great but it's more ...", a question whether it will be required
later, an exam's renewal paid, and a page's list of other jobs.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked


@pytest.mark.parametrize(
    "sentence",
    [
        "My team: two analysts (one RHIT, one CHDA, both 6+ years with me) and a senior analyst.",
        "We're a coding team of 18 (all CRC or CPC, a few with both) plus two auditors.",
        "I've been inpatient coding 6 yrs, RHIT, CCS.",
        "Clinical documentation is the job, so RN/LPN/RHIT/RHIA backgrounds are all fine.",
        "Tasha: CCA isnt on the list girl, ask her tho",
        "CHPS is great but it's more privacy/security.",
        "Is CPMA going to be required later?",
        "We offer a pension plan and payment of your ODS-C recertification and annual maintenance fee.",
    ],
)
def test_what_others_hold_or_the_job_does_not_ask_is_not_asked(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required.\n{sentence}\n")
    assert asked(extraction) == {"COC": "required"}


def test_a_stand_in_until_the_crc_is_passed(extract):
    extraction = extract(
        "Risk Adjustment Coder\n\nCRC required. If you hold the CPC or CCS-P instead, we'll hire you and you must pass "
        "the CRC within nine months.\n"
    )
    assert asked(extraction) == {"CRC": "required"}


@pytest.mark.parametrize("heading", ["Explore other jobs", "See similar jobs"])
def test_a_page_s_list_of_other_jobs_asks_nothing(extract, heading):
    extraction = extract(
        f"Inpatient Coder\n\nRequirements:\n- CCS required\n\n{heading}\n"
        "Coding Quality Auditor - CPMA required - Navasota River Health System\n"
        "Outpatient Coder (CPC/COC) - Aggieland Physician Partners\n"
    )
    assert asked(extraction) == {"CCS": "required"}
