"""CBCS: Certified Billing & Coding Specialist (NHA), entry level.

Employers typically rank it below the CPC or CCS (convention).
"""

from screener_plugins.credentials.nha import NHA, NHA_RENEWAL, RENEWAL, eligibility

from screener import Credential, hookimpl

ARMY_COOL = "https://www.cool.army.mil/search/CERT_CBCS4806.htm"
OLDER_HANDBOOK = "https://nerdyseal.com/cbcs-certification-essay-sample"

CBCS = Credential(
    id="CBCS",
    name="Certified Billing and Coding Specialist",
    issuer=NHA,
    aliases=["Certified Billing & Coding Specialist", "NHA CBCS"],
    prerequisites=eligibility("CBCS", OLDER_HANDBOOK),
    implies_education="high_school",
    renewal=RENEWAL,
    url=ARMY_COOL,
    sources=[OLDER_HANDBOOK, ARMY_COOL, NHA_RENEWAL],
)


@hookimpl
def screener_credentials():
    return [CBCS]
