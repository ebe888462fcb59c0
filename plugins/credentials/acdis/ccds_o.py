"""CCDS-O: Certified Clinical Documentation Specialist - Outpatient (ACDIS).

One of the listed licences or credentials plus 2 years of outpatient CDI
experience, or 1 year outpatient and 1 year inpatient [C2]. Renewal is
unverified.
"""

from screener_plugins.credentials.acdis import ACDIS, holds, licence

from screener import Credential, Prerequisite, hookimpl

CCDS_O_ELIGIBILITY = "https://acdis.org/faq/208?category=199"

CCDS_O = Credential(
    id="CCDS-O",
    name="Certified Clinical Documentation Specialist-Outpatient",
    issuer=ACDIS,
    aliases=[
        "Certified Clinical Documentation Specialist - Outpatient",
        "Certified Clinical Documentation Specialist Outpatient",
        "CCDS Outpatient",
        "ACDIS CCDS-O",
    ],
    prerequisites=[
        licence("rn-md-do", CCDS_O_ELIGIBILITY),
        *[holds(c, CCDS_O_ELIGIBILITY) for c in ("RHIA", "RHIT", "CCS", "CPC", "CRC", "COC")],
        Prerequisite(
            kind="experience",
            description="2 years of outpatient CDI experience, or 1 year outpatient plus 1 year inpatient CDI",
            years=2,
            source=CCDS_O_ELIGIBILITY,
        ),
        Prerequisite(kind="exam", description="Pass the ACDIS CCDS-O exam", source=CCDS_O_ELIGIBILITY),
    ],
    url=CCDS_O_ELIGIBILITY,
    sources=[CCDS_O_ELIGIBILITY],
)


@hookimpl
def screener_credentials():
    return [CCDS_O]
