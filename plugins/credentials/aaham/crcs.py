"""CRCS: Certified Revenue Cycle Specialist (AAHAM), institutional (CRCS-I) or professional (CRCS-P).

Asked of billing, patient accounts and payer-audit staff ("RHIT, CRCR or CRCS
preferred"). "CRCS" is also colorectal cancer screening in public health and
quality work: see ``lookalikes``.
"""

from screener_plugins.credentials.aaham import AAHAM, CRCS_OVERVIEW

from screener import Credential, Lookalike, Prerequisite, hookimpl

CRCS = Credential(
    id="CRCS",
    name="Certified Revenue Cycle Specialist",
    issuer=AAHAM,
    aliases=["CRCS-I", "CRCS-P", "AAHAM CRCS"],
    lookalikes=[
        Lookalike(
            meaning="colorectal cancer screening",
            aliases=["CRCS"],
            cues=["colorectal", "colonoscopy", "colon cancer", "cancer screening", "FIT test"],
        )
    ],
    prerequisites=[
        Prerequisite(
            kind="experience",
            description="A year in healthcare patient accounts, which AAHAM encourages before the exam",
            years=1,
            required=False,
            source=CRCS_OVERVIEW,
            verified=False,
        ),
        Prerequisite(
            kind="exam",
            description="Pass AAHAM's CRCS exam, in its institutional or professional form",
            source=CRCS_OVERVIEW,
            verified=False,
        ),
    ],
    url=CRCS_OVERVIEW,
    sources=[CRCS_OVERVIEW],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CRCS]
