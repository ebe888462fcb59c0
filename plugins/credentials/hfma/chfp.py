"""CHFP: Certified Healthcare Financial Professional (HFMA).

Asked of revenue integrity, patient financial services and healthcare finance
leaders ("CRCR or CHFP a plus"), beside the CRCR of their staff [F2].
"""

from screener_plugins.credentials.hfma import HFMA, HFMA_CHFP_CHAPTER, HFMA_MAINTAINING

from screener import Credential, Prerequisite, Renewal, hookimpl

CHFP = Credential(
    id="CHFP",
    name="Certified Healthcare Financial Professional",
    issuer=HFMA,
    aliases=["HFMA CHFP"],
    prerequisites=[
        Prerequisite(
            kind="membership",
            description="Current regular or advanced HFMA membership (student membership does not count)",
            source=HFMA_CHFP_CHAPTER,
            verified=False,
        ),
        Prerequisite(
            kind="experience",
            description="Healthcare financial management experience (3 to 5 years, as an HFMA chapter states it)",
            years=3,
            source=HFMA_CHFP_CHAPTER,
            verified=False,
        ),
        Prerequisite(
            kind="exam",
            description="Pass the CHFP certification exam",
            source=HFMA_CHFP_CHAPTER,
            verified=False,
        ),
    ],
    renewal=Renewal(
        cycle_years=3,
        description="Remain an active HFMA member and complete 60 hours of eligible education every three years",
        source=HFMA_MAINTAINING,
    ),
    url=HFMA_CHFP_CHAPTER,
    sources=[HFMA_CHFP_CHAPTER, HFMA_MAINTAINING],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CHFP]
