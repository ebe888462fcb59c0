"""BMSC's home-care credentials: HCS-D, HCS-O, HCS-H and HCS-C, and BMSC itself as an issuer.

The four exams BMSC offers today [B1][B2]. Each is kept with 20 CEUs a year
[B3]. The exam is the one required condition documented; secondary sources
say there is no other and recommend about two years in the setting
(recommended, unverified) [B6][B7].
"""

from screener_plugins.credentials.bmsc import (
    BMSC,
    BMSC_FAQ,
    BMSC_FEES,
    BMSC_MAINTAIN,
    CAREERONESTOP_HCS_O,
    HCS_D_GUIDE,
    HCS_D_HANDBOOK,
    HCS_H_GUIDE,
    HCS_O_GUIDE,
    HOME_CARE_RENEWAL,
    ISSUER,
    exam,
    recommended_experience,
)

from screener import Credential, hookimpl


def _spellings(prefix: str, suffix: str) -> list[str]:
    """ "Home Care Coding Specialist - Diagnosis" as postings write it: with a hyphen, a dash, or none."""
    return [f"{prefix}-{suffix}", f"{prefix} – {suffix}", f"{prefix} {suffix}", f"{prefix} ({suffix})"]


HCS_D = Credential(
    id="HCS-D",
    name="Home Care Coding Specialist - Diagnosis",
    issuer=BMSC,
    aliases=[*_spellings("Home Care Coding Specialist", "Diagnosis"), "BMSC HCS-D"],
    prerequisites=[
        exam("HCS-D"),
        recommended_experience("home health coding", HCS_D_GUIDE),
    ],
    renewal=HOME_CARE_RENEWAL,
    url=BMSC_FAQ,
    sources=[BMSC_FAQ, BMSC_FEES, BMSC_MAINTAIN, HCS_D_HANDBOOK, HCS_D_GUIDE],
)

HCS_O = Credential(
    id="HCS-O",
    name="Home Care Clinical Specialist - OASIS",
    issuer=BMSC,
    aliases=[*_spellings("Home Care Clinical Specialist", "OASIS"), "BMSC HCS-O"],
    prerequisites=[exam("HCS-O"), recommended_experience("home care assessment (OASIS)", HCS_O_GUIDE)],
    renewal=HOME_CARE_RENEWAL,
    url=BMSC_FAQ,
    sources=[BMSC_FAQ, BMSC_FEES, BMSC_MAINTAIN, CAREERONESTOP_HCS_O, HCS_O_GUIDE],
)

HCS_H = Credential(
    id="HCS-H",
    name="Home Care Coding Specialist - Hospice",
    issuer=BMSC,
    aliases=[*_spellings("Home Care Coding Specialist", "Hospice"), "BMSC HCS-H"],
    prerequisites=[exam("HCS-H"), recommended_experience("hospice coding", HCS_H_GUIDE)],
    renewal=HOME_CARE_RENEWAL,
    url=BMSC_FAQ,
    sources=[BMSC_FAQ, BMSC_FEES, BMSC_MAINTAIN, HCS_H_GUIDE],
)

HCS_C = Credential(
    id="HCS-C",
    name="Home Care Specialist - Compliance",
    issuer=BMSC,
    aliases=[*_spellings("Home Care Specialist", "Compliance"), "BMSC HCS-C"],
    prerequisites=[exam("HCS-C")],
    renewal=HOME_CARE_RENEWAL,
    url=BMSC_FAQ,
    sources=[BMSC_FAQ, BMSC_FEES, BMSC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [HCS_D, HCS_O, HCS_H, HCS_C]


@hookimpl
def screener_issuers():
    return [ISSUER]
