"""CCS-P: Certified Coding Specialist - Physician-based (AHIMA).

The physician-office counterpart of the CCS (by convention about equal to
AAPC's CPC; unverified). Relaunched as a beta exam on 1 July 2020 and still
offered: AHIMA names it as a CCS preparation route [A11][A1]. Its eligibility
is **unverified**: most likely as the CCS (diploma required, experience
recommended), which is what is recorded here, marked unverified.
"""

from screener_plugins.credentials.ahima import AHIMA, AHIMA_RECERTIFICATION, CCS_PAGE

from screener import Credential, Lookalike, Prerequisite, Renewal, hookimpl

BETA_RELAUNCH = "https://ahima.org/certification/CCS"

CCS_P = Credential(
    id="CCS-P",
    name="Certified Coding Specialist - Physician-based",
    issuer=AHIMA,
    aliases=[
        "CCSP",
        # the hyphen left out, as informal postings do: "CPC or CCS P REQUIRED"; at a sentence's end the tokenizer
        # keeps a single capital's full stop as an initial's ("an active CCS P.")
        "CCS P",
        "CCS P.",
        "AHIMA CCS-P",
        "Certified Coding Specialist-Physician-based",
        "Certified Coding Specialist – Physician-based",
        "Certified Coding Specialist Physician-based",
        "Certified Coding Specialist - Physician Based",
        "Certified Coding Specialist-Physician Based",
        # without "based", as many postings write it
        "Certified Coding Specialist - Physician",
        "Certified Coding Specialist-Physician",
        "Certified Coding Specialist – Physician",
        "Certified Coding Specialist Physician",
    ],
    prerequisites=[
        Prerequisite(
            kind="education",
            description="High school diploma or equivalent (assumed as for the CCS)",
            education="high_school",
            source=CCS_PAGE,
            verified=False,
        ),
        Prerequisite(
            kind="experience",
            description="Recommended: coding experience (assumed as for the CCS)",
            required=False,
            source=CCS_PAGE,
            verified=False,
        ),
        Prerequisite(kind="exam", description="Pass the AHIMA CCS-P exam", source=BETA_RELAUNCH),
    ],
    lookalikes=[
        Lookalike(
            meaning="(ISC)2 Certified Cloud Security Professional",
            aliases=["CCSP"],
            cues=["cloud", "ISC2", "(ISC)", "CISSP", "CISM", "cybersecurity"],
        )
    ],
    renewal=Renewal(ceus=20, cycle_years=2, description="20 CEUs every 2 years", source=AHIMA_RECERTIFICATION),
    url=BETA_RELAUNCH,
    sources=[BETA_RELAUNCH, CCS_PAGE, AHIMA_RECERTIFICATION],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CCS_P]
