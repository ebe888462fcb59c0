"""HFMA (Healthcare Financial Management Association) credentials: the revenue cycle.

HFMA's own FAQ [F1] describes the CRCR as a self-study course and an exam
that any individual may buy, members or not; it states no education or
experience prerequisite. Renewal is not stated there and is not recorded.
"""

HFMA = "HFMA"
#: HFMA's FAQ on the CRCR program. [F1]
HFMA_CRCR_FAQ = "https://www.hfma.org/Content.aspx?id=50076"
