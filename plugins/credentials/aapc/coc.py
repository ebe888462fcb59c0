"""COC: Certified Outpatient Coder (AAPC), formerly the CPC-H; and its apprentice form COC-A.

Hospital outpatient and ambulatory-surgery-center coding (OPPS/APC), the
facility counterpart of the CPC. Same apprentice model as the CPC [P1][P12].

"COC" is also the American College of Surgeons' Commission on Cancer
("CoC-accredited"), a code of conduct and a chain of custody: see ``lookalikes``.
"""

from screener_plugins.credentials.aapc import (
    AAPC,
    AAPC_APPRENTICESHIP,
    AAPC_MAINTAIN,
    apprentice_removal,
    exam,
    membership,
)

from screener import Credential, Lookalike, Renewal, hookimpl

COC_OVERVIEW = "http://transcodecpc.com/certified-outpatient-coder/"
COC_EXAM = "https://open-exam-prep.com/exams/cpc-h/cpc-h-intro/exam-overview"

_RENEWAL = Renewal(ceus=36, cycle_years=2, description="36 CEUs every 2 years", source=AAPC_MAINTAIN)

COC = Credential(
    id="COC",
    name="Certified Outpatient Coder",
    issuer=AAPC,
    aliases=["CPC-H", "COC (formerly CPC-H)", "AAPC COC", "Certified Outpatient Coder (formerly CPC-H)"],
    prerequisites=[
        membership(AAPC_APPRENTICESHIP),
        exam("COC", COC_EXAM),
        *apprentice_removal("To hold COC rather than COC-A"),
    ],
    # Removing the "-A" turns a COC-A into a COC. [P1]
    supersedes=["COC-A"],
    renewal=_RENEWAL,
    lookalikes=[
        Lookalike(
            meaning="Commission on Cancer (cancer program accreditation), code of conduct, chain of custody",
            aliases=["COC"],
            # Not bare "accredit" / "standards": coder postings say "CAHIIM-accredited" and "coding standards".
            cues=[
                "commission on cancer",
                "coc accredit",
                "coc-accredit",
                "accredited by coc",
                "accredited by the coc",
                "coc standard",
                "cancer program",
                "cancer committee",
                "survey",
                "code of conduct",
                "custody",
            ],
        )
    ],
    url=COC_OVERVIEW,
    sources=[AAPC_APPRENTICESHIP, COC_OVERVIEW, COC_EXAM, AAPC_MAINTAIN],
)

COC_A = Credential(
    id="COC-A",
    name="Certified Outpatient Coder - Apprentice",
    issuer=AAPC,
    aliases=["COC Apprentice", "CPC-H-A", "AAPC COC-A"],
    prerequisites=[
        membership(AAPC_APPRENTICESHIP),
        exam("COC", COC_EXAM, " (the same exam as the COC, without the verified experience)"),
    ],
    apprentice_of="COC",
    renewal=_RENEWAL,
    url=COC_OVERVIEW,
    sources=[AAPC_APPRENTICESHIP, COC_OVERVIEW, COC_EXAM, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [COC, COC_A]
