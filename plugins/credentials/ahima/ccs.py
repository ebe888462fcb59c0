"""CCS: Certified Coding Specialist (AHIMA), hospital/inpatient coding (ICD-10-CM/PCS and CPT).

Now the only requirement is a high-school diploma; coursework, experience and
other credentials are recommended routes [A1]. These used to be *required*
pathways (older guides list 2-3 years of experience [A15][A16]); when that
changed is unverified.
"""

from screener_plugins.credentials.ahima import AHIMA, AHIMA_RECERTIFICATION, CCS_PAGE

from screener import Credential, Lookalike, Prerequisite, Renewal, hookimpl

OLDER_PATHWAYS_2020 = "https://study.com/articles/Certified_Coding_Specialist_Exam_and_Licensing_Information.html"
OLDER_PATHWAYS_2009 = (
    "http://educhoices.org/articles/Health_Information_Technology_Specialist_Certification_Requirements_for_"
    "Certification_in_Health_Information_Technology.html"
)

_RECOMMENDED = "Recommended (any one): "


def _recommended_credential(credential: str, route: str, description: str, years: float | None = None):
    return Prerequisite(
        kind="credential",
        description=_RECOMMENDED + description,
        required=False,
        credential=credential,
        years=years,
        route=route,
        source=CCS_PAGE,
    )


CCS = Credential(
    id="CCS",
    name="Certified Coding Specialist",
    issuer=AHIMA,
    aliases=["AHIMA CCS", "Cert Coding Specialist"],  # the short form of license lists: "Cert Coding Specialist"
    prerequisites=[
        Prerequisite(
            kind="education", description="High school diploma or equivalent", education="high_school", source=CCS_PAGE
        ),
        Prerequisite(
            kind="experience",
            description=_RECOMMENDED + "coursework (A&P, pathophysiology, pharmacology, terminology, reimbursement, "
            "ICD, CPT/HCPCS) plus 1 year of coding",
            required=False,
            years=1,
            route="coursework",
            source=CCS_PAGE,
        ),
        Prerequisite(
            kind="experience",
            description=_RECOMMENDED + "2 years of coding experience",
            required=False,
            years=2,
            route="experience",
            source=CCS_PAGE,
        ),
        _recommended_credential("CCA", "cca", "CCA plus 1 year of coding experience", years=1),
        Prerequisite(
            kind="credential",
            description=_RECOMMENDED + "another body's coding credential plus 1 year of coding experience",
            required=False,
            years=1,
            route="other-coding-credential",
            source=CCS_PAGE,
        ),
        _recommended_credential("CCS-P", "ccs-p", "hold the CCS-P"),
        _recommended_credential("RHIT", "rhit", "hold the RHIT"),
        _recommended_credential("RHIA", "rhia", "hold the RHIA"),
        Prerequisite(kind="exam", description="Pass the AHIMA CCS exam", source=CCS_PAGE),
    ],
    implies_education="high_school",
    renewal=Renewal(ceus=20, cycle_years=2, description="20 CEUs every 2 years", source=AHIMA_RECERTIFICATION),
    lookalikes=[
        Lookalike(
            meaning="California Children's Services; Crown Commercial Service and community services trusts (UK)",
            aliases=["CCS"],
            cues=[
                "california children",
                "children's services",
                "children’s services",
                "paneled",
                # "CCS authorizations/billing exp" (California's program authorizes a child's care)
                "authorization",
                "authorizations",
                "crown commercial",
                "community services",
                "NHS",
            ],
        ),
        # a cardiac registry's data element: "CCS angina class, NYHA class, lab values"
        Lookalike(
            meaning="the Canadian Cardiovascular Society's grading of angina (CCS class I-IV)",
            aliases=["CCS"],
            cues=["angina", "NYHA", "cardiovascular society"],
        ),
    ],
    url=CCS_PAGE,
    sources=[CCS_PAGE, AHIMA_RECERTIFICATION, OLDER_PATHWAYS_2020, OLDER_PATHWAYS_2009],
)


@hookimpl
def screener_credentials():
    return [CCS]
