"""Clinical terminologies that are not billing code sets: SNOMED CT and LOINC [S8].

SNOMED CT (SNOMED International) codes clinical findings and problem lists in
EHRs; LOINC (Regenstrief) codes laboratory tests and observations.
"""

from screener_plugins.skills.coding import NLM_STANDARDS, TERMINOLOGY_GUIDE

from screener import Skill, hookimpl

SNOMED_CT = Skill(
    id="SNOMED-CT",
    name="SNOMED Clinical Terms",
    category="coding_system",
    aliases=["SNOMED", "SNOMED CT", "SNOMEDCT", "SNOMED-CT®", "SNOMED CT®", "Snomed", "Snomed CT"],
    sources=[TERMINOLOGY_GUIDE, NLM_STANDARDS],
)
LOINC = Skill(
    id="LOINC",
    name="Logical Observation Identifiers Names and Codes",
    category="coding_system",
    sources=[TERMINOLOGY_GUIDE, NLM_STANDARDS],
)


@hookimpl
def screener_skills():
    return [SNOMED_CT, LOINC]
