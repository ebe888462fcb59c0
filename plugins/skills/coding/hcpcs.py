"""HCPCS (Level II): CMS's alphanumeric codes for supplies, drugs and services.

A letter and four digits, A to V; the Level III local codes (W-Z) are legacy
[S3][S4][S4b]. Level I is CPT, defined in the CPT module.

"HCPC" is deliberately not an alias: in UK postings it is the Health and Care
Professions Council ("HCPC registered").
"""

from screener_plugins.skills.coding import HCPCS_RECORD_LAYOUT

from screener import Skill, hookimpl

AAPC_GLOSSARY = "https://www.aapc.com/medicalcodingglossary/healthcare_common_procedural_coding_system.aspx"
LEVEL_II = "https://nationalmedicalbillingauthority.com/hcpcs-level-ii-codes.html"

HCPCS = Skill(
    id="HCPCS",
    name="Healthcare Common Procedure Coding System",
    category="coding_system",
    aliases=[
        "HCPCS Level II",
        "HCPCS Level 2",
        "HCPCS II",
        "HCPCS-II",
        "Healthcare Common Procedural Coding System",
    ],
    sources=[AAPC_GLOSSARY, HCPCS_RECORD_LAYOUT, LEVEL_II],
)


@hookimpl
def screener_skills():
    return [HCPCS]
