"""ICD-10 coding systems: ICD-10-CM (diagnoses), ICD-10-PCS (inpatient procedures) and the family.

ICD-10-CM (NCHS/CDC) replaced ICD-9-CM volumes 1-2 and ICD-10-PCS (CMS)
replaced volume 3, on 1 Oct 2015 [S1][S1c]. "ICD-10" and a bare "ICD" or
"International Classification of Diseases" (no revision or modification
named) are the family, as LABELS.md reads them.

"ICD" is also an implantable cardioverter-defibrillator, and the start of
ICD-O-3 (the oncology classification registrars use); "PCS" is also a
military permanent change of station and personal care services: see the
``lookalikes``.
"""

import re

from screener_plugins.skills.coding import ICD10_STRUCTURE, ICD10_TRANSITION, TERMINOLOGY_GUIDE

from screener import Evidence, Lookalike, Skill, SkillRequirement, hookimpl

ICD10 = Skill(
    id="ICD-10",
    name="International Classification of Diseases, 10th Revision",
    category="coding_system",
    aliases=[
        "ICD10",
        "ICD 10",
        "ICD",
        "International Classification of Diseases",
        "International Classification of Diseases, Tenth Revision",
        "International Classification of Diseases 10th Revision",
        # its names in French, Spanish and Portuguese ("CIM-10", "CIE-10", "CID-10"), as postings from those
        # countries, and machine translations of them, write it
        "CIM-10",
        "CIE-10",
        "CID-10",
    ],
    lookalikes=[
        Lookalike(
            meaning="implantable cardioverter-defibrillator; ICD-O-3 (oncology)",
            aliases=["ICD"],
            cues=[
                "defibrillator",
                "cardioverter",
                "implant",
                "pacemaker",
                "device",
                "interrogat",
                "electrophysiolog",
                "pacing",
                "cardiac",
                "CRT",
                "cath lab",
                "ICD-O",
                "ICDO",
            ],
        )
    ],
    sources=[ICD10_TRANSITION, TERMINOLOGY_GUIDE],
)
ICD10_CM = Skill(
    id="ICD-10-CM",
    name="ICD-10 Clinical Modification",
    category="coding_system",
    aliases=[
        "ICD-10 CM",
        "ICD10CM",
        "ICD10-CM",
        "ICD 10 CM",
        "ICD-10CM",
        "ICD10 CM",
        "International Classification of Diseases, Tenth Revision, Clinical Modification",
        "International Classification of Diseases, 10th Revision, Clinical Modification",
        "Clinical Modification",  # "International Classification of Diseases (ICD) Clinical Modification (CM)"
    ],
    broader=["ICD-10"],
    sources=[ICD10_TRANSITION, ICD10_STRUCTURE, TERMINOLOGY_GUIDE],
)
ICD10_PCS = Skill(
    id="ICD-10-PCS",
    name="ICD-10 Procedure Coding System",
    category="coding_system",
    aliases=[
        "ICD-10 PCS",
        "ICD10PCS",
        "ICD10-PCS",
        "ICD 10 PCS",
        "ICD-10PCS",
        "ICD10 PCS",
        "PCS",
        "Procedure Coding System",
        "International Classification of Diseases, Tenth Revision, Procedure Coding System",
    ],
    broader=["ICD-10"],
    lookalikes=[
        Lookalike(
            meaning="permanent change of station (military moves), personal care services",
            aliases=["PCS"],
            cues=[
                "permanent change",
                "change of station",
                "military",
                "relocat",
                "personal care",
                "home care",
                "caregiver",
                "primary care",
                "NHS",
            ],
        )
    ],
    sources=[ICD10_TRANSITION, ICD10_STRUCTURE],
)

# "ICD-10-CM/PCS", "ICD-10 CM and PCS": the PCS half. The vocabulary also finds
# this "PCS" now; the hook stays so the pair is found whatever a lookalike cue
# elsewhere in the sentence says (a "PCS" right after ICD-10-CM is never a move).
# Searched for in the lower-case text; "icd" comes first, with the word boundary after it, so that
# the search can skip from one "icd" to the next.
_CM_AND_PCS = re.compile(r"icd(?<!\wicd)[- ]?10[- ]?cm\s*(?:/|&|and|,)\s*(pcs)\b")


@hookimpl
def screener_skills():
    return [ICD10, ICD10_CM, ICD10_PCS]


@hookimpl
def screener_extract(doc, posting):
    text = posting.text
    return [
        SkillRequirement(kind="coding_system", id="ICD-10-PCS", mention=Evidence.of(text, m.start(1), m.end(1)))
        for m in _CM_AND_PCS.finditer(doc._.screener.lower)
    ]
