"""CPC: Certified Professional Coder (AAPC), physician/professional-fee coding.

Anyone who is an AAPC member can sit the exam; the full CPC (no "-A") needs 2
years of experience or its equivalent, otherwise the holder is a CPC-A. The
exam went from 150 questions / 5 h 40 min to 100 questions / 4 h in 2022 [P7].
"""

from screener_plugins.credentials.aapc import (
    AAPC,
    AAPC_APPRENTICESHIP,
    AAPC_EXAM_FAQ,
    AAPC_MAINTAIN,
    apprentice_removal,
    exam,
    membership,
)

from screener import Credential, Lookalike, Prerequisite, Renewal, hookimpl

ARMY_COOL = "https://www.cool.army.mil/search/CERT_CPC567.htm"
EXAM_2022 = "https://codingclarified.com/the-updated-2022-aapc-cpc-exam/"

#: Shared with the CPC-A: same membership, dues and CEUs.
CPC_RENEWAL = Renewal(
    ceus=36,
    cycle_years=2,
    description="Annual AAPC membership dues plus 36 CEUs every 2 years for one credential "
    "(40/44/48/52 for 2/3/4/5+ credentials)",
    source=AAPC_MAINTAIN,
)

CPC = Credential(
    id="CPC",
    name="Certified Professional Coder",
    issuer=AAPC,
    aliases=["AAPC CPC", "CPC certified", "CPC®", "Cert Professional Coder"],  # "Cert ...": license lists
    prerequisites=[
        membership(AAPC_EXAM_FAQ),
        exam("CPC", AAPC_EXAM_FAQ, " (no proof of education or experience is needed to sit it)"),
        *apprentice_removal("To hold CPC rather than CPC-A"),
        Prerequisite(
            kind="education",
            description="Associate degree recommended",
            required=False,
            education="associate",
            source=ARMY_COOL,
        ),
    ],
    # Removing the "-A" turns a CPC-A into a CPC. [P1]
    supersedes=["CPC-A"],
    renewal=CPC_RENEWAL,
    lookalikes=[
        Lookalike(
            meaning="cost per click (advertising)",
            aliases=["CPC"],
            cues=["click", "cost per", "advertis", "campaign", "PPC", "paid search", "conversion", "ROAS", "KPI"],
        ),
        Lookalike(
            meaning="Driver CPC, the UK/EU Certificate of Professional Competence for professional drivers",
            aliases=["CPC"],
            cues=["driver", "driving", "professional competence", "LGV", "HGV", "PSV"],
        ),
    ],
    url="https://www.aapc.com/certifications/cpc",
    sources=[AAPC_EXAM_FAQ, AAPC_APPRENTICESHIP, ARMY_COOL, EXAM_2022, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [CPC]
