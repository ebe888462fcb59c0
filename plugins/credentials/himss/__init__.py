"""HIMSS credentials: the Healthcare Information and Management Systems Society's CPHIMS and CAHIMS.

Health-information postings on the data and systems side (HIM and
informatics analysts, EHR and HIE leads) ask for them beside AHIMA's CHDA and
RHIA. HIMSS renews both every three years with 45 continuing-education
credits, 25 of them from HIMSS-approved programs and 2 on ethics [H1].

What could not be verified against the issuer: the eligibility rules. The
candidate handbooks [H2] list them, but their text was not read; secondary
sources describe CPHIMS as a degree plus years of information and management
systems experience, some of it in healthcare, and CAHIMS as open to anyone
with a high-school diploma, with no experience. Only that note is recorded,
marked unverified; no prerequisite is.

Sources:
[H1] https://www.himss.org/resources/healthcare-information-and-technology-continuing-education (renewal)
[H2] https://readkong.com/page/candidate-handbook-effective-march-1-2021-certified-4326520 (CPHIMS handbook, 2021)
"""

from screener import Credential, Issuer, Renewal, hookimpl

HIMSS = "HIMSS"
HIMSS_CONTINUING_EDUCATION = (
    "https://www.himss.org/resources/healthcare-information-and-technology-continuing-education"
)
CPHIMS_HANDBOOK = "https://readkong.com/page/candidate-handbook-effective-march-1-2021-certified-4326520"

ISSUER = Issuer(
    id=HIMSS,
    name="Healthcare Information and Management Systems Society",
    url="https://www.himss.org/",
    sources=[HIMSS_CONTINUING_EDUCATION, CPHIMS_HANDBOOK],
)

#: Both: 45 CE credits every 3 years, 25 of them from HIMSS-approved programs, 2 on ethics or conflict of interest.
RENEWAL = Renewal(
    ceus=45,
    cycle_years=3,
    description="45 continuing-education credits every 3 years, 25 from HIMSS-approved programs, 2 on ethics",
    source=HIMSS_CONTINUING_EDUCATION,
)

CPHIMS = Credential(
    id="CPHIMS",
    name="Certified Professional in Healthcare Information and Management Systems",
    issuer=HIMSS,
    aliases=["HIMSS CPHIMS", "Certified Professional in Healthcare Information & Management Systems"],
    prerequisites_note="unverified: a degree plus years of information and management systems experience, some of "
    "it in healthcare (the candidate handbook's rule was not read)",
    renewal=RENEWAL,
    url=CPHIMS_HANDBOOK,
    sources=[CPHIMS_HANDBOOK, HIMSS_CONTINUING_EDUCATION],
    verified=False,
)

CAHIMS = Credential(
    id="CAHIMS",
    name="Certified Associate in Healthcare Information and Management Systems",
    issuer=HIMSS,
    aliases=["HIMSS CAHIMS", "Certified Associate in Healthcare Information & Management Systems"],
    prerequisites_note="unverified: a high-school diploma or equivalent, no experience (HIMSS's entry-level "
    "credential; the candidate handbook's rule was not read)",
    renewal=RENEWAL,
    url=CPHIMS_HANDBOOK,
    sources=[CPHIMS_HANDBOOK, HIMSS_CONTINUING_EDUCATION],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CPHIMS, CAHIMS]


@hookimpl
def screener_issuers():
    return [ISSUER]
