"""Long-term and post-acute care EHRs: PointClickCare, MatrixCare, and home health's Homecare Homebase and WellSky.

Medical records posts in skilled nursing and long-term care ask for them
("Scan and index documents into PointClickCare", "PointClickCare experience
strongly preferred; MatrixCare ..."). No primary source checked
(unverified). "PCC" is not an alias: it is as often a primary care centre
or a patient care coordinator. Home health coders and medical records
staff name Homecare Homebase ("HCHB") and WellSky (unverified as well).
"""

from screener import Skill, hookimpl

POINTCLICKCARE = Skill(id="PointClickCare", name="PointClickCare", category="software", aliases=["Point Click Care"])
MATRIXCARE = Skill(id="MatrixCare", name="MatrixCare", category="software", aliases=["Matrix Care"])


HOMECARE_HOMEBASE = Skill(
    id="Homecare-Homebase", name="Homecare Homebase", category="software", aliases=["HCHB", "HomeCare HomeBase"]
)
WELLSKY = Skill(id="WellSky", name="WellSky", category="software")


@hookimpl
def screener_skills():
    return [POINTCLICKCARE, MATRIXCARE, HOMECARE_HOMEBASE, WELLSKY]
