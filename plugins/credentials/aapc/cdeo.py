"""CDEO: Certified Documentation Expert - Outpatient (AAPC), outpatient CDI.

The inpatient version (CDEI) is unverified and not defined here.
"""

from screener_plugins.credentials.aapc import AAPC, AAPC_HELP, AAPC_MAINTAIN, exam, membership

from screener import Credential, Renewal, hookimpl

CDEO_PAGE = "https://www.aapc.com/certification/cdeo/"

CDEO = Credential(
    id="CDEO",
    name="Certified Documentation Expert - Outpatient",
    issuer=AAPC,
    aliases=[
        "Certified Documentation Expert Outpatient",
        "Certified Documentation Expert-Outpatient",
        "Certified Documentation Expert – Outpatient",
        "AAPC CDEO",
    ],
    prerequisites=[membership(CDEO_PAGE), exam("CDEO", CDEO_PAGE, " (100 questions, 4 hours)")],
    renewal=Renewal(
        ceus=36,
        cycle_years=2,
        description="AAPC CEUs every 2 years (36 for one credential), 16 of them documentation-specific",
        source=AAPC_HELP,
    ),
    url=CDEO_PAGE,
    sources=[CDEO_PAGE, AAPC_HELP, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [CDEO]
