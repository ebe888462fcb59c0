"""HCC: hierarchical condition categories, risk adjustment (the CRC exam's domain).

CMS-HCC (V24 to V28 from payment year 2024), HHS-HCC (ACA) and RxHCC
[S7][P16]. "risk adjustment" is read as HCC; "RAF" is not an alias (also the
Royal Air Force in UK postings).

"HCC" is also hepatocellular carcinoma and a community college, and "risk adjustment" the statistics of outcome
measures: see ``lookalikes``.
"""

from screener import Lookalike, Skill, hookimpl

HCC_MODEL = "http://medinfohome.azurewebsites.net/Help/ResourceModel?modelName=HCCRiskAdjustmentModel"
CRC_ELIGIBILITY = "https://crcexamprep.com/blog/crc-exam-eligibility-requirements-2026-who-can-apply"

HCC = Skill(
    id="HCC",
    name="Hierarchical Condition Categories",
    category="coding_system",
    aliases=[
        "HCCs",
        "Hierarchical Condition Category",
        "CMS-HCC",
        "CMS HCC",
        "HHS-HCC",
        "HHS HCC",
        "RxHCC",
        "HCC coding",
        "risk adjustment",
        "risk adjustment coding",
    ],
    lookalikes=[
        Lookalike(
            meaning="hepatocellular carcinoma",
            aliases=["HCC", "HCCs"],
            cues=["hepatocellular", "carcinoma", "liver", "hepat", "tumor", "tumour"],
        ),
        Lookalike(
            meaning="the statistical adjustment of outcome measures for patients' risk",
            aliases=["risk adjustment"],
            # "Knowledge of descriptive statistics, rates and risk adjustment methods used in hospital quality
            # reporting"
            # ... "Monitor documentation related to PSIs, HACs and mortality risk adjustment"
            cues=[
                "statistic",
                "regression",
                "quality reporting",
                "outcome measures",
                "mortality rates",
                "mortality risk adjustment",
                "risk-adjusted mortality",
            ],
        ),
        Lookalike(
            meaning="a community college, a county council, a coordinating centre, a building",
            aliases=["HCC"],
            # ... "Work location: HCC Building (Health Care Commons), 2nd floor"
            cues=[
                "community college",
                "council",
                "local authority",
                "coordinating cent",
                "co-ordinating cent",
                "HCC building",
                "HCC campus",
            ],
        ),
    ],
    sources=[HCC_MODEL, CRC_ELIGIBILITY],
)


@hookimpl
def screener_skills():
    return [HCC]
