"""Encoders: 3M (now Solventum) 360 Encompass and CodeFinder, Optum EncoderPro, TruCode.

3M's health-care business was spun off as Solventum in 2024; postings use
either name [E2]. "3M Encoder" is on O*NET's list [O2] and is read as
CodeFinder, 3M's encoder. Optum and TruCode: named in postings, no primary
source checked (unverified). "Optum360" alone is not an alias (a company
that also posts jobs).
"""

from screener_plugins.skills.software import ONET_OCCUPATION, ONET_TECHNOLOGY

from screener import Skill, hookimpl

SOLVENTUM = "https://www.nasdaq.com/articles/3m-names-new-healthcare-spinoff-as-solventum"

ENCOMPASS = Skill(
    id="3M-360-Encompass",
    name="3M 360 Encompass",
    category="software",
    aliases=["3M 360", "3M360", "360 Encompass", "Solventum 360 Encompass", "Solventum 360"],
    sources=[ONET_TECHNOLOGY, SOLVENTUM],
)
CODEFINDER = Skill(
    id="3M-CodeFinder",
    name="3M CodeFinder",
    category="software",
    aliases=["CodeFinder", "3M Encoder", "3M coding and reimbursement system", "Solventum CodeFinder"],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION, SOLVENTUM],
)
ENCODERPRO = Skill(
    id="Optum-EncoderPro",
    name="Optum EncoderPro",
    category="software",
    aliases=["EncoderPro", "EncoderPro.com", "Optum360 EncoderPro"],
)
TRUCODE = Skill(
    id="TruCode",
    name="TruCode",
    category="software",
    aliases=["TruCode encoder"],
)


@hookimpl
def screener_skills():
    return [ENCOMPASS, CODEFINDER, ENCODERPRO, TRUCODE]
