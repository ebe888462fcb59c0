"""CCA: Certified Coding Associate (AHIMA), the entry-level coding credential.

Not discontinued: 7,972 holders at 31 Dec 2023 and still listed in 2025 [A14].
"CCA" is also a customer care associate, the Seattle Cancer Care Alliance and
others; those sentences give themselves away (see ``lookalikes``).
"""

from screener_plugins.credentials.ahima import AHIMA, AHIMA_RECERTIFICATION, AHIMA_RECERTIFICATION_FAQ

from screener import Credential, Lookalike, Prerequisite, Renewal, hookimpl

CCA_PAGE = "https://www.ahima.org/certification/cca.aspx"
STILL_OFFERED = "https://healthinformationmanagementprograms.com/careers/cca-certification/"

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
    renewal=Renewal(
        ceus=20,
        cycle_years=2,
        description="20 CEUs every 2 years; the annual coding self-review was dropped on 1 Jan 2021",
        source=AHIMA_RECERTIFICATION,  # self-review: AHIMA_RECERTIFICATION_FAQ [A5]
    ),
    lookalikes=[
        Lookalike(
            meaning="customer care associate, Cancer Care Alliance, child care, corrections",
            aliases=["CCA"],
            cues=["customer care", "call center", "cancer care alliance", "child care", "correction"],
        )
    ],
    url=CCA_PAGE,
    sources=[CCA_PAGE, AHIMA_RECERTIFICATION, AHIMA_RECERTIFICATION_FAQ, STILL_OFFERED],
)


@hookimpl
def screener_credentials():
    return [CCA]
