"""ICD-11: WHO's eleventh revision, adopted May 2019, in effect from 1 Jan 2022.

Not adopted for US claims (current US status unverified) [S2].
"""

from screener import Skill, hookimpl

DX_REVISION_WATCH = "https://dxrevisionwatch.com/tag/coding/"

ICD11 = Skill(
    id="ICD-11",
    name="International Classification of Diseases, 11th Revision",
    category="coding_system",
    aliases=["ICD11", "ICD 11", "International Classification of Diseases, Eleventh Revision"],
    sources=[DX_REVISION_WATCH],
)


@hookimpl
def screener_skills():
    return [ICD11]
