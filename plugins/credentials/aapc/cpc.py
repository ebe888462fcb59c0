"""CPC: Certified Professional Coder (AAPC), physician/professional-fee coding."""

from screener_plugins.credentials.aapc import AAPC, AAPC_MAINTAIN

from screener import Credential, Prerequisite, Renewal, hookimpl

APPRENTICE = "https://aapc.com/certifications/cpc/complete-your-cpc-apprenticeship"
ARMY_COOL = "https://www.cool.army.mil/search/CERT_CPC567.htm"
EXAM_FAQ = "https://www.aapc.com/resources/cpc-exam-faqs"

CPC = Credential(
    id="CPC",
    name="Certified Professional Coder",
    issuer=AAPC,
    aliases=["AAPC CPC", "CPC certified", "CPC®"],
    prerequisites=[
        Prerequisite(kind="membership", description="AAPC membership", source=EXAM_FAQ),
        Prerequisite(
            kind="exam",
            description="Pass the CPC exam (no proof of education or experience is needed to sit it)",
            source=EXAM_FAQ,
        ),
        Prerequisite(
            kind="experience",
            description="2 years of coding experience (or its equivalent) to hold CPC rather than CPC-A",
            years=2,
            source=APPRENTICE,
        ),
        Prerequisite(
            kind="education",
            description="Associate degree recommended",
            required=False,
            education="associate",
            source=ARMY_COOL,
        ),
    ],
    renewal=Renewal(
        ceus=36,
        cycle_years=2,
        description="Annual AAPC membership plus 36 CEUs every 2 years for one credential",
        source=AAPC_MAINTAIN,
    ),
    url="https://www.aapc.com/certifications/cpc",
    sources=[EXAM_FAQ, APPRENTICE, ARMY_COOL, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [CPC]
