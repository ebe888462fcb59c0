"""People, other senses and figures of the written22 round, with sentences written for the test: "she's an ODS-C",
a name and post with the letters in brackets, "all of their coders are ... certified", a team's make-up in brackets, a
job's level after the letters ("ODS II"); "can't accept", "a feather in your cap"; figures a reply, a statistic, an
employer's service, a changed or earlier posting or a commitment give, which ask no experience.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids


@pytest.mark.parametrize(
    "sentence",
    [
        "The cancer registrar (she's an ODS-C) handles the registry.",
        "Send your resume to Karen Whitt, Practice Administrator (CPC, CPMA), who will train you.",
        "Coding is done by a contracted company (all of their coders are CCS or CPC certified).",
        "Our CDI team (RNs and CCDS-credentialed coders) will close the loop.",
        "Pay: ODS II $36.20 - $49.80/hr",
    ],
)
def test_what_others_hold_or_other_senses_ask_nothing(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required. {sentence}\n")
    assert {k: v for k, v in ids(extraction).items() if v != "not_required"} == {"COC": "required"}


@pytest.mark.parametrize(
    ("sentence", "credential", "strength"),
    [
        ("COC required. We can't accept the CPC-A for this position.", "CPC-A", "not_required"),
        ("COC required. If you've got the CEMC too, that's a feather in your cap.", "CEMC", "preferred"),
        # a deadline for another credential keeps the first asked
        ("A CPC is required; you must pass the CPMA within 12 months.", "CPC", "required"),
    ],
)
def test_more_wordings_of_strength(extract, sentence, credential, strength):
    assert ids(extract(f"Coder\n\n{sentence}\n")).get(credential) == strength


@pytest.mark.parametrize(
    "sentence",
    [
        "Comment: I have 9 yrs inpatient coding, CCS, no CDI yet.",
        "Comment: I have the CCA and 5 years of outpatient coding.",
        "Experience was lowered from 7 years to 3 years.",
        "Q: The first posting said 5 years of experience.",
        "Our practice has been serving the valley for 25+ years.",
        "The coders we placed this quarter averaged 7 years of experience.",
        "A $5,000 sign-on bonus comes with a 2 year commitment.",
        "The sign-on bonus comes with a 2 year bond.",
    ],
)
def test_figures_that_ask_no_experience(extract, sentence):
    extraction = extract(f"Coder\n\nThree years of coding experience required.\n\n{sentence}\n")
    assert extraction.minimum_experience_years("required") == 3
    assert {r.years for r in extraction.requirements if r.kind == "experience"} == {3}
