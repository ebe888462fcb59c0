"""Document imaging and management: Hyland OnBase.

Hyland OnBase is on O*NET's technology list for medical records
specialists [O2]; HIM postings name it for scanning and indexing ("scan and
index documents ... into Hyland OnBase", "OnBase document imaging
analyst"). "On base" written apart is no alias: it is ordinary words
("salary based on base plus enhancements").
"""

from screener_plugins.skills.software import ONET_OCCUPATION, ONET_TECHNOLOGY

from screener import Skill, hookimpl

ONBASE = Skill(
    id="OnBase",
    name="Hyland OnBase",
    category="software",
    aliases=["OnBase by Hyland", "Hyland OnBase"],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)


@hookimpl
def screener_skills():
    return [ONBASE]
