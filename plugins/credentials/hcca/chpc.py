"""CHPC: Certified in Healthcare Privacy Compliance (HCCA / CCB)."""

from screener_plugins.credentials.hcca import CCB_ELIGIBILITY, HCCA, eligibility

from screener import Credential, hookimpl

CHPC = Credential(
    id="CHPC",
    name="Certified in Healthcare Privacy Compliance",
    issuer=HCCA,
    aliases=["HCCA CHPC", "CCB CHPC"],
    prerequisites=eligibility("CHPC", "healthcare privacy compliance"),
    sources=[CCB_ELIGIBILITY],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CHPC]
