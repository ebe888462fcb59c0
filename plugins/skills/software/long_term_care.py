"""Long-term and post-acute care EHRs: PointClickCare, MatrixCare.

Medical records posts in skilled nursing and long-term care ask for them
("Scan and index documents into PointClickCare", "PointClickCare experience
strongly preferred; MatrixCare ..."). No primary source checked
(unverified). "PCC" is not an alias: it is as often a primary care centre
or a patient care coordinator.
"""

from screener import Skill, hookimpl

POINTCLICKCARE = Skill(id="PointClickCare", name="PointClickCare", category="software", aliases=["Point Click Care"])
MATRIXCARE = Skill(id="MatrixCare", name="MatrixCare", category="software", aliases=["Matrix Care"])


@hookimpl
def screener_skills():
    return [POINTCLICKCARE, MATRIXCARE]
