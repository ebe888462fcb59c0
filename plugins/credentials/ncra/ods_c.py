"""ODS-C: Oncology Data Specialist - Certified (NCRA), the CTR's name since 2024.

Same eligibility and renewal as the CTR, which it is ``equivalent_to``;
"CTR/ODS" in a posting names both. "Oncology Data Specialist" is also a job
title, and every mention of it is read as the credential: postings for that
title usually ask for the credential too. "ODS" is also an operational data
store: see ``lookalikes``.
"""

from screener_plugins.credentials.ncra import (
    ELIGIBILITY_ROUTES,
    NCRA,
    NCRA_ABOUT,
    NCRA_CURRENT,
    NCRA_ELIGIBILITY,
    RENAME_NOTICE,
    RENAME_TIP,
    RENAMED,
    RENEWAL,
)

from screener import Credential, Lookalike, hookimpl

ODS_C = Credential(
    id="ODS-C",
    name="Oncology Data Specialist-Certified",
    issuer=NCRA,
    aliases=[
        "ODS",
        "Oncology Data Specialist",
        "Oncology Data Specialist - Certified",
        "Oncology Data Specialist, Certified",
        "NCRA ODS",
        "NCRA ODS-C",
    ],
    prerequisites=list(ELIGIBILITY_ROUTES),
    implies_education="associate",
    # The 2024 rename of the CTR. [N3][N5][N6]
    equivalent_to=["CTR"],
    equivalence=RENAMED,
    equivalence_source=RENAME_NOTICE,
    lookalikes=[
        Lookalike(
            meaning="operational data store (data warehousing), Ontario Disability Support",
            aliases=["ODS"],
            cues=["operational data", "data store", "data warehouse", "ETL", "disability support"],
        ),
        Lookalike(
            meaning="the NHS Organisation Data Service's code of an organisation (a trust's or a practice's ODS code)",
            aliases=["ODS"],
            cues=["ODS code", "Organisation Data Service", "Organization Data Service"],
        ),
    ],
    renewal=RENEWAL,
    url=NCRA_CURRENT,
    sources=[NCRA_ELIGIBILITY, NCRA_CURRENT, NCRA_ABOUT, RENAME_NOTICE, RENAME_TIP],
)


@hookimpl
def screener_credentials():
    return [ODS_C]
