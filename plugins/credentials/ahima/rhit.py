"""RHIT: Registered Health Information Technician (AHIMA).

Needs the associate-level requirements of a CAHIIM-accredited HIM/HIT program
(students may test early, in their final term) or reciprocity; there is no
experience route, and official transcripts go with the application. No change
to this rule was found through 2025 (unverified beyond that). AHIMA lists
the RHIT as a recommended preparation for the CCS, but it does not confer it.
"""

from screener_plugins.credentials.ahima import AHIMA, AHIMA_FAQ, AHIMA_RECERTIFICATION

from screener import Credential, Prerequisite, Renewal, hookimpl

ELIGIBILITY = "https://www.himdegree.org/certification/rhit/"
ELIGIBILITY_GUIDE = (
    "https://open-exam-prep.com/study-guides/rhit/orientation-and-exam-strategy/eligibility-application-and-scheduling"
)
EARLY_TESTING = "https://www.dochub.com/fillable-form/244133-application-for-early-testing"

#: AHIMA's certification standards for the "Accredited Record Technician (ART) and Registered Record Administrator
#: (RRA)" (1998), the technician's and the administrator's credentials before the RHIT and the RHIA
FORMER_NAME = "https://reliasmedia.com/articles/39646-ahima-revises-its-certification-requirements"

RHIT = Credential(
    id="RHIT",
    name="Registered Health Information Technician",
    issuer=AHIMA,
    aliases=[
        "Registered Health Information Tech",
        "Registered Health Information Technologist",
        "AHIMA RHIT",
        # the short forms of license lists in applicant-tracking systems: "Registered Health Info Tech"
        "Registered Health Info Technician",
        "Registered Health Info Tech",
        "Reg Health Info Tech",
        # AHIMA's technician credential before the RHIT, still in older job specifications: "registered as ... an
        # Accredited Record Technician (ART)" (FORMER_NAME names it beside the RRA, the administrator's; the date of
        # its rename is not in it: Wikipedia dates the RRA's to 2000; the bare "ART" has other senses and is not a
        # name of it here)
        "Accredited Record Technician",
    ],
    prerequisites=[
        Prerequisite(
            kind="education",
            description="Associate-level academic requirements of a CAHIIM-accredited HIM/HIT program "
            "(students may test early, in their final term)",
            education="associate",
            accreditation="CAHIIM",
            route="cahiim-associate",
            source=ELIGIBILITY,  # early testing: EARLY_TESTING [A10]
        ),
        Prerequisite(
            kind="education",
            description="A foreign HIM program covered by an AHIMA reciprocity agreement",
            route="reciprocity",
            source=AHIMA_FAQ,
        ),
        Prerequisite(kind="exam", description="Pass the AHIMA RHIT exam (no experience route)", source=ELIGIBILITY),
    ],
    implies_education="associate",
    renewal=Renewal(ceus=20, cycle_years=2, description="20 CEUs every 2 years", source=AHIMA_RECERTIFICATION),
    url="https://www.ahima.org/certification-careers/certifications-overview/rhit/",
    sources=[ELIGIBILITY, ELIGIBILITY_GUIDE, EARLY_TESTING, AHIMA_FAQ, AHIMA_RECERTIFICATION, FORMER_NAME],
)


@hookimpl
def screener_credentials():
    return [RHIT]
