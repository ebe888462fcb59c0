"""CCS: Certified Coding Specialist (AHIMA), hospital/inpatient coding."""

from screener_plugins.credentials.ahima import AHIMA, AHIMA_RECERTIFICATION

from screener import Credential, Prerequisite, Renewal, hookimpl

CCS_PAGE = "https://ahima.org/certification-careers/certifications-overview/ccs"

_RECOMMENDED = "Recommended (any one): "

CCS = Credential(
    id="CCS",
    name="Certified Coding Specialist",
    issuer=AHIMA,
    aliases=["AHIMA CCS"],
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
        Prerequisite(
            kind="credential",
            description=_RECOMMENDED + "CCA plus 1 year of coding experience",
            required=False,
            credential="CCA",
            years=1,
            route="cca",
            source=CCS_PAGE,
        ),
        Prerequisite(
            kind="credential",
            description=_RECOMMENDED + "hold CCS-P, RHIT or RHIA",
            required=False,
            credential="RHIT",
            route="credential",
            source=CCS_PAGE,
        ),
        Prerequisite(kind="exam", description="Pass the AHIMA CCS exam", source=CCS_PAGE),
    ],
    implies_education="high_school",
    renewal=Renewal(ceus=20, cycle_years=2, source=AHIMA_RECERTIFICATION),
    url=CCS_PAGE,
    sources=[CCS_PAGE, AHIMA_RECERTIFICATION],
)


@hookimpl
def screener_credentials():
    return [CCS]
