"""CCDS: Certified Clinical Documentation Specialist (ACDIS), inpatient CDI; the peer of AHIMA's CDIP.

Not registered as a built-in plugin yet (see the package docstring): the
test suite's third-party example plugin defines the CCDS id. Until then a
user gets it by registering this module (``Screener(plugins=[module])``).

Candidates must currently work as a CDI specialist and meet one route [C1].
One year means full-time, or more than 2,000 hours. Renewal is unverified.
"""

from screener_plugins.credentials.acdis import ACDIS, holds, licence

from screener import Credential, Prerequisite, hookimpl

CCDS_ELIGIBILITY = "http://www.acdis.org/faq/what-are-eligibility-requirements-ccds"

_INPATIENT_2 = "2 years of inpatient (IPPS) CDI experience (a year is full-time or more than 2,000 hours)"
_INPATIENT_3 = "3 years of inpatient CDI experience (a year is full-time or more than 2,000 hours)"


def _experience(route: str, description: str, years: float) -> Prerequisite:
    return Prerequisite(kind="experience", description=description, years=years, route=route, source=CCDS_ELIGIBILITY)


CCDS = Credential(
    id="CCDS",
    name="Certified Clinical Documentation Specialist",
    issuer=ACDIS,
    aliases=["ACDIS CCDS"],
    prerequisites=[
        Prerequisite(kind="experience", description="Currently employed as a CDI specialist", source=CCDS_ELIGIBILITY),
        licence("rn-md-do", CCDS_ELIGIBILITY),
        _experience("rn-md-do", _INPATIENT_2, 2),
        holds("RHIA", CCDS_ELIGIBILITY),
        _experience("rhia", _INPATIENT_2, 2),
        holds("RHIT", CCDS_ELIGIBILITY),
        _experience("rhit", _INPATIENT_2, 2),
        Prerequisite(
            kind="education",
            description="An allied-health associate degree including medical terminology and A&P",
            education="associate",
            route="allied-health",
            source=CCDS_ELIGIBILITY,
        ),
        _experience("allied-health", _INPATIENT_3, 3),
        Prerequisite(
            kind="education",
            description="Coursework in A&P, medical terminology and disease processes",
            route="coursework",
            source=CCDS_ELIGIBILITY,
        ),
        _experience("coursework", _INPATIENT_3, 3),
        holds("CCS", CCDS_ELIGIBILITY),
        _experience("ccs", _INPATIENT_3, 3),
        Prerequisite(kind="exam", description="Pass the ACDIS CCDS exam", source=CCDS_ELIGIBILITY),
    ],
    url=CCDS_ELIGIBILITY,
    sources=[CCDS_ELIGIBILITY],
)


@hookimpl
def screener_credentials():
    return [CCDS]
