"""ICD-9-CM: the legacy US classification (volumes 1-2 diagnoses, volume 3 procedures).

Not used for services on or after 1 Oct 2015; in a posting it is now mostly
a signal of tenure [S1]. No family id: "ICD-9" is read as ICD-9-CM.
"""

from screener_plugins.skills.coding import ICD10_TRANSITION

from screener import Skill, hookimpl

ICD9_CM = Skill(
    id="ICD-9-CM",
    name="ICD-9 Clinical Modification",
    category="coding_system",
    aliases=[
        "ICD-9",
        "ICD9",
        "ICD 9",
        "ICD-9 CM",
        "ICD9CM",
        "ICD9-CM",
        "ICD-9CM",
        "International Classification of Diseases, Ninth Revision",
        "International Classification of Diseases, 9th Revision",
        "International Classification of Diseases, Ninth Revision, Clinical Modification",
    ],
    sources=[ICD10_TRANSITION],
)


@hookimpl
def screener_skills():
    return [ICD9_CM]
