"""DRG: diagnosis-related groups: MS-DRG, APR-DRG and the family.

MS-DRG is CMS's inpatient grouping (IPPS), which replaced CMS-DRG in FY2008;
APR-DRG is 3M's (now Solventum's) all-patient grouping with four levels of
severity of illness and risk of mortality, used by Medicaid and commercial
payers and for quality measurement [S6]. Both are in the ``DRG`` family, so
a posting that only says "DRG" is met by either, and an evaluation label
"DRG" (LABELS.md: any DRG) is met by a found "MS-DRG".
"""

from screener import Lookalike, Skill, hookimpl

MEDICAID_VS_MEDICARE = "https://qualiabio.com/resources/clue-cards/medicaid-ap-drgs-vs-medicare-ms-drgs"
AHIMA_DRG = "http://library.ahima.org/xpedio/groups/public/documents/ahima/bok1_047260.hcsp"

DRG = Skill(
    id="DRG",
    name="Diagnosis Related Groups",
    category="coding_system",
    aliases=["DRGs", "Diagnosis Related Group", "Diagnosis-Related Group", "Diagnosis-Related Groups"],
    lookalikes=[Lookalike(meaning="a (devices) regulatory group", aliases=["DRG"], cues=["regulatory group"])],
    sources=[MEDICAID_VS_MEDICARE, AHIMA_DRG],
)
MS_DRG = Skill(
    id="MS-DRG",
    name="Medicare Severity Diagnosis Related Groups",
    category="coding_system",
    aliases=[
        "MS-DRGs",
        "MS DRG",
        "MSDRG",
        "Medicare Severity Diagnosis Related Group",
        "Medicare Severity DRG",
    ],
    broader=["DRG"],
    sources=[MEDICAID_VS_MEDICARE, AHIMA_DRG],
)
APR_DRG = Skill(
    id="APR-DRG",
    name="All Patient Refined Diagnosis Related Groups",
    category="coding_system",
    aliases=["APR-DRGs", "APR DRG", "All Patient Refined DRG"],
    broader=["DRG"],
    sources=[MEDICAID_VS_MEDICARE],
)


@hookimpl
def screener_skills():
    return [DRG, MS_DRG, APR_DRG]
