"""CTR: Certified Tumor Registrar (NCRA), renamed Oncology Data Specialist (ODS-C) in 2024.

Same eligibility and renewal as the ODS-C, which it is ``equivalent_to``.
"CTR" is also a click-through rate: see ``lookalikes``.
"""

from screener_plugins.credentials.ncra import (
    ELIGIBILITY_ROUTES,
    NCRA,
    NCRA_CERTIFICATION,
    NCRA_CURRENT,
    NCRA_ELIGIBILITY,
    RENAME_NOTICE,
    RENAME_TIP,
    RENAMED,
    RENEWAL,
)

from screener import Credential, Lookalike, hookimpl

CTR = Credential(
    id="CTR",
    name="Certified Tumor Registrar",
    issuer=NCRA,
    aliases=["Certified Tumour Registrar", "NCRA CTR"],
    prerequisites=list(ELIGIBILITY_ROUTES),
    implies_education="associate",
    # Renamed, not replaced: a CTR holder is an ODS-C. [N3][N5][N6]
    equivalent_to=["ODS-C"],
    equivalence=RENAMED,
    equivalence_source=RENAME_NOTICE,
    lookalikes=[
        Lookalike(
            meaning="click-through rate",
            cues=["click", "conversion", "impression", "campaign", "advertis", "ads ", "SEO", "marketing", "funnel"],
        ),
        Lookalike(
            meaning="a critical topic review in UK emergency-medicine (FRCEM) exams",
            aliases=["CTR"],
            cues=["FRCEM", "critical topic", "QUIP"],
        ),
    ],
    renewal=RENEWAL,
    url=NCRA_ELIGIBILITY,
    sources=[NCRA_ELIGIBILITY, NCRA_CURRENT, NCRA_CERTIFICATION, RENAME_NOTICE, RENAME_TIP],
)


@hookimpl
def screener_credentials():
    return [CTR]
