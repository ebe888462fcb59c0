"""MEDITECH, the hospital EHR (Expanse, MAGIC, C/S; product names unverified); an O*NET Hot technology [O2]."""

from screener_plugins.skills.software import ONET_OCCUPATION, ONET_TECHNOLOGY

from screener import Skill, hookimpl

MEDITECH = Skill(
    id="MEDITECH",
    name="MEDITECH",
    category="software",
    aliases=["Meditech", "Meditech Expanse", "MEDITECH MAGIC", "MEDITECH C/S", "MEDITECH Client/Server"],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)


@hookimpl
def screener_skills():
    return [MEDITECH]
