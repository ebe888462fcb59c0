"""CHDA: Certified Health Data Analyst (AHIMA), the analytics specialty.

No current eligibility rule was found: historically it was tiered by degree
plus years of healthcare-data experience (unverified), so no prerequisites
are recorded, only a note.
"""

from screener_plugins.credentials.ahima import AHIMA, AHIMA_RECERTIFICATION

from screener import Credential, Renewal, hookimpl

CHDA = Credential(
    id="CHDA",
    name="Certified Health Data Analyst",
    issuer=AHIMA,
    aliases=["AHIMA CHDA"],
    prerequisites_note="unverified: historically tiered by degree plus years of healthcare-data experience; "
    "no current rule documented",
    renewal=Renewal(ceus=30, cycle_years=2, description="30 CEUs every 2 years", source=AHIMA_RECERTIFICATION),
    sources=[AHIMA_RECERTIFICATION],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CHDA]
