"""CPMA: Certified Professional Medical Auditor (AAPC), usually held on top of a CPC or CCS."""

from screener_plugins.credentials.aapc import AAPC, AAPC_HELP, AAPC_MAINTAIN, exam, membership

from screener import Credential, Prerequisite, Renewal, hookimpl

CPMA_PAGE = "http://www.aapc.com/certification/cpma.aspx"

CPMA = Credential(
    id="CPMA",
    name="Certified Professional Medical Auditor",
    issuer=AAPC,
    aliases=["AAPC CPMA"],
    prerequisites=[
        membership(CPMA_PAGE),
        exam("CPMA", CPMA_PAGE),
        Prerequisite(
            kind="experience",
            description="Recommended: coding or auditing experience",
            required=False,
            source=CPMA_PAGE,
            verified=False,
        ),
    ],
    renewal=Renewal(
        ceus=36,
        cycle_years=2,
        description="AAPC CEUs every 2 years (36 for one credential), 16 of them auditing-specific",
        source=AAPC_HELP,
    ),
    url=CPMA_PAGE,
    sources=[CPMA_PAGE, AAPC_HELP, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [CPMA]
