"""BMSC credentials: the Board of Medical Specialty Coding & Compliance.

BMSC certifies home-care coders and clinicians (HCS-D, HCS-O, HCS-H, HCS-C),
with exams registered through DecisionHealth's Association of Home Care
Coding & Compliance (AHCC) and taken at PSI test centres [B1][B2]. Its former
site (medicalspecialtycoding.com) also listed physician-practice credentials,
the SCP, ACS and CCP-P [B4]; BMSC lists no exam for them today.

What could not be verified: BMSC's own eligibility rules. Secondary sources
say the home-care exams have no formal prerequisite and recommend about two
years of experience in the setting [B6][B7]; those facts are marked
unverified. The SCP, ACS and CCP-P: whether they are still awarded, and what
they required.

Sources:
[B1] https://ahcc.decisionhealth.com/bmsc-faqs (the exams: HCS-C, HCS-D, HCS-H, HCS-O)
[B2] https://ahcc.decisionhealth.com/fees (the exams' full names; recertification fee)
[B3] https://ahcc.decisionhealth.com/maintaining-your-credentials (yearly recertification: 20 CEUs)
[B4] http://www.medicalspecialtycoding.com/renewal.aspx (BMSC's former site: SCP, ACS, CCP-P, HCS-D renewal)
[B5] https://www.mynextmove.org/profile/certinfo/11982-A (CareerOneStop: HCS-O, renewed every year)
[B6] https://medcodely.com/study-guides/home-care-coding-specialist-hospice-hcs-h (secondary)
[B7] https://medcodely.com/study-guides/home-care-clinical-specialist-oasis-hcs-o (secondary)
     https://medcodely.com/study-guides/home-care-coding-specialist-diagnosis-hcs-d (secondary)
[B8] https://1library.net/document/zll73r6z-board-of-medical-specialty-coding.html (HCS-D candidate handbook)
"""

from screener import Issuer, Lookalike, Prerequisite, Renewal

BMSC = "BMSC"
BMSC_FAQ = "https://ahcc.decisionhealth.com/bmsc-faqs"
BMSC_FEES = "https://ahcc.decisionhealth.com/fees"
BMSC_MAINTAIN = "https://ahcc.decisionhealth.com/maintaining-your-credentials"
BMSC_FORMER_RENEWAL = "http://www.medicalspecialtycoding.com/renewal.aspx"
CAREERONESTOP_HCS_O = "https://www.mynextmove.org/profile/certinfo/11982-A"
HCS_D_GUIDE = "https://medcodely.com/study-guides/home-care-coding-specialist-diagnosis-hcs-d"
HCS_H_GUIDE = "https://medcodely.com/study-guides/home-care-coding-specialist-hospice-hcs-h"
HCS_O_GUIDE = "https://medcodely.com/study-guides/home-care-clinical-specialist-oasis-hcs-o"
HCS_D_HANDBOOK = "https://1library.net/document/zll73r6z-board-of-medical-specialty-coding.html"

ISSUER = Issuer(
    id=BMSC,
    name="Board of Medical Specialty Coding & Compliance",
    note="Exams registered through DecisionHealth's Association of Home Care Coding & Compliance (AHCC) and "
    "taken at PSI test centres; formerly also the SCP, ACS and CCP-P for physician practices.",
    url=BMSC_FAQ,
    sources=[BMSC_FAQ, BMSC_FEES, BMSC_FORMER_RENEWAL],
)

#: The home-care credentials: renewed every year with 20 CEUs, 10 of them from BMSC's self-assessments. [B3][B2]
HOME_CARE_RENEWAL = Renewal(
    ceus=20,
    cycle_years=1,
    description="20 CEUs every year (10 from activities, 10 from BMSC's annual self-assessments) and the "
    "recertification fee; revoked 90 days after expiry",
    source=BMSC_MAINTAIN,
)


def exam(credential: str) -> Prerequisite:
    """The BMSC exam, registered through DecisionHealth and taken at a PSI centre. [B1]"""
    return Prerequisite(kind="exam", description=f"Pass the BMSC {credential} exam", source=BMSC_FAQ)


def recommended_experience(setting: str, source: str) -> Prerequisite:
    """About two years in the setting, recommended, not required (secondary sources only). [B6][B7]"""
    return Prerequisite(
        kind="experience",
        description=f"About 2 years of {setting} experience recommended (no formal prerequisite)",
        required=False,
        years=2,
        source=source,
        verified=False,
    )


def only_as_a_credential(acronym: str, meaning: str) -> Lookalike:
    """An acronym with meanings far more common than the credential: a credential only where the words say so."""
    return Lookalike(meaning=meaning, aliases=[acronym], everywhere=True)
