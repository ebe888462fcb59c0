"""CDIP: Certified Documentation Improvement Practitioner (AHIMA), the peer of ACDIS's CCDS.

Eligibility is **unverified**. What is recorded is the historical rule of the
2016 candidate-guide era (from memory, [A13]): an RHIA, RHIT, CCS, CCS-P, RN,
MD or DO plus 2 years of CDI experience, or an associate degree plus 3 years.
"""

from screener_plugins.credentials.ahima import AHIMA, AHIMA_RECERTIFICATION, CANDIDATE_GUIDE

from screener import Credential, Prerequisite, Renewal, hookimpl


def _route(route: str, first: Prerequisite, years: float) -> list[Prerequisite]:
    experience = Prerequisite(
        kind="experience",
        description=f"{years:g} years of clinical documentation improvement (CDI) experience",
        years=years,
        route=route,
        source=CANDIDATE_GUIDE,
        verified=False,
    )
    return [first, experience]


def _credential(credential: str) -> Prerequisite:
    return Prerequisite.holding(credential, source=CANDIDATE_GUIDE, verified=False)


CDIP = Credential(
    id="CDIP",
    name="Certified Documentation Improvement Practitioner",
    issuer=AHIMA,
    # "Integrity": the name as AHIMA and postings now give it (CDI is "clinical documentation integrity"); "Document
    # Improvement": the 2014 candidate guide's table of contents
    aliases=[
        "AHIMA CDIP",
        "Certified Documentation Integrity Practitioner",
        "Certified Document Improvement Practitioner",
        # the name VA qualification standards give it ("Current Clinical Documentation Improvement Certifications
        # include: Clinical Documentation Improvement Practitioner (CDIP) ...")
        "Clinical Documentation Improvement Practitioner",
    ],
    prerequisites=[
        *[item for c in ("RHIA", "RHIT", "CCS", "CCS-P") for item in _route(c.lower(), _credential(c), 2)],
        *_route(
            "clinical-licence",
            Prerequisite(
                kind="other",
                description="An RN, MD or DO licence",
                route="clinical-licence",
                source=CANDIDATE_GUIDE,
                verified=False,
            ),
            2,
        ),
        *_route(
            "associate",
            Prerequisite(
                kind="education",
                description="An associate degree",
                education="associate",
                route="associate",
                source=CANDIDATE_GUIDE,
                verified=False,
            ),
            3,
        ),
        Prerequisite(kind="exam", description="Pass the AHIMA CDIP exam", source=CANDIDATE_GUIDE),
    ],
    renewal=Renewal(ceus=30, cycle_years=2, description="30 CEUs every 2 years", source=AHIMA_RECERTIFICATION),
    sources=[CANDIDATE_GUIDE, AHIMA_RECERTIFICATION],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CDIP]
