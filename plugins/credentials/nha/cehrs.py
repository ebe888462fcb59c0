"""CEHRS: Certified Electronic Health Records Specialist (NHA), entry-level records/EHR work.

"EHR specialist" is not an alias: it is a job title at least as often.
"""

from screener_plugins.credentials.nha import NHA, NHA_HANDBOOK, NHA_RENEWAL, RENEWAL, eligibility

from screener import Credential, hookimpl

CEHRS = Credential(
    id="CEHRS",
    name="Certified Electronic Health Records Specialist",
    issuer=NHA,
    aliases=["Certified Electronic Health Record Specialist", "NHA CEHRS"],
    prerequisites=eligibility("CEHRS", NHA_HANDBOOK),
    implies_education="high_school",
    renewal=RENEWAL,
    url=NHA_HANDBOOK,
    sources=[NHA_HANDBOOK, NHA_RENEWAL],
)


@hookimpl
def screener_credentials():
    return [CEHRS]
