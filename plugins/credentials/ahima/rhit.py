"""RHIT: Registered Health Information Technician (AHIMA)."""

from screener_plugins.credentials.ahima import AHIMA, AHIMA_FAQ, AHIMA_RECERTIFICATION

from screener import Credential, Prerequisite, Renewal, hookimpl

ELIGIBILITY = "https://www.himdegree.org/certification/rhit/"

RHIT = Credential(
    id="RHIT",
    name="Registered Health Information Technician",
    issuer=AHIMA,
    aliases=["Registered Health Information Tech", "AHIMA RHIT"],
    prerequisites=[
        Prerequisite(
            kind="education",
            description="Associate-level academic requirements of a CAHIIM-accredited HIM/HIT program "
            "(students may test early, in their final term)",
            education="associate",
            accreditation="CAHIIM",
            route="cahiim-associate",
            source=ELIGIBILITY,
        ),
        Prerequisite(
            kind="education",
            description="A foreign HIM program covered by an AHIMA reciprocity agreement",
            route="reciprocity",
            source=AHIMA_FAQ,
        ),
        Prerequisite(kind="exam", description="Pass the AHIMA RHIT exam", source=ELIGIBILITY),
    ],
    implies_education="associate",
    renewal=Renewal(ceus=20, cycle_years=2, source=AHIMA_RECERTIFICATION),
    url="https://www.ahima.org/certification-careers/certifications-overview/rhit/",
    sources=[ELIGIBILITY, AHIMA_FAQ, AHIMA_RECERTIFICATION],
)


@hookimpl
def screener_credentials():
    return [RHIT]
