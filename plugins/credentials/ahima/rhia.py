"""RHIA: Registered Health Information Administrator (AHIMA).

Needs a CAHIIM-accredited bachelor's/master's HIM program (or the approved
post-baccalaureate certificate, or reciprocity); there is no experience-only
route; official transcripts go with the application. When an RHIT earns the RHIA,
the RHIA replaces the RHIT.
"""

from screener_plugins.credentials.ahima import (
    AHIMA,
    AHIMA_FAQ,
    AHIMA_RECERTIFICATION,
    AHIMA_RECERTIFICATION_FAQ,
)

from screener import Credential, Prerequisite, Renewal, hookimpl

ELIGIBILITY = (
    "https://open-exam-prep.com/study-guides/rhia/orientation-rhia-eligibility-application-fees-format-scoring-and-retakes/"
    "him-only-eligibility-routes"
)

#: "previously known as registered record administrator ... In 2000 AHIMA renamed the certification from RRA to
#: Registered Health Information Administrator (RHIA)"
FORMER_NAME = "https://en.wikipedia.org/wiki/Registered_health_information_administrator"

RHIA = Credential(
    id="RHIA",
    name="Registered Health Information Administrator",
    issuer=AHIMA,
    aliases=[
        "Registered HIM Administrator",
        "AHIMA RHIA",
        # the short forms of license lists in applicant-tracking systems: "Registered Health Info Admin"
        "Registered Health Info Administrator",
        "Registered Health Info Admin",
        "Reg Health Info Admin",
        # its name before 2000, still in older job specifications: "registered as a Registered Record Administrator
        # (RRA)" (FORMER_NAME; the bare "RRA" has other senses and is not a name of it here)
        "Registered Record Administrator",
    ],
    prerequisites=[
        Prerequisite(
            kind="education",
            description="Bachelor's- or master's-level academic requirements of a CAHIIM-accredited HIM program",
            education="bachelor",
            accreditation="CAHIIM",
            route="cahiim-degree",
            source=ELIGIBILITY,
        ),
        Prerequisite(
            kind="education",
            description="A CAHIIM-approved post-baccalaureate HIM certificate",
            education="bachelor",
            accreditation="CAHIIM",
            route="post-baccalaureate",
            source=ELIGIBILITY,
        ),
        Prerequisite(
            kind="education",
            description="A foreign HIM program covered by an AHIMA reciprocity agreement",
            route="reciprocity",
            source=AHIMA_FAQ,
        ),
        Prerequisite(
            kind="exam", description="Pass the AHIMA RHIA exam (no experience-only route)", source=ELIGIBILITY
        ),
    ],
    implies_education="bachelor",
    # AHIMA: when an RHIT earns the RHIA, the RHIA replaces the RHIT. [A9][A5]
    supersedes=["RHIT"],
    renewal=Renewal(ceus=30, cycle_years=2, description="30 CEUs every 2 years", source=AHIMA_RECERTIFICATION),
    url="https://www.ahima.org/certification-careers/certifications-overview/rhia/",
    sources=[ELIGIBILITY, AHIMA_FAQ, AHIMA_RECERTIFICATION, AHIMA_RECERTIFICATION_FAQ, FORMER_NAME],
)


@hookimpl
def screener_credentials():
    return [RHIA]
