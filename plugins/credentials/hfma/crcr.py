"""CRCR: Certified Revenue Cycle Representative (HFMA).

Asked of patient access, patient financial services and billing staff; HFMA
recommends it for revenue cycle staff including HIM [F1].
"""

from screener_plugins.credentials.hfma import HFMA, HFMA_CRCR_FAQ

from screener import Credential, Prerequisite, hookimpl

CRCR = Credential(
    id="CRCR",
    name="Certified Revenue Cycle Representative",
    issuer=HFMA,
    aliases=["HFMA CRCR"],
    prerequisites=[
        Prerequisite(
            kind="exam",
            description="Complete HFMA's CRCR self-study course and pass its exam (no prerequisite stated)",
            source=HFMA_CRCR_FAQ,
        )
    ],
    url=HFMA_CRCR_FAQ,
    sources=[HFMA_CRCR_FAQ],
)


@hookimpl
def screener_credentials():
    return [CRCR]
