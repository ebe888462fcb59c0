"""CPCO: Certified Professional Compliance Officer (AAPC)."""

from screener_plugins.credentials.aapc import AAPC, AAPC_HELP, AAPC_MAINTAIN, exam, membership

from screener import Credential, Renewal, hookimpl

CPCO_PAGE = "https://www.aapc.com:443/certification/cpco.aspx"

CPCO = Credential(
    id="CPCO",
    name="Certified Professional Compliance Officer",
    issuer=AAPC,
    aliases=["AAPC CPCO"],
    prerequisites=[membership(CPCO_PAGE), exam("CPCO", CPCO_PAGE)],
    renewal=Renewal(
        ceus=36,
        cycle_years=2,
        description="AAPC CEUs every 2 years (36 for one credential), 16 of them compliance-specific",
        source=AAPC_HELP,
    ),
    url=CPCO_PAGE,
    sources=[CPCO_PAGE, AAPC_HELP, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [CPCO]
