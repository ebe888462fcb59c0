"""CCA: Certified Coding Associate (AHIMA), the entry-level coding credential."""

from screener_plugins.credentials.ahima import AHIMA, AHIMA_RECERTIFICATION

from screener import Credential, Prerequisite, Renewal, hookimpl

CCA_PAGE = "https://www.ahima.org/certification/cca.aspx"

CCA = Credential(
    id="CCA",
    name="Certified Coding Associate",
    issuer=AHIMA,
    aliases=["AHIMA CCA"],
    prerequisites=[
        Prerequisite(
            kind="education", description="High school diploma or equivalent", education="high_school", source=CCA_PAGE
        ),
        Prerequisite(
            kind="experience",
            description="Recommended: 6 months of coding experience",
            required=False,
            years=0.5,
            route="recommended-experience",
            source=CCA_PAGE,
        ),
        Prerequisite(
            kind="education",
            description="Recommended: an AHIMA-approved coding program (PCAP) or a coding course covering "
            "A&P, terminology and basic ICD/CPT",
            required=False,
            education="certificate",
            route="recommended-program",
            source=CCA_PAGE,
        ),
        Prerequisite(kind="exam", description="Pass the AHIMA CCA exam", source=CCA_PAGE),
    ],
    implies_education="high_school",
    renewal=Renewal(ceus=20, cycle_years=2, source=AHIMA_RECERTIFICATION),
    url=CCA_PAGE,
    sources=[CCA_PAGE, AHIMA_RECERTIFICATION],
)


@hookimpl
def screener_credentials():
    return [CCA]
