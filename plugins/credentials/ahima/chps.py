"""CHPS: Certified in Healthcare Privacy and Security (AHIMA).

The eligibility tiers are those of AHIMA's CHPS page as of about 2020 [A3]:
any one of them suffices. Whether they are still current is **unverified**.
"""

from typing import TYPE_CHECKING

from screener_plugins.credentials.ahima import AHIMA, AHIMA_RECERTIFICATION

from screener import Credential, Lookalike, Prerequisite, Renewal, hookimpl

if TYPE_CHECKING:
    from screener import EducationLevel

CHPS_PAGE = "https://cms-test.ahima.org/certification-careers/certification-exams/chps/"


def _tier(route: str, first: Prerequisite, years: float) -> list[Prerequisite]:
    experience = Prerequisite(
        kind="experience",
        description=f"{years:g} years of healthcare privacy or security management experience",
        years=years,
        route=route,
        source=CHPS_PAGE,
        verified=False,
    )
    return [first, experience]


def _education(route: str, description: str, level: "EducationLevel") -> Prerequisite:
    return Prerequisite(
        kind="education", description=description, education=level, route=route, source=CHPS_PAGE, verified=False
    )


def _credential(credential: str) -> Prerequisite:
    return Prerequisite.holding(credential, source=CHPS_PAGE, verified=False)


CHPS = Credential(
    id="CHPS",
    name="Certified in Healthcare Privacy and Security",
    issuer=AHIMA,
    aliases=["Certified in Healthcare Privacy & Security", "AHIMA CHPS"],
    prerequisites=[
        *_tier("high-school", _education("high-school", "High school diploma or GED", "high_school"), 6),
        *_tier("associate", _education("associate", "An associate degree", "associate"), 4),
        *[item for c in ("CCA", "CCS", "CCS-P", "RHIT") for item in _tier(c.lower(), _credential(c), 4)],
        *_tier("bachelor", _education("bachelor", "A bachelor's degree", "bachelor"), 2),
        *_tier("rhia", _credential("RHIA"), 2),
        *_tier("master", _education("master", "A master's degree, JD, MD or PhD", "master"), 1),
        Prerequisite(kind="exam", description="Pass the AHIMA CHPS exam", source=CHPS_PAGE),
    ],
    lookalikes=[
        Lookalike(
            meaning="a clinical health psychology service (UK)",
            aliases=["CHPS"],
            cues=["psycholog", "NHS"],
        )
    ],
    renewal=Renewal(ceus=30, cycle_years=2, description="30 CEUs every 2 years", source=AHIMA_RECERTIFICATION),
    url=CHPS_PAGE,
    sources=[CHPS_PAGE, AHIMA_RECERTIFICATION],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CHPS]
