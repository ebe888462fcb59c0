"""ICD-10 coding systems: ICD-10-CM (diagnoses), ICD-10-PCS (inpatient procedures) and the family."""

import re

from screener import Evidence, Skill, SkillRequirement, hookimpl

CMS_ICD10 = "https://aci.edu/blog/icd-10-transition-introduction/"

ICD10 = Skill(
    id="ICD-10",
    name="International Classification of Diseases, 10th Revision",
    category="coding_system",
    aliases=["ICD10", "ICD 10"],
    sources=[CMS_ICD10],
)
ICD10_CM = Skill(
    id="ICD-10-CM",
    name="ICD-10 Clinical Modification",
    category="coding_system",
    aliases=["ICD-10 CM", "ICD10CM", "ICD10-CM", "ICD 10 CM", "ICD-10CM"],
    broader=["ICD-10"],
    sources=[CMS_ICD10],
)
ICD10_PCS = Skill(
    id="ICD-10-PCS",
    name="ICD-10 Procedure Coding System",
    category="coding_system",
    aliases=["ICD-10 PCS", "ICD10PCS", "ICD10-PCS", "ICD 10 PCS", "ICD-10PCS"],
    broader=["ICD-10"],
    sources=[CMS_ICD10],
)

# "ICD-10-CM/PCS", "ICD-10 CM and PCS": the PCS half is not a phrase of its own
# ("PCS" alone is too ambiguous to put in the vocabulary), so it is found here.
_CM_AND_PCS = re.compile(r"\bICD[- ]?10[- ]?CM\s*(?:/|&|and|,)\s*(PCS)\b", re.I)


@hookimpl
def screener_skills():
    return [ICD10, ICD10_CM, ICD10_PCS]


@hookimpl
def screener_extract(posting):
    text = posting.text
    return [
        SkillRequirement(kind="coding_system", id="ICD-10-PCS", mention=Evidence.of(text, m.start(1), m.end(1)))
        for m in _CM_AND_PCS.finditer(text)
    ]
