"""A career page's ladder whose open level is marked at its line's end ("Coder II  <-- OPEN", "Coder II - NOW
HIRING", "Level 2 [open]"): the other levels' paragraphs describe other jobs and ask nothing of this one.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import ids

LADDER = """Careers at Lakeview Health

Our coding ladder has three levels.

Coder I{first}
Entry level. CCA or CPC-A. No experience needed.

Coder II{second}
Codes inpatient records. Full description below.

Coder III{third}
CCS required; five years of inpatient coding. CDIP a plus.

About the position
Requirements: CPC or COC required. RHIT preferred.
"""


@pytest.mark.parametrize(
    "mark",
    ["  <-- OPEN", " - NOW HIRING", " (Inpatient) <-- open", " [OPEN]", " ** Hiring now **", " → open"],
)
def test_the_level_marked_open_is_the_posting_s(extract, mark):
    found = ids(extract(LADDER.format(first="", second=mark, third=" (filled)")))
    assert found == {"CPC": "required", "COC": "required", "RHIT": "preferred"}


@pytest.mark.parametrize(
    "second",
    [
        "",  # no level marked: each level is a way in
        " - Open to remote candidates in MN and WI",  # "open" that goes on: not a mark
    ],
)
def test_no_level_marked_reads_every_level(extract, second):
    found = ids(extract(LADDER.format(first="", second=second, third="")))
    assert {"CCA", "CPC-A", "CCS"} <= set(found)
