"""HCPCS (Level II): CMS's alphanumeric codes for supplies, drugs and services.

"HCPC" is deliberately not an alias: in UK postings it is the Health and Care
Professions Council ("HCPC registered").
"""

from screener import Skill, hookimpl

HCPCS = Skill(
    id="HCPCS",
    name="Healthcare Common Procedure Coding System",
    category="coding_system",
    aliases=["HCPCS Level II", "HCPCS Level 2", "HCPCS II", "HCPCS-II"],
    sources=[
        "https://www.aapc.com/medicalcodingglossary/healthcare_common_procedural_coding_system.aspx",
        "https://www.cms.gov/files/document/2020-hcpcs-record-layout.txt",
    ],
)


@hookimpl
def screener_skills():
    return [HCPCS]
