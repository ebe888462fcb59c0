"""HCCA credentials, awarded by its Compliance Certification Board (CCB).

Only a secondary source was found [B1]: compliance work experience plus
CEUs, details **unverified**; renewal unverified. Both credentials share
that, defined once here.
"""

from screener import Prerequisite

HCCA = "HCCA"
#: A secondary source on CCB eligibility. [B1]
CCB_ELIGIBILITY = "https://visualfoodie.com/eligibility-for-chc-healthcare-compliance-certification"


def eligibility(credential: str, field: str) -> list[Prerequisite]:
    return [
        Prerequisite(
            kind="experience",
            description=f"Work experience in {field}",
            source=CCB_ELIGIBILITY,
            verified=False,
        ),
        Prerequisite(
            kind="other",
            description=f"Continuing education units in {field} before the exam",
            source=CCB_ELIGIBILITY,
            verified=False,
        ),
        Prerequisite(kind="exam", description=f"Pass the CCB {credential} exam", source=CCB_ELIGIBILITY),
    ]
