"""CTR: Certified Tumor Registrar (NCRA), renamed Oncology Data Specialist in 2024."""

from screener_plugins.credentials.ncra import NCRA, NCRA_ELIGIBILITY

from screener import Credential, Lookalike, Prerequisite, Renewal, hookimpl

CURRENT = "https://www.ncra-usa.org/ODS-Credential/Current-ODS"

CTR = Credential(
    id="CTR",
    name="Certified Tumor Registrar",
    issuer=NCRA,
    aliases=["Certified Tumour Registrar"],
    prerequisites=[
        Prerequisite(
            kind="education",
            description="Route A1: an NCRA-accredited associate degree program and its practicum",
            education="associate",
            accreditation="NCRA",
            route="A1",
            source=NCRA_ELIGIBILITY,
        ),
        Prerequisite(
            kind="education",
            description="Route A2: an associate degree (or 60 college credits) plus an NCRA-accredited "
            "certificate program and its practicum",
            education="associate",
            accreditation="NCRA",
            route="A2",
            source=NCRA_ELIGIBILITY,
        ),
        Prerequisite(
            kind="experience",
            description="Route B: any associate degree (or 60 credits) with 2 semesters of A&P, plus 1,950 hours "
            "(one year full-time) of cancer-registry experience",
            education="associate",
            years=1,
            route="B",
            source=NCRA_ELIGIBILITY,
        ),
        Prerequisite(kind="exam", description="Pass the NCRA credentialing exam", source=NCRA_ELIGIBILITY),
    ],
    implies_education="associate",
    lookalikes=[
        Lookalike(
            meaning="click-through rate",
            cues=["click", "conversion", "impression", "campaign", "advertis", "ads ", "SEO", "marketing"],
        )
    ],
    renewal=Renewal(
        ceus=20,
        cycle_years=2,
        description="20 CE hours every 2 years plus an annual maintenance fee",
        source=CURRENT,
    ),
    url=NCRA_ELIGIBILITY,
    sources=[NCRA_ELIGIBILITY, CURRENT],
)


@hookimpl
def screener_credentials():
    return [CTR]
