"""CRC: Certified Risk Adjustment Coder (AAPC), the risk-adjustment specialty.

AAPC membership and an exam on ICD-10-CM, HCC models and RADV [P16, a
secondary source]. Apprentice rules are unverified.

"CRC" is also colorectal cancer and a clinical research coordinator: see ``lookalikes``.
"""

from screener_plugins.credentials.aapc import AAPC, AAPC_MAINTAIN, exam, membership

from screener import Credential, Lookalike, Renewal, hookimpl

CRC_ELIGIBILITY = "https://crcexamprep.com/blog/crc-exam-eligibility-requirements-2026-who-can-apply"

CRC = Credential(
    id="CRC",
    name="Certified Risk Adjustment Coder",
    issuer=AAPC,
    aliases=["AAPC CRC"],
    prerequisites=[
        membership(CRC_ELIGIBILITY),
        exam("CRC", CRC_ELIGIBILITY, " (ICD-10-CM, HCC models, RADV)"),
    ],
    renewal=Renewal(ceus=36, cycle_years=2, description="36 CEUs every 2 years", source=AAPC_MAINTAIN),
    lookalikes=[
        Lookalike(
            meaning="colorectal cancer",
            aliases=["CRC"],
            # (and the other sites a registry's studies list beside it: "(breast, lung, CRC, prostate)")
            cues=["colorectal", "screening", "colon", "cancer", "polyp", "breast", "prostate", "lung"],
        ),
        Lookalike(
            meaning="clinical research coordinator",
            aliases=["CRC"],
            cues=["clinical research", "research coordinator", "clinical trial", "IRB"],
        ),
        Lookalike(meaning="the UK carbon reduction commitment", aliases=["CRC"], cues=["carbon", "energy"]),
    ],
    url=CRC_ELIGIBILITY,
    sources=[CRC_ELIGIBILITY, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [CRC]
