"""The UK's patient record systems, as NHS postings name them: SystmOne, EMIS Web, Lorenzo, RiO.

SystmOne (TPP) and EMIS Web (EMIS Health) are the two main GP clinical
systems in England, SystmOne also in community and prison care [U1]; EMIS
Web replaced EMIS LV and PCS [U2]. Lorenzo (DXC, formerly CSC and iSoft) is
a hospital electronic patient record of about twenty trusts [U3]. RiO (CSE
Servelec, BT's deployment for London and the south of England) is the
record of most community and mental health trusts there [U4]; it is found
only as "RiO" or "RIO", since "Rio" is a place and a name too. Left out,
their names being ordinary words or places too: Medway (a town and its
trust), Vision, iPM.
"""

from screener import Skill, hookimpl

TPP = "https://tpp-uk.com/news/twenty-years-of-dedication-innovation-and-patient-care"  # [U1]
EMIS_WEB_ROLLOUT = "https://www.digitalhealth.net/2006/10/emis-web-to-be-rolled-out-to-1000-practices/"  # [U2]
LORENZO = "https://en.wikipedia.org/wiki/Lorenzo_(electronic_health_record)"  # [U3]
RIO_ROLLOUT = "https://www.computerweekly.com/news/2240184950/London-trusts-adopt-BT-electronic-health-records"  # [U4]

SYSTMONE = Skill(
    id="SystmOne",
    name="SystmOne",
    category="software",
    # as postings also write it: "SystemOne", "Systm One", "Systm 1"
    aliases=["TPP SystmOne", "System One", "SystemOne", "Systm One", "Systm1", "Systm 1", "S1 clinical system"],
    sources=[TPP],
)
EMIS_WEB = Skill(
    id="EMIS-Web",
    name="EMIS Web",
    category="software",
    aliases=["EMIS", "EMISWeb", "EMIS Health"],
    sources=[EMIS_WEB_ROLLOUT],
)
LORENZO_EPR = Skill(
    id="Lorenzo",
    name="Lorenzo",
    category="software",
    aliases=["Lorenzo EPR", "DXC Lorenzo"],
    sources=[LORENZO],
)

RIO = Skill(
    id="RiO",
    name="RiO",
    category="software",
    aliases=["RIO", "RiO EPR", "Servelec RiO"],
    as_written=["RiO"],
    sources=[RIO_ROLLOUT],
)


@hookimpl
def screener_skills():
    return [SYSTMONE, EMIS_WEB, LORENZO_EPR, RIO]
