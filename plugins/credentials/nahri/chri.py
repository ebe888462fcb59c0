"""CHRI: Certification in Healthcare Revenue Integrity (NAHRI).

Asked of revenue integrity and chargemaster staff ("CHRI preferred"). "CHRI"
is also criminal history record information, which police and court records
jobs handle under the FBI's CJIS rules: see ``lookalikes``.
"""

from screener_plugins.credentials.nahri import CHRI_EXAM_OUTLINE, NAHRI, NAHRI_CERTIFICATION

from screener import Credential, Lookalike, Prerequisite, hookimpl

CHRI = Credential(
    id="CHRI",
    name="Certification in Healthcare Revenue Integrity",
    issuer=NAHRI,
    aliases=["NAHRI CHRI", "Certified in Healthcare Revenue Integrity"],
    lookalikes=[
        Lookalike(
            meaning="criminal history record information (CJIS)",
            aliases=["CHRI"],
            cues=["criminal", "CJIS", "NCIC", "law enforcement", "police"],
        )
    ],
    prerequisites=[
        Prerequisite(
            kind="exam",
            description="Apply with the candidate's work and education history and pass NAHRI's CHRI exam",
            source=NAHRI_CERTIFICATION,
            verified=False,
        )
    ],
    url=NAHRI_CERTIFICATION,
    sources=[NAHRI_CERTIFICATION, CHRI_EXAM_OUTLINE],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CHRI]
