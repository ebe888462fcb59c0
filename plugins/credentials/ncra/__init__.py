"""NCRA credentials (cancer registry): the ODS-C and its former name, the CTR.

NCRA renamed the Certified Tumor Registrar (CTR, since 1983) to Oncology Data
Specialist in 2024 (one source says effective 1 Jan 2024). The two ids are
kept apart because postings and profiles use both, and each says it is
``equivalent_to`` the other. Eligibility and renewal are the same, so they
are defined once, here.
"""

from screener import Prerequisite, Renewal

NCRA = "NCRA"
#: Eligibility routes A1, A2 and B. [N2]
NCRA_ELIGIBILITY = "https://www.ncra-usa.org/ODS-Credential/Potential-ODS/Eligibility"
#: Keeping the credential: CE hours and the annual maintenance fee. [N3]
NCRA_CURRENT = "https://www.ncra-usa.org/ODS-Credential/Current-ODS"
#: NCRA, what it is. [N1]
NCRA_ABOUT = "https://www.ncra-usa.org/About/What-is-NCRA"
#: About the credential (the CTR dates from 1983). [N4]
NCRA_CERTIFICATION = "https://www.ncra-usa.org/Certification-About"
#: A state association on the rename. [N5]
RENAME_NOTICE = "http://alabamacra.org/id13.html"
#: A vendor tip: drop "CTR" except in historical context. [N6]
RENAME_TIP = "https://www.omegahms.com/education/tumor-tip/reminder-update-terminology-in-all-documentation/"

#: Why each counts as the other, in assessments. [N3][N5][N6]
RENAMED = "NCRA renamed the Certified Tumor Registrar (CTR) to Oncology Data Specialist (ODS-C) in 2024; one credential"

ELIGIBILITY_ROUTES = [
    Prerequisite(
        kind="education",
        description="Route A1: an NCRA-accredited associate degree program and its practicum",
        education="associate",
        accreditation="NCRA",
        route="A1",
        source=NCRA_ELIGIBILITY,
    ),
    Prerequisite(
        kind="education",
        description="Route A2: an associate degree (or 60 college credits) plus an NCRA-accredited "
        "certificate program and its practicum",
        education="associate",
        accreditation="NCRA",
        route="A2",
        source=NCRA_ELIGIBILITY,
    ),
    Prerequisite(
        kind="experience",
        description="Route B: any associate degree (or 60 credits) with 2 semesters of A&P, plus 1,950 hours "
        "(one year full-time) of cancer-registry experience",
        education="associate",
        years=1,
        route="B",
        source=NCRA_ELIGIBILITY,
    ),
    Prerequisite(kind="exam", description="Pass the NCRA credentialing exam", source=NCRA_ELIGIBILITY),
]

RENEWAL = Renewal(
    ceus=20,
    cycle_years=2,
    description="20 CE hours every 2 years (the cycle ends 31 December) plus an annual maintenance fee",
    source=NCRA_CURRENT,
)
