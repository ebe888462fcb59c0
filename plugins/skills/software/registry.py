"""Cancer registry software: METRIQ, CNExT, CRStar.

Cancer registrars abstract cases into one of these, and their postings ask
for it by name ("Proficiency with registry software (CNExT or METRIQ)",
"Experience with METRIQ or CRStar registry software preferred"). No primary
source checked (unverified): the names are as the vendors write them.
"""

from screener import Skill, hookimpl

METRIQ = Skill(id="METRIQ", name="METRIQ", category="software", aliases=["Metriq", "Elekta METRIQ"])
CNEXT = Skill(id="CNExT", name="CNExT", category="software")
CRSTAR = Skill(id="CRStar", name="CRStar", category="software")


@hookimpl
def screener_skills():
    return [METRIQ, CNEXT, CRSTAR]
