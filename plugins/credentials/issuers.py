"""The bodies that award the built-in credentials, by their full names.

Each credential names its issuer by its acronym ("AHIMA"); postings often
write the full name beside or instead of it ("Certified Coding Specialist
(CCS) - American Health Information Management Association (AHIMA)"). The
knowledge base's issuer names are what the context rules' ``{ISSUER}``
stands for, so naming the bodies here lets a list of credentials run on
across their issuers' names ("CCDS - Association of Clinical Documentation
Integrity Specialists (ACDIS) or CDIP - ...").

BMSC and PAHCS are defined with their credentials (``bmsc``, ``pahcs``).
"""

from screener import Issuer, hookimpl

ISSUERS = [
    Issuer(
        id="AHIMA",
        name="American Health Information Management Association",
        url="https://www.ahima.org/",
        sources=["https://ahima.org/certification-careers/apply/contact-us-faqs/"],
    ),
    Issuer(
        id="AAPC",
        name="American Academy of Professional Coders",
        note="now known by its initials alone",
        url="https://www.aapc.com/",
        sources=["https://www.aapc.com/medical-coding-education/help/"],
    ),
    Issuer(
        id="ACDIS",
        name="Association of Clinical Documentation Integrity Specialists",
        url="https://acdis.org/",
        sources=["http://www.acdis.org/faq/what-are-eligibility-requirements-ccds"],
    ),
    Issuer(
        id="AAHAM",
        name="American Association of Healthcare Administrative Management",
        url="https://www.aaham.org/",
        sources=["https://bestcolleges.com/healthcare/careers/certified-revenue-cycle-specialist"],
    ),
    Issuer(
        id="AHDI",
        name="Association for Healthcare Documentation Integrity",
        url="https://www.ahdionline.org/",
        sources=["https://www.ahdionline.org/page/recert"],
    ),
    Issuer(
        id="AHIOS",
        name="Association of Health Information Outsourcing Services",
        url="https://www.ahios.org/",
        sources=["https://www.fortherecordmag.com/news/enews_0518_01.shtml"],
    ),
    Issuer(
        id="HCCA",
        name="Health Care Compliance Association",
        note="its credentials are awarded by its Compliance Certification Board (CCB)",
        url="https://www.hcca-info.org/",
        sources=["https://www.hcca-info.org/certification"],
    ),
    Issuer(
        id="HFMA",
        name="Healthcare Financial Management Association",
        url="https://www.hfma.org/",
        sources=["https://www.hfma.org/Content.aspx?id=50076"],
    ),
    Issuer(
        id="NAHAM",
        name="National Association of Healthcare Access Management",
        url="https://www.naham.org/",
        sources=["https://gama-online.org/make-naham-certification-a-priority-this-year/"],
    ),
    Issuer(
        id="NAHRI",
        name="National Association of Healthcare Revenue Integrity",
        url="https://nahri.org/",
        sources=["https://nahri.org/certification"],
    ),
    Issuer(
        id="NCRA",
        name="National Cancer Registrars Association",
        url="https://www.ncra-usa.org/",
        sources=["https://www.ncra-usa.org/About/What-is-NCRA"],
    ),
    Issuer(
        id="NHA",
        name="National Healthcareer Association",
        url="https://www.nhanow.com/",
        sources=["https://docplayer.net/11863685-Candidate-handbook-nhanow-com.html"],
    ),
]


@hookimpl
def screener_issuers():
    return list(ISSUERS)
